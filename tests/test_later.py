"""Times counted from the sentence before ("A month later, ...") are read with the one date
that sentence gives, and only a fact dated that time after it settles the claim."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.later import later_lead
from factcheck.model import Status

_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"


@pytest.mark.parametrize(("sentence", "count", "unit"), [
    ("A month later, Globex shipped the Z2.", 1, "month"),
    ("Just two weeks later, Globex shipped the Z2.", 2, "week"),
    ("Four years later it did so again.", 4, "year"),
    ("The next day, Globex shipped the Z2.", 1, "day"),
    ("The following month Globex shipped the Z2.", 1, "month"),
])
def test_a_time_opening_a_sentence_counts_from_the_sentence_before(
        sentence: str, count: float, unit: str) -> None:
    found = later_lead(sentence)
    assert found is not None and (found.value, found.unit) == (count, unit)


@pytest.mark.parametrize("sentence", [
    "Globex shipped the Z2 a month later.",  # not the sentence's lead
    "Years later, Globex shipped the Z2.",  # no amount to count
    "Later, Globex shipped the Z2.",
])
def test_other_times_are_not_counted_from_the_sentence_before(sentence: str) -> None:
    assert later_lead(sentence) is None


_STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: globex, name: Globex, kind: organization}}
  - {{id: orbit, name: Orbit, kind: product, affiliation: acme}}
  - {{id: zeta, name: Zeta, kind: product, affiliation: globex}}
facts:
  - {{id: orbit-launch, kind: event, subject: acme, object: orbit, measure: release of Orbit,
     cues: [released, launched, rolled out], date: 2025-08-07, state: completed,
     statement: Acme released Orbit on 7 August 2025., {_SOURCE}}}
  - {{id: zeta-launch, kind: event, subject: globex, object: zeta, measure: release of Zeta,
     cues: [released, launched, rolled out], date: 2025-11-18, state: completed,
     statement: Globex released Zeta on 18 November 2025., {_SOURCE}}}
"""


@pytest.mark.parametrize(("before", "lead", "status"), [
    # counted from August 2025, the release three months on fits "three months later"
    ("Acme released Orbit in August 2025.", "Three months later", Status.SUPPORTED),
    # but not "a month later": the act alone settles no time
    ("Acme released Orbit in August 2025.", "A month later", Status.UNVERIFIED),
    # nothing to count from in the text: the act is judged alone, as the day the sentence
    # before tells of is the store's (a day the rules do not yet count from)
    ("Acme released Orbit.", "A month later", Status.SUPPORTED),
    # a month is too coarse for "two weeks later"
    ("Acme released Orbit in August 2025.", "Two weeks later", Status.UNVERIFIED),
])
def test_a_time_after_the_sentence_before_is_checked_against_its_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        before: str, lead: str, status: Status) -> None:
    """A report said another lab's model came "a month later" than one released in August;
    it came in November, yet the release alone supported the claim."""
    statuses = statuses_in(literal_store(_STORE), f"{before} {lead}, Globex rolled out Zeta.",
                           dt.date(2025, 12, 1))
    assert statuses[-1] is status
