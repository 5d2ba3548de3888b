"""Times told back from the article's date ("two years ago") are read, and a fact dated
inside the window they allow is what checks them (TMP-ago)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.elapsed import elapsed_times
from factcheck.model import Qualifier, Status

_SOURCE = ("sources: [{url: 'https://example.com/acme', title: Acme news, publisher: Example, "
           "date: 2023-07-12, reliability: news}]")


@pytest.mark.parametrize(("text", "count", "unit", "bound"), [
    ("Acme launched Orbitron two years ago", 2, "year", Qualifier.EXACT),
    ("Acme launched Orbitron less than two years ago", 2, "year", Qualifier.UNDER),
    ("the company was set up more than a decade ago", 10, "year", Qualifier.OVER),
    ("it opened nearly 18 months ago", 18, "month", Qualifier.NEARLY),
    ("it opened some three weeks ago", 3, "week", Qualifier.APPROX),
    ("it was unveiled a year ago", 1, "year", Qualifier.EXACT),
    ("it was unveiled a couple of years ago", 2, "year", Qualifier.EXACT),
])
def test_a_time_counted_back_is_read_with_its_unit_and_bound(
        text: str, count: float, unit: str, bound: Qualifier) -> None:
    [found] = elapsed_times(text)
    assert (found.value, found.unit, found.qualifier) == (count, unit, bound)


@pytest.mark.parametrize("text", [
    # the base of a comparison: what a figure is compared with, not when anything happened
    "revenue rose 78% from a year ago",
    "revenue was $39.3 billion, up from $22.1 billion a year ago",
    "sales doubled from the same quarter two years ago",
    "the shares are worth more than they were two years ago",
    # a thing the claim only describes: its time is not the claim's
    "sales topped $5 billion for a line that barely existed two years ago",
    # vague amounts and times counted from another event
    "it was founded years ago",
    "it was founded a few years ago",
    "the fund came two months after the Stargate announcement",
    "the year-ago quarter",
])
def test_no_time_of_an_event_is_read_where_none_is_told(text: str) -> None:
    assert elapsed_times(text) == ()


_STORE = f"""
entities:
  - {{id: acme, name: Acme Corp, aliases: [Acme], kind: organization}}
  - {{id: orbitron, name: Orbitron, kind: product, affiliation: acme}}
facts:
  - id: acme-launches-orbitron
    kind: event
    subject: acme
    object: orbitron
    measure: launch of Orbitron
    cues: [launched, unveiled]
    date: 2023-07-12
    statement: Acme launched the Orbitron chip on 12 July 2023.
    {_SOURCE}
"""
_TODAY = dt.date(2025, 3, 28)  # 1.7 years after the launch


@pytest.mark.parametrize(("sentence", "status"), [
    ("Acme launched Orbitron less than two years ago.", Status.SUPPORTED),
    ("Acme launched Orbitron two years ago.", Status.SUPPORTED),
    ("Acme launched Orbitron nearly two years ago.", Status.SUPPORTED),
    ("Acme launched Orbitron more than a year ago.", Status.SUPPORTED),
    ("Acme launched Orbitron about 20 months ago.", Status.SUPPORTED),
    # far outside what the writer's rounding allows: the date is wrong
    ("Acme launched Orbitron five years ago.", Status.CONTRADICTED),
    ("Acme launched Orbitron more than three years ago.", Status.CONTRADICTED),
    ("Acme launched Orbitron less than a year ago.", Status.CONTRADICTED),
    ("Acme launched Orbitron six months ago.", Status.CONTRADICTED),
    # near the edge of the window: neither confirmed nor refuted
    ("Acme launched Orbitron three years ago.", Status.UNVERIFIED),
])
def test_a_time_told_back_is_checked_against_the_event_s_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_STORE), sentence, _TODAY) == [status]


_RESTRUCTURED = f"""
entities:
  - {{id: acme, name: Acme Corp, aliases: [Acme], kind: organization}}
