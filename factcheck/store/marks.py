"""The places and partners the store's facts give one name: what tells a named part from
its owner.

Owns: reading, for one entity, the marks (places, peoples, coded names: ``language.
named_parts.marks_in``) of the statements of the facts whose subject it is, for the language
stage to tell "Stargate" told with "Abu Dhabi" as the part the store calls "Stargate UAE".
Must not: judge a claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..language.named_parts import marks_in
from ..model import Fact


def fact_marks(facts_about: Callable[[Iterable[str]], list[Fact]]
               ) -> Callable[[str], frozenset[str]]:
    """The marks of each entity's own facts, read once per entity."""
    kept: dict[str, frozenset[str]] = {}

    def marks(entity_id: str) -> frozenset[str]:
        found = kept.get(entity_id)
        if found is None:
            found = kept[entity_id] = frozenset().union(*(
                marks_in(f.statement) for f in facts_about((entity_id,))
                if f.subject == entity_id))
        return found
    return marks
