"""One claim per conjunct of a listed object: "acquired Globex and Hooli" says two things.

Owns: finding a list of two names, or of years, that a clause's verb takes as its object or
time ("surpassing Microsoft and Apple", "invested in 2019 and 2021"), and making one part per
member, said in full with the others left out, so a true statement about one member is
settled even when the store knows nothing of the other. Not a list that is the clause's
subject, one that shares a sum before it ("invested $13 billion in A and B"), one whose
members stand in a relation to each other ("between A and B", "the merger of A and B"), one
that owns what follows it ("A and B's unit"), nor parties acting together (the agents of a
passive, "founded by A and B", or a longer list), which the rules read whole. Must not:
know the store or judge; it is handed the clause's claim, its names and a reader
(``figure_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Claim
from .clause_spans import Clause
from .entities import Mention
from .gates import gated
from .lexicon import lazy

_MEMBER = r"(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}|(?:19|20)\d\d)"
_LIST = gated(re.compile(rf"\b(?P<list>{_MEMBER}(?:, {_MEMBER}){{0,2}},? (?:and|&) {_MEMBER})"
                   # what may follow the list: an end, or a word that opens a phrase of its own
                         r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:in|on|at|for|with|by|to|from|as|after|"
                         r"before|during|since|driven|while|when|which|who|that|last|this|earlier)\b)"))
_MEMBERS = lazy(r",? (?:and|&) |, ")
# Before the list: a relation of its members ("between", "the merger of"), not a verb's
# object or time.
# The agents of a passive ("founded by A and B", "backed by A and B") act jointly: the list
# is read whole (``rules/parties``).
_RELATION_BEFORE = re.compile(r"\b(?:between|among|amongst|merg\w*|combin\w*|of|versus|vs\.?|"
                              r"and|or|with|both|either|neither|by)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# The list follows its verb or preposition directly ("acquired A and B", "in 2019 and
# 2021"), not a comma: "its founders, A and B" lists who the founders are.
_TAKEN = lazy(r"\b[a-z][\w-]*\s+$")
_YEAR = lazy(r"(?:19|20)\d\d")
# One sum the list shares: "invested $13 billion in A and B", "committed $5 billion to A and
# B" (a figure before the preposition that opens the list): each member got a part of it,
# not the whole, so the clause is read whole.
_SHARED_SUM = lazy(r"\d[\d.,]*\s*(?:[a-z]+\s+)?(?:in\s+)?(?:[a-z-]+\s+){0,3}(?:in|into|to|on)\s+$",
                   re.IGNORECASE)
_MAX_BEFORE = 200  # characters looked back for a verb before the list


def conjunct_parts(text: str, clause: Clause, whole: Claim, mentions: list[Mention],
                   unknown: tuple[str, ...], predicate_at: int,
                   read: Callable[[Clause, str], Claim]) -> tuple[Claim, ...]:
    """One part per member of the one list of names or years that the clause's verb takes,
    or none. ``text`` is the clause, ``mentions`` its names (offsets in ``text``),
    ``predicate_at`` where its predicate starts; ``read`` reads the clause said as given."""
    lists = [m for m in _LIST.finditer(text) if m.start() >= max(predicate_at, 1)]
    if len(lists) != 1:
        return ()
    found = lists[0]
    before = text[max(0, found.start() - _MAX_BEFORE):found.start()]
    if _RELATION_BEFORE.search(before) or not _TAKEN.search(before) or \
            _SHARED_SUM.search(before[-60:]):
        return ()
    members = _MEMBERS.split(found.group("list"))
    years = [bool(_YEAR.fullmatch(m)) for m in members]
    if len(set(members)) != len(members) or any(years) and not all(years) or \
            len(members) > 2 and not all(years):
        return ()  # a longer list of names is a party list, read whole
    at = found.start("list")
    spans, offset = [], at
    for member in members:
        start = text.index(member, offset)
        spans.append((start, start + len(member)))
        offset = start + len(member)
    entities = []
    for start, end in spans:
        inside = [m.entity for m in mentions if start <= m.start < end]
        name = text[start:end]
        if not years[0] and not inside and name not in unknown:
            return ()  # a capitalised word that is no name of the claim ("Series C")
        entities.append(inside)
    if found.group("list") not in whole.standalone:
        return ()
    parts = []
    for index, member in enumerate(members):
        said = whole.standalone.replace(found.group("list"), member, 1)
        part = read(clause, said)
        others = {e for i, inside in enumerate(entities) if i != index for e in inside}
        kept = {e for i, inside in enumerate(entities) if i == index for e in inside} | {
            m.entity for m in mentions if not at <= m.start < found.end("list")}
        dropped = others - kept
        names = [n for n in part.unknown_names if n == member or n not in members]
        parts.append(replace(part, id=f"{whole.id}.{index + 1}",
                             entities=tuple(e for e in part.entities if e not in dropped),
                             named=tuple(e for e in part.named if e not in dropped),
                             unknown_names=tuple(names)))
    return tuple(parts)


# A list of parties that opens the clause and a word that says each did it on its own:
# "Microsoft and SoftBank have both invested", "A, B and C each put in $1 billion".
_DISTRIBUTED = gated(re.compile(rf"^(?P<list>{_MEMBER}(?:, {_MEMBER}){{0,2}},? (?:and|&) {_MEMBER})"
                                r"(?P<aux>\s+(?:have|has|had|were|are|will|would))?"
                                r"\s+(?P<each>both|each|all|separately)\b\s*"))


# A plural verb said of one party: "A and B have invested" -> "A has invested".
SINGULAR = {"have": "has", "were": "was", "are": "is"}


def distributed_parts(text: str, clause: Clause, whole: Claim, mentions: list[Mention],
                      read: Callable[[Clause, str], Claim]) -> tuple[Claim, ...]:
    """One part per party of a list that is the clause's subject when the clause says each
    acted on its own ("both", "each"): "Microsoft and SoftBank have both invested in OpenAI"
    says it of Microsoft and of SoftBank, which the store may record in a fact each."""
    found = _DISTRIBUTED.match(text)
    if found is None or found.group("list") not in whole.standalone:
        return ()
    members = _MEMBERS.split(found.group("list"))
    named = []
    offset = 0
    for member in members:
        start = text.index(member, offset)
        offset = start + len(member)
        inside = [m for m in mentions if start <= m.start < offset]
        if len(inside) != 1:
            return ()  # every party a name the store knows, one each
        named.append(inside[0])
    if len({m.entity for m in named}) != len(named):
        return ()
    rest = whole.standalone[whole.standalone.index(found.group("list")) + len(
        found.group("list")):]
    # "have both invested" said of one: "has invested"
    rest = re.sub(r"^(\s+(?:have|has|had|were|are|will|would))?\s+(?:both|each|all|"
                  r"separately)\b", lambda m: _singular(m.group(1) or ""), rest, count=1)
    prefix = whole.standalone[:whole.standalone.index(found.group("list"))]
    parts = []
    others = {m.entity for m in named}
    for index, (member, mention) in enumerate(zip(members, named, strict=True)):
        parts.append(one_party(read(clause, f"{prefix}{member}{rest}"),
                               f"{whole.id}.{index + 1}", mention, others))
    return tuple(parts)


def _singular(verb: str) -> str:
    """A verb (with its blank) said of one party: " have" -> " has"."""
    word = verb.strip()
    return f" {SINGULAR[word]}" if word in SINGULAR else verb


def one_party(part: Claim, part_id: str, mention: Mention, others: set[str]) -> Claim:
    """A part said of one party of a list (``others`` are the list's entities): that party
    is its subject, and the others' names are no longer among its entities."""
    dropped = others - {mention.entity}
    return replace(part, id=part_id, subject=mention.entity, subject_name=mention.name,
                   entities=tuple(dict.fromkeys((mention.entity, *(
                       e for e in part.entities if e not in dropped)))),
                   named=tuple(e for e in part.named if e not in dropped))
