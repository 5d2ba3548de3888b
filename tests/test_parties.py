"""Parties named together: a claim's list of co-parties against the list a fact gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.parties import name_lists

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: orbit, name: Orbit Fund, kind: project, descriptors: [fund, venture]}}
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: bolt, name: Bolt Capital, kind: organization, aliases: [Bolt]}}
  - {{id: cirrus, name: Cirrus, kind: organization}}
  - {{id: delta, name: Delta Power, kind: organization, aliases: [DP]}}
  - {{id: evon, name: Evon, kind: organization}}
facts:
  - id: orbit-funders
    kind: relation
    subject: orbit
    mentions: [acme, bolt, cirrus, delta]
    measure: funders
    cues: [equity, funders, lead partners]
    statement: The Orbit Fund's equity funders are Acme, Bolt Capital, Cirrus and Delta Power
      (DP); Acme and Bolt are the lead partners.
    {SOURCE}
  - id: orbit-launch
    kind: event
    subject: orbit
    mentions: [acme, bolt, cirrus]
    measure: launch
    cues: [announced, founded, launched]
    date: 2024-09-17
    statement: Acme, Bolt Capital and Cirrus announced the Orbit Fund on 17 September 2024.
    {SOURCE}
  - id: acme-orbit-partner
    kind: relation
    subject: acme
    object: orbit
    mentions: [bolt]
    measure: technology partner
    cues: [technology partner, partner]
    statement: Acme is a technology partner of the Orbit Fund, alongside Bolt Capital's
      investment.
    {SOURCE}
  - id: cirrus-orbit-partner
    kind: relation
    subject: cirrus
    object: orbit
    measure: technology partner
    cues: [technology partner, partner]
    statement: Cirrus is a technology partner of the Orbit Fund.
    {SOURCE}
  - id: delta-orbit-adviser
    kind: relation
    subject: delta
    object: orbit
    mentions: [acme, bolt]
    measure: adviser
    cues: [advisers, adviser]
    statement: Delta Power is one of the Orbit Fund's advisers (with Acme and Bolt Capital).
    {SOURCE}
  - id: delta-joins-orbit
    kind: event
    subject: delta
    object: orbit
    mentions: [evon, acme, bolt, cirrus]
    measure: joining the fund
    cues: [join, joined]
    date: 2025-03-19
    statement: On 19 March 2025 Acme, Bolt Capital and Cirrus said Delta Power and Evon would
      join the Orbit Fund.
    {SOURCE}
"""
Statuses = Callable[[str], list[Status]]


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Statuses:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


def _names(entity: str) -> tuple[str, ...]:
    return {"acme": ("Acme",), "bolt": ("Bolt Capital", "Bolt"), "cirrus": ("Cirrus",),
            "delta": ("Delta Power", "DP")}.get(entity, (entity,))


def test_names_joined_by_commas_and_and_are_one_list() -> None:
    ids = ("acme", "bolt", "cirrus", "delta")
    assert name_lists("Acme, Bolt Capital, Cirrus and Delta Power (DP) signed.", ids,
                      _names) == [("acme", "bolt", "cirrus", "delta")]
    assert name_lists("Acme signed; Bolt's Cirrus and DP did not.", ids, _names) == [
        ("cirrus", "delta")]  # a possessive says whose it is; one name is no list
    assert name_lists("Acme with Bolt", ids, _names) == []
    # commas alone make an apposition, not a list
    assert name_lists("Cirrus, Acme's partner, grew.", ids, _names) == []


def test_a_list_the_fact_gives_speaks_of_the_joint_act(statuses: Statuses) -> None:
    """The fact is about the fund; the claim is told by its funders."""
    story = "The Orbit Fund opened in Ohio. "
    assert statuses(story + "Acme, Bolt, Cirrus and Delta Power are putting up the equity.")[
        -1] is Status.SUPPORTED
    assert statuses(story + "Acme and Bolt Capital are the lead partners.")[-1] is \
        Status.SUPPORTED


def test_another_list_or_a_part_of_one_is_another_claim(statuses: Statuses) -> None:
    story = "The Orbit Fund opened in Ohio. "
    # the lead partners are Acme and Bolt: Cirrus and Delta are funders, not leads
    assert statuses(story + "Cirrus and Delta Power are the lead partners.")[-1] is \
        Status.UNVERIFIED
    # a part of the list, not said to be partial
    assert statuses(story + "Acme and Cirrus are putting up the equity.")[-1] is \
        Status.UNVERIFIED
    # said to be partial: "the other"; a place before a name only locates it
    assert statuses(story + "Cirrus and Delta Power are the other equity funders.")[-1] is \
        Status.SUPPORTED
    assert statuses(story + "Cirrus and Ohio's Delta Power are the other equity funders.")[
        -1] is Status.SUPPORTED


def test_the_fact_s_own_lists_may_say_which_joint_thing_is_meant(statuses: Statuses) -> None:
    """The fund is left unsaid; the founders' list says which group they joined."""
    assert statuses("Delta Power and Evon joined the investment group founded by Acme, Bolt "
                    "Capital and Cirrus in March 2025.") == [Status.SUPPORTED]
    assert statuses("Delta Power and Evon joined the investment group in March 2025.") == [
        Status.UNVERIFIED]


def test_a_complete_list_with_a_party_the_fact_does_not_record_is_contradicted(
        statuses: Statuses) -> None:
    assert statuses("The Orbit Fund was founded by Acme, Bolt Capital and Evon in "
                    "September 2024.") == [Status.CONTRADICTED]
    assert statuses("The Orbit Fund was founded by Acme, Bolt Capital and Cirrus in "
                    "September 2024.") == [Status.SUPPORTED]
    # a longer list may name a founder the statement left out: only a swap is a wrong party
    assert statuses("The Orbit Fund was founded by Acme, Bolt Capital, Cirrus and Evon in "
                    "September 2024.") == [Status.UNVERIFIED]
    # a list the claim says is partial names some of the founders, not all of them
    assert statuses("The Orbit Fund was founded by Acme, Bolt Capital and Evon, among "
                    "others, in September 2024.") != [Status.CONTRADICTED]



def test_a_fact_of_one_party_that_mentions_another_says_nothing_of_the_other(
        statuses: Statuses) -> None:
    """"Bolt and Acme are partners" says it of both; Acme's fact only mentions Bolt."""
    assert statuses("Acme is a technology partner of the Orbit Fund.") == [Status.SUPPORTED]
    assert statuses("Bolt Capital and Acme are technology partners of the Orbit Fund.") == [
        Status.UNVERIFIED]
    # the store records the same relation for Cirrus
    assert statuses("Cirrus and Acme are technology partners of the Orbit Fund.") == [
        Status.SUPPORTED]


def test_a_list_after_with_joins_the_subject_of_its_statement(statuses: Statuses) -> None:
    """"Delta Power is an adviser (with Acme and Bolt Capital)" lists all three."""
    assert statuses("Acme, Bolt Capital and Delta Power are the Orbit Fund's advisers.") == [
        Status.SUPPORTED]
    assert statuses("Acme, Bolt Capital and Cirrus are the Orbit Fund's advisers.") == [
        Status.UNVERIFIED]
