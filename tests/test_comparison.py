"""How a stated figure compares with a recorded one: the slack each approximate word allows."""

from __future__ import annotations

import pytest

from factcheck.language.comparison import compare, describe, finer_than_agrees
from factcheck.language.quantities import find_quantities, parse_value
from factcheck.model import Kind, Quantity


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def recorded(text: str) -> Quantity:
    q = parse_value(text)
    assert q is not None
    return q


@pytest.mark.parametrize("claim, fact, tolerance, outcome", [
    ("over $10 trillion", "$11.6 trillion", 0.01, "consistent"),
    ("over $12 trillion", "$11.6 trillion", 0.01, "near"),
    ("over $20 trillion", "$11.6 trillion", 0.01, "inconsistent"),
    ("$11.6 trillion", "$11.55 trillion", 0.01, "consistent"),
    ("about $10 trillion", "$11.6 trillion", 0.01, "near"),
    ("nearly $12 trillion", "$11.6 trillion", 0.01, "consistent"),
    ("under $5 trillion", "$11.6 trillion", 0.01, "inconsistent"),
    ("approximately 90%", "98%", 0.0, "near"),
    ("2.5 times", "2.5x", 0.05, "consistent"),
    ("3 times", "2.5x", 0.05, "inconsistent"),
    ("$5 billion", "more than $5 billion", 0.05, "consistent"),
    # a figure given to one decimal is the recorded one rounded: $3.34T is "$3.3 trillion"
    ("$3.3 trillion", "$3.34 trillion", 0.01, "consistent"),
    # ... but not another figure to that precision, inside a generous tolerance: $48.39
    # billion rounds to 48.4, never 48.8 (thirteenth real set, a false support)
    ("$48.8 billion", "$48.39 billion", 0.01, "unknown"),
    ("$48.4 billion", "$48.39 billion", 0.01, "consistent"),
    # written as finely as the record: a variance the curated tolerance admits
    ("$118.58", "$118.42", 0.002, "consistent"),
    ("$3.2 trillion", "$3.34 trillion", 0.01, "near"),
    ("$39.5 billion", "$39.3 billion", 0.0, "near"),
    # a whole number's trailing zeros show no rounding: "$13 billion" is not $13.75 billion
    ("$13 billion", "$13.75 billion", 0.01, "near"),
    # "about $14 billion" is a figure rounded to whole billions: the store's $13 billion
    # (give or take 5%) rounds to 13, and 14 lies outside its tolerance. The two intervals
    # touch only at their edges (13.5-13.65): two roundings a step apart, not one figure.
    ("about $14 billion", "$13 billion", 0.05, "near"),
    ("roughly 75 feet", "69.5 feet", 0.01, "near"),
    ("nearly $12 billion", "$10.5 billion", 0.05, "near"),
    # the record rounds to the stated figure, or the figure lies in the record's tolerance
    ("about $13 billion", "$13.4 billion", 0.0, "consistent"),
    ("about $13.5 billion", "$13 billion", 0.05, "consistent"),
    ("almost $12 billion", "$11.6 billion", 0.01, "consistent"),
    ("about 100 million users", "96 million users", 0.0, "consistent"),
])
def test_compare_respects_qualifier_and_tolerance(claim: str, fact: str, tolerance: float,
                                                  outcome: str) -> None:
    assert compare(only(claim), recorded(fact), tolerance).outcome == outcome


def test_a_range_admits_every_value_inside_it() -> None:
    estimates = Quantity(Kind.PERCENT, 80, high=98)
    assert compare(only("approximately 90%"), estimates, 0).outcome == "consistent"
    assert compare(only("approximately 50%"), estimates, 0).outcome == "inconsistent"


def test_a_stated_range_is_not_confirmed_by_one_recorded_value_inside_it() -> None:
    # "a gross margin of 59-61%" is an outlook or an estimate: a quarter's recorded 59.5%
    # does not confirm it; a value far outside it, or a range the store records, is still
    # compared
    assert compare(only("59-61%"), recorded("59.5%"), 0.005).outcome == "unknown"
    assert compare(only("59-61%"), recorded("75%"), 0.005).outcome == "inconsistent"
    assert compare(only("59-61%"), Quantity(Kind.PERCENT, 59, high=61), 0).outcome == \
        "consistent"


