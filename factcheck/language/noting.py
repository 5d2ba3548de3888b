"""What a clause leaves in the discourse for the clauses after it.

Owns: noting the names a clause gave and its subject (an aside's subject as named, not as
the subject a leading "It" continues; an unknown subject by its name). Must not: read
names or subjects (``mentions``, ``subjects``); it is told them.
"""

from __future__ import annotations

from .discourse import PERSON_PRONOUNS, THING_PRONOUNS, Discourse
from .entities import Mention
from .mentions import EntityFinder


def note_clause(context: Discourse, finder: EntityFinder, local: list[Mention],
                subject: tuple[str, str] | None, aside: bool = False,
                unknown: bool = True) -> None:
    """The discourse keeps the names a clause gave and its subject, for what follows (an
    aside's subject is noted as named, not as the subject a leading "It" continues; an
    unknown subject of an absolute "with" phrase, not at all: "..., with Mubadala as its
    shareholder. It is ..." goes on with the sentence's subject)."""
    for m in local:
        context.note(m.entity, m.name, m.kind)
    if subject and subject[0]:
        entity = finder.entities.get(subject[0])
        context.note(subject[0], subject[1], entity.kind if entity else "thing")
        if not aside:
            context.note_subject(subject[0], subject[1], entity.kind if entity else "thing")
    elif unknown and subject and subject[1] and subject[1][0].isupper() and \
            subject[1].lower() not in PERSON_PRONOUNS | THING_PRONOUNS:
        context.note("", subject[1], "unknown")
