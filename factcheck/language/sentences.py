"""Sentences: where one ends and the next begins, in time linear in the text's length.

Owns: pysbd (the only module that imports it), the few places where its choice is corrected
("Series C." ends a sentence before a capital), and bounding its cost: pysbd is quadratic in
places (each sentence is looked up again from the start of the text, and some abbreviation
rules rescan it: 13,000 "a. " on one line took a minute), so a paragraph longer than
``SENTENCE_WINDOW`` is read a window at a time, and no sentence is longer than a window.
Must not: cut sentences into clauses (``clauses.py``) or find claims (``extract.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pysbd
from pysbd.lang.english import English

from ..model import Span
from .gates import gated
from .lexicon import lazy, runtime_pattern

# Letters the regex module matches with "i" and "s" whatever the case, which str.lower()
# keeps apart: pysbd finds its abbreviations with the regex module.
_REGEX_CASE = str.maketrans("İıſ", "iis")


class _Replacer(English.AbbreviationReplacer):  # type: ignore[misc]
    """pysbd's abbreviation pass, skipping the abbreviations that cannot change the text.

    pysbd scans the whole line with two regexes for every abbreviation found anywhere in it
    ("a", "in", "no" are in every line), then replaces only a period that follows one: an
    abbreviation never followed by a period is skipped here, with the same result at a
    third of the cost of all of sentence splitting. An abbreviation holding a period is a
    pattern to pysbd ("u.s" matches "u s"), so those are always scanned, as pysbd does."""

    def search_for_abbreviations_in_string(self, text: str) -> str:
        lowered = text.lower()
        folded = text.translate(_REGEX_CASE).lower()  # as the regex module compares
        abbreviations, longest = _abbreviations(self.lang)
        # What stands just before a period: "abbr." is in the text when "abbr" is here.
        before_period: set[str] = set()
        at = folded.find(".")
        while at >= 0:
            before_period.update(folded[max(at - n, 0):at] for n in range(1, longest + 1))
            at = folded.find(".", at + 1)
        for stripped, dotted in abbreviations:
            if not dotted and stripped not in before_period:
                continue  # no period follows it: nothing to replace
            if stripped not in lowered:
                continue  # pysbd's own test
            matches = runtime_pattern(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(
                text)
            if not matches:
                continue
            # pysbd's own pattern: a literal "{abbr} " that text almost never holds.
            next_chars = runtime_pattern(r"(?<={" + re.escape(stripped) + "} ).{1}").findall(
                text)
            for index, match in enumerate(matches):
                text = self.scan_for_replacements(text, match, index, next_chars)
        return text


@lru_cache(maxsize=2)
def _abbreviations(lang: Any) -> tuple[tuple[tuple[str, bool], ...], int]:
    """pysbd's abbreviations as it tests them (blanks stripped), each with whether it holds
    a period, in its order; and the length of the longest."""
    stripped = tuple(a.strip() for a in lang.Abbreviation.ABBREVIATIONS)
    return tuple((a, "." in a) for a in stripped), max(map(len, stripped), default=0)


class _English(English):  # type: ignore[misc]
    AbbreviationReplacer = _Replacer


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _English
    return segmenter


# pysbd takes "Series C." for an initial; after these words a lone capital ends a sentence.
# (gated: tried only in a sentence that holds one of the words)
_LETTER_END = gated(re.compile(r"\b(?:Series|Class|Round|Phase|Type|Plan|Tier|Grade|Group|"
                               r"Section) [A-Z](?:\+)?\.(?= [A-Z])"))


# Characters pysbd reads at once. Real paragraphs are far shorter and are read whole.
SENTENCE_WINDOW = 2_000


def _pysbd_spans(text: str, base: int) -> list[tuple[int, int]]:
    """pysbd's sentences of ``text`` as (start, end) offsets plus ``base``, blanks trimmed.

    Its processor gives the sentences; they are found in the text here, in order, which is
    what ``Segmenter.segment`` does but from the start of the text for each one."""
    spans = []
    cursor = 0
    for segment in _segmenter().processor(text).process():
        piece = segment.strip()
        at = text.find(piece, cursor) if piece else -1
        if at >= 0:
            spans.append((base + at, base + at + len(piece)))
            cursor = at + len(piece)
    return spans


# pysbd reads a paragraph through some forty rules, each a pass of the regex engine; most
# paragraphs hold nothing any of them acts on. Such a paragraph ("plain") holds only the
# characters below (no single quote but the apostrophe inside a word, double quotes and
# brackets only as told below, no "?", "!", ellipsis or "--", none of pysbd's
# placeholders), and each period in it is a decimal point, the last of capitals joined by
# periods ("U.S.", below), inside a quotation or an aside (below), or ends a sentence: it
# follows a word of two or more ASCII letters ("AI" too) that is not one of pysbd's
# abbreviations, a name of letters and digits ("Q3", "B200"), a number of three or more
# digits (pysbd reads "10." as an item of a list; "15,000." is one), or a percentage or
# the end of a pair ("5%.", "(AI).", '"big".'), the word standing after a space, a dash,
# "/" or "$"; and a letter (a capital, or a name written in lower case: "xAI", "eBay"), a
# quotation or the paragraph's end follows it. pysbd cuts such a paragraph after each of
# those periods and nowhere else: ``tests/test_sentences.py`` compares the two on generated
# paragraphs, and they agree on all 4,901 plain lines and paragraphs (of 5,556) of the
# seed, the corpus, six sets of real reports (89% of their paragraphs, 71% before
# quotations holding a period, "U.S." and "5%." were read so), the test fixtures and 1 MB
# of generated prose, read 30 times faster.
_PLAIN = re.compile(r"[A-Za-z0-9 ,.$%&'’\-–—/:;+@#=*\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f€£¥°"
                    r"\"“”()]*")
# (a single quote at the start or after a blank, written quote first: a pattern that opens
# with a character is tried only where that character is, one that opens with a blank or
# an anchor at every position)
_QUOTE_OR_DASHES = re.compile(r"'(?<!\S')|--")

# Double quotes and brackets, as pysbd reads them: every quote and bracket is in a pair (as
# pysbd pairs them), no quote follows a dash ("-\" Then" ends a sentence to pysbd), no
# bracket follows a quote and a blank (an aside between two quotations is cut off), and no
# bracket closes after a digit or after a letter or a roman numeral standing alone ("(2024)",
# "(b)", "(iv)": the items of a list to pysbd). pysbd hides the periods inside a pair: none
# ends a sentence there, but a period closing a quotation before a blank and a capital does
# ('He said "we grew." Then it fell.': two sentences), and a quotation opening a sentence
# is a sentence of its own before a blank and a capital unless a comma ends it ('"We grew,"
# he said.' is one); an aside opening a sentence is left to pysbd.
_PAIRS = (re.compile(r'"[^"]+"'), re.compile(r"“[^”]+”"), re.compile(r"\([^()]+\)"))  # not empty
_PAIRED = re.compile(r'["“”()]')
_NOT_PLAIN_AROUND = re.compile(r'-["“”]|["”]\s\(|\d\)|(?:^|[\s(])(?:[A-Za-z]|[ivxlcdmIVXLCDM]+)\)|'
                               r"[.\-]'")  # ".'" may close a quotation to pysbd too
_CLOSERS = frozenset('"”)')
_STOP = lazy(r"\.(?: +(?=[A-Za-z])| *$)")  # a period ending a sentence, blanks after
_STOP_BEFORE_QUOTE = re.compile(r"\.(?: +(?=[A-Za-z\"“])| *$)")  # or a quotation after it
_BEFORE_WORD = frozenset(" -–—/$")
_INSIDE_BEFORE_WORD = _BEFORE_WORD | frozenset('"“(')
# Capitals joined by periods ("U.S.", "A.I."): pysbd keeps the last period inside the
# sentence but before one of its sentence starters, after the few it restores a sentence's
# end after (its own pattern, on its placeholders); "A.M." and "P.M." end one before any
# capital, and before "I" it depends on its abbreviations: left to pysbd.
_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+\.")
_RESTORING = lazy(r"(?:U∯S|U∯K|E∯U|U∯S∯A|I|i.v|I.V)∯\Z")
_STARTER = lazy(r" (?:" + "|".join(_English.AbbreviationReplacer.SENTENCE_STARTERS) +
                      r")\s")
_DOTTED_HELD = lazy(r" [a-z0-9(]|[,\-]| *$")
_DOTTED_ENDS = lazy(r" [A-Z]")
_I = lazy(r" I(?![A-Za-z])")


def _plain_spans(text: str, base: int) -> list[tuple[int, int]] | None:
    """The sentences pysbd finds in ``text`` when it is plain (see above), else None."""
    if not _PLAIN.fullmatch(text) or _QUOTE_OR_DASHES.search(text):
        return None
    pairs = _plain_pairs(text) if _PAIRED.search(text) else []
    if pairs is None:
        return None
    abbreviations = _plain_abbreviations()
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of what follows)
    at = text.find(".")
    while at >= 0:
        inside = any(a < at < b for a, b in pairs)
        if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            at = text.find(".", at + 1)  # a decimal point
            continue
        word_start = at
        while word_start and text[word_start - 1].isascii() and text[word_start - 1].isalnum():
            word_start -= 1
        word = text[word_start:at]
        before = text[word_start - 1] if word_start else " "
        dotted = _DOTTED.match(text, word_start) if len(word) == 1 else None
        if dotted:
            end = dotted.end()
            if before != " " and not (inside and before in _INSIDE_BEFORE_WORD):
                return None
            if inside:  # its last period is read as any other inside a pair
                if not _inside_period(text, end - 1, cuts):
                    return None
            elif _DOTTED_HELD.match(text, end) is None:
                if _DOTTED_ENDS.match(text, end) is None or _I.match(text, end) or \
                        text[end - 4:end] in ("A.M.", "P.M."):
                    return None
                if _RESTORING.search(text[word_start:end].replace(".", "∯")) and \
                        _STARTER.match(text, end):
                    cuts.append((end, end + 1))
            at = text.find(".", end)
            continue
        elif len(word) >= 2 and word.isalpha() and word.lower() in abbreviations:
            held = True if inside else _held(text, word_start, at)
            if held is None:
                return None
            if held and not inside:  # the abbreviation's own period: the sentence goes on
                at = text.find(".", at + 1)
                continue
        elif not (len(word) >= 3 and word.isdigit() or len(word) >= 2 and word.isalpha() or
                  len(word) >= 2 and word[0].isalpha() and word.isalnum() or  # "Q3", "H100"
                  not word and word_start > 0 and before in "%)\"”"):
            return None
        if not word and before in ")\"”" and not any(b == at for _, b in pairs):
            return None  # (the bracket or quote closes no pair of its own)
        if word.isdigit() and before == "," and text[word_start - 2:word_start - 1].isdigit():
            before = " "  # "15,000." as "15000."
        if inside:
            if word and before not in _INSIDE_BEFORE_WORD or \
                    not _inside_period(text, at, cuts):
                return None
            at = text.find(".", at + 1)
            continue
        stop = _STOP_BEFORE_QUOTE.match(text, at)
        if stop is None or word and before not in _BEFORE_WORD:
            return None
        cuts.append((at + 1, stop.end()))
        at = text.find(".", at + 1)
    spans = []
    start = 0
    for end, following in cuts:
        spans.append(_trimmed(text, start, end, base))
        start = following
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text), base))
    for at, _ in spans:
        opening = text[at - base]
        if opening in "(”)" or opening in '"“' and not _quotation_opens(text, at - base, pairs):
            return None  # an aside, or a quotation that may be a sentence of its own
    return spans


def _inside_period(text: str, at: int, cuts: list[tuple[int, int]]) -> bool:
    """Is the period at ``at``, inside a pair, one pysbd hides (followed by the pair's end,
    or by a blank and a word)? A closing quote after it that a blank and a capital follow
    ends the sentence: that cut is added to ``cuts``."""
    closing = text[at + 1:at + 2]
    if closing not in _CLOSERS and _STOP.match(text, at) is None:
        return False
    if closing in '"”' and text[at + 2:at + 3] == " " and "A" <= text[at + 3:at + 4] <= "Z":
        cuts.append((at + 2, at + 3))
    return True


def _quotation_opens(text: str, start: int, pairs: list[tuple[int, int]]) -> bool:
    """Does pysbd read the quotation opening a sentence at ``start`` as the sentence's start
    only (not as a sentence of its own)? When a comma or a period ends it (the period ends
    the sentence at the quotation, as here), or no blank and capital follow it."""
    end = next((b for a, b in pairs if a == start), None)
    if end is None:
        return False
    return text[end - 2] in ",." or not (text[end:end + 1] == " " and
                                         "A" <= text[end + 1:end + 2] <= "Z")


# After one of pysbd's abbreviations, its period is kept inside the sentence when what
# follows it is one of these (pysbd's own patterns, by the kind of abbreviation: a title
# before a name, "No." before a number, any other); else it ends the sentence as any
# period does.
_HELD_AFTER_TITLE = lazy(r"\s|:\d")
_HELD_AFTER_NUMBER = lazy(r"\s\d|\s+\(")
_HELD_AFTER_OTHER = lazy(r"[.:\-?,]|\s(?:[a-z]|I\s|I'm|I'll|\d|\()")
# pysbd puts the period back as a sentence's end after these, before a sentence's usual
# first words: a plain paragraph's abbreviation never ends so, and one that does is left
# to pysbd.
_RESTORED = lazy(r"(?:I|i.v|I.V)$")


def _held(text: str, start: int, at: int) -> bool | None:
    """Is the period at ``at``, after the abbreviation at ``start`` (one of pysbd's, with no
    period of its own), kept inside its sentence as pysbd keeps it? None when pysbd may
    read it otherwise: the abbreviation does not follow a blank, or it ends as one of the
    abbreviations after which pysbd restores a sentence's end."""
    if start and text[start - 1] != " " or _RESTORED.search(text, 0, at):
        return None
    word = text[start:at].lower()
    held = _HELD_AFTER_TITLE if word in _TITLES else _HELD_AFTER_NUMBER \
        if word in _NUMBERED else _HELD_AFTER_OTHER
    return held.match(text, at + 1) is not None


