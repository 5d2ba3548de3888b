"""The ``ci`` SARIF format: a SARIF 2.1.0 log for code scanning (GitHub and others).

Owns: one run with factcheck as the driver (with its ``informationUri``), one rule per status
and rule code found (stable ids ``factcheck/<status>/<CODE>``, each with a short and full
description, help as text and Markdown, and ``helpUri`` into the README's rule table), one
result per finding with its level (error, warning, note), the region of the claim (lines,
columns, character offsets, the claim as snippet), ``partialFingerprints`` from the claim id
so code scanning keeps one alert per claim across runs, a message that opens with the
comparison (viewers that shorten messages show it, not the quoted claim) then the evidence,
suppressed findings with their ``suppressions`` (in source for ignore comments, external for
the baseline), every unreadable article as an error notification of the invocation, and
every file skipped unread as a warning notification.
Must not: judge, suppress, or pick the exit status. Columns count Unicode code points.
"""

from __future__ import annotations

from typing import Any, TextIO
from urllib.parse import quote

from .. import HOMEPAGE, RULES_URL, __version__
from ..ci.findings import CiResult, Finding, Suppressed
from ..model import Status
from ..rules.codes import CODES
from .safe import json_text

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


def rule_id(status: Status, code: str) -> str:
    return f"factcheck/{status.value}/{code}" if code else f"factcheck/{status.value}"


def _rules(result: CiResult) -> list[tuple[Status, str]]:
    """The (status, rule code) pairs of the run's findings, worst status first."""
    found = {(f.status, f.rule) for a in result.articles for f in a.findings}
    order = list(Status)
    return sorted(found, key=lambda pair: (order.index(pair[0]), pair[1]))


def _rule(status: Status, code: str, level: str) -> dict[str, Any]:
    name, _, full = RULES[status]
    described = CODES.get(code)
    what = f"{described.name} ({code})" if described else "no rule"
    text = f"{full} Rule {code}: {described.help}" if described else full
    markdown = (f"**{status.value.capitalize()}**: {full}\n\n"
                + (f"**{described.name.capitalize()}** (`{code}`): {described.help}\n\n"
                   if described else "")
                + f"See [the rule codes]({RULES_URL}) and what each status means in the "
                  f"[README]({HOMEPAGE}#statuses).")
    return {
        "id": rule_id(status, code),
        "name": name + code.capitalize().replace("-", ""),
        "shortDescription": {"text": f"{status.value.capitalize()}: {what}."},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": markdown},
        "helpUri": RULES_URL,
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["factcheck", status.value] + ([code] if code else [])},
    }


def message(finding: Finding) -> str:
    """The comparison first, then the claim and the evidence, one per line."""
    text = " ".join(finding.text.split())
    why = " ".join(finding.explanation.split())
    why = why if why.endswith((".", "!", "?")) else f"{why}."
    lines = [why[:1].upper() + why[1:], f"{finding.status.value.capitalize()} claim: \"{text}\""]
    for evidence in finding.evidence:
        sources = "; ".join(f"{s.publisher or s.title}, {s.url}" for s in evidence.sources)
        lines.append(f"Evidence {evidence.fact}: {evidence.statement}"
                     + (f" ({sources})" if sources else ""))
    lines += [f"Warning: {w}" for w in finding.warnings]
    return "\n".join(lines)


def _result(finding: Finding, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": rule_id(finding.status, finding.rule),
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
            "warnings": list(finding.warnings),
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
    pairs = _rules(result)
    index = {pair: i for i, pair in enumerate(pairs)}
    rules = [_rule(status, code, "error" if status.value in result.fail_on else
                   "warning" if status.value in result.warn_on else "note")
             for status, code in pairs]
    results = [_result(f, index[(f.status, f.rule)]) for a in result.articles
               for f in a.findings]
    notifications = [{
        "level": "error",
        "message": {"text": e.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(e.path)},
            **({"region": {"startLine": e.line}} if e.line else {})}}],
    } for e in result.errors] + [{
        "level": "warning",
        "message": {"text": f"skipped: {s.reason}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(s.path)}}}],
    } for s in result.skipped] + [{
        "level": "warning",
        "message": {"text": w},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(a.path)}}}],
    } for a in result.articles if a.report for w in a.report.article.warnings]
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
                                "semanticVersion": __version__, "informationUri": HOMEPAGE,
                                "rules": rules}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result: CiResult, out: TextIO, *, exit_code: int | None = None) -> None:
    out.write(json_text(sarif_log(result, exit_code=exit_code)) + "\n")
