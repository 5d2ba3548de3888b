"""Descriptions tied to one name by a hyphen: "the Jane Doe-led company", "the Acme-backed firm".

Owns: reading the one name a description is tied to ("<name>-led", "-run", "-backed", "-owned",
"-founded", ...) and naming the one entity of the description's noun that the store ties to
that name: a leader's organisation (the person's affiliation, else the objects of the store's
relation facts about the person: "Jane Doe is Acme's chief executive"), a founder's, backer's
or owner's company (those, the entities of the facts about the name, and the entities of the
noun whose facts name it). Also a role tied to the organisation named in it ("the Volta CEO":
the one person the store describes so who acts for Volta) and a noun tied to the names just
read ("BlackRock and Microsoft said ... The partnership": the one entity of that noun whose
facts name two of them at least). An entity the article has already named comes first; one the
article has not named is taken only when nothing else fits and the noun is one the store
records for it (or the tie is a leader's one organisation). Must not: read the store (it is
handed each entity's partners) or resolve descriptions tied to two names or more
(``relational.py`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from ..model import Entity

# The participles that tie a description to the name before them.
_LEADS = frozenset({"led", "run", "headed", "owned", "controlled", "chaired"})
# A headline capitalises it: "Volta-Backed Startup Raises $5 Billion".
_TIE = re.compile(r"-(?P<verb>(?i:led|run|headed|owned|controlled|chaired|backed|funded|founded|"
                  r"co-founded|financed|supported))(?![\w-])")


def tied_name(sentence: str, named: Sequence[tuple[int, int, str]], start: int,
              noun_at: int) -> tuple[str, str] | None:
    """The entity id a description (``start``-``noun_at``, before its noun) is tied to and
    the participle, when exactly one name inside it ends right before "-led" and the like."""
    ties = []
    for s, e, entity in named:
        if start <= s and e < noun_at:
            found = _TIE.match(sentence, e)
            if found:
                ties.append((entity, found.group("verb").lower()))
    return ties[0] if len(ties) == 1 else None


def tied_referent(tie: tuple[str, str], noun: str, entities: Mapping[str, Entity],
                  descriptors: Callable[[Entity], Collection[str]],
                  own: Callable[[Entity], Collection[str]],
                  partners: Callable[[str], frozenset[str]],
                  roles: Callable[[str], frozenset[str]], seen: Collection[str],
                  answering: Callable[[str], frozenset[str]]) -> str | None:
    """The one entity of ``noun`` that the store ties to the name of ``tie`` (see the module
    docstring); None when none or several fit, and the description is read as usual."""
    name_id, verb = tie
    name = entities.get(name_id)
    if name is None:
        return None
    leader = name.kind == "person"
    tied = [*name.affiliations, *sorted(roles(name_id))]
    if not (leader and verb in _LEADS):
        # a founder's, a backer's or an owner's: the entities of its facts, and those of
        # the noun whose own facts name it ("the Microsoft-backed partnership": the one
        # whose launch names Microsoft)
        tied += sorted(partners(name_id))
        tied += sorted(e for e in answering(noun) if name_id in partners(e))
    fits = [e for e in dict.fromkeys(tied) if e != name_id and (t := entities.get(e))
            is not None and t.kind != "person" and noun in descriptors(t)]
    named_before = [e for e in fits if e in seen]
    if named_before:
        return named_before[0] if len(named_before) == 1 else None
    if leader and len(fits) == 1 and verb in _LEADS:
        return fits[0]  # a leader's one organisation, by affiliation or role
    recorded = [e for e in fits if noun in own(entities[e])]
    return recorded[0] if len(recorded) == 1 else None


def role_holder(organisation: str, noun: str, entities: Mapping[str, Entity],
                answering: Callable[[str], frozenset[str]],
                roles: Callable[[str], frozenset[str]]) -> str | None:
    """The one person the store describes with ``noun`` ("CEO") who acts for
    ``organisation`` (affiliation or relation facts)."""
    fits = [p for p in answering(noun) if entities[p].kind == "person" and
            (organisation in entities[p].affiliations or organisation in roles(p))]
    return fits[0] if len(fits) == 1 else None


# Nouns that may name the tie of two parties just told ("Acme will invest in Zeta. The
# partnership ..."), not only a third thing both back.
_TIE_UP = frozenset({"partnership", "collaboration", "tie-up", "alliance", "pact"})


def of_recent(noun: str, recent: Collection[str], entities: Mapping[str, Entity],
              answering: Callable[[str], frozenset[str]],
              partners: Callable[[str], frozenset[str]],
              between: Callable[[frozenset[str]], bool] = lambda names: False) -> str | None:
    """The one entity, not among ``recent`` (the names of this sentence and the one
    before), that answers to ``noun`` by itself and whose facts name two organisations of
    them at least (people name no venture: its founders and its backers are others too).
    None for a noun that may name the tie itself after an event told ``between`` two of
    them ("Acme will invest in Zeta. The partnership ...")."""
    if noun in _TIE_UP and between(frozenset(recent)):
        return None
    firms = {e for e in recent if entities[e].kind == "organization"}
    fits = [e for e in answering(noun) if e not in recent and len(partners(e) & firms) >= 2]
    return fits[0] if len(fits) == 1 else None
