"""The ``ci`` JSON format: the whole run written out, for programs and archives.

Owns: the shape (version 1) below. ``findings`` holds every finding, suppressed ones too
(``suppressed`` says why, or is null); ``articles`` holds each article's full ``check`` report
(``report_to_dict``) or its error. Must not: judge, suppress, or pick the exit status.

    {"version": 1,
     "summary": {"articles", "checked", "failing", "warnings", "statuses": {status: n},
                 "suppressed": {"comment": n, "baseline": n}, "errors", "stale_baseline"},
     "findings": [{"path", "claim", "status", "level", "text", "line", "column", "end_line",
                   "end_column", "start", "end", "explanation", "confidence", "rule",
                   "evidence": [{"fact", "statement", "sources": [url, ...]}],
                   "suppressed", "reason"}],
     "errors": [{"path", "line", "message"}],
     "articles": [{"path", "report": {...} | null, "error": str | null}]}
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..ci.findings import CiResult, Finding
from .json_format import report_to_dict

CI_JSON_VERSION = 1


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path, "claim": f.claim_id, "status": f.status.value, "level": f.level.value,
        "text": f.text, "line": f.line, "column": f.column, "end_line": f.end_line,
        "end_column": f.end_column, "start": f.start, "end": f.end,
        "explanation": f.explanation, "confidence": round(f.confidence, 2), "rule": f.rule,
        "evidence": [{"fact": e.fact, "statement": e.statement,
                      "sources": [s.url for s in e.sources]} for e in f.evidence],
        "suppressed": f.suppressed.value if f.suppressed else None, "reason": f.reason,
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
        "articles": [{"path": a.path,
                      "report": report_to_dict(a.report) if a.report else None,
                      "error": a.error.message if a.error else None}
                     for a in result.articles],
    }


def render(result: CiResult, out: TextIO) -> None:
    json.dump(result_to_dict(result), out, indent=2, ensure_ascii=False)
    out.write("\n")
