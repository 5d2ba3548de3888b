"""The plain-text report of ``factcheck sources fetch`` and ``factcheck sources verify``.

Owns: the wording every source format shares (``verdict_word``, ``describe``, ``summary``)
and the text layout: one line per source, its details indented below, a summary line.
Must not: judge a source (``sources.py`` did) or pick an exit status (``cli_sources.py``).

    FAILED   acme-aum-2024  https://example.com/acme/results
               HTTP 404; excerpt not checked; snapshot 3 days old
    ok       acme-founded   https://example.com/about
               HTTP 200; excerpt found verbatim; snapshot 0 days old

    2 sources: 1 ok, 0 warnings, 1 failed
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..store.sources import FetchOutcome, SourceCheck
from .safe import visible

_MATCH_WORDS = {
    "verbatim": "excerpt found verbatim",
    "normalized": "excerpt found after normalising whitespace, quotes and dashes",
    "fuzzy": "excerpt found only fuzzily",
    "missing": "excerpt missing",
}


def verdict_word(check: SourceCheck) -> str:
    """"FAILED", "warning" (fuzzy excerpt, or an error that fails nothing) or "ok"."""
    if check.failed:
        return "FAILED"
    if check.error or (check.match is not None and check.match.kind == "fuzzy"):
        return "warning"
    return "ok"


def describe(check: SourceCheck) -> list[str]:
    """The facts of one check in words: page, redirect, excerpt, age."""
    parts = []
    if check.error and check.status is None:
        parts.append(f"unreachable: {check.error}")
    elif check.error:
        same = check.error.startswith(f"HTTP {check.status}")
        parts.append(check.error if same else f"HTTP {check.status}: {check.error}")
    else:
        parts.append(f"HTTP {check.status}" + (" (not modified)" if check.status == 304 else ""))
    if check.redirected_to:
        parts.append(f"redirected to {check.redirected_to}")
    if check.match is not None:
        words = _MATCH_WORDS[check.match.kind]
        if check.match.kind == "fuzzy":
            words += f" (score {check.match.score:.1f})"
        elif check.match.kind == "missing" and check.match.score:
            words += f" (best partial score {check.match.score:.1f})"
        parts.append(words)
    elif check.excerpt:
        parts.append("excerpt not checked")
    else:
        parts.append("no excerpt recorded")
    if check.age_days is not None:
        parts.append(f"snapshot {check.age_days} day{'s' if check.age_days != 1 else ''} old")
    else:
        parts.append("no snapshot text")
    return parts


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(checks: Sequence[SourceCheck]) -> dict[str, int]:
    words = [verdict_word(c) for c in checks]
    return {"sources": len(checks), "ok": words.count("ok"),
            "warnings": words.count("warning"), "failed": words.count("FAILED")}


def fetch_line(outcome: FetchOutcome) -> str:
    """One fetched URL in words: its status and what changed."""
    snap = outcome.snapshot
    if outcome.error:
        status = f"HTTP {snap.status}: " if snap.status is not None else ""
        if outcome.error.startswith("HTTP "):
            status = ""
        return f"error    {outcome.url}: {status}{outcome.error}"
    what = ("not modified" if outcome.not_modified else "new" if outcome.new
            else "changed" if outcome.changed else "unchanged")
    where = f" -> {snap.final_url}" if snap.final_url and snap.final_url != outcome.url else ""
    return f"{snap.status}      {outcome.url}{where} ({what})"


def render_verify(checks: Sequence[SourceCheck], out: TextIO) -> None:
    checks = visible(tuple(checks))  # URLs and excerpts are data, not escape codes
    width = max((len(c.fact_id) for c in checks), default=0)
    for check in checks:
        out.write(f"{verdict_word(check):<8} {check.fact_id:<{width}}  {check.url}\n")
        out.write(f"{'':<11}{'; '.join(describe(check))}\n")
    counts = summary(checks)
    if checks:
        out.write("\n")
    out.write(f"{plural(counts['sources'], 'source')}: {counts['ok']} ok, "
              f"{plural(counts['warnings'], 'warning')}, {counts['failed']} failed\n")


def render_fetch(outcomes: Sequence[FetchOutcome], out: TextIO) -> None:
    outcomes = visible(tuple(outcomes))
    out.writelines(fetch_line(outcome) + "\n" for outcome in outcomes)
    errors = sum(1 for o in outcomes if o.error)
    out.write(f"\n{plural(len(outcomes), 'URL')} fetched: {len(outcomes) - errors} ok, "
              f"{plural(errors, 'error')}\n")
