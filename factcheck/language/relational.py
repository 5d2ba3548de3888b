"""Descriptions that name an entity by its partners: "a fund backed by Acme and Globex".

Owns: finding a description whose noun the store records for some entity and whose words name
that entity's partners ("an investment group backed by A and B", "a A and B-backed fund", "the
partnership A and B started", "a venture between A and B", "a consortium set up with A, B and
C", "a group that includes A and B", "a project from A, B and C", a headline's "$500 billion
project from A, B, C" with no article), and naming the one entity whose partners include every
one of them. At least two partners are needed, and exactly one entity must fit: one partner, or
two entities that share the partners, name no one. Must not: read the store (it is handed each
entity's partners, the entities the store's facts about it name) or resolve plain descriptions
(``discourse.py`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Entity, Kind
from .definites import Description
from .gates import gated
from .lexicon import lazy
from .markers import PREDICATE_ADVERBS
from .nouns import KIND_DESCRIPTORS
from .quantities import find_quantities

Named = Sequence[tuple[int, int, str]]  # (start, end, entity id) of each name in a sentence

# The verbs and prepositions that tie a description to the parties behind it.
_TIE = (r"(?:(?:which|that)\s+(?:was|is|were|are|has\s+been)\s+)?"
        r"(?:(?:backed|led|built|set\s+up|started|formed|founded|co-founded|created|launched|"
        r"steered|run|spearheaded|established|funded|unveiled)\s+"
        r"(?:(?:in|on|last)\s+[\w.]+(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?\s+)?(?:by|with)|"
        r"between|with|from|"
        # the members it counts: "a group that includes A and B", "including A and B"
        r"(?:(?:which|that)\s+)?(?:includes|included|include|comprises|comprised)|including|"
        r"comprising|involving|whose\s+(?:members|partners|backers|founders)\s+(?:include|"
        r"included|are|were))\s+")
_TIE_AFTER = re.compile(_TIE, re.IGNORECASE)
# A participle set off by a comma names the parties of the description before it ("a new joint
# venture, involving A, B and C, ..."), in a clause of its own: the description is its noun.
_SET_OFF_TIE = re.compile(r",\s+(?=(?:backed|led|funded|involving|including|which\s+(?:includes|"
                          r"included|comprises|comprised))\s)", re.IGNORECASE)
# "that A and B set up", "A and B started": the partners before their verb.
_VERB_AFTER_NAMES = re.compile(r"\s*(?:set\s+up|started|formed|founded|co-founded|created|"
                               r"launched|built|backed|unveiled|announced|established)\b")
_WHEN = lazy(r"\s+(?:(?:in|on|last|this|earlier\s+this)\s+[\w.]+(?:\s+\d{1,2},?)?"
             r"(?:\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d)")
_PREDICATE = lazy(r"\b(?:is|was|are|were|became|becomes|remains|remained|as)\s+"
                  + PREDICATE_ADVERBS + "$", re.IGNORECASE)
_HYPHEN_TIE = gated(re.compile(r"-(?:backed|led|founded|funded|owned|run)\b"))
_DETERMINER = lazy(r"\b(?:a|an|the|this)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+|\s*&\s*)")
_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")
# A place or owner before a name in a list: "Abu Dhabi's MGX".
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+")
# The words a description may hold between its determiner and its noun besides names: "a
# BlackRock and Microsoft-backed infrastructure fund", "the $500 billion data-center venture":
# up to eight, each of word characters and "$.,'’-", each followed by blanks.
PREMODIFIERS = 8
_PREMODIFIER_MARKS = frozenset("_$.,'’-")


def premodifiers_start(text: str, start: int, end: int) -> int:
    r"""Where the words before ``end`` that may premodify a noun begin (at ``start`` the
    earliest): the start of the ``(?:[\w$.,'’-]+\s+){0,8}?$`` searched from ``start`` to
    ``end``, found walking back from ``end`` word by word (a word and its blanks are runs of
    characters no word shares with a blank, so the words are found one way only), five
    times faster than the engine, which tries every place from ``start`` on."""
    earliest = at = end
    for _ in range(PREMODIFIERS):
        blanks = start + len(text[start:at].rstrip())  # str.isspace is the pattern's \s
        if blanks == at:
            break  # no blank ends here: no word either
        word = blanks
        while word > start and (text[word - 1].isalnum() or text[word - 1] in _PREMODIFIER_MARKS):
            word -= 1
        if word == blanks:
            break
        earliest = at = word
    if earliest == end and start < end and text[end - 1] == "\n":
        return end - 1  # "$" also matches before a newline that ends the text
    return earliest


# The partners as the subject of the verb that brings a description in: "A and B are set to
# launch a $30 billion fund", "A, B And C Team Up For $500B AI Initiative" (a headline drops
# the article). What follows the verb up to the noun is the description's; a sum in it
# stays outside, said of the entity ("a $30 billion <fund>").
_LAUNCHED = re.compile(
    r"\s+(?:(?:are|is|were|was|will|have|has|had)\s+)?(?:(?:set|expected|poised|planning|"
    r"preparing|about|going)\s+to\s+|(?:plan|plans|aim|aims)\s+to\s+|to\s+|will\s+)?"
    r"(?i:launch(?:es|ed|ing)?|form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|"
    r"start(?:s|ed|ing)?|set\s+up|establish(?:es|ed|ing)?|"
    r"announc(?:e|es|ed|ing)\s+plans?\s+(?:for|to\s+(?:launch|form|create|build))|"
    r"team(?:s|ed|ing)?\s+up\s+(?:for|on|to\s+(?:launch|form|create))|"
    r"join(?:s|ed|ing)?\s+forces\s+(?:for|on|to\s+(?:launch|form|create))|"
    r"partner(?:s|ed|ing)?\s+(?:on|for|to\s+(?:launch|form|create))|"
    r"collaborat(?:e|es|ed|ing)\s+(?:on|to\s+(?:launch|form|create)))"
    r"\s+(?P<article>(?:an?\s+)?)(?:(?:a|an|the|new)\s+)*(?P<mods>(?:[\w$.,'’-]+\s+){0,6}?)$")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,5})\)")
_SUM = re.compile(r"[$€£]\s?\d[\d.,]*(?:\s?(?:(?i:billion|million|trillion)|bn|[bmtBMT])\b)?\s*")
_DETERMINER = lazy(r"\b(?:a|an|the|this)\s+", re.IGNORECASE)
# A sum that opens a description with no determiner, up to three words before its noun.
_SUM_OPENS = lazy(r"(?<![\w$€£.,])[$€£]\s?\d[\d.,]*(?:\s?(?:(?i:billion|million|trillion)|bn|"
                  r"[bmtBMT])\b)?\s+(?:[\w-]+\s+){0,3}$")
_BREAK = lazy(r"[,;:()]")
_INDEFINITE = lazy(r"an?\s", re.IGNORECASE)
# A sum right after a new thing's noun that gives its size: "a venture exceeding $30 billion".
_SUM_AFTER = lazy(r"\s+(?:exceeding|worth|of|valued\s+at|totall?ing|topping)\s+"
                  r"(?P<sum>(?:(?:more\s+than|over|about|around|nearly|some|up\s+to)\s+)?"
                  r"[$€£]\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn))?)", re.IGNORECASE)
SIZE_SLACK = 0.02  # a sum within this share of a stored one is that one
# A sum more than this factor away from every sum the store records of a thing is another
# thing's ("a $3 billion joint venture" of two partners of a $500 billion one), not the same
# thing misstated ("$44 billion" for a $30 billion fund, which the size check then flags).
MISSTATED = 3.0
_BLANK_THAT = lazy(r"\s+(?:that\s+|which\s+)?")
_ASIDE_AFTER = lazy(r",\s*(?:which|who)\b")
_COMMA = lazy(r"\s*,\s*")


def _launched_by(sentence: str, named: Named, noun_at: int) -> tuple[list[str], int]:
    """The partners that launch the description whose noun starts at ``noun_at``, and where
    the description starts (past a sum before it); none when no list of names ends right
    before such a verb."""
    found = _LAUNCHED.search(sentence, max(0, noun_at - 160), noun_at)
    if found is None or re.search(r"[;:()]", found.group(0)):
        return [], noun_at
    for start, _, _ in named:
        names, end = _names_from(sentence, named, start)
        if end == found.start() and len(names) >= 2:
            sums = list(_SUM.finditer(sentence, found.start("mods"), noun_at))
            return names, sums[-1].end() if sums else found.start(
                "article") if found.group("article") else found.start("mods")
    return [], noun_at


def _names_from(sentence: str, named: Named, at: int) -> tuple[list[str], int]:
    """The names listed from ``at`` on ("A, B and C"), and where the list ends."""
    by_start = {s: (e, entity) for s, e, entity in named}
    found: list[str] = []
    end = at
    while True:
        owner = _OWNER_BEFORE.match(sentence, at)
        if owner and owner.end() in by_start:
            at = owner.end()
        if at not in by_start:
            return found, end
        end, entity = by_start[at]
        owned = re.match(r"\s+" if sentence[at:end].endswith(("'s", "’s")) else r"['’]s\s+",
                         sentence[end:])
        if owned and end + owned.end() in by_start:  # "Abu Dhabi's MGX": MGX
            end, entity = by_start[end + owned.end()]
        found.append(entity)
        place = _OF_PLACE.match(sentence, end)  # "MGX of Abu Dhabi"
        end = place.end() if place else end
        gap = _LIST_GAP.match(sentence, end)
        if gap is None:
            return found, end
        at = gap.end()


def _names_before(sentence: str, named: Named, start: int, stop: int) -> list[str]:
    """Names listed between ``start`` and ``stop`` (a description's modifiers)."""
    inside = [(s, e, entity) for s, e, entity in named if start <= s and e <= stop]
    if not inside:
        return []
    names, _ = _names_from(sentence, inside, inside[0][0])
    return names


def relational_descriptions(sentence: str, named: Named, nouns: Sequence[re.Match[str]],
                            entities: Mapping[str, Entity],
                            answering: Callable[[str], frozenset[str]],
                            partners_of: Callable[[str], frozenset[str]],
                            figures_of: Callable[[str], frozenset[float]] = lambda e: frozenset()
                            ) -> list[Description]:
    """Descriptions in ``sentence`` that name an entity by two or more of its partners.

    ``nouns`` are the descriptor nouns found in it (group ``noun``); ``answering`` gives the
    entities that answer to a noun by themselves (``nouns.EntityNouns.answering``);
    ``partners_of`` the entities the store's facts about one name; ``figures_of`` the money
    values of its own facts (a thing a sentence brings in new, "A and B launched a $30 billion
    fund", is a stored one only when its sum fits one of them).
    """
    # an abbreviation in brackets is read as a word of the description: "a new artificial
    # intelligence (AI) partnership" (the same length, so every offset holds)
    sentence = _ABBREVIATION.sub(lambda m: f" {m.group(1)} ", sentence)
    out: list[Description] = []
    # a noun right before another is its modifier, not the head ("AI infrastructure
    # project" is a project)
    heads = [found for found in nouns if not any(
        other.start() > found.end() and not sentence[found.end():other.start()].strip(" -")
        for other in nouns)]
    for found in heads:
        noun = found.group("noun").lower()
        before = premodifiers_start(sentence, max(0, found.start() - 90), found.start())
        lead = None
        # the nearest determiner: "a member of [an alliance]"
        for m in _DETERMINER.finditer(sentence[before:found.start()]):
            lead = before + m.start()
        name_at = next((s for s, e, _ in named if s <= found.start() < e), None)
        if lead is not None and name_at is not None and \
                not _DETERMINER.fullmatch(sentence, lead, name_at):
            continue  # a name's own head word ("The company unveiled Stargate with A and
            # B") heads no description running from "The" over the verb before the name
        if lead is None:  # a headline drops the article: "touts $5 billion fund from A, B"
            opening = _SUM_OPENS.search(sentence, max(0, found.start() - 90), found.start())
            lead = opening.start() if opening else None
        # a thing brought in new: after "a", or a headline's, with no article
        new = lead is None or _INDEFINITE.match(sentence, lead) is not None or \
            _SUM.match(sentence, lead) is not None
        if lead is None or new or _SUM.search(sentence, lead, found.start()):
            partners, begins = _launched_by(sentence, named, found.start())
            launched = None if len(set(partners)) < 2 else _new_fitting(
                sentence, found, begins, lead is None, noun, set(partners), entities,
                answering, partners_of, figures_of) if new else \
                _one_fitting(noun, set(partners), entities, answering, partners_of)
            if launched:
                if not any(d.start <= begins < d.end for d in out):
                    out.append(Description(begins, found.end(), launched, False))
                continue
            if lead is None:
                continue
        if any(d.start <= lead < d.end for d in out):
            continue
        if _BREAK.search(sentence[lead:found.start()]):
            continue
        hyphen = _HYPHEN_TIE.search(sentence, lead, found.start())
        parties = _names_before(sentence, named, lead, hyphen.start() + 1) if hyphen else []
        end = found.end()
        origin = False  # the parties it comes from: a product's are its rivals too
        set_off = None
        if not parties:
            set_off = _SET_OFF_TIE.match(sentence, end)
            tie = _TIE_AFTER.match(sentence, set_off.end() if set_off else end + 1) if \
                set_off or sentence[end:end + 1] == " " else None
            if tie:
                parties, told = _names_from(sentence, named, tie.end())
                end = end if set_off else told
                origin = tie.group(0).lower().startswith("from")
                if _bilateral(tie.group(0), parties, partners_of):
                    continue
            else:
                at = _BLANK_THAT.match(sentence[end:])
                listed, close = _names_from(sentence, named, end + at.end()) if at else ([], end)
                verb = _VERB_AFTER_NAMES.match(sentence, close)
                inside_name = any(s <= found.start() < e for s, e, _ in named)
                # a name written in lower case ("the AI infrastructure fund that A and B
                # launched in 2024") stays a name: the clause after it is a claim of its own
                if len(listed) >= 2 and verb and not inside_name:
                    # the verb and its time are the description's: "that A and B set up
                    # in September" dates the founding, not what the sentence tells
                    when = _WHEN.match(sentence, verb.end())
                    parties, end = listed, when.end() if when else verb.end()
        if len(set(parties)) < 2 or not set_off and _ASIDE_AFTER.match(sentence[end:]):
            continue  # "..., A and B, which oversees ...": the aside is about B (not the
            # description's own aside: "a consortium, which includes A and B, ...")
        target = _one_fitting(noun, set(parties), entities, answering, partners_of)
        if target and origin and entities[target].kind == "product":
            continue  # "a chip from A and B": the facts of a chip name its maker's rivals
        if target and not _PREDICATE.search(sentence, 0, lead) and not any(
                e == target and _COMMA.fullmatch(sentence[stop:lead])
                for _, stop, e in named):
            # "Stargate is a venture between A and B" and "Stargate, a venture between A
            # and B" say what a name is: no referent. A sum before the noun stays outside,
            # said of the entity ("a $900 billion <venture backed by A and B>"): the
            # language stage reads it as the entity's size, which is checked.
            sums = list(_SUM.finditer(sentence, lead, found.start()))
            out.append(Description(sums[-1].end() if sums else lead, end, target, False))
    return out


def _bilateral(tie: str, parties: list[str],
               partners: Callable[[str], frozenset[str]]) -> bool:
    """"the partnership between Acme and Globex", when the store ties the two to each other:
    the relation of the two, not a third entity whose facts happen to name both."""
    first, *rest = dict.fromkeys(parties) or [""]
    return tie.lower().startswith("between") and len(rest) == 1 and (
        rest[0] in partners(first) or first in partners(rest[0]))


def _new_fitting(sentence: str, found: re.Match[str], begins: int, headline: bool, noun: str,
                 parties: set[str], entities: Mapping[str, Entity],
                 answering: Callable[[str], frozenset[str]],
                 partners: Callable[[str], frozenset[str]],
                 figures: Callable[[str], frozenset[float]]) -> str | None:
    """The one entity a thing the partners bring in new ("A and B launched a $30 billion
    fund", "A and B are collaborating on a venture exceeding $30 billion") is, by its sum:
    one the noun names by itself that records no sum or one within ``MISSTATED`` of it (a
    misstated size is then checked), or one the noun names only by its kind ("venture" for a
    project) that records that very sum. A sum far from every stored one, or none at all
    after "a", may be another venture of the same partners: it names no one."""
    after = _SUM_AFTER.match(sentence, found.end())
    text = after.group("sum") if after else sentence[max(0, begins - 40):found.start()]
    sums = [q.value for q in find_quantities(text) if q.kind is Kind.MONEY]
    if not sums:  # (a headline drops the article: "A And B Team Up For Port Fund")
        return _one_fitting(noun, parties, entities, answering, partners) if headline else None

    def holds(entity: str, slack: float) -> bool:
        stored = figures(entity)
        return not stored and slack > 1 or any(f / slack <= sums[-1] <= f * slack
                                               for f in stored)
    own = _one_fitting(noun, parties, entities, answering, partners)
    if own:  # a size near a stored one may be misstated: it stays, to be checked
        return own if holds(own, MISSTATED) else None
    by_kind = _one_fitting(noun, parties, entities, answering, partners, by_kind=True)
    return by_kind if by_kind and holds(by_kind, 1 + SIZE_SLACK) else None


def _one_fitting(noun: str, parties: set[str], entities: Mapping[str, Entity],
                 answering: Callable[[str], frozenset[str]],
                 partners: Callable[[str], frozenset[str]],
                 by_kind: bool = False) -> str | None:
    """The one entity, not a party itself, that answers to ``noun`` (or its last word) and
    whose partners include every party; ``by_kind``: also one that takes the noun by its
    kind ("venture" for a project), when none answers to it by itself."""
    head = noun.split()[-1]
    fits = [e for e in answering(noun) | answering(head) if entities[e].kind != "person"
            and e not in parties and parties <= partners(e)]
    if not fits and by_kind:
        # a noun every thing of a kind takes ("a new investment venture" for a project):
        # the one thing of that kind whose partners include every party
        kinds = {kind for kind, nouns in KIND_DESCRIPTORS.items() if head in nouns}
        fits = [e.id for e in entities.values() if e.kind in kinds and e.id not in parties
                and parties <= partners(e.id)] if kinds else []
    return fits[0] if len(fits) == 1 else None
