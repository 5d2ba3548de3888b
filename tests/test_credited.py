"""A sum the store records of several parties is not confirmed as one party's alone
(rules/credited.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

OCT_2024 = dt.date(2024, 10, 10)


@pytest.mark.parametrize(("text", "date", "status"), [
    # a round of eight investors given as one investor's money
    ("OpenAI raised $6.6 billion from Thrive Capital.", OCT_2024, Status.UNVERIFIED),
    ("Nvidia invested $6.6 billion in OpenAI.", OCT_2024, Status.UNVERIFIED),
    ("SoftBank will invest $500 billion in Stargate.", dt.date(2025, 2, 10),
     Status.UNVERIFIED),
    # the party told as one of several, the sum as the whole's size, the round's own lead
    ("OpenAI raised $6.6 billion from investors including Thrive Capital and Microsoft.",
     OCT_2024, Status.SUPPORTED),
    ("Nvidia invested in OpenAI's $6.6 billion funding round.", OCT_2024, Status.SUPPORTED),
    ("Nvidia put about $100 million into OpenAI's $6.6 billion round.", OCT_2024,
     Status.SUPPORTED),
    ("OpenAI raised $6.6 billion in a round led by Thrive Capital.", OCT_2024,
     Status.SUPPORTED),
    ("Stargate, backed by SoftBank, will invest $500 billion.", dt.date(2025, 2, 10),
     Status.SUPPORTED),
])
def test_a_whole_is_not_confirmed_as_one_contributors_sum(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("text", "date", "status"), [
    # a lead the round's own record gives to another party
    ("OpenAI raised $6.6 billion at a $157 billion valuation in a round led by Microsoft.",
     OCT_2024, Status.UNVERIFIED),
    ("OpenAI raised $6.6 billion in a round led by SoftBank.", OCT_2024, Status.UNVERIFIED),
    ("Microsoft led OpenAI's $40 billion round.", dt.date(2025, 4, 10), Status.UNVERIFIED),
    ("Anthropic raised $3.5 billion in a round led by Google.", dt.date(2025, 3, 31),
     Status.UNVERIFIED),
    # ... and the lead the record gives, however it is worded
    ("OpenAI raised $6.6 billion at a $157 billion valuation in a round led by Thrive "
     "Capital.", OCT_2024, Status.SUPPORTED),
    ("OpenAI raised $6.6 billion in a Thrive-led round.", OCT_2024, Status.SUPPORTED),
    ("SoftBank led OpenAI's $40 billion round.", dt.date(2025, 4, 10), Status.SUPPORTED),
])
def test_a_deals_lead_is_the_one_its_record_tells(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the relation told with a party the record only mentions, not its own object
    ("Bayo Ogunlesi founded BlackRock.", Status.UNVERIFIED),
    ("Bayo Ogunlesi runs BlackRock.", Status.UNVERIFIED),
    ("Bayo Ogunlesi leads Global Infrastructure Partners.", Status.SUPPORTED),
])
def test_a_relation_is_not_confirmed_with_a_party_its_record_only_mentions(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 6, 20))[-1] is status


def test_a_newer_figure_of_another_kind_is_not_the_round_the_claim_tells(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """issue 8: "OpenAI's $6.6 billion round" was read as a 2025 sale of $6.6 billion of
    stock (the newest statement giving the figure), whose record tells no lead, so a wrong
    lead went unseen; the round of 2024, led by Thrive Capital, is the one told."""
    day = dt.date(2025, 11, 1)
    assert bundled_statuses("Thrive Capital and SoftBank led OpenAI's $6.6 billion round.",
                            day) == [Status.UNVERIFIED]
    assert bundled_statuses("Thrive Capital led OpenAI's $6.6 billion round.", day) == \
        [Status.SUPPORTED]
