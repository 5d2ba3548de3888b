"""Figures one clause ties together are confirmed only by records of one occasion: a stake
in the October round is no stake in March's round (rules/occasions.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from factcheck.model import Status

STORE = """
entities:
  - {id: acme, name: Acme AI, aliases: [Acme], kind: organization}
  - {id: eastgate, name: Eastgate Partners, aliases: [Eastgate], kind: organization}
facts:
  - {id: acme-round-2024-10, kind: quantity, subject: acme, value: "$6 billion",
     measure: funding round size (October 2024), cues: [round, funding round],
     as_of: 2024-10-02,
     statement: In October 2024 Acme AI closed a $6 billion funding round.,
     sources: [{url: 'https://example.com/c', title: C, publisher: P, reliability: news}]}
  - id: eastgate-acme-2024-10
    kind: quantity
    subject: eastgate
    object: acme
    measure: investment in Acme's October 2024 round
    cues: [invested, investment, put in, put, into]
    value: "$500 million"
    as_of: 2024-10-02
    statement: Eastgate Partners put $500 million into Acme AI's October 2024 round.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - {id: acme-round-2025-03, kind: quantity, subject: acme, value: "$40 billion",
     measure: funding round size (March 2025), cues: [round, funding round],
     as_of: 2025-03-31, tolerance: 0.01,
     statement: In March 2025 Acme AI closed a $40 billion funding round.,
     sources: [{url: 'https://example.com/b', title: B, publisher: P, reliability: news}]}
"""


def test_a_stake_told_in_another_occasion_s_round_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    found = statuses_in(literal_store(STORE),
                        "Eastgate put $500 million into Acme's $40 billion round.",
                        dt.date(2025, 6, 1))
    assert Status.SUPPORTED not in found


def test_a_stake_told_in_its_own_round_is_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    found = statuses_in(literal_store(STORE),
                        "Eastgate put $500 million into Acme's $6 billion round.",
                        dt.date(2025, 6, 1))
    assert found == [Status.SUPPORTED]
