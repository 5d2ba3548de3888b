"""The article as a discourse: what its pronouns and definite descriptions point back to.

Owns: the memory of the entities an article has named, in order, and resolving "he", "it",
"the company", "the consortium" or "the Microsoft-backed group" to the most recent compatible
one, by kind (person or thing) and by the descriptor nouns the store records for each entity
(plus a few that every entity of a kind takes). Must not: read the store; it is handed the
entities, and it never invents a referent the article has not named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Entity

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})

# Nouns any entity of a kind answers to, besides the descriptors the store gives it.
KIND_DESCRIPTORS: dict[str, frozenset[str]] = {
    "organization": frozenset({"company", "firm", "group", "business", "corporation"}),
    "project": frozenset({"project", "initiative", "venture", "effort"}),
    "product": frozenset({"product"}),
    "place": frozenset({"city", "site"}),
}
_DETERMINER = r"(?:[Tt]he|[Tt]his)"  # not "that": "said that his company"
_MODIFIER = r"(?:[\w.&'’-]+\s+){0,3}?"


@dataclass(frozen=True)
class Description:
    """A definite description in a sentence and the entity it refers to."""

    start: int
    end: int
    entity: str
    possessive: bool  # "the company's": the name takes "'s" in the standalone form


class Discourse:
    """Entities in the order an article names them, for pronouns and descriptions.

    The last name the store does not know is kept too: "Bezos ... In 2015, he co-founded
    OpenAI" is about Bezos, and must not borrow a known person's facts.
    """

    def __init__(self, entities: dict[str, Entity]) -> None:
        self._entities = entities
        self._clock = 0
        self._seen: dict[str, int] = {}  # entity id -> when last named
        self.person: tuple[str, str] | None = None  # (entity id or "", display name)
        self.thing: tuple[str, str] | None = None
        self.unknown: tuple[str, str] | None = None
        self._when: dict[str, int] = {}
        nouns: set[str] = set()
        for entity in entities.values():
            nouns |= set(self.descriptors(entity))
        # No plurals: "the two companies" is not one of them.
        words = sorted(nouns, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, words))
        self._pattern = re.compile(
            rf"\b{_DETERMINER}\s+(?P<mod>{_MODIFIER})(?P<noun>(?i:{alternatives}))"
            rf"(?P<poss>'s|’s)?(?![\w-])") if words else None

    def descriptors(self, entity: Entity) -> tuple[str, ...]:
        return (*entity.descriptors, *sorted(KIND_DESCRIPTORS.get(entity.kind, ())))

    def note(self, entity: str, name: str, kind: str) -> None:
        """``entity`` (or an unknown name, with entity "") was just named."""
        self._clock += 1
        if entity:
            self._seen[entity] = self._clock
        slot = "unknown" if not entity else "person" if kind == "person" else "thing"
        setattr(self, slot, (entity, name))
        self._when[slot] = self._clock

    def resolve(self, pronoun: str) -> tuple[str, str] | None:
        """What a pronoun points at: the last person or thing, or a more recent unknown name."""
        slot = "person" if pronoun.lower() in PERSON_PRONOUNS else "thing"
        known: tuple[str, str] | None = getattr(self, slot)
        if self.unknown and self._when.get("unknown", 0) > self._when.get(slot, 0):
            return self.unknown
        return known

    def descriptions(self, sentence: str, named: list[tuple[int, int, str]]) -> list[Description]:
        """Definite descriptions in ``sentence`` that point back to an entity named earlier.

        ``named`` holds the (start, end, entity) of names in the sentence: a description
        refers to the most recent compatible entity named before it, never to one named inside
        it ("the Microsoft-backed group" is not Microsoft).
        """
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(sentence):
            noun = m.group("noun").lower()
            inside = {e for s, _, e in named if m.start() <= s < m.end()}
            head = [e for s, end, e in named if m.start() <= s and
                    sentence[end:m.start("noun")].strip() == ""]
            if head and noun in self.descriptors(self._entities[head[-1]]):
                continue  # "the xAI company" is xAI, already named
            before = {e: 10_000 + s for s, _, e in named if s < m.start()}
            target = self._referent(noun, inside, before)
            if target:
                out.append(Description(m.start(), m.end(), target, bool(m.group("poss"))))
        return out

    def _referent(self, noun: str, inside: set[str], before: dict[str, int]) -> str | None:
        best: tuple[int, str] | None = None
        for entity_id, when in (*self._seen.items(), *before.items()):
            entity = self._entities.get(entity_id)
            if entity is None or entity_id in inside:
                continue
            nouns = self.descriptors(entity)
            if noun not in nouns:
                continue
            if best is None or when > best[0]:
                best = (when, entity_id)
        return best[1] if best else None
