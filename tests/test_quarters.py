"""A figure told of a quarter agrees only with that quarter's value: the one it names, or
the latest the company had reported by the article's date (rules/quarters.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-q4-cloud
    kind: quantity
    subject: zeta
    measure: quarterly cloud segment revenue
    cues: [cloud revenue, cloud segment revenue, cloud segment]
    value: "$2.3 billion"
    tolerance: 0.02
    as_of: 2024-12-31
    published: 2025-02-04
    statement: Zeta's cloud segment revenue was $2.3 billion in the fourth quarter of 2024.
    {SOURCE}
  - id: zeta-q1-revenue
    kind: quantity
    subject: zeta
    measure: quarterly revenue
    cues: [revenue, first-quarter revenue, revenue in the quarter]
    value: "$7.44 billion"
    tolerance: 0.01
    as_of: 2025-03-29
    published: 2025-05-06
    statement: Zeta's revenue for the first quarter of 2025 (ended 29 March 2025) was $7.44
      billion.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    # the article tells the first quarter: the fourth quarter's equal value is no evidence
    "Zeta reported its results on Tuesday. Cloud revenue was $2.3 billion in the quarter.",
    # a forecast for the next quarter is not the result of the last one
    "Zeta projected second quarter revenue of $7.4 billion.",
    "Zeta expects revenue of about $7.4 billion in the second quarter.",
])
def test_an_equal_value_of_another_quarter_supports_nothing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert statuses_in(literal_store(STORE), text, dt.date(2025, 5, 7))[-1] is \
        Status.UNVERIFIED


@pytest.mark.parametrize(("text", "date"), [
    # the quarter it names, or the latest one reported by the article's date
    ("Zeta's cloud revenue was $2.3 billion in the fourth quarter.", dt.date(2025, 5, 7)),
    ("Cloud revenue was $2.3 billion in the quarter, Zeta said.", dt.date(2025, 2, 5)),
    ("Zeta's first-quarter revenue was $7.4 billion.", dt.date(2025, 5, 7)),
    ("Zeta's revenue was $7.44 billion in the quarter.", dt.date(2025, 5, 7)),
    # the quarter a change starts from is not the figure's
    ("Zeta's revenue rose to $7.44 billion, up from the fourth quarter.", dt.date(2025, 5, 7)),
])
def test_the_quarter_named_or_just_reported_is_still_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, date: dt.date) -> None:
    assert statuses_in(literal_store(STORE), text, date)[-1] is Status.SUPPORTED


DIVIDEND = STORE + f"""
  - id: zeta-dividend
    kind: quantity
    subject: zeta
    measure: quarterly cash dividend per share
    cues: [quarterly cash dividend, quarterly dividend, dividend]
    value: "$0.05"
    tolerance: 0.01
    as_of: 2024-12-02
    published: 2024-12-02
    statement: Since December 2024 Zeta has paid a quarterly cash dividend of $0.05 a share.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Zeta will pay a quarterly dividend of $0.05 a share.", Status.SUPPORTED),
    ("Zeta said it would keep its quarterly cash dividend at 5 cents a share.",
     Status.SUPPORTED),
    # another rate is not refuted by a record this old: it may have been raised since
    ("Zeta will pay a quarterly dividend of $0.08 a share.", Status.UNVERIFIED),
])
def test_a_dividend_paid_each_quarter_is_no_figure_of_one_quarter(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    """Issue 8: 'quarterly' is how often the dividend is paid; after a later quarter's
    report the standing rate was read as an old quarter's figure and confirmed nothing."""
    assert statuses_in(literal_store(DIVIDEND), text, dt.date(2025, 5, 7))[-1] is status


YEAR = STORE + f"""
  - id: zeta-net-income-2024
    kind: quantity
    subject: zeta
    measure: net income
    cues: [full-year net income, annual net income, net income for the year]
    value: "$6.2 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    period: 2024
    published: 2025-02-04
    statement: Zeta's net income for 2024 was $6.2 billion.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # a year's figure is no quarter's, however close the numbers come
    ("Zeta's net income for the fourth quarter of 2024 was $6.2 billion.", Status.UNVERIFIED),
    ("Zeta's fourth-quarter net income was $6.21 billion.", Status.UNVERIFIED),
    ("Zeta's Q4 net income came to $6.2 billion.", Status.UNVERIFIED),
    # ... nor a "quarterly" figure's, nor the quarter's told as "the quarter" (a change's
    # base quarter is no period of the figure's own)
    ("Zeta reported quarterly net income of $6.2 billion.", Status.UNVERIFIED),
    ("Zeta's net income for the quarter was $6.2 billion.", Status.UNVERIFIED),
    ("Zeta earned $6.2 billion in the latest quarter.", Status.UNVERIFIED),
    ("Zeta's net income for 2024 was $6.2 billion, up from the previous quarter.",
     Status.SUPPORTED),
    # the year's, named as such or by its year alone
    ("Zeta's net income for 2024 was $6.2 billion.", Status.SUPPORTED),
    ("Zeta's full-year net income, reported with its fourth-quarter results, was $6.2 billion.",
     Status.SUPPORTED),
    # a quarter the change is measured from is not the figure's own
    ("Zeta's net income for 2024 was $6.2 billion, up from the fourth quarter of 2023.",
     Status.SUPPORTED),
])
def test_a_years_figure_is_no_figure_of_one_quarter(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    """A quarter's claim that matched a whole year's value (Meta's fourth quarter tripled came
    within 1% of its year) was supported by the year's fact."""
    assert statuses_in(literal_store(YEAR), text, dt.date(2025, 3, 1))[-1] is status


HALF = STORE + f"""
  - id: zeta-capex-h1-fy2026
    kind: quantity
    subject: zeta
    measure: capital expenditure in the first half of fiscal 2026
    cues: [capital expenditure, capex, first half]
    value: "$72.4 billion"
    tolerance: 0.01
    as_of: 2025-12-31
    published: 2026-01-28
    statement: Zeta spent $72.4 billion on capital expenditure in the first half of fiscal 2026.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # a half year's figure is no whole year's, however close the numbers come
    ("Zeta spent $72.4 billion on capital expenditure in 2025.", Status.UNVERIFIED),
    ("Zeta expects capex to reach $72 billion for the full year.", Status.UNVERIFIED),
    # the half, named as such
    ("Zeta spent $72.4 billion on capex in the first half of its fiscal year.",
     Status.SUPPORTED),
    ("Zeta's capital expenditure was $72.4 billion in the first half of fiscal 2026.",
     Status.SUPPORTED),
])
def test_a_half_years_figure_is_no_figure_of_a_whole_year(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    """Real news: "expects its capex to reach $72 billion in 2025" was supported by a
    record of the first half of a fiscal year ($72.4 billion), a figure of six months."""
    assert statuses_in(literal_store(HALF), text, dt.date(2026, 2, 2))[-1] is status


@pytest.mark.parametrize(("sentence", "status"), [
    # chipmakers' real news: a wrong fourth-quarter figure ($43.81 billion against $49.03
    # billion) was compared with the third quarter's $44.58 billion, the nearest value, and
    # then set aside as another quarter's: the quarter named is the one it is held to
    ("Apple's iPhone revenue in the fourth quarter of fiscal 2025 was $43.81 billion.",
     Status.IMPRECISE),
    ("Apple's iPhone revenue in the fourth quarter of fiscal 2025 was $40.1 billion.",
     Status.CONTRADICTED),
    ("Apple's iPhone revenue in the fourth quarter of fiscal 2025 was $49.03 billion.",
     Status.SUPPORTED),
    ("Apple's iPhone revenue in the third quarter of fiscal 2025 was $44.58 billion.",
     Status.SUPPORTED),
    ("Apple's revenue in its fiscal fourth quarter of 2025 was $102.5 billion.",
     Status.SUPPORTED),
])
def test_a_figure_of_a_quarter_named_is_held_to_that_quarter_s_value(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]


def test_the_fourth_fiscal_quarter_of_a_year_is_that_fiscal_year_s_fourth_quarter(
        bundled_store: Any) -> None:
    """Real news: "... for the fourth fiscal quarter of 2025 (Q4 FY2025), revealing total
    revenue of $90.15 billion" was compared with the third quarter's $94 billion: the
    quarter is Q4 of fiscal 2025 ($102.5 billion)."""
    report = check(read_text("Apple's revenue for the fourth fiscal quarter of 2025 was $90.15 "
                             "billion.", "a.txt"), bundled_store,
                   article_date=dt.date(2025, 11, 1))
    verdict = report.claims[0].verdict
    assert verdict.status is not Status.SUPPORTED
    assert "$102.5B" in verdict.explanation and "$94B" not in verdict.explanation