_TITLES = frozenset(_English.Abbreviation.PREPOSITIVE_ABBREVIATIONS)
_NUMBERED = frozenset(_English.Abbreviation.NUMBER_ABBREVIATIONS)


def _plain_pairs(text: str) -> list[tuple[int, int]] | None:
    """The spans of the text's double quotes and brackets when they are plain (see above),
    else None. Where a sentence opens is told by ``_plain_spans``."""
    rest = text
    pairs = []
    for pair in _PAIRS:
        pairs += [m.span() for m in pair.finditer(text)]
        rest = pair.sub("", rest)
    if _PAIRED.search(rest) is not None or _NOT_PLAIN_AROUND.search(text) is not None:
        return None
    return pairs


def _trimmed(text: str, start: int, end: int, base: int) -> tuple[int, int]:
    piece = text[start:end]
    return (base + start + len(piece) - len(piece.lstrip()),
            base + start + len(piece.rstrip()))


@lru_cache(maxsize=1)
def _plain_abbreviations() -> frozenset[str]:
    """pysbd's abbreviations that hold no period, as a word before one is compared."""
    return frozenset(a.lower() for a, dotted in _abbreviations(_English)[0] if not dotted)


def _spans(text: str, base: int) -> list[tuple[int, int]]:
    plain = _plain_spans(text, base)
    return _pysbd_spans(text, base) if plain is None else plain


def _sentence_spans(flat: str) -> list[tuple[int, int]]:
    """Sentences of ``flat``; past ``SENTENCE_WINDOW`` characters, window by window: a
    window's last sentence may run on past its end, so the next window starts with it."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(flat) - start > SENTENCE_WINDOW:
        end = flat.rfind(" ", start + SENTENCE_WINDOW // 2, start + SENTENCE_WINDOW)
        end = end if end > start else start + SENTENCE_WINDOW  # no space: a word is cut
        window = _spans(flat[start:end], start)
        if len(window) < 2:  # one sentence as long as the window: it ends here
            spans += window
            start = end
        else:
            spans += window[:-1]
            start = window[-1][0]
    return spans + _spans(flat[start:], start)


def sentences(text: str) -> list[Span]:
    """Sentence spans within ``text`` (one prose block), in time linear in its length."""
    flat = text.replace("\n", " ")
    spans = []
    for at, end in _sentence_spans(flat):
        start = at
        for m in _LETTER_END.finditer(flat, at, end):
            spans.append(Span(start, m.end()))
            start = m.end() + 1
        spans.append(Span(start, end))
    return spans
