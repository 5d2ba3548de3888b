"""A figure converted from another currency: wire copy's dollars for a result given in two.

Owns: telling a dollar figure converted at the day's rate from the stored dollar value of a
result whose statement also gives it in another currency ("$33.10 billion ... (NT$989.92
billion)" against "$32.3 billion"): a few percent off, no wrong value. Must not: compare
figures (``numeric``) or decide a verdict (``guards`` asks it).
"""

from __future__ import annotations

from ..model import Claim, Fact, Kind
from .derived import stated_figures

CONVERSION_SLACK = 0.06  # a day's exchange rate against the quarter's average one


def converted(claim: Claim, fact: Fact) -> bool:
    """Is a dollar figure of the claim near the fact's dollar value, when the fact's
    statement gives the result in another currency too ("$33.10 billion ... (NT$989.92
    billion)")? Wire copy converts such a result at the day's rate ("$32.3 billion"): a few
    percent off, no wrong value."""
    value = fact.value
    if value is None or value.kind is not Kind.MONEY or (value.unit or "USD") != "USD" or \
            not value.value or not any(g.kind is Kind.MONEY and (g.unit or "USD") != "USD"
                                       for g in stated_figures(fact.statement)):
        return False
    return any(q.kind is Kind.MONEY and (q.unit or "USD") == "USD" and q.value and
               abs(q.value - value.value) / value.value <= CONVERSION_SLACK
               for q in claim.quantities)
