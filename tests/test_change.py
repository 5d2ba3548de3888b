"""Changes between two values of one series are checked by computing them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def verdict(store: Any, sentence: str) -> Any:
    report = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 3, 1))
    return report.claims[0].verdict


@pytest.mark.parametrize("sentence, status", [
    # $2.0T (2021) -> $2.4T (2024) is 20% more, a factor of 1.2
    ("Acme's assets under management rose 20% to $2.4 trillion from $2.0 trillion.",
     Status.SUPPORTED),
    ("Acme's assets under management rose 45% to $2.4 trillion from $2.0 trillion.",
     Status.CONTRADICTED),
    ("Acme's assets under management grew to $2.4 trillion from $2.0 trillion.",
     Status.SUPPORTED),
    # the earlier figure wrong: neither the current value nor an earlier one
    ("Acme's assets under management grew to $2.4 trillion from $1.1 trillion.",
     Status.UNVERIFIED),
])
def test_a_change_is_computed_from_the_two_stored_values(acme_store: Any, sentence: str,
                                                         status: Status) -> None:
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


@pytest.mark.parametrize("sentence, status", [
    # only the new value given: the change is computed from the series' value before it
    ("Acme's assets under management rose 20% to $2.4 trillion.", Status.SUPPORTED),
    # ... and can confirm, never refute: the claim's base may be another than the store's
    ("Acme's assets under management rose 45% to $2.4 trillion.", Status.UNVERIFIED),
    # no level given: the change is computed from the series' last two values, $2.0T -> $2.4T
    ("Acme's assets under management rose 20% in 2024.", Status.SUPPORTED),
    ("Acme's assets under management grew by a fifth.", Status.SUPPORTED),
    ("Acme's assets under management rose 45% in 2024.", Status.UNVERIFIED),
    # a share of a level is no change of it
    ("Acme's assets under management were 20% of the market in 2024.", Status.UNVERIFIED),
])
def test_a_change_to_a_stated_or_the_latest_value_is_computed_from_the_value_before_it(
        acme_store: Any, sentence: str, status: Status) -> None:
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


def test_a_rate_and_the_level_it_reached_are_judged_one_at_a_time(
        bundled_statuses: Any) -> None:
    # the store's statement gives "up 69%"; the quarter's level is $3.9 billion, not $4.9
    assert bundled_statuses("AMD's data center revenue in the fourth quarter climbed 69% to "
                            "$4.9 billion, the company said.") == [Status.SUPPORTED,
                                                                   Status.CONTRADICTED]
    # a true level is supported beside a rate the store does not give
    assert bundled_statuses("AMD's data center revenue in the fourth quarter climbed 71% to "
                            "$3.9 billion, the company said.") == [Status.UNVERIFIED,
                                                                   Status.SUPPORTED]


def test_a_multiple_in_a_verb_is_a_change(bundled_statuses: Any) -> None:
    # fiscal 2024 $60.9 billion -> fiscal 2025 $130.5 billion
    assert bundled_statuses("Nvidia's revenue more than doubled in fiscal 2025.") == [
        Status.SUPPORTED]


@pytest.mark.parametrize("sentence, status", [
    # $2.0T (2021) -> $2.4T (2024): "by $400 billion" is the change, not the level
    ("Acme's assets under management rose by $400 billion over three years.",
     Status.SUPPORTED),
    # ... but that the level reached is a record, no fact says
    ("Acme's assets under management rose by $400 billion to a record.", Status.UNVERIFIED),
    ("Acme lifted its assets under management by about $400 billion.", Status.SUPPORTED),
    # a change the store's two values do not give may be from another base: never wrong
    ("Acme's assets under management rose by $900 billion to a record.", Status.UNVERIFIED),
    # "by" before a date is no change
    ("Acme's assets under management reached $2.4 trillion by 2024.", Status.SUPPORTED),
])
def test_a_figure_after_by_is_the_size_of_a_change_not_a_level(
        acme_store: Any, sentence: str, status: Status) -> None:
    """A report's "raises 2025 capital spending forecast by $10 billion" was contradicted by
    the forecast's level ($75 billion) instead of checked as the step from $75B to $85B."""
    found = verdict(acme_store, sentence)
    assert found.status is status, found.explanation


def test_a_raised_forecast_is_the_step_between_the_last_two_forecasts(
        bundled_statuses: Any) -> None:
    # Alphabet's 2025 capital spending outlook: $75B (February) -> $85B (July)
    assert bundled_statuses("Alphabet raised its 2025 capital spending forecast by $10 "
                            "billion.", dt.date(2025, 7, 24)) == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence", [
    "Acme posted a 20% jump in assets under management.",
    "Acme's assets under management saw an uptick of 20 per cent.",
    "Assets under management at Acme logged 20% growth in 2024.",
])
def test_a_change_noun_after_the_rate_or_before_it_makes_it_a_change(
        acme_store: Any, sentence: str) -> None:
    """A report's headline "Nvidia posts 78% jump in quarterly revenue" read the rate as a
    level of revenue; "an uptick of 12 per cent" was no change word."""
    found = verdict(acme_store, sentence)
    assert found.status is Status.SUPPORTED, found.explanation


