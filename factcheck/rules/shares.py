"""NUM: a share of a whole, computed from two stored values of one period.

Why: results stories give a segment's figure with its share of the whole ("data center
revenue of $35.6 billion made up 91% of total revenue", "$3.9 billion, or 51% of revenue").
The store holds the segment's value and the whole's for the same period, not the share; the
share follows from the two, rounding-aware, as a growth rate does (``change``). It is read
only in the clause of the level the claim gave (whose value the store confirmed), of a whole
the claim names right after the share ("of its total revenue") and the store records for the
very same day. Must not: read a share of something else ("91% of it from cloud providers"),
of a plan or forecast, or compute from values of two periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.comparison import Comparison, compare, describe
from ..model import Claim, Fact, Kind, Quantity
from .base import Context
from .bases import told_of
from .change import GROWTH_TOLERANCE, half_step, is_change
from .measure_kinds import planned
from .stems import stems

# "91% of its total revenue", "51% of revenue", "half of the company's sales"
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:its|their|the|the\s+company's|the\s+group's|total|"
                       r"overall|all)\s+)*(?P<whole>revenues?|sales|turnover)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Share:
    """A figure of the claim read as the share one stored value is of another."""

    index: int  # the figure's place among the claim's quantities
    part: Fact
    whole: Fact
    result: Comparison
    stated: Quantity

    def line(self) -> str:
        """The comparison an explanation shows: "article: 91%; store: $35.6B of $39.3B"."""
        verdict = "consistent" if self.result.outcome == "consistent" else "the share differs"
        part, whole = self.part.value, self.whole.value
        assert part is not None and whole is not None  # the share was computed from both
        return (f"article: {describe(self.stated)}; store: {describe(part)} of "
                f"{describe(whole)} ({self.part.measure} of {self.whole.measure}); {verdict}")


_PERIOD_WORDS = frozenset(stems("quarterly annual yearly fiscal monthly"))


def _whole_of(part: Fact, word: str, ctx: Context) -> Fact | None:
    """The one stored value of the same subject and day whose measure is the whole the
    claim names over the part's own period and nothing else: "quarterly revenue" for
    "quarterly data center revenue" (not the year's data center revenue, nor its revenue)."""
    own = set(stems(part.measure))
    whole = set(stems(word)) | (own & _PERIOD_WORDS)
    found = [f for f in ctx.subject_facts if f.subject == part.subject and f.id != part.id and
             f.value is not None and part.value is not None and
             f.value.kind is part.value.kind and (f.as_of or f.date) == (part.as_of or part.date)
             and set(stems(f.measure)) == whole < own]
    return found[0] if len(found) == 1 else None


def _share(q: Quantity, part: Fact, whole: Fact) -> Comparison | None:
    """The stated share against the range the two stored values allow."""
    if part.value is None or whole.value is None or not whole.value.value:
        return None
    low = part.value.value * (1 - half_step(part.value)) / (
        whole.value.value * (1 + half_step(whole.value)))
    high = part.value.value * (1 + half_step(part.value)) / (
        whole.value.value * (1 - half_step(whole.value)))
    return compare(q, Quantity(Kind.PERCENT, low * 100, high=high * 100), GROWTH_TOLERANCE)


def shares_checked(claim: Claim, matched: list[Fact], pinned: set[str], covered: set[int],
                   ctx: Context) -> list[Share]:
    """The claim's percentages (those not ``covered`` yet) read as the share of a whole that
    the one level it gave (``matched``, its measure named outright: ``pinned``) is."""
    given = [f for f in matched if f.id in pinned and not planned(f)]
    if len(given) != 1 or claim.negated or claim.future_marker:
        return []
    part, text, out = given[0], claim.standalone, []
    for index, q in enumerate(claim.quantities):
        after = _OF_WHOLE.match(text, q.span.end) if q.span is not None else None
        if after is None or index in covered or q.kind is not Kind.PERCENT or \
                is_change(text, q) or not told_of(claim, q, part):
            continue
        whole = _whole_of(part, after.group("whole"), ctx)
        result = _share(q, part, whole) if whole is not None else None
        if whole is not None and result is not None:
            out.append(Share(index, part, whole, result, q))
    return out
