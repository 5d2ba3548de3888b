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
    # a running total ("has now invested") against one commitment (issue 8, the probe)
    ("Amazon has now invested $4 billion in Anthropic.", dt.date(2025, 3, 1),
     Status.UNVERIFIED),
    ("Amazon has now invested $8 billion in Anthropic.", dt.date(2025, 3, 1),
     Status.SUPPORTED),
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


@pytest.mark.parametrize(("text", "status"), [
    # a holder's stake told worth the company's valuation, or the size of its round
    ("SoftBank's stake in OpenAI is valued at $300 billion.", Status.UNVERIFIED),
    ("SoftBank's holding in OpenAI is now worth $40 billion.", Status.UNVERIFIED),
    # the value of the stake itself, as the store records it
    ("Microsoft's stake in OpenAI is valued at about $135 billion.", Status.SUPPORTED),
    # the company's own valuation
    ("OpenAI is valued at $300 billion.", Status.SUPPORTED),
])
def test_what_a_stake_is_worth_is_not_the_company_s_value(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """A figure told as the worth of a stake was supported by the company's valuation (the
    same figure, 'valued at' its cue)."""
    assert bundled_statuses(text, dt.date(2025, 11, 20)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # one sum told of two parties, the store's of one of them
    ("SoftBank invested $30 billion in OpenAI and Stargate.", Status.UNVERIFIED),
    ("Nvidia invested $100 million in OpenAI and xAI.", Status.UNVERIFIED),
    ("Microsoft invested $13 billion in OpenAI and Anthropic.", Status.UNVERIFIED),
    ("Nvidia is betting $1 billion on Nokia and Ericsson.", Status.UNVERIFIED),
    # the sum of the one party the store records it of
    ("Microsoft invested $13 billion in OpenAI.", Status.SUPPORTED),
])
def test_one_sum_over_several_parties_is_not_one_party_s(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """A sum told over two investees was read whole against one investee's record, or split
    into one claim per investee, each with the whole sum (issue 8)."""
    assert bundled_statuses(text, dt.date(2025, 10, 20)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # one kind of money against the record of two together (\$5 billion each)
    ("xAI raised $10 billion in debt.", Status.UNVERIFIED),
    ("xAI has completed a $5 billion debt raise alongside a $10 billion equity investment.",
     Status.UNVERIFIED),
    # the two together
    ("xAI raised $10 billion in debt and equity.", Status.SUPPORTED),
])
def test_one_kind_of_money_is_not_the_sum_of_two(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8, found by the probe: the record of \\$10 billion of debt and equity supported
    \\$10 billion of equity alone."""
    assert bundled_statuses(text, dt.date(2025, 7, 2)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # a half or a full year against a quarter's record (found by the probe)
    ("Alphabet revenue was $102.3 billion in the first half.", Status.UNVERIFIED),
    ("Alphabet revenue was $102.3 billion in the third quarter.", Status.SUPPORTED),
])
def test_a_longer_period_is_not_a_quarter_s(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 11, 1)) == [status]
