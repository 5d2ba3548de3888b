"""Where a claim places what it tells, against where its facts place it (rules/located.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # the store records TSMC's three more fabs in Arizona
    ("TSMC will build three more fabs in Texas.", Status.UNVERIFIED),
    ("TSMC will build three more fabs in Arizona.", Status.SUPPORTED),
    # a wider place, of another kind than the store gives, is no other place
    ("TSMC will build three more fabs in the US.", Status.SUPPORTED),
    # a city: the store records DeepSeek founded in Hangzhou
    ("DeepSeek was founded in Beijing.", Status.UNVERIFIED),
    ("DeepSeek was founded in Hangzhou.", Status.SUPPORTED),
    # the state of the city the store gives
    ("Stargate's first site is in Ohio.", Status.UNVERIFIED),
    ("Stargate's first site is in Texas.", Status.SUPPORTED),
])
def test_a_state_or_city_other_than_the_facts_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: a wrong place ("in Texas") was supported: a place only locates a claim, so
    nothing checked it against the place the facts give."""
    assert bundled_statuses(text, dt.date(2025, 6, 1)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # a country: the store records the Stargate Project in the United States (in the
    # United Arab Emirates the claim is about Stargate UAE, a part of its own: named_parts)
    ("OpenAI unveiled its first Stargate rollout in Norway.", Status.UNVERIFIED),
    ("OpenAI unveiled its first Stargate rollout in the United Arab Emirates.",
     Status.SUPPORTED),
    # a country's other names are the same country
    ("TSMC will build three more fabs in the U.S.", Status.SUPPORTED),
])
def test_a_country_other_than_the_facts_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8 (shadow11): Stargate's rollout in the UAE was supported by the record of the
    Stargate Project in the United States."""
    assert bundled_statuses(text, dt.date(2025, 5, 22))[-1] is status


@pytest.mark.parametrize(("sentence", "status"), [
    # an event told at another occasion than the record's (found by the probe)
    ("Nvidia unveiled Blackwell at CES in March 2024.", Status.UNVERIFIED),
    ("Jensen Huang unveiled Blackwell at Computex in March 2024.", Status.UNVERIFIED),
    # the record's own occasion
    ("Nvidia unveiled Blackwell at GTC in March 2024.", Status.SUPPORTED),
    ("Trump announced Stargate at the White House in January.", Status.SUPPORTED),
])
def test_an_event_told_at_another_occasion_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]
