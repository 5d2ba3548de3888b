"""Whose figure it is: the party a verb values at it (rules/owners.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # the figure is X's worth, not xAI's, however near xAI's own valuation ($50 billion)
    ("xAI has acquired X in a deal that values X at $49.5 billion.", Status.UNVERIFIED),
    ("xAI has acquired X in a deal that values xAI at $80 billion.", Status.SUPPORTED),
])
def test_a_figure_a_verb_values_another_party_at_is_not_the_subjects(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 3, 30))[-1] is status
