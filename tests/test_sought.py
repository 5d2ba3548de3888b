"""Talks are not confirmed by a deal done, and nothing is confirmed by a record made public
after the article's date (rules/sought.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

JULY_2025 = dt.date(2025, 7, 1)


@pytest.mark.parametrize(("text", "date", "status"), [
    # talks told against a standing relation, and against a deal done years before
    ("Microsoft is in talks to invest in OpenAI.", JULY_2025, Status.UNVERIFIED),
    ("Microsoft is in talks to invest $10 billion in OpenAI.", JULY_2025, Status.UNVERIFIED),
    ("Microsoft is considering an investment in OpenAI.", JULY_2025, Status.UNVERIFIED),
    ("Amazon is nearing a deal to invest in Anthropic.", JULY_2025, Status.UNVERIFIED),
    # the deal done, and a target sought, are what the store records
    ("Microsoft invested $10 billion in OpenAI in 2023.", JULY_2025, Status.SUPPORTED),
    ("Stargate will invest $500 billion in AI infrastructure.", dt.date(2025, 2, 1),
     Status.SUPPORTED),
])
def test_talks_are_not_confirmed_by_a_deal_done(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("date", "status"), [
    (dt.date(2025, 1, 1), Status.UNVERIFIED),  # a month before the year's results were out
    (dt.date(2025, 3, 1), Status.SUPPORTED),
])
def test_a_record_made_public_after_the_article_confirms_nothing(
        bundled_statuses: Callable[..., list[Status]], date: dt.date, status: Status) -> None:
    assert bundled_statuses("Nvidia's revenue for fiscal 2025 was $130.5 billion.",
                            date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the store records BlackRock's agreement of 3 December 2024 to buy HPS
    ("BlackRock completed its $12 billion purchase of HPS in 2024.", Status.UNVERIFIED),
    ("BlackRock agreed to buy HPS for $12 billion in December 2024.", Status.SUPPORTED),
])
def test_a_deal_told_completed_is_not_confirmed_by_its_announcement(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: a stronger verb ("completed its purchase") was supported by the record of
    the deal's announcement."""
    assert bundled_statuses(text, dt.date(2025, 6, 1)) == [status]


@pytest.mark.parametrize(("sentence", "status"), [
    # a sum committed over years, told as spent (found by the probe)
    ("OpenAI has spent $1.4 trillion on computing.", Status.UNVERIFIED),
    ("OpenAI has committed about $1.4 trillion to computing.", Status.SUPPORTED),
    # a sum the record gives as invested
    ("Microsoft has spent $13 billion on OpenAI.", Status.SUPPORTED),
])
def test_a_plan_told_as_spent_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]
