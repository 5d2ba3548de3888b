"""Which of a claim's several figures a fact is of.

Owns: ``rivalled`` (another figure of the claim fits the fact as well or better: "$100M
in OpenAI's $6.6B round") and ``held_apart`` (a figure may still be held to the fact whose
measure word stands beside it, though the claim gives another figure of its kind). NUM
asks both before it lets a differing figure refute a fact. Must not: compare a figure with
the fact it is held to (``numeric``).
"""

from __future__ import annotations

from ..language.comparison import compare
from ..language.expectations import expected_by_market
from ..model import Fact, Quantity
from .base import Context
from .change import is_earlier
from .figure_kinds import kinds_match
from .periods import DATE_SLACK, period_years


def rivalled(q: Quantity, index: int, fact: Fact, ctx: Context) -> bool:
    """Another figure of the same kind in the claim fits this fact better, or as well: the
    claim may be giving this one for something else ("$100M in OpenAI's $6.6B round")."""
    for other_index, other in enumerate(ctx.claim.quantities):
        if other_index == index or fact.value is None or not kinds_match(other, fact.value) \
                or expected_by_market(ctx.claim.standalone, other):  # (a consensus: no rival)
            continue
        if compare(other, fact.value, fact.tolerance).outcome == "consistent":
            return True
        if other.kind is q.kind:
            return True  # two figures of one kind, neither matching: which one is meant?
    return False


def held_apart(index: int, fact: Fact, ctx: Context) -> bool:
    """May the claim's figure ``index`` be held to ``fact``, whose measure word stands beside
    it, though the claim gives another figure of its kind? Not when another figure already
    is that fact's ("208 billion transistors, against 80 billion in the H100": the 80 billion
    is another chip's), nor in a change ("to $11 trillion, up from $10 trillion": one series,
    whose reading the guard on two figures protects)."""
    claim = ctx.claim
    q = claim.quantities[index]
    others = [o for i, o in enumerate(claim.quantities) if i != index and o.kind is q.kind]
    if fact.value is None or any(is_earlier(o, claim.standalone) for o in (q, *others)):
        return False
    theirs = [f for f in ctx.subject_facts if f.value is not None and any(
        kinds_match(o, f.value) and compare(o, f.value, f.tolerance).outcome == "consistent"
        for o in others)]
    if any(f.id == fact.id for f in theirs):
        return False
    # The claim's own date, or its other figure's, must say the fact is of the same time:
    # "to invest $30 billion" beside a $40 billion round of 2025 is not a 2024 investment.
    if period_years(claim) or claim.dates:
        return True
    moment = fact.as_of or fact.date
    days = [m for m in (f.as_of or f.date for f in theirs) if m is not None]
    return moment is not None and any(abs((m - moment).days) <= DATE_SLACK for m in days)
