"""What a clause leaves in the discourse for the clauses after it.

Owns: noting the names a clause gave and its subject (an aside's subject as named, not as
the subject a leading "It" continues; an unknown subject by its name), and what a line too
short to be a claim names (a section's label line opening on its party). Must not: read
subjects (``subjects``); it is told them, or finds a short line's names itself.
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


def note_short(context: Discourse, finder: EntityFinder, sentence: str) -> None:
    """A line too short to be a claim names what it names; a section's label line ("Acme:",
    "Google/Alphabet:") opens on the one party it names, as a sentence about it would, so
    that "the company" under it is that one, not the party of the section before."""
    found = finder.find(sentence)
    label = found[0] if sentence.rstrip().endswith(":") and \
        len({m.entity for m in found}) == 1 else None
    note_clause(context, finder, found, (label.entity, label.name) if label else None)
