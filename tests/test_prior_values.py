"""A figure told as the value of a period before the claim's own ("up from $771 million, or
47 cents per share, a year earlier") is compared with that period's value, never this one's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Kind, Quantity, Span, Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.rules.prior_values import days_before

_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"


def _quarter(measure: str, cue: str, key: str, values: tuple[str, str],
             ends: tuple[str, str] = ("2023-12-31", "2024-12-31")) -> str:
    return "".join(f"""
  - id: acme-{key}-{end}
    kind: quantity
    subject: acme
    measure: {measure}
    cues: [{cue}]
    value: "{value}"
    tolerance: 0.005
    as_of: {end}
    statement: Acme's {measure} for the quarter ended {end} was {value}.
    {_SOURCE}""" for end, value in zip(ends, values, strict=True))


_STORE = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
facts:{_quarter("quarterly net income", "net income, profit", "income", ("$771 million",
                                                                           "$4.3 billion"))}
{_quarter("quarterly earnings per share", "earnings per share, per share, a share", "eps",
          ("$0.47", "$2.61"))}
{_quarter("quarterly gross margin", "gross margin", "margin", ("72.7%", "73.6%"),
          ("2024-09-30", "2024-12-31"))}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Acme's gross margin rose to 73.6% in the fourth quarter, from 72.7% in the previous "
     "quarter.", Status.SUPPORTED),
    ("Acme's gross margin rose to 73.6% in the fourth quarter relative to 72.7% last "
     "quarter.", Status.SUPPORTED),
    # a point off is near, as for any margin; ten points off is wrong
    ("Acme's gross margin rose to 73.6% in the fourth quarter relative to 71.7% last "
     "quarter.", Status.IMPRECISE),
    ("Acme's gross margin rose to 73.6% in the fourth quarter relative to 62.7% last "
     "quarter.", Status.CONTRADICTED),
    # "in the previous quarter" alone: before which quarter is not said, but never this one
    ("Acme's gross margin was 71.7% in the previous quarter.", Status.UNVERIFIED),
])
def test_a_margin_told_of_the_quarter_before_is_that_quarter_s(
        literal_store: Callable[[str], Any], text: str, status: Status) -> None:
    report = check(read_text(f"# Acme results\n\n{text}\n", "a.md", "markdown"),
                   literal_store(_STORE), article_date=dt.date(2025, 2, 10))
    assert [c.verdict.status for c in report.claims] == [status]


@pytest.mark.parametrize(("text", "figure", "status"), [
    # each prior figure is last year's value of its own measure
    ("up from $771 million, or 47 cents per share, a year earlier", "47 cents",
     Status.SUPPORTED),
    ("compared with $771 million, or 47 cents a share, in the same quarter last year",
     "47 cents", Status.SUPPORTED),
    # a wrong prior figure is wrong against last year's value ...
    ("up from $771 million, or 67 cents per share, a year earlier", "67 cents",
     Status.CONTRADICTED),
    ("up from $971 million, or 47 cents per share, a year earlier", "$971 million",
     Status.CONTRADICTED),
    # ... and this year's value never vouches for it (so far from last year's, it may be
    # another measure's: left unsettled)
    ("up from $771 million, or $2.61 per share, a year earlier", "$2.61 per share, a",
     Status.UNVERIFIED),
])
def test_a_prior_period_figure_is_that_period_s(literal_store: Callable[[str], Any],
                                                text: str, figure: str,
                                                status: Status) -> None:
    report = check(read_text(f"# Acme results\n\nAcme reported fourth-quarter net income of "
                             f"$4.3 billion, or $2.61 per share, {text}.\n", "a.md",
                             "markdown"),
                   literal_store(_STORE), article_date=dt.date(2025, 2, 10))
    assert [c.verdict.status for c in report.claims if figure in c.claim.text] == [status]
    assert Status.CONTRADICTED not in [c.verdict.status for c in report.claims
                                       if figure not in c.claim.text]


@pytest.mark.parametrize(("text", "days"), [
    ("up from $771 million a year earlier", 365),
    ("up from $771 million, or 47 cents per share, a year earlier", 365),
    ("from $771 million in the year-ago quarter", 365),
    ("up from $771 million in the previous quarter", 91),
    ("up from $771 million", None),  # no base named: any earlier value may be meant
    ("$771 million, up 5% from a year earlier", None),  # the base is the change's
])
def test_the_period_a_prior_figure_is_told_of(text: str, days: int | None) -> None:
    start = text.index("$771")
    q = Quantity(Kind.MONEY, 771e6, unit="USD", text="$771 million",
                 span=Span(start, start + len("$771 million")))
    assert days_before(q, text) == days


_THREE_MARGINS = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
facts:{_quarter("quarterly gross margin", "gross margin", "margin", ("70.0%", "73.6%"))}
{_quarter("quarterly gross margin", "gross margin", "margin", ("75.4%",), ("2024-09-30",))}
"""