@pytest.mark.parametrize("sentence", [
    # a headline's present tense: "Profit Jumps 57%"
    "Nvidia's fourth-quarter revenue rises 78%",
    "Nvidia Fourth-Quarter Revenue Climbs 78% on Data Centre Demand",
    # the measure between the rate and its change noun: "a 57% profit jump"
    "Nvidia posts 78% revenue jump in fourth quarter",
    "Nvidia reported a 78% fourth-quarter revenue increase.",
])
def test_a_headline_s_present_tense_or_a_compound_change_noun_makes_a_change(
        bundled_statuses: Any, sentence: str) -> None:
    """Headlines tell a result in the present ("TSMC Profit Jumps 57%") or as a noun
    compound ("posts 57% profit jump"): both read the rate as a level, nothing settled."""
    assert Status.SUPPORTED in bundled_statuses(sentence), sentence


@pytest.mark.parametrize("sentence, status", [
    # NVIDIA's quarterly revenue: $22.1B (Q4 FY2024) -> $35.1B (Q3 FY2025) -> $39.3B (Q4 FY2025)
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 95% from a year earlier.",
     Status.CONTRADICTED),
    ("Nvidia's revenue for the fourth quarter rose 95% from a year ago to $39.3 billion.",
     Status.CONTRADICTED),
    ("Nvidia said fourth-quarter revenue climbed 25% sequentially to $39.3 billion.",
     Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue of $39.3 billion was 30% higher than in the previous "
     "quarter.", Status.CONTRADICTED),
    # a multiple in its verb: $22.1B -> $39.3B is 1.78 times
    ("Nvidia's revenue more than doubled from a year earlier to $39.3 billion in the fourth "
     "quarter.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue of $39.3 billion nearly doubled from a year earlier.",
     Status.SUPPORTED),
    # another series of the same company: net income $12.3B -> $22.1B is 80%
    ("Nvidia's fourth-quarter net income was $22.1 billion, up 40% from a year earlier.",
     Status.CONTRADICTED),
    # close but off: imprecise, not wrong
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 81% from a year earlier.",
     Status.IMPRECISE),
    # true paraphrases: the base each names gives the rate, rounding-aware
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 78% from a year earlier.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue rose 78% year over year to $39.3 billion.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue rose 77.8% from the same quarter last year to "
     "$39.3 billion.", Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue climbed 12% sequentially to $39.3 billion.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 12% from the previous quarter "
     "and 78% from a year earlier.", Status.SUPPORTED),
    # another base than the store holds: left alone (the level alone is checked)
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 95% from two years earlier.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 95% since the pandemic.",
     Status.SUPPORTED),
    # the base of the first rate is not the second's
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 78% from a year earlier and up "
     "265% from two years earlier.", Status.SUPPORTED),
])
def test_a_change_from_a_named_base_is_computed_from_the_value_at_that_base(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    found = bundled_statuses(sentence)
    flags = {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}
    assert status in found and (status in flags or not set(found) & flags), found


@pytest.mark.parametrize("sentence", [
    # another segment's change beside the level
    "Nvidia's fourth-quarter revenue was $39.3 billion, while gaming sales fell 11% from a "
    "year earlier.",
    # a forecast of a change, or a change denied
    "Nvidia's fourth-quarter revenue was $39.3 billion and it expects growth of 95% from a "
    "year earlier in the next quarter.",
    "Nvidia's fourth-quarter revenue of $39.3 billion was not up 95% from a year earlier.",
    # another series' change told in a phrase of its own after the level
    "Nvidia's fourth-quarter revenue was $39.3 billion, as data center revenue rose 93% from "
    "a year earlier.",
    # a share of the level, not a change of it
    "Nvidia's fourth-quarter revenue was $39.3 billion, 95% of it from a year-old product line.",
    # a bound on the level reached, and when: no figure the change started from
    "Nvidia's fourth-quarter revenue rose 95% to over $39 billion in the last quarter.",
])
def test_a_change_from_a_named_base_is_never_held_to_another_series(
        bundled_statuses: Any, sentence: str) -> None:
    found = bundled_statuses(sentence)
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


@pytest.mark.parametrize("sentence, date, status", [
    # data center revenue by quarter: $18.4B (Q4 FY2024), $30.8B (Q3 FY2025), $35.6B (Q4 FY2025)
    ("Nvidia's fourth-quarter data center revenue jumped 93% from the same quarter a year "
     "earlier.", dt.date(2025, 3, 1), Status.SUPPORTED),
    ("Nvidia's fourth-quarter data center revenue jumped 73% from the same quarter a year "
     "earlier.", dt.date(2025, 3, 1), Status.CONTRADICTED),
    ("Nvidia's data center revenue in the fourth quarter rose 16% from the previous quarter.",
     dt.date(2025, 3, 1), Status.SUPPORTED),
    ("Nvidia's data center revenue in the fourth quarter rose 36% from the previous quarter.",
     dt.date(2025, 3, 1), Status.CONTRADICTED),
    # the quarter the claim names is the one computed: Q3 FY2025 against Q3 FY2024 ($14.51B)
    ("Nvidia's data center revenue in the third quarter rose 112% from a year earlier.",
     dt.date(2025, 3, 1), Status.SUPPORTED),
    # a segment whose two quarters the store holds: Q3 FY2025 $3.3B, Q4 $2.5B
    ("Nvidia's fourth-quarter gaming revenue fell 22% from the previous quarter.",
     dt.date(2025, 3, 1), Status.SUPPORTED),
    ("Nvidia's fourth-quarter gaming revenue fell 36% from the previous quarter.",
     dt.date(2025, 3, 1), Status.CONTRADICTED),
])
def test_a_change_alone_from_a_named_base_is_computed_for_the_period_it_tells_of(
        bundled_statuses: Any, sentence: str, date: dt.date, status: Status) -> None:
    assert bundled_statuses(sentence, date) == [status]


@pytest.mark.parametrize("sentence, date", [
    # the store's latest quarter is older than the article's: the change may be a newer one
    ("Nvidia's fourth-quarter data center revenue jumped 73% from the same quarter a year "
     "earlier.", dt.date(2026, 6, 1)),
    # no quarter named: the change may be told of an earlier quarter, as background
    ("Nvidia's data center revenue rose 36% from the previous quarter.", dt.date(2025, 3, 1)),
    # no quarter said: the change may be the year's
    ("Nvidia's data center revenue jumped 73% from a year earlier.", dt.date(2025, 3, 1)),
    # another year named, a forecast, another segment's change
    ("Nvidia's data center revenue in 2023 jumped 73% from the same quarter a year earlier.",
     dt.date(2025, 3, 1)),
    ("Analysts expect Nvidia's fourth-quarter data center revenue to rise 36% from the "
     "previous quarter.", dt.date(2025, 3, 1)),
    ("Nvidia's fourth-quarter automotive revenue fell 36% from the previous quarter.",
     dt.date(2025, 3, 1)),
])
def test_a_change_alone_is_left_alone_when_its_value_is_not_known_to_be_the_store_s(
        bundled_statuses: Any, sentence: str, date: dt.date) -> None:
    found = bundled_statuses(sentence, date)
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


def test_a_change_alone_in_an_undated_article_is_never_refuted(bundled_store: Any) -> None:
    report = check(read_text("Nvidia's fourth-quarter data center revenue rose 36% from the "
                             "previous quarter.", "a.txt"), bundled_store, article_date=None)
    assert [c.verdict.status for c in report.claims] == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence, status", [
    # a difference of two stored values: $22.1B -> $39.3B is $17.2B, $35.1B -> $39.3B $4.2B
    ("Nvidia's fourth-quarter revenue rose $17.2 billion from a year earlier to $39.3 billion.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue rose $12 billion from a year earlier to $39.3 billion.",
     Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue grew $4.2 billion sequentially.", Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue grew $9 billion sequentially.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue fell $4.2 billion from the previous quarter.",
     Status.CONTRADICTED),
    # from a base left unsaid, the difference can confirm, never refute
    ("Nvidia's fourth-quarter revenue grew $4.2 billion to $39.3 billion.", Status.SUPPORTED),
])
def test_an_amount_of_change_is_the_difference_of_two_stored_values(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 3, 1)) == [status]