facts:
  - id: acme-restructures
    kind: event
    subject: acme
    measure: restructuring into a holding company
    cues: [restructured, restructuring]
    date: 2019-03-11
    statement: On 11 March 2019 Acme restructured into a holding company.
    {_SOURCE}
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # an event that happens again, six years back: another one, not this one misdated
    ("Acme completed a restructuring last week.", Status.UNVERIFIED),
    ("Acme completed a restructuring two months ago.", Status.UNVERIFIED),
    # within reach of the time told, the record is the event misdated
    ("Acme restructured two years ago.", Status.CONTRADICTED),
])
def test_a_record_far_outside_a_time_it_is_not_pinned_to_is_left_unchecked(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """Thirteenth set: "a restructuring last week" (October 2025) was contradicted by the
    record of the 2019 restructuring."""
    assert statuses_in(literal_store(_RESTRUCTURED), sentence, _TODAY) == [status]


def test_without_the_article_s_date_the_time_is_left_unchecked(
        literal_store: Callable[[str], Any]) -> None:
    """A relation the store confirms does not confirm the time the article counts back:
    with no date to count from, the claim is not supported."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text
    report = check(read_text("Acme launched Orbitron five years ago.", "a.txt"),
                   literal_store(_STORE), article_date=None)
    [claim] = report.claims
    assert claim.verdict.status is Status.UNVERIFIED
    assert "five years ago (no article date to place it)" in claim.verdict.explanation


@pytest.mark.parametrize(("text", "count", "unit"), [
    ("It's been only two months since Acme launched Orbitron", 2, "month"),
    ("in the 18 months since Acme launched Orbitron, sales doubled", 18, "month"),
])
def test_a_time_since_an_event_counts_back_from_the_article_s_date(
        text: str, count: float, unit: str) -> None:
    [found] = elapsed_times(text)
    assert (found.value, found.unit, found.text.split()[-1]) == (count, unit, "since")


@pytest.mark.parametrize("text", [
    # counted back from a time the clause names, or to a year: no time from the article's
    "By 2020 it had been five years since Acme was founded",
    "it was two years since the launch",
    "sales rose in the two years since 2023",
])
def test_a_time_since_another_time_is_not_read(text: str) -> None:
    assert elapsed_times(text) == ()


@pytest.mark.parametrize(("sentence", "status"), [
    # "It's been ... since" is no pronoun: the claim is the event after "since"
    ("It's been nearly two years since Acme launched Orbitron.", Status.SUPPORTED),
    ("It has been five years since Acme launched Orbitron.", Status.CONTRADICTED),
])
def test_the_time_since_an_event_is_checked_against_its_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_STORE), sentence, _TODAY) == [status]


_TWO_EVENTS = _STORE + """
  - id: acme-founded
    kind: event
    subject: acme
    measure: founding of Acme
    cues: [founded, founding]
    date: 1998-05-04
    statement: Acme was founded on 4 May 1998.
    """ + _SOURCE + "\n"


@pytest.mark.parametrize("sentence", [
    # a time between two clauses, before one opened by its own subject: that clause's time
    "Acme launched Orbitron to loud applause, only six months ago, it opened a plant in Ohio.",
    # a time of what another thing did, in a clause of its own ("since ... was founded")
    "Orbitron was the biggest chip Acme launched since Silicon Valley was founded more "
    "than 60 years ago.",
])
def test_a_time_told_back_dates_only_the_event_of_its_own_clause(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str) -> None:
    """The time is left unchecked: it is not the launch's or the founding's."""
    assert Status.CONTRADICTED not in statuses_in(literal_store(_TWO_EVENTS), sentence, _TODAY)


@pytest.mark.parametrize(("sentence", "status"), [
    # the time alone between commas, before or after the clause of the event
    ("Less than two years ago, Acme launched Orbitron.", Status.SUPPORTED),
    ("Acme launched Orbitron, its first chip for servers, less than two years ago.",
     Status.SUPPORTED),
    ("Six months ago, Acme launched Orbitron.", Status.CONTRADICTED),
])
def test_a_time_in_its_own_clause_still_dates_the_event(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_TWO_EVENTS), sentence, _TODAY)[0] is status


def test_a_time_in_a_clause_of_the_event_s_own_party_dates_its_event(
        literal_store: Callable[[str], Any]) -> None:
    """ "since it was founded ... ago": the clause's subject is the party that was founded."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text
    report = check(read_text("Acme has grown tenfold since it was founded nearly 27 years ago.",
                             "a.txt"), literal_store(_TWO_EVENTS), article_date=_TODAY)
    assert "store: founding of Acme on 1998-05-04; consistent" in \
        report.claims[0].verdict.explanation


@pytest.mark.parametrize(("text", "count", "unit"), [
    # the news of the article's day, placed after an event: the event is that long before it
    ("It comes just two months after Acme launched Orbitron", 2, "month"),
    ("The deal comes less than a year after Acme launched Orbitron", 1, "year"),
])
def test_news_that_comes_a_time_after_an_event_counts_back_from_the_article_s_date(
        text: str, count: float, unit: str) -> None:
    [found] = elapsed_times(text)
    assert (found.value, found.unit, found.text.split()[-1]) == (count, unit, "after")


def test_a_past_event_that_came_a_time_after_another_counts_nothing_back() -> None:
    assert elapsed_times("The deal came two months after Acme launched Orbitron") == ()


@pytest.mark.parametrize(("sentence", "status"), [
    ("It comes nearly two years after Acme launched Orbitron.", Status.SUPPORTED),
    # (the news placed in time is no clause of its own, cut from the event's)
    ("It comes about 20 months after Acme launched Orbitron.", Status.SUPPORTED),
    ("It comes just two months after Acme launched Orbitron.", Status.CONTRADICTED),
])
def test_the_time_news_comes_after_an_event_is_checked_against_its_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_STORE), sentence, _TODAY) == [status]


