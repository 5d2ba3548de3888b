"""A project or programme carried to another country keeps its name: a record that places
it elsewhere confirms nothing of the claim's place (rules/located.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

JUNE_2025 = dt.date(2025, 6, 1)


@pytest.mark.parametrize("text", [
    "OpenAI unveiled its first Stargate rollout in India.",
    "OpenAI has launched the Stargate project in Norway, its first outside America.",
])
def test_a_record_placed_elsewhere_confirms_nothing_of_another_place(
        bundled_statuses: Callable[..., list[Any]], text: str) -> None:
    assert bundled_statuses(text, JUNE_2025) == [Status.UNVERIFIED]


@pytest.mark.parametrize("text", [
    "OpenAI announced the Stargate project to build AI infrastructure in the United States.",
    "OpenAI announced the Stargate project in Texas.",
    "Nvidia unveiled Blackwell at GTC in San Jose.",
])
def test_the_record_s_own_place_or_a_place_inside_it_is_still_confirmed(
        bundled_statuses: Callable[..., list[Any]], text: str) -> None:
    assert bundled_statuses(text, JUNE_2025) == [Status.SUPPORTED]
