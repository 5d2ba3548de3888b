"""The article as a discourse: what its pronouns and definite descriptions point back to.

Owns: the memory of the entities an article has named, in order, and resolving "he", "it",
"the company", "the consortium" or "the Microsoft-backed group" to the most recent compatible
one: finding the descriptions of a sentence (by the descriptor nouns the store records for
each entity, plus a few that every entity of a kind takes, and the head noun of its name),
the ones a name's role, tie or product settles, and possessive descriptions ("OpenAI's
chatbot"); which named entity the others point to, by kind and by the clause they stand in,
is ``referents.py``'s; which descriptions name a thing of their own ("a company ... the
company", "the Zephyr chip") is ``unnamed.py``'s, and what a purchase or a bid is for
(``events.py``) names the description after "acquire" or "offered $6 billion for"; the
shape of a description's words is ``definites.py``'s. Must not: read the store; it is
handed the entities, and it never invents a referent the article has not named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ..model import Entity
from .amounts import AmountMemory
from .background import background, fronted, standards
from .definites import COMPOUND, HEADLINE_LEAD, LEAD, Description, heads_of, names_no_one
from .events import EventMemory
from .gates import gated
from .headlines import title_case
from .lexicon import lazy
from .lines import line_in
from .makers import maker_behind, maker_within
from .nouns import PRODUCT_FIRM, entity_nouns
from .openers import Openers
from .possessed import name_owned, own_versions, pronoun_owned
from .referents import Referents, clause_mates, former_employers, held_by, investors_behind
from .salience import Salience
from .short_names import ShortNames
from .speakers import speakers_organisation
from .surnames import Surnames
from .ties import of_recent, role_holder, tied_name, tied_referent
from .unnamed import FIRM_NOUNS, firm_unnamed_before, own_name_before, unnamed_nouns

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})

HEADLINE_WEIGHT = 2  # a name in the headline counts as much as two mentions in the text
_ITS_INSIDE = gated(lazy(r"(?<=\w )(?:its|it)\b"))  # "continue as its adviser"
_LEADING_IT = lazy(r"It\s+(?!is\b|was\b|has\s+been\b|had\s+been\b|'s\b|’s\b)")
# An unknown name "he" or "she" never means: an acronym ("GTC") or one with figures ("GTC
# 2025", "ZX-9"), a conference, a model or a firm.
_NO_PERSON = lazy(r"[A-Z][A-Z&-]+|\S*\d.*|.*\s\S*\d\S*")


def _none(entity_id: str) -> frozenset[str]:
    return frozenset()


class Discourse:
    """Entities in the order an article names them, for pronouns and descriptions.

    The last name the store does not know is kept too: "Bezos ... In 2015, he co-founded
    OpenAI" is about Bezos, and must not borrow a known person's facts.
    """

    def __init__(self, entities: Mapping[str, Entity],
                 partners: Callable[[str], frozenset[str]] | None = None,
                 roles: Callable[[str], frozenset[str]] | None = None) -> None:
        self._entities = entities
        # the entities of the store's facts about one name ("the Acme-backed company"), and
        # the objects of its relation facts ("the Jane Doe-led company")
        self._partners = partners or _none
        self._roles = roles or _none
        self._clock = 0
        self._salience = Salience(entities)  # how often and how lately each was named
        self.events = EventMemory()  # the parties of the last round, the last takeover
        self.amounts = AmountMemory()  # the sum "that sum" points back to
        self.surnames = Surnames()  # the people named in full: "Son said" names one
        self.short_names = ShortNames()  # the firms named in full: "Ampere" after it
        self.subject: tuple[str, str] | None = None  # the last clause's subject, if a thing
        # the company the last clause's subject acts for, when that was a person
        self.employer: tuple[str, str] | None = None
        # the topic the sentence before opened on ("For Acme, ..."), else its first clause's
        # subject, if a thing: what "This marks ..." tells of (not an "after ..." clause's)
        self.opener: tuple[str, str] | None = None
        self._openers = Openers()  # what the two sentences before opened on
        self._opening: list[tuple[str, str] | None] = []
        self._sentences: list[set[str]] = [set()]  # entities named, sentence by sentence
        # the nouns of things brought in without a name ("he ran a company that ..."), in
        # the sentence before and this one: "the company" next is that thing
        self._unnamed: list[set[str]] = [set()]
        # the names the last clause gave together as its subject: what "They" next means
        self.group: tuple[tuple[str, str], ...] = ()
        # the pronoun for the last clause's subject when it was described, not named ("The
        # deal closed": "it"; "Researchers can now": "they"), which no entity of the store is
        self.described_subject = ""
        self.person: tuple[str, str] | None = None  # (entity id or "", display name)
        self.thing: tuple[str, str] | None = None
        self.unknown: tuple[str, str] | None = None
        self._when: dict[str, int] = {}
        # the names this sentence gives only in passing (``background.py``), and the clock
        # when it began: a description next looks back to them as named before it
        self._background: frozenset[str] = frozenset()
        self._started = 0
        self._fronted: str | None = None  # the entity the sentence opened on as its topic
        # the business lines named in the sentence before and this one (``lines.py``)
        self._lines: list[tuple[str, str] | None] = []
        # The nouns of the store's entities, made once per store, not once per article.
        self._nouns = entity_nouns(entities)
        self._referents = Referents(entities, self._nouns, self._salience, lambda: self._clock)

    def descriptors(self, entity: Entity) -> tuple[str, ...]:
        return self._nouns.descriptors(entity)

    def answering(self, noun: str) -> frozenset[str]:
        """The entities that answer to ``noun`` by themselves (``nouns.EntityNouns``)."""
        return self._nouns.answering(noun)

    def own(self, entity: Entity) -> tuple[str, ...]:
        """The nouns an entity answers to by itself (``nouns.EntityNouns.own``)."""
        return self._nouns.own(entity)

    def note(self, entity: str, name: str, kind: str) -> None:
        """``entity`` (or an unknown name, with entity "") was just named."""
        self._clock += 1
        if entity:
            self._salience.named(entity, self._clock, self._started if entity in
                                 self._background else None)
            self._sentences[-1].add(entity)
        slot = "unknown" if not entity else "person" if kind == "person" else "thing"
        setattr(self, slot, (entity, name))
        self._when[slot] = self._clock

    def topic(self) -> tuple[str, str] | None:
        """The organisation, project or product the article has named most often so far
        (the latest among equals): what a table that names no one is about."""
        best = self._salience.topic()
        entity = self._entities.get(best) if best else None
        return (best, entity.name) if best and entity else None

    def is_person(self, entity_id: str) -> bool:
        entity = self._entities.get(entity_id)
        return entity is not None and entity.kind == "person"

    def name_of(self, entity_id: str) -> str:
        return self._entities[entity_id].name

    def last_thing(self, excluding: set[str]) -> str | None:
        """The most recently named entity that is not a person and not in ``excluding``:
        what an "its" inside a clause ("continue as its adviser") most likely means."""
        return self._salience.last_thing(excluding)

    def last_owned(self, owner: str) -> tuple[str, str] | None:
        """The product or project of ``owner``'s (its affiliation) named last, in this
        sentence or the one before: what "It houses 100,000 GPUs" means after "xAI built
        Colossus", rather than xAI."""
        owned = [(self._salience.seen.get(e, 0), e) for e in self.recent() if (t := self.
                 _entities.get(e)) is not None and t.kind in ("product", "project") and
                 owner in t.affiliations]
        return (max(owned)[1], self._entities[max(owned)[1]].name) if owned else None

    def doer(self, pronoun: str, excluding: str) -> tuple[str, str] | None:
        """Who a pronoun subject inside a clause about ``excluding`` is ("Initech, which it
        bought": not Initech): the last person, or the last other thing, named."""
        if pronoun.lower() in PERSON_PRONOUNS:
            return self.person if self.person and self.person[0] else None
        found = self.last_thing({excluding})
        entity = self._entities.get(found) if found else None
        return (entity.id, entity.name) if entity else None

    def line(self) -> tuple[str, str] | None:
        """The business line named last, in this sentence or the one before, with its owner
        (the story's subject when none was named): what "That business" points back to."""
        last = next((ln for ln in reversed(self._lines) if ln), None)
        owner = last[0] if last and last[0] else (self.topic() or ("", ""))[0]
        return (owner, f"{self.name_of(owner)}'s {last[1]}") if last and owner else None

    def next_sentence(self) -> None:
        if self._fronted:  # "For Acme, it is a familiar playbook. The company ...": Acme
            self.note(self._fronted, self._entities[self._fronted].name,
                      self._entities[self._fronted].kind)
            self.note_subject(self._fronted, self._entities[self._fronted].name,
                              self._entities[self._fronted].kind)
        self.opener = self.subject if self._fronted else self._opening[0] if self._opening else None
        # two sentences in a row opening on one name have moved the story to it
        self._openers.opened(self.opener[0] if self.opener else None)
        self._background, self._fronted, self._started = frozenset(), None, self._clock
        self._sentences = [*self._sentences[-2:], set()]
        self._unnamed = [*self._unnamed[-1:], set()]
        self._opening = []

    def recent(self, back: int = 1) -> frozenset[str]:
        """Entities named in this sentence so far and in the ``back`` sentences before it
        (at most two)."""
        return frozenset().union(*self._sentences[-1 - back:])

    def recent_with_makers(self, back: int = 1) -> frozenset[str]:
        """``recent``, with the maker of each product or project named ("ChatGPT's users"
        bring OpenAI to mind): what a claim may leave implicit."""
        found = self.recent(back)
        return found | {t.affiliations[0] for e in found if (t := self._entities.get(e))
                        is not None and t.kind in ("product", "project") and
                        len(t.affiliations) == 1}

    def implicit(self, text: str, entities: list[str], marker: str | None,
                 dated: bool) -> set[str]:
        """Entities a clause may leave implicit: those of this sentence and the one before
        (two before for a plain statement with no figure or date, which can only be
        confirmed by one: "Nvidia joined at the same time" after xAI joined the
        partnership), the story's topic, and, in a plain statement, what an "its" or "it"
        inside it points to ("NVIDIA will continue as its technical adviser")."""
        found = set(self.recent_with_makers(1 if dated or marker else 2))
        topic = self.topic()
        if topic:
            found.add(topic[0])  # what the story is about may go unsaid in any sentence
        if marker is None and _ITS_INSIDE.search(text):
            referent = self.last_thing(set(entities))
            if referent:
                found.add(referent)
        return found

    def headline(self, mentions: list[Any]) -> None:
        """Names in the headline are what the story is about: they weigh in salience, not
        in recency (a headline is not the sentence before the first paragraph)."""
        for m in mentions:
            self._salience.headlined(m.entity, HEADLINE_WEIGHT)

    def note_subject(self, entity: str, name: str, kind: str) -> None:
        """A clause was about ``entity``: "it" in the next clause most likely is too. After
        a person, a leading "it" is the company the person acts for, when the article has
        named it ("Huang said demand was strong. It also raised its dividend")."""
        self.subject = (entity, name) if entity and kind != "person" else None
        self._opening.append(self.subject)
        person = self._entities.get(entity) if kind == "person" else None
        employer = person.affiliations[0] if person and len(person.affiliations) == 1 else ""
        self.employer = (employer, self._entities[employer].name) if \
            employer in self._salience.seen and employer in self._entities else None

    def resolve(self, pronoun: str, leading: bool = False) -> tuple[str, str] | None:
        """What a pronoun points at: the last person or thing, or a more recent unknown name.
        A leading "it" or "they" continues the previous clause's subject when that was a
        thing ("Google bought DeepMind. It paid $400 million": it is Google); a leading "it"
        after a subject the clause only described ("The round drew Globex. It ..."), or a
        "they" after a plural one ("Researchers can now ... They"), is that subject, which
        no name of the store is: nothing."""
        slot = "person" if pronoun.lower() in PERSON_PRONOUNS else "thing"
        if leading and pronoun.lower() == self.described_subject:
            return None  # "The deal closed in April. It was worth $7 billion": the deal
        if leading and slot == "thing" and self.subject and \
                self._when.get("unknown", 0) <= self._when.get("thing", 0):
            return self.subject
        if leading and pronoun.lower() == "it" and self.employer and \
                self._when.get("unknown", 0) <= self._when.get("thing", 0):
            return self.employer
        known: tuple[str, str] | None = getattr(self, slot)
        if self.unknown and self._when.get("unknown", 0) > self._when.get(slot, 0) and not (
                slot == "person" and _NO_PERSON.fullmatch(self.unknown[1])):
            return self.unknown
        if known is None and slot == "thing" and leading:
            return self.topic()  # the first "It" of the story: what its headline named
        return known

    def nouns_in(self, sentence: str) -> tuple[re.Match[str], ...]:
        """Every descriptor noun of the store's entities in ``sentence`` (group ``noun``)."""
        return self._nouns.find(sentence)

    def descriptions(self, sentence: str, named: list[tuple[int, int, str]]) -> list[Description]:
        """Definite descriptions in ``sentence`` that point back to an entity named earlier.

        ``named`` holds the (start, end, entity) of names in the sentence: a description
        refers to the most recent compatible entity named before it, never to one named inside
        it ("the Microsoft-backed group" is not Microsoft).
        """
        out = []
        used: set[int] = set()  # a determiner heads one description: its first noun
        headline = title_case(sentence)
        self._background, self._fronted = background(sentence, named), fronted(sentence, named)
        self._lines = [*self._lines[-1:], line_in(sentence, named)]  # "the Data Center segment"
        standing = standards(sentence, named)  # "a rival to Acme": never Acme
        self.events.read_targets(sentence, named)
        it = self.resolve("it", leading=True) if _LEADING_IT.match(sentence) else None
        for found in self.nouns_in(sentence):
            lead = LEAD.search(sentence, max(0, found.start() - 60), found.start())
            if lead is None:
                self._note_unnamed(sentence, found, named)
            if lead is None and headline:
                # a headline drops the article: "Volta-Backed Startup Raises $5 Billion"
                lead = HEADLINE_LEAD.match(sentence, 0, found.start())
                if lead is not None and not tied_name(sentence, named, 0, found.start()):
                    lead = None
            if lead is None:
                owned = self._named_owned(sentence, named, found) or self._pronoun_owned(
                    sentence, named, found)
                if owned:
                    out.append(owned)
                continue
            if lead.start() in used:
                continue
            used.add(lead.start())
            start, noun_at, end = lead.start(), found.start(), found.end()
            # the size stays in the claim, before the name: "the $30 billion <fund>"
            named_at = lead.end("size") if lead.group("size") else start
            noun = found.group("noun").lower()
            if any(noun in nouns for nouns in self._unnamed):
                continue  # "he ran a company that ... the company": that one, unnamed
            last = found.group("noun").split()[-1]
            if last[:1].isupper() and not last.isupper() and not (
                    headline and tied_name(sentence, named, start, noun_at)):
                # title case is a title or a name ("The Financial Giant's AI Foray"), but a
                # headline's description tied to a name is one ("Volta-Backed Startup")
                continue
            if noun in self._nouns.heads and any(noun_at <= s < end for s, _, _ in named):
                # a name's head noun refers back in lower case ("the telescope"), never
                # inside a name ("the Global AI Infrastructure Investment Partnership")
                continue
            head = heads_of(sentence, named, start, noun_at)
            if head and (noun in self.descriptors(self._entities[head[-1]]) or
                         self._entities[head[-1]].kind == "product" and noun not in PRODUCT_FIRM):
                continue  # "the xAI company" is xAI, already named; "the Gemini app" is
                # Gemini's, never the app named before (ChatGPT)
            if names_no_one(sentence, named, start, end, bool(found.group("poss")), headline):
                continue
            maker = maker_behind(sentence, named, end, noun, self._entities, self.descriptors)
            if maker:  # "the company behind ChatGPT", "the maker of ChatGPT": its maker
                if maker[0]:  # (none when the store gives the product no one maker)
                    out.append(Description(named_at, maker[1], maker[0], False))
                continue
            holder = role_holder(head[-1], noun, self._entities, self.answering,
                                 self._roles) if head else None
            if holder:  # "the Volta CEO": the one person the store gives that role there
                # "the Nvidia co-founder and CEO": both roles are the one person's
                more = next((len(d) + 5 for d in self.own(self._entities[holder])
                             if re.match(rf" and {re.escape(d)}\b", sentence[end:], re.I)), 0)
                out.append(Description(named_at, end + more, holder,
                                       bool(found.group("poss"))))
                continue
            if last.isupper():
                continue  # any other capitals ("the GPU") stay a title or a name
            home = speakers_organisation(
                sentence, named, start, noun, self._entities, self.descriptors,
                (self.resolve("he", leading=True) or ("",))[0],
                self.recent() | {e for _, _, e in named})
            if home:  # "Jane Doe said the company ...": the company she acts for
                out.append(Description(named_at, end, home, bool(found.group("poss")),
                                       by_noun=True))
                continue
            tie = tied_name(sentence, named, start, noun_at)
            tied = tied_referent(tie, noun, self._entities, self.descriptors, self.own,
                                 self._partners, self._roles, self._salience.seen,
                                 self.answering) if tie else None
            if tied:  # "the Jane Doe-led company": the leader's, whatever was named last
                out.append(Description(named_at, end, tied, bool(found.group("poss"))))
                continue
            if not tie and self._own_name_before(sentence, named, start, noun_at, noun):
                continue  # "the Zephyr chip": a product of its own, not one named before
            buys = self._bought(sentence, named, start, noun) if not found.group("poss") \
                else None
            if buys:  # "Initech offered $6 billion for the company": the one being bought
                out.append(Description(named_at, end, buys, False, by_noun=True))
                continue
            if noun in FIRM_NOUNS and firm_unnamed_before(sentence, named, start):
                continue  # "a deal with AI chip startup Groq, ... the company's founder"
            within = maker_within(sentence, named, noun_at, end, self._entities)
            if within:  # "the ChatGPT maker", a descriptor the store gives OpenAI: OpenAI
                target: str | None = within
            elif head and noun in PRODUCT_FIRM and \
                    len(self._entities[head[-1]].affiliations) == 1:
                # "the ChatGPT maker" is whoever makes ChatGPT
                target = self._entities[head[-1]].affiliations[0]
            elif behind := investors_behind(sentence, named, start):
                # "a round led by SoftBank, valuing the company at ...": the one raising
                target = next((e for s, _, e in named if s < start and e not in behind and
                               noun in self.descriptors(self._entities[e])), None)
            else:
                apart = held_by(sentence, [*named, *((d.start, d.end, d.entity) for d in out
                                                     if d.possessive)], start) | clause_mates(
                    sentence, start, end, [(d.start, d.entity) for d in out if not d.possessive],
                    it[0] if it else None) | former_employers(sentence, named)
                target = self._referents.in_sentence(
                    sentence, named, start, end, noun, bool(found.group("poss")), apart,
                    standing, (self.opener or ("",))[0] or None,
                    steady=self._openers.steady(
                        noun, [self._entities[e] for e in self.recent()], self.own),
                    opened_on=next((d.entity for d in out if not d.possessive and
                                    not sentence[:d.start].strip()), None)) or \
                    of_recent(noun, self.recent(), self._entities, self.answering,
                              self._partners, self.events.between)
                target = None if target in apart else target
            if target:
                out.append(Description(named_at, end, target, bool(found.group("poss")),
                                       by_noun=True))
        self.events.sentence_read()
        return out

    def _bought(self, sentence: str, named: list[tuple[int, int, str]], start: int,
                noun: str) -> str | None:
        """The company a purchase or a bid is for (``EventMemory.bought``), named in this
        sentence or the two before, when the description's noun fits it."""
        found = self.events.bought(sentence, start)
        target = self._entities.get(found) if found else None
        fits = target is not None and target.kind == "organization" and \
            noun in self.descriptors(target) and (target.id in self.recent(2) or any(
                e == target.id for _, _, e in named))
        return target.id if target is not None and fits else None

    def _note_unnamed(self, sentence: str, found: re.Match[str],
                      named: list[tuple[int, int, str]]) -> None:
        """Keep the nouns of a thing brought in under no name the store knows."""
        self._unnamed[-1].update(unnamed_nouns(sentence, found, named))

    def _own_name_before(self, sentence: str, named: list[tuple[int, int, str]], start: int,
                         noun_at: int, noun: str) -> bool:
        """"the Zephyr chip" (``unnamed.own_name_before``): a product's noun after a name
        the store does not know names that product."""
        answering = self.answering(noun)
        return bool(answering) and all(self._entities[e].kind == "product" for e in answering) \
            and own_name_before(sentence, named, start, noun_at)

    def own_versions(self, sentence: str, named: list[tuple[int, int, str]]
                     ) -> list[Description]:
        """"its own version of Parrot" (``possessed.own_versions``)."""
        if "own" not in sentence:
            return []
        return [Description(at, end, entity, False) for at, end, entity in own_versions(
            sentence, named, self._entities, self.own, (self.thing or ("", ""))[0])]

    def _pronoun_owned(self, sentence: str, named: list[tuple[int, int, str]],
                       found: re.Match[str]) -> Description | None:
        """"their joint venture", "its chatbot" (``possessed.py``)."""
        owned = pronoun_owned(sentence, named, found, self._entities, self.answering,
                              self._partners, self._salience.seen, self._last_things)
        return Description(owned[0], found.end(), owned[1], False) if owned else None

    def _named_owned(self, sentence: str, named: list[tuple[int, int, str]],
                     found: re.Match[str]) -> Description | None:
        """"OpenAI's chatbot", "Nadella's company" (``possessed.name_owned``)."""
        if found.group("poss") or COMPOUND.match(sentence, found.end()):
            return None
        owned = name_owned(sentence, named, found, self._entities, self.descriptors, self.own,
                           self._salience.seen)
        return Description(owned[0], found.end(), owned[1], False) if owned else None

    def _last_things(self, count: int) -> list[str]:
        """The thing "its" means (``count`` 1), or the things of the sentence before."""
        last = self.resolve("its", leading=True) if count == 1 else None
        return ([last[0]] if last and last[0] else []) if count == 1 else [
            e for e in self.recent() if self._entities[e].kind != "person"]
