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
from .lexicon import runtime_pattern

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
# placeholders), and each period in it is a decimal point
# or ends a sentence: it follows a word of two or more ASCII letters ("AI" too) that is not
# one of pysbd's abbreviations, or a number of three or more digits (pysbd reads "10." as
# an item of a list), the word standing after a space, a dash, "/" or "$"; and a letter (a
# capital, or a name written in lower case: "xAI", "eBay") or the paragraph's end follows
# it. pysbd cuts such a paragraph after each of those periods
# and nowhere else: ``tests/test_sentences.py`` compares the two on generated paragraphs,
# and they agree on all 4,560 plain lines and paragraphs (of 7,476; 1,228 with quotations
# or asides) of the seed, the corpus, three sets of real reports, the test fixtures and
# 1.3 MB of generated prose, read 40 times faster.
_PLAIN = re.compile(r"[A-Za-z0-9 ,.$%&'’\-–—/:;+@#=*\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f€£¥°"
                    r"\"“”()]*")
# (a single quote at the start or after a blank, written quote first: a pattern that opens
# with a character is tried only where that character is, one that opens with a blank or
# an anchor at every position)
_QUOTE_OR_DASHES = re.compile(r"'(?<!\S')|--")

# Double quotes and brackets, where pysbd's rules for them have nothing to act on: each
# pair (as pysbd pairs them) holds no period (pysbd hides the periods inside one), every
# quote and bracket is in a pair, none opens a sentence (pysbd may read a quotation or an
# aside opening a sentence as a sentence of its own), no quote follows a dash ("-\" Then"
# ends a sentence to pysbd), no bracket follows a quote and a blank (an aside between two
# quotations is cut off), and no bracket closes after a digit or after a letter or a roman
# numeral standing alone ("(2024)", "(b)", "(iv)": the items of a list to pysbd).
_PAIRS = (re.compile(r'"[^"]+"'), re.compile(r"“[^”]+”"), re.compile(r"\([^()]+\)"))  # not empty
_PAIRED = re.compile(r'["“”()]')
_NOT_PLAIN_AROUND = re.compile(r'-["“”]|["”]\s\(|\d\)|(?:^|[\s(])(?:[A-Za-z]|[ivxlcdmIVXLCDM]+)\)')
_OPENERS = frozenset('"“”(')
_STOP = re.compile(r"\.(?: +(?=[A-Za-z])| *$)")  # a period ending a sentence, blanks after
_BEFORE_WORD = frozenset(" -–—/$")


def _plain_spans(text: str, base: int) -> list[tuple[int, int]] | None:
    """The sentences pysbd finds in ``text`` when it is plain (see above), else None."""
    if not _PLAIN.fullmatch(text) or _QUOTE_OR_DASHES.search(text) or \
            _PAIRED.search(text) and not _plain_pairs(text):
        return None
    abbreviations = _plain_abbreviations()
    spans = []
    start = 0
    at = text.find(".")
    while at >= 0:
        if not (0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()):
            word_start = at
            while word_start and text[word_start - 1].isascii() and \
                    text[word_start - 1].isalnum():
                word_start -= 1
            word = text[word_start:at]
            if len(word) >= 2 and word.isalpha() and word.lower() in abbreviations:
                held = _held(text, word_start, at)
                if held is None:
                    return None
                if held:  # the abbreviation's own period: the sentence goes on
                    at = text.find(".", at + 1)
                    continue
            stop = _STOP.match(text, at)
            if stop is None or word_start and text[word_start - 1] not in _BEFORE_WORD:
                return None
            if not (len(word) >= 3 and word.isdigit() or len(word) >= 2 and word.isalpha()):
                return None
            spans.append(_trimmed(text, start, at + 1, base))
            start = stop.end()
        at = text.find(".", at + 1)
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text), base))
    if any(text[at - base] in _OPENERS for at, _ in spans):
        return None  # a quotation or an aside opens a sentence: pysbd's to read
    return spans


# After one of pysbd's abbreviations, its period is kept inside the sentence when what
# follows it is one of these (pysbd's own patterns, by the kind of abbreviation: a title
# before a name, "No." before a number, any other); else it ends the sentence as any
# period does.
_HELD_AFTER_TITLE = re.compile(r"\s|:\d")
_HELD_AFTER_NUMBER = re.compile(r"\s\d|\s+\(")
_HELD_AFTER_OTHER = re.compile(r"[.:\-?,]|\s(?:[a-z]|I\s|I'm|I'll|\d|\()")
# pysbd puts the period back as a sentence's end after these, before a sentence's usual
# first words: a plain paragraph's abbreviation never ends so, and one that does is left
# to pysbd.
_RESTORED = re.compile(r"(?:I|i.v|I.V)$")


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


def _plain_pairs(text: str) -> bool:
    """Are the text's double quotes and brackets plain (see above)? Where a sentence opens
    is told by ``_plain_spans``."""
    rest = text
    for pair in _PAIRS:
        if any("." in m.group(0) for m in pair.finditer(text)):
            return False
        rest = pair.sub("", rest)
    return _PAIRED.search(rest) is None and _NOT_PLAIN_AROUND.search(text) is None


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
