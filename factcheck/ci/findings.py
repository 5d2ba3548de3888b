"""The one result model of ``ci``: findings across many articles, and the exit status.

Owns: ``Finding`` (a claim whose status the policy fails or warns on, with its place in the
file and the evidence), ``FileError`` (an article that could not be checked), the per-article
``ArticleResult``, ``Skipped`` (a file found but never read: a symbolic link out of the
repository, a FIFO or a device), the whole-run ``CiResult`` with its counts, and
``exit_code`` -- the one function that decides 0 / 1 / 2. Every ``ci`` format renders from
``CiResult``.
Must not: read files, run the pipeline, or format output.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, replace

from ..errors import DocumentError, FactcheckError
from ..model import CheckedClaim, Document, Evidence, Report, Status

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class Level(enum.StrEnum):
    """How a finding weighs: an error fails the run, a warning or a note is only shown."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Suppressed(enum.StrEnum):
    """Why a finding was accepted on purpose."""

    COMMENT = "comment"  # <!-- factcheck: ignore --> before the claim (or ignore-file)
    BASELINE = "baseline"  # recorded in the baseline file


@dataclass(frozen=True)
class Finding:
    """A claim with a status the policy fails or warns on, where it stands in its file."""

    path: str  # as shown: relative to the working directory when under it
    claim_id: str
    status: Status
    level: Level
    text: str  # the claim's words in the article
    line: int
    column: int
    end_line: int
    end_column: int  # the column just after the claim's last character
    start: int  # character offsets into the file (end exclusive)
    end: int
    explanation: str
    evidence: tuple[Evidence, ...]
    rule: str
    confidence: float
    suppressed: Suppressed | None = None
    reason: str | None = None  # the ignore comment's reason, or the baseline's note
    warnings: tuple[str, ...] = ()  # how the claim was read: hidden characters, refusals

    @property
    def active(self) -> bool:
        return self.suppressed is None

    def suppress(self, why: Suppressed, reason: str | None = None) -> Finding:
        return replace(self, suppressed=why, reason=reason)


@dataclass(frozen=True)
class FileError:
    """An article that could not be read or checked."""

    path: str
    message: str
    line: int | None = None

    @classmethod
    def from_exception(cls, path: str, exc: Exception) -> FileError:
        text = str(exc)
        line = exc.line if isinstance(exc, DocumentError) else None
        if isinstance(exc, DocumentError):
            where = f"{exc.path}:{exc.line}" if exc.line else exc.path
            if text.startswith(where + ": "):
                text = text[len(where) + 2:]
        elif not isinstance(exc, FactcheckError):
            text = f"internal error: {type(exc).__name__}: {exc}"
        return cls(path, text, line)


@dataclass(frozen=True)
class UnusedIgnore:
    """An ignore comment that accepted no finding: stale, or scoped to the wrong status."""

    path: str
    line: int
    column: int
    directive: str  # "ignore[contradicted]", "off", "ignore-file"


@dataclass(frozen=True)
class Skipped:
    """A file found but never read, and why: reported, and no reason to fail the run."""

    path: str
    reason: str


@dataclass(frozen=True)
class ArticleResult:
    """One article of the run: its report and findings, or the error that stopped it."""

    path: str
    report: Report | None = None
    findings: tuple[Finding, ...] = ()
    error: FileError | None = None
    unused_ignores: tuple[UnusedIgnore, ...] = ()

    def without_claims(self) -> ArticleResult:
        """The article with its report's claims and text dropped: all that a format which
        shows no claim reads (warnings, store names), at a fraction of the memory."""
        if self.report is None:
            return self
        return replace(self, report=replace(self.report, claims=(), text="",
                                            text_offsets=None))


@dataclass(frozen=True)
class CiResult:
    """Every article of a ``ci`` run, in input order, with the policy's two lists."""

    articles: tuple[ArticleResult, ...]
    fail_on: tuple[str, ...]
    warn_on: tuple[str, ...]
    stale_baseline: int = 0  # baseline entries that matched nothing in the checked files
    note_on: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Active findings (not suppressed), in file order."""
        return tuple(f for a in self.articles for f in a.findings if f.active)

    @property
    def stores(self) -> tuple[str, ...]:
        """The stores the run checked against (every article of a run uses the same)."""
        return next((a.report.store_names() for a in self.articles if a.report), ())

    @property
    def suppressed(self) -> tuple[Finding, ...]:
        return tuple(f for a in self.articles for f in a.findings if not f.active)

    @property
    def unused_ignores(self) -> tuple[UnusedIgnore, ...]:
        return tuple(u for a in self.articles for u in a.unused_ignores)

    @property
    def errors(self) -> tuple[FileError, ...]:
        return tuple(a.error for a in self.articles if a.error is not None)

    @property
    def checked(self) -> int:
        return sum(1 for a in self.articles if a.error is None)

    def counts(self) -> dict[str, int]:
        """Active findings per status, worst first, statuses with none left out."""
        counter = Counter(f.status.value for f in self.findings)
        return {s.value: counter[s.value] for s in Status if counter[s.value]}

    def suppressed_counts(self) -> dict[str, int]:
        counter = Counter(f.suppressed.value for f in self.suppressed if f.suppressed)
        return {s.value: counter[s.value] for s in Suppressed if counter[s.value]}

    def failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.ERROR)

    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.WARNING)

    def notes(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.NOTE)


def exit_code(result: CiResult) -> int:
    """0 clean, 1 a failing finding remains after suppression, 2 an article had an error."""
    if result.errors:
        return EXIT_ERROR
    if result.failing():
        return EXIT_FINDINGS
    return EXIT_CLEAN


def finding(path: str, document: Document, checked: CheckedClaim, level: Level) -> Finding:
    """The finding for one checked claim of ``document``."""
    claim, verdict = checked.claim, checked.verdict
    end = document.position(claim.span.end)
    return Finding(
        path=path, claim_id=claim.id, status=verdict.status, level=level, text=claim.text,
        line=claim.position.line, column=claim.position.column, end_line=end.line,
        end_column=end.column, start=claim.span.start, end=claim.span.end,
        explanation=verdict.explanation, evidence=verdict.evidence, rule=verdict.rule,
        confidence=verdict.confidence, warnings=claim.warnings)
