"""A figure told of a portion of an event, or of a whole of several, is not confirmed by a
record of the other (rules/portions.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "date", "status"), [
    # a part of an event against the whole's record
    ("The first tranche of OpenAI's round is $40 billion.", dt.date(2025, 4, 5),
     Status.UNVERIFIED),
    ("Nvidia lost $589 billion in market value in the first hour of trading on Monday.",
     dt.date(2025, 1, 30), Status.UNVERIFIED),
    # several days against the record of one
    ("Nvidia lost $589 billion of market value over two days.", dt.date(2025, 1, 30),
     Status.UNVERIFIED),
    # one numbered instance against the cumulative sum
    ("Amazon's second investment in Anthropic was $8 billion.", dt.date(2024, 12, 1),
     Status.UNVERIFIED),
    # a total against one commitment of several
    ("Amazon's investment in Anthropic totals $4 billion.", dt.date(2024, 12, 1),
     Status.UNVERIFIED),
    # one named round against the total raised
    ("xAI raised $12 billion in its Series C.", dt.date(2024, 12, 25), Status.UNVERIFIED),
    # the whole of a plan told as its first, immediate portion
    ("Stargate will invest $500 billion immediately.", dt.date(2025, 2, 1), Status.UNVERIFIED),
    # each told as the record tells it
    ("Stargate will deploy $100 billion immediately.", dt.date(2025, 2, 1), Status.SUPPORTED),
    ("xAI raised $6 billion in its Series C.", dt.date(2024, 12, 25), Status.SUPPORTED),
    ("xAI has raised $12 billion in total, including its Series C.", dt.date(2024, 12, 25),
     Status.SUPPORTED),
    ("Amazon's investment in Anthropic totals $8 billion.", dt.date(2024, 12, 1),
     Status.SUPPORTED),
    ("Amazon's second commitment to Anthropic was $4 billion.", dt.date(2024, 12, 1),
     Status.SUPPORTED),
    ("Its second commitment brought Amazon's total investment in Anthropic to $8 billion.",
     dt.date(2024, 12, 1), Status.SUPPORTED),
    ("OpenAI's round is $40 billion.", dt.date(2025, 4, 5), Status.SUPPORTED),
    # the total of one deal is its whole price, not a sum of several (twelfth real set)
    ("SoftBank agreed to buy Ampere Computing. The total amount of the transaction was "
     "$6.5 billion.", dt.date(2025, 3, 20), Status.SUPPORTED),
    ("SoftBank agreed to buy Ampere Computing. The deal's total value is $6.5 billion.",
     dt.date(2025, 3, 20), Status.SUPPORTED),
    ("The total value of Amazon's investment in Anthropic was $4 billion.",
     dt.date(2024, 12, 1), Status.UNVERIFIED),
    ("Nvidia lost $589 billion of market value in a single day.", dt.date(2025, 1, 30),
     Status.SUPPORTED),
])
def test_a_portion_is_confirmed_only_by_a_record_of_that_portion(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the store records the sale of part of the T-Mobile stake (h12fs's probe)
    ("SoftBank has also exited its stake in T-Mobile.", Status.UNVERIFIED),
    ("SoftBank sold its entire T-Mobile stake.", Status.UNVERIFIED),
    ("SoftBank sold part of its T-Mobile stake.", Status.SUPPORTED),
    # and of the whole Nvidia stake
    ("SoftBank has exited its stake in Nvidia.", Status.SUPPORTED),
])
def test_a_whole_holding_sold_is_not_confirmed_by_the_sale_of_part(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 11, 12)) == [status]
