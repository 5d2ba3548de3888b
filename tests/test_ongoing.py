"""A claim told as going on at the article's date, naming no time, is not confirmed by a
record of a moment long before it (rules/ongoing.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

LATE = Status.UNVERIFIED


@pytest.mark.parametrize(("text", "date", "status"), [
    # a change under way, against the record of a quarter ten months before; near it, fine
    ("Nvidia is still ramping production of Blackwell.", dt.date(2025, 12, 5), LATE),
    ("Nvidia is still ramping production of Blackwell.", dt.date(2025, 3, 5), Status.SUPPORTED),
    # a deal told as in progress a year and a half after it closed; a month after its start
    ("BlackRock is acquiring Global Infrastructure Partners.", dt.date(2026, 5, 5), LATE),
    ("BlackRock is acquiring Global Infrastructure Partners.", dt.date(2024, 2, 5),
     Status.SUPPORTED),
    # a rank of one day, told of the present (or as a description) a year and a half on
    ("Nvidia is now the world's most valuable company.", dt.date(2025, 12, 19), LATE),
    ("Nvidia, the world's most valuable company, reported results.", dt.date(2025, 12, 19),
     LATE),
    ("Nvidia is now the world's most valuable company.", dt.date(2024, 6, 19),
     Status.SUPPORTED),
    # the same, told with a verb of ranking or of a process under way
    ("Nvidia currently ranks as the world's most valuable company.", dt.date(2025, 12, 19),
     LATE),
    ("BlackRock is in the process of acquiring Global Infrastructure Partners.",
     dt.date(2026, 3, 1), LATE),
    # a restructuring under way, told as reported, five years after the one recorded
    ("OpenAI is said to be restructuring into a for-profit company.", dt.date(2024, 10, 1),
     LATE),
    ("OpenAI is restructuring into a for-profit company.", dt.date(2024, 10, 1), LATE),
    ("OpenAI is restructuring into a capped-profit company.", dt.date(2019, 3, 20),
     Status.SUPPORTED),
    # a standing relation holds on any date
    ("Microsoft remains OpenAI's biggest backer.", dt.date(2025, 12, 10), Status.SUPPORTED),
    ("BlackRock is the world's largest asset manager.", dt.date(2025, 12, 10),
     Status.SUPPORTED),
    # a state an event began, not a change that runs its course
    ("Elon Musk is suing OpenAI.", dt.date(2025, 12, 5), Status.SUPPORTED),
    # the time the claim names is what is checked
    ("In June 2024 Nvidia became the world's most valuable company.", dt.date(2025, 12, 19),
     Status.SUPPORTED),
])
def test_what_is_told_as_going_on_is_confirmed_only_near_its_record(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[0] is status


@pytest.mark.parametrize(("text", "date", "status"), [
    # the first crossing, three months before, is the one the claim says was repeated
    ("Microsoft's shares rose, pushing its market value above $4 trillion once again.",
     dt.date(2025, 10, 29), Status.UNVERIFIED),
    ("Microsoft's market value is back above $4 trillion.", dt.date(2025, 10, 29),
     Status.UNVERIFIED),
    # told without "again", the crossing the store records is still confirmed
    ("Microsoft's market value passed $4 trillion.", dt.date(2025, 8, 2), Status.SUPPORTED),
])
def test_a_recurrence_is_not_confirmed_by_the_record_of_an_earlier_time(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("date", "status"), [
    # a rank by a value that moves from day to day holds for days: the June record of the
    # most valuable company says nothing of a claim four months on (h10fs's probe)
    (dt.date(2024, 6, 25), Status.SUPPORTED),
    (dt.date(2024, 10, 20), Status.UNVERIFIED),
])
def test_a_rank_by_a_daily_value_told_in_the_present_holds_for_days(
        bundled_statuses: Callable[..., list[Status]], date: dt.date, status: Status) -> None:
    assert bundled_statuses("Nvidia is the world's most valuable company.", date) == [status]


SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
ONE_SALE = f"""
entities:
  - {{id: hoshi, name: Hoshi Group, aliases: [Hoshi], kind: organization,
     descriptors: [conglomerate]}}
  - {{id: zeta, name: Zeta Chips, aliases: [Zeta], kind: organization}}
facts:
  - id: hoshi-sells-zeta-stake
    kind: event
    subject: hoshi
    object: zeta
    measure: sale of its entire Zeta stake (October 2025)
    cues: [sold, sells, sale, selling, exit, exited, dumped, unloaded, stake]
    value: "$5.83 billion"
    tolerance: 0.01
    date: 2025-10
    published: 2025-11-11
    state: completed
    statement: Hoshi Group sold its entire stake in Zeta Chips for $5.83 billion in October 2025,
      as it disclosed on 11 November 2025.
    {SOURCE}
"""


def test_an_earlier_time_the_facts_do_not_record_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    """issue 8 (shadow11): "This is not the first time SoftBank has exited Nvidia" was
    supported by the record of the October 2025 sale itself."""
    store, day = literal_store(ONE_SALE), dt.date(2025, 11, 12)
    assert statuses_in(store, "This is not the first time Hoshi has exited Zeta.", day) == \
        [Status.UNVERIFIED]
    assert statuses_in(store, "Hoshi sold its entire Zeta stake in October 2025.", day) == \
        [Status.SUPPORTED]


@pytest.mark.parametrize("text", [
    # a repeat of the act, told of the record of the act itself (issue 8, h12fs's probe)
    "The Japanese conglomerate once again sold Zeta shares.",
    "Hoshi has sold its Zeta shares again.",
    "Hoshi exited Zeta for the second time.",
    # an earlier time of the act, told weeks after the only record of it
    "Hoshi had previously sold its Zeta stake.",
])
def test_a_repeat_or_an_earlier_time_of_the_recorded_act_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    """The store records Hoshi's one sale of its Zeta stake (October 2025): a claim that tells
    the sale as done again or before says there was another, which the record of the latest is
    not."""
    assert statuses_in(literal_store(ONE_SALE), text, dt.date(2025, 11, 12))[-1] is \
        Status.UNVERIFIED


def test_a_repeat_the_store_records_is_confirmed(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """The bundled store records SoftBank's sale of its first Nvidia stake (January 2019) as
    well as the October 2025 one: it has exited Nvidia before."""
    assert bundled_statuses("This is not the first time SoftBank has exited Nvidia.",
                            dt.date(2025, 11, 12)) == [Status.SUPPORTED]


def test_an_act_told_as_done_before_long_after_its_record_is_confirmed(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Years after the only record, "previously" places the recorded act in the past."""
    assert bundled_statuses("Microsoft had previously invested $1 billion in OpenAI.",
                            dt.date(2025, 6, 1)) == [Status.SUPPORTED]


@pytest.mark.parametrize(("sentence", "status"), [
    # the first act between two parties, dated to a later one of the store's (the probe)
    ("Microsoft first invested in OpenAI in 2023.", Status.UNVERIFIED),
    ("Microsoft first invested in OpenAI in 2019.", Status.SUPPORTED),
    # "first" before a noun is no act told first
    ("Microsoft's first investment in OpenAI came in 2019.", Status.SUPPORTED),
])
def test_an_act_told_first_is_not_confirmed_by_a_later_one(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]
