"""An official's act on a party's deed is not confirmed by the record of the deed
(rules/rulings.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "date", "status"), [
    # a ruling on the suit, or on a motion in it: the filing is the deed ruled on
    ("A judge ruled against OpenAI's bid to dismiss Elon Musk's lawsuit.",
     dt.date(2025, 3, 5), Status.UNVERIFIED),
    ("A federal judge refused to throw out Elon Musk's lawsuit against OpenAI.",
     dt.date(2025, 3, 5), Status.UNVERIFIED),
    # the official's act the store records: its verb is the record's cue
    ("Regulators approved Nvidia's acquisition of Mellanox.", dt.date(2020, 5, 1),
     Status.SUPPORTED),
    # the party's own deed, told of it
    ("Elon Musk sued OpenAI.", dt.date(2025, 3, 5), Status.SUPPORTED),
])
def test_an_official_s_act_on_a_deed_is_not_the_deed(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date) == [status]
