"""NUM-sized: a sum written before a name is that thing's size, confirmed by a stored figure
of it ("the $400 billion Skyway venture")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.read.documents import read_text

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: skyway, name: Skyway, kind: project, descriptors: [venture, initiative]}}
  - {{id: volta, name: Volta Grid, kind: organization}}
  - {{id: orbit, name: Orbit Labs, kind: organization}}
  - {{id: bay, name: Bay Fund, kind: project, descriptors: [fund]}}
facts:
  - id: skyway-investment
    kind: quantity
    subject: skyway
    measure: planned investment over five years
    cues: [invest, investment, commit]
    value: "$400 billion"
    tolerance: 0.01
    as_of: 2025-01-10
    statement: Skyway plans to invest $400 billion over five years in data centres.
    {SOURCE}
  - id: skyway-launch
    kind: event
    subject: skyway
    mentions: [volta, orbit]
    measure: launch
    cues: [unveiled, launched, announced]
    date: 2025-01-10
    statement: Volta Grid and Orbit Labs unveiled Skyway on 10 January 2025.
    {SOURCE}
  - id: bay-target
    kind: quantity
    subject: bay
    mentions: [volta, orbit]
    measure: capital target
    cues: [raise, capital]
    value: "$30 billion"
    tolerance: 0.01
    as_of: 2025-01-10
    statement: Volta Grid and Orbit Labs set up the Bay Fund to raise $30 billion of capital.
    {SOURCE}
"""


def test_a_sum_before_a_description_is_the_size_of_what_it_names(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """issue 8: "Volta and Orbit Launch $30B Fund": the fund the two set up, $30B its size."""
    store = literal_store(STORE)
    parts = extract_claims(read_text("Volta Grid And Orbit Labs Launch $30B Energy Fund",
                                     "a.txt"), store.entities)[0].parts
    assert (parts[0].role, parts[0].subject) == ("sized", "bay")
    assert statuses_in(store, "Volta Grid and Orbit Labs are set to launch a $30 billion fund "
                              "for ports.")[0] is Status.SUPPORTED


@pytest.mark.parametrize("text", [
    "Volta Grid unveiled the ambitious $400 billion Skyway venture with partners.",
    "Volta Grid backed a new $400 billion AI initiative called Skyway.",
    'Volta Grid will announce a $400 billion venture called "Skyway," a paper said.',
    "Volta Grid unveiled the $400 billion Skyway venture in January.",  # with its date
])
def test_a_sum_before_a_name_is_a_part_about_the_named_thing(
        literal_store: Callable[[str], Any], text: str) -> None:
    store = literal_store(STORE)
    parts = extract_claims(read_text(text, "a.txt"), store.entities)[0].parts
    assert parts[0].role == "sized" and parts[0].subject == "skyway"
    assert [q.value for q in parts[0].quantities] == [400e9]


@pytest.mark.parametrize(("text", "statuses"), [
    # issue 8: the true size is supported, whatever the rest of the clause says
    # and the act is checked without the sum, which is the size's
    ("Volta Grid unveiled the ambitious $400 billion Skyway venture with partners.",
     [Status.SUPPORTED, Status.SUPPORTED]),
    # a size the store does not give is no finding either way; the act stands on its own
    ("Volta Grid unveiled the ambitious $300 billion Skyway venture with partners.",
     [Status.UNVERIFIED, Status.SUPPORTED]),
])
def test_a_stored_figure_of_the_named_thing_confirms_its_size_and_never_refutes_it(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, statuses: list[Status]) -> None:
    assert statuses_in(literal_store(STORE), text) == statuses


@pytest.mark.parametrize("text", [
    "Volta Grid put $400 billion into Skyway.",  # a figure of the act, not a size
    "Volta Grid said the $400 billion that Skyway needs is out of reach.",
    "Volta Grid bought a $400 billion stake in Skyway.",
    "Volta Grid will spend $400 billion a year deploying Skyway.",  # a verb between
])
def test_a_sum_not_written_as_a_modifier_of_the_name_is_no_size(
        literal_store: Callable[[str], Any], text: str) -> None:
    store = literal_store(STORE)
    found = extract_claims(read_text(text, "a.txt"), store.entities)[0]
    assert all(p.role != "sized" for p in found.parts)


def test_a_fund_s_size_is_never_a_figure_of_those_who_join_it(bundled_statuses: Any) -> None:
    """'xAI and Nvidia joined a $30 billion AI infrastructure fund' held the fund's size to
    xAI's total funding and contradicted it (issue 8)."""
    statuses = bundled_statuses("xAI and Nvidia joined a Microsoft-backed $30 billion AI "
                                "infrastructure fund.", dt.date(2025, 3, 30))
    assert "contradicted" not in {s.value for s in statuses}
    assert "supported" in {s.value for s in statuses}


def test_a_sum_before_a_measure_noun_is_that_measure_s(acme_store: Any) -> None:
    """'the $150 billion valuation OpenAI achieved' is a valuation, not OpenAI's size."""
    from factcheck.language.extract import extract_claims
    from factcheck.read.documents import read_text

    found = extract_claims(read_text("Monday's offer compares with the $5 billion valuation "
                                     "Acme achieved in October.", "a.txt"), acme_store.entities)
    assert not any(p.role == "sized" for c in found for p in c.parts)
