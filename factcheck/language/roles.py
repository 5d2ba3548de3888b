"""The parts names play in a claim besides its subject.

Owns: who owns what ("Elon Musk's xAI"), whose measure a figure is ("AMD's Instinct
revenue"), the organisation a person acts for, and which names only locate a claim ("in
Memphis"), attribute it, or time it by another thing's launch ("ahead of the GPT-5
launch"). Must not: read the store beyond the entity index it is handed, or decide a
verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol

from ..model import Entity, Kind, Quantity
from .counterparties import party_slot
from .entities import Mention
from .gates import gated
from .lexicon import lazy, runtime_pattern
from .nouns import KIND_DESCRIPTORS, MAKER
from .outlets import carries
from .past_ties import past_tie
from .places import is_place, locates
from .reported import WHEN_OR_WHERE
from .subjects import title_chain


class EntityIndex(Protocol):
    entities: Mapping[str, Entity]


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|across|around|of)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_POSSESSIVE_END = lazy(r"(?:'s|’s)$")
_LIST_BREAK = lazy(r"[,;]")
_CLAUSE_BREAK = lazy(r"[,;:()\"“”]")
# "on" places only a place ("listed on Wall Street", "on Main Street"); before any other
# name it gives what is worked on or bet on ("built on Spectrum-X"), which is the matter
_ON = lazy(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)


def owners(text: str, mentions: list[Mention]) -> tuple[tuple[str, str], ...]:
    """(owner, owned) for each name in the possessive before another ("Elon Musk's AI
    company xAI", "Elon Musk's AI company, xAI,", "Microsoft's Azure")."""
    out = []
    for owner, head in zip(mentions, mentions[1:], strict=False):
        between = _between(text, owner, head)
        if _POSSESSIVE_END.search(text[owner.start:owner.end]) and \
                len(between.split()) <= 3 and not _LIST_BREAK.search(between):
            out.append((owner.entity, head.entity))
    return tuple(out)


def _between(text: str, owner: Mention, head: Mention) -> str:
    """The words between a possessive name and the name after it, read without the commas
    that set the later name off as what the owned thing is called ("OpenAI's flagship
    product, ChatGPT, ..." is "OpenAI's flagship product ChatGPT")."""
    between = text[owner.end:head.start]
    if between.rstrip().endswith(",") and text[head.end:head.end + 1] == "," and \
            _POSSESSIVE_END.search(text[owner.start:owner.end]):
        return between.rstrip()[:-1]
    return between


# Nouns that relate a name to its owner's: "OpenAI's rival xAI", "Acme's parent Globex".
_RELATIONAL = frozenset("""rival competitor backer investor partner parent owner subsidiary
unit founder co-founder boss""".split())
_RIVAL_NOUNS = frozenset({"rival", "competitor", "challenger"})
_FUNCTION = frozenset("""the a an of in on at to for by with from as and or but that which who
is was are were has had have will would its their his her than over into about""".split())


# A name tied by a hyphen to the name after it, which it backs, owns or leads: "Microsoft-
# backed OpenAI", "the Acme-owned AI startup Zeta" (a few words of description between).
_TIED = lazy(r"-(?i:backed|owned|funded|financed|supported|controlled|led|run)\s+"
             r"(?:[\w-]+\s+){0,3}")


def chain_owners(text: str, mentions: list[Mention], finder: EntityIndex) -> frozenset[int]:
    """Where the names start that only own or locate the name after them: "Elon Musk's AI
    company xAI", "OpenAI's rival xAI", "xAI's Memphis data center Colossus", "SoftBank-backed
    OpenAI" are xAI, xAI, Colossus and OpenAI, and so are "Elon Musk's AI company, xAI," and
    "OpenAI's flagship product, ChatGPT,". The words between must end in a noun the later
    name answers to (a descriptor the store gives it, a noun of its kind, a relation such as
    "rival"), with no word of a clause between ("Nvidia's chips power xAI" is about the
    chips)."""
    out = set()
    for owner, head in zip(mentions, mentions[1:], strict=False):
        between = _between(text, owner, head)
        if _TIED.fullmatch(between) and finder.entities.get(head.entity) is not None:
            out.add(owner.start)  # "SoftBank-backed OpenAI", "Acme-funded widget maker Zeta"
            continue
        possessive = _POSSESSIVE_END.search(text[owner.start:owner.end]) is not None
        entity = finder.entities.get(head.entity)
        owner_entity = finder.entities.get(owner.entity)
        place = owner_entity is not None and owner_entity.kind == "place"
        words = between.split()
        # "OpenAI rival Anthropic" needs no possessive: a rival is never the rival's owner
        rival = bool(words) and words[-1].lower().rstrip("s") in _RIVAL_NOUNS
        if not (possessive or place and words or rival) or entity is None or len(words) > 4 or \
                _CLAUSE_BREAK.search(between) or _FUNCTION & {w.lower() for w in words}:
            continue
        nouns = {d.lower() for d in entity.descriptors} | KIND_DESCRIPTORS.get(entity.kind,
                                                                               frozenset())
        phrase = " ".join(words).lower()
        if not words or phrase in nouns or words[-1].lower() in nouns | _RELATIONAL or any(
                phrase.endswith(" " + n) for n in nouns):
            out.add(owner.start)
    return frozenset(out)


_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,5}"
_SAYS = (r"(?:said|says|reported|reports|told|tells|wrote|writes|noted|notes|added|adds|"
         r"estimated|estimates|confirmed|confirms|announced|disclosed|"
         r"(?:revealed|reveals|explained|explains)(?=\s+that\b))")
