"""The sums the store records of an entity: what "a $30 billion venture" must fit.

Owns: reading, for one entity, the money values of the facts whose subject it is (a fund's
capital target, a project's planned investment), for the language stage to tell whether a
venture that a sentence describes by its partners and a sum is the stored one or another.
Must not: judge a claim, or read figures out of statements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Fact, Kind


def money_figures(facts_about: Callable[[Iterable[str]], list[Fact]],
                  entity_id: str) -> frozenset[float]:
    """The money values (and the tops of ranges) of ``entity_id``'s own facts."""
    return frozenset(v for f in facts_about((entity_id,)) if f.subject == entity_id and
                     f.value is not None and f.value.kind is Kind.MONEY
                     for v in (f.value.value, f.value.high) if v is not None)
