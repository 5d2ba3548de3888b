"""The ``ci`` SARIF format: a SARIF 2.1.0 log for code scanning (GitHub and others).

Owns: one run with factcheck as the driver, one rule per status (stable ids
``factcheck/<status>``), one result per finding with the region of the claim (lines, columns,
character offsets, the claim as snippet), ``partialFingerprints`` from the claim id so code
scanning keeps one alert per claim across runs, the explanation and evidence in the message,
suppressed findings with their ``suppressions`` (in source for ignore comments, external for
the baseline), and every unreadable article as an error notification of the invocation.
Must not: judge, suppress, or pick the exit status. Columns count Unicode code points.
"""

from __future__ import annotations

import json
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..ci.findings import CiResult, Finding, Suppressed
from ..model import Status

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
FINGERPRINT = "factcheckClaimId/v1"

# status -> (rule name, short description, full description)
RULES: dict[Status, tuple[str, str, str]] = {
    Status.CONTRADICTED: (
        "ContradictedClaim", "A stored fact contradicts the claim.",
        ("A curated fact on the same subject and measure disagrees with the claim, or the "
        "claim matches a reviewed claim rated false.")),
    Status.IMPRECISE: (
        "ImpreciseClaim", "Right subject, wrong detail.",
        ("A misquotation, a figure near but outside its tolerance, a figure that belongs to "
        "another measure, or a claim rated misleading.")),
    Status.OUTDATED: (
        "OutdatedClaim", "The claim was true once, not on the article's date.",
        ("On the article's date the claim presents as current or future what the store "
        "records as changed or past.")),
    Status.UNVERIFIED: (
        "UnverifiedClaim", "Nothing in the fact store settles the claim.",
        "No stored fact settles the claim; the nearest fact is shown."),
    Status.SUPPORTED: (
        "SupportedClaim", "A stored fact supports the claim.",
        "A stored fact agrees, within its tolerance and the claim's qualifier."),
    Status.OPINION: (
        "Opinion", "A judgement, prediction or recommendation.",
        ("A judgement, prediction or recommendation, or a general statement that names no one "
        "and gives no figure.")),
}


def rule_id(status: Status) -> str:
    return f"factcheck/{status.value}"


def _rules(result: CiResult) -> list[Status]:
    wanted = set(result.fail_on) | set(result.warn_on) | {f.status.value for a in
                                                           result.articles for f in a.findings}
    return [s for s in Status if s.value in wanted]


def message(finding: Finding) -> str:
    text = " ".join(finding.text.split())
    why = finding.explanation if finding.explanation.endswith((".", "!", "?")) else \
        f"{finding.explanation}."
    lines = [f"{finding.status.value.capitalize()}: \"{text}\". {why}"]
    for evidence in finding.evidence:
        sources = "; ".join(f"{s.publisher or s.title}, {s.url}" for s in evidence.sources)
        lines.append(f"Evidence {evidence.fact}: {evidence.statement}"
                     + (f" ({sources})" if sources else ""))
    return "\n".join(lines)


def _result(finding: Finding, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": rule_id(finding.status),
        "ruleIndex": index,
        "level": finding.level.value,  # error, warning and note are SARIF's own levels
        "message": {"text": message(finding)},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(finding.path)},
            "region": {"startLine": finding.line, "startColumn": finding.column,
                       "endLine": finding.end_line, "endColumn": finding.end_column,
                       "charOffset": finding.start, "charLength": finding.end - finding.start,
                       "snippet": {"text": finding.text}}}}],
        "partialFingerprints": {FINGERPRINT: finding.claim_id},
        "properties": {
            "claimId": finding.claim_id, "status": finding.status.value,
            "confidence": round(finding.confidence, 2), "rule": finding.rule,
            "evidence": [{"fact": e.fact, "statement": e.statement,
                          "sources": [s.url for s in e.sources]} for e in finding.evidence]},
    }
    if finding.suppressed is Suppressed.COMMENT:
        out["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                "justification": finding.reason or "factcheck: ignore"}]
    elif finding.suppressed is Suppressed.BASELINE:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": "recorded in the factcheck baseline"}]
    return out


def sarif_log(result: CiResult, *, exit_code: int | None = None) -> dict[str, Any]:
    """The SARIF log as plain data."""
    statuses = _rules(result)
    index = {s: i for i, s in enumerate(statuses)}
    rules = [{
        "id": rule_id(s), "name": RULES[s][0],
        "shortDescription": {"text": RULES[s][1]},
        "fullDescription": {"text": RULES[s][2]},
        "defaultConfiguration": {
            "level": "error" if s.value in result.fail_on else
            "warning" if s.value in result.warn_on else "note"},
        "properties": {"tags": ["factcheck", s.value]},
    } for s in statuses]
    results = [_result(f, index[f.status]) for a in result.articles for f in a.findings]
    notifications = [{
        "level": "error",
        "message": {"text": e.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(e.path)},
            **({"region": {"startLine": e.line}} if e.line else {})}}],
    } for e in result.errors]
    invocation: dict[str, Any] = {"executionSuccessful": not result.errors}
    if exit_code is not None:
        invocation["exitCode"] = exit_code
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__,
                                "semanticVersion": __version__, "rules": rules}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result: CiResult, out: TextIO, *, exit_code: int | None = None) -> None:
    json.dump(sarif_log(result, exit_code=exit_code), out, indent=2, ensure_ascii=False)
    out.write("\n")
