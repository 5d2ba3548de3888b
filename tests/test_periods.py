"""The period a figure is about: the base of a change is never the claim's own period."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.rules.periods import period_years
from factcheck.store.store import Store


@pytest.mark.parametrize(("text", "years"), [
    ("Acme's revenue was $9 billion in 2024, up 20% from 2023.", (2024,)),
    ("Acme's revenue was $9 billion, double the figure for the same quarter in 2023.", ()),
    ("Acme's sales were $9 billion, against $6 billion in the same period of 2023.", ()),
    ("Acme's sales were $9 billion, above the same nine-month period of 2023.", ()),
    ("Acme's revenue was $9 billion in 2024.", (2024,)),
    # the year of the figure a change starts from, after "the" and a participle (a real
    # report: "capital expenditures of $115 billion to $135 billion, a significant leap
    # from the $72.2 billion spent in 2025" was held to the 2025 plan)
    ("Acme expects revenue of $9 billion, a leap from the $6 billion earned in 2025.", ()),
])
def test_the_year_of_the_same_period_is_a_base_not_a_period(
        bundled_store: Store, text: str, years: tuple[int, ...]) -> None:
    """issue 8: "the same period of 2023" names what a figure is compared with, whatever
    word leads to it."""
    claim = extract_claims(read_text(text, "a.txt"), bundled_store.entities)[0]
    assert period_years(claim) == years


@pytest.mark.parametrize("sentence", [
    # the store holds the quarter's figure and fiscal 2024's annual one (period 2023): the
    # year of the base named the annual figure, and a true quarter was contradicted
    "Nvidia's data center revenue was $30.8 billion, more than double the figure for the "
    "same period in 2023.",
    "Nvidia's data center revenue was $30.8 billion, against $14.5 billion in the same "
    "quarter last year.",
])
def test_a_quarter_compared_with_the_same_period_a_year_before_is_not_refuted(
        bundled_store: Store, sentence: str) -> None:
    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date(2024, 11, 21))
    statuses = [c.verdict.status for c in report.claims]
    assert Status.SUPPORTED in statuses and Status.CONTRADICTED not in statuses


@pytest.mark.parametrize(("day", "sentence", "status"), [
    ("2024-05-23", "Nvidia's revenue for the first quarter was $26 billion.", Status.SUPPORTED),
    ("2024-05-23", "Nvidia's data center revenue rose 427% to $22.6 billion.",
     Status.SUPPORTED),
    ("2024-08-29", "Nvidia's second-quarter revenue rose 122% to $30 billion.",
     Status.SUPPORTED),
    ("2024-08-29", "Nvidia's second-quarter revenue was $38 billion.", Status.CONTRADICTED),
    ("2024-11-21", "Nvidia's data center revenue in the third quarter was $30.8 billion.",
     Status.SUPPORTED),
    ("2024-11-21", "Nvidia earned 78 cents per diluted share in the third quarter.",
     Status.SUPPORTED),
])
def test_nvidia_s_quarters_of_2024_are_in_the_store(
        bundled_store: Store, day: str, sentence: str, status: Status) -> None:
    """issue 8: fiscal 2025's first three quarters, left out while a base year was read as
    the claim's period."""
    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date.fromisoformat(day))
    assert [c.verdict.status for c in report.claims] == [status], \
        report.claims[0].verdict.explanation


@pytest.mark.parametrize(("text", "figure", "before"), [
    ("A year earlier, Acme's revenue was $18 billion.", "$18 billion", True),
    ("In the same quarter last year, Acme's sales were $18 billion.", "$18 billion", True),
    ("Acme's revenue rose to $35 billion, up from $18 billion a year earlier.",
     "$18 billion", True),
    ("Acme's revenue in the year-ago quarter was $18 billion.", "$18 billion", True),
    ("Acme's revenue stood at $18 billion in the prior-year period.", "$18 billion", True),
    # the base of a change is no period of the figure beside it
    ("Acme's revenue rose to $35 billion, up from $18 billion a year earlier.",
     "$35 billion", False),
    ("Acme's revenue rose 94% from a year ago to $35 billion.", "$35 billion", False),
    ("Acme's revenue rose to $35 billion from the same period last year.", "$35 billion",
     False),
    ("Acme's revenue was $35 billion.", "$35 billion", False),
])
def test_a_figure_of_a_year_before_is_told_apart_from_the_latest(
        text: str, figure: str, before: bool) -> None:
    from factcheck.language.quantities import find_quantities
    from factcheck.rules.periods import a_year_before

    [q] = [q for q in find_quantities(text) if q.text == figure]
    assert bool(a_year_before(q, text)) is before


@pytest.mark.parametrize("sentence", [
    # issue 8: the figure of a year before was held to the latest quarter and contradicted
    "A year earlier, Nvidia's quarterly revenue was $18.1 billion.",
    "In the same quarter last year, Nvidia's data center revenue was $14.5 billion.",
    "Nvidia's revenue in the year-earlier quarter was $18.1 billion.",
    "Nvidia had posted quarterly revenue of $18.1 billion a year ago.",
])
def test_a_figure_of_a_year_before_is_not_refuted_by_the_latest(
        bundled_store: Store, sentence: str) -> None:
    # the store holds the third quarter of fiscal 2024 as well as of fiscal 2025: the figure
    # is confirmed by the year-earlier quarter, never held to the latest one
    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date(2024, 11, 21))
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED], \
        report.claims[0].verdict.explanation


