"""NUM-label: a quarter's figure given under another fiscal year's label (rules/fiscal_label)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

DEC_2025 = dt.date(2025, 12, 1)


@pytest.mark.parametrize(("text", "status"), [
    # $39.3 billion is NVIDIA's fourth quarter of fiscal 2025; fiscal 2024's was $22.1 billion
    ("Nvidia's revenue for the fourth quarter of fiscal 2024 was $39.3 billion.",
     Status.CONTRADICTED),
    ("Nvidia's revenue for the third quarter of fiscal 2025 was $57 billion.",
     Status.CONTRADICTED),
    # $77.7 billion is Microsoft's first quarter of fiscal 2026; fiscal 2025's ($65.59 billion)
    # is stored, so the wrong label is refuted
    ("Microsoft's revenue for the first quarter of fiscal 2025 was $77.7 billion.",
     Status.CONTRADICTED),
    # $76.4 billion is Microsoft's fourth quarter of fiscal 2025; fiscal 2024's ($64.7 billion)
    # is stored, so the wrong label is refuted
    ("Microsoft's revenue for the fourth quarter of fiscal 2024 was $76.4 billion.",
     Status.CONTRADICTED),
    # the right label, and a base period given beside the figure, are left alone
    ("Nvidia's revenue for the fourth quarter of fiscal 2025 was $39.3 billion.",
     Status.SUPPORTED),
    ("Nvidia's revenue for the fourth quarter of fiscal 2025 rose to $39.3 billion from $22.1 "
     "billion a year earlier.", Status.SUPPORTED),
])
def test_a_quarter_s_figure_under_another_fiscal_year_is_caught(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: a wrong fiscal-year label for a stored quarter was missed: no value of the
    year named equalled the figure, so the claim was left unverified."""
    assert bundled_statuses(text, DEC_2025) == [status]


def test_a_figure_made_public_after_the_article_is_no_mislabel(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    # Microsoft's second quarter of fiscal 2026 ($81.27 billion) was reported in January 2026
    assert bundled_statuses("Microsoft's revenue for the second quarter of fiscal 2025 was "
                            "$81.3 billion.", DEC_2025) == [Status.UNVERIFIED]


def test_the_very_figure_of_another_measure_of_the_quarter_named_is_no_mislabel(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """NVIDIA's net income of fiscal 2025's fourth quarter ($22.1 billion) equals its revenue
    of fiscal 2024's: the claim is of the net income, rightly labelled (the full suite found
    it contradicted as a mislabelled revenue)."""
    assert bundled_statuses("NVIDIA's net income for the fourth quarter of fiscal 2025 was "
                            "$22.1 billion.", DEC_2025) == [Status.SUPPORTED]
