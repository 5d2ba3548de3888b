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


SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
ROUND = f"""
entities:
  - {{id: lumo, name: Lumo Labs, kind: organization, aliases: [Lumo]}}
facts:
  - id: lumo-round-2024
    kind: quantity
    subject: lumo
    measure: funding round size
    cues: [raise, raised, new funding, investors]
    value: "$2 billion"
    tolerance: 0.01
    as_of: 2024-06-10
    statement: On 10 June 2024 Lumo Labs closed a $2 billion funding round.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Investors put $300 million into Lumo Labs in its June 2024 round.", Status.UNVERIFIED),
    ("Early backers poured about $300 million into Lumo's June 2024 round.",
     Status.UNVERIFIED),
    ("Backers in Japan put $300 million into Lumo Labs in its June 2024 round.",
     Status.UNVERIFIED),
    ("Investors put $2 billion into Lumo Labs in its June 2024 round.", Status.SUPPORTED),
    ("Lumo Labs raised $3 billion from investors in its June 2024 round.",
     Status.CONTRADICTED),
])
def test_what_others_put_into_a_company_is_a_part_not_its_round(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, status: Status) -> None:
    """"Investors put $300 million into Lumo Labs in its June 2024 round" gives what some
    gave: a part of the round, never a contradiction of its size (it was contradicted)."""
    assert statuses_in(literal_store(ROUND), text)[-1] is status
