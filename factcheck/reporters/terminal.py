"""The terminal report: a table a person reads at a terminal (the default format).

Owns: the layout (a header naming the article, one row per claim with ``line:col``, the
status, the claim wrapped to the width, its explanation and first source indented below, a
summary line of counts) and the ANSI colours of the status words. With colour on, a source
is a short label -- its publisher and host -- that is a terminal hyperlink (OSC 8) to its
URL, so a long URL never breaks the layout (a URL ``safe.link_target`` refuses stays text,
unlinked). Must not: import click, detect a terminal, or decide whether to colour (the CLI
passes ``color``); with ``color=False`` the output holds no escape codes at all, and a
source's URL is written out.

    articles/ai-titans.md: The Battle of AI Titans (2025-03-25)
    stores: claims, bundled

    7:12   contradicted  Elon Musk co-founded OpenAI in 2017
                           article: 2017; store: 2015 (founding of OpenAI)
                           source: OpenAI, https://openai.com/index/openai-elon-musk/

    7 claims: 1 contradicted, 1 imprecise, 1 outdated, 2 unverified, 1 supported,
      1 opinion
"""

from __future__ import annotations

import os
import sys
from typing import TextIO
from urllib.parse import urlsplit

from ..model import ArticleInfo, CheckedClaim, Report, Status
from .safe import link_target, visible

MIN_WIDTH = 60
STATUS_WIDTH = max(len(s.value) for s in Status)
GAP = "  "
DETAIL_INDENT = "  "

RESET = "\x1b[0m"
COLORS: dict[Status, str] = {
    Status.CONTRADICTED: "\x1b[31m",  # red
    Status.IMPRECISE: "\x1b[33m",  # yellow
    Status.OUTDATED: "\x1b[35m",  # magenta
    Status.UNVERIFIED: "\x1b[2m",  # dim: unknown, not wrong
    Status.SUPPORTED: "\x1b[32m",  # green
    Status.OPINION: "\x1b[36m",  # cyan
}


def _word(status: Status, color: bool) -> str:
    return f"{COLORS[status]}{status.value}{RESET}" if color else status.value


def _one_line(text: str) -> str:
    """Claims can span line breaks in the article; a row of the table cannot."""
    return " ".join(text.split())


