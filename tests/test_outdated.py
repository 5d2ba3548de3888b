"""TMP-outdated and its counterpart: a completion told as done before the store records it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: globex, name: Globex, kind: organization}}
  - {{id: index, name: Harbor Index, kind: organization}}
facts:
  - id: acme-split
    kind: event
    subject: acme
    measure: stock split
    cues: [split, stock split]
    date: 2024-06-07
    state: completed
    statement: Acme completed a ten-for-one stock split on 7 June 2024.
    {SOURCE}
  - id: acme-joins-index
    kind: event
    subject: acme
    mentions: [index]
    measure: joining the Harbor Index
    cues: [joined, joins, added]
    date: 2024-11-08
    state: completed
    statement: Acme joined the Harbor Index on 8 November 2024.
    {SOURCE}
  - id: acme-buys-globex
    kind: event
    subject: acme
    object: globex
    measure: acquisition of Globex (completion)
    cues: [acquired, acquisition, bought, purchase]
    date: 2024-10-01
    state: completed
    statement: Acme completed its acquisition of Globex on 1 October 2024.
    {SOURCE}
"""


def test_a_completion_recorded_later_is_one_the_claim_tells_of(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[..., list[Status]]) -> None:
    """A June 2024 report's "Acme completed its stock split" was left unverified because the
    store records another completion of Acme's (joining an index) in November."""
    store = literal_store(STORE)
    assert statuses_in(store, "Acme completed its ten-for-one stock split on June 7.",
                       dt.date(2024, 6, 8)) == [Status.SUPPORTED]
    # the completion the claim tells of, told before the store records it: not yet done
    assert statuses_in(store, "Acme has completed its acquisition of Globex.",
                       dt.date(2024, 9, 1)) != [Status.SUPPORTED]


@pytest.mark.parametrize(("date", "status"), [
    (dt.date(2024, 9, 1), Status.UNVERIFIED),  # agreed in August 2024, closed in March 2025
    (dt.date(2025, 4, 15), Status.SUPPORTED),
])
def test_a_completion_told_before_it_happened_is_not_confirmed_by_the_agreement(
        bundled_statuses: Callable[..., list[Status]], date: dt.date, status: Status) -> None:
    assert bundled_statuses("AMD has completed its acquisition of ZT Systems.",
                            date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # a purchase told in the plain past, months before it closed
    ("BlackRock acquired Global Infrastructure Partners for $12.5 billion.", Status.UNVERIFIED),
    ("BlackRock bought Global Infrastructure Partners for $12.5 billion.", Status.UNVERIFIED),
    # the agreement, as the store records it
    ("BlackRock agreed to buy Global Infrastructure Partners for $12.5 billion.",
     Status.SUPPORTED),
])
def test_a_purchase_told_as_done_before_it_closed_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 2, 1))[-1] is status


@pytest.mark.parametrize(("date", "status"), [
    # agreed in March 2025, completed on 25 November 2025 (thirteenth real set: supported by
    # the agreement in August, when the store had no record of the completion)
    (dt.date(2025, 8, 19), Status.UNVERIFIED),
    (dt.date(2025, 11, 26), Status.SUPPORTED),
])
def test_softbank_s_purchase_of_ampere_is_done_from_its_completion(
        bundled_statuses: Callable[..., list[Status]], date: dt.date, status: Status) -> None:
    assert bundled_statuses("SoftBank bought Ampere Computing for $6.5 billion.",
                            date)[-1] is status


_HIRE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: jane-roe, name: Jane Roe, kind: person, affiliation: acme}}
facts:
  - id: acme-hires-roe
    kind: event
    subject: acme
    object: jane-roe
    measure: hiring of Jane Roe
    cues: [hired, head, lead]
    date: 2025-03-03
    statement: On 3 March 2025 Acme hired Jane Roe to head its new cloud unit.
    {SOURCE}
"""


@pytest.mark.parametrize(("day", "outdated"), [
    # a report of the same week tells the role as the announcement did, still to come
    (dt.date(2025, 3, 5), False),
    # weeks later, "will" tells as still to come what the store records as done
    (dt.date(2025, 4, 20), True),
])
def test_a_role_told_as_future_in_the_week_it_was_announced_is_not_out_of_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        day: dt.date, outdated: bool) -> None:
    [status] = statuses_in(literal_store(_HIRE), "Jane Roe will head Acme's new cloud unit.",
                           day)
    assert (status is Status.OUTDATED) is outdated


_FOUNDING = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: globex, name: Globex, kind: organization}}
  - {{id: john-roe, name: John Roe, kind: person, affiliation: globex}}
facts:
  - id: roe-founds-globex
    kind: event
    subject: john-roe
    object: globex
    measure: founding of Globex
    cues: [founded, set up, established, created]
    date: 2023-03-09
    state: completed
    statement: John Roe founded Globex on 9 March 2023.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    # what is still to be settled is asked, not told: the hearing is no founding of Roe's
    "The judge said she had yet to decide how the hearing will be set up and whether to "
    "dismiss the claims John Roe has made against Acme.",
    "The court must decide whether the case will be set up for a jury, John Roe said.",
])
def test_a_future_inside_an_indirect_question_tells_nothing_as_still_to_come(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert Status.OUTDATED not in statuses_in(literal_store(_FOUNDING), text,
                                              dt.date(2026, 1, 8))


def test_the_founder_s_own_act_told_as_still_to_come_is_out_of_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    assert Status.OUTDATED in statuses_in(literal_store(_FOUNDING),
                                          "John Roe will set up Globex.", dt.date(2026, 1, 8))


@pytest.mark.parametrize("text", [
    # the passive's subject is the thing to be set up, not the company whose founding the
    # store records ("set up" is a cue of Musk's founding of xAI)
    "Elon Musk's lawyers asked how the trial will be set up.",
    "Elon Musk said a new lab will be set up in Texas.",
    "The judge must still decide how the trial will be set up and whether to dismiss the "
    "claims Elon Musk has made against Microsoft.",
])
def test_a_thing_to_be_done_to_in_the_passive_is_no_recorded_event_still_to_come(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert Status.OUTDATED not in bundled_statuses(text, dt.date(2025, 8, 14))


_YEAR_RESULT = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-cloud-revenue-2025
    kind: quantity
    subject: acme
    measure: annual cloud revenue
    period: 2025
    cues: [cloud revenue, cloud business, cloud]
    value: "$90 billion"
    date: 2025-06-30
    as_of: 2025-06-30
    published: 2025-07-30
    statement: Acme's cloud revenue for fiscal 2025, reported on 30 July 2025, was $90 billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def test_a_quarter_s_forecast_is_not_made_out_of_date_by_a_year_s_result(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    # the forecast is of the quarter under way, which no year's result has reported
    [status] = statuses_in(literal_store(_YEAR_RESULT),
                           "Acme forecast on Wednesday a record $20 billion in capital "
                           "spending for the current fiscal first quarter, after strong "
                           "sales in its cloud business.",
                           dt.date(2025, 7, 31))
    assert status is not Status.OUTDATED