# The reporting verb after its speaker: "Globex said", "the company has noted".
_SAID = rf"(?:(?:also|later|previously|has|had|have)\s+)?{_SAYS}\b"
# A publisher or a data source: its name is never the matter of the claim. Whoever merely
# "said" something may be a commentator whose view it is, so only a name the store knows
# is set aside then.
_REPORTED = gated(lazy(r"(?i)\b(?:according|reported|reports|estimated|estimates|polled|surveyed|"
                       r"compiled|cited|tracked|quoted|wrote|writes|per)\b"))
# The offices of people who speak for an organisation ("spokeswoman Ann Poe", "Acme finance
# chief Ann Poe", "chief financial officer Ann Poe") when they say something that is not of
# themselves: what they say is the organisation's. An analyst's or an economist's name
# stays, for the view may be theirs.
_OFFICES = (r"(?:spokes(?:man|woman|person)|representative|chief|CEO|CFO|COO|CTO|president|"
            r"chair(?:man|woman)?|executive|officer|director|head|treasurer|secretary|"
            r"administrator|co-?founder|founder)")
# The title before the name, from the clause's start or a comma: an owner, then words of a
# title only ("Acme chief financial officer", "finance chief"), never a verb ("In 2024,
# Acme hired chief financial officer Ann Poe": she is what was done).
_TITLE_WORDS = (r"(?i:chief|finance|financial|executive|operating|technology|vice|senior|"
                r"deputy|press|corporate|general|managing|acting|interim|global|group|and)")
