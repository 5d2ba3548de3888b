"""TMP-first: the year of a milestone crossed once, which the store dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


@pytest.mark.parametrize(("sentence", "flagged"), [
    # the store records the first $1 trillion close on 30 May 2023
    ("Nvidia joined the trillion-dollar club for the first time in 2022.", True),
    # and the first asset manager past $10 trillion at the end of 2021
    ("BlackRock first passed $10 trillion of assets at the end of 2020.", True),
    # and a first close above $3 trillion on 5 June 2024
    ("Nvidia's market value first passed $3 trillion in 2023.", True),
    # a level held in another year, with no word of a first crossing: no milestone told
    ("BlackRock managed $10 trillion of assets at the end of 2020.", False),
    # crossed again: another crossing than the first
    ("Nvidia's market value topped $3 trillion again in 2025.", False),
    # another value than the milestone's: the figure is NUM's to judge, not its year
    ("Nvidia's market value first passed $2 trillion in 2024.", False),
    # a first since a year is a recurrence, and passing a rival names no milestone value
    ("Nvidia passed Apple in market value in June 2024, for the first time since 2002.",
     False),
    ("Nvidia's market value passed Apple's for the first time in 2024.", False),
])
def test_a_first_crossing_given_another_year_is_contradicted(
        bundled_statuses: Callable[..., list[Status]], sentence: str, flagged: bool) -> None:
    assert (Status.CONTRADICTED in bundled_statuses(sentence)) is flagged


@pytest.mark.parametrize("sentence", [
    "Nvidia became the first chipmaker worth $1 trillion in May 2023.",
    "BlackRock first passed $10 trillion of assets at the end of 2021.",
])
def test_a_milestone_given_its_own_year_is_not_refuted(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert bundled_statuses(sentence) == [Status.SUPPORTED]


def test_a_table_row_s_date_is_judged_at_its_own_cell(bundled_store: Any) -> None:
    """The row's date is said again with the row's figure; the milestone's year is checked
    in the cell that gives it, and the figure's cell is not flagged for it a second time."""
    table = ("# Milestones\n\nNvidia's climb:\n\n| When | What | Value |\n|---|---|---|\n"
             "| Aug. 2, 2021 | Nvidia joins the trillion-dollar club | $1 trillion |\n")
    report = check(read_text(table, "a.md"), bundled_store, article_date=dt.date(2025, 3, 20))
    found = {c.claim.text: c.verdict.status for c in report.claims}
    assert found["Aug. 2, 2021"] is Status.CONTRADICTED
    assert found["$1 trillion"] is not Status.CONTRADICTED
