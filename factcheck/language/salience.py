"""How often and how lately an article has named each entity, asked in constant time.

Owns: ``Salience``, the discourse's memory of names (``discourse.py``), and two questions
every clause asks: the article's topic (the thing named most often, the latest among
equals) and the thing named last. Answered by a scan of every entity named so far, they cost
time in proportion to that, and a long article naming thousands of a large store's companies
took time growing with the square of its length (a 630 KB article with a 100,000-fact store:
4.7 ms a claim against 1.6 ms for its first quarter). Kept up to date as names come instead,
each answer looks at a handful of entities. Must not: resolve pronouns or read sentences
(that is ``discourse.py``, which finds a description's referent among the entities named of
its kind, ``by_kind``).

The answers are those of the scans they replace, ties included: among equals the topic is
the entity first counted, and the last thing the greatest id among things only ever named in
a headline.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..model import Entity


class Salience:
    """Counts and times of the entities an article names; ``entities`` are the store's."""

    def __init__(self, entities: Mapping[str, Entity]) -> None:
        self._entities = entities
        self.seen: dict[str, int] = {}  # entity id -> when last named (0: headline only)
        self.count: dict[str, int] = {}  # entity id -> how often named
        self._order: dict[str, int] = {}  # entity id -> when first counted, for ties
        self._topic: str | None = None
        # Things named in the text, least recent first (moved to the end when named again),
        # and those named only in a headline.
        self._things: dict[str, None] = {}
        self._headline_things: set[str] = set()
        self.by_kind: dict[str, set[str]] = {}  # entity kind -> the entities named of it
        # entity id -> when a description looks back to it, last named only in the
        # background of its sentence (``background.py``): as if before that sentence
        self._behind: dict[str, int] = {}

    def named(self, entity: str, when: int, behind: int | None = None) -> None:
        """``entity`` was named in the text at ``when`` (later than any name before); in
        the background of a sentence whose names came after ``behind``, if given."""
        if behind is None:
            self._behind.pop(entity, None)
        else:
            self._behind[entity] = min(behind, self.seen.get(entity, behind))
        self.seen[entity] = when
        self._counted(entity, 1)
        known = self._entities.get(entity)
        if known is not None and self._thing(known):
            self._things.pop(entity, None)
            self._things[entity] = None
            self._headline_things.discard(entity)

    def headlined(self, entity: str, weight: int) -> None:
        """``entity`` was named in the headline: it weighs ``weight`` names in salience."""
        first = entity not in self.seen
        self.seen.setdefault(entity, 0)
        self._counted(entity, weight)
        known = self._entities.get(entity)
        if first and known is not None and self._thing(known):
            self._headline_things.add(entity)

    def lately(self, entity: str) -> int:
        """When a description looks back to ``entity`` as named: when it was named last,
        or before the sentence that named it only in passing."""
        return self._behind.get(entity, self.seen[entity])

    def topic(self) -> str | None:
        """The thing (not a person) named most often, the latest among equals."""
        return self._topic

    def last_thing(self, excluding: Collection[str]) -> str | None:
        """The thing named last that is not in ``excluding``."""
        for entity in reversed(self._things):
            if entity not in excluding:
                return entity
        return max((e for e in self._headline_things if e not in excluding), default=None)

    # -- keeping the answers --

    @staticmethod
    def _thing(entity: Entity) -> bool:
        return entity.kind != "person"

    def _counted(self, entity: str, weight: int) -> None:
        self._order.setdefault(entity, len(self._order))
        self.count[entity] = self.count.get(entity, 0) + weight
        known = self._entities.get(entity)
        if known is None:
            return
        self.by_kind.setdefault(known.kind, set()).add(entity)
        if not self._thing(known):
            return
        # A count and a time only grow: the topic is the old one or this entity.
        if self._topic is None or self._topic_key(entity) > self._topic_key(self._topic):
            self._topic = entity

    def _topic_key(self, entity: str) -> tuple[int, int, int]:
        return (self.count[entity], self.seen[entity], -self._order[entity])
