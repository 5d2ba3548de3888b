"""Salience answers what a scan of every entity named so far answers (the scans below are the
discourse's former code, kept as the specification), ties included, and in time that does
not grow with the number of entities an article has named."""

from __future__ import annotations

import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language.salience import Salience
from factcheck.model import Entity

KINDS = ("organization", "person", "project", "product", "place")
NOUNS = ("company", "chipmaker", "startup", "group", "project", "product", "city", "lab")
ENTITIES = {f"e{i}": Entity(id=f"e{i}", name=f"E{i}", aliases=(), kind=KINDS[i % len(KINDS)],
                            descriptors=tuple(NOUNS[j] for j in (i % 3, (i * 5) % 8) if i % 4))
            for i in range(14)}


class Scans:
    """The former discourse: every question answered by a scan of every entity named."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities
        self.seen: dict[str, int] = {}
        self.count: dict[str, int] = {}

    def named(self, entity: str, when: int) -> None:
        self.seen[entity] = when
        self.count[entity] = self.count.get(entity, 0) + 1

    def headlined(self, entity: str, weight: int) -> None:
        self.count[entity] = self.count.get(entity, 0) + weight
        self.seen.setdefault(entity, 0)

    def topic(self) -> str | None:
        things = [e for e in self.count
                  if e in self.entities and self.entities[e].kind != "person"]
        return max(things, key=lambda e: (self.count[e], self.seen[e])) if things else None

    def last_thing(self, excluding: set[str]) -> str | None:
        things = [(when, e) for e, when in self.seen.items() if e not in excluding and
                  e in self.entities and self.entities[e].kind != "person"]
        return max(things)[1] if things else None


IDS = st.sampled_from([*ENTITIES, "unknown-id"])
STEP = st.one_of(
    st.tuples(st.just("named"), IDS),
    st.tuples(st.just("headlined"), IDS),
    st.tuples(st.just("ask"), st.sets(IDS, max_size=4)),
)


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(st.lists(STEP, max_size=80))
def test_every_answer_is_the_scans(steps: list[tuple[Any, ...]]) -> None:
    fast, scans = Salience(ENTITIES), Scans(ENTITIES)
    clock = 0
    for step in steps:
        if step[0] == "named":
            clock += 1
            fast.named(step[1], clock)
            scans.named(step[1], clock)
        elif step[0] == "headlined":
            fast.headlined(step[1], 2)
            scans.headlined(step[1], 2)
        else:
            assert fast.topic() == scans.topic()
            assert fast.last_thing(step[1]) == scans.last_thing(step[1])


def test_questions_cost_no_more_with_thousands_of_entities_named() -> None:
    many = {f"c{i}": Entity(id=f"c{i}", name=f"C{i}", aliases=(), kind="organization",
                            descriptors=("company",)) for i in range(20_000)}
    fast = Salience(many)
    for i, entity in enumerate(many, 1):
        fast.named(entity, i)
    start = time.process_time()
    for _ in range(2_000):
        fast.topic()
        fast.last_thing({"c19999"})
    assert time.process_time() - start < 1.0  # a scan of 20,000 each time: a minute