@pytest.mark.parametrize("sentence", [
    # an amount of change is never held to the level it changed
    "Nvidia's fourth-quarter revenue grew $9 billion.",
    "Nvidia's fourth-quarter revenue grew $9 billion to $39.3 billion.",
    # nor is a level reached ("rose to") read as a change
    "Nvidia's fourth-quarter revenue rose to $39.3 billion from a year earlier.",
    # nor a part of a change told ("$700 million of that decline", thirteenth set)
    "Nvidia said data-center revenue would drop this quarter, with $9 billion of that "
    "decline blamed on export rules.",
    "Nvidia's data-center revenue rose, and $9 billion of the increase came from Blackwell.",
])
def test_an_amount_of_change_is_never_held_to_a_level(bundled_statuses: Any,
                                                      sentence: str) -> None:
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


@pytest.mark.parametrize("sentence, status", [
    # AMD's quarterly revenue: $7.66B (Q4 2024) -> $7.44B (Q1 2025), 2.9% less
    ("AMD's first-quarter revenue was $7.44 billion, down 3% from the previous quarter.",
     Status.SUPPORTED),
    ("AMD's first-quarter revenue fell 3% sequentially to $7.44 billion.", Status.SUPPORTED),
    ("AMD's first-quarter revenue of $7.44 billion was 3% lower than in the previous quarter.",
     Status.SUPPORTED),
    ("AMD's first-quarter revenue fell $220 million sequentially to $7.44 billion.",
     Status.SUPPORTED),
    ("AMD's first-quarter revenue was $7.44 billion, up 3% from the previous quarter.",
     Status.CONTRADICTED),
    ("AMD's first-quarter revenue was $7.44 billion, down 10% from the previous quarter.",
     Status.CONTRADICTED),
    # the two values given: a fall is computed as a fall
    ("AMD's first-quarter revenue fell 3% to $7.44 billion from $7.66 billion.",
     Status.SUPPORTED),
])
def test_a_fall_is_computed_as_a_fall(bundled_statuses: Any, sentence: str,
                                      status: Status) -> None:
    found = bundled_statuses(sentence, dt.date(2025, 5, 10))
    # a wrong change after a right level is flagged on its own part ("revenue was up 3%"),
    # the level's part then reported supported beside it
    assert found[-1] is status and set(found[:-1]) <= {Status.SUPPORTED}


