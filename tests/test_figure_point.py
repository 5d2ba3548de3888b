"""A figure that only describes the claim's subject does not confirm what the claim asserts
of it (rules/figure_point.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

OCT_2024 = dt.date(2024, 10, 10)


@pytest.mark.parametrize(("text", "status"), [
    # the round's size is right; what the sentence says of the round is recorded nowhere
    ("OpenAI's $6.6 billion round was oversubscribed by a factor of ten.", Status.UNVERIFIED),
    ("The $6.6 billion OpenAI round drew complaints from regulators.", Status.UNVERIFIED),
    # the figure is what the sentence asserts, or the predicate is the record's
    ("OpenAI's round raised $6.6 billion.", Status.SUPPORTED),
    ("OpenAI's $6.6 billion round was led by Thrive Capital.", Status.SUPPORTED),
])
def test_a_figure_in_the_subject_confirms_no_predicate(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, OCT_2024)[-1] is status


def test_a_figure_restated_from_before_confirms_nothing_the_claim_adds(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """"the same amount" names the $4 billion told before; what it is paid for is the news."""
    assert bundled_statuses("Amazon said it would invest a further $4 billion in Anthropic. "
                            "Amazon will also pay the same amount for a seat on the board of "
                            "the startup.", dt.date(2024, 12, 1)) == [Status.SUPPORTED,
                                                                 Status.UNVERIFIED]
