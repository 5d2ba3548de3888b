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
