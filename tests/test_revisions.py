"""A plan told raised or cut, without its figures, is checked by the step the store's series
of the plan took last, when that step was given just before the article's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
CUES = "[capital expenditure, capex, capital spending, capex outlook, capex guidance]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
facts:
  - id: acme-capex-outlook-01
    kind: quantity
    subject: acme
    measure: planned capital expenditure for 2025
    cues: {CUES}
    range: ["$10 billion", "$12 billion"]
    as_of: 2025-01-20
    statement: On 20 January 2025 Acme said it planned $10 billion to $12 billion of capital
      expenditure in 2025, much of it for AI data centers.
    {SOURCE}
  - id: acme-capex-outlook-04
    kind: quantity
    subject: acme
    measure: planned capital expenditure for 2025
    cues: {CUES}
    range: ["$13 billion", "$15 billion"]
    as_of: 2025-04-24
    statement: On 24 April 2025 Acme raised its 2025 capital expenditure outlook to $13
      billion to $15 billion.
    {SOURCE}
"""


@pytest.fixture(scope="module")
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[..., list[Status]]) -> Callable[..., list[Status]]:
    store = literal_store(STORE)
    return lambda text, date=dt.date(2025, 4, 25): statuses_in(store, text, date)


@pytest.mark.parametrize("sentence", [
    "Acme raised its 2025 capital spending outlook.",
    "Acme Lifts Capex Guidance",
    "Acme has boosted its capex outlook for the year.",
])
def test_a_revision_the_last_step_took_is_supported(
        statuses: Callable[..., list[Status]], sentence: str) -> None:
    """issue 8: "Meta raises 2025 AI spending", "lifted its 2025 capital expenditures
    guidance": a headline tells the plan moved, with no figure to check."""
    assert statuses(sentence) == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence, date", [
    ("Acme cut its 2025 capital spending outlook.", dt.date(2025, 4, 25)),  # the other way
    ("Acme raised its 2026 capital spending outlook.", dt.date(2025, 4, 25)),  # another plan
    # months after the step: the claim may tell of another revision
    ("Acme raised its 2025 capital spending outlook.", dt.date(2025, 7, 30)),
    # before the step was given
    ("Acme raised its 2025 capital spending outlook.", dt.date(2025, 3, 1)),
    ("Acme will raise its 2025 capital spending outlook.", dt.date(2025, 4, 25)),
])
def test_a_revision_the_last_step_did_not_take_is_not_supported(
        statuses: Callable[..., list[Status]], sentence: str, date: dt.date) -> None:
    assert Status.SUPPORTED not in statuses(sentence, date), sentence


def test_a_year_s_spending_raised_is_that_year_s_plan(
        statuses: Callable[..., list[Status]]) -> None:
    """issue 8: "Meta ups its 2025 spending on AI data centers": no cue of the plan, but the
    year's spending raised is the plan for that year's capital expenditure."""
    assert statuses("Acme ups its 2025 spending on AI data centers.") == [Status.SUPPORTED]
    assert statuses("Acme ups its spending on AI data centers.") != [Status.SUPPORTED]
    assert statuses("Acme ups its 2026 spending on AI data centers.") != [Status.SUPPORTED]


@pytest.mark.parametrize(("sentence", "status"), [
    # the new figure of a plan the store records raised, told as cut (found by the probe)
    ("Meta cut its capital spending forecast to $70 billion to $72 billion.",
     Status.UNVERIFIED),
    ("Alphabet lowered its capex plan to $85 billion.", Status.UNVERIFIED),
    # told the way it moved
    ("Meta raised its capital spending forecast to $70 billion to $72 billion.",
     Status.SUPPORTED),
])
def test_a_new_figure_told_moved_the_other_way_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]
