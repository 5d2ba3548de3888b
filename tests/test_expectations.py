"""Figures set against a result as the market's expectation: neither checked nor needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.expectations import expected_by_market, told_as_forecast
from factcheck.language.quantities import find_quantities
from factcheck.model import Status


def marked(text: str) -> list[str]:
    return [q.text for q in find_quantities(text) if expected_by_market(text, q)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales came in at $4.1 billion, topping the $3.9 billion consensus.", ["$3.9 billion"]),
    ("Earnings were $1.12 a share, beating analysts' average estimate of $1.05.", ["$1.05"]),
    ("Profit per share was $1.12, ahead of expectations of around $1.05.", ["around $1.05"]),
    ("Sales of $4.1 billion compared with the $3.9 billion analysts had expected.",
     ["$3.9 billion"]),
    ("Sales rose 12%, well above the anticipated 9% increase.", ["9%"]),
    # the passive: the market named after the expecting word
    ("Sales of $4.1 billion compared with the $3.9 billion expected by analysts.",
     ["$3.9 billion"]),
    ("Sales came in at $4.1 billion versus the $3.9 billion forecast by Wall Street.",
     ["$3.9 billion"]),
    ("Sales of $4.1 billion beat the quarter's consensus estimate for sales of $3.9 billion.",
     ["$3.9 billion"]),
    # the company's own forecast is a record to check, and so is a year-earlier result
    ("Sales of $4.1 billion were above its own forecast of $3.9 billion.", []),
    ("Sales of $4.1 billion were above the company's outlook of $3.9 billion.", []),
    ("Sales of $4.1 billion compared with $3.2 billion a year earlier.", []),
    # a results list's bracket (thirteenth set: "Net income: $2.15 per share (est. $2.13
    # per share)")
    ("* Revenue: $4.1 billion (est. $3.9 billion)", ["$3.9 billion"]),
    ("* Earnings: $1.12 a share (consensus: $1.05)", ["$1.05"]),
    ("* Revenue: $4.1 billion (estimate $3.9 billion)", ["$3.9 billion"]),
    # a bracket that is no estimate stays a figure
    ("* Revenue: $4.1 billion (up 12%)", []),
    # a results list's "vs." with the expecting word after the figure and its unit
    ("* Earnings per share: $1.12 adjusted vs. $1.05 per share expected", ["$1.05"]),
    ("* Revenue: $4.1 billion vs. $3.9 billion expected", ["$3.9 billion"]),
    ("Sales of $4.1 billion vs. $3.2 billion a year earlier.", []),
    # an analyst's note: "the Street" or "consensus" right after the figure
    ("Revenue $4.1B vs. $3.9B Street (+5%, +12% Y/Y)", ["$3.9B", "5%"]),
    ("EPS $1.12 vs. $1.05 consensus", ["$1.05"]),
])
def test_the_market_s_expectation_is_found(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: velto, name: Velto, kind: organization}}
facts:
  - id: velto-eps-q2
    kind: quantity
    subject: velto
    measure: quarterly earnings per share
    cues: [earnings per share, EPS]
    value: "$2.31"
    tolerance: 0.005
    as_of: 2025-06-30
    statement: Velto's earnings per share were $2.31 in the second quarter of 2025.
    {SOURCE}
"""


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str, dt.date], list[Status]]
             ) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text, dt.date(2025, 7, 24))


def test_a_result_set_against_the_consensus_is_checked_without_it(
        statuses: Callable[[str], list[Status]]) -> None:
    """Eleventh real set: "EPS of $2.31, again exceeding expectations around $2.18 per
    share" was left unsupported for the $2.18, and a consensus figure of the quarter was
    called imprecise against the result it is set against."""
    assert statuses("Velto's second-quarter earnings per share of $2.31 were ahead of "
                    "analysts' expectations of about $2.18.") == [Status.SUPPORTED]
    assert Status.IMPRECISE not in statuses(
        "In the second quarter, Velto's earnings per share topped the $2.18 consensus.")
    # a result that differs is still wrong
    assert statuses("Velto's second-quarter earnings per share of $2.05 were ahead of "
                    "analysts' expectations of about $1.98.") == [Status.CONTRADICTED]


