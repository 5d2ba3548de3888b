"""Whose figure it is: the party a verb values at it (rules/owners.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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


SPOKEN = """
entities:
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
  - {id: dana-reyes, name: Dana Reyes, aliases: [Reyes], kind: person, affiliation: zeta}
facts:
  - id: zeta-pre-money-2024
    kind: quantity
    subject: zeta
    mentions: [dana-reyes]
    measure: pre-money valuation
    value: "$18 billion"
    tolerance: 0.01
    as_of: 2024-05-26
    statement: Dana Reyes said Zeta's pre-money valuation in its May 2024 round was $18
      billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("text", "status"), [
    # the speaker gives the figure; the store records her saying it of Zeta: Zeta's, and a
    # round's pre-money valuation is that round's for good, months later too
    ("Dana Reyes put the value before the money came in at $20 billion.",
     Status.CONTRADICTED),
    ("Dana Reyes put the value before the money came in at $18 billion.", Status.SUPPORTED),
    # no measure of Zeta's named: her figure may be of anything
    ("Dana Reyes put the value of her art collection at $20 billion.", Status.UNVERIFIED),
])
def test_a_figure_a_speaker_gives_is_the_party_s_she_is_recorded_giving_it_for(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(SPOKEN), text, dt.date(2025, 1, 8)) == [status]
