"""False alarms found on real news about chipmakers (NVIDIA, AMD, Intel, TSMC, Broadcom,
Apple): each sentence here was written for the project in the manner of the report that
raised the alarm, never copied from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status

FLAGS = {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}


@pytest.mark.parametrize(("text", "date"), [
    # the second object of "forecasts" is a forecast for a quarter not yet reported, not
    # the reported quarter's result
    ("Intel forecasts revenue of $13.3 billion and adjusted EPS of 8 cents for the "
     "current quarter.", dt.date(2025, 10, 24)),
    # a unit's loss is no figure of its revenue
    ("Intel's foundry unit lost $2.3 billion in the third quarter.", dt.date(2025, 10, 24)),
    # a figure told as a part of the whole is no wrong value of the whole, nor (reported by
    # the company) the figure it once reported of a product the claim never names
    ("Nvidia reported $11 billion in networking products, part of the latest quarter's data "
     "center revenue.", dt.date(2026, 2, 26)),
])
def test_no_false_alarm_on_chip_news(bundled_statuses: Any, text: str,
                                     date: dt.date) -> None:
    assert not FLAGS & set(bundled_statuses(text, date))


def test_a_part_of_the_whole_reported_is_settled_by_the_part(bundled_statuses: Any) -> None:
    # the store records the quarter's networking revenue ($10.98 billion), the part the
    # claim gives: the part's own fact confirms it, the whole's never refutes it
    assert bundled_statuses("Nvidia reported $11 billion in networking products, part of the "
                            "latest quarter's data center revenue.",
                            dt.date(2026, 2, 26)) == [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "date"), [
    # a firm described before its verb, unresolved, is the doer: the partner named after the
    # verb did not announce anything (OpenAI's own announcement is its founding)
    ("AMD shares jumped on Monday after the chip company announced a megadeal with OpenAI.",
     dt.date(2025, 10, 7)),
])
def test_no_false_support_on_chip_news(bundled_statuses: Any, text: str,
                                       date: dt.date) -> None:
    assert Status.SUPPORTED not in bundled_statuses(text, date)[1:]
