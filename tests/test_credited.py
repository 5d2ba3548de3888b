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
