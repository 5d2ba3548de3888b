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
  - {{id: nimbus, name: Nimbus Cloud, kind: organization}}
facts:
  - id: nimbus-skyway-funder
    kind: relation
    subject: nimbus
    object: skyway
    measure: equity funder
    cues: [equity funder, funder, funds]
    statement: Nimbus Cloud is an equity funder of Skyway.
    {SOURCE}
  - id: orbit-revenue
    kind: quantity
    subject: orbit
    measure: revenue
    value: "$2 billion"
    tolerance: 0.01
    period: 2024
    statement: Orbit Labs had revenue of $2 billion in 2024.
    {SOURCE}
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
    assert (parts[0].role, parts[0].subject) == ("firm-size", "bay")
    assert statuses_in(store, "Volta Grid and Orbit Labs are set to launch a $30 billion fund "
                              "for ports.")[0] is Status.SUPPORTED


@pytest.mark.parametrize("text", [
    "Volta Grid unveiled the ambitious $400 billion Skyway venture with partners.",
    "Volta Grid backed a new $400 billion AI initiative called Skyway.",
    'Volta Grid will announce a $400 billion venture called "Skyway," a paper said.',
    "Volta Grid unveiled the $400 billion Skyway venture in January.",  # with its date
    # an appositive that opens with the sum gives the size of the name it describes
    "Volta Grid is a partner of Skyway, the $400 billion data-centre venture led by Orbit.",
    # issue 8: a modifier in capitals ("AI") is a modifier as "data-centre" is
    "Volta Grid unveiled Skyway, a $400 billion AI infrastructure venture.",
    # issue 8: a copula that says what the name is, opening with the sum
    "For the record, Skyway is a $400 billion AI infrastructure programme.",
])
def test_a_sum_before_a_name_is_a_part_about_the_named_thing(
        literal_store: Callable[[str], Any], text: str) -> None:
    store = literal_store(STORE)
    parts = [p for c in extract_claims(read_text(text, "a.txt"), store.entities)
             for p in c.parts]
    assert parts[0].role in ("sized", "firm-size") and parts[0].subject == "skyway"
    assert [q.value for q in parts[0].quantities] == [400e9]


@pytest.mark.parametrize(("text", "shown"), [
    ("Half a year on, the $400 billion Skyway venture is off to a slow start.",
     "the $400 billion Skyway venture"),
    ("Skyway, the $400 billion data-centre venture led by Volta Grid, is late.",
     "the $400 billion data-centre venture"),
])
def test_a_size_part_shows_the_phrase_it_checks_not_the_clause(
        literal_store: Callable[[str], Any], text: str, shown: str) -> None:
    # issue 8: a size shown as the whole sentence read as support of what the sentence says
    store = literal_store(STORE)
    parts = [p for c in extract_claims(read_text(text, "a.txt"), store.entities)
             for p in c.parts]
    assert parts[0].text == shown


@pytest.mark.parametrize(("text", "statuses"), [
    # issue 8: the true size is supported, whatever the rest of the clause says; with a
    # true act it supports the clause whole
    ("Volta Grid unveiled the ambitious $400 billion Skyway venture with partners.",
     [Status.SUPPORTED]),
    ("Orbit Labs left the ambitious $400 billion Skyway venture.",
     [Status.SUPPORTED, Status.UNVERIFIED]),
    # a sum before a bare name may be any of the thing's figures: another one refutes nothing
    # (the act is true, but the clause still says the sum: partly checked, whole)
    ("Volta Grid unveiled the ambitious $300 billion Skyway with partners.",
     [Status.UNVERIFIED]),
    ("Volta Grid signed a $300 billion Skyway contract for chips.", [Status.UNVERIFIED]),
    # a capitalised word after the name makes a longer name: perhaps another project
    ("Volta Grid unveiled the $300 billion Skyway Norway project.", [Status.UNVERIFIED]),
    # an organisation's sum may be a valuation of any day: never refuted
    ("Volta Grid backed the $300 billion Orbit Labs.", [Status.UNVERIFIED]),
])
def test_a_stored_figure_of_the_named_thing_confirms_its_size(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, statuses: list[Status]) -> None:
    assert statuses_in(literal_store(STORE), text) == statuses


@pytest.mark.parametrize("text", [
    # issue 8: a venture told by its kind's noun: the sum is surely its size
    "Volta Grid unveiled the ambitious $300 billion Skyway venture with partners.",
    "Volta Grid backed a new $300 billion AI initiative called Skyway.",
    "Nimbus Cloud is an equity funder of a $900 billion venture backed by Volta Grid and "
    "Orbit Labs.",
])
def test_a_venture_s_size_the_store_records_otherwise_is_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    """The size is reported contradicted; the act, checked without the sum, on its own."""
    statuses = statuses_in(literal_store(STORE), text)
    assert statuses[0] is Status.CONTRADICTED
    assert set(statuses[1:]) <= {Status.SUPPORTED, Status.UNVERIFIED}


