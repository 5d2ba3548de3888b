"""NUM: a share of a whole computed from two stored values of one period (rules/shares)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status

FLAGS = {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}


@pytest.mark.parametrize("sentence, status", [
    # NVIDIA's fourth quarter of fiscal 2025: data center $35.6B of $39.3B revenue, 90.6%
    ("Nvidia's fourth-quarter data center revenue of $35.6 billion made up 91% of its total "
     "revenue.", Status.SUPPORTED),
    ("Nvidia's fourth-quarter data center revenue of $35.6 billion made up 75% of its total "
     "revenue.", Status.CONTRADICTED),
    # AMD's fourth quarter of 2024: data center $3.9B of $7.66B, 50.9%
    ("AMD's fourth-quarter data center revenue was $3.9 billion, or 51% of total revenue.",
     Status.SUPPORTED),
    ("AMD's fourth-quarter data center revenue was $3.9 billion, or 60% of total revenue.",
     Status.CONTRADICTED),
])
def test_a_share_of_the_whole_is_computed_from_the_part_and_the_whole_of_its_period(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 3, 1)) == [status]


@pytest.mark.parametrize("sentence", [
    # a share of the part itself, not of the whole
    "Nvidia's fourth-quarter data center revenue was $35.6 billion, 50% of it from cloud "
    "providers.",
    # a share of a whole the store does not keep for that day, or a forecast of one
    "Nvidia's fourth-quarter data center revenue of $35.6 billion made up 75% of its chip "
    "shipments.",
    "Nvidia expects fourth-quarter data center revenue of $35.6 billion to make up 75% of "
    "revenue.",
    # a share told in a clause of its own
    "Nvidia's fourth-quarter data center revenue was $35.6 billion, and gaming made up 75% of "
    "revenue.",
])
def test_a_share_is_never_computed_for_another_whole_or_a_forecast(
        bundled_statuses: Any, sentence: str) -> None:
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert not set(found) & FLAGS, found
