"""A clause's subject when it names none: a measure with no owner is the story's subject's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.implied import MEASURE_SUBJECT
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


@pytest.mark.parametrize("text", [
    "Fourth-quarter revenue rose 12%",
    "Revenue: $39.3 billion",
    # earnings per share, however a results story words it
    "Earnings per diluted share of $1.05 beat forecasts",
    "Adjusted earnings per share came in at $1.05",
    "Diluted EPS of 89 cents topped estimates",
    "Non-GAAP EPS was $1.05",
    "Net income per share rose to $1.05",
    "Earnings per share for the quarter were $1.05",
    "The data center segment's revenue hit $3.7 billion",  # a part's, not an owner's
    "Gross margin improved to 62.3% in the quarter",
    "Operating margins narrowed to 30%",
])
def test_a_measure_with_no_owner_opens_the_clause(text: str) -> None:
    assert MEASURE_SUBJECT.match(text)


@pytest.mark.parametrize("text", [
    "Per-share figures were not given",
    "Globex's revenue rose 12%",  # a name's possessive names the owner
])
def test_a_clause_led_by_another_subject_is_no_measure_s(text: str) -> None:
    assert not MEASURE_SUBJECT.match(text)


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
_EPS_STORE = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
  - {{id: globex, name: Globex, kind: organization}}
facts:
  - id: acme-q4-eps
    kind: quantity
    subject: acme
    measure: quarterly earnings per share
    cues: [earnings per share, earnings per diluted share, EPS, per share, a share]
    value: "$1.05"
    tolerance: 0.01
    as_of: 2024-12-31
    statement: Acme's diluted earnings per share for the fourth quarter of 2024 were $1.05.
    {_SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Acme reported its fourth-quarter results on Tuesday. Earnings per diluted share "
     "were $1.05.", Status.SUPPORTED),
    ("Acme reported its fourth-quarter results on Tuesday. Adjusted earnings per share came "
     "in at $1.05.", Status.SUPPORTED),
    ("Acme reported its fourth-quarter results on Tuesday. Diluted EPS was 105 cents.",
     Status.SUPPORTED),
    # an implied owner only confirms: a wrong figure is left unsettled, never flagged
    ("Acme reported its fourth-quarter results on Tuesday. Earnings per diluted share "
     "were $1.25.", Status.UNVERIFIED),
])
def test_earnings_per_share_with_no_owner_are_the_story_s_subject_s(
        literal_store: Callable[[str], Any], text: str, status: Status) -> None:
    report = check(read_text(f"# Acme results beat forecasts\n\n{text}\n", "a.md", "markdown"),
                   literal_store(_EPS_STORE), article_date=dt.date(2025, 2, 10))
    last = report.claims[-1]
    assert (last.claim.subject, last.verdict.status) == ("acme", status)
