"""The records that flow between factcheck's stages.

Owns: frozen dataclasses and enums shared by every layer (documents, claims, quantities,
facts, verdicts, the report). Must not: read files, touch the store, or judge anything.

Vocabulary: a *claim* is a statement taken from an article; a *fact* is a curated, sourced
record from the store (the ``claims/`` folder holds facts).
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

# The last year an article can give as a year or a date: "founded in 99999" and a dateline
# of 9999 are refused, not read.
MAX_YEAR = 2200

# Bidi embeddings, overrides and isolates: text between them may display in another order
# than the one it is read in.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def hidden_note(chars: str) -> str:
    """The one line a claim or an article carries when hidden characters were taken out."""
    names = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}"
                      for ch in dict.fromkeys(chars))
    if any(ch in BIDI_CONTROLS for ch in chars):
        return (f"bidi control characters removed before reading ({names}): the text may "
                "display in another order than the one checked")
    return f"invisible characters removed before reading ({names})"


class Status(enum.StrEnum):
    """The verdict words of a report, in order of severity (worst first)."""

    CONTRADICTED = "contradicted"
    IMPRECISE = "imprecise"
    OUTDATED = "outdated"
    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    OPINION = "opinion"


class Kind(enum.StrEnum):
    """What a quantity measures; numbers are compared only within one kind."""

    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"
    COUNT = "count"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"


class Qualifier(enum.StrEnum):
    """How a stated number relates to the true value ("over $10T", "about 90%")."""

    EXACT = "exact"
    OVER = "over"  # over, more than, above, exceeding
    AT_LEAST = "at_least"
    UNDER = "under"  # under, less than, below
    AT_MOST = "at_most"  # up to, at most, no more than
    APPROX = "approx"  # about, approximately, roughly, around
    NEARLY = "nearly"  # nearly, almost, close to: a little below


@dataclass(frozen=True)
class Span:
    """A half-open range of character offsets into a document's original text."""

    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """Line and column (both from 1) of an offset in the original file."""

    line: int
    column: int


@dataclass(frozen=True)
class Quantity:
    """A number found in a claim or a fact, normalised to a base unit.

    Money is in units of its currency (USD), percents are 0-100, ratios are plain factors
    (2.5 for "2.5 times"), years are the year number, dates are ordinal days.
    """

    kind: Kind
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    unit: str = ""  # currency code for money, the counted noun for counts
    text: str = ""  # the words it was read from, for explanations
    span: Span | None = None  # offsets within the text it was read from
    high: float | None = None  # upper end when the quantity is a range ("80% to 98%")

    @property
    def low(self) -> float:
        return self.value


@dataclass(frozen=True)
class Block:
    """A run of text in a document: a paragraph of prose, a table row, or a heading/dateline
    to skip. A row carries the spans of its cells and the texts of its table's header."""

    span: Span
    kind: str  # "prose", "row", "heading", "short" (looks like a heading), "dateline", "title"
    cells: tuple[Span, ...] = ()
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """An article read into prose text plus a map back to the original file.

    ``text`` is what the extractor reads. ``offsets`` maps each index of ``text`` to the
    offset in ``original`` it came from (None when text is a same-length copy of the
    original, as for plain text and Markdown). Invisible and bidi characters are taken out
    before reading: ``dropped`` holds, for each one a text or Markdown reader never saw, the
    index of ``text`` it stood before; ``hidden_at`` the offset in ``original`` of every one
    taken out (any format) and ``hidden`` which it was. ``warnings`` are the article's own
    (hidden characters), each one line for a person; ``date_problem`` says why a date the
    article gives was not taken ("Feb 30 2025"), a warning unless a date comes from elsewhere.
    """

    source: str
    original: str
    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    date: dt.date | None = None
    offsets: array[int] | tuple[int, ...] | None = None  # 8-byte ints: 4.5M for 5 MB of HTML
    ignore_lines: frozenset[int] = frozenset()  # lines after a "factcheck: ignore" comment
    dropped: tuple[int, ...] = ()
    hidden_at: tuple[int, ...] = ()
    hidden: str = ""
    warnings: tuple[str, ...] = ()
    date_problem: str | None = None

    def original_offset(self, index: int) -> int:
        """The offset in ``original`` of ``text[index]`` (index may equal len(text))."""
        if self.offsets is None:
            return index + bisect_right(self.dropped, index) if self.dropped else index
        if index >= len(self.offsets):
            return len(self.original) if not self.offsets else self.offsets[-1] + 1
        return self.offsets[index]

    def text_offsets(self) -> array[int] | tuple[int, ...] | None:
        """Where each character of ``text`` lies in ``original``; None when at its own
        index (``offsets``, or built from ``dropped`` when hidden characters were taken out)."""
        if self.offsets is not None or not self.dropped:
            return self.offsets
        ends = [*self.dropped, len(self.text)]  # i plus the hidden characters at or before i
        out = array("q", range(min(ends[0], len(self.text))))
        for k in range(len(self.dropped)):  # a run at a time, not a search per character
            out.extend(range(ends[k] + k + 1, ends[k + 1] + k + 1))
        return out

    def original_span(self, span: Span) -> Span:
        if self.offsets is None and not self.dropped:
            return span
        start = self.original_offset(span.start)
        end = self.original_offset(span.end - 1) + 1 if span.end > span.start else start
        return Span(start, end)

    @cached_property
    def _line_starts(self) -> list[int]:
        """The offset in ``original`` where each line starts: counted once, so placing every
        claim of a long article stays linear (counting from 0 for each was quadratic)."""
        starts = [0]
        at = self.original.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = self.original.find("\n", at + 1)
        return starts

    def position(self, original_offset: int) -> Position:
        """Line and column (from 1) of an offset into ``original``."""
        line = bisect_right(self._line_starts, original_offset)
        return Position(line, original_offset - self._line_starts[line - 1] + 1)

    def hidden_in(self, span: Span) -> str:
        """The hidden characters taken out between two offsets of ``original``."""
        return self.hidden[bisect_left(self.hidden_at, span.start):
                           bisect_left(self.hidden_at, span.end)]