def test_a_size_inside_a_description_is_kept_and_checked(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """issue 8: the description is read as Skyway, and its sum stays with it: dropped, a
    false size was supported on the funder's role alone. A true size and a true role
    support the claim whole; a size the store does not know leaves it partly checked."""
    store = literal_store(STORE)
    text = "Nimbus Cloud is an equity funder of a $400 billion venture backed by Volta Grid " \
           "and Orbit Labs."
    claim = extract_claims(read_text(text, "a.txt"), store.entities)[0]
    assert claim.standalone == "Nimbus Cloud is an equity funder of a $400 billion Skyway"
    assert (claim.parts[0].role, claim.parts[0].subject) == ("firm-size", "skyway")
    assert statuses_in(store, text) == [Status.SUPPORTED]
    # a sum that is none of the venture's figures: never supported on the role alone
    assert statuses_in(store, text.replace("$400 billion", "$400 million")) == \
        [Status.CONTRADICTED, Status.SUPPORTED]


def test_a_size_confirms_no_claim_alone(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """The size describes the thing; what the claim says of it needs a fact of its own."""
    store = literal_store(STORE)
    assert statuses_in(store, "Nimbus Cloud left a $400 billion venture backed by Volta Grid "
                              "and Orbit Labs.") != [Status.SUPPORTED]


def test_a_size_set_after_the_article_refutes_nothing(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE.replace("as_of: 2025-01-10\n    statement: Skyway",
                                        "as_of: 2025-01-10\n    published: 2025-06-01\n"
                                        "    statement: Skyway"))
    assert statuses_in(store, "Volta Grid unveiled the $300 billion Skyway venture with "
                              "partners.") == [Status.UNVERIFIED]


@pytest.mark.parametrize("text", [
    "Volta Grid put $400 billion into Skyway.",  # a figure of the act, not a size
    "Volta Grid said the $400 billion that Skyway needs is out of reach.",
    "Volta Grid bought a $400 billion stake in Skyway.",
    "The news wiped $400 billion off Skyway's value.",  # a figure of what it acted on
    "Volta Grid will spend $400 billion a year deploying Skyway.",  # a verb between
    "Volta Grid is a partner of Skyway, the $400 billion going to data centres.",  # no noun
])
def test_a_sum_not_written_as_a_modifier_of_the_name_is_no_size(
        literal_store: Callable[[str], Any], text: str) -> None:
    store = literal_store(STORE)
    found = extract_claims(read_text(text, "a.txt"), store.entities)
    assert all(p.role not in ("sized", "firm-size") for c in found for p in c.parts)


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
    assert not any(p.role in ("sized", "firm-size") for c in found for p in c.parts)


@pytest.mark.parametrize("text", [
    "Volta Grid and Orbit Labs unveiled Skyway on Friday. The $400 billion venture will "
    "build data centres.",
    "Volta Grid and Orbit Labs unveiled Skyway on Friday. This $400 billion initiative has "
    "its first site.",
])
def test_a_definite_description_carries_the_size_of_what_it_points_back_to(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    store = literal_store(STORE)
    found = extract_claims(read_text(text, "a.txt"), store.entities)[-1]
    assert found.subject == "skyway"
    assert (found.parts[0].role, found.parts[0].subject) == ("sized", "skyway")
    assert Status.SUPPORTED in statuses_in(store, text)[1:]


def test_a_size_in_a_description_found_by_its_noun_alone_never_refutes(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # "the venture" may be another than Skyway, the one named before: no partner says which
    assert Status.CONTRADICTED not in statuses_in(
        literal_store(STORE), "Volta Grid and Orbit Labs unveiled Skyway on Friday. The $300 "
                              "billion venture will build data centres.")


@pytest.mark.parametrize(("text", "status"), [
    ("For the record, Skyway is a $400 billion AI infrastructure programme.", Status.SUPPORTED),
    # a copula's size only confirms: another figure leaves the claim unsettled
    ("For the record, Skyway is a $300 billion AI infrastructure programme.", Status.UNVERIFIED),
    # an organisation's sum may be any figure of it (a valuation, a year's revenue): no size
    ("For the record, Orbit Labs is a $2 billion company.", Status.UNVERIFIED),
])
def test_a_copula_that_opens_with_a_sum_gives_the_size_of_its_subject(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, status: Status) -> None:
    """issue 8: "Stargate is a $500 billion programme" says the venture's size, as the
    appositive "Stargate, a $500 billion programme" does."""
    assert statuses_in(literal_store(STORE), text)[0] is status


def test_a_sum_written_as_the_size_of_a_named_thing_is_not_confirmed_by_another_thing_s(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """shadow12 dev 37:1: "a $30B Stargate deal" was supported by SoftBank's $30 billion
    investment in OpenAI's round, a deal Stargate takes no part in."""
    assert bundled_statuses("OpenAI partners with Oracle and SoftBank on $30B Stargate deal.",
                            dt.date(2025, 7, 23))[0] is not Status.SUPPORTED


def test_the_rest_of_a_clause_whose_size_is_unknown_is_not_supported_alone(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """A real report's "Project Stargate, a $50 billion initiative to build AI infrastructure
    in the U.S." was supported by the venture's purpose record: the rest of the clause,
    checked without the sum, still says it. The whole stays partly checked."""
    purpose = f"""
  - id: skyway-purpose
    kind: relation
    subject: skyway
    measure: purpose
    cues: [data centres, build]
    statement: Skyway's purpose is to build data centres.
    {SOURCE}
"""
    store = literal_store(STORE + purpose)
    assert statuses_in(store, "For the record, Skyway is a $300 billion programme to build "
                       "data centres.") == [Status.UNVERIFIED]
    assert Status.SUPPORTED in statuses_in(store, "For the record, Skyway is a $400 billion "
                                           "programme to build data centres.")


@pytest.mark.parametrize("dash", [", ", " — ", " – "])
def test_a_sum_opening_an_appositive_between_dashes_is_the_size_too(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        dash: str) -> None:
    """A real report's "Project Stargate — a $500 billion AI infrastructure initiative — has
    become ..." left the size unchecked: only an appositive after a comma gave one."""
    store = literal_store(STORE)
    closing = dash if dash.strip() != "," else ", "
    text = f"Skyway{dash}a $400 billion AI venture{closing}has become a flashpoint."
    assert Status.SUPPORTED in statuses_in(store, text)
