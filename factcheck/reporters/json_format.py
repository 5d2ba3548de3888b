"""The JSON report: the report model written out, the machine-readable contract.

Owns: the exact shape of the JSON report (version 2) and of the JSON error the CLI prints
with ``--format json``, and the evidence objects ``ci``'s JSON shares with it (one
vocabulary: a claim's id is ``id`` in both). Must not: add, drop or reorder keys without
bumping ``version`` and the JSON Schema (``factcheck/schemas/check-report.schema.json``);
other programs read this. Named ``json_format`` so it never shadows the standard ``json``.

    {"version": 3,
     "article": {"source", "title", "date", "warnings": [str]},
     "stores": [str],
     "summary": {status: count, for all six statuses in Status order},
     "claims": [{"id", "text", "standalone", "start", "end", "line", "column", "status",
                 "rule", "confidence", "worthiness": {"score", "cues": [{"cue", "weight"}]},
                 "explanation",
                 "evidence": [{"fact", "statement",
                               "sources": [{"url", "title", "publisher", "date",
                                            "reliability"}]}],
                 "warnings": [str]}]}

``start``/``end`` are character offsets into the original file (end exclusive); ``line`` and
``column`` count from 1; dates are ISO strings or null; confidence has two decimals.
``worthiness`` is how much checking the claim is worth (0-1, two decimals) with the cues
that raised (weight > 0) or lowered it. ``warnings`` (empty for most articles) say how the
article or a claim was read: a date that names no real day, hidden characters taken out, a
refused figure. ``stores`` names the stores the claims were checked against, in merging order
("bundled" for the store shipped with factcheck, else the path). Version 2 added ``rule``,
``worthiness``, ``reliability`` and ``warnings``; version 3 added ``stores``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TextIO

from ..model import CheckedClaim, Evidence, Report, Source
from .safe import write_json

JSON_VERSION = 3  # 2: "rule" and "worthiness" on claims, "reliability" on sources; 3: "stores"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _source(source: Source) -> dict[str, Any]:
    return {"url": source.url, "title": source.title, "publisher": source.publisher,
            "date": _date(source.date), "reliability": source.reliability}


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    """One evidence fact with its sources: the same object in ``check`` and ``ci`` JSON."""
    return {"fact": evidence.fact, "statement": evidence.statement,
            "sources": [_source(s) for s in evidence.sources]}


def _claim(checked: CheckedClaim) -> dict[str, Any]:
    claim, verdict = checked.claim, checked.verdict
    return {
        "id": claim.id,
        "text": claim.text,
        "standalone": claim.standalone,
        "start": claim.span.start,
        "end": claim.span.end,
        "line": claim.position.line,
        "column": claim.position.column,
        "status": verdict.status.value,
        "rule": verdict.rule,
        "confidence": round(verdict.confidence, 2),
        "worthiness": {"score": round(checked.worthiness.score, 2),
                       "cues": [{"cue": c.name, "weight": round(c.weight, 2)}
                                for c in checked.worthiness.cues]},
        "explanation": verdict.explanation,
        "evidence": [evidence_to_dict(e) for e in verdict.evidence],
        "warnings": list(claim.warnings),
    }


def _head(report: Report) -> dict[str, Any]:
    """Every key of the report but its claims, which come last."""
    return {
        "version": report.version,
        "article": {"source": report.article.source, "title": report.article.title,
                    "date": _date(report.article.date),
                    "warnings": list(report.article.warnings)},
        "stores": list(report.store_names()),
        "summary": report.summary(),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, keys in the contract's order."""
    return {**_head(report), "claims": [_claim(c) for c in report.claims]}


def error_to_dict(message: str) -> dict[str, Any]:
    """The JSON the CLI prints instead of a report when ``--format json`` meets an error."""
    return {"version": JSON_VERSION, "error": message}


def render(report: Report, out: TextIO, *, color: bool = False) -> None:
    """Write the report as indented JSON (UTF-8 text; only the characters ``safe.json_text``
    names are \\u escapes) and a newline.

    The claims are written one at a time (``safe.write_json``): the text is the same as
    ``report_to_dict`` written out whole, without holding it. ``color`` is accepted for the
    common signature and ignored: JSON is for programs.
    """
    write_json(_head(report), "claims", (_claim(c) for c in report.claims), out)
    out.write("\n")
