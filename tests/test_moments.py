"""A claim that names the moment the store took a moving value at is held to that value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

LATER = dt.date(2024, 12, 24)  # months after the stored valuation and assets: both stale


@pytest.mark.parametrize(("sentence", "status"), [
    # the round named by its own name: the valuation it set
    ("Its Series B, also $6 billion, valued xAI at $26 billion.", Status.IMPRECISE),
    ("Its Series B, also $6 billion, valued xAI at $24 billion.", Status.SUPPORTED),
    # the one stored deal named back in a time clause: the assets at that day
    ("GIP had roughly $150 billion of assets under management when the deal was struck.",
     Status.CONTRADICTED),
    ("GIP had roughly $100 billion of assets under management when the deal was struck.",
     Status.SUPPORTED),
    # no moment named: the stale value may be older than the claim's
    ("GIP had roughly $150 billion of assets under management.", Status.UNVERIFIED),
    ("Its latest round valued xAI at $26 billion.", Status.UNVERIFIED),
])
def test_a_figure_tied_to_the_stored_moment_is_compared(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, LATER)[-1] is status
