"""What a claim's reader must be told about how it was read.

Owns: the warnings a claim carries (hidden characters the reader took out of its sentence,
a figure refused as implausible) and the figures it holds that were refused, which keep it
from being ``supported``: digits between bidi controls may display as another figure, and
"founded in 99999" gives a year no one can check. Must not: judge the claim.
"""

from __future__ import annotations

import re

from ..model import BIDI_CONTROLS, MAX_YEAR, Document, Kind, Quantity, Span, hidden_note
from .bidi import as_displayed
from .conversions import converts_read
from .gates import gated
from .lexicon import lazy
from .numbers import MAX_DIGITS
from .quantities import MONTH, find_quantities

# Where a number can only be a year: "founded in 99999", "since 2500", "March 5, 30000".
_YEAR_PLACE = gated(re.compile(
    rf"(?:\b(?:in|since|until|till|by|before|after|from|year|circa)\s+|\b{MONTH}\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)(?P<num>\d{{4,}})(?![\d,.]\d|\s*%)",
    re.IGNORECASE))
_DIGIT_RUN = re.compile(r"\d(?:[\d,.]*\d)?")
_DIGIT = re.compile(r"\d")
# Refused whole when text between bidi controls may display in an order that cannot be told:
# no verdict may rest on one reading of it (``rules.judge``).
BIDI_REFUSED = "text between bidi controls (it may display in another order)"
LAST_READ_YEAR = 2099  # the last year ``YEAR`` reads
# A scale word: "a billion", "billions", "multibillion-dollar", "hundreds of millions"; with
# the number before it, if any ("30 million" of a whole whose unit only the whole gives).
# (gated: most claims write none of the three scale words, looked for as strings first)
_SCALE_WORD = gated(re.compile(r"(?<![\w-])(?:(?P<number>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*)?"
                               r"(?P<scale>(?:multi[- ]?)?(?:million|billion|trillion)s?)\b",
                               re.IGNORECASE))


def refused_figures(text: str) -> list[str]:
    """Figures ``text`` gives that are not read, each with a note: a number after 2099 where
    only a year can stand (after 2200: not a plausible year), a run of more than 30 digits.
    A claim that holds one is never ``supported``: the figure was not checked."""
    notes: list[str] = []
    if _DIGIT.search(text) is None:
        return notes  # most clauses: both patterns below begin with a digit
    for m in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits > MAX_DIGITS:
            notes.append(f"a run of {digits} digits (no figure has so many)")
    taken: list[Span] | None = None  # read only for a year past 2099: few texts have one
    for m in _YEAR_PLACE.finditer(text):
        number = m.group("num")
        if len(number) > MAX_DIGITS or int(number) <= LAST_READ_YEAR:
            continue
        if taken is None:
            taken = [q.span for q in find_quantities(text) if q.span is not None]
        if not any(s.start <= m.start("num") < s.end for s in taken):
            notes.append(f"{number} (not a plausible year)" if int(number) > MAX_YEAR else
                         f"{number} (a year after {LAST_READ_YEAR}, which is not read)")
    return notes


def unread_amounts(text: str) -> tuple[str, ...]:
    """Amounts ``text`` writes in words the figure reader does not read ("a little less than
    a billion", "billions", "a multibillion deal"): each scale word outside every figure read,
    with the number before it if any. Such an amount was never checked, so a fact that only
    confirms the relation around it cannot support the claim, unless the fact's own words
    give the same amount: "30 million" of "30 million of its 90 million users" (the reader
    gives no unit to a number whose noun only the whole names) is said by a fact that says 30
    million, not by one that leaves "up from 300 million" unread."""
    if _SCALE_WORD.search(text) is None:
        return ()  # most claims write no scale word: no need to read the figures again
    taken = [q.span for q in find_quantities(text) if q.span is not None]
    found = []
    for m in _SCALE_WORD.finditer(text):
        if not any(s.start <= m.start("scale") < s.end for s in taken) and \
                not converts_read(text, m.start(), taken):
            number = (m.group("number") or "").replace(",", "")
            # "multi-billion" and "multibillion" are one word, as a fact may write it
            scale = re.sub(r"[- ]", "", m.group("scale").lower())
            found.append(f"{number} {scale}".strip())
    return tuple(found)


def unread_restated(text: str, standalone: str) -> tuple[str, ...]:
    """``unread_amounts`` of a clause's ``text`` that its ``standalone`` form writes too;
    the standalone's read once, and only when the clause has any (most have none)."""
    amounts = unread_amounts(text)
    if not amounts:
        return ()
    also = unread_amounts(standalone)
    return tuple(a for a in amounts if a in also)


_MULTI = lazy(r"multi(?P<scale>million|billion|trillion)")
_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def given_by(amount: str, figure: Quantity) -> bool:
    """Does a sum read as ``figure`` give the unread ``amount``? "multibillion" is any sum
    of two to 999 billion: "a multi-billion-dollar investment of $10 billion" says one sum
    twice. Only the "multi" words (a number of that scale, said of money); "billions" may
    count users as well as dollars."""
    m = _MULTI.fullmatch(amount)
    if m is None or figure.kind is not Kind.MONEY:
        return False
    scale = _SCALES[m.group("scale")]
    return 2 * scale <= figure.value < 1000 * scale


def claim_notes(document: Document, sentence: Span, text: str, read: str
                ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(warnings, refused figures) for a claim of ``text`` in the sentence at ``sentence``
    (offsets into ``document.text``), read as ``read``: text between bidi controls is
    refused unless what was read is what displays (a table row's statement, made up of its
    cells, never is)."""
    refused = refused_figures(text)
    warnings = [f"refused as a figure: {note}" for note in refused]
    hidden = document.hidden_in(document.original_span(sentence)) if document.hidden else ""
    if not hidden:
        return tuple(warnings), tuple(refused)
    if not any(ch in BIDI_CONTROLS for ch in hidden):
        return (hidden_note(hidden), *warnings), tuple(refused)
    shown = as_displayed(document, sentence.start, sentence.end)
    order: bool | None = None
    if shown is None or shown.replace("\n", " ") != read:
        refused.append(BIDI_REFUSED)
    else:
        order = shown == document.text[sentence.start:sentence.end]
    return (hidden_note(hidden, order), *warnings), tuple(refused)