@pytest.mark.parametrize("text", [
    # a level told of the quarter before, after "lower than", is no change between this
    # quarter's and the year-earlier one: the quarter's own level is what it confirms
    "Acme's gross margin was 73.6% in the fourth quarter, lower than 75.4% in the previous "
    "quarter but higher than 70.0% a year ago.",
    "Acme's gross margin was 73.6% in the fourth quarter, lower than 75.4% in the prior "
    "quarter and above 70.0% a year earlier.",
])
def test_a_level_of_the_quarter_before_beside_a_year_earlier_one_is_no_change(
        literal_store: Callable[[str], Any], text: str) -> None:
    report = check(read_text(f"# Acme results\n\n{text}\n", "a.md", "markdown"),
                   literal_store(_THREE_MARGINS), article_date=dt.date(2025, 2, 10))
    statuses = [c.verdict.status for c in report.claims]
    assert statuses[0] is Status.SUPPORTED and Status.CONTRADICTED not in statuses


def _revenue(key: str, end: str, value: str, quarter: str) -> str:
    return f"""
  - id: acme-revenue-{key}
    kind: quantity
    subject: acme
    measure: quarterly revenue
    cues: [revenue]
    value: "{value}"
    tolerance: 0.01
    as_of: {end}
    statement: Acme's revenue for the {quarter} was {value}.
    {_SOURCE}"""


_REVENUE = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
facts:{_revenue("q1-2024", "2024-03-31", "$5.47 billion", "first quarter of 2024")}
{_revenue("q4-2024", "2024-12-31", "$7.66 billion", "fourth quarter of 2024")}
{_revenue("q1-2025", "2025-03-31", "$7.44 billion", "first quarter of 2025")}
"""


def test_a_rate_from_a_named_quarter_is_not_held_to_the_year_earlier_pair(
        literal_store: Callable[[str], Any]) -> None:
    # "down 3% from the fourth quarter of 2024" is measured from that quarter, not from the
    # year-earlier $5.47 billion the claim also gives
    text = ("Acme's revenue for the first quarter of 2025 was $7.44 billion, up 36% from $5.47 "
            "billion a year earlier and down 3% from the fourth quarter of 2024.")
    report = check(read_text(f"# Acme results\n\n{text}\n", "a.md", "markdown"),
                   literal_store(_REVENUE), article_date=dt.date(2025, 5, 10))
    assert Status.CONTRADICTED not in [c.verdict.status for c in report.claims]


def test_a_margin_beside_a_level_and_its_year_earlier_value_is_no_change(
        literal_store: Callable[[str], Any]) -> None:
    # "a 35% margin" is a share of revenue, not the rate between the two levels given
    store = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
facts:{_quarter("quarterly operating income", "operating income", "oi",
                ("$10.6 billion", "$12.5 billion"))}
"""
    text = ("Acme's operating income was $12.5 billion in the fourth quarter of 2024, a 35% "
            "margin, up from $10.6 billion a year earlier.")
    report = check(read_text(f"# Acme results\n\n{text}\n", "a.md", "markdown"),
                   literal_store(store), article_date=dt.date(2025, 2, 10))
    assert Status.CONTRADICTED not in [c.verdict.status for c in report.claims]