def test_a_figure_of_a_year_before_is_confirmed_by_the_stored_one(
        bundled_store: Store) -> None:
    report = check(read_text("A year earlier, Nvidia's quarterly revenue was $26 billion.",
                             "a.txt"), bundled_store, article_date=dt.date(2025, 5, 29))
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED]


def test_a_value_public_before_the_article_holds_for_it_though_recorded_as_of_later() -> None:
    """A running total the store dates to its last source (as of March 2025) was public a
    year before (``published``): an article of January 2025 speaks of it, and "about $14
    billion" then differs from it instead of going unchecked."""
    from factcheck.model import Fact
    from factcheck.rules.periods import in_period

    total = Fact("total", "quantity", "acme", "cumulative investment in Globex",
                 "Acme had invested $13 billion in Globex.", ("invested",), (),
                 as_of=dt.date(2025, 3, 19), published=dt.date(2024, 3, 1))
    assert in_period(total, (), dt.date(2025, 1, 8))
    assert not in_period(total, (), dt.date(2024, 1, 8))  # not yet public
    later = Fact("later", "quantity", "acme", "cumulative investment in Globex",
                 "Acme had invested $13 billion in Globex.", ("invested",), (),
                 as_of=dt.date(2025, 3, 19))
    assert not in_period(later, (), dt.date(2025, 1, 8))


def test_a_month_after_since_opens_the_growth_and_dates_no_figure(
        bundled_statuses: Any) -> None:
    # the 400 million are February's; December is where the 33% starts from
    assert bundled_statuses("ChatGPT has reached 400 million weekly active users, a 33% "
                            "jump since December.", dt.date(2025, 2, 20)) == [Status.SUPPORTED]


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
TWO_CURRENCIES = f"""
entities:
  - {{id: kappa, name: Kappa Foundry, aliases: [Kappa], kind: organization}}
facts:
  - id: kappa-revenue-2024
    kind: quantity
    subject: kappa
    measure: revenue
    cues: [revenue, annual revenue]
    value: "NT$1.2 trillion"
    tolerance: 0.01
    as_of: 2024-12-31
    period: 2024
    published: 2025-01-20
    statement: Kappa's revenue for 2024 was NT$1.2 trillion.
    {_SOURCE}
  - id: kappa-q4-revenue
    kind: quantity
    subject: kappa
    measure: quarterly revenue
    cues: [fourth-quarter revenue, revenue in the quarter]
    value: "$10.2 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    published: 2025-01-20
    statement: Kappa's revenue for the fourth quarter of 2024 was $10.2 billion in US dollars
      (NT$331.5 billion in New Taiwan dollars, up 21% from a year earlier).
    {_SOURCE}
  - id: kappa-q4-revenue-twd
    kind: quantity
    subject: kappa
    measure: quarterly revenue
    cues: [fourth-quarter revenue, revenue in the quarter]
    value: "NT$331.5 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    published: 2025-01-20
    statement: Kappa's revenue for the fourth quarter of 2024 was NT$331.5 billion, up 21%
      from a year earlier.
    {_SOURCE}
"""


@pytest.mark.parametrize("sentence", [
    "Kappa's revenue rose 21% to NT$331.5 billion.",
    "Kappa's revenue came to $10.2 billion.",
])
def test_the_latest_quarter_kept_in_two_currencies_is_latest_in_each(
        literal_store: Any, statuses_in: Any, sentence: str) -> None:
    """A quarter stored in US and in Taiwan dollars is two series of one date: keeping only
    one of them as "the latest" left the other currency's figure unchecked."""
    assert statuses_in(literal_store(TWO_CURRENCIES), sentence,
                       dt.date(2025, 1, 21))[-1] is Status.SUPPORTED


def test_a_fiscal_year_the_record_names_holds_whatever_calendar_year_it_began_in() -> None:
    """A fiscal year that ends in June begins the calendar year before: the record of its
    first quarter, dated September 2025 and naming "fiscal 2026", is of fiscal 2026."""
    from factcheck.model import Fact
    from factcheck.rules.periods import in_period

    first = Fact("q1", "quantity", "acme", "quarterly capital expenditure",
                 "Acme's capital expenditure was $9 billion in the first quarter of fiscal "
                 "2026 (July-September 2025).", ("capex",), (), as_of=dt.date(2025, 9, 30))
    assert in_period(first, (2026,), dt.date(2025, 11, 1), (2026,))
    # a record that names no fiscal year is placed by its date, as before
    plain = Fact("q", "quantity", "acme", "quarterly capital expenditure",
                 "Acme's capital expenditure was $9 billion in the quarter.", ("capex",), (),
                 as_of=dt.date(2025, 9, 30))
    assert not in_period(plain, (2026,), dt.date(2025, 11, 1), (2026,))


def test_the_day_a_period_starts_on_is_no_day_of_its_figure(acme_store: Store) -> None:
    """"The three months starting July 1" glosses the quarter: the figure is the quarter's,
    not a value of July 1."""
    from factcheck.language.extract import extract_claims
    from factcheck.rules.periods import named_dates

    text = ("---\ndate: 2025-11-01\n---\nAcme's capital spending in the first quarter of "
            "fiscal 2026 (the three months starting July 1) reached $9 billion.\n")
    [claim] = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert named_dates(claim, "day") == []
