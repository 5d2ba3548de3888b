"""The ``ci`` lint format: one line per finding, the way compilers and linters print them.

Owns: ``path:line:col: status: claim (explanation; evidence: fact ids)`` for each active
finding, ``path[:line]: error: message`` for each article that could not be checked, in input
order, and the summary line that closes the output (also what ``ci -o`` prints on stderr).
Must not: judge, suppress, or pick the exit status; suppressed findings are only counted.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..ci.findings import CiResult, FileError, Finding
from ..model import Status


def finding_line(finding: Finding) -> str:
    """``path:line:col: status: claim (explanation; evidence: ids)`` on one line."""
    text = " ".join(finding.text.split())
    why = " ".join(finding.explanation.split())
    facts = ", ".join(e.fact for e in finding.evidence)
    if facts and finding.status is not Status.UNVERIFIED:
        why = f"{why.rstrip('.')}; evidence: {facts}" if why else f"evidence: {facts}"
    return (f"{finding.path}:{finding.line}:{finding.column}: {finding.status.value}: "
            f"{text} ({why})")


def error_line(error: FileError) -> str:
    where = f"{error.path}:{error.line}" if error.line else error.path
    return f"{where}: error: {error.message}"


def summary_line(result: CiResult) -> str:
    """One line: how many articles were checked and what came of it."""
    articles = _plural(result.checked, "article")
    parts = []
    failing, warnings = result.failing(), result.warnings()
    if failing:
        parts.append(f"{len(failing)} failing ({_by_status(failing)})")
    if warnings:
        parts.append(f"{_plural(len(warnings), 'warning')} ({_by_status(warnings)})")
    if not parts:
        parts.append("no findings")
    suppressed = result.suppressed_counts()
    if suppressed:
        kinds = ", ".join(f"{n} by {kind}" for kind, n in suppressed.items())
        parts.append(f"{sum(suppressed.values())} suppressed ({kinds})")
    if result.stale_baseline:
        parts.append(f"{_plural(result.stale_baseline, 'baseline entry', 'baseline entries')}"
                     " no longer found")
    if result.errors:
        parts.append(_plural(len(result.errors), "file") + " with errors")
    return f"factcheck: checked {articles}: {', '.join(parts)}"


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"


def _by_status(findings: tuple[Finding, ...]) -> str:
    counter = Counter(f.status.value for f in findings)
    return ", ".join(f"{counter[s.value]} {s.value}" for s in Status if counter[s.value])


def render(result: CiResult, out: TextIO) -> None:
    """Every error and active finding, article by article, then the summary line."""
    for article in result.articles:
        if article.error is not None:
            out.write(error_line(article.error) + "\n")
        for finding in article.findings:
            if finding.active:
                out.write(finding_line(finding) + "\n")
    out.write(summary_line(result) + "\n")