# Who said or reported it is not what was said: "according to Reuters", "GIP said on
# Wednesday", "that Son said would be deployed", "..., said Smith", "polled by LSEG".
# Each is tried only on a clause holding one of the words it needs (``gates``): a reporting
# verb, "according to", "polled", "speaking"; most clauses hold none.
_ATTRIBUTION = (
    gated(re.compile(r"\baccording to\s+(?:the\s+)?(?P<who>[^,;]+)", re.IGNORECASE)),
    # "As reported by the Ledger, ...", "Per a Ledger report, ...": a frame the sentence opens
    # with (a bare "per" is a rate: "$5 per share")
    gated(re.compile(r"(?:^|[,;]\s*)(?:as\s+(?:first\s+)?reported\s+by\s+(?:the\s+)?|"
                     r"per\s+(?:the|an?)\s+|per\s+(?=(?-i:[A-Z])))(?P<who>[^,;]+)",
                     re.IGNORECASE)),
    gated(re.compile(rf"(?:^|[,;]\s*|\b(?:that|which|what|as)\s+)(?:the\s+)?(?:(?:[A-Z]"
                     rf"[\w&.'’-]*(?:'s|’s)?\s+)?(?:{_TITLE_WORDS}\s+){{0,4}}(?i:{_OFFICES})"
                     rf"\s+)?(?P<who>{_NAME})\s+{_SAID}")),
    gated(re.compile(rf"[,;]\s*{_SAYS}\s+(?P<who>{_NAME})\s*(?:[,;]|$)")),
    # a description as the reporter, after the report: ", the company said on Monday"
    gated(re.compile(rf"[,;]\s*(?P<who>(?:the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+)"
                     rf"{{0,2}}?[a-z][\w-]*)\s+{_SAID}"
                     r"(?!\s+to\b)")),  # "the company said to be" is no report
    gated(re.compile(rf"\b(?:polled|surveyed|compiled|cited|tracked|quoted)\s+by\s+"
                     rf"(?P<who>{_NAME})")),
    # speakers listed together, when what they said has a subject of its own: "Acme and
    # Globex said the venture would ..." (not "Acme and Globex said they would merge")
    gated(re.compile(rf"(?:^|[,;]\s*)(?P<who>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})"
                     rf"\s+{_SAID}\s+(?!{WHEN_OR_WHERE}(?:they|we|it)\b)")),
)
# Who stood beside a speaker as the speaker spoke: "Jane Doe, speaking alongside John Roe
# and Ann Poe on Monday, said ...". They are no part of what was said.
_BESIDE = gated(re.compile(rf",\s+(?:speaking|appearing|standing|sitting)\s+(?:alongside|"
                           rf"beside|next\s+to|with)\s+(?P<who>[^,;]+?)(?:\s+(?:on|at|in|"
                           rf"last|this)\s+[^,;]*)?,\s+{_SAID}"))
_OFFICE_BEFORE = lazy(rf"(?P<open>^|[,;])\s*(?:(?i:the|its)\s+|{_NAME}(?:'s|’s)?\s+)?"
                            rf"(?:{_TITLE_WORDS}\s+){{0,4}}(?i:{_OFFICES})(?:\s*,)?\s+$")
