"""The object a claim gives its verb of investing: a counterparty named before is not left
implicit when the claim says in what its subject invests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.objects import gives_object, without_wider
from factcheck.model import Entity, Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


@pytest.mark.parametrize("text", [
    "Acme is heavily invested in AI",
    "Acme invested in its own data centres",
    "Acme bets big on chips",
    "Acme holds a stake in Zeta",
    # a name before the holding: what is held ("its T-Mobile stake" is no stake in a company
    # the story named before)
    "Acme sold part of its T-Mobile stake for $9 billion",
    "Acme sold its Zeta shares in October",
    # a thing bought that the clause introduces (issue 8: 'It also agreed to acquire a data
    # firm for $3.2 billion' was contradicted by the deal the sentence before told)
    "Acme also agreed to acquire a private-markets data firm for $3.2 billion",
    "Acme later bought another chip designer",
    "Acme agreed to pay $3 billion for a London data company",
    # a new thing the clause introduces to its verb of announcing or launching (a real set:
    # "announced a series of new partnerships" was supported, through the product the
    # headline named, by that product's unveiling a year and a half before)
    "Acme's chief executive announced a series of new partnerships",
    "Acme has launched a new system that links its chips to quantum computers",
    "Acme unveiled new products on Tuesday",
    "Acme introduced two more chips at its conference",
])
def test_an_object_of_its_own_is_given(text: str) -> None:
    assert gives_object(text, "Acme")


@pytest.mark.parametrize("text", [
    "Acme invested $2 billion in the round",
    "Acme invested heavily in it",
    "Acme invested $250 million, its first stake in Acme",  # a description read back
    "Acme led the round",
    "Acme sold its entire stake for $5 billion",
    "Acme agreed to buy a year ago for about $13.5 billion",
    "Acme agreed to buy a majority stake for $5 billion",
    "Acme agreed to acquire the company for $5 billion",
    # what the story named before, pointed back to, or a time
    "Acme announced the chip in March",
    "Acme launched its next-generation processor",
    "Acme unveiled it at its conference",
    "Acme announced a week ago that it would invest",
    # one deal announced: its other party may be the one the story named before
    "Acme announced a multiyear, multibillion-dollar investment",
    "Acme announced a new partnership",
])
def test_no_object_of_its_own_is_given(text: str) -> None:
    assert not gives_object(text, "Acme")


SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
PROJECTS = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: orion, name: Orion, kind: project, affiliation: acme}}
  - {{id: orion-japan, name: Orion Japan, kind: project, affiliation: acme}}
facts:
  - {{id: acme-announces-orion, kind: event, subject: acme, object: orion, date: 2025-01-21,
     measure: announcement, cues: [Orion, announced, launch, launched], {SOURCE},
     statement: "On 21 January 2025 Acme announced Orion, a network of data centres in Ohio."}}
  - {{id: orion-japan-announced, kind: event, subject: orion-japan, mentions: [acme],
     date: 2025-05-22, measure: announcement, cues: [unveiled, launch], {SOURCE},
     statement: "On 22 May 2025 Acme announced Orion Japan, its first Orion site abroad."}}
"""


@pytest.mark.parametrize(("text", "fact"), [
    # the narrower project the claim names is not the wider one the story named before
    ("Acme plans to expand Orion abroad. Acme has announced the launch of Orion Japan.",
     "orion-japan-announced"),
    ("Acme plans to expand Orion abroad. Acme announced the launch of Orion in January.",
     "acme-announces-orion"),
])
def test_a_narrower_thing_named_is_no_wider_one_left_implicit(
        literal_store: Callable[[str], Any], text: str, fact: str) -> None:
    """Real news (set 11): "OpenAI has today announced the launch of Stargate UAE", after a
    headline naming Stargate, was supported by the US launch of Stargate: the parent
    project, only in the context, completed the announcement fact."""
    report = check(read_text(text, "a.txt"), literal_store(PROJECTS),
                   article_date=dt.date(2025, 6, 1))
    verdict = report.claims[-1].verdict
    assert (verdict.status, verdict.evidence[0].fact) == (Status.SUPPORTED, fact)


def test_without_wider_keeps_what_the_subject_or_no_narrower_name_extends() -> None:
    entities = {e.id: e for e in (Entity("orion", "Orion", "project", ()),
                                  Entity("orion-japan", "Orion Japan", "project", ()),
                                  Entity("acme", "Acme", "organization", ()))}
    assert without_wider({"orion", "acme"}, ["orion-japan"], entities, None) == {"acme"}
    # the narrower thing as the clause's subject: the wider may be its counterparty
    assert without_wider({"orion"}, ["orion-japan"], entities, "orion-japan") == {"orion"}


def test_a_deal_the_clause_introduces_is_not_the_one_told_before(
        bundled_store: Any) -> None:
    """issue 8 (a counterparty taken from context): the second sentence's purchase of a firm
    it introduces was contradicted by the record of the purchase the first one told."""
    report = check(read_text("BlackRock agreed to buy Global Infrastructure Partners for "
                             "$12.5 billion in January 2024. It also agreed to acquire a "
                             "private-markets data firm for $3.2 billion.", "a.txt"),
                   bundled_store, article_date=dt.date(2025, 3, 1))
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED, Status.UNVERIFIED]


@pytest.mark.parametrize(("text", "status"), [
    ("Acme plans more Orion sites. Acme announced a series of new partnerships.",
     Status.UNVERIFIED),
    ("Acme plans more Orion sites. Acme launched a new cooling system on Tuesday.",
     Status.UNVERIFIED),
    # the object left implicit, the act the record's: still confirmed
    ("Acme plans more Orion sites. Acme announced it in January.", Status.SUPPORTED),
])
def test_a_new_thing_announced_is_not_the_one_named_before(
        literal_store: Callable[[str], Any], text: str, status: Status) -> None:
    report = check(read_text(text, "a.txt"), literal_store(PROJECTS),
                   article_date=dt.date(2025, 6, 1))
    assert report.claims[-1].verdict.status is status