SERIES = """
entities:
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
facts:
  - {id: zeta-value-a, kind: quantity, subject: zeta, measure: market value, value: "$10 billion",
     as_of: 2024-02-10, statement: Zeta Labs was worth $10 billion on 10 February 2024., SRC}
  - {id: zeta-value-b, kind: quantity, subject: zeta, measure: market value, value: "$30 billion",
     as_of: 2025-01-20, statement: Zeta Labs was worth $30 billion on 20 January 2025., SRC}
  - {id: zeta-users-a, kind: quantity, subject: zeta, measure: users, value: "10 million users",
     as_of: 2024-01-20, statement: Zeta Labs had 10 million users on 20 January 2024., SRC}
  - {id: zeta-users-b, kind: quantity, subject: zeta, measure: users, value: "30 million users",
     as_of: 2025-01-20, statement: Zeta Labs had 30 million users on 20 January 2025., SRC}
""".replace("SRC", "sources: [{url: 'https://example.com/z', title: Z, publisher: P, "
                   "reliability: news}]")


@pytest.mark.parametrize("sentence, flagged", [
    # a value of the very day a year before: 10 million -> 30 million users is 200% more
    ("Zeta Labs had 30 million users, up 50% from a year earlier.", True),
    ("Zeta Labs had 30 million users, up 200% from a year earlier.", False),
    # a market value of another day than a year before (11 months): no base to compute from
    ("Zeta Labs was worth $30 billion, up 50% from a year earlier.", False),
])
def test_a_value_of_a_day_is_computed_only_from_the_very_day_of_its_base(
        literal_store: Any, statuses_in: Any, sentence: str, flagged: bool) -> None:
    found = statuses_in(literal_store(SERIES), sentence, dt.date(2025, 2, 1))
    assert (Status.CONTRADICTED in found) is flagged, found


@pytest.mark.parametrize("sentence, status", [
    # the quarter just before the one the claim tells of: $35.1B -> $39.3B is 12%
    ("Nvidia's fourth-quarter revenue rose 12% from the third quarter to $39.3 billion.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue rose 25% from the third quarter to $39.3 billion.",
     Status.CONTRADICTED),
])
def test_a_change_from_the_quarter_before_is_computed(bundled_statuses: Any, sentence: str,
                                                       status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 3, 1)) == [status]


