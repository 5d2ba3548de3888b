"""The ``ci`` Markdown format: a pull-request comment or job summary for a whole run.

Owns: a title that says the outcome, the summary counts, the stores checked against, a table of
the findings that fail the run, one of warnings (each table at most ``MAX_ROWS`` rows, saying
how many more there are), the articles that could not be checked, the files skipped unread, and
the suppressed findings (folded, with why). File names go in code spans fenced longer than any
run of backticks they hold, so a backtick in a name cannot end the span. It is also what
``--format github`` appends to ``$GITHUB_STEP_SUMMARY``.
Must not: judge, suppress, pick the exit status, or print anything that changes between runs.
Article text is escaped with the ``check`` Markdown report's own ``escape``.
"""

from __future__ import annotations

from typing import TextIO

from ..ci.findings import CiResult, Finding
from ..model import Status
from . import lint
from .markdown_format import code, escape, link
from .safe import visible

MAX_ROWS = 200  # per table: a pull-request comment holds at most 65,536 characters


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _code_span(text: str) -> str:
    """A code span a backtick in a file name cannot end early; ``|`` escaped for a table
    (GitHub takes ``\\|`` inside a code span in a table cell as the bar itself)."""
    return code(text).replace("|", "\\|")


def _where(finding: Finding) -> str:
    return _code_span(f"{finding.path}:{finding.line}:{finding.column}")


def _evidence(finding: Finding) -> str:
    """Fact ids with their first source: the "Why" column already says what they hold."""
    if finding.status is Status.UNVERIFIED:
        return ""  # the explanation names the nearest fact; it settles nothing
    parts = []
    for evidence in finding.evidence:
        source = f" ({link(evidence.sources[0])})" if evidence.sources else ""
        parts.append(f"{escape(evidence.fact)}{source}")
    return ", ".join(parts)


def _table(findings: tuple[Finding, ...]) -> list[str]:
    lines = [_row("Where", "Status", "Claim", "Why", "Evidence"), "|---|---|---|---|---|"]
    lines += [_row(_where(f), f.status.value, escape(f.text), escape(
        " ".join([f.explanation, *(f"(warning: {w})" for w in f.warnings)])), _evidence(f))
        for f in findings[:MAX_ROWS]]
    if len(findings) > MAX_ROWS:
        lines += ["", (f"... and {len(findings) - MAX_ROWS} more, not shown here: every "
                      "finding is in the log and in the other formats.")]
    return lines


def render(result: CiResult, out: TextIO) -> None:
    result = visible(result)  # control characters as visible escapes, then Markdown's own
    failing, warnings, notes = result.failing(), result.warnings(), result.notes()
    parts: list[list[str]] = [[f"## {lint.title(result)}"], [escape(lint.summary_line(result))]]
    if result.stores:
        parts.append([f"Checked against: {', '.join(code(s) for s in result.stores)}"])
    if failing:
        parts += [["### Failing"], _table(failing)]
    if warnings:
        parts += [["### Warnings"], _table(warnings)]
    if notes:
        parts += [[f"<details><summary>{len(notes)} note{'s' if len(notes) != 1 else ''}"
                   "</summary>", "", *_table(notes), "", "</details>"]]
    read = [(a.path, w) for a in result.articles if a.report for w in a.report.article.warnings]
    if read:
        parts += [["### Read with warnings"], [f"- {code(path)}: {escape(w)}"
                                                for path, w in read]]
    if result.errors:
        parts += [["### Not checked"],
                  [f"- {code(e.path)}{f' line {e.line}' if e.line else ''}: {escape(e.message)}"
                   for e in result.errors]]
    if result.skipped:
        parts += [["### Skipped, not read"],
                  [f"- {code(s.path)}: {escape(s.reason)}" for s in result.skipped]]
    suppressed = result.suppressed
    if suppressed:
        rows = [_row("Where", "Status", "Claim", "Suppressed by"), "|---|---|---|---|"]
        rows += [_row(_where(f), f.status.value, escape(f.text),
                      escape(f"{f.suppressed}" + (f": {f.reason}" if f.reason else "")))
                 for f in suppressed]
        parts += [[f"<details><summary>{len(suppressed)} suppressed</summary>", "",
                   *rows, "", "</details>"]]
    out.write("\n\n".join("\n".join(part) for part in parts) + "\n")
