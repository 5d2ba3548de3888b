"""Parties named together: a claim's list of co-parties against the list a fact gives."""

from __future__ import annotations

import datetime as dt
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
  - {{id: nimbus, name: Nimbus Labs, kind: organization, aliases: [Nimbus]}}
  - {{id: ann, name: Ann Ross, kind: person}}
  - {{id: ben, name: Ben Ode, kind: person}}
  - {{id: cal, name: Cal Park, kind: person}}
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
  - id: orbit-presentation
    kind: event
    subject: orbit
    mentions: [ann, acme, ben, bolt, cal, cirrus]
    measure: presentation of the fund
    cues: [unveiled, presented, announced, Senate]
    date: 2024-09-18
    statement: The Orbit Fund was presented at the Senate on 18 September 2024, with Ann Ross
      of Acme, Ben Ode of Bolt Capital and Cal Park of Cirrus on stage.
    {SOURCE}
  - id: orbit-filing
    kind: event
    subject: acme
    object: orbit
    measure: filing
    cues: [filed, announced]
    date: 2024-09-18
    statement: Acme announced on 18 September 2024 that it had filed the Orbit Fund's papers.
    {SOURCE}
  - id: orbit-registration
    kind: event
    subject: acme
    object: orbit
    measure: registration
    cues: [registered]
    date: 2024-09-18
    statement: Acme registered the Orbit Fund on 18 September 2024.
    {SOURCE}
  - id: nimbus-round
    kind: quantity
    subject: nimbus
    mentions: [acme, bolt, cirrus, delta]
    measure: funding round
    cues: [investors]
    value: "$2 billion"
    as_of: 2024-05-02
    statement: On 2 May 2024 Nimbus Labs closed a $2 billion funding round led by Acme, with
      Bolt Capital, Cirrus, Delta Power, Orion Labs and others among the investors.
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


def test_a_person_of_an_organisation_stands_in_a_list_for_both() -> None:
    """"Ann Ross of Acme" is one item of the list: the person and the organisation she speaks
    for; "of" between two names joins nothing else."""
    ids = ("ann", "acme", "ben", "bolt", "cal", "cirrus")
    names = {"ann": ("Ann Ross",), "ben": ("Ben Ode",), "cal": ("Cal Park",),
             "acme": ("Acme",), "bolt": ("Bolt Capital",), "cirrus": ("Cirrus",)}
    assert name_lists("with Ann Ross of Acme, Ben Ode of Bolt Capital and Cal Park of Cirrus "
                      "on stage", ids, lambda e: names[e]) == [ids]
    assert name_lists("Ann Ross of Acme spoke.", ids, lambda e: names[e]) == []


def test_organisations_a_fact_lists_through_their_people_are_vouched_for(
        statuses: Statuses) -> None:
    assert statuses("Acme, Bolt Capital and Cirrus unveiled the Orbit Fund at the Senate.") == [
        Status.SUPPORTED]
    # a party whose person the fact does not list is not vouched for
    assert statuses("Acme, Delta Power and Cirrus unveiled the Orbit Fund at the Senate.") != [
        Status.SUPPORTED]


def test_another_record_of_the_same_event_may_give_the_list(statuses: Statuses) -> None:
    """The filing names Acme alone; the presentation, the same day and told as announced,
    names all three. A registration that day is another event: its list is its own."""
    assert statuses("Acme, Bolt Capital and Cirrus filed the Orbit Fund's papers on "
                    "September 18, 2024.") == [Status.SUPPORTED]
    assert statuses("Acme, Bolt Capital and Cirrus registered the Orbit Fund on "
                    "September 18, 2024.") == [Status.UNVERIFIED]


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


def test_one_party_told_as_one_of_several_is_found_in_the_fact_s_list(
        statuses: Statuses) -> None:
    """"Cirrus is one of the fund's equity funders" says of Cirrus what the fund's list says;
    a party the list of the part holding the cue does not name is not vouched for."""
    story = "The Orbit Fund opened in Ohio. "
    assert statuses(story + "Cirrus is one of its equity funders.")[-1] is Status.SUPPORTED
    # "an equity funder" is one of several too
    assert statuses(story + "Cirrus remains an equity funder.")[-1] is Status.SUPPORTED
    assert statuses(story + "Evon is an equity funder.")[-1] is not Status.SUPPORTED
    assert statuses("Delta Power is also among the equity funders of the Orbit Fund.") == [
        Status.SUPPORTED]
    # Cirrus funds the fund; its advisers' list is Delta Power, Acme and Bolt
    assert statuses(story + "Cirrus is one of its advisers.")[-1] is not Status.SUPPORTED
    # Evon joined later: no list of the funders names it
    assert statuses(story + "Evon is one of its equity funders.")[-1] is not Status.SUPPORTED
    # told as the one funder, not one of several: the list says nothing of that
    assert statuses(story + "Cirrus is the equity funder.")[-1] is not Status.SUPPORTED
    # a cue met only inside a party's name ("funders" in "Orbit Fund") tells no part
    assert statuses("Delta Power is one of the lead partners of the Orbit Fund.") == [
        Status.UNVERIFIED]


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