@pytest.mark.parametrize("claim, outcome", [
    ("$64 billion to $72 billion", "consistent"),
    ("between $64 billion and $72 billion", "consistent"),
    # January's outlook against April's: overlapping, but another range
    ("$60 billion to $65 billion", "unknown"),
    ("$66 billion to $70 billion", "unknown"),
    ("$80 billion to $90 billion", "inconsistent"),
])
def test_a_range_agrees_with_a_recorded_range_only_end_for_end(claim: str,
                                                                  outcome: str) -> None:
    outlook = Quantity(Kind.MONEY, 64e9, unit="USD", high=72e9)
    assert compare(only(claim), outlook, 0.0).outcome == outcome


def test_describe_is_short_and_readable() -> None:
    assert describe(only("over $10 trillion")) == "over $10T"
    assert describe(only("2.5 times")) == "2.5x"
    assert describe(only("approximately 90%")) == "about 90%"


def test_two_maxima_are_compared_as_values() -> None:
    assert compare(only("up to 75 times"), recorded("up to 25x"), 0.05).outcome == \
        "inconsistent"
    assert compare(only("up to 25 times"), recorded("up to 25x"), 0.05).outcome == "consistent"
    assert compare(only("up to 75 times"), recorded("25x"), 0.05).outcome == "loose"


@pytest.mark.parametrize("claim, outcome", [
    ("over $10 trillion", "consistent"), ("over $3 trillion", "loose"),
    ("more than $1 trillion", "loose"), ("under $12 trillion", "consistent"),
    ("under $50 trillion", "loose"),
])
def test_a_true_but_far_off_bound_is_loose(claim: str, outcome: str) -> None:
    assert compare(only(claim), recorded("$11.6 trillion"), 0.01).outcome == outcome


def test_beyond_a_recorded_bound_is_unknown() -> None:
    assert compare(only("over $9 billion"), recorded("more than $5 billion"), 0.05).outcome \
        == "unknown"
    assert compare(only("$2 billion"), recorded("more than $5 billion"), 0.05).outcome \
        == "inconsistent"




@pytest.mark.parametrize("claim, fact, outcome", [
    # "up to 21 petaflops" rates the peak itself: a peak of 20 is not that figure, but it
    # is no contradiction of a bound either ("imprecise")
    ("up to 21 petaflops", "20 petaflops", "near"),
    ("as much as $30 billion", "$25 billion", "loose"),
    ("up to 20 petaflops", "20 petaflops", "consistent"),
    ("up to $20.5 billion", "$20.5 billion", "consistent"),
])
def test_up_to_states_the_maximum_itself(claim: str, fact: str, outcome: str) -> None:
    assert compare(only(claim), recorded(fact), 0.01).outcome == outcome


@pytest.mark.parametrize("claim, fact, outcome", [
    # two forecasts that overlap are two forecasts: "$60 billion to $65 billion" is not the
    # recorded $64-72 billion
    ("$60 billion to $65 billion", "$64 billion to $72 billion", "unknown"),
    ("$64 billion to $72 billion", "$64 billion to $72 billion", "consistent"),
    # ranges apart still disagree
    ("$40 billion to $45 billion", "$64 billion to $72 billion", "inconsistent"),
    # a single figure inside a recorded range is still within it
    ("$70 billion", "$64 billion to $72 billion", "consistent"),
])
def test_a_range_agrees_only_with_the_same_range(claim: str, fact: str, outcome: str) -> None:
    """issue 8 (shadow11): Meta's January capex outlook ($60-65 billion) was supported by
    April's ($64-72 billion): the overlap of two ranges read as agreement."""
    assert compare(only(claim), recorded(fact), 0.01).outcome == outcome


@pytest.mark.parametrize(("claim", "fact", "finer"), [
    ("$48.8 billion", "$48.39 billion", True),   # a tenth: $48.4 billion
    ("$48.4 billion", "$48.39 billion", False),
    ("$3.86 billion", "$3.9 billion", False),    # finer than the record: may be right
    ("$593 billion", "$589 billion", False),     # no decimals: no rounding told
    ("7.7%", "7.68%", False),
    ("7.6%", "7.68%", True),
])
def test_a_figure_may_say_digits_its_record_does_not_round_to(
        claim: str, fact: str, finer: bool) -> None:
    mine, theirs = parse_value(claim), parse_value(fact)
    assert mine is not None and theirs is not None
    assert finer_than_agrees(mine, theirs) is finer
