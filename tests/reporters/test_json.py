"""The JSON report: the contract's exact shape, golden output, and the JSON error."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from factcheck.errors import UsageError
from factcheck.model import ArticleInfo, Report, Status
from factcheck.reporters import FORMATS, error_to_dict, render, report_to_dict
from factcheck.reporters.safe import json_text

from .hostile_report import HOSTILE_REPORT
from .sample_report import SAMPLE_REPORT

CLAIM_KEYS = ["id", "text", "standalone", "start", "end", "line", "column", "status",
              "rule", "confidence", "worthiness", "explanation", "evidence", "warnings"]


def rendered(report: Report = SAMPLE_REPORT) -> str:
    out = io.StringIO()
    render(report, "json", out)
    return out.getvalue()


def test_golden(golden: Callable[[str, str], None]) -> None:
    golden("report.json", rendered())


def test_round_trips_with_the_exact_keys_in_order() -> None:
    data = json.loads(rendered())
    assert data == report_to_dict(SAMPLE_REPORT)
    assert list(data) == ["version", "article", "stores", "summary", "claims"]
    assert list(data["article"]) == ["source", "title", "date", "warnings"]
    for claim in data["claims"]:
        assert list(claim) == CLAIM_KEYS
        for evidence in claim["evidence"]:
            assert list(evidence) == ["fact", "statement", "sources"]
            for source in evidence["sources"]:
                assert list(source) == ["url", "title", "publisher", "date", "reliability"]


def test_values_come_from_the_model() -> None:
    data = json.loads(rendered())
    first, model = data["claims"][0], SAMPLE_REPORT.claims[0].claim
    assert data["version"] == 3
    assert data["article"] == {"source": "articles/ai-titans.md",
                               "title": "The Battle of AI Titans", "date": "2025-03-25",
                               "warnings": []}
    assert (first["start"], first["end"]) == (model.span.start, model.span.end)
    assert (first["line"], first["column"]) == (model.position.line, model.position.column)
    assert first["evidence"][0]["sources"][0]["date"] == "2025-01-15"
    assert data["claims"][1]["evidence"][0]["sources"][0]["date"] is None  # unknown date
    assert data["claims"][2]["confidence"] == 0.76  # 0.756, two decimals
    assert data["claims"][4]["evidence"] == []
    assert first["worthiness"] == {"score": 0.8, "cues": [
        {"cue": "gives a figure", "weight": 0.2},
        {"cue": "public-record topic (“assets”)", "weight": 0.2},
        {"cue": "about a named actor or office", "weight": 0.05}]}


def test_summary_counts_all_six_statuses_in_order() -> None:
    data = json.loads(rendered())
    assert list(data["summary"]) == [s.value for s in Status]
    assert data["summary"] == {"contradicted": 1, "imprecise": 1, "outdated": 1,
                               "unverified": 2, "supported": 1, "opinion": 1}
    empty = json.loads(rendered(Report(ArticleInfo("empty.txt", None, None), ())))
    assert empty["summary"] == {s.value: 0 for s in Status}
    assert empty["article"] == {"source": "empty.txt", "title": None, "date": None,
                                "warnings": []}
    assert empty["claims"] == []


def test_text_stays_unicode_and_ends_with_a_newline() -> None:
    text = rendered()
    assert "Jürgen Müller" in text and "\\u" not in text
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "version": 3,')


class _Writes(io.StringIO):
    """A file that remembers its largest single write."""

    largest = 0

    def write(self, text: str) -> int:
        self.largest = max(self.largest, len(text))
        return super().write(text)


@pytest.mark.parametrize("report", [SAMPLE_REPORT, HOSTILE_REPORT,
                                    Report(ArticleInfo("empty.txt", None, None), ())],
                         ids=["sample", "hostile", "empty"])
def test_the_report_is_written_as_the_whole_of_it_would_be(report: Report) -> None:
    assert rendered(report) == json_text(report_to_dict(report)) + "\n"


def test_a_long_report_is_written_a_claim_at_a_time() -> None:
    """A 5 MB article gives tens of thousands of claims: their JSON is never one string."""
    many = replace(SAMPLE_REPORT, claims=SAMPLE_REPORT.claims * 500)
    out = _Writes()
    render(many, "json", out)
    longest_claim = max(len(json_text(c)) for c in report_to_dict(SAMPLE_REPORT)["claims"])
    assert json.loads(out.getvalue()) == report_to_dict(many)
    assert out.largest <= longest_claim * 2  # indented a level deeper, with its comma


def test_error_to_dict() -> None:
    assert error_to_dict("missing.md: no such file") == {"version": 3,
                                                         "error": "missing.md: no such file"}


def test_the_registry_and_an_unknown_format() -> None:
    assert list(FORMATS) == ["terminal", "markdown", "json", "html", "claimreview"]
    with pytest.raises(UsageError, match="unknown format 'yaml'"):
        render(SAMPLE_REPORT, "yaml", io.StringIO())
