"""A prize named by its field: a record of one field's prize is no record of another's
(rules/fields.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status
from factcheck.rules.fields import prize_fields

# The store records Demis Hassabis's share of the 2024 Nobel Prize in Chemistry.
AFTER = dt.date(2025, 3, 10)


@pytest.mark.parametrize(("text", "fields"), [
    ("She won the Nobel Prize in Physics.", {"physics"}),
    ("He shared the physics Nobel with two others.", {"physics"}),
    ("A Nobel laureate in chemistry spoke first.", {"chemistry"}),
    ("The award for economics went to three scholars.", {"economics"}),
    # a field far from any prize word is another topic
    ("The chemistry of the team impressed the physics department.", set()),
    ("He won the Nobel Prize in 2024.", set()),
])
def test_a_field_is_read_beside_a_prize_word(text: str, fields: set[str]) -> None:
    assert prize_fields(text) == fields


@pytest.mark.parametrize(("text", "status"), [
    ("Demis Hassabis won the Nobel Prize in Physics.", Status.UNVERIFIED),
    ("Demis Hassabis shared the 2024 Nobel Prize in Physics.", Status.UNVERIFIED),
    ("Demis Hassabis won a physics Nobel in 2024.", Status.UNVERIFIED),
    # the field the record names, or none at all, is the recorded prize
    ("Demis Hassabis won the Nobel Prize in Chemistry in 2024.", Status.SUPPORTED),
    ("Demis Hassabis won the chemistry Nobel.", Status.SUPPORTED),
    ("Demis Hassabis won a Nobel Prize in 2024.", Status.SUPPORTED),
])
def test_a_prize_of_another_field_is_not_the_recorded_one(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, AFTER) == [status]
