"""Ignore comments and the baseline file, on their own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.ci.findings import ArticleResult, Finding, Level, Suppressed
from factcheck.ci.suppress import (
    Baseline,
    BaselineEntry,
    apply_baseline,
    baseline_text,
    load_baseline,
    updated_baseline,
)
from factcheck.errors import ConfigError
from factcheck.model import Status


def make(path: str, claim: str, status: Status = Status.CONTRADICTED, **kw: Any) -> Finding:
    return Finding(path=path, claim_id=claim, status=status, level=Level.ERROR, text=f"{claim}!",
                   line=1, column=1, end_line=1, end_column=5, start=0, end=4,
                   explanation="why", evidence=(), rule="NUM", confidence=0.9, **kw)


def test_baseline_text_is_sorted_and_stable(tmp_path: Path) -> None:
    baseline = Baseline(tmp_path / "b.json", (
        BaselineEntry("z.md", "c2", "imprecise", "two"),
        BaselineEntry("a.md", "c9", "contradicted", "nine"),
        BaselineEntry("a.md", "c1", "contradicted", "one")))
    text = baseline_text(baseline)
    data = json.loads(text)
    assert data["version"] == 1
    assert [(e["path"], e["claim"]) for e in data["findings"]] == [
        ("a.md", "c1"), ("a.md", "c9"), ("z.md", "c2")]
    (tmp_path / "b.json").write_text(text)
    assert baseline_text(load_baseline(tmp_path / "b.json")) == text


def test_applying_and_updating_a_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    monkeypatch.chdir(tmp_path)
    baseline = Baseline(tmp_path / "b.json", (
        BaselineEntry("a.md", "c1", "contradicted"),
        BaselineEntry("a.md", "gone", "contradicted"),
        BaselineEntry("other.md", "c5", "imprecise")))
    articles = [ArticleResult("a.md", findings=(
        make("a.md", "c1"), make("a.md", "c2"),
        make("a.md", "c3", suppressed=Suppressed.COMMENT)))]
    marked, stale = apply_baseline(articles, baseline)
    assert [f.suppressed for f in marked[0].findings] == [
        Suppressed.BASELINE, None, Suppressed.COMMENT]
    assert stale == 1  # "gone" no longer matches; other.md was not checked
    new = updated_baseline(baseline, articles)
    assert [e.key for e in new.entries] == [
        ("a.md", "c1", "contradicted"), ("a.md", "c2", "contradicted"),
        ("other.md", "c5", "imprecise")]


def test_an_empty_baseline_marks_nothing_and_resolves_no_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most runs have no baseline: no finding's path is resolved against it."""
    def resolved(*_: object) -> str:
        raise AssertionError("a path resolved against an empty baseline")

    monkeypatch.setattr(Baseline, "relative", resolved)
    articles = [ArticleResult("a.md", findings=(make("a.md", "c1"), make("a.md", "c2")))]
    marked, stale = apply_baseline(articles, Baseline(tmp_path / "b.json"))
    assert [f.suppressed for f in marked[0].findings] == [None, None] and stale == 0


@pytest.mark.parametrize("text, message", [
    ("{", "baseline is not valid JSON"),
    ('{"version": 1}', "must be an object with a 'findings' list"),
    ('{"version": 7, "findings": []}', "baseline version 7 is not 1"),
    ('{"version": 1, "findings": [{"path": "a.md", "status": "imprecise"}]}',
     "findings[0]: 'claim' must be a string"),
])
def test_bad_baselines_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_baseline(path)


def test_a_missing_baseline_is_empty(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "none.json").entries == ()
