"""Descriptions owned by a pronoun or a name: "their joint venture", "its chatbot", "its own
version of Parrot", "OpenAI's chatbot".

Owns: reading "its"/"their" and up to three modifiers before a noun that the store records
for an entity of its own ("joint venture" for a venture three companies set up, "chatbot"
for a company's product), and naming the one such entity the article has already named
that belongs to the pronoun's owner: the owner's product ("OpenAI launched ChatGPT ... its
chatbot"), or the venture of the owners ("A, B and C unveiled Stargate ... Their joint
venture"). "Its" is the last thing named before it in the sentence, else the last thing of
the article; "their", the things named before it in the sentence, else those of the
sentence before. And "its own version of Parrot" (or "Zeta's own rival to Parrot"): the
owner's product of the kind Parrot is, not Parrot. Must not: read the store (it is handed
each entity's partners) or guess: no entity, or several, that fit name no one, and the
pronoun is read as before. A name's possessive ("OpenAI's chatbot", "Nadella's company")
names the owner's one thing of that noun, or the organisation a person acts for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from ..model import Entity
from .gates import gated
from .lexicon import lazy
from .unnamed import MODIFIER

_OWNER = gated(re.compile(r"\b(?P<pron>[Ii]ts|[Tt]heir)\s+(?P<mods>(?:(?!(?:the|a|an|of|and|or|"
                          r"to|in|on|for|by|with|is|was|are|were)\b)[\w.&'’-]+\s+){0,3}?)$"))

# "its own version of Parrot", "Zeta's own answer to Parrot": the owner's product of the
# kind the named one is, not the named one.
_OWN_VERSION = re.compile(r"(?:\b(?P<pron>[Ii]ts|[Tt]heir)|(?P<poss>['’]s))\s+(?P<own>own)\s+"
                          r"(?:version|rival|answer|take|equivalent|alternative|competitor|"
                          r"challenger)\s+(?:of|to)\s+(?:the\s+)?$")
_NAMED_AFTER = lazy(r"\s*,?\s*(?:(?:the|a|an)\s+)?")
# A name of its own after a comma ("its next accelerator, the MI355X,"), known or not.
_APPOSITIVE = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?[A-Z0-9]")
# A name of its own among the modifiers ("its Grok-3 model"): that thing, not one named before
# (an acronym such as "AI" is no name).
_OWN_NAME = re.compile(r"\b[A-Z][a-z]")
# Words that set the thing apart from the one named before: "its next chip", "their new
# venture", "its own chatbot".
_ANOTHER = re.compile(r"\b(?:next|new|newer|newest|latest|upcoming|own|first|previous|former|"
                      r"second|third|other|rival|future|planned|proposed|successor|last)\b",
                      re.IGNORECASE)


def pronoun_owned(sentence: str, named: Sequence[tuple[int, int, str]], found: re.Match[str],
                  entities: Mapping[str, Entity], answering: Callable[[str], frozenset[str]],
                  partners: Callable[[str], frozenset[str]], seen: Collection[str],
                  last_things: Callable[[int], Collection[str]]) -> tuple[int, str] | None:
    """Where the description of ``found`` (a noun match, group ``noun``) starts and the
    entity it names, or None. ``last_things(n)`` gives the things the article named last:
    the one "its" means (n=1) or those "their" means (n=2 or more)."""
    lead = _OWNER.search(sentence, max(0, found.start() - 50), found.start())
    if lead is None or found.group("poss") or _ANOTHER.search(lead.group("mods")) or \
            _OWN_NAME.search(lead.group("mods")) or _APPOSITIVE.match(sentence, found.end()):
        return None
    if any(_NAMED_AFTER.fullmatch(sentence, found.end(), s) for s, _, _ in named
           if s >= found.end()):
        return None  # "its chatbot, Claude,": the name follows and says which
    plural = lead.group("pron").lower() == "their"
    before = [e for s, _, e in named if s < lead.start() and
              (t := entities.get(e)) is not None and t.kind != "person"]
    if plural:
        owners = set(before) if len(set(before)) >= 2 else set(last_things(2))
    else:
        owners = {before[-1]} if before else set(last_things(1))
    if not owners:
        return None
    noun = found.group("noun").lower()
    fits = [e for e in sorted(answering(noun)) if e in seen and
            (t := entities.get(e)) is not None and t.kind != "person" and
            _belongs(set(t.affiliations) | partners(e), owners - {e}, plural)]
    return (lead.start("pron"), fits[0]) if len(fits) == 1 else None


# A name's possessive before a description: "OpenAI's chatbot", "Nadella's company".
_OWNER_LEAD = re.compile(rf"['’]s\s+(?P<mods>{MODIFIER})$")


def name_owned(sentence: str, named: Sequence[tuple[int, int, str]], found: re.Match[str],
               entities: Mapping[str, Entity],
               descriptors: Callable[[Entity], Collection[str]],
               own: Callable[[Entity], Collection[str]],
               seen: Collection[str]) -> tuple[int, str] | None:
    """A possessive description (where it starts, and the entity): what the owner named
    before it has of this noun. "OpenAI's chatbot" is the one product of OpenAI the store
    calls a chatbot, "SoftBank's chief executive" its one person so described; "Nadella's
    company" is the company a person acts for. Nothing when the owner has none, or several,
    that fit."""
    lead = _OWNER_LEAD.search(sentence, max(0, found.start() - 60), found.start())
    if lead is None:
        return None
    if any(re.fullmatch(r"\s*,?\s*", sentence[found.end():s]) for s, _, _ in named
           if s >= found.end()):
        return None  # "GIP's chairman, Bayo Ogunlesi,": the name follows
    owner = next((e for _, e_end, e in named if e_end == lead.start() + 2), None)
    if owner is None:
        return None
    noun = found.group("noun").lower()
    entity = entities[owner]
    if entity.kind == "person":
        # the organisation of the person's that the noun describes ("Musk's company")
        fits = [home.id for a in entity.affiliations if (home := entities.get(a))
                and noun in descriptors(home)]
    else:
        # "Nvidia's chips" are its chips at large, unless the story has named its one
        # product called a chip already
        fits = [e.id for e in entities.values() if owner in e.affiliations and
                noun in own(e) and not (e.kind == "product" and _plural_of(noun, own(e))
                                        and e.id not in seen)]
    if len(fits) != 1 or any(e == fits[0] for s, _, e in named if s < lead.start()):
        return None  # "Lisa Su became AMD's chief executive": her role, said of her
    return lead.start("mods"), fits[0]


def _plural_of(noun: str, nouns: Collection[str]) -> bool:
    """Is ``noun`` the plural of another of ``nouns`` ("chips" beside "chip")?"""
    return noun.endswith("s") and noun[:-1] in nouns


def _belongs(ties: set[str], owners: set[str], plural: bool) -> bool:
    """Is a thing tied to ``ties`` theirs: one owner's, or two owners' at least for
    "their" (a venture of the companies named with it)?"""
    return len(ties & owners) >= (min(2, len(owners)) if plural else 1) and bool(owners)


def own_versions(sentence: str, named: Sequence[tuple[int, int, str]],
                 entities: Mapping[str, Entity], own: Callable[[Entity], Collection[str]],
                 last_thing: str) -> list[tuple[int, int, str]]:
    """Where each "its own version of Parrot" starts and ends, and the one entity of the
    owner's that answers to a noun of Parrot's own ("chatbot"). The owner of "its" is the
    last thing named before it in the sentence, else ``last_thing``. Nothing when no
    entity, or several, fit."""
    out = []
    for start, end, entity_id in named:
        found = _OWN_VERSION.search(sentence, max(0, start - 60), start)
        model = entities.get(entity_id)
        if found is None or model is None:
            continue
        if found.group("poss"):  # the owner's name stays: "Zeta's Quill"
            owner = next((e for _, e_end, e in named if e_end == found.end("poss")), None)
            at = found.start("own")
        else:
            before = [e for s, _, e in named if s < found.start() and
                      (t := entities.get(e)) is not None and t.kind != "person"]
            owner = before[-1] if before else last_thing
            at = found.start("pron")
        kinds = set(own(model))
        fits = [e.id for e in entities.values() if owner and e.id != entity_id and
                owner in e.affiliations and kinds & set(own(e))]
        if len(fits) == 1:
            out.append((at, end, fits[0]))
    return out
