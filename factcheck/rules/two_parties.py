"""NUM-2: a figure between two named parties, in words no cue lists.

Why: "Microsoft has poured some $13 billion into OpenAI" uses no cue of the investment fact,
but names both its parties and its figure. Must not: contradict, since the figure may measure
something else between the same two.
"""

from __future__ import annotations

from ..language.comparison import describe
from ..model import Status
from .base import Context, Finding, when
from .deals import bought_whole, earlier_tranche
from .measure_nouns import another_measure_named
from .numeric import CODE, best_fact
from .owners import priced_elsewhere, valued_by_verb
from .periods import named_dates
from .pinning import plain
from .plans import another_tense
from .pool import pool


def between_parties(ctx: Context) -> Finding | None:
    """NUM-2: a figure between two named parties, in words no cue lists.

    "Microsoft has poured some $13 billion into OpenAI" uses no cue of the investment
    fact, but names both its parties and its figure. That can confirm the fact; it never
    contradicts it, since the figure may measure something else between the same two.
    """
    claim = ctx.claim
    if not claim.quantities or claim.subject is None:
        return None
    named = set(claim.named)
    # either side may be the claim's subject: "Google invested $2 billion in Anthropic",
    # "Anthropic took $2 billion from Google"
    between = pool([f for f in ctx.subject_facts if f.object and f.value is not None and (
        (f.subject in claim.subjects and f.object in named) or
        (f.object == claim.subject and f.subject in named))], ctx)
    for index, q in enumerate(claim.quantities):
        best = best_fact(plain(q), [f for f in between if not earlier_tranche(f, q, ctx) and
                                    valued_by_verb(q, ctx) in (None, f.subject) and
                                    not priced_elsewhere(f, q, ctx)],
                         named_dates(claim))
        if best and best[0].outcome == "consistent" and \
                not another_measure_named(q, claim.standalone, best[1], claim.sentence) and \
                not another_tense(best[1], claim, ctx.article_date) and \
                not bought_whole(claim, best[1]):
            fact = best[1]
            assert fact.value is not None
            return Finding(Status.SUPPORTED,
                           f"article: {describe(q)}; store: {describe(fact.value)} {when(fact)}"
                           f" ({fact.measure}, between the same two parties); consistent",
                           (fact,), rule=CODE, strength=0.8,
                           covered_quantities=frozenset({index}),
                           covered_years=frozenset(range(len(claim.years))))
    return None
