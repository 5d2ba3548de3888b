"""An act told as compelled is confirmed only by a fact that words a compulsion
(rules/compelled.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

SEPT_2025 = dt.date(2025, 9, 20)


@pytest.mark.parametrize(("text", "status"), [
    # the store records a settlement Anthropic agreed to, not an order to pay
    ("Anthropic was ordered to pay $1.5 billion to authors.", Status.UNVERIFIED),
    # a judge's ruling on another matter, beside the settlement, orders no payment
    ("A judge ordered Anthropic to pay $1.5 billion.", Status.UNVERIFIED),
    ("Anthropic agreed to pay $1.5 billion to settle the authors' lawsuit.", Status.SUPPORTED),
])
def test_a_settlement_told_as_an_order_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: a stronger verb ("was ordered to pay") was supported by the record of an
    agreed settlement, met on its party, its figure and "pay"."""
    assert bundled_statuses(text, SEPT_2025) == [status]


def test_ordered_as_a_purchase_is_no_compulsion() -> None:
    from factcheck.model import Claim, Position, Span
    from factcheck.rules.compelled import compelled

    text = "Microsoft ordered 485,000 chips in 2024."
    claim = Claim(id="c", text=text, standalone=text, span=Span(0, len(text)),
                  position=Position(1, 1), sentence=text, entities=(), named=(),
                  subject=None, subject_name=None, unknown_names=(), quantities=(), years=(),
                  quotes=())
    assert compelled(claim, []) is None


@pytest.mark.parametrize(("text", "status"), [
    # a departure the record has the member take, told as a firing (found by the probe)
    ("Elon Musk was fired from OpenAI's board in 2018.", Status.UNVERIFIED),
    ("Elon Musk left OpenAI's board in 2018.", Status.SUPPORTED),
    # a removal the record tells
    ("Sam Altman was fired by OpenAI's board in November 2023.", Status.SUPPORTED),
])
def test_a_departure_told_as_a_firing_needs_a_record_of_removal(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 11, 1)) == [status]
