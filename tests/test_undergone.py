"""An event done to its subject ("the board removed Jane Roe") confirms no act the subject
does with the same word ("Roe dismissed the bid")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from factcheck.model import Status

STORE = """
entities:
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
  - {id: jane-roe, name: Jane Roe, kind: person}
facts:
  - id: roe-ousted-2025
    kind: event
    subject: jane-roe
    mentions: [zeta]
    measure: Roe ouster (May 2025)
    cues: [fired, ousted, dismissed, removed, sacked]
    date: 2025-05-03
    state: completed
    statement: On 3 May 2025 the board of Zeta Labs removed Jane Roe, its chief executive.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""
JUNE = dt.date(2025, 6, 1)


def test_the_subject_acting_with_the_word_of_what_was_done_to_it_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    store = literal_store(STORE)
    # the roles the other way round: Roe does the act, to something else
    told = ["Jane Roe promptly dismissed the bid.", "Jane Roe fired the company's auditors."]
    assert all(statuses_in(store, text, JUNE) == [Status.UNVERIFIED] for text in told)


def test_what_was_done_to_the_subject_is_still_confirmed_active_or_passive(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    store = literal_store(STORE)
    for text in ("The board of Zeta dismissed Jane Roe in May 2025.",
                 "Jane Roe was ousted by the board in May 2025."):
        assert statuses_in(store, text, JUNE) == [Status.SUPPORTED], text
