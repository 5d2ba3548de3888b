"""What a store holds, counted for its curators (``factcheck store stats``).

Owns: the counts of a store (entities, facts, reviewed claims), facts per subject entity, per
measure and per most reliable source, and the oldest facts (by the date a fact's value holds
for). Must not: open the store or print (the CLI does both).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity, Fact

RELIABILITY_ORDER = ("primary", "news", "secondary")  # most reliable first
DEFAULT_OLDEST = 5


@dataclass(frozen=True)
class StoreStats:
    """The counts of one store; every list is sorted, largest (or oldest) first."""

    entities: int
    facts: int
    reviewed: int
    per_entity: tuple[tuple[str, str, int], ...]  # (entity id, name, facts about it)
    per_measure: tuple[tuple[str, int], ...]
    per_reliability: tuple[tuple[str, int], ...]  # facts by their most reliable source
    oldest: tuple[tuple[Fact, dt.date], ...]


def fact_date(fact: Fact) -> dt.date | None:
    """The date a fact speaks for: its ``as_of``, else its event ``date``, else when it was
    published."""
    return fact.as_of or fact.date or fact.published


def best_reliability(fact: Fact) -> str:
    found = {s.reliability for s in fact.sources}
    return next((r for r in RELIABILITY_ORDER if r in found), "none")


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def store_stats(entities: Iterable[Entity], facts: Iterable[Fact], reviewed: int, *,
                oldest: int = DEFAULT_OLDEST) -> StoreStats:
    """The stats of a store's records; ``oldest`` is how many of the oldest facts to list."""
    names = {e.id: e.name for e in entities}
    facts = list(facts)
    subjects = Counter(f.subject for f in facts)
    subjects.update({entity: 0 for entity in names if entity not in subjects})
    dated = sorted(((f, d) for f in facts if (d := fact_date(f)) is not None),
                   key=lambda pair: (pair[1], pair[0].id))
    reliability = Counter(best_reliability(f) for f in facts)
    return StoreStats(
        entities=len(names), facts=len(facts), reviewed=reviewed,
        per_entity=tuple((e, names.get(e, e), n) for e, n in _ranked(subjects)),
        per_measure=tuple(_ranked(Counter(f.measure for f in facts))),
        per_reliability=tuple((r, reliability[r]) for r in (*RELIABILITY_ORDER, "none")
                              if reliability[r]),
        oldest=tuple(dated[:oldest]))
