"""Amounts said again in another currency or unit: "$24 billion (£19bn)", "500,000 square
feet (46,450 square meters)".

Owns: dropping the conversion a writer adds in parentheses after an amount (and telling it
is no amount left unread); a currency's rests on an exchange rate, not on anything a fact
records, and a unit's says the measure again (within 2% of it: "100 acres (200 hectares)"
is two figures). Must not: read figures (``quantities.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Kind, Quantity, Span
from .lexicon import lazy
from .units import convert

# An amount said again in another currency, in parentheses right after it: "$24 billion
# (£19bn)", "€5 billion (about $5.4 billion)".
_CONVERSION_OPEN = lazy(r"\s*\(\s*(?:about|around|roughly|approximately|some|or|~)?\s*$")


def without_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without an amount that converts the one before it into another currency:
    the conversion rests on an exchange rate, not on anything a fact records."""
    kept: list[Quantity] = []
    for q in found:
        before = kept[-1] if kept else None
        if q.kind is Kind.MONEY and before is not None and before.kind is not Kind.MONEY:
            # "£400 million in 2014 (~$656 million)": the sum before the deal's time
            before = next((k for k in reversed(kept) if k.kind is Kind.MONEY), before)
        if before is not None and (q.kind is Kind.MONEY and before.kind is Kind.MONEY or
                                   _same_measure(q, before)) and \
                q.unit != before.unit and q.span is not None and before.span is not None and \
                _opens_conversion(text, before.span.end, q.span.start) and \
                text[q.span.end:q.span.end + 2].lstrip().startswith(")"):
            continue
        kept.append(q)
    return kept


# The time of the deal told between an amount and its conversion: "£400 million in 2014
# (~$656 million)", "... last year (about $500 million)".
_TIME_BETWEEN = lazy(r"\s+(?:(?:back\s+)?in|on|during|last|this|earlier|later)\s+"
                     r"[\w ,.]{0,25}?(?=\s*\()")


def _opens_conversion(text: str, end: int, start: int) -> bool:
    """Does the text from an amount's ``end`` to the next amount's ``start`` open a
    parenthesis after it, the amount's time perhaps between?"""
    if _CONVERSION_OPEN.fullmatch(text, end, start):
        return True
    time = _TIME_BETWEEN.match(text, end, start)
    return time is not None and _CONVERSION_OPEN.fullmatch(text, time.end(), start) is not None


# The currency sign a conversion's amount may open with: "($13.5 billion)", "(US$13.5bn)".
_SIGN_BEFORE = lazy(r"(?:[A-Z]{0,3}\$|[€£¥])$")


def converts_read(text: str, start: int, read: Sequence[Span]) -> bool:
    """Is the amount at ``start`` the conversion, in parentheses, of a figure read right
    before it ("T$398.3 billion ($13.5 billion)")? The reader drops it (it rests on an
    exchange rate), so it is no amount left unread either."""
    sign = _SIGN_BEFORE.search(text, 0, start)
    at = sign.start() if sign else start
    return any(s.end <= at and _CONVERSION_OPEN.fullmatch(text, s.end, at) is not None
               for s in read)


CONVERSION_TOLERANCE = 0.02  # a writer rounds the converted figure: "(46,450 square meters)"


def _same_measure(q: Quantity, before: Quantity) -> bool:
    """Is ``q`` the count before it said again in another unit of its dimension?"""
    again = convert(q, before)
    return again is not None and before.value > 0 and \
        abs(again.value - before.value) <= CONVERSION_TOLERANCE * before.value
