"""NUM-unsaid and NUM-dated: the very figure of a subject's fact, pinned by its date.

Why: a story about Anthropic says "Amazon committed up to $4 billion in September 2023"
without naming Anthropic again. A two-party fact is normally compared only when its
counterparty is at hand, so that Amazon's money is never judged by a deal with someone
else. But the very figure of one of the subject's recorded deals, on that deal's date, in
a claim that names no other party, is that deal. It can confirm the fact, never refute it:
a different figure may belong to a deal with someone the store does not know.

NUM-dated does the same for a figure no cue introduces ("On Oct. 2, 2024, OpenAI's amount
was $6.6 billion", a table's generic column): the very figure of the subject, on the day
or month the store records it, is that fact.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.comparison import describe
from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind, Quantity, Status
from .base import Context, Finding, when
from .figure_kinds import kinds_match
from .periods import named_dates
from .stated import same_figure

CODE = "NUM-unsaid"
DATED = "NUM-dated"  # the very figure on the very day or month, though no cue was used


def _dated_alike(claim: Claim, fact: Fact) -> bool:
    """The claim dates itself to the fact's year, and to its month when it names one."""
    moment = fact.as_of or fact.date
    if moment is None or not claim.years or any(y != moment.year for y in claim.years):
        return False
    months = named_dates(claim)
    return all((m.year, m.month) == (moment.year, moment.month) for m in months)


def _pinned(claim: Claim, fact: Fact) -> bool:
    """Does a date the claim names, a weekday placed from the article's date among them,
    fall in the fact's month ("shares rose 3% Tuesday" in October pins no May record)?"""
    moment = fact.as_of or fact.date
    return moment is not None and any(
        (day.year, day.month) == (moment.year, moment.month)
        for day in (dt.date.fromordinal(int(q.value)) for q in claim.dates))


def _named_another(ctx: Context, fact: Fact) -> bool:
    """Do the claim's words call up another measure of the subject on that day ("raised
    $18 billion in a Series B round": the round's size, not its pre-money valuation)?"""
    moment = fact.as_of or fact.date
    return any(c.fact.subject == ctx.claim.subject and c.fact.value is not None and
               c.fact.id != fact.id and (c.fact.as_of or c.fact.date) == moment
               for c in ctx.candidates)


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.subject is None or not claim.quantities or not claim.years:
        return None
    # Another party named may be the real counterparty of a two-party deal.
    others = set(claim.named) - {claim.subject} - set(claim.incidental)
    for fact in ctx.subject_facts:
        if fact.subject != claim.subject or fact.value is None or \
                not _dated_alike(claim, fact):
            continue
        if fact.object is None or fact.object in claim.entities:
            # No counterparty to leave unsaid, but no cue of the fact's either ("On Oct.
            # 2, 2024, OpenAI's amount was $6.6 billion" in a table): the very day or
            # month must pin it, not a year alone.
            if not _pinned(claim, fact) or _named_another(ctx, fact):
                continue
            why, code = "on the day or month the store records it", DATED
        elif others:
            continue
        else:
            why = f"with {ctx.names(fact.object)[0]}, whom the claim leaves unsaid"
            code = CODE
        for index, q in enumerate(claim.quantities):
            if q.kind not in (Kind.YEAR, Kind.DATE) and kinds_match(q, fact.value) and \
                    same_figure(q, fact.value) and not _of_several(claim.standalone, q):
                return Finding(Status.SUPPORTED,
                               f"article: {describe(q)}; store: {describe(fact.value)} "
                               f"{when(fact)} ({fact.measure}, {why}); consistent", (fact,),
                               rule=code, strength=0.7, covered_quantities=frozenset({index}),
                               covered_years=frozenset(range(len(claim.years))))
    return None


# A figure that sizes each of several deals ("$1 billion+ deals", "contracts worth $1
# billion or more"), not the sum of one.
_SEVERAL = lazy(r"^\+?\s*(?:[\w-]+\s+)?(?:deals|contracts|agreements|investments|rounds|"
                r"transactions|commitments)\b", re.IGNORECASE)


def _of_several(text: str, q: Quantity) -> bool:
    """Does the figure size several deals ("signed $1 billion+ deals")?"""
    return q.span is not None and _SEVERAL.search(text[q.span.end:]) is not None
