"""A relation of a party named after the verb does not confirm what a group of people that
is the clause's subject does or thinks (rules/group_subject.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    ("Traders have focused on the unveiling of Nvidia's Blackwell.", Status.UNVERIFIED),
    ("Analysts were impressed by the unveiling of Nvidia's Blackwell.", Status.UNVERIFIED),
    ("Nvidia unveiled Blackwell at GTC.", Status.SUPPORTED),
])
def test_a_group_as_the_subject_is_not_the_party_the_relation_is_of(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 4, 1))[-1] is status