@pytest.mark.parametrize(("text", "expected"), [
    # the market as the one expecting, before the figure in its clause
    ("Analysts surveyed by a data firm had expected second-quarter sales of $3.9 billion.",
     ["$3.9 billion"]),
    ("Wall Street expected Velto to post sales of $3.9 billion for the quarter.",
     ["$3.9 billion"]),
    ("The average analyst estimate was $1.05 a share.", ["$1.05"]),
    # a result set against estimates with no figure of theirs stays the company's own
    ("Velto beat analysts' estimates with sales of $4.1 billion.", []),
    ("Velto reported sales of $4.1 billion, and analysts had expected less.", []),
])
def test_the_market_named_as_expecting_is_found(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


def forecasts(text: str) -> list[str]:
    return [q.text for q in find_quantities(text) if told_as_forecast(text, q)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The company said it expects sales of about $4.5 billion in the third quarter.",
     ["about $4.5 billion"]),
    ("Velto had guided to sales of $3.9 billion for the quarter.", ["$3.9 billion"]),
    ("Velto reported sales of $4.1 billion, beating its own forecast of $3.9 billion.",
     ["$3.9 billion"]),
    ("For the third quarter, Velto sees sales of $4.5 billion.", ["$4.5 billion"]),
    ("Velto gave a $4.5 billion outlook for the third quarter.", ["$4.5 billion"]),
    # a range moved is a guided one: "narrowed its capex range to", "lifted its range"
    ("Velto narrowed its 2025 capex range to $7–$8 billion.", ["$7–$8 billion"]),
    # a result: no forecast word in the figure's clause, or only a yardstick without figure
    ("Velto's second-quarter sales were $4.1 billion.", []),
    ("Sales rose more than expected to $4.1 billion.", []),
    ("Velto forecast strong demand, after second-quarter sales rose to $4.1 billion.", []),
])
def test_a_figure_told_as_a_forecast_is_found(text: str, expected: list[str]) -> None:
    assert forecasts(text) == expected


RESULTS = STORE + f"""
  - id: velto-sales-q2
    kind: quantity
    subject: velto
    measure: quarterly revenue
    cues: [revenue, sales]
    value: "$4.1 billion"
    tolerance: 0.01
    as_of: 2025-06-30
    statement: Velto's revenue for the second quarter of 2025 was $4.1 billion.
    {SOURCE}
  - id: velto-outlook-q2
    kind: quantity
    subject: velto
    measure: revenue outlook for the second quarter of 2025
    cues: [revenue, sales, outlook, forecast]
    value: "$3.5 billion"
    tolerance: 0.01
    as_of: 2025-04-24
    statement: In April 2025 Velto forecast revenue of $3.5 billion for the second quarter.
    {SOURCE}
"""


def test_results_and_forecasts_are_held_apart(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str, dt.date], list[Status]]) -> None:
    """A result told is not confirmed by the company's forecast of the same figure, a
    forecast told not by the result, and an analysts' estimate by neither."""
    store = literal_store(RESULTS)

    def check(text: str) -> list[Status]:
        return statuses_in(store, text, dt.date(2025, 7, 24))

    # the forecast's figure told as the quarter's result: the forecast confirms nothing
    assert Status.SUPPORTED not in check("Velto's second-quarter revenue was $3.5 billion.")
    assert check("Velto's quarterly revenue was $3.5 billion.") == [Status.CONTRADICTED]
    assert check("Velto had guided to second-quarter revenue of $3.5 billion.") == [
        Status.SUPPORTED]
    # the result's figure told as what was forecast: the result confirms no forecast
    assert check("Velto had forecast second-quarter revenue of $4.1 billion.") == [
        Status.UNVERIFIED]
    assert check("Velto expects revenue of $4.1 billion.") == [Status.UNVERIFIED]
    assert check("Analysts had expected second-quarter revenue of $3.5 billion from "
                 "Velto.") == [Status.UNVERIFIED]
