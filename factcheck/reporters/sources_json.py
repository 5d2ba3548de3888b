"""The JSON report of ``factcheck sources fetch`` and ``verify``: the checks written out.

Owns: the shape of both documents (version 1). Must not: judge a source or pick an exit
status. Dates and times are ISO strings or null.

    verify: {"version": 1,
             "summary": {"sources", "ok", "warnings", "failed"},
             "sources": [{"fact", "url", "result", "reachable", "status", "error",
                          "redirected_to", "excerpt", "match": {"kind", "score"} | null,
                          "age_days", "fetched_at", "failed"}]}
    fetch:  {"version": 1,
             "urls": [{"url", "facts", "status", "final_url", "redirects", "error",
                       "not_modified", "changed", "new", "content_hash",
                       "fetched_at"}]}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from ..store.sources import FetchOutcome, SourceCheck
from .safe import json_text
from .sources_text import summary, verdict_word

JSON_VERSION = 1


def check_to_dict(check: SourceCheck) -> dict[str, Any]:
    match = None if check.match is None else {"kind": check.match.kind,
                                              "score": check.match.score}
    return {"fact": check.fact_id, "url": check.url, "result": verdict_word(check).lower(),
            "reachable": check.reachable, "status": check.status, "error": check.error,
            "redirected_to": check.redirected_to, "excerpt": check.excerpt, "match": match,
            "age_days": check.age_days,
            "fetched_at": check.fetched_at.isoformat() if check.fetched_at else None,
            "failed": check.failed}


def outcome_to_dict(outcome: FetchOutcome) -> dict[str, Any]:
    snap = outcome.snapshot
    return {"url": outcome.url, "facts": list(outcome.fact_ids), "status": snap.status,
            "final_url": snap.final_url, "redirects": list(snap.redirects),
            "error": outcome.error, "not_modified": outcome.not_modified,
            "changed": outcome.changed, "new": outcome.new, "content_hash": snap.content_hash,
            "fetched_at": snap.fetched_at.isoformat() if snap.fetched_at else None}


def render_verify(checks: Sequence[SourceCheck], out: TextIO) -> None:
    data = {"version": JSON_VERSION, "summary": summary(checks),
            "sources": [check_to_dict(c) for c in checks]}
    out.write(json_text(data) + "\n")


def render_fetch(outcomes: Sequence[FetchOutcome], out: TextIO) -> None:
    data = {"version": JSON_VERSION, "urls": [outcome_to_dict(o) for o in outcomes]}
    out.write(json_text(data) + "\n")
