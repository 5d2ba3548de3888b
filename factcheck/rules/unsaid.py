"""NUM-unsaid: a figure between two parties, one of them left unsaid, pinned by its date.

Why: a story about Anthropic says "Amazon committed up to $4 billion in September 2023"
without naming Anthropic again. A two-party fact is normally compared only when its
counterparty is at hand, so that Amazon's money is never judged by a deal with someone
else. But the very figure of one of the subject's recorded deals, on that deal's date, in
a claim that names no other party, is that deal. It can confirm the fact, never refute it:
a different figure may belong to a deal with someone the store does not know.
"""

from __future__ import annotations

import datetime as dt

from ..language.quantities import describe
from ..model import Claim, Fact, Kind, Status
from .base import Context, Finding, when
from .numeric import kinds_match
from .stated import same_figure

CODE = "NUM-unsaid"


def _dated_alike(claim: Claim, fact: Fact) -> bool:
    """The claim dates itself to the fact's year, and to its month when it names one."""
    moment = fact.as_of or fact.date
    if moment is None or not claim.years or any(y != moment.year for y in claim.years):
        return False
    months = [dt.date.fromordinal(int(q.value)) for q in claim.dates]
    return all((m.year, m.month) == (moment.year, moment.month) for m in months)


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.subject is None or not claim.quantities or not claim.years:
        return None
    others = set(claim.named) - {claim.subject} - set(claim.incidental)
    if others:
        return None  # another party named may be the real counterparty
    for fact in ctx.subject_facts:
        if fact.subject != claim.subject or fact.object is None or fact.value is None or \
                fact.object in claim.entities or not _dated_alike(claim, fact):
            continue
        for index, q in enumerate(claim.quantities):
            if q.kind not in (Kind.YEAR, Kind.DATE) and kinds_match(q, fact.value) and \
                    same_figure(q, fact.value):
                counterparty = ctx.names(fact.object)[0]
                return Finding(Status.SUPPORTED,
                               f"article: {describe(q)}; store: {describe(fact.value)} "
                               f"{when(fact)} ({fact.measure}, with {counterparty}, whom "
                               f"the claim leaves unsaid); consistent", (fact,), rule=CODE,
                               strength=0.7, covered_quantities=frozenset({index}),
                               covered_years=frozenset(range(len(claim.years))))
    return None
