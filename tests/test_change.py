"""Changes between two values of one series are checked by computing them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def verdict(store: Any, sentence: str) -> Any:
    report = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 3, 1))
    return report.claims[0].verdict


@pytest.mark.parametrize("sentence, status", [
    # $2.0T (2021) -> $2.4T (2024) is 20% more, a factor of 1.2
    ("Acme's assets under management rose 20% to $2.4 trillion from $2.0 trillion.",
     Status.SUPPORTED),
    ("Acme's assets under management rose 45% to $2.4 trillion from $2.0 trillion.",
     Status.CONTRADICTED),
    ("Acme's assets under management grew to $2.4 trillion from $2.0 trillion.",
     Status.SUPPORTED),
    # the earlier figure wrong: neither the current value nor an earlier one
    ("Acme's assets under management grew to $2.4 trillion from $1.1 trillion.",
     Status.UNVERIFIED),
])
def test_a_change_is_computed_from_the_two_stored_values(acme_store: Any, sentence: str,
                                                         status: Status) -> None:
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


@pytest.mark.parametrize("sentence, status", [
    # only the new value given: the change is computed from the series' value before it
    ("Acme's assets under management rose 20% to $2.4 trillion.", Status.SUPPORTED),
    # ... and can confirm, never refute: the claim's base may be another than the store's
    ("Acme's assets under management rose 45% to $2.4 trillion.", Status.UNVERIFIED),
    # no level given: the change is computed from the series' last two values, $2.0T -> $2.4T
    ("Acme's assets under management rose 20% in 2024.", Status.SUPPORTED),
    ("Acme's assets under management grew by a fifth.", Status.SUPPORTED),
    ("Acme's assets under management rose 45% in 2024.", Status.UNVERIFIED),
    # a share of a level is no change of it
    ("Acme's assets under management were 20% of the market in 2024.", Status.UNVERIFIED),
])
def test_a_change_to_a_stated_or_the_latest_value_is_computed_from_the_value_before_it(
        acme_store: Any, sentence: str, status: Status) -> None:
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


def test_a_rate_and_the_level_it_reached_are_judged_one_at_a_time(
        bundled_statuses: Any) -> None:
    # the store's statement gives "up 69%"; the quarter's level is $3.9 billion, not $4.9
    assert bundled_statuses("AMD's data center revenue in the fourth quarter climbed 69% to "
                            "$4.9 billion, the company said.") == [Status.SUPPORTED,
                                                                   Status.CONTRADICTED]
    # a true level is supported beside a rate the store does not give
    assert bundled_statuses("AMD's data center revenue in the fourth quarter climbed 71% to "
                            "$3.9 billion, the company said.") == [Status.UNVERIFIED,
                                                                   Status.SUPPORTED]


def test_a_multiple_in_a_verb_is_a_change(bundled_statuses: Any) -> None:
    # fiscal 2024 $60.9 billion -> fiscal 2025 $130.5 billion
    assert bundled_statuses("Nvidia's revenue more than doubled in fiscal 2025.") == [
        Status.SUPPORTED]


@pytest.mark.parametrize("sentence, status", [
    # $2.0T (2021) -> $2.4T (2024): "by $400 billion" is the change, not the level
    ("Acme's assets under management rose by $400 billion to a record.", Status.SUPPORTED),
    ("Acme lifted its assets under management by about $400 billion.", Status.SUPPORTED),
    # a change the store's two values do not give may be from another base: never wrong
    ("Acme's assets under management rose by $900 billion to a record.", Status.UNVERIFIED),
    # "by" before a date is no change
    ("Acme's assets under management reached $2.4 trillion by 2024.", Status.SUPPORTED),
])
def test_a_figure_after_by_is_the_size_of_a_change_not_a_level(
        acme_store: Any, sentence: str, status: Status) -> None:
    """A report's "raises 2025 capital spending forecast by $10 billion" was contradicted by
    the forecast's level ($75 billion) instead of checked as the step from $75B to $85B."""
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


def test_a_raised_forecast_is_the_step_between_the_last_two_forecasts(
        bundled_statuses: Any) -> None:
    # Alphabet's 2025 capital spending outlook: $75B (February) -> $85B (July)
    assert bundled_statuses("Alphabet raised its 2025 capital spending forecast by $10 "
                            "billion.", dt.date(2025, 7, 24)) == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence", [
    "Acme posted a 20% jump in assets under management.",
    "Acme's assets under management saw an uptick of 20 per cent.",
    "Assets under management at Acme logged 20% growth in 2024.",
])
def test_a_change_noun_after_the_rate_or_before_it_makes_it_a_change(
        acme_store: Any, sentence: str) -> None:
    """A report's headline "Nvidia posts 78% jump in quarterly revenue" read the rate as a
    level of revenue; "an uptick of 12 per cent" was no change word."""
    found = verdict(acme_store, sentence)
    assert found.status is Status.SUPPORTED, found.explanation
