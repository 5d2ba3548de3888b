"""TMP-order: an event said to follow another that the store dates before it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 19)


@pytest.mark.parametrize("sentence", [
    # the partnership was launched in September 2024, Stargate unveiled in January 2025
    "AIP's launch follows the recent unveiling of Stargate by the president.",
    "AIP's launch came after the unveiling of Stargate.",
])
def test_an_event_said_to_follow_a_later_one_is_contradicted(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert bundled_statuses(sentence, STORY) == [Status.CONTRADICTED]


@pytest.mark.parametrize("sentence", [
    # the order the store gives
    "The Stargate announcement follows the launch of the AI Infrastructure Partnership.",
    # no dated event of another party after the verb: nothing to order it by
    "AIP's launch follows a wave of new funds for data centers.",
    # still to come: no order of recorded events
    "AIP's launch will follow the unveiling of Stargate.",
])
def test_an_order_the_store_does_not_refute_is_left_alone(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert Status.CONTRADICTED not in bundled_statuses(sentence, STORY)
