"""The ``ci`` GitHub Actions format: workflow commands that annotate the exact lines.

Owns: ``::error`` for failing findings and unreadable articles, ``::warning`` for warning
findings (file, line, col, endLine, endColumn, a title and the evidence), the cap GitHub puts
on annotations (10 of each kind per step) with one ``::notice`` saying how many more there are
and where to read them, then every finding as a plain lint line for the log. The escaping
follows GitHub's toolkit (``%``, CR, LF in data; also ``:`` and ``,`` in properties).
Must not: judge, suppress, or pick the exit status; it never writes files (the command line
appends the Markdown summary to ``$GITHUB_STEP_SUMMARY``).
"""

from __future__ import annotations

from typing import TextIO

from ..ci.findings import CiResult, FileError, Finding, Level
from . import lint
from .safe import visible

MAX_ANNOTATIONS = 10  # GitHub shows at most 10 errors and 10 warnings per step


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{kind} {props}::{escape_data(message)}" if props else \
        f"::{kind}::{escape_data(message)}"


def finding_message(finding: Finding) -> str:
    """The claim and why, then one line per evidence fact with its first source."""
    lines = [f"{' '.join(finding.text.split())} -- {finding.explanation}"]
    lines += [f"warning: {w}" for w in finding.warnings]
    for evidence in finding.evidence:
        source = evidence.sources[0] if evidence.sources else None
        where = f" ({source.publisher}: {source.url})" if source else ""
        lines.append(f"{evidence.fact}: {evidence.statement}{where}")
    return "\n".join(lines)


def finding_command(finding: Finding) -> str:
    kind = "notice" if finding.level is Level.NOTE else finding.level.value
    return command(kind, finding_message(finding), file=finding.path,
                   line=finding.line, col=finding.column, endLine=finding.end_line,
                   endColumn=finding.end_column, title=f"factcheck: {finding.status.value}")


def error_command(error: FileError) -> str:
    if error.line:
        return command("error", error.message, file=error.path, line=error.line,
                       title="factcheck: cannot check this article")
    return command("error", error.message, file=error.path,
                   title="factcheck: cannot check this article")


def render(result: CiResult, out: TextIO, *, step_summary: bool = False) -> None:
    """Annotations (capped), a notice for the rest, then the lint lines and summary."""
    raw, result = result, visible(result)  # workflow commands escape %, line breaks, not ESC
    errors = [error_command(e) for e in result.errors] + \
        [finding_command(f) for f in result.findings if f.level is Level.ERROR]
    warnings = [finding_command(f) for f in result.findings if f.level is Level.WARNING]
    warnings += [command("warning", w, file=a.path, title="factcheck: how the article was read")
                 for a in result.articles if a.report for w in a.report.article.warnings]
    # notes are notices, and one notice is kept for the line saying how many more there are
    notes = [finding_command(f) for f in result.findings if f.level is Level.NOTE]
    out.writelines(line + "\n" for line in errors[:MAX_ANNOTATIONS] + warnings[:MAX_ANNOTATIONS]
                   + notes[:MAX_ANNOTATIONS - 1])
    more_errors = max(0, len(errors) - MAX_ANNOTATIONS)
    more_warnings = max(0, len(warnings) - MAX_ANNOTATIONS)
    more_notes = max(0, len(notes) - (MAX_ANNOTATIONS - 1))
    if more_errors or more_warnings or more_notes:
        counts = " and ".join(
            part for part in (_count(more_errors, "error"), _count(more_warnings, "warning"),
                              _count(more_notes, "note")) if part)
        where = "in this step's log below" + (" and in the job summary" if step_summary else "")
        out.write(command("notice", f"{counts} more not annotated: GitHub shows "
                                    f"{MAX_ANNOTATIONS} of each kind per step. Read them all "
                                    f"{where}.", title="factcheck") + "\n")
    lint.render(raw, out)  # shown there: twice would double every escape's backslash


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}" if n else ""