@dataclass(frozen=True)
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

    @property
    def subjects(self) -> frozenset[str]:
        """Whose figures the claim may give: its subject, the owner of its subject, or a
        thing its subject owns that it names ("xAI plans to expand Colossus to ...")."""
        return frozenset(e for e in (self.subject, self.possessor, *self.belongings) if e)


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


@dataclass(frozen=True)
class ReviewedClaim:
    """A known false or misleading claim, with the rating and explanation of a reviewer."""

    id: str
    claim: str
    entities: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]  # every group must match; any phrase within a group
    rating: str  # "false" or "misleading"
    explanation: str
    facts: tuple[str, ...]
    sources: tuple[Source, ...]
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Evidence:
    """A fact (or reviewed claim) a verdict rests on, as the report shows it."""

    fact: str
    statement: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Verdict:
    status: Status
    confidence: float
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    rule: str = ""  # the code of the rule that decided it


@dataclass(frozen=True)
class Cue:
    """One reason a claim's check-worthiness went up (``weight`` > 0) or down."""

    name: str
    weight: float


@dataclass(frozen=True)
class Worthiness:
    """How much checking a claim is worth (0-1), and the cues that set it."""

    score: float = 0.0
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Checkability:
    """Whether a claim is a statement some fact could settle, read from its structure.

    ``firm`` marks a judgement no fact could settle whatever the store holds (a
    recommendation, a hedge, an exhortation); a judgement that is not firm (an evaluative
    word, a promise without a figure) is still checked against the facts first.
    """

    checkable: bool
    reason: str  # said the way an explanation says it
    firm: bool = False
    worthiness: Worthiness = Worthiness()


@dataclass(frozen=True)
class CheckedClaim:
    claim: Claim
    verdict: Verdict
    worthiness: Worthiness = Worthiness()


@dataclass(frozen=True)
class ArticleInfo:
    source: str
    title: str | None
    date: dt.date | None
    warnings: tuple[str, ...] = ()  # about the article as read: an impossible date, ...


@dataclass(frozen=True)
class Report:
    """The one report model every output format renders from."""

    article: ArticleInfo
    claims: tuple[CheckedClaim, ...]
    version: int = 3  # the JSON contract's version (reporters/json_format.py)
    store: str = ""  # the stores checked against, as one string ("claims, bundled")
    stores: tuple[str, ...] = ()  # the same, one name per store merged (empty: ``store``)
    # The article as read (Document.text) and, for HTML or when hidden characters were taken
    # out, where each of its characters lies in the file (Document.text_offsets()): what the
    # HTML report shows with the claims marked in it.
    # Not in the JSON, whose reader has the file the claims' offsets point into.
    text: str = ""
    text_offsets: array[int] | tuple[int, ...] | None = None

    def worth_checking(self, threshold: float) -> Report:
        """The report without the claims whose check-worthiness is below ``threshold``
        (a policy option: such claims are neither shown nor counted)."""
        if threshold <= 0:
            return self
        kept = tuple(c for c in self.claims if c.worthiness.score >= threshold)
        return replace(self, claims=kept)  # the article's text and warnings stay

    def store_names(self) -> tuple[str, ...]:
        """Every store the claims were checked against, in merging order."""
        return self.stores or ((self.store,) if self.store else ())

    def summary(self) -> dict[str, int]:
        counts = {status.value: 0 for status in Status}
        for checked in self.claims:
            counts[checked.verdict.status.value] += 1
        return counts
