"""What a claim says that no finding checked (rules/coverage.py): here, its months and
days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # the store records Amazon's further $4 billion on 22 November 2024
    ("Amazon invested another $4 billion in Anthropic in December 2024.", Status.UNVERIFIED),
    ("Amazon invested another $4 billion in Anthropic in November 2024.", Status.SUPPORTED),
    # the settlement of 5 September 2025
    ("Anthropic agreed to a $1.5 billion settlement in October 2025.", Status.UNVERIFIED),
])
def test_a_month_no_fact_agrees_with_is_not_covered(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: the month of a dated event went uncompared when a relation supported the
    claim: its year was given by the statement, its month by nothing."""
    assert bundled_statuses(text, dt.date(2025, 11, 1))[-1] is status


def test_a_month_a_statement_names_without_its_year_covers_the_claim_s(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    # "from $3.5 billion guided in January", in a record of April 2024
    assert bundled_statuses("In January 2024 AMD forecast $3.5 billion of data-center GPU "
                            "revenue for the year.", dt.date(2024, 6, 1)) == [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "status"), [
    # the record of 3 September 2024: $279 billion lost as NVIDIA's shares fell 9.5%
    ("On 3 September 2024 NVIDIA lost about $279 billion in market value as its shares fell "
     "nearly 10%.", Status.SUPPORTED),
    ("On 3 September 2024 NVIDIA lost about $279 billion in market value as its shares fell "
     "more than 5%.", Status.UNVERIFIED),  # true, but not what a writer knowing 9.5% says
])
def test_a_bound_the_statement_s_figure_meets_is_covered(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 9, 10)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the record: Preqin bought for £2.55 billion (about $3.2 billion)
    ("BlackRock agreed to buy Preqin for $3.2 billion.", Status.SUPPORTED),
    ("BlackRock agreed to buy Preqin for $3.9 billion.", Status.UNVERIFIED),
])
def test_a_conversion_the_statement_gives_covers_the_figure_news_writes(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 7, 20)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the record: 3-nanometer chips were 23% of TSMC's wafer revenue in the third quarter
    ("TSMC's newest 3-nanometer process contributed 23% of revenue.", Status.SUPPORTED),
    ("TSMC's newest 2-nanometer process contributed 23% of revenue.", Status.UNVERIFIED),
])
def test_a_figure_that_names_the_measure_is_covered_by_it(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """Real news (October 2025): the node's "3-nanometer" was left unchecked beside the 23%
    that the 3-nanometer share's record confirmed."""
    assert bundled_statuses(text, dt.date(2025, 10, 17)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the records: Lisa Su AMD's chief executive "since 8 October 2014"; Satya Nadella
    # Microsoft's "since 4 February 2014, when he succeeded Steve Ballmer"
    ("Lisa Su became AMD's chief executive in 2014.", Status.SUPPORTED),
    ("Lisa Su became AMD's chief executive in October 2014.", Status.SUPPORTED),
    ("Satya Nadella took over as Microsoft's CEO in February 2014.", Status.SUPPORTED),
    ("Lisa Su became AMD's chief executive in 2016.", Status.UNVERIFIED),
    ("Lisa Su became AMD's chief executive in August 2014.", Status.UNVERIFIED),
    # a year the claim gives something else than the role's start stays unchecked
    ("Lisa Su, AMD's chief executive, sold shares in 2014.", Status.UNVERIFIED),
])
def test_the_start_of_a_role_the_statement_gives_covers_the_claim_s(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """Real profiles tell when someone took a post ("became AMD's chief executive in October
    2014"); the record of the role says since when ("has been ... since 8 October 2014"), a
    date the year went unchecked against (the claim stayed "partly checked")."""
    assert bundled_statuses(text, dt.date(2025, 6, 1))[-1] is status
