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
    # the official's act the store records: its verb is the record's cue, past any
    # auxiliary or adverb
    ("Regulators approved Nvidia's acquisition of Mellanox.", dt.date(2020, 5, 1),
     Status.SUPPORTED),
    ("Regulators have finally approved Nvidia's acquisition of Mellanox.",
     dt.date(2020, 5, 1), Status.SUPPORTED),
    # the party's own deed, told of it
    ("Elon Musk sued OpenAI.", dt.date(2025, 3, 5), Status.SUPPORTED),
])
def test_an_official_s_act_on_a_deed_is_not_the_deed(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the party named only as the other side of another's deal: its own founding
    # announcement is not the deal
    ("The chip company announced a megadeal with OpenAI.", Status.UNVERIFIED),
    ("The chipmaker struck a pact with OpenAI.", Status.UNVERIFIED),
    # the party's own act, told of it
    ("OpenAI was announced in December 2015.", Status.SUPPORTED),
])
def test_a_party_named_as_the_other_side_of_an_act_did_not_do_it(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 10, 7)) == [status]


def test_a_doer_the_record_mentions_acts_with_its_subject(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    # the store records the collaboration as the partnership's, with the two among its parties
    assert bundled_statuses("GE Vernova and NextEra Energy agreed to work with the AI "
                            "Infrastructure Partnership on power.",
                            dt.date(2025, 3, 20)) == [Status.SUPPORTED]
