"""Claims and facts: what an article states and what the store records.

Owns: the claim taken from an article, and the curated records of the store (facts, entities,
measures, sources). A *claim* is a statement taken from an article; a *fact* is a curated,
sourced record from the store (the ``claims/`` folder holds facts). Must not: judge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .document import Position, Span
from .quantity import Quantity


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement taken from an article."""

    id: str
    text: str  # the words as they stand in the article
    standalone: str  # the same with leading pronouns resolved and shared context restored
    span: Span  # in the original file
    position: Position
    sentence: str  # the whole sentence the claim came from
    entities: tuple[str, ...]  # entity ids named (or resolved) in the claim, in order
    named: tuple[str, ...]  # entity ids named in the claim's own words
    subject: str | None  # the entity the claim is about, when the store knows it
    subject_name: str | None  # the name it is about, known to the store or not
    unknown_names: tuple[str, ...]  # proper names in the claim that the store does not know
    quantities: tuple[Quantity, ...]
    years: tuple[int, ...]
    quotes: tuple[str, ...]
    opinion_marker: str | None = None  # the word that makes it a judgement, if any
    future_marker: str | None = None  # "upcoming", "will", "anticipates": presented as future
    negated: bool = False
    dates: tuple[Quantity, ...] = ()  # full dates and months ("in April 2020")
    fiscal_years: tuple[int, ...] = ()  # years written as fiscal ("FY2025", "fiscal 2025")
    role: str = "main"  # the clause it is: main, verb-phrase, participle, with, appositive...
    possessor: str | None = None  # "AMD's Instinct revenue": AMD, whose measure it may be
    # Entities the sentence or the one before named, which the claim may leave implicit:
    # "Thrive Capital led it" after a sentence on OpenAI's round. They can complete a
    # two-party fact, never contradict one, and need no checking of their own.
    context: tuple[str, ...] = ()
    # The organisations a person who is the subject acts for: "Jensen Huang unveiled
    # Blackwell" is NVIDIA's act when the store records Huang as NVIDIA's.
    acts_for: tuple[str, ...] = ()
    belongings: tuple[str, ...] = ()  # named things the store records as the subject's own
    # The subject is only implied: "The acquisition was completed on Oct. 1" in a story
    # about BlackRock is read as BlackRock's; such a claim can be confirmed, never refuted.
    implied_subject: bool = False
    # The years of an event told before that a definite noun of the claim points back to
    # ("The round valued it at $157 billion" after a round told in 2024): its figures are
    # that event's. None when it points back to none; empty when the event gave no year.
    event_years: frozenset[int] | None = None
    # Names that only locate the claim ("in Memphis", "in San Jose", a place the store
    # knows): entity ids or unknown names that need no checking.
    incidental: tuple[str, ...] = ()
    # (owner, owned) for a known name in the possessive before another ("Elon Musk's xAI"):
    # the owner needs no checking when a stored fact links the two.
    owners: tuple[tuple[str, str], ...] = ()
    # One claim per figure when the clause gives several in statements of their own
    # ("put $500M into OpenAI's $6.6B round"): reported instead of the whole when the whole
    # is not settled but a part is.
    parts: tuple[Claim, ...] = ()
    # What a reader of the report should know about how the claim was read: hidden
    # characters taken out of it, a figure refused as implausible. One line each.
    warnings: tuple[str, ...] = ()
    # Figures in the claim that were refused ("99999" as a year, a 40-digit number, digits
    # between bidi controls): a claim that holds one is never supported.
    refused: tuple[str, ...] = ()
    # Amounts written in words the reader does not read ("a little less than a billion",
    # "billions"): unchecked unless a matched fact's own words give them. Also the
    # weekdays ("tuesday") of an article without a date: unchecked unless a matched event
    # fell on that weekday.
    unread: tuple[str, ...] = ()
    # Times counted back from the article's date ("less than two years ago"): a number of
    # units (the quantity's unit) bounded as the writer bounds it; checked only by a fact
    # dated inside the window they allow from the article's date (``rules/elapsed``).
    elapsed: tuple[Quantity, ...] = ()
    # A time counted from the sentence before, which the claim's sentence opens with ("A
    # month later, ..."), and the first and last day of the one date that sentence gave
    # (None when it gave none or several): checked only by a fact dated that time after it.
    later: tuple[Quantity, ...] = ()
    counted_from: tuple[dt.date, dt.date] | None = None
    # ``subjects`` once read. A claim keeps its fields in slots, not in a dictionary (a
    # fifth of the memory, and quicker to make and to read: a long article makes hundreds
    # of thousands), so no ``cached_property`` can keep it. Not a field to make or compare.
    _subjects: frozenset[str] | None = field(default=None, init=False, repr=False,
                                             compare=False)

    @property  # asked for every fact about the claim's names
    def subjects(self) -> frozenset[str]:
        """Whose figures the claim may give: its subject, the owner of its subject, or a
        thing its subject owns that it names ("xAI plans to expand Colossus to ...")."""
        found = self._subjects
        if found is None:
            found = frozenset(e for e in (self.subject, self.possessor, *self.belongings) if e)
            object.__setattr__(self, "_subjects", found)
        return found


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    publisher: str
    date: dt.date | None
    reliability: str  # "primary", "news", "secondary"
    excerpt: str | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str  # person, organization, product, project, place
    aliases: tuple[str, ...]
    # Nouns an article uses to refer back to it ("the consortium", "the chipmaker").
    descriptors: tuple[str, ...] = ()
    # What it acts for or belongs to: a chief executive's companies (Musk: Tesla, SpaceX,
    # xAI), a product's maker, a data centre's owner.
    affiliations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One curated, sourced record from the store."""

    id: str
    kind: str  # "quantity", "event", "quote"
    subject: str
    measure: str
    statement: str
    cues: tuple[str, ...]
    sources: tuple[Source, ...]
    object: str | None = None
    value: Quantity | None = None
    tolerance: float = 0.0
    as_of: dt.date | None = None
    period: int | None = None
    date: dt.date | None = None
    published: dt.date | None = None
    state: str | None = None  # for events: what holds from ``date`` on ("available", ...)
    quote: str | None = None
    mentions: tuple[str, ...] = ()
    note: str | None = None
    path: str = ""
    line: int = 0
    # Cues of a role only the subject holds ("led" a round, "chief executive" of a company):
    # an article that gives the role to someone else is contradicted.
    sole: tuple[str, ...] = ()
    # False for a measure that holds several values per subject and period (investments,
    # acquisitions): another figure may be another deal, so it never contradicts unless the
    # claim names the stored one's year.
    single_value: bool = True
    # The words of its measure in the vocabulary: each names the measure outright, so a
    # claim that uses one (not narrowed by a word of its own) pins it.
    measure_words: tuple[str, ...] = ()
    # How much of ``date`` the record states: "day", "month" or "year" ("date: 2006-11" is
    # the month, read as its first day): a claim agrees with it at the coarser of the two.
    date_precision: str = "day"


@dataclass(frozen=True)
class Measure:
    """One entry of the measure vocabulary: what a fact's ``measure`` means to the reader.

    Defined once (the base vocabulary, extended by a store's ``measures.yaml``), so a fact
    that names its measure needs no cues of its own.
    """

    name: str
    words: tuple[str, ...]  # the words and verbs articles use for it ("sales", "brought in")
    # money, percent, ratio, count, number, length, mass, area, data, time, speed, date
    # (events) or text (relations); "" when not given: any figure
    dimension: str
    aliases: tuple[str, ...] = ()  # other names a fact's ``measure`` may give it
    single_value: bool = True  # one value per subject and period: another one contradicts
    single_holder: bool = False  # one holder at a time ("chief executive of", "led by")
    note: str | None = None
    path: str = ""
    line: int = 0
