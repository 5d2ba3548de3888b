"""Dates that lean on the article's date are read against it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language import relative_dates as relative_module
from factcheck.language.relative_dates import relative_dates

TODAY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(("text", "when", "precision"), [
    ("shares fell on Jan. 27 after the news", dt.date(2025, 1, 27), "day"),
    ("the round closed on Dec. 23", dt.date(2024, 12, 23), "day"),
    ("it joined last November", dt.date(2024, 11, 1), "month"),
    ("it was set up in September", dt.date(2024, 9, 1), "month"),
    ("earlier this month it said", dt.date(2025, 3, 1), "month"),
])
def test_a_day_or_month_without_its_year_is_the_latest_before_the_article(
        text: str, when: dt.date, precision: str) -> None:
    [found] = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == when
    assert found.unit == precision


@pytest.mark.parametrize("text", [
    # the month a level is told at (twelfth real set: a firm's assets "at the end of
    # September" were held to its March level, "imprecise")
    "it had $11.5 trillion of assets at the end of September",
    "the firm ended September with $11.5 trillion",
    "as of September it managed $11.5 trillion",
])
def test_the_end_of_a_month_as_the_moment_of_a_level_is_that_month(text: str) -> None:
    [found] = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == dt.date(2024, 9, 1)
    assert found.unit == "month"


@pytest.mark.parametrize(("text", "when"), [
    # a story of 20 March 2025 about what is still to come (issue 8)
    ("the split is to take effect in June", dt.date(2025, 6, 1)),
    ("a dividend payable on June 28", dt.date(2025, 6, 28)),
    ("the plant will open in September", dt.date(2025, 9, 1)),
    # ... but what was still to come then is past now: "was set up" sets nothing ahead
    ("it was set up in September", dt.date(2024, 9, 1)),
])
def test_a_day_or_month_still_to_come_is_the_next_one(text: str, when: dt.date) -> None:
    [found] = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == when


@pytest.mark.parametrize(("text", "when"), [
    # the end of a quarter just reported is the latest such day (tenth real set: without
    # it the quarter's figure was held to the newest quarter's, "outdated")
    ("in the three months ending October 27, it earned $19 billion", dt.date(2024, 10, 27)),
    ("revenue for the quarter ended Jan. 26 rose", dt.date(2025, 1, 26)),
])
def test_a_quarter_s_end_without_its_year_is_the_latest_such_day(
        text: str, when: dt.date) -> None:
    [found] = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == when


@pytest.mark.parametrize(("text", "when"), [
    # a quarter named by the month it ended in, without a day or year: the latest such month
    # (a stored quarter's figure told so was held to the newest quarter's, "outdated")
    ("net income was $24.1 billion in the quarter ended December", dt.date(2024, 12, 1)),
    ("in the December quarter it earned $24.1 billion", dt.date(2024, 12, 1)),
    ("sales in the three months to February rose", dt.date(2025, 2, 1)),
])
def test_a_quarter_named_by_its_last_month_is_that_month(text: str, when: dt.date) -> None:
    [found] = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == when
    assert found.unit == "month"


def test_last_year_is_the_year_before_the_article() -> None:
    [found] = relative_dates("revenue doubled last year", TODAY)
    assert found.value == 2024
    # "the past year" is the twelve months before the article, of two calendar years
    # (``language/elapsed``): an event of this year in it is no event of last year
    assert relative_dates("users doubled over the past year", TODAY) == []


@pytest.mark.parametrize("text", [
    "in its fiscal year ending June 30",    # the end of a period, not an event
    "the year that ended in January",
    "sales ended September higher",          # a period's end, not a level's moment
    "prices may fall",                       # the modal, not the month
    "on Jan. 27, 2025 it fell",              # a full date is read elsewhere
    "$589 Billion Gets Wiped Off In Market Cap",  # a word that starts like a month
    "a rally in Junebug Holdings",
    # issue 8: the base a figure is compared with is not when the figure holds
    "a 93% rise compared to the same period last year",
    "up 40% from last year",
    "sales grew faster than last year",
    "against $18.1 billion in the same quarter last year",  # the base, whatever leads to it
    "up from $18.1 billion last year",
    "up from 49 cents last year",
    "revenue hit $22.6bn, up 427 percent over last year",  # a growth rate "over" its base
    # a change's noun between the rate and its base (a real report: "net income was up at
    # $28.2 billion, a 20% rise over last year", held to last year's annual net income)
    "net income was $28.2 billion, a 20% rise over last year",
    "revenue reached $90 billion, a 12% increase from last year",
])
def test_what_is_not_a_relative_date(text: str) -> None:
    assert relative_dates(text, TODAY) == []


def test_without_the_article_s_date_nothing_is_guessed() -> None:
    assert relative_dates("shares fell on Jan. 27", None) == []


@pytest.mark.parametrize(("text", "when", "precision"), [
    # A story of 15 January 2025 about a deal struck in January 2024 (issue 8).
    ("it agreed in January last year to buy GIP", dt.date(2024, 1, 1), "month"),
    ("the deal closed on Jan. 10 last year", dt.date(2024, 1, 10), "day"),
    ("it launched in January this year", dt.date(2025, 1, 1), "month"),
])
def test_a_month_or_day_followed_by_last_year_is_one_date_in_that_year(
        text: str, when: dt.date, precision: str) -> None:
    [found] = relative_dates(text, dt.date(2025, 1, 15))
    assert dt.date.fromordinal(int(found.value)) == when
    assert found.unit == precision


PIECES = ["on", " ", "Jan.", "JAN", "27", "May", "may", "last", "LAST", "year", "YEAR", "Year",
          "this", "month", "Month", "later", "ſept.", "ſ", "İ", "K", "3", ",", "ended", "in",
          "September", "of"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10))
def test_clauses_naming_no_month_or_year_are_passed_over_with_nothing_missed(
        pieces: list[str]) -> None:
    """Each pattern runs only where its words may be: the dates read are those read by
    running every pattern over every clause."""
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as everywhere:
        everywhere.setattr(relative_module, "may_hold", lambda text, phrase: True)
        expected = relative_dates(text, TODAY)
    assert relative_dates(text, TODAY) == expected


# Thursday 20 March 2025: "Monday" is the 17th, "Thursday" the day itself.
@pytest.mark.parametrize(("text", "when"), [
    ("the shares fell on Monday after the report", dt.date(2025, 3, 17)),
    ("the stock slid 4% Tuesday", dt.date(2025, 3, 18)),
    ("the board met late Wednesday", dt.date(2025, 3, 19)),
    ("the company unveiled the chip on Thursday", dt.date(2025, 3, 20)),
    ("the deal was signed on Friday", dt.date(2025, 3, 14)),
])
def test_a_weekday_is_the_latest_such_day_up_to_the_article(text: str, when: dt.date) -> None:
    """issue 8: news names the day of the past week by its weekday."""
    [found] = relative_dates(text, TODAY)
    assert (dt.date.fromordinal(int(found.value)), found.unit) == (when, "day")
    assert relative_module.is_weekday(found)


@pytest.mark.parametrize("text", [
    "the shares fell last Monday",            # which week is not said
    "it will report results on Wednesday",    # still to come: perhaps next week's
    "it is expected to close on Friday",
    "Monday's bid was rejected",              # the day of a thing mentioned
    "the firm said on Wednesday that revenue rose",  # the day it was told
    "Microsoft, speaking on Tuesday, backed the plan",
])
def test_a_weekday_that_may_be_another_week_s_or_the_day_words_were_said_is_not_read(
        text: str) -> None:
    assert relative_dates(text, TODAY) == []


def test_a_weekday_a_date_follows_leaves_the_date_to_be_read() -> None:
    [found] = relative_dates("on Monday, March 17, the shares fell", TODAY)
    assert found.text == "March 17" and not relative_module.is_weekday(found)


@pytest.mark.parametrize(("text", "when"), [
    # the clause names a year of its own: the month or day is that year's, not the article's
    ("Zeta's 2022 purchase of Acme closed in February", dt.date(2022, 2, 1)),
    ("Zeta completed its 2024 deal for Acme on October 1", dt.date(2024, 10, 1)),
    # a year after it is a standard, read elsewhere: the day is still the article's latest
    ("Zeta agreed on Jan. 12 to buy Acme, its biggest deal since 2009", dt.date(2025, 1, 12)),
    ("Zeta agreed last January to buy Acme, its biggest deal since 2009",
     dt.date(2025, 1, 1)),
    # and a year of another clause is that clause's
    ("In 2024 Zeta's sales doubled, and in January its shares fell", dt.date(2025, 1, 1)),
])
def test_a_day_or_month_beside_a_year_of_the_clause_is_of_that_year(
        text: str, when: dt.date) -> None:
    (found,) = relative_dates(text, TODAY)
    assert dt.date.fromordinal(int(found.value)) == when


@pytest.mark.parametrize("text", [
    # real news: "its $4.9 billion acquisition of ZT Systems in 2024, which closed in March"
    # (March 2025); the year dates the deal's making, the relative clause may be a later year
    "the sale follows Zeta's acquisition of Acme in 2024, which closed in March",
    "Zeta bought Acme in 2024, a deal that closed in March",
])
def test_a_month_in_a_relative_clause_after_a_year_of_the_deal_is_not_placed(text: str) -> None:
    assert relative_dates(text, TODAY) == []


def test_a_day_or_month_beside_several_years_is_not_placed() -> None:
    assert relative_dates("Its 2020 deal for Acme closed in February 2022 or in March",
                          TODAY) == []


def test_yesterday_is_the_day_before_the_article() -> None:
    [found] = relative_dates("Acme unveiled the chip yesterday", TODAY)
    assert dt.date.fromordinal(int(found.value)) == TODAY - dt.timedelta(days=1)
    # the day words were said is no day of the event
    assert relative_dates("Acme said yesterday that it had bought Globex", TODAY) == []


@pytest.mark.parametrize("text", [
    "Acme today announced a new chip", "Acme has today unveiled its new chip",
    "Acme announced today that it had bought Globex", "earlier today Acme launched the chip",
])
def test_today_beside_a_deed_done_is_the_article_s_day(text: str) -> None:
    [found] = relative_dates(text, TODAY)
    assert (found.text, dt.date.fromordinal(int(found.value))) == ("today", TODAY)


@pytest.mark.parametrize("text", [
    # the present at large, or the day words were said
    "Today, Acme dominates the market", "Acme is worth more today than Globex",
    "Acme said today it had raised money",
])
def test_today_as_the_present_is_no_date(text: str) -> None:
    assert relative_dates(text, TODAY) == []
