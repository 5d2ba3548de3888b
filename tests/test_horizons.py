"""NUM-span: the span of years a plan's figure is spread over, against the stored plan's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(("sentence", "status"), [
    # the stored plan's figure, over another span: the plan it states is not the store's
    ("Stargate plans to invest up to $500 billion over the next six years.",
     Status.CONTRADICTED),
    ("Stargate plans to invest up to $500 billion over the next four years.",
     Status.SUPPORTED),
    # "within" tells by when, not over how long
    ("Stargate plans to invest $500 billion within six years.", Status.UNVERIFIED),
])
def test_the_span_of_a_plan_is_compared(bundled_statuses: Callable[..., list[Status]],
                                        sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, STORY)[-1] is status
