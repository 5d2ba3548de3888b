"""A claim telling the opposite act of the one its facts record is not confirmed by them
(rules/opposites.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    ("Sam Altman accepted Elon Musk's $97.4 billion takeover bid for OpenAI.",
     Status.UNVERIFIED),
    ("Sam Altman rejected Elon Musk's $97.4 billion takeover bid for OpenAI.",
     Status.SUPPORTED),
])
def test_the_opposite_act_is_not_confirmed_by_the_record_of_the_act(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 2, 15))[-1] is status


def test_the_two_sides_of_one_deal_are_no_opposites(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """A power purchase agreement: Constellation sells what Microsoft buys."""
    assert bundled_statuses("Constellation Energy will sell the power from Three Mile Island "
                            "to Microsoft.", dt.date(2024, 9, 25))[-1] is Status.SUPPORTED


@pytest.mark.parametrize(("text", "status"), [
    # paid in stock, told as paid in cash (h12fs's probe)
    ("AMD announced its all-cash purchase of Xilinx on Oct. 27, 2020.", Status.UNVERIFIED),
    ("AMD announced its all-stock purchase of Xilinx on Oct. 27, 2020.", Status.SUPPORTED),
])
def test_a_deal_paid_in_stock_told_as_paid_in_cash_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2020, 10, 28))[-1] is status

