"""The organisation a description in a person's reported words names: "Huang said the company
would ship it this year" is the company Huang acts for.

Owns: finding the speaker of a "said (that)" right before a description (a person's name, or
a leading "He"/"She" already resolved) and naming the one organisation the store records the
person as acting for, when the description's noun fits it and no other entity it fits was
named in the sentence or the one before. Must not: read the store (it is handed the entities
and their nouns), resolve the pronoun itself (``discourse.py`` does), or name an organisation
the person has several of.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from ..model import Entity
from .lexicon import lazy
from .markers import REPORTS

# The words of saying between the speaker and the description: "said", "told analysts that".
_SAID = lazy(rf"\s+(?:{REPORTS}|told\s+[a-z]+|added|adds)\s+(?:that\s+)?$")
_LEADING = lazy(r"\s*(?:He|She)")  # the speaker is the sentence's leading pronoun


def speakers_organisation(sentence: str, named: Sequence[tuple[int, int, str]], start: int,
                          noun: str, entities: Mapping[str, Entity],
                          descriptors: Callable[[Entity], tuple[str, ...]],
                          pronoun: str | None, others: Collection[str]) -> str | None:
    """The organisation a description at ``start`` names when a person's words lead to it
    ("Jane Doe said the company ...", "She said the company ..."): the person's one
    affiliation, when ``noun`` fits it and none of ``others`` (the entities named in the
    sentence or the one before) does. ``pronoun`` is what a leading "He" or "She" means."""
    said = _SAID.search(sentence, max(0, start - 40), start)
    if said is None or said.end() != start:
        return None
    speaker = next((e for _, e_end, e in named if e_end == said.start()), None)
    if speaker is None and _LEADING.fullmatch(sentence, 0, said.start()):
        speaker = pronoun
    person = entities.get(speaker or "")
    if person is None or person.kind != "person" or len(person.affiliations) != 1:
        return None
    home = entities.get(person.affiliations[0])
    if home is None or noun not in descriptors(home) or any(
            e not in (home.id, person.id) and (other := entities.get(e)) is not None and
            noun in descriptors(other) for e in others):
        return None
    return home.id
