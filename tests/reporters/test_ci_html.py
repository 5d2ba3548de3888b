"""``ci --format html``: one page for a whole run -- golden output, the failing articles first,
the statuses summed across articles, each article's claims marked as on ``check``'s page
with ids of its own, what the run made of each finding, and every piece of text escaped."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable

from factcheck.ci.findings import (
    ArticleResult,
    CiResult,
    FileError,
    Finding,
    Level,
    Skipped,
    Suppressed,
    UnusedIgnore,
)
from factcheck.model import CheckedClaim, Report, Status
from factcheck.read.hidden import UNSAFE
from factcheck.reporters import ci_html

from .hostile_report import HOSTILE_RESULT
from .sample_report import SAMPLE_REPORT
from .test_html import with_text

REPORT = with_text()
SUPPORTED, CONTRADICTED, IMPRECISE, OUTDATED = REPORT.claims[:4]
LEVELS = {Status.CONTRADICTED: Level.ERROR, Status.IMPRECISE: Level.WARNING,
          Status.OUTDATED: Level.WARNING, Status.UNVERIFIED: Level.NOTE}


def finding(path: str, checked: CheckedClaim) -> Finding:
    claim, verdict = checked.claim, checked.verdict
    return Finding(path=path, claim_id=claim.id, status=verdict.status,
                   level=LEVELS[verdict.status], text=claim.text, line=claim.position.line,
                   column=claim.position.column, end_line=claim.position.line,
                   end_column=claim.position.column + len(claim.text), start=claim.span.start,
                   end=claim.span.end, explanation=verdict.explanation,
                   evidence=verdict.evidence, rule=verdict.rule,
                   confidence=verdict.confidence)


def article(path: str, report: Report, *suppressed: Finding) -> ArticleResult:
    """An article whose claims are findings by the levels above (unverified left out, as
    ``min-level`` warning does), ``suppressed`` in place of their active selves."""
    quiet = {(f.claim_id, f.start): f for f in suppressed}
    findings = tuple(
        quiet.get((c.claim.id, c.claim.span.start), finding(path, c)) for c in report.claims
        if c.verdict.status in LEVELS and c.verdict.status is not Status.UNVERIFIED)
    return ArticleResult(path, report, findings)


# Input order: a clean article, one with a warning, an unreadable one, then the failing one.
CLEAN = dataclasses.replace(REPORT, claims=(SUPPORTED,))
WARNED = dataclasses.replace(REPORT, claims=(SUPPORTED, OUTDATED))
RESULT = CiResult(
    articles=(
        article("articles/clean.md", CLEAN),
        article("articles/warned.md", WARNED),
        ArticleResult("articles/binary.md", error=FileError(
            "articles/binary.md", "binary file, not an article (found NUL bytes)")),
        dataclasses.replace(
            article("articles/ai-titans.md", REPORT, finding("articles/ai-titans.md", IMPRECISE)
                    .suppress(Suppressed.COMMENT, "quoted as published")),
            unused_ignores=(UnusedIgnore("articles/ai-titans.md", 3, 1, "ignore[outdated]"),)),
    ),
    fail_on=("contradicted",), warn_on=("imprecise", "outdated"),
    skipped=(Skipped("articles/fifo.md", "a FIFO, not a regular file"),))


def page(result: CiResult = RESULT) -> str:
    out = io.StringIO()
    ci_html.render(result, out)
    return out.getvalue()


def test_golden(golden: Callable[[str, str], None]) -> None:
    """The page's structure and text; its style and script are ``check``'s page's own code
    (the browser test checks what they do)."""
    text = re.sub(r"<style>.*?</style>", "<style>...</style>", page(), flags=re.DOTALL)
    text = re.sub(r"<script>.*?</script>", "<script>...</script>", text, flags=re.DOTALL)
    golden("run.html", re.sub(r">(?=<[^/])", ">\n", text))


def test_the_articles_come_worst_first_with_ids_of_their_own() -> None:
    text = page()
    rows = re.findall(r'<tr(?: class="clean")?><td>(?:<a href="#(a\d)">)?([^<]+)', text)
    assert rows == [("", "articles/binary.md"), ("a2", "articles/ai-titans.md"),
                    ("a3", "articles/warned.md"), ("a4", "articles/clean.md")]
    sections = re.findall(r'<details class="run-article( clean)?" id="(a\d)"( open)?>', text)
    assert sections == [("", "a2", " open"), ("", "a3", " open"), (" clean", "a4", "")]
    marks = re.findall(r'<mark id="m-(a\d-c\d)"', text)
    assert marks == [f"a2-c{i}" for i in range(len(REPORT.claims))] + ["a3-c0", "a3-c1",
                                                                        "a4-c0"]
    assert len(set(re.findall(r' id="([^"]+)"', text))) == len(re.findall(r' id="', text))


def test_the_statuses_are_summed_across_articles() -> None:
    text = page()
    assert "<h2 id=\"run-summary-h\">10 claims in 3 articles</h2>" in text
    assert ('aria-label="1 contradicted, 1 imprecise, 2 outdated, 2 unverified, 3 supported, '
            '1 opinion"') in text
    assert '<input type="checkbox" data-hide="clean" checked> articles with no findings (1)' \
        in text
    assert "<h1>factcheck: some articles could not be checked</h1>" in text


def test_each_finding_says_what_the_run_made_of_it() -> None:
    text = page()
    detail = re.search(r'<article class="detail" data-claim="a2-c1".*?</article>', text)
    assert detail and "<dt>In this run</dt><dd>error: fails the run</dd>" in detail.group(0)
    detail = re.search(r'<article class="detail" data-claim="a2-c2".*?</article>', text)
    assert detail and ("<dd>suppressed by an ignore comment: quoted as published</dd>"
                       in detail.group(0))
    detail = re.search(r'<article class="detail" data-claim="a2-c0".*?</article>', text)
    assert detail and "In this run" not in detail.group(0)
    assert "unused ignore comment: line 3: &#x27;factcheck: ignore[outdated]&#x27;" in text
    assert "<li>articles/fifo.md: a FIFO, not a regular file</li>" in text
    assert "(1 error, 1 warning, 1 suppressed)" in text


def test_a_run_with_no_findings_has_no_article_open() -> None:
    result = CiResult((article("a.md", CLEAN), article("b.md", CLEAN)), ("contradicted",), ())
    text = page(result)
    assert "<h1>factcheck: no failing claims</h1>" in text and " open>" not in text
    assert "Skipped" not in text


def test_every_piece_of_text_is_escaped() -> None:
    hostile = "<script>alert('x')</script>"
    report = dataclasses.replace(SAMPLE_REPORT, text=hostile, claims=(), article=dataclasses
                                 .replace(SAMPLE_REPORT.article, title=hostile))
    result = CiResult(
        (ArticleResult(f"{hostile}.md", report),
         ArticleResult(f"{hostile}.html", error=FileError(f"{hostile}.html", hostile, 2))),
        ("contradicted",), (), skipped=(Skipped(hostile, hostile),))
    text = page(result)
    assert "<script>alert" not in text and text.count("<script>") == 1
    assert text.count("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;") == 8
    out = page(HOSTILE_RESULT)
    assert UNSAFE.search(out) is None and "\\x1b]0;owned\\x07" in out