@pytest.mark.parametrize("sentence", [
    # another quarter than the one before, or a quarter of a year named: no base to compute
    "Nvidia's fourth-quarter revenue was $39.3 billion, up 25% from the second quarter.",
    # ... and that quarter's year is the base's, not the claim's period: the level is the
    # fourth quarter's (it was contradicted against the third quarter of 2023)
    "Nvidia's fourth-quarter revenue was $39.3 billion, up 25% from the third quarter of 2023.",
])
def test_a_quarter_named_as_a_base_is_not_the_claim_s_period(bundled_statuses: Any,
                                                               sentence: str) -> None:
    found = bundled_statuses(sentence, dt.date(2025, 5, 10))
    assert Status.SUPPORTED in found and not set(found) & {
        Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


@pytest.mark.parametrize("sentence, date, status", [
    ("Nvidia's fourth-quarter revenue of $39.3 billion was 78% higher than a year earlier.",
     dt.date(2025, 3, 1), Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue of $39.3 billion was 95% higher than a year earlier.",
     dt.date(2025, 3, 1), Status.CONTRADICTED),
    ("Nvidia's fourth-quarter data center revenue was a record $35.6 billion, up 93% on the "
     "year.", dt.date(2025, 3, 1), Status.SUPPORTED),
    ("Nvidia's fourth-quarter data center revenue was a record $35.6 billion, up 26% on the "
     "quarter.", dt.date(2025, 3, 1), Status.CONTRADICTED),
    ("AMD's first-quarter revenue of $7.44 billion was 10% lower than in the previous quarter.",
     dt.date(2025, 5, 10), Status.CONTRADICTED),
])
def test_a_comparative_or_on_the_year_names_its_base(bundled_statuses: Any, sentence: str,
                                                      date: dt.date, status: Status) -> None:
    assert bundled_statuses(sentence, date) == [status]


def test_a_change_in_the_previous_quarter_is_when_it_happened_not_its_base(
        bundled_statuses: Any) -> None:
    # the third quarter's own rise (17%) told beside the fourth quarter's level
    found = bundled_statuses("Nvidia's fourth-quarter revenue was $39.3 billion, after rising "
                             "17% in the previous quarter.", dt.date(2025, 3, 1))
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE}, found


@pytest.mark.parametrize("sentence, supported", [
    ("Nvidia's revenue climbed 12% sequentially.", True),
    ("On a sequential basis, Nvidia's sales posted a 12% gain.", True),
    ("Nvidia's revenue climbed 30% sequentially.", False),
])
def test_a_sequential_change_is_the_step_from_the_quarter_before(
        bundled_statuses: Any, sentence: str, supported: bool) -> None:
    """Issue 8: 'sequentially' names no quarter, so the change was read against the fiscal
    years' revenue ($60.9B -> $130.5B) and left unchecked; it is Q3 -> Q4 ($35.1B ->
    $39.3B, 12%)."""
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert (found == [Status.SUPPORTED]) is supported, found


