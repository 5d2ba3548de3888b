"""Property tests (Hypothesis) for every format: whatever text a report holds -- control
characters, escape sequences, bidi and invisible characters, surrogate-free Unicode --
rendering raises nothing, writes no unsafe character, and JSON keeps the text exact.

Settings are explicit and small (``derandomize``: the same examples every run, so CI is
deterministic); run with ``--hypothesis-show-statistics`` to see how many examples ran.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import model as m
from factcheck.ci.findings import ArticleResult, CiResult, FileError, Finding, Level
from factcheck.read.hidden import UNSAFE
from factcheck.reporters import FORMATS, ci_json, ci_markdown, github, lint, renderer, sarif
from factcheck.reporters.terminal import COLORS, RESET

# What an attacker writes: escape sequences whole, single controls and format characters,
# and ordinary text (no surrogates: files and pages decode to none).
HOSTILE_PIECES = st.sampled_from([
    "\x1b]0;title\x07", "\x1b[2K", "\x1b[1A", "\x1b[31m", "\x9b2K", "\x9d0;x\x9c", "\x7f",
    "\r", "\r\n", "\n", "\t", "\x00", "\u202e", "\u2066", "\u200b", "\ufeff", "`", "|", "\\",
    "*", "[x](y)", "<b>", "&#x1b;", "%0A", "::error::",
])
TEXT = st.lists(st.one_of(HOSTILE_PIECES, st.text(st.characters(exclude_categories=["Cs"]),
                                                  max_size=12)), max_size=8).map("".join)
FUZZ = settings(max_examples=100, deadline=1000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@st.composite
def reports(draw: Any) -> tuple[m.Report, CiResult]:
    t = [draw(TEXT) for _ in range(9)]
    source = m.Source(url=t[0], title=t[1], publisher=t[2], date=dt.date(2025, 1, 1),
                      reliability="news")
    status = draw(st.sampled_from(list(m.Status)))
    claim = m.Claim(id="c1", text=t[3], standalone=t[3], span=m.Span(0, len(t[3])),
                    position=m.Position(1, 1), sentence=t[3], entities=(), named=(),
                    subject=None, subject_name=None, unknown_names=(), quantities=(),
                    years=(), quotes=(), warnings=(t[4],))
    verdict = m.Verdict(status, 0.5, t[5], (m.Evidence(t[6], t[7], (source,)),), "NUM")
    report = m.Report(m.ArticleInfo(t[8], t[1], None, (t[4],)),
                      (m.CheckedClaim(claim, verdict),), store=t[2])
    finding = Finding(path=t[8], claim_id="c1", status=status, level=Level.ERROR, text=t[3],
                      line=1, column=1, end_line=1, end_column=2, start=0, end=1,
                      explanation=t[5], evidence=verdict.evidence, rule="NUM",
                      confidence=0.5, warnings=(t[4],))
    result = CiResult((ArticleResult(t[8], report, (finding,)),
                       ArticleResult(t[0], error=FileError(t[0], t[7], 2))),
                      ("contradicted",), ("imprecise",))
    return report, result


def _safe(text: str) -> bool:
    for code in (*COLORS.values(), RESET):
        text = text.replace(code, "")
    return UNSAFE.search(text.replace("\r\n", "\n")) is None


@FUZZ
@given(reports())
def test_every_format_neutralises_every_control_character(
        drawn: tuple[m.Report, CiResult]) -> None:
    report, result = drawn
    for name in FORMATS:
        for color in (False, True):
            out = io.StringIO()
            renderer(name)(report, out, color=color)
            assert _safe(out.getvalue()), (name, out.getvalue())
    for module in (lint, github, sarif, ci_markdown, ci_json):
        out = io.StringIO()
        module.render(result, out)
        assert _safe(out.getvalue()), (module.__name__, out.getvalue())


@FUZZ
@given(reports())
def test_json_keeps_the_exact_text(drawn: tuple[m.Report, CiResult]) -> None:
    report, result = drawn
    out = io.StringIO()
    renderer("json")(report, out)
    data = json.loads(out.getvalue())
    assert data["claims"][0]["text"] == report.claims[0].claim.text
    assert data["article"]["source"] == report.article.source
    out = io.StringIO()
    sarif.render(result, out)
    message = json.loads(out.getvalue())["runs"][0]["results"][0]["message"]["text"]
    assert report.claims[0].verdict.evidence[0].statement in message


@FUZZ
@given(TEXT)
def test_lint_writes_one_line_per_record(path: str) -> None:
    out = io.StringIO()
    lint.render(CiResult((ArticleResult(path, error=FileError(path, "cannot read", 1)),),
                         ("contradicted",), ()), out)
    assert len(out.getvalue().splitlines()) == 2  # the error and the summary
