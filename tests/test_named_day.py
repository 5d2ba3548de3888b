"""A one-day event told of another day is not confirmed by its record (rules/named_day.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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


_SPLIT = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-split
    kind: event
    subject: acme
    measure: stock split effective date
    cues: [completed a stock split, stock split]
    date: 2024-06-07
    statement: Acme's stock split took effect after the close on Friday 7 June 2024.
    sources: [{url: 'https://example.com/split', title: Acme splits, publisher: Example,
               date: 2024-06-07, reliability: news}]
"""


@pytest.mark.parametrize(("day", "status"), [
    # what took effect after Friday's close is told as Monday's: no trading day between
    ("June 10, 2024", Status.SUPPORTED),
    ("June 12, 2024", Status.CONTRADICTED),
])
def test_the_weekend_between_two_days_of_one_event_does_not_count(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        day: str, status: Status) -> None:
    assert statuses_in(literal_store(_SPLIT), f"Acme completed a stock split on {day}.",
                       dt.date(2024, 6, 19)) == [status]
