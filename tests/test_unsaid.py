"""NUM-unsaid: the very figure of a subject's dated deal confirms it, counterparty unsaid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 1)
Statuses = Callable[[str], list[Status]]


@pytest.fixture
def statuses(bundled_statuses: Callable[..., list[Status]]) -> Statuses:
    """The verdicts the bundled store gives a one-sentence article of March 2025."""
    return lambda sentence: bundled_statuses(sentence, STORY)


def test_the_figure_on_the_deal_s_date_confirms_it(statuses: Statuses) -> None:
    assert statuses("Amazon committed up to $4 billion in September 2023.") == [
        Status.SUPPORTED]


def test_another_date_or_another_party_named_does_not(statuses: Statuses) -> None:
    assert statuses("Amazon committed up to $4 billion in September 2022.") != [
        Status.SUPPORTED]
    assert statuses("Amazon committed up to $4 billion to OpenAI in September 2023.") != [
        Status.SUPPORTED]


def test_a_different_figure_is_never_refuted_without_its_counterparty(statuses: Statuses) -> None:
    assert statuses("Amazon committed up to $5 billion in September 2023.") == [
        Status.UNVERIFIED]


def test_the_figure_on_the_day_the_store_records_needs_no_cue(statuses: Statuses) -> None:
    """A table's generic column ("Amount") names no measure; the day pins the fact."""
    assert statuses("On Oct. 2, 2024, OpenAI's amount was $6.6 billion.") == [Status.SUPPORTED]
    assert statuses("In 2024, OpenAI's amount was $6.6 billion.") != [Status.SUPPORTED]
    assert statuses("On Oct. 2, 2024, OpenAI's amount was $7.6 billion.") == [
        Status.UNVERIFIED]


def test_a_figure_of_another_measure_of_that_day_is_held_to_the_measure_named(
        statuses: Statuses) -> None:
    """xAI's Series B raised $6 billion on the day its pre-money valuation was $18 billion."""
    assert statuses("xAI raised $18 billion in a Series B round on May 26, 2024.") != [
        Status.SUPPORTED]


def test_a_figure_that_sizes_several_deals_is_no_one_deal_s(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """issue 8 (shadow11): "signed as many as $1 billion+ deals" was supported by Google's
    $1 billion investment in Anthropic, with Anthropic left unsaid."""
    assert bundled_statuses("Alphabet signed as many as $1 billion+ deals in the first half of "
                            "2025.", dt.date(2025, 7, 30)) != [Status.SUPPORTED]


def test_a_weekday_months_from_the_record_s_day_does_not_pin_it(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """A weekday is placed from the article's date: "Acme shares rose 3% Tuesday" in late
    October tells that week, not the May day Acme cut 3% of its workforce."""
    assert bundled_statuses("Microsoft shares are up 3% Tuesday.", dt.date(2025, 10, 28)) != [
        Status.SUPPORTED]
