"""How a claim is put: the expectations a result is set against are no forecast it makes."""

from __future__ import annotations

import pytest

from factcheck.language.markers import NEGATION, WEAK_OPINION, without_benchmarks


@pytest.mark.parametrize("text, left", [
    ("Revenue climbed 26% to $51 billion, ahead of analysts' forecasts",
     "Revenue climbed 26% to $51 billion,"),
    ("Sales rose more than analysts had expected", "Sales rose more"),
    ("Its profit topped Wall Street's estimates for the quarter",
     "Its profit for the quarter"),
    ("Cloud revenue came in below expectations", "Cloud revenue came in"),
    # the market's figure named after "versus the expected": a yardstick, no forecast told
    ("It reported $1.47 a share versus the expected $1.48", "It reported $1.47 a share $1.48"),
])
def test_an_expectation_a_result_is_set_against_is_blanked(text: str, left: str) -> None:
    blanked = without_benchmarks(text)
    assert len(blanked) == len(text)  # spans stay where they were
    assert " ".join(blanked.split()) == left


@pytest.mark.parametrize("text", [
    # the expectation's own figure is told: that is a forecast the claim reports
    "Revenue beat forecasts of $49.5 billion",
    "It expects revenue of $40 billion next quarter",
    "Analysts forecast sales of about $43 billion",
])
def test_a_forecast_told_with_its_figure_stays(text: str) -> None:
    assert without_benchmarks(text) == text


@pytest.mark.parametrize("text, denied", [
    # "has yet to" tells that something has not happened so far
    ("The venture has yet to invest in any site beyond its first", True),
    ("The regulators are yet to approve the deal", True),
    # a "yet" of another kind denies nothing
    ("It is the biggest deal yet", False),
    ("Yet the company kept spending", False),
])
def test_yet_to_tells_what_has_not_happened(text: str, denied: bool) -> None:
    assert (NEGATION.search(text) is not None) is denied


@pytest.mark.parametrize(("text", "weak"), [
    # a goal told with its figure is a stated one, as a plan is: a record can settle it
    ("Acme and Globex aim to raise $12 billion for new plants", False),
    ("The venture aims to mobilise up to $40 billion including debt", False),
    ("Acme aims to double its output by 2027", False),
    # a goal with no figure stays an aspiration
    ("Acme aims to lead the widget market", True),
])
def test_an_aim_with_a_figure_is_no_opinion_marker(text: str, weak: bool) -> None:
    found = WEAK_OPINION.search(text)
    assert (found is not None and found.group(0).startswith("aim")) is weak, found
