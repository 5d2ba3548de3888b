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


@pytest.mark.parametrize(("sentence", "day"), [
    # told in January 2025, before the store's plan of September 2025 over three years
    ("Stargate is a new venture. • The three companies joining the venture – Oracle, OpenAI "
     "and SoftBank – are initially putting $100 billion behind the effort and will keep "
     "investing, potentially up to $500 billion, over the next four years.",
     dt.date(2025, 1, 22)),
])
def test_a_plan_made_public_after_the_article_is_not_the_one_it_tells(
        bundled_statuses: Callable[..., list[Status]], sentence: str, day: dt.date) -> None:
    assert Status.CONTRADICTED not in bundled_statuses(sentence, day)

