"""A one-day event told of another day is not confirmed by its record (rules/named_day.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("day", "status"), [
    ("January 22, 2025", Status.UNVERIFIED),  # the sell-off was on 27 January
    ("January 27, 2025", Status.SUPPORTED),
])
def test_a_one_day_event_is_confirmed_only_on_its_day(
        bundled_statuses: Callable[..., list[Status]], day: str, status: Status) -> None:
    assert bundled_statuses(f"Nvidia shed $589 billion of market value on {day}.",
                            dt.date(2025, 1, 30))[-1] is status