def _wrap(text: str, width: int) -> list[str]:
    """The words of ``text`` on lines of at most ``width``, filled greedily, as
    ``textwrap.wrap`` fills them without breaking words (its own machinery, made for every
    option, was two thirds of rendering the table). Long words (URLs, figures) stay whole,
    each on a line of its own: a broken URL cannot be clicked or copied."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in _one_line(text).split(" "):
        if line and used + 1 + len(word) <= width:
            line.append(word)
            used += 1 + len(word)
            continue
        if line:
            lines.append(" ".join(line))
        line, used = [word], len(word)
    if line and line != [""]:
        lines.append(" ".join(line))
    return lines or [""]


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` gives it (``COLUMNS`` first,
    then the terminal, else 80), without importing ``shutil`` and the compression modules
    it brings for this one question."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def header(article: ArticleInfo) -> str:
    """``source: title (date)``; the date is said to be unknown rather than left out."""
    title = f": {_one_line(article.title)}" if article.title else ""
    date = article.date.isoformat() if article.date else "date unknown"
    return f"{article.source}{title} ({date})"


def summary_lines(report: Report, width: int, color: bool = False) -> list[str]:
    """``7 claims: 1 contradicted, ...`` for all six statuses, wrapped at the commas."""
    counts = report.summary()
    total = len(report.claims)
    lines = [f"{total} claim{'' if total == 1 else 's'}:"]
    visible = len(lines[0])  # escape codes take no columns: count the plain words
    for index, status in enumerate(Status):
        end = "," if index < len(Status) - 1 else ""
        plain = f"{counts[status.value]} {status.value}{end}"
        sep = " "
        if visible + len(sep) + len(plain) > width:
            lines.append("  ")
            visible, sep = 2, ""
        lines[-1] += f"{sep}{counts[status.value]} {_word(status, color)}{end}"
        visible += len(sep) + len(plain)
    return lines


def _hyperlink(target: str, label: str) -> str:
    """OSC 8: ``ESC ] 8 ; ; URI ST label ESC ] 8 ; ; ST`` (``target`` from ``link_target``)."""
    return f"\x1b]8;;{target}\x1b\\{label}\x1b]8;;\x1b\\"


def _source_line(checked: CheckedClaim, raw: CheckedClaim, color: bool) -> str | None:
    """The first source, and how many more; ``raw`` is the claim before ``visible``, whose
    URLs are checked for a hyperlink as they are."""
    # One source can back several facts: count it once.
    sources = list({s.url: s for e in checked.verdict.evidence for s in e.sources}.values())
    if not sources:
        return None
    first = sources[0]
    more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
    name = first.publisher or first.title
    raw_url = next(s.url for e in raw.verdict.evidence for s in e.sources)
    target = link_target(raw_url) if color else None
    if target is not None:
        # the host as written (a linkable URL has nothing to escape), not percent-encoded
        host = urlsplit(first.url).hostname or ""
        label = f"{name} ({host})" if name else host
        return f"source: {_hyperlink(target, label)}{more}"
    return f"source: {name}, {first.url}{more}" if name else f"source: {first.url}{more}"


def _row(checked: CheckedClaim, raw: CheckedClaim, loc_width: int, width: int,
         color: bool) -> list[str]:
    claim, verdict = checked.claim, checked.verdict
    loc = f"{claim.position.line}:{claim.position.column}".ljust(loc_width)
    # Pad outside the colour codes so the columns line up with and without colour.
    status = _word(verdict.status, color) + " " * (STATUS_WIDTH - len(verdict.status.value))
    indent = " " * (loc_width + len(GAP) + STATUS_WIDTH + len(GAP))
    # The explanation and source sit a step further in, to stand apart from a wrapped claim.
    detail = indent + DETAIL_INDENT
    text = _wrap(claim.text, max(width - len(indent), 20))
    lines = [f"{loc}{GAP}{status}{GAP}{text[0]}".rstrip()]
    lines += [indent + line for line in text[1:]]
    if verdict.explanation.strip():
        lines += [detail + line for line in _wrap(verdict.explanation, width - len(detail))]
    source = _source_line(checked, raw, color)
    if source:
        lines.append(detail + source)  # unwrapped: the URL stays whole
    for warning in claim.warnings:
        lines += [detail + line for line in _wrap(f"warning: {warning}", width - len(detail))]
    return lines


def render(report: Report, out: TextIO, *, color: bool = False,
           width: int | None = None) -> None:
    """Write the table to ``out``, wrapped to ``width`` (default: the terminal's, at least 60)."""
    if width is None:
        width = _terminal_columns()
    width = max(width, MIN_WIDTH)
    raw, report = report, visible(report)  # untrusted text is data: no escape reaches the
    # terminal (the raw report's URLs are what a hyperlink may carry, when one is safe)
    lines = [header(report.article)]
    stores = report.store_names()
    if stores:
        lines.append(f"store{'s' if len(stores) > 1 else ''}: {', '.join(stores)}")
    for warning in report.article.warnings:  # wrapped like a claim's detail, under the header
        wrapped = _wrap(f"warning: {warning}", width - len(DETAIL_INDENT))
        lines += [wrapped[0], *(DETAIL_INDENT + line for line in wrapped[1:])]
    lines.append("")
    if not report.claims:
        lines.append("No claims found.")
    else:
        loc_width = max(len(f"{c.claim.position.line}:{c.claim.position.column}")
                        for c in report.claims)
        for checked, raw_checked in zip(report.claims, raw.claims, strict=True):
            lines += _row(checked, raw_checked, loc_width, width, color)
    lines += ["", *summary_lines(report, width, color)]
    out.write("\n".join(lines) + "\n")
