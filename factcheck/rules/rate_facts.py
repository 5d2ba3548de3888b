"""A stored rate of change that a level of its measure's name outranks.

Why: a fact may record a rate itself ("cloud revenue growth in the fourth quarter": 39%)
beside a level of the same words ("cloud revenue": $75 billion). The level's cue is the
more specific, so a claim's rate ("cloud revenue grew 37% in the fourth quarter") met only
the level, of another kind, and the rate could then only confirm. A rate of change is only
a rate's: when the claim names the rate's measure and its period picks one such fact, the
figure is held to it as to any figure (a near miss is imprecise). Owns: ``rate_fact``.
Must not: compute a rate from two levels (``change``, ``bases``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Fact, Kind, Quantity
from .base import Context
from .change import is_change
from .matching import Candidate
from .measure_kinds import measures_change
from .periods import known_from, quarters_named
from .pinning import pins_measure
from .quarters import not_its_quarter


def rate_fact(q: Quantity, candidates: Sequence[Candidate], claim: Claim,
              names: frozenset[str], ctx: Context) -> Fact | None:
    """The one stored rate of change among ``candidates`` (facts of the claim's subject,
    already pooled for its period) that the claim's change ``q`` is of: its measure named
    (``pins_measure``), of the quarter the claim names, else, when it names no period, the
    newest known on the article's date. None when ``q`` is no rate of change or no one such
    fact is picked."""
    if q.kind is not Kind.PERCENT or not is_change(claim.standalone, q):
        return None
    rates = list({c.fact.id: c.fact for c in candidates if c.fact.value is not None and
                  c.fact.value.kind is Kind.PERCENT and measures_change(c.fact) and
                  pins_measure(c, claim, names) and not not_its_quarter(c.fact, ctx)
                  }.values())
    if len(rates) <= 1:
        return rates[0] if rates else None
    day = ctx.article_date
    if day is None or claim.years or claim.dates or claim.fiscal_years or \
            quarters_named(claim.standalone):
        return None  # a period named and several rates of it: which one is not said
    known = [f for f in rates if (known_from(f) or day) <= day]
    newest = max(known, key=lambda f: f.as_of or f.date or day, default=None)
    return newest if newest is not None and sum(
        (f.as_of or f.date) == (newest.as_of or newest.date) for f in known) == 1 else None
