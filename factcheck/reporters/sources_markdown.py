"""The Markdown report of ``factcheck sources fetch`` and ``verify``, for an issue or a PR.

Owns: the Markdown layout (a title, the summary, one table row per source, failures first).
The wording comes from ``sources_text`` so every format says the same thing.
Must not: judge a source or pick an exit status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..store.sources import FetchOutcome, SourceCheck
from .safe import visible
from .sources_text import describe, fetch_line, plural, summary, verdict_word

_ORDER = {"FAILED": 0, "warning": 1, "ok": 2}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_verify(checks: Sequence[SourceCheck], out: TextIO) -> None:
    checks = visible(tuple(checks))  # URLs and excerpts are data, not escape codes
    counts = summary(checks)
    out.write("# Source verification\n\n")
    out.write(f"{plural(counts['sources'], 'source')}: **{counts['failed']} failed**, "
              f"{plural(counts['warnings'], 'warning')}, {counts['ok']} ok.\n\n")
    if not checks:
        return
    out.write("| result | fact | source | details |\n|---|---|---|---|\n")
    ordered = sorted(checks, key=lambda c: _ORDER[verdict_word(c)])  # stable: store order
    out.writelines(f"| {verdict_word(check)} | `{_cell(check.fact_id)}` | <{check.url}> | "
                  f"{_cell('; '.join(describe(check)))} |\n" for check in ordered)


def render_fetch(outcomes: Sequence[FetchOutcome], out: TextIO) -> None:
    outcomes = visible(tuple(outcomes))
    errors = sum(1 for o in outcomes if o.error)
    out.write("# Source snapshots\n\n")
    out.write(f"{plural(len(outcomes), 'URL')} fetched: {len(outcomes) - errors} ok, "
              f"{plural(errors, 'error')}.\n\n")
    out.writelines(f"- `{_cell(fetch_line(outcome))}`\n" for outcome in outcomes)
