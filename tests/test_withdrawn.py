"""A state told as live is not confirmed by the record of one that ended before the article
(rules/withdrawn.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.withdrawn import ended_before, ended_on, told_live

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
SUIT = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: orbit, name: Orbit Media, aliases: [Orbit], kind: organization}}
facts:
  - id: zeta-sues-orbit
    kind: event
    subject: zeta
    object: orbit
    measure: lawsuit against Orbit
    cues: [sued, suit, lawsuit, breach of contract]
    date: 2024-03-04
    statement: On 4 March 2024 Zeta Labs sued Orbit Media, alleging breach of contract; it
      withdrew the suit in June 2024.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "date", "status"), [
    # told as live after the store's withdrawal: another suit, or a wrong status
    ("The ruling keeps Zeta's claims against Orbit alive, including breach of contract.",
     dt.date(2024, 11, 5), Status.UNVERIFIED),
    ("Zeta is suing Orbit for breach of contract.", dt.date(2024, 11, 5), Status.UNVERIFIED),
    ("Zeta's suit against Orbit, alleging breach of contract, remains alive.",
     dt.date(2024, 11, 5), Status.UNVERIFIED),
    # told as live before the withdrawal, or told as done: the record confirms it
    ("Zeta is suing Orbit for breach of contract.", dt.date(2024, 4, 20), Status.SUPPORTED),
    ("Zeta sued Orbit for breach of contract.", dt.date(2024, 11, 5), Status.SUPPORTED),
])
def test_a_suit_told_as_live_after_its_recorded_withdrawal_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, date: dt.date, status: Status) -> None:
    assert statuses_in(literal_store(SUIT), text, date) == [status]


def test_the_end_a_record_tells_is_dated_by_the_words_after_it() -> None:
    # a month told alone: ended by its last day
    assert ended_on("Doe sued Acme in May 2023 and dropped the case in March 2024.") == \
        dt.date(2024, 3, 31)
    assert ended_on("Doe dropped the case on 11 March 2024.") == dt.date(2024, 3, 11)
    assert ended_on("Doe sued Acme in May 2023.") is None
    assert ended_on("Doe sued Acme; he later withdrew the suit.") is None


@pytest.mark.parametrize(("text", "live"), [
    ("The judge let the case proceed.", None),
    ("The case can proceed to trial.", "can proceed"),
    ("The claims remain alive.", "remain"),
    ("Doe sued Acme in 2023.", None),
])
def test_words_that_tell_a_state_as_live(text: str, live: str | None) -> None:
    assert told_live(text) == live



def test_a_record_of_the_ending_itself_is_no_state_that_ended(
        literal_store: Callable[[str], Any]) -> None:
    ended = SUIT.replace("measure: lawsuit against Orbit", "measure: withdrawn lawsuit "
                         "against Orbit")
    after = dt.date(2024, 11, 5)
    assert ended_before(literal_store(SUIT).facts_about(["zeta"])[0], after)
    assert not ended_before(literal_store(ended).facts_about(["zeta"])[0], after)
