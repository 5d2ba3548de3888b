"""One claim per conjunct of a listed object: "acquired Globex and Hooli" says two things."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def claims(store: Any, text: str) -> list[Any]:
    return extract_claims(read_text(text, "a.txt"), store.entities)


def test_each_listed_object_is_a_part_of_its_own(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp acquired Globex and Hooli in 2019.")
    assert [(p.standalone, p.entities, p.unknown_names) for p in found[0].parts] == [
        ("Acme Corp acquired Globex in 2019", ("acme", "globex"), ()),
        ("Acme Corp acquired Hooli in 2019", ("acme",), ("Hooli",))]


def test_a_list_after_the_verb_of_a_clause_without_a_subject_is_divided_too(
        acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp grew fast in 2019, overtaking Globex and Hooli, "
                               "driven by its widget sales.")
    assert [p.standalone for p in found[-1].parts] == [
        "Acme Corp is overtaking Globex, driven by its widget sales",
        "Acme Corp is overtaking Hooli, driven by its widget sales"]


def test_each_listed_year_is_a_part_of_its_own(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp had acquired Globex in 2019 and 2021.")
    assert [(p.standalone, p.years) for p in found[0].parts] == [
        ("Acme Corp had acquired Globex in 2019", (2019,)),
        ("Acme Corp had acquired Globex in 2021", (2021,))]


def test_the_listed_object_that_the_store_records_is_supported_alone(acme_store: Any) -> None:
    """issue 8: a true statement about one conjunct is supported even when the store does not
    know the other; the other stays unverified, never flagged."""
    report = check(read_text("Acme Corp acquired Globex and Hooli in 2019.", "a.txt"),
                   acme_store)
    assert [(c.claim.standalone, c.verdict.status) for c in report.claims] == [
        ("Acme Corp acquired Globex in 2019", Status.SUPPORTED),
        ("Acme Corp acquired Hooli in 2019", Status.UNVERIFIED)]
    # a one-time event told twice: the flag the whole raised stays, on the year that is wrong
    report = check(read_text("Acme Corp acquired Globex in 2019 and 2021.", "a.txt"),
                   acme_store)
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED, Status.CONTRADICTED]


@pytest.mark.parametrize("text", [
    "Globex and Hooli sued Acme Corp in 2019.",  # the list is the subject
    "Acme Corp brokered a deal between Globex and Hooli in 2019.",  # a relation of the two
    "Acme Corp praised the merger of Globex and Hooli in 2019.",
    "Acme Corp bought Globex and Hooli's widget unit in 2019.",  # the list owns what follows
    # the agents of a passive, and a longer list of names, act together: read whole
    "Acme Corp was founded by Globex and Hooli in 2019.",
    "Acme Corp acquired Globex, Initech and Hooli in 2019.",
    # an appositive list says who the noun before it is
    "Jane Doe sued Acme Corp and its backers, Globex and Hooli, in 2019.",
])
def test_a_list_that_is_the_subject_or_a_relation_of_its_members_is_not_divided(
        acme_store: Any, text: str) -> None:
    assert claims(acme_store, text)[0].parts == ()


def test_parties_that_each_acted_are_a_part_each(acme_store: Any) -> None:
    """Issue 8: "Microsoft and SoftBank have both invested in OpenAI" says it of each, which
    the store records in a fact each; read as one joint act, the second stayed unchecked."""
    found = claims(acme_store, "Globex and Initech have both sued Acme Corp.")
    assert [(p.standalone, p.subject) for p in found[0].parts] == [
        ("Globex has sued Acme Corp", "globex"), ("Initech has sued Acme Corp", "initech")]
    found = claims(acme_store, "Globex and Initech each sued Acme Corp in 2019.")
    assert [p.standalone for p in found[0].parts] == [
        "Globex sued Acme Corp in 2019", "Initech sued Acme Corp in 2019"]
    # a party the store does not know leaves the list whole
    assert claims(acme_store, "Globex and Hooli have both sued Acme Corp.")[0].parts == ()


def test_a_list_that_shares_a_sum_before_it_is_read_whole(acme_store: Any) -> None:
    """'invested $5 billion in Globex and Hooli' gives each a part of the sum: a part per
    member would give each the whole."""
    found = claims(acme_store, "Acme Corp invested $5 billion in Globex and Hooli.")
    assert found[0].parts == ()
    found = claims(acme_store, "Acme Corp acquired Globex and Hooli for $5 billion.")
    assert len(found[0].parts) == 2
