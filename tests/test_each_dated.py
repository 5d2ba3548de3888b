"""Several named things in one claim, each with its own date: each date is checked against
its own thing (rules/each_dated.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # GPT-4 came in 2023: the record of ChatGPT's 2022 launch does not date it
    ("OpenAI launched ChatGPT in 2022 and GPT-4 in 2022.", Status.UNVERIFIED),
    ("OpenAI launched ChatGPT in 2022 and GPT-4 in 2023.", Status.SUPPORTED),
    ("OpenAI launched ChatGPT in November 2022 and GPT-4 in March 2023.", Status.SUPPORTED),
])
def test_each_named_thing_s_date_is_its_own(bundled_statuses: Callable[..., list[Status]],
                                           text: str, status: Status) -> None:
    """issue 8: several products each with its own year in one sentence were supported by
    one product's record, which held the year twice told."""
    assert bundled_statuses(text, dt.date(2025, 3, 1)) == [status]


def test_a_month_of_the_right_year_is_still_the_wrong_month(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    # the part the store dates is confirmed on its own; the other is not
    assert bundled_statuses("OpenAI launched ChatGPT in November 2022 and GPT-4 in May 2023.",
                            dt.date(2025, 3, 1)) == [Status.SUPPORTED, Status.UNVERIFIED]
