"""What a claim's operators assert that the facts behind its support do not state
(rules/operators.py): here, what a rank ranks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

JUNE_20_2024 = dt.date(2024, 6, 20)


@pytest.mark.parametrize(("text", "status"), [
    # the store ranks NVIDIA first among listed companies by market value, on the day
    # before: a rank among fabless chip companies, or among chipmakers, is another rank
    ("Nvidia is the world's largest fabless chip company.", Status.UNVERIFIED),
    ("Nvidia is the most valuable chipmaker.", Status.UNVERIFIED),
    # the thing ranked the store states
    ("Nvidia is now the world's largest company by market value.", Status.SUPPORTED),
    ("Nvidia became the world's most valuable company.", Status.SUPPORTED),
])
def test_a_rank_is_confirmed_only_among_the_things_the_facts_rank(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, JUNE_20_2024) == [status]