def test_a_list_joined_to_others_or_to_a_lead_is_one_list() -> None:
    ids = ("acme", "bolt", "cirrus", "delta")
    # "and others": the conjunction joins the names before it
    assert name_lists("Acme, Bolt Capital, Cirrus, and others signed.", ids, _names) == [
        ("acme", "bolt", "cirrus")]
    # names the store does not know may close the list
    assert name_lists("Acme, Bolt Capital, Zenith Partners and Orion Labs signed.", ids,
                      _names) == [("acme", "bolt")]
    # the lead of a round takes part in it as much as those listed with it
    assert name_lists("a round led by Acme, with Bolt Capital and Cirrus among the investors",
                      ids, _names, "nimbus") == [("acme", "bolt", "cirrus", "nimbus")]
    # after "and the", a description of the next name ("the new power utility Delta Power")
    assert name_lists("Cirrus and the new power utility Delta Power signed.", ids, _names) == [
        ("cirrus", "delta")]
    # ... but not words that tie it to another ("the parent of Bolt"): an apposition
    assert name_lists("Acme, the parent of Bolt Capital, and Cirrus signed.", ids,
                      _names) == [("bolt", "cirrus")]


def test_parties_of_the_round_just_named_are_those_its_record_lists(
        statuses: Statuses) -> None:
    story = "Nimbus Labs said it had raised $2 billion from investors. "
    assert statuses(story + "Bolt Capital, Cirrus and others also took part in the "
                          "round.")[-1] is Status.SUPPORTED
    assert statuses(story + "Investors include Acme, Cirrus and Delta Power.")[-1] is \
        Status.SUPPORTED
    # the lists may go on with names the store does not know, which the record must give
    assert statuses(story + "Bolt Capital, Cirrus and Orion Labs also took part in the "
                    "round.")[-1] is Status.SUPPORTED
    assert statuses(story + "Bolt Capital, Cirrus and Zenith Partners also took part in the "
                    "round.")[-1] is Status.UNVERIFIED
    # a party the record does not list
    assert statuses(story + "Bolt Capital and Evon also took part in the round.")[
        -1] is Status.UNVERIFIED
    # the list of those taking part names no lead
    assert statuses(story + "Bolt Capital and Cirrus also led the round.")[-1] is not \
        Status.SUPPORTED
    # without the round's company named in the claim or just before, no round is meant
    assert statuses("Bolt Capital and Cirrus also took part in the round.") == [
        Status.UNVERIFIED]


def test_another_round_than_the_recorded_one_is_not_its_list(
        statuses: Statuses) -> None:
    # the sentence before named the round by another sum
    assert statuses("Nimbus Labs said it had raised $5 billion from investors. Bolt "
                          "Capital, Cirrus and others also took part in the round.")[-1] is \
        Status.UNVERIFIED
    assert statuses("Nimbus Labs said it had raised $2 billion from investors. Bolt "
                          "Capital and Cirrus also took part in a further round.")[-1] is \
        Status.UNVERIFIED


def test_members_a_partnership_counts_among_its_own_are_its_recorded_members(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """The bundled store: the AI Infrastructure Partnership's members, counted in part ("also
    counts A and B among its members"), are those it records; a party it does not record
    is no member."""
    told = "BlackRock and Microsoft set up the AI Infrastructure Partnership in 2024. "
    assert bundled_statuses(told + "The partnership, which also counts MGX and Global "
                            "Infrastructure Partners among its members, wants more "
                            "money.")[1] is Status.SUPPORTED
    assert bundled_statuses(told + "The partnership counts MGX and OpenAI among its "
                            "members.")[-1] is not Status.SUPPORTED


@pytest.mark.parametrize(("text", "status"), [
    # a sum the list is told to give: Google's own earlier deal vouches for none of it
    ("Amazon and Google are pouring another $4 billion into Anthropic.", Status.UNVERIFIED),
    ("Amazon is pouring another $4 billion into Anthropic.", Status.SUPPORTED),
])
def test_a_sum_told_of_a_list_is_vouched_for_each_party_by_that_sum(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 12, 1))[-1] is status


@pytest.mark.parametrize(("text", "date", "status"), [
    # a party listed with the subject of "announced" acts in what is announced: no source
    ("TSMC and Intel announced a $100 billion investment in Arizona.", dt.date(2025, 3, 5),
     Status.UNVERIFIED),
    ("OpenAI, Oracle, Microsoft and SoftBank announced Stargate.", dt.date(2025, 1, 25),
     Status.UNVERIFIED),
    ("OpenAI, Oracle and SoftBank announced Stargate.", dt.date(2025, 1, 25),
     Status.SUPPORTED),
])
def test_a_party_listed_as_announcing_is_checked_like_the_others(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status
