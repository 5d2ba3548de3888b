"""What a claim's point says beside an aside the facts were met in: a recorded event in a
closing "after the ..." does not confirm the act the point asserts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("sentence", "status"), [
    # the act the point asserts is held by no fact: only the aside's event is recorded
    ("OpenAI reorganised its board after the ouster of Sam Altman.", Status.UNVERIFIED),
    ("Microsoft restructured its AI teams after the hiring of Mustafa Suleyman.",
     Status.UNVERIFIED),
    # the point's act is the recorded one
    ("Sam Altman returned as chief executive after his ouster.", Status.SUPPORTED),
])
def test_an_act_beside_an_aside_is_checked_by_its_own_words(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    """issue 8 (a cue only in a closing 'after the ...' phrase): one unheld word besides
    the recorded ones left the point supported by the aside's event."""
    assert bundled_statuses(sentence, dt.date(2025, 10, 20)) == [status]


@pytest.mark.parametrize(("sentence", "status"), [
    # the event is the subject; what the clause says of it is held by no fact
    ("Altman's return included a shake-up of how OpenAI is run, with tighter safety rules.",
     Status.UNVERIFIED),
    ("Altman's return included changes to how OpenAI is governed.", Status.UNVERIFIED),
    # what it says of it is the record's
    ("Altman's return came days after his ouster.", Status.SUPPORTED),
])
def test_what_a_clause_says_of_an_event_its_subject_names_is_checked(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    """Thirteenth real set: 'Altman's return included a shakeup ..., including new safety
    rules' was supported by the record of his return, met on the subject's noun alone."""
    assert bundled_statuses(sentence, dt.date(2024, 5, 15)) == [status]