@pytest.mark.parametrize("sentence, status", [
    # the figure after 'double the' is the one the level grew from: $9.24B -> $19.3B
    ("Nvidia's quarterly net income came to $19.3 billion, more than twice the $9.24 billion "
     "of a year earlier.", Status.SUPPORTED),
    ("Nvidia's quarterly net income came to $19.3 billion, more than double the $9.24 "
     "billion of a year earlier.", Status.SUPPORTED),
    # both values given: the multiple they make is wrong
    ("Nvidia's quarterly net income came to $19.3 billion, triple the $9.24 billion of a "
     "year earlier.", Status.CONTRADICTED),
])
def test_a_multiple_of_an_earlier_figure_names_the_value_it_grew_from(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    """Issue 8: '$19.31 billion, more than double the $9.24 billion from the same period last
    year' read the $9.24 billion as a level of its own, and the claim was split."""
    assert bundled_statuses(sentence, dt.date(2024, 11, 21)) == [status]


def test_a_change_from_another_base_is_not_held_to_the_two_values_the_claim_gives(
        bundled_statuses: Any) -> None:
    """"up 14% from the previous quarter and 80% from $12.3 billion a year earlier": the 14%
    is measured from the quarter before, not from the year-earlier value the claim gives
    (it was contradicted once the quarter's net income answered to its measure's words)."""
    assert bundled_statuses("NVIDIA's net income for the fourth quarter of fiscal 2025 was "
                            "$22.1 billion, up 14% from the previous quarter and 80% from "
                            "$12.3 billion a year earlier.") == [Status.SUPPORTED]
    # a change of the two values given, from the base they span, is still held to them
    assert bundled_statuses("NVIDIA's net income for the fourth quarter of fiscal 2025 was "
                            "$22.1 billion, up 60% from $12.3 billion a year earlier.") == [
        Status.CONTRADICTED]


@pytest.mark.parametrize("sentence, status", [
    # NVIDIA's quarterly revenue: $22.1B (Q4 FY2024) -> $35.1B (Q3 FY2025) -> $39.3B (Q4 FY2025):
    # 78% from a year earlier, 12% from the previous quarter; the second rate of the list has
    # no change word of its own, and is held to its own base, not to the first's
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 12% from the previous quarter "
     "and 95% from a year earlier.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 78% from a year earlier and 25% "
     "from the previous quarter.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, up 78% from a year earlier, and 12% "
     "from the previous quarter.", Status.SUPPORTED),
    # gaming: $3.3B (Q3 FY2025) -> $2.5B (Q4 FY2025), a fall of about 24%; the second rate
    # falls as the first does
    ("Nvidia's fourth-quarter gaming revenue fell 11% from a year earlier and 24% from the "
     "previous quarter.", Status.SUPPORTED),
])
def test_each_rate_of_a_list_of_changes_is_computed_from_its_own_base(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    """A report's "56% from a year earlier and 17% from the previous quarter" was supported
    on the first rate alone: the second, with no change word before it, was read as no
    change, and the store's quarter-on-quarter rate (5%) was never computed. (A wrong rate
    after a right level is flagged on its own part, the level's part supported beside it.)"""
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert found[-1] is status and set(found[:-1]) <= {Status.SUPPORTED}, found


@pytest.mark.parametrize("sentence", [
    # a share after a change is no change of the same level
    "Nvidia's fourth-quarter revenue was $39.3 billion, up 12% from the previous quarter, "
    "and 91% of it came from data centers.",
    # nor is a rate of another clause, with its own verb
    "Nvidia's fourth-quarter revenue was $39.3 billion, up 12% from the previous quarter, and "
    "gaming fell 95% from a year earlier.",
])
def test_a_rate_after_a_list_of_changes_is_read_as_one_only_with_a_base_of_its_own(
        bundled_statuses: Any, sentence: str) -> None:
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


@pytest.mark.parametrize("sentence, status", [
    # NVIDIA's quarterly revenue: $22.1B (Q4 FY2024) -> $35.1B (Q3 FY2025) -> $39.3B (Q4 FY2025):
    # 78% from a year earlier, 12% from the previous quarter
    ("Nvidia's fourth-quarter revenue reached $39.3 billion, marking a 78% year-over-year and "
     "25% quarter-over-quarter increase.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, a 25% sequential increase.",
     Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, a 12% sequential increase.",
     Status.SUPPORTED),
    # gaming: $3.3B (Q3 FY2025) -> $2.5B (Q4 FY2025), a fall of about 24%
    ("Nvidia's fourth-quarter gaming revenue was $2.5 billion, a 24% sequential decline.",
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter gaming revenue was $2.5 billion, a 24% sequential increase.",
     Status.CONTRADICTED),
])
def test_a_change_noun_after_the_rate_and_its_base_makes_it_a_change(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    """A report's "$7.685 billion, marking a 32% year-over-year (YoY) and 3% quarter-over-
    quarter (QoQ) increase" read neither rate as a change: the noun that says so comes
    after the base, not right after the rate."""
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    # a flag is shown on the part that gives the rate; a true rate leaves the claim whole
    assert status in found if status is Status.CONTRADICTED else found == [status], found


@pytest.mark.parametrize("sentence, date, status", [
    # data center revenue: $4.28B (Q1 FY2024) -> $10.32B (Q2) -> $14.51B (Q3), 41% sequentially;
    # the figure given is the one the change started from, not the one it reached
    ("Nvidia's third-quarter data center revenue rose 41% sequentially from $10.3 billion.",
     dt.date(2023, 12, 1), Status.SUPPORTED),
    ("Nvidia's third-quarter data center revenue rose 75% sequentially from $10.3 billion.",
     dt.date(2023, 12, 1), Status.CONTRADICTED),
    # NVIDIA's quarterly revenue: $22.1B (Q4 FY2024) -> $39.3B (Q4 FY2025), 78% a year on
    ("Nvidia's fourth-quarter revenue rose 95% from $22.1 billion a year earlier.",
     dt.date(2025, 3, 1), Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue rose 78% from $22.1 billion a year earlier.",
     dt.date(2025, 3, 1), Status.SUPPORTED),
    # no base named: the value a year or a quarter on may confirm, never refute
    ("Nvidia's fourth-quarter revenue rose 78% from $22.1 billion.", dt.date(2025, 3, 1),
     Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue rose 95% from $22.1 billion.", dt.date(2025, 3, 1),
     Status.UNVERIFIED),
])
def test_a_change_from_the_figure_it_started_at_is_computed_to_the_value_at_its_base(
        bundled_statuses: Any, sentence: str, date: dt.date, status: Status) -> None:
    """"rose 41% sequentially from $10.3 billion" was contradicted: the figure the change
    started from was read as the one it reached, and the rate computed from the quarter
    before that; "up 78% from $22.1 billion" was never computed at all."""
    found = bundled_statuses(sentence, date)
    if status is Status.UNVERIFIED:  # (the figure it started from, a part, is supported)
        assert status in found and not set(found) & {Status.CONTRADICTED, Status.IMPRECISE}
    else:
        assert status in found if status is Status.CONTRADICTED else found == [status], found


@pytest.mark.parametrize("sentence, status", [
    # NVIDIA's quarterly revenue: $22.1B (Q4 FY2024) -> $39.3B (Q4 FY2025), 1.78 times; a
    # multiple takes its base as its object: "double the year-earlier figure"
    ("Nvidia's fourth-quarter revenue of $39.3 billion was more than double the year-earlier "
     "figure.", Status.CONTRADICTED),
    ("Nvidia's fourth-quarter revenue of $39.3 billion was nearly double the year-earlier "
     "figure.", Status.SUPPORTED),
    ("Nvidia's fourth-quarter revenue of $39.3 billion was three times the year-ago level.",
     Status.CONTRADICTED),
])
def test_a_multiple_of_a_base_it_names_as_its_object_is_computed_from_that_base(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    """"more than double the year-earlier figure" named its base with no "from" or "than"
    before it: the multiple was left unchecked."""
    found = bundled_statuses(sentence, dt.date(2025, 3, 1))
    assert status in found if status is Status.CONTRADICTED else found == [status], found


@pytest.mark.parametrize("sentence", [
    # a participle tells a change as its finite verb does: TSMC's 98% is a share of shipments
    "Nvidia's data center GPU shipments, soaring 98% in 2023, set a record.",
    "Nvidia's data center GPU shipments kept surging, jumping 98% in 2023.",
    # a change of a share is no level of it
    "Nvidia's data center GPU shipment share jumped 98% in 2023.",
])
def test_a_change_participle_is_no_level(bundled_statuses: Any, sentence: str) -> None:
    assert Status.SUPPORTED not in bundled_statuses(sentence, dt.date(2024, 3, 1))
    assert Status.UNVERIFIED in bundled_statuses(sentence, dt.date(2024, 3, 1))


@pytest.mark.parametrize(("sentence", "status"), [
    # chipmakers' real news: $7.685B -> $9.246B is up 20.3%; "up 20%" is that rate rounded to
    # a whole percent, as the article gives it, and was called imprecise
    ("AMD's revenue was $9.2 billion in the third quarter of 2025, up 20% from $7.7 billion "
     "in the second quarter.", Status.SUPPORTED),
    # a rate off by more than its own rounding is still wrong
    ("AMD's revenue was $9.2 billion in the third quarter of 2025, up 22% from $7.7 billion "
     "in the second quarter.", Status.IMPRECISE),
])
def test_a_rate_is_held_to_the_computed_change_within_its_own_rounding(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 4)) == [status]


def test_a_rate_told_from_a_base_figure_of_its_own_is_held_to_that_base(
        bundled_statuses: Any) -> None:
    # chipmakers' real news: "up 36% from $6.8 billion in Q3 2024 and up 20% from $7.7
    # billion in Q2 2025": the 36% is from its own base, a level the store does not hold,
    # and was computed from the second pair ($7.685B -> $9.246B) and contradicted
    flags = {Status.CONTRADICTED, Status.IMPRECISE}
    assert not flags & set(bundled_statuses(
        "AMD's revenue was $9.2 billion in Q3 2025, up 36% from $6.8 billion in Q3 2024 and "
        "up 20% from $7.7 billion in Q2 2025.", dt.date(2025, 11, 4)))
    # the rate of the pair the claim gives, from that pair's base, is still held to it
    assert bundled_statuses("AMD's revenue was $9.2 billion in Q3 2025, up 36% from $7.7 "
                            "billion in Q2 2025.", dt.date(2025, 11, 4)) == [Status.CONTRADICTED]


@pytest.mark.parametrize(("sentence", "status"), [
    # chipmakers' real news: "up 25% in just one quarter" is the step from the quarter
    # before ($41.1B -> $51.2B, 24.6%), as "sequentially" is
    ("Nvidia's data center revenue hit a record $51.2 billion, up 25% in just one quarter.",
     Status.SUPPORTED),
    ("Nvidia's data center revenue hit a record $51.2 billion, up 45% in a single quarter.",
     Status.CONTRADICTED),
])
def test_a_change_in_one_quarter_is_the_step_from_the_quarter_before(
        bundled_statuses: Any, sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 20)) == [status]


_POINTS_STORE = """
entities:
  - {id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}
facts:
""" + "".join(f"""
  - id: acme-margin-{end}
    kind: quantity
    subject: acme
    measure: quarterly gross margin
    cues: [gross margin]
    value: "{value}"
    tolerance: 0.005
    as_of: {end}
    statement: Acme's gross margin for the quarter ended {end} was {value}.
    sources: [{{url: 'https://example.com/a', title: A, publisher: P, reliability: news}}]
  - id: acme-revenue-{end}
    kind: quantity
    subject: acme
    measure: quarterly revenue
    cues: [revenue]
    value: "{revenue}"
    tolerance: 0.01
    as_of: {end}
    statement: Acme's revenue for the quarter ended {end} was {revenue}.
    sources: [{{url: 'https://example.com/a', title: A, publisher: P, reliability: news}}]
""" for end, value, revenue in (("2023-12-31", "74.6%", "$10 billion"),
                                ("2024-09-30", "72.4%", "$12.4 billion"),
                                ("2024-12-31", "73.4%", "$13 billion")))


@pytest.mark.parametrize(("sentence", "status"), [
    # the two levels stored, a change in points is their difference, rounding-aware
    ("Acme's gross margin rose 1 percentage point from the previous quarter to 73.4%.",
     Status.SUPPORTED),
    ("Acme's gross margin fell 1.2 percentage points from a year earlier to 73.4%.",
     Status.SUPPORTED),
    ("Acme's gross margin rose 100 basis points sequentially to 73.4%.", Status.SUPPORTED),
    ("Acme's gross margin fell 3.2 percentage points from a year earlier to 73.4%.",
     Status.CONTRADICTED),
    # a point change is never a percent change: revenue rose 4.8% in the quarter, and a
    # 4.8-point rise of revenue says nothing the store holds
    ("Acme's revenue rose 4.8 percentage points from the previous quarter.",
     Status.UNVERIFIED),
    ("Acme's gross margin rose 1.4% from the previous quarter to 73.4%.", Status.SUPPORTED),
])
def test_a_change_in_points_is_the_difference_of_two_stored_levels(
        literal_store: Any, sentence: str, status: Status) -> None:
    report = check(read_text(f"# Acme results\n\n{sentence}\n", "a.md", "markdown"),
                   literal_store(_POINTS_STORE), article_date=dt.date(2025, 2, 10))
    assert [c.verdict.status for c in report.claims] == [status]


@pytest.mark.parametrize(("sentence", "status"), [
    # from a base left unsaid a rate may be from the quarter before or, as results stories
    # mostly mean, from a year before: either value confirms it ($10B -> $13B: 30%) ...
    ("Acme's fourth-quarter revenue rose 30% to $13 billion.", [Status.SUPPORTED]),
    ("Acme's fourth-quarter revenue rose 30%.", [Status.SUPPORTED]),
    ("Acme's fourth-quarter revenue rose 4.8% to $13 billion.", [Status.SUPPORTED]),
    # ... and neither refutes it (which base is meant is not said)
    ("Acme's fourth-quarter revenue rose 27%.", [Status.UNVERIFIED]),
])
def test_a_rate_from_a_base_left_unsaid_is_confirmed_by_a_year_earlier_value_too(
        literal_store: Any, sentence: str, status: list[Status]) -> None:
    report = check(read_text(f"# Acme results\n\n{sentence}\n", "a.md", "markdown"),
                   literal_store(_POINTS_STORE), article_date=dt.date(2025, 2, 10))
    assert [c.verdict.status for c in report.claims] == status



@pytest.mark.parametrize(("day", "status"), [
    (dt.date(2025, 3, 25), Status.UNVERIFIED),  # the quarter had not even begun
    (dt.date(2026, 2, 10), Status.SUPPORTED),
])
def test_a_rate_from_a_base_left_unsaid_is_never_confirmed_by_values_learned_later(
        bundled_statuses: Any, day: dt.date, status: Status) -> None:
    """A result the store learned after the article's date confirms nothing it says."""
    assert bundled_statuses("Alphabet's revenue for the fourth quarter of 2025 rose 18%.",
                            day) == [status]


@pytest.mark.parametrize("text", [
    "Its gross margin was 62.3% in the quarter, up from 59.5% a quarter earlier",
    "Its gross margin was 62.3%, up from 59.5% in Q3 2025 and 59.0% in Q4 2024",
    "Its share rose to 30%, up from 22%",
])
def test_a_percentage_after_up_from_is_the_level_the_change_started_from(text: str) -> None:
    """"up from 59.5%" gives the level before, never a rate of change: read as a rise of
    59.5%, a real margin sentence was contradicted by the change between two stored margins."""
    from factcheck.language.quantities import find_quantities
    from factcheck.rules.change import is_change
    assert not any(is_change(text, q) for q in find_quantities(text))


@pytest.mark.parametrize("cause", ["following a stock rise of over 3%",
                                   "after a one-day jump of 3%"])
def test_a_rate_of_the_event_a_change_followed_is_not_the_change(
        bundled_statuses: Any, cause: str) -> None:
    """Real news: "its market value surged from $1 trillion to $5.03 trillion ..., following a
    stock increase of over 3%" held the day's 3% against the two years' rise."""
    statuses = bundled_statuses(f"Over two years, Nvidia's market value climbed from $1 "
                                f"trillion to a record $5.03 trillion as of Wednesday, {cause}.",
                                dt.date(2025, 10, 29))
    assert statuses[0] is Status.SUPPORTED and Status.IMPRECISE not in statuses
