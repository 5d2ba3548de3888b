"""A gated pattern answers every method exactly as its compiled pattern does: the strings
read off the pattern are ones every match holds (``literals.needed``), so a text that holds
none of them has no match, and the engine is not run on it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language import (
    adjuncts,
    appositives,
    checkability,
    clauses,
    discourse,
    events,
    furniture,
    lead_ins,
    markers,
    notes,
    roles,
    surnames,
    unknown_names,
)
from factcheck.language.gates import GatedPattern, gated
from factcheck.language.lexicon import LazyPattern, lazy


def test_a_text_without_the_strings_is_not_searched() -> None:
    class Refusing:
        def search(self, *args: object) -> None:
            raise AssertionError("the engine ran")

    pattern = GatedPattern(re.compile(r"\b(?:said|told)\b"))
    pattern.regex = Refusing()  # type: ignore[assignment]
    assert pattern.search("Revenue rose 5% in 2024.") is None


def test_the_hot_patterns_of_the_language_stage_are_gated() -> None:
    for pattern in (checkability.COMMENTATOR, clauses._BREAK_DASH, appositives._DASH,
                    *roles._RIVALS, *roles._ATTRIBUTION, roles._BESIDE,
                    furniture._TRIGGER_WORDS, adjuncts._LIST, adjuncts._CHANGE,
                    notes._SCALE_WORD, unknown_names._TITLE, unknown_names._SOURCE_TAG,
                    *furniture._GATED_ASIDES, markers.PREDICATIVE, roles._REPORTED,
                    discourse._ITS_INSIDE, surnames._KNIGHTED, clauses._ADVERBIAL,
                    lead_ins.TIME_LEAD, events._BOUGHT, roles._SAID_BEFORE):
        assert isinstance(pattern, GatedPattern)


def test_a_lazy_pattern_is_compiled_only_when_a_text_holds_its_strings() -> None:
    source = lazy(r"\b(?:Sir|Dame)\s+$")
    pattern = gated(source)
    assert pattern.search("Revenue rose 5% in 2024.") is None
    assert "search" not in vars(source)  # never compiled
    assert pattern.search("a knighthood for Sir ") is not None


def test_a_lazy_pattern_opening_with_its_flags_is_read_with_them() -> None:
    """"(?i)" at the start makes the pattern case-insensitive: its strings are looked for in
    the lowered text, or "According" would never be found."""
    pattern = gated(lazy(r"(?i)\baccording to (?P<who>\w+)"))
    assert isinstance(pattern.regex, LazyPattern)
    found = pattern.search("Revenue rose, According to Acme.")
    assert found is not None and found.group("who") == "Acme"


PATTERNS = [
    gated(re.compile(r"\b(?:said|says|added)\s+[A-Z]\w+")),
    gated(re.compile(r"\s*(?:—|–|--)\s*|\s+-\s+")),
    gated(re.compile(r"(?P<who>[A-Z]\w+)(?:'s)?\s+(?:rival|competitor)s?\b")),
    gated(re.compile(r"\baccording to (?:analysts|Reuters)\b", re.IGNORECASE)),
    gated(re.compile(r"Inc\.|Corp\.$")),
    gated(lazy(r"(?i)\baccording to (?:analysts|Reuters)\b")),
    gated(lazy(r"\b(?:said|told) (?P<who>[A-Z]\w+)", re.IGNORECASE)),
    unknown_names._TITLE, unknown_names._SOURCE_TAG, unknown_names._CURRENCY_IN_WORDS,
    *furniture._GATED_ASIDES, *furniture._GATED_SPEAKERS, markers.PREDICATIVE, roles._REPORTED,
    surnames._KNIGHTED, clauses._ADVERBIAL, lead_ins.TIME_LEAD, events._BOUGHT,
    roles._SAID_BEFORE,
    checkability.COMMENTATOR, clauses._BREAK_DASH, appositives._DASH, *roles._RIVALS,
    *roles._ATTRIBUTION, roles._BESIDE, furniture._TRIGGER_WORDS, adjuncts._LIST,
    adjuncts._CHANGE, notes._SCALE_WORD,
]
PIECES = st.sampled_from([
    "said", "Said", "SAYS", " added ", "Acme", "Acme's", " rival", " competitors", " - ",
    "—", "–", "--", "-", "according to", "ACCORDING TO ", "analysts", "Reuters", " Inc.",
    " Corp.", "\n", " ", ", ", "analyst Jane Roe", "told", "tells", "(", "-based", "Bloomberg",
    "\u0130", "\u0131", "\u017f", "\u212a", "critics say", "a former executive",
    " including ", " such as ", "Hooli", " and ", " after a 4% jump in sales", ", following",
    " rise", "rivals like ", "$5 billion", " 30 Million", "multi-billion", "TRILLIONS",
    " said", ", said ", "Acme and Globex", ", the company", " polled by ", ", speaking with ",
    " compete with ", "ACCORDING TO THE ", " chief executive ",
    " Chief Executive Officer ", "President ", " New Taiwan dollars", ": Report", " - sources",
    "Sir ", " is ", " became ", " (Nasdaq: ACME)", " first reported", " according to its ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=16).map("".join)
BOUND = st.integers(min_value=-5, max_value=80)


def _spans(found: object) -> object:
    if isinstance(found, re.Match):
        return found.span(), found.groups()
    return found


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(TEXT, BOUND, BOUND)
def test_every_method_answers_as_the_compiled_pattern(text: str, pos: int, endpos: int
                                                      ) -> None:
    for pattern in PATTERNS:
        regex = pattern.regex  # type: ignore[attr-defined]
        for method in ("search", "match", "fullmatch"):
            assert _spans(getattr(pattern, method)(text, pos, endpos)) == \
                _spans(getattr(regex, method)(text, pos, endpos))
            assert _spans(getattr(pattern, method)(text)) == _spans(getattr(regex, method)(text))
        assert [_spans(m) for m in pattern.finditer(text, pos, endpos)] == \
            [_spans(m) for m in regex.finditer(text, pos, endpos)]
        assert pattern.findall(text, pos, endpos) == regex.findall(text, pos, endpos)
        assert pattern.sub("_", text) == regex.sub("_", text)
        assert pattern.subn("_", text) == regex.subn("_", text)
        assert pattern.split(text) == regex.split(text)
