"""NUM: a figure is compared with the recorded figure of the same subject and measure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(("sentence", "status"), [
    # a day no fact of the most specific cue holds on: the fact of that day settles it
    ("On Jan. 27, 2025, Nvidia lost about $689 billion of market value in a single day.",
     Status.CONTRADICTED),
    ("On Jan. 27, 2025, Nvidia lost about $589 billion of market value in a single day.",
     Status.SUPPORTED),
    # a year is too loose for that: "since 2019" dates no figure of 2019
    ("Microsoft has invested about $13 billion in OpenAI since 2019.", Status.SUPPORTED),
])
def test_a_figure_on_a_day_is_compared_with_that_day_s_fact(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, STORY) == [status]
