"""Amounts said again in another currency: "$24 billion (£19bn)".

Owns: dropping the conversion a writer adds in parentheses after an amount; it rests on an
exchange rate, not on anything a fact records. Must not: read figures (``quantities.py``).
"""

from __future__ import annotations

from ..model import Kind, Quantity
from .lexicon import lazy

# An amount said again in another currency, in parentheses right after it: "$24 billion
# (£19bn)", "€5 billion (about $5.4 billion)".
_CONVERSION_OPEN = lazy(r"\s*\(\s*(?:about|around|roughly|approximately|some|or|~)?\s*$")


def without_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without an amount that converts the one before it into another currency:
    the conversion rests on an exchange rate, not on anything a fact records."""
    kept: list[Quantity] = []
    for q in found:
        before = kept[-1] if kept else None
        if before is not None and q.kind is Kind.MONEY and before.kind is Kind.MONEY and \
                q.unit != before.unit and q.span is not None and before.span is not None and \
                _CONVERSION_OPEN.fullmatch(text, before.span.end, q.span.start) and \
                text[q.span.end:q.span.end + 2].lstrip().startswith(")"):
            continue
        kept.append(q)
    return kept
