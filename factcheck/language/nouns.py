"""The nouns a store's entities answer to in an article ("the company", "the telescope").

Owns: each entity's own nouns (the descriptors the store gives it and the head noun of its
name), the nouns any entity of a kind takes, the pattern that finds any of them in a
sentence, and making all that once per store's entities rather than once per article (a
million-fact store has 62,500 entities: walking them was most of the time a short article
took to check). Must not: resolve what a description refers to (``discourse.py``) or read
the store (it is handed the entities).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Entity
from .lexicon import alternation, lowered_text

# Nouns any entity of a kind answers to, besides the descriptors the store gives it.
KIND_DESCRIPTORS: dict[str, frozenset[str]] = {
    "organization": frozenset({"company", "firm", "group", "business", "corporation",
                               "giant"}),
    "project": frozenset({"project", "initiative", "venture", "effort"}),
    "product": frozenset({"product"}),
    "place": frozenset({"city", "site"}),
}
MAKER = frozenset({"maker", "developer", "creator", "owner", "operator", "parent"})
# After a product's name, a firm's noun names its maker too: "the ChatGPT company" is OpenAI
# (never "the company of ChatGPT": only ``MAKER`` nouns name a maker after "of").
PRODUCT_FIRM = MAKER | frozenset({"company", "firm", "startup", "start-up"})

# Last words of a name that are no noun an article refers back with ("the capital" is no
# Thrive Capital; "the partners" are no one firm).
_NOT_HEADS = frozenset("""capital ventures partners holdings associates labs systems
technologies group inc corp ltd llc co company corporation""".split())
_KEPT = 4  # the stores whose nouns are kept (a process checks against one or a few)


def name_heads(entity: Entity) -> tuple[str, ...]:
    """The head nouns of an entity's names: the last word of a name of several words, in
    lower case ("James Webb Space Telescope" -> "telescope", "Panama Canal" -> "canal").
    Never of a person, a plural, a number or a word too short to be a noun, nor of a phrase
    that opens in lower case ("expanded canal" is no name, and "the canal" not it)."""
    if entity.kind == "person":
        return ()
    heads = []
    for name in (entity.name, *entity.aliases):
        words = name.split()
        last = words[-1].lower() if len(words) > 1 and words[0][:1].isupper() else ""
        if last.isalpha() and len(last) >= 4 and not last.endswith("s") and \
                last not in _NOT_HEADS:
            heads.append(last)
    return tuple(dict.fromkeys(heads))


# The word that ends a full title after its role noun: "chief executive officer", read
# whole, so that the name after the title is the title's own ("Nvidia's Chief Executive
# Officer Jensen Huang").
_OFFICER = (r"(?:(?:(?<=executive)|(?<=financial)|(?<=operating)|(?<=technology)|"
            r"(?<=Executive)|(?<=Financial)|(?<=Operating)|(?<=Technology))\s+(?:officer|"
            r"Officer))?")


class EntityNouns:
    """The nouns of one store's entities (an id is one entity)."""

    def __init__(self, entities: Mapping[str, Entity]) -> None:
        self._entities = entities
        self._answering: dict[str, frozenset[str]] | None = None  # made when first asked
        self._own: dict[str, tuple[str, ...]] = {}
        self._descriptors: dict[str, tuple[str, ...]] = {}
        nouns: set[str] = set(MAKER)
        for entity in entities.values():
            nouns |= set(self.descriptors(entity))
        stored = {d.lower() for e in entities.values() for d in e.descriptors}
        # Head nouns of names that no entity has as a descriptor of its own.
        self.heads = frozenset(h for e in entities.values() for h in name_heads(e)) - stored
        # No plurals: "the two companies" is not one of them. Longest first; the same order
        # in every process (not the set's), so the pattern is the one compiled last run.
        words = sorted(nouns, key=lambda word: (-len(word), word))
        alternatives = "|".join(map(re.escape, words))
        # Nouns first (one pass over the sentence), then the determiner before each: far
        # cheaper than one pattern that tries every modifier at every "the".
        self.pattern = re.compile(
            rf"(?<![\w-])(?P<noun>(?i:{alternatives})){_OFFICER}(?P<poss>'s|’s)?(?![\w-])"
        ) if words else None
        # The same without the case flag, over the lowered sentence: three times faster, as
        # ``lexicon.FoldedPattern`` tells (for nouns in ASCII, lowered as the flag compares),
        # and three times again with the nouns put together by their first letters.
        self._folded = re.compile(
            rf"(?<![\w-])(?P<noun>{alternation(w.lower() for w in words)}){_OFFICER.lower()}"
            rf"(?P<poss>'s|’s)?(?![\w-])") if words and alternatives.isascii() else None
        self._last: tuple[str, tuple[re.Match[str], ...]] | None = None

    def find(self, sentence: str) -> tuple[re.Match[str], ...]:
        """``pattern.finditer(sentence)``; the last sentence's are kept, as the descriptions
        by partners and those pointing back each read every sentence in turn."""
        if self._last is None or self._last[0] != sentence:
            self._last = (sentence, self._find(sentence))
        return self._last[1]

    def _find(self, sentence: str) -> tuple[re.Match[str], ...]:
        if self.pattern is None:
            return ()
        lowered = lowered_text(sentence) if self._folded else None
        if self._folded is None or lowered is None:
            return tuple(self.pattern.finditer(sentence))
        found = []
        for folded in self._folded.finditer(lowered):
            # Where the lowered sentence matches, the sentence itself does, to the same end,
            # but for what lowering hides: "'S" is no possessive. Then the slow way.
            own = self.pattern.match(sentence, folded.start())
            if own is None or own.end() != folded.end():
                return tuple(self.pattern.finditer(sentence))
            found.append(own)
        return tuple(found)

    def descriptors(self, entity: Entity) -> tuple[str, ...]:
        """Every noun the entity answers to: its own and those of its kind."""
        found = self._descriptors.get(entity.id)
        if found is None:
            found = self._descriptors[entity.id] = (
                *self.own(entity), *sorted(KIND_DESCRIPTORS.get(entity.kind, ())))
        return found

    def answering(self, noun: str) -> frozenset[str]:
        """The ids of the entities that answer to ``noun`` by themselves (``own``): looked up
        in an index made once per store, so a description costs the same in a store of a
        million entities as in one of a hundred (it went through every entity before)."""
        if self._answering is None:
            index: dict[str, set[str]] = {}
            for entity in self._entities.values():
                for word in self.own(entity):
                    index.setdefault(word, set()).add(entity.id)
            self._answering = {word: frozenset(ids) for word, ids in index.items()}
        return self._answering.get(noun, frozenset())

    def own(self, entity: Entity) -> tuple[str, ...]:
        """The nouns an entity answers to by itself: the descriptors the store gives it and
        the head noun of its name ("the telescope" for the James Webb Space Telescope)."""
        found = self._own.get(entity.id)
        if found is None:
            found = self._own[entity.id] = (*(d.lower() for d in entity.descriptors),
                                            *name_heads(entity))
        return found


# id of an entity mapping -> the mapping (held, so its id is not reused), its size when the
# nouns were made, and the nouns.
_MADE: dict[int, tuple[Mapping[str, Entity], int, EntityNouns]] = {}


def entity_nouns(entities: Mapping[str, Entity]) -> EntityNouns:
    """The nouns of ``entities``, made the first time a mapping is asked for (again when it
    has grown since)."""
    made = _MADE.get(id(entities))
    if made is not None and made[0] is entities and made[1] == len(entities):
        return made[2]
    nouns = EntityNouns(entities)
    if len(_MADE) >= _KEPT:
        del _MADE[next(iter(_MADE))]
    _MADE[id(entities)] = (entities, len(entities), nouns)
    return nouns