@pytest.mark.parametrize(("text", "weeks"), [
    # "last week" is the week before the article's, or loosely the past fortnight
    ("Acme joined the partnership last week", 2),
    ("Acme launched Orbitron earlier this week", 1),
    ("Acme launched Orbitron this past week", 2),
])
def test_a_week_told_from_the_article_s_date_is_a_time_back_within_it(
        text: str, weeks: float) -> None:
    [found] = elapsed_times(text)
    assert (found.value, found.unit, found.qualifier) == (weeks, "week", Qualifier.UNDER)


@pytest.mark.parametrize("text", [
    "Acme said last week that it had launched Orbitron",  # the week it was said
    "sales rose 5% from last week",  # the base of a comparison
    "Acme will report results this week",
])
def test_a_week_of_another_thing_than_the_event_is_not_read(text: str) -> None:
    assert elapsed_times(text) == ()


@pytest.mark.parametrize(("sentence", "today", "status"), [
    ("Acme launched Orbitron last week.", dt.date(2023, 7, 20), Status.SUPPORTED),
    ("Acme launched Orbitron earlier this week.", dt.date(2023, 7, 14), Status.SUPPORTED),
    ("Acme launched Orbitron last week.", _TODAY, Status.CONTRADICTED),
])
def test_a_week_told_back_is_checked_against_the_event_s_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, today: dt.date, status: Status) -> None:
    assert statuses_in(literal_store(_STORE), sentence, today) == [status]


_RANK = _STORE + """
  - id: acme-most-valuable
    kind: event
    subject: acme
    measure: world's most valuable company
    cues: [most valuable company, most valuable]
    date: 2024-06-18
    statement: Acme became the world's most valuable company on 18 June 2024.
    """ + _SOURCE + "\n"


def test_a_rank_reached_again_is_not_dated_by_the_first_time(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    """Ranks change hands: "two weeks ago" may tell of another day the rank was taken."""
    assert statuses_in(literal_store(_RANK), "Acme became the world's most valuable company "
                       "two weeks ago.", _TODAY) == [Status.UNVERIFIED]


def test_the_past_year_is_the_twelve_months_before_the_article() -> None:
    [found] = elapsed_times("Acme launched Orbitron over the past year")
    assert (found.value, found.unit, found.qualifier) == (1, "year", Qualifier.UNDER)


@pytest.mark.parametrize(("today", "status"), [
    # an event of the article's own calendar year is in "the past year", not last year's
    (dt.date(2023, 12, 1), Status.SUPPORTED),
    (dt.date(2025, 3, 28), Status.CONTRADICTED),  # 20 months before
])
def test_an_event_in_the_past_year_is_checked_against_the_twelve_months(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        today: dt.date, status: Status) -> None:
    assert statuses_in(literal_store(_STORE), "Acme launched Orbitron over the past year.",
                       today) == [status]


_REORGANISED = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: bolt, name: Bolt Capital, aliases: [Bolt], kind: organization}}
facts:
  - id: zeta-holding-company
    kind: event
    subject: zeta
    measure: creation of a holding company
    cues: [reorganisation, reorganised, holding company]
    date: 2019-03-11
    statement: On 11 March 2019 Zeta Labs put its business under a new holding company.
    {_SOURCE}
  - id: bolt-zeta-stake
    kind: quantity
    subject: bolt
    object: zeta
    measure: stake in Zeta Labs
    cues: [stake, holds]
    value: "27%"
    as_of: 2025-10-28
    statement: When Zeta Labs completed its recapitalisation on 28 October 2025, Bolt Capital
      held about 27% of it.
    {_SOURCE}
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # the store records something of Zeta that week: the reorganisation may be that one
    ("Zeta signed the deal days after a reorganisation last week gave it more freedom.",
     Status.UNVERIFIED),
    ("Zeta was reorganised last week.", Status.UNVERIFIED),
    # nothing of Zeta's near the time told, and the record near enough to be the one
    # meant (``MISDATED_REACH``): the date is wrong
    ("Zeta was reorganised two years ago.", Status.CONTRADICTED),
])
def test_a_time_the_store_records_another_occasion_at_refutes_nothing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """A false contradicted on the thirteenth real set: 'since a corporate restructuring
    last week' was dated by the 2019 record of a restructuring, while the store recorded
    the company's recapitalisation that very week (in the records of its holders' stakes)."""
    assert statuses_in(literal_store(_REORGANISED), sentence, dt.date(2025, 11, 3))[-1] \
        is status
