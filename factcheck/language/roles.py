"""The parts names play in a claim besides its subject.

Owns: who owns what ("Elon Musk's xAI"), whose measure a figure is ("AMD's Instinct
revenue"), the organisation a person acts for, and which names only locate a claim ("in
Memphis"). Must not: read the store beyond the entity index it is handed, or decide a
verdict.
"""

from __future__ import annotations

import re
from typing import Protocol

from ..model import Entity
from .entities import Mention


class EntityIndex(Protocol):
    entities: dict[str, Entity]


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|across|around|of)\s+(?:the\s+)?$",
                       re.IGNORECASE)

def owners(text: str, mentions: list[Mention]) -> tuple[tuple[str, str], ...]:
    """(owner, owned) for each name in the possessive before another ("Elon Musk's AI
    company xAI", "Microsoft's Azure")."""
    out = []
    for owner, head in zip(mentions, mentions[1:], strict=False):
        between = text[owner.end:head.start]
        if re.search(r"(?:'s|’s)$", text[owner.start:owner.end]) and \
                len(between.split()) <= 3 and not re.search(r"[,;]", between):
            out.append((owner.entity, head.entity))
    return tuple(out)


def incidental(text: str, mentions: list[Mention], names: list[str],
                finder: EntityIndex) -> tuple[str, ...]:
    """Names that locate the claim rather than take part in it: a place the store knows,
    and a name after "in" or "at" ("in San Jose") that owns nothing."""
    out: list[str] = []
    for m in mentions:
        entity = finder.entities.get(m.entity)
        if entity and entity.kind == "place":
            out.append(m.entity)
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        end = at + len(name)
        if _LOCATIVE.search(text[:at]) and not re.match(r"(?:'s|’s)", text[end:end + 2]):
            out.append(name)  # "in San Jose", not "in Vanguard's fund"
    return tuple(dict.fromkeys(out))


def agent_of(subject: str | None, finder: EntityIndex) -> str | None:
    """The organisation a person acts for, when the store records one."""
    entity = finder.entities.get(subject) if subject else None
    return entity.affiliation if entity and entity.kind == "person" else None


def possessor(text: str, mentions: list[Mention], subject: str | None) -> str | None:
    """The owner named just before the subject: "AMD's Instinct" -> AMD."""
    for owner, head in zip(mentions, mentions[1:], strict=False):
        if head.entity == subject and re.search(r"(?:'s|’s)$", text[owner.start:owner.end]) \
                and not text[owner.end:head.start].strip():
            return owner.entity
    return None
