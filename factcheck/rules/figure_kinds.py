"""Whether a claim's figure and a fact's are of one kind, so that one can be held to the
other.

Owns: ``kinds_match``: money in one currency, counts of one noun (monthly users are no
weekly users; people count as employees), percent with percent. Must not: compare values
(``language/comparison``).
"""

from __future__ import annotations

from ..language.units import counted, counted_apart, counts_persons, per_period
from ..model import Kind, Quantity
from .stems import stems


def kinds_match(claim: Quantity, fact: Quantity) -> bool:
    if claim.kind is Kind.COUNT and fact.kind in (Kind.COUNT, Kind.NUMBER):
        if fact.kind is Kind.NUMBER or not fact.unit:
            return True
        periods = {per_period(claim.unit), per_period(fact.unit)} - {None}
        if len(periods) > 1 or counted_apart(claim.unit, fact.unit):
            return False  # monthly users are no weekly users
        head = stems(counted(fact.unit))[-1:]
        return bool(head) and head[0] in stems(counted(claim.unit)) or \
            counts_persons(claim.unit, fact.unit)
    if claim.kind is Kind.MONEY and fact.kind is Kind.MONEY:
        return (claim.unit or "USD") == (fact.unit or "USD")  # euros are not dollars
    return claim.kind is fact.kind and claim.kind is not Kind.NUMBER
