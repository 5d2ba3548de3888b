"""A claim that names the moment the store took a moving value at is held to that value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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


BUILT = """
entities:
  - {id: kestrel, name: Kestrel Observatory, aliases: [Kestrel], kind: project}
facts:
  - id: kestrel-launch
    kind: event
    subject: kestrel
    measure: launch
    cues: [launched, launch]
    date: 2020-03-01
    statement: The Kestrel Observatory was launched on 1 March 2020.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - id: kestrel-cost
    kind: quantity
    subject: kestrel
    measure: cost
    value: "$4 billion"
    tolerance: 0.05
    as_of: 2020-03-01
    statement: The Kestrel Observatory cost about $4 billion to build and launch.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # what it took to build, told as done, against the cost the store took at its launch:
    # a finished build's total does not move
    ("The Kestrel Observatory took a decade and roughly $7 billion to build.",
     Status.CONTRADICTED),
    ("The Kestrel Observatory took a decade and about $4 billion to build.",
     Status.SUPPORTED),
    # a cost not told as the build's: the value may have moved since
    ("The Kestrel Observatory's running costs reached roughly $7 billion.",
     Status.UNVERIFIED),
])
def test_what_a_finished_thing_took_to_build_is_its_recorded_cost(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(BUILT), sentence, dt.date(2024, 6, 1)) == [status]