# (the title may be set off by commas: "Acme's chief financial officer, Ann Poe, said")
# "..., said Ann Poe, Acme's chief executive", "said Ann Poe, a spokeswoman for Acme"
_SAID_BEFORE = gated(re.compile(rf"[,;]\s*{_SAYS}\s+$"))
_OFFICE_AFTER = lazy(rf"\s*,\s+(?:a|an|the|its|{_NAME}(?:'s|’s)?)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"{_OFFICES}\b", re.IGNORECASE)
_SPEAKS = lazy(rf"(?:\s*,[^,;]{{0,80}},|\s*,)?\s+{_SAID}(?!\s+{WHEN_OR_WHERE}(?:he|she|I|we)\b)"
                     r"|\s*$")  # (a trailing ", finance chief Ann Poe told ..." is cut)


def _speaks_for(text: str, at: int, end: int) -> bool:
    """Does the name at ``text[at:end]`` hold an office and say something not of itself?"""
    if _SAID_BEFORE.search(text, max(0, at - 20), at) and _OFFICE_AFTER.match(text, end):
        return True
    office = _OFFICE_BEFORE.search(text, 0, at)
    said = _SPEAKS.match(text, end)
    # a name at the end is a speaker only after a comma: ", Acme finance chief Ann Poe"
    return office is not None and said is not None and (
        bool(said.group(0).strip()) or bool(office.group("open")))


# Rivals a thing is compared with are a characterisation no fact records: "OpenAI rival
# Anthropic", "to compete with rivals like ChatGPT and Claude", "a challenger to Nvidia".
_LISTED = (r"(?:(?:the\s+likes\s+of|such\s+as|like|including)\s+)?"
           rf"{_NAME}(?:\s+[\d.]+)?(?:\s*,\s*(?:and\s+|or\s+)?{_NAME}(?:\s+[\d.]+)?)*"
           rf"(?:\s*,?\s+(?:and|or)\s+{_NAME}(?:\s+[\d.]+)?)?")
_RIVALS = (
    gated(re.compile(rf"\b(?:rivals?|competitors?|challengers?|competing|compete|competes|"
                     rf"competition|take\s+on|taking\s+on|go\s+up\s+against|catch\s+up\s+"
                     rf"(?:with|to)|keep\s+(?:up|pace)\s+with)\s+(?:(?:with|to|against|of|"
                     rf"for|from)\s+)?(?:the\s+)?(?P<who>{_LISTED})")),
    # "Nvidia's main rival", "OpenAI's closest competitor" (gated: tried where a noun is)
    gated(re.compile(rf"(?P<who>{_NAME})(?:'s|’s)?(?:\s+(?!(?:now|also|still|already|which|"
                     rf"that|who|is|was|has)\b)[a-z][\w-]*)?\s+"
                     rf"(?:{'|'.join(sorted(_RIVAL_NOUNS))})s?\b")),
)


def rival_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names rivals of what it is about, or an event that only times it."""
    return [(m.start("who"), m.end("who")) for pattern in (*_RIVALS, *_TIMING)
            for m in pattern.finditer(text)]


# Another thing's event that only says when the claim's happened: "reached 700 million users
# ahead of the GPT-5 launch", "just before the release of Zeta 2", "after Globex's debut".
# What is timed is checked; the other thing is no party of it.
_EVENT_NOUNS = (r"(?i:launch|launches|release|releases|debut|unveiling|roll-?out|introduction|"
                r"arrival|IPO|listing|keynote)")
_TIMED_BY = (r"\b(?i:ahead\s+of|before|after|following|prior\s+to|in\s+the\s+run-up\s+to|"
             r"on\s+the\s+eve\s+of)\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?")
_TIMING = (
    gated(re.compile(rf"{_TIMED_BY}{_EVENT_NOUNS}\s+of\s+(?:the\s+)?(?P<who>{_NAME})")),
    gated(re.compile(rf"{_TIMED_BY}(?P<who>{_NAME})(?:'s|’s)?\s+{_EVENT_NOUNS}\b")),
)


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names the source of what it says."""
    return [(m.start("who"), m.end("who")) for pattern in _ATTRIBUTION
            for m in pattern.finditer(text)]


def beside_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names who stood beside a speaker as the speaker spoke, or what drove a
    figure, with no figure of its own (", driven by Instinct GPUs and server gains")."""
    return [(m.start("who"), m.end("who")) for m in _BESIDE.finditer(text)] + \
        [(m.start("what"), m.end("what")) for m in _DRIVER.finditer(text)
         if not any(c.isdigit() for c in m.group("what"))]


# What drove a figure, told after it: ", driven by Instinct GPUs", ", thanks to Blackwell".
# (Not "helped by buyers including Hooli": customers a list names stay parts to check.)
_DRIVER = lazy(r",\s*(?:(?:(?:largely|mainly|mostly|partly)\s+)?(?:driven|fuell?ed|powered)"
               r"\s+by|thanks\s+to)\s+(?P<what>[^,;.]+)", re.IGNORECASE)


def incidental(text: str, mentions: list[Mention], names: list[str],
               finder: EntityIndex, subject: str | None = None) -> tuple[str, ...]:
    """Names that locate or attribute the claim rather than take part in it: a place (the
    store's, or one any atlas knows: "Memphis, Tennessee", "the Israeli company"), a name
    after "in" or "at" ("in San Jose") that owns nothing, a name in the titles before a
    known subject's name ("Tesla CEO Elon Musk"), and the source of a report ("Global
    Infrastructure Partners said on Wednesday", "according to Reuters")."""
    if not mentions and not names:
        return ()
    out: list[str] = []
    # the sources and rivals are looked for when a name is first asked about: a clause
    # that names only its subject asks about none
    spans: dict[str, list[tuple[int, int]]] = {}

    def attributed(at: int, known: bool = True) -> bool:
        if "sources" not in spans:
            spans["sources"] = attribution_spans(text)
            spans["beside"] = beside_spans(text)
        return any(start <= at < end and (known or _REPORTED.search(
            text[max(0, start - 25):end + 25])) for start, end in spans["sources"]) or \
            any(start <= at < end for start, end in spans["beside"])

    def aside(at: int, name: str) -> bool:
        """A rival named in passing or the channel a statement was made on ("told CNBC")."""
        if "rivals" not in spans:
            spans["rivals"] = rival_spans(text)
        return any(start <= at < end for start, end in spans["rivals"]) or \
            carries(name, text[max(0, at - 80):at])

    named = {m.entity for m in mentions}
    # "Google researchers Demis Hassabis won ...": where the subject comes from
    tie = past_tie(text, mentions)
    for m in mentions:
        entity = finder.entities.get(m.entity)
        if entity and entity.kind == "place" or m.entity != subject and (
                tie is not None and tie[0] <= m.start < tie[1] or
                attributed(m.start) or aside(m.start, text[m.start:m.end])) or \
                entity and _whose_company(text, m, entity, named):
            out.append(m.entity)
    # the titles before a known subject's name ("Twitter owner and Tesla CEO Elon Musk")
    titled = title_chain(text, mentions) if names else None
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        end = at + len(name)
        possessive = re.match(r"(?:'s|’s)", text[end:end + 2]) is not None
        # "in Hooli" after "invested $1 billion" is the deal's counterparty, not a place
        locative = _LOCATIVE.search(text[:at]) and (is_place(name) or not party_slot(text[:at]))
        if (locative or _ON.search(text[:at]) and is_place(name)) and not possessive:
            out.append(name)  # "in San Jose", not "in Vanguard's fund"
        elif titled is not None and titled[0] <= at < titled[1] or \
                tie is not None and tie[0] <= at < tie[1]:
            out.append(name)  # "Tesla CEO Elon Musk launched ...": whose title it is
        elif locates(name, text[:at], text[end:]) or attributed(at, known=False) or \
                aside(at, name) or _speaks_for(text, at, end):
            out.append(name)
    return tuple(dict.fromkeys(out))


# A person's company told by a noun: "Sam Altman's company", "Musk's start-up".
_COMPANY_NOUN = lazy(r"(?:'s|’s)?\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|"
                     r"start-?up|group|venture|business|lab|chipmaker|chip\s+maker|maker)\b")


def _whose_company(text: str, m: Mention, entity: Entity, named: set[str]) -> bool:
    """Is a person named only to say which company is meant ("will lead Sam Altman's
    company to acquire a 10% stake", the company named elsewhere in the claim), as the
    store records the person's affiliation? The company is the party; the person no more
    than "the ChatGPT maker" is."""
    possessive = text[m.start:m.end].endswith(("'s", "’s")) or \
        text.startswith(("'s", "’s"), m.end)
    return entity.kind == "person" and possessive and bool(set(entity.affiliations) & named) \
        and _COMPANY_NOUN.match(text, m.end) is not None


# A product named only to say which company is meant: "the ChatGPT maker", "the creator
# of ChatGPT", "the start-up behind the chatbot Claude", "known for its Claude chatbot".
_MAKERS = "|".join(sorted(MAKER))
_MAKER_AFTER = lazy(rf"[\s-]+(?:{_MAKERS})\b", re.IGNORECASE)
_MAKER_BEFORE = lazy(rf"\b(?:(?:{_MAKERS})\s+of|(?:company|start-?up|firm|lab|group|"
                           r"team)\s+behind|(?:best\s+)?known\s+for)\s+"
                           r"(?:(?:the|its|their|an?)\s+)?(?:[a-zA-Z-]+\s+){0,2}$",
                           re.IGNORECASE)


def maker_products(text: str, mentions: list[Mention], entities: list[str],
                   finder: EntityIndex, subject: str | None) -> tuple[str, ...]:
    """The products the claim names only in a description of their maker, when the store
    records that maker as theirs and the claim names it ("OpenAI raised $6.6 billion ...,
    a shift by the ChatGPT maker"): they say whose, not what. A product named again outside
    such a description ("the maker of Zeta said Zeta sales doubled") is what it speaks of."""
    described: dict[str, bool] = {}
    for m in mentions:
        entity = finder.entities.get(m.entity)
        if entity is None or entity.kind != "product" or m.entity == subject or \
                not set(entity.affiliations) & (set(entities) - {m.entity}):
            continue
        maker = _MAKER_AFTER.match(text, m.end) or _MAKER_BEFORE.search(text, 0, m.start)
        described[m.entity] = described.get(m.entity, True) and maker is not None
    return tuple(e for e, only in described.items() if only)


# What people use, whose users a count of users counts: "OpenAI has 700 million weekly
# users" are ChatGPT's, which the store files them under.
_SERVED = frozenset({"chatbot", "app", "assistant", "service", "platform", "social network",
                     "search engine"})
_USERS = lazy(r"\b(?:users?|subscribers?)\b", re.IGNORECASE)


def served_products(subject: str | None, quantities: list[Quantity],
                    finder: EntityIndex) -> tuple[str, ...]:
    """The products people use that the store records as the organisation ``subject``'s,
    when the claim counts users: a maker's users are those of its app or service."""
    entity = finder.entities.get(subject) if subject else None
    if entity is None or entity.kind != "organization" or not any(
            q.kind is Kind.COUNT and _USERS.search(q.unit) for q in quantities):
        return ()
    return tuple(e.id for e in finder.entities.values() if e.kind == "product" and
                 subject in e.affiliations and _SERVED & set(e.descriptors))


def acts_for(subject: str | None, finder: EntityIndex) -> tuple[str, ...]:
    """The organisations a person acts for, as the store records them."""
    entity = finder.entities.get(subject) if subject else None
    return entity.affiliations if entity and entity.kind == "person" else ()


def possessor(text: str, mentions: list[Mention], subject: str | None) -> str | None:
    """The owner named just before the subject: "AMD's Instinct" -> AMD."""
    for owner, head in zip(mentions, mentions[1:], strict=False):
        if head.entity == subject and _POSSESSIVE_END.search(text[owner.start:owner.end]) \
                and not text[owner.end:head.start].strip():
            return owner.entity
    return None


def products_counted(quantities: list[Quantity], mentions: list[Mention],
                     finder: EntityIndex) -> list[Quantity]:
    """A count of a named product counts what the product is: "100,000 H100 chips" and
    "100,000 H100s" count GPUs when the store describes the H100 as a GPU. The product's
    one-word descriptors join the counted noun, so a count of GPUs can be compared."""
    out = []
    for q in quantities:
        extra: list[str] = []
        if q.kind is Kind.COUNT and q.unit:
            words = set(q.unit.lower().split())
            for m in mentions:
                entity = finder.entities.get(m.entity)
                if entity is None or entity.kind != "product":
                    continue
                names = {n.lower() for n in (entity.name, *entity.aliases) if " " not in n}
                if words & names or any(w.rstrip("s") in names for w in words):
                    extra += [d.lower() for d in entity.descriptors
                              if " " not in d and d.lower() not in _NOT_COUNTED]
        kinds = [e for e in dict.fromkeys(extra) if e not in words]
        out.append(replace(q, unit=f"{q.unit} ({', '.join(kinds)})") if kinds else q)
    return out


def outside_names(quantities: list[Quantity], text: str,
                  mentions: list[Mention]) -> list[Quantity]:
    """The figures of ``text`` but those that are part of a name it gives: "Claude 3.7
    Sonnet", "Fab 21" and "GPT-4o" give no figure. A year in a name ("GTC 2024") stays, as
    it dates what the claim tells."""
    spans = [(m.start(), m.end()) for name in {m.name for m in mentions if any(
        c.isdigit() for c in m.name)} for m in runtime_pattern(re.escape(name)).finditer(text)]
    if not spans:
        return quantities  # most claims: no name with a digit
    return [q for q in quantities if q.kind in (Kind.YEAR, Kind.DATE) or q.span is None or
            not any(a <= q.span.start and q.span.end <= b for a, b in spans)]


# Descriptors that say what family a product belongs to, not what one of it is.
_NOT_COUNTED = frozenset("""architecture predecessor successor generation family line platform
model series version range brand""".split())
