"""Figures one clause ties together, confirmed by records of two occasions.

Why: "Thrive Capital put $1.25 billion into OpenAI's $40 billion round" holds two figures of
deals the store records: the $1.25 billion of the October 2024 round, and a $40 billion round
of March 2025. Each is true alone; the claim says they are one deal, which no record does.
When a claim that names no time of its own rests on deal records each giving one of its
figures, and two of them are dated more than a month apart, it is not confirmed (a claim
that dates its figures, "invested $1 billion in 2019 and $10 billion in 2023", ties each to
its own time). Must not: compare figures (``numeric``) or decide the verdict (``doubts``
asks).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact

OCCASION_DAYS = 31  # records further apart than a month are of two occasions
_SAME = 0.005  # a claim's figure that is a record's own value
# The measure of a deal, one occasion of which a record gives (not a series: revenue).
_DEAL = lazy(r"\b(?:rounds?|investments?|funding|financing|acquisitions?|deals?|stakes?|bids?|"
             r"offers?|raises?|tranches?|commitments?)\b", re.IGNORECASE)


def occasions_apart(claim: Claim, facts: Sequence[Fact]) -> tuple[dt.date, dt.date] | None:
    """The days of two deal records, more than a month apart, that each give one of the
    claim's figures, when the claim names no time of its own; None otherwise."""
    if len(claim.quantities) < 2 or claim.years or claim.dates:
        return None
    days = sorted({day for f in facts if (day := _deal_day(f, claim)) is not None})
    if len(days) > 1 and (days[-1] - days[0]).days > OCCASION_DAYS:
        return days[0], days[-1]
    return None


def _deal_day(fact: Fact, claim: Claim) -> dt.date | None:
    """The day of a deal record whose value is one of the claim's figures."""
    value, day = fact.value, fact.date or fact.as_of
    if value is None or day is None or not _DEAL.search(fact.measure):
        return None
    given = any(q.kind is value.kind and abs(q.value - value.value) <= _SAME * abs(value.value)
                for q in claim.quantities)
    return day if given else None
