"""A founder told as the only one, where the store records co-founders, is not confirmed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # the store records OpenAI's founding with Musk and Altman as co-chairs
    ("Elon Musk founded OpenAI in 2015.", Status.UNVERIFIED),
    ("OpenAI was founded by Sam Altman in 2015.", Status.UNVERIFIED),
    ("Sam Altman is the founder of OpenAI.", Status.UNVERIFIED),
    # and NVIDIA's as founded by three
    ("Jensen Huang founded Nvidia in 1993.", Status.UNVERIFIED),
    # told as alone in so many words (h12fs's probe)
    ("Musk alone founded OpenAI in 2015.", Status.UNVERIFIED),
    ("Elon Musk single-handedly founded OpenAI in 2015.", Status.UNVERIFIED),
    # a co-founder, a list of founders, a partner or "one of" say what the store says
    ("Elon Musk co-founded OpenAI in 2015.", Status.SUPPORTED),
    ("Musk and Altman founded OpenAI in 2015.", Status.SUPPORTED),
    ("Elon Musk founded OpenAI with Sam Altman in 2015.", Status.SUPPORTED),
    ("Musk was one of the founders of OpenAI.", Status.SUPPORTED),
    ("Jensen Huang co-founded Nvidia in 1993.", Status.SUPPORTED),
    # a founding the store records of one founder, and one with no founder named
    ("Morris Chang founded TSMC in 1987.", Status.SUPPORTED),
    ("Elon Musk later founded rival xAI.", Status.SUPPORTED),
    ("Nvidia was founded in 1993.", Status.SUPPORTED),
])
def test_one_of_several_founders_told_as_the_only_one_is_not_confirmed(
        bundled_store: Any, text: str, status: Status) -> None:
    """issue 8: "Elon Musk founded OpenAI" was supported by the record of a founding with
    several founders (a co-founder told as the sole founder)."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 6, 1))
    assert [c.verdict.status for c in report.claims] == [status], report.claims


def test_a_founder_named_with_others_is_not_told_as_the_only_one(bundled_statuses: Any) -> None:
    assert [s.value for s in bundled_statuses(
        "Founded in 1993 by Jensen Huang and two other engineers, Nvidia began as a maker of "
        "graphics cards.", dt.date(2025, 4, 3))][-1] == "supported"
