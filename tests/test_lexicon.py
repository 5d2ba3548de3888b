"""A lexicon finds the word a case-insensitive whole-word alternation finds; a folded pattern
finds exactly what its case-insensitive pattern finds, at the same place, with the same
groups, for every such pattern the language stage reads and any text, the characters whose
case folds oddly included. A lazy pattern is compiled when first used and then answers as
the compiled pattern does."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language import checkability, lexicon, markers, quantities, worthiness
from factcheck.language.lexicon import (
    FoldedPattern,
    Lexicon,
    alternation,
    folded,
    folded_finditer,
    holds_word,
    lazy,
    lowered_text,
    may_hold,
    runtime_pattern,
    whole_words,
)

WORDS = "tax taxes revenue sales stage"
REGEX = re.compile(r"\b(?:" + "|".join(WORDS.split()) + r")\b", re.IGNORECASE)
LEXICON = Lexicon(WORDS)


@pytest.mark.parametrize("text", [
    "Revenue rose while taxes fell",
    "The TAX bill passed",
    "surtax and taxation are other words",
    "pre-tax profit",
    "sales_tax is one token",
    "tax's share",
    "on stage.",
    "Über-Revenue",
    "naïve revenue figures",
    "no word of the lexicon here",
    "",
    "ſales",  # the regex module takes the long s for an "s"
    "Ｒevenue",  # a full-width capital is no "r" to either
])
def test_finds_what_the_regex_finds(text: str) -> None:
    found, expected = LEXICON.search(text), REGEX.search(text)
    assert (found and (found.span(), found.group(0))) == \
        (expected and (expected.span(), expected.group(0)))


def test_the_first_word_in_the_text_not_in_the_lexicon_order() -> None:
    found = LEXICON.search("Sales and revenue")
    assert found is not None and found.group(0) == "Sales"


def test_holds_single_lower_case_words_only() -> None:
    with pytest.raises(ValueError):
        Lexicon("r&d")
    with pytest.raises(ValueError):
        Lexicon("Tax")


PATTERNS = {f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
            for module in (checkability, markers, worthiness)
            for name, value in vars(module).items() if isinstance(value, FoldedPattern)}

FOLDING = st.sampled_from([
    "Will", "WILL", "won’t", "should", "Tax", "taxes", "BILLION", "the fact is that ",
    "is the largest", "was", "were", "expected to", "may", "in May", "On May 5", "n't",
    "no longer", "rose", "looked", "i ", "I grew up", "said he would", "under the law",
    "\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u1e9e", "\u03a3", "K", "S", "I",
    " ", ", ", ". ", "-", "’", "“", "”", "'s", "\n", "\t", "é", "É", "3", "1990s",
])
FOLDED_TEXT = st.lists(st.one_of(FOLDING, st.text(max_size=6)), max_size=16).map("".join)


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> None:
    assert (found and (found.span(), found.groups())) == \
        (expected and (expected.span(), expected.groups()))


def test_the_language_stage_reads_with_folded_patterns() -> None:
    assert {"checkability.EVENT", "markers.WEAK_OPINION", "worthiness.ANECDOTE"} <= \
        set(PATTERNS)


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(FOLDED_TEXT)
def test_every_folded_pattern_finds_what_its_regex_finds(text: str) -> None:
    for pattern in PATTERNS.values():
        _same(pattern.search(text), pattern.regex.search(text))


def test_a_match_is_the_patterns_own_in_the_texts_case() -> None:
    found = FoldedPattern(r"\b(?:rose|taxes)\b").search("Revenue ROSE to $5 billion")
    assert found is not None and (found.span(), found.group(0)) == ((8, 12), "ROSE")
    assert FoldedPattern(r"\bkelvin\b").search("\u212aELVIN") is not None  # the sign lowers to k


def test_a_text_without_a_string_the_pattern_needs_is_not_searched() -> None:
    pattern = FoldedPattern(r"\b(?:tell you|records show) that (?P<rest>.+)$")
    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return re.compile(pattern._pattern).search(text)

    pattern.__dict__["_lowered"] = Counting()
    assert pattern.search("Revenue rose 5% in 2024, the filing shows.") is None
    assert searched == []  # no " that " in it: the engine never ran
    found = pattern.search("Records show that revenue rose")
    assert found is not None and found.group("rest") == "revenue rose"


def test_the_characters_lower_does_not_fold_are_searched_the_slow_way() -> None:
    for char, letter in (("\u017f", "s"), ("\u0131", "i"), ("\u0130", "i")):
        pattern = FoldedPattern(rf"\b{letter}\b")
        assert pattern.regex.search(f"a {char} b") is not None  # re folds it to the letter
        _same(pattern.search(f"a {char} b"), pattern.regex.search(f"a {char} b"))


def test_a_pattern_with_capitals_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        FoldedPattern(r"said\s+[A-Z]")
    FoldedPattern(r"\b(?P<rest>\w+)\s\S+(?P=rest)")  # escapes and group names are no capitals


@pytest.mark.parametrize(("text", "phrase", "held"), [
    ("OPEN AI said so", "Open AI", True),
    ("OpenAI said so", "Open AI", False),
    ("Bıg Co said so", "Big Co", True),  # the engine folds a dotless i to "i": not ruled out
    ("Acme \u212aelvin said so", "Kelvin", True),  # the Kelvin sign lowers to "k"
])
def test_may_hold_rules_out_only_a_phrase_a_case_insensitive_pattern_cannot_match(
        text: str, phrase: str, held: bool) -> None:
    assert may_hold(text, phrase) is held
    found = re.search(re.escape(phrase), text, re.IGNORECASE) is not None
    assert held or not found


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(FOLDED_TEXT, st.sampled_from(["Open AI", "is", "KS", "Big Co", "a-b"]))
def test_may_hold_never_rules_out_a_match(text: str, phrase: str) -> None:
    if re.search(re.escape(phrase), text, re.IGNORECASE):
        assert may_hold(text, phrase)


FIGURES = st.sampled_from([
    "US$", "USD ", "$", "€", "£", "EUR ", "5", "12", "2024", "FY25", "fiscal ", "1.5", ",000",
    " billion", " Billion", " bn", "T", "B", "%", " percent", " Percent", " cents", "two",
    "Twenty", " in ", " out of ", " ten", " times", "x", "×", "-fold", "twice", "Doubled",
    "March ", "MAY ", "Dec. ", "3rd ", " of ", " days", " Years", "192GB", " TB", " km",
    " chips", " Users", "\u0130", "\u0131", "\u017f", "\u212a", " a third", " by half", "-",
])
FIGURE_TEXT = st.lists(st.one_of(FIGURES, FOLDING, st.text(max_size=4)), max_size=20).map(
    "".join)
QUANTITY_PATTERNS = [p for _, _, p in quantities._PATTERNS if folded(p) is not None]


def test_a_pattern_is_folded_only_when_case_insensitive() -> None:
    assert folded(re.compile(r"\bUS\$(?P<Num>\d+)\S", re.IGNORECASE)) == \
        re.compile(r"\bus\$(?P<Num>\d+)\S")  # escapes and group names keep their case
    assert folded(re.compile(r"\d+(?:T|B)\b")) is None
    assert folded(re.compile(r"a(?-i:B)", re.IGNORECASE)) is None
    assert len(QUANTITY_PATTERNS) >= 15


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(FIGURE_TEXT)
def test_every_folded_figure_pattern_finds_every_match_its_regex_finds(text: str) -> None:
    lowered = lowered_text(text)
    for pattern in QUANTITY_PATTERNS:
        fast = folded(pattern)
        assert fast is not None
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        if lowered is None:  # a character lower does not fold: the slow way (``_candidates``)
            continue
        assert [(m.span(), m.groups()) for m in
                folded_finditer(fast, text, lowered)] == expected


def test_a_folded_match_reads_the_text_in_its_own_case() -> None:
    pattern = re.compile(r"(?P<num>\d+) (?P<scale>billion)(?P<cur> dollars)?", re.IGNORECASE)
    text = "Sales of 5 Billion, then 7 BILLION Dollars"
    fast = folded(pattern)
    assert fast is not None
    first, second = folded_finditer(fast, text, lowered_text(text) or "")
    assert (first.group(0), first["scale"], first.span("num"), first.groupdict()) == \
        ("5 Billion", "Billion", (9, 10), {"num": "5", "scale": "Billion", "cur": None})
    assert second.group("num", "cur") == ("7", " Dollars")
    assert second.groups() == ("7", "BILLION", " Dollars") and second.string is text


def _counting_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    compile_ = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return compile_(pattern, flags)

    def held(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return held_(pattern, flags)

    held_ = lexicon.held
    monkeypatch.setattr(re, "compile", counted)
    monkeypatch.setattr(lexicon, "held", held)  # a lazy pattern's compile
    return compiled


def test_a_lazy_pattern_is_compiled_when_first_used_and_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _counting_compiles(monkeypatch)
    pattern = lazy(r"(?P<num>\d+)\s+(?P<unit>days?)", re.IGNORECASE)
    assert compiled == []
    assert pattern.pattern == r"(?P<num>\d+)\s+(?P<unit>days?)"  # the source, uncompiled
    assert compiled == []
    assert pattern.search("in 3 DAYS") is not None
    assert pattern.match("4 days") is not None
    assert compiled == [pattern.pattern]


def test_a_lazy_pattern_answers_as_the_compiled_pattern() -> None:
    source, flags = r"(?P<num>\d+)\s+(?P<unit>days?)|(?P<word>twice)", re.IGNORECASE
    pattern, compiled = lazy(source, flags), re.compile(source, flags)
    text = "It took 3 Days, then TWICE that, 12 days in all"
    assert pattern.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
    assert [m.groupdict() for m in pattern.finditer(text)] == \
        [m.groupdict() for m in compiled.finditer(text)]
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("N", text) == compiled.sub("N", text)
    assert pattern.split(text) == compiled.split(text)
    assert pattern.fullmatch("3 days") is not None and pattern.match(text) is None
    assert (pattern.flags, pattern.groups, pattern.groupindex) == \
        (compiled.flags, compiled.groups, compiled.groupindex)


def test_a_lazy_pattern_is_folded_without_compiling_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = lazy(r"\bUS\$(?P<Num>\d+)\S", re.IGNORECASE)
    expected = re.compile(r"\bus\$(?P<Num>\d+)\S")  # escapes and group names keep their case
    compiled = _counting_compiles(monkeypatch)
    assert folded(pattern) == expected
    assert compiled == [expected.pattern]  # the folded one only
    assert folded(lazy(r"\d+(?:T|B)\b")) is None


def test_reading_no_figure_compiles_none_of_the_figure_patterns() -> None:
    # A fresh process: the language stage imported, a text without figures read.
    code = ("from factcheck.language import quantities\n"
            "quantities.find_quantities('No figure here.')\n"
            "print(sum('search' in vars(p) for _, _, p in quantities._PATTERNS))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "0"


@pytest.mark.parametrize(("phrase", "flags", "text", "found"), [
    ("Intel", 0, "Intel and intelligence", "Intel"),
    ("Intel", 0, "artificial intelligence", None),
    ("intel", re.IGNORECASE, "INTEL's chips", "INTEL"),
    ("A.I.", 0, "the A.I. boom", "A.I."),  # escaped: no period matches any character
    ("A.I.", 0, "the AxIx boom", None),
    ("x-ai", 0, "the x-ai deal, not max-ai", "x-ai"),
])
def test_whole_words_finds_a_phrase_only_as_whole_words(phrase: str, flags: int, text: str,
                                                         found: str | None) -> None:
    m = whole_words(phrase, flags).search(text)
    assert (m.group(0) if m else None) == found
    expected = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, flags)
    assert (expected.group(0) if expected else None) == found


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.sampled_from(["bold", "Bold", "ok", "s", "k9", "x_y", "naïve", "A.I.", "vie-"]),
       st.text(alphabet="boldBOLDsk9_ x-.\u017f\u212aïé", max_size=14))
def test_holds_word_finds_what_the_whole_word_pattern_finds(word: str, text: str) -> None:
    expected = whole_words(word, re.IGNORECASE).search(text) is not None
    assert holds_word(text, word) is expected


def test_holds_word_reads_a_word_without_compiling_a_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _counting_compiles(monkeypatch)
    assert holds_word("A truly Remarkable year.", "remarkable")
    assert not holds_word("A remarkably good year.", "remarkable")
    assert compiled == []
    assert holds_word("\u017fome", "some")  # the long s the engine folds: read by the pattern


def test_a_pattern_made_at_run_time_is_compiled_once_and_kept() -> None:
    # re keeps 512 patterns: names from a store pushed its fixed ones out
    first = runtime_pattern(r"(?<!\w)Globex(?!\w)", re.IGNORECASE)
    re.purge()
    assert runtime_pattern(r"(?<!\w)Globex(?!\w)", re.IGNORECASE) is first
    assert whole_words("Globex", re.IGNORECASE).regex is first  # type: ignore[attr-defined]


def test_a_phrase_the_text_does_not_hold_compiles_no_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _counting_compiles(monkeypatch)
    assert whole_words("Hooli Cloud").search("Hooli and its cloud") is None
    assert list(whole_words("hooli cloud", re.IGNORECASE).finditer("Hooli's cloud")) == []
    assert compiled == []
    assert [m.group(0) for m in whole_words("hooli cloud", re.IGNORECASE).finditer(
        "HOOLI CLOUD, hooli cloudy")] == ["HOOLI CLOUD"]


def test_a_pattern_kept_by_its_holder_stays_out_of_the_re_modules_cache() -> None:
    # re keeps the last 512 patterns it compiled: hundreds of names and years made into
    # patterns in a long article pushed out the fixed ones (pysbd's too), compiled again
    re.purge()
    made = runtime_pattern(r"(?<!\w)Initech(?!\w)", re.IGNORECASE)
    pattern = lazy(r"\bInitrode\b")
    assert pattern.search("an Initrode plant") is not None
    assert made.search("INITECH's") is not None
    assert re._cache == {}  # type: ignore[attr-defined]
    assert (made.pattern, made.flags) == (r"(?<!\w)Initech(?!\w)", re.IGNORECASE | re.UNICODE)


WORDS_OF = st.lists(st.text(alphabet="ab-c. ", max_size=4), min_size=1, max_size=7)
AFTER = st.sampled_from(["", "b", "(?!a)", r"c?\.", "$", "(?P<t>a|)b"])


@settings(max_examples=500, deadline=None, database=None, derandomize=True)
@given(WORDS_OF, st.text(alphabet="ab-c. x", max_size=12), AFTER)
def test_an_alternation_put_together_by_first_letters_finds_what_the_plain_one_finds(
        words: list[str], text: str, after: str) -> None:
    """The same matches and groups, the same word taken first where several start at a place
    (what follows decides, as it does in the plain alternation), and a word that is the start
    of another tried in its own place: empty words and repeated words too."""
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + after)
    grouped = re.compile("(?:" + alternation(words) + ")" + after)
    assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_an_alternation_puts_words_behind_their_shared_letters() -> None:
    assert alternation(["cloud", "chipmaker", "chip"]) == "c(?:loud|hip(?:maker|))"
    assert alternation(["a.b", "a-c"]) == r"a(?:\.b|\-c)"


def test_checking_the_seed_compiles_none_of_the_patterns_only_other_texts_need() -> None:
    # Table cells, fiscal-quarter labels, dotted abbreviations, a lone "I": the seed holds
    # none, so a cold start compiles none of their patterns (a fresh process, as a CLI run).
    code = ("import glob\n"
            "from factcheck.pipeline import check\n"
            "from factcheck.read.documents import load_document\n"
            "from factcheck.store.store import open_store\n"
            "from factcheck.language import sentences, tables\n"
            "from factcheck.rules import fiscal_label\n"
            "check(load_document(sorted(glob.glob('seeds/*.txt'))[0]), open_store())\n"
            "patterns = [tables._WORD_RUN, tables._PARTICIPLE, fiscal_label._LABEL,\n"
            "            fiscal_label._BASE, sentences._I, sentences._DOTTED_ENDS]\n"
            "print([i for i, p in enumerate(patterns) if 'search' in vars(p)])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
