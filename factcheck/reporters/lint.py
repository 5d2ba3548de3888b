"""The ``ci`` lint format: one line per finding, the way compilers and linters print them.

Owns: ``path:line:col: status: claim (explanation; evidence: fact ids) [CODE]`` for each
active finding (a claim's warnings as ``[warning: ...]`` before the code), ``path: warning:
...`` for how an article was read, ``path[:line]: error: message`` for each article that
could not be checked, ``path:line:col: unused-ignore: ...`` for each ignore comment that
accepted nothing, article by article (``article_lines``, so the command line can print each
article as soon as it is done), ``path: skipped: reason`` for each file never read
(``skipped_lines``), the ``--statistics`` table, the summary line that closes the output
(also what ``ci -o`` prints on stderr) and the run's title (``title``, for the Markdown and
HTML formats). Every file name and piece of text is shown, never obeyed (``safe``), and never
runs onto a second line. Must not: judge, suppress, or pick the
exit status; suppressed findings are only counted.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from ..ci.findings import ArticleResult, CiResult, FileError, Finding, UnusedIgnore
from ..model import Status
from ..rules.codes import CODES
from .safe import on_one_line, visible
from .terminal import COLORS, RESET


def finding_line(finding: Finding, color: bool = False) -> str:
    """``path:line:col: status: claim (explanation; evidence: ids) [CODE]`` on one line."""
    text = " ".join(finding.text.split())
    why = " ".join(finding.explanation.split())
    facts = ", ".join(e.fact for e in finding.evidence)
    if facts and finding.status is not Status.UNVERIFIED:
        why = f"{why.rstrip('.')}; evidence: {facts}" if why else f"evidence: {facts}"
    status = finding.status.value
    if color:
        status = f"{COLORS[finding.status]}{status}{RESET}"
    warned = "".join(f" [warning: {' '.join(w.split())}]" for w in finding.warnings)
    code = f" [{finding.rule}]" if finding.rule else ""
    return (f"{_path(finding.path)}:{finding.line}:{finding.column}: {status}: {text} ({why})"
            f"{warned}{code}")


def error_line(error: FileError) -> str:
    where = f"{_path(error.path)}:{error.line}" if error.line else _path(error.path)
    return f"{where}: error: {' '.join(error.message.split())}"


def _path(path: str) -> str:
    """A file name as written (of a ``visible`` result), but never across lines: a line
    break in it would let a file name forge a finding of its own."""
    return on_one_line(path)


def unused_line(unused: UnusedIgnore) -> str:
    return (f"{_path(unused.path)}:{unused.line}:{unused.column}: unused-ignore: "
            f"'factcheck: {unused.directive}' accepted no finding")


def article_lines(article: ArticleResult, color: bool = False) -> list[str]:
    """One article's error, the warnings on how it was read, its active findings and unused
    ignore comments, in file order; no escape code in them, every record on a line of its
    own."""
    article = visible(article)
    lines = [error_line(article.error)] if article.error is not None else []
    if article.report is not None:
        lines += [f"{_path(article.path)}: warning: {' '.join(w.split())}"
                  for w in article.report.article.warnings]
    lines += [finding_line(f, color) for f in article.findings if f.active]
    return lines + [unused_line(u) for u in article.unused_ignores]


def skipped_lines(result: CiResult) -> list[str]:
    """One line for each file found but never read (a link out of the repository, a FIFO)."""
    return [f"{_path(s.path)}: skipped: {on_one_line(s.reason)}"
            for s in visible(result.skipped)]


def title(result: CiResult) -> str:
    """The run's outcome in a few words: the title of the Markdown summary and the page."""
    if result.errors:
        return "factcheck: some articles could not be checked"
    failing = len(result.failing())
    if failing:
        return f"factcheck: {_plural(failing, 'failing claim')}"
    return "factcheck: no failing claims"


def summary_line(result: CiResult) -> str:
    """One line: how many articles were checked and what came of it."""
    articles = _plural(result.checked, "article")
    parts = []
    failing, warnings, notes = result.failing(), result.warnings(), result.notes()
    if failing:
        parts.append(f"{len(failing)} failing ({_by_status(failing)})")
    if warnings:
        parts.append(f"{_plural(len(warnings), 'warning')} ({_by_status(warnings)})")
    if notes:
        parts.append(f"{_plural(len(notes), 'note')} ({_by_status(notes)})")
    if not parts:
        parts.append("no findings")
    suppressed = result.suppressed_counts()
    if suppressed:
        kinds = ", ".join(f"{n} by {kind}" for kind, n in suppressed.items())
        parts.append(f"{sum(suppressed.values())} suppressed ({kinds})")
    if result.unused_ignores:
        parts.append(_plural(len(result.unused_ignores), "unused ignore comment"))
    if result.stale_baseline:
        parts.append(f"{_plural(result.stale_baseline, 'baseline entry', 'baseline entries')}"
                     " no longer found")
    if result.errors:
        parts.append(_plural(len(result.errors), "file") + " with errors")
    if result.skipped:
        parts.append(f"{len(result.skipped)} skipped")
    return f"factcheck: checked {articles}: {', '.join(parts)}"


def statistics_lines(result: CiResult) -> list[str]:
    """Active findings counted by status and rule code, most first (``--statistics``)."""
    counter = Counter((f.status.value, f.rule) for f in result.findings)
    order = [s.value for s in Status]
    rows = sorted(counter.items(), key=lambda kv: (-kv[1], order.index(kv[0][0]), kv[0][1]))
    width = len(str(max(counter.values(), default=0)))
    return [f"{count:>{width}}  {status:<12}  {code or '-':<12}  "
            f"{CODES[code].name if code in CODES else ''}".rstrip()
            for (status, code), count in rows]


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"


def _by_status(findings: tuple[Finding, ...]) -> str:
    counter = Counter(f.status.value for f in findings)
    return ", ".join(f"{counter[s.value]} {s.value}" for s in Status if counter[s.value])


def render(result: CiResult, out: TextIO, *, color: bool = False, quiet: bool = False,
           statistics: bool = False) -> None:
    """Every error and active finding, article by article (or the statistics table), then
    the summary line (left out with ``quiet``)."""
    if statistics:
        lines = statistics_lines(result)
    else:
        lines = [line for a in result.articles for line in article_lines(a, color)]
        lines += skipped_lines(result)
    if not quiet:
        lines.append(summary_line(result))
    out.write("".join(line + "\n" for line in lines))
