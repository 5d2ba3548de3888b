"""The report: every claim with its verdict and evidence.

Owns: verdict words, verdicts, evidence, reviewed and checked claims, and the one report model
every output format renders from. Must not: render or decide.
"""

from __future__ import annotations

import datetime as dt
import enum
from array import array
from dataclasses import dataclass, replace

from .records import Claim, Source


class Status(enum.StrEnum):
    """The verdict words of a report, in order of severity (worst first)."""

    CONTRADICTED = "contradicted"
    IMPRECISE = "imprecise"
    OUTDATED = "outdated"
    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    OPINION = "opinion"


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
