"""The ``ci`` JSON format: the whole run written out, for programs and archives.

Owns: the shape (version 2) below, in the same words as ``check``'s JSON (a claim's id is
``id``, evidence objects are the same) and described by the JSON Schema
``factcheck/schemas/ci-report.schema.json``. ``findings`` holds every finding, suppressed ones
too (``suppressed`` says why, or is null); ``articles`` holds each article's full ``check``
report (``report_to_dict``) or its error. Must not: judge, suppress, or pick the exit status.

    {"version": 2,
     "summary": {"articles", "checked", "failing", "warnings", "notes",
                 "statuses": {status: n}, "suppressed": {"comment": n, "baseline": n},
                 "errors", "stale_baseline"},
     "findings": [{"path", "id", "text", "start", "end", "line", "column", "end_line",
                   "end_column", "status", "rule", "level", "confidence", "explanation",
                   "evidence": [{"fact", "statement", "sources": [{"url", "title",
                                 "publisher", "date", "reliability"}]}],
                   "suppressed", "reason", "warnings": [str]}],
     "errors": [{"path", "line", "message"}],
     "unused_ignores": [{"path", "line", "column", "directive"}],
     "skipped": [{"path", "reason"}],
     "articles": [{"path", "report": {...} | null, "error": str | null}]}
"""

from __future__ import annotations

from typing import Any, TextIO

from ..ci.findings import CiResult, Finding
from .json_format import evidence_to_dict, report_to_dict
from .safe import json_text

CI_JSON_VERSION = 2  # 2: the claim's id is "id" as in check's JSON; evidence as in check's


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path, "id": f.claim_id, "text": f.text, "start": f.start, "end": f.end,
        "line": f.line, "column": f.column, "end_line": f.end_line,
        "end_column": f.end_column, "status": f.status.value, "rule": f.rule,
        "level": f.level.value, "confidence": round(f.confidence, 2),
        "explanation": f.explanation,
        "evidence": [evidence_to_dict(e) for e in f.evidence],
        "suppressed": f.suppressed.value if f.suppressed else None, "reason": f.reason,
        "warnings": list(f.warnings),
    }


def result_to_dict(result: CiResult) -> dict[str, Any]:
    return {
        "version": CI_JSON_VERSION,
        "summary": {
            "articles": len(result.articles), "checked": result.checked,
            "failing": len(result.failing()), "warnings": len(result.warnings()),
            "notes": len(result.notes()),
            "statuses": result.counts(), "suppressed": result.suppressed_counts(),
            "errors": len(result.errors), "stale_baseline": result.stale_baseline},
        "findings": [finding_to_dict(f) for a in result.articles for f in a.findings],
        "errors": [{"path": e.path, "line": e.line, "message": e.message}
                   for e in result.errors],
        "unused_ignores": [{"path": u.path, "line": u.line, "column": u.column,
                            "directive": u.directive} for u in result.unused_ignores],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "articles": [{"path": a.path,
                      "report": report_to_dict(a.report) if a.report else None,
                      "error": a.error.message if a.error else None}
                     for a in result.articles],
    }


def render(result: CiResult, out: TextIO) -> None:
    out.write(json_text(result_to_dict(result)) + "\n")
