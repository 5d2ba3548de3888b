"""The names and descriptions of a sentence, and what the extractor reads them with.

Owns: ``EntityFinder`` (what the extractor is handed to find names), the mentions of a
sentence: the store's names plus the definite descriptions that point back to an earlier
one ("the consortium"), the one entity a heading names, the standalone form that names
what a clause only describes, and a clause with its mentions blanked (where an opinion word
is looked for: a description names, it does not judge). Must not: read the store or cut clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from ..model import Entity
from .discourse import Discourse
from .entities import Mention
from .named_parts import by_parts
from .relational import relational_descriptions


class EntityFinder(Protocol):
    entities: Mapping[str, Entity]
    partners: Callable[[str], frozenset[str]]  # the entities the store's facts about one name
    roles: Callable[[str], frozenset[str]]  # the objects of the relation facts about one name
    figures: Callable[[str], frozenset[float]]  # the money values of the facts about one name
    marks: Callable[[str], frozenset[str]]  # the places and partners of the facts about one

    def parts_of(self, owner: str) -> tuple[str, ...]: ...

    def find(self, text: str) -> list[Mention]: ...

    def qualified(self, text: str, mentions: list[Mention]) -> list[Mention]: ...


def with_descriptions(sentence: str, finder: EntityFinder, context: Discourse,
                      raw: str | None = None) -> list[Mention]:
    """Names in the sentence, plus the definite descriptions that point back to an earlier
    one ("the consortium"); a name inside a description ("the Microsoft-backed group") is a
    modifier of it, not a party to the claim; a surname of a person named in full before
    ("Son said"), whose reporting verb ``raw`` (the sentence before blanking) still shows."""
    mentions = finder.find(sentence)
    # "Son said" after "Masayoshi Son": the person the article named in full
    mentions = sorted(mentions + context.surnames.find(sentence, mentions, raw),
                      key=lambda m: m.start)
    # "Ampere has become ..." after "Ampere Computing": the firm the article named in full
    mentions = sorted(mentions + context.short_names.find(sentence, mentions),
                      key=lambda m: m.start)
    context.surnames.note(sentence, mentions)
    context.short_names.note(sentence, mentions)
    named = [(m.start, m.end, m.entity) for m in mentions]
    by_partners = relational_descriptions(sentence, named, context.nouns_in(sentence),
                                          finder.entities, context.answering, finder.partners,
                                          finder.figures)
    by_partners += context.own_versions(sentence, named)
    found = by_partners + [d for d in context.descriptions(sentence, named) if not any(
        r.start <= d.start < r.end or d.start <= r.start < d.end for r in by_partners)]
    kept = [m for m in mentions if not any(d.start <= m.start < d.end for d in found)]
    for d in found:
        entity = finder.entities[d.entity]
        kept.append(Mention(d.start, d.end, d.entity, entity.kind, entity.name,
                            described=True, possessive=d.possessive, by_noun=d.by_noun))
    # "its Arizona plans" once TSMC is named: TSMC Arizona; "Stargate in Abu Dhabi": the
    # part the store calls Stargate UAE, unless the sentence names the part apart ("Stargate
    # ..., with the UAE facility ...": the owner stays the owner)
    return sorted(by_parts(sentence, kept + finder.qualified(sentence, kept), finder),
                  key=lambda m: m.start)


def named_in(standalone: str, text: str, mentions: list[Mention], finder: EntityFinder) -> str:
    """The standalone form names what the clause only describes: "the consortium" -> "AIP"."""
    for m in mentions:
        if m.described:
            phrase = text[m.start:m.end]
            name = m.name + ("'s" if m.possessive else "")
            if phrase in standalone:
                standalone = standalone.replace(phrase, name, 1)
    return standalone


def blanked(text: str, mentions: list[Mention]) -> str:
    """``text`` with the words of ``mentions`` blanked out, its length kept."""
    if not mentions:
        return text
    chars = list(text)
    for m in mentions:
        start, end = max(m.start, 0), min(m.end, len(text))
        if end > start:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def named_by(heading: str, finder: EntityFinder, context: Discourse,
             opening: bool = False) -> tuple[str, str] | None:
    """The one entity a heading names or describes ("Webb at a glance", "The canal in
    figures"): what a table under it is about. ``opening``: only when the heading opens
    with it, as its subject ("Zeta's Build-Out Surges", not "Musk and Zeta, same club"):
    a headline's, which a table under a heading naming no one is about, rather than a
    customer the body happened to name more often."""
    mentions = with_descriptions(heading, finder, context)
    things = {m.entity for m in mentions if m.kind != "person"}
    first = min(mentions, key=lambda m: m.start, default=None)
    if len(things) != 1 or opening and (
            first is None or first.entity not in things or
            heading[:first.start].strip(" \"'\u201c\u2018")):
        return None
    entity = finder.entities[things.pop()]
    return entity.id, entity.name
