"""A figure a fact's statement gives besides its value checks a claim's equal figure only
when its own words there say it is of the same thing (rules/side_figures.py): a statement
often gives several figures, and one of another product, measure or base checks nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-q4-revenue
    kind: quantity
    subject: zeta
    measure: quarterly revenue
    cues: [fourth-quarter revenue, revenue in the quarter, quarterly revenue, revenue]
    value: "$30 billion"
    tolerance: 0.01
    as_of: 2025-01-31
    published: 2025-02-20
    statement: Zeta Labs' revenue for the fourth quarter (ended 31 January 2025) rose 12% to
      $30 billion, with net income up 31% to $9 billion.
    {SOURCE}
  - id: zeta-q4-cloud-revenue
    kind: quantity
    subject: zeta
    measure: quarterly cloud revenue
    cues: [cloud revenue, cloud business, cloud unit]
    value: "$11 billion"
    tolerance: 0.01
    as_of: 2025-01-31
    published: 2025-02-20
    statement: Zeta Labs' cloud revenue for the fourth quarter (ended 31 January 2025) was $11
      billion, up 4% from the previous quarter and 48% from a year earlier; Nimbus cloud
      revenue grew 19% sequentially.
    {SOURCE}
  - id: zeta-fy2024-revenue
    kind: quantity
    subject: zeta
    measure: annual revenue
    cues: [annual revenue, revenue for the year, revenue]
    value: "$20 billion"
    tolerance: 0.01
    as_of: 2024-01-31
    published: 2024-02-21
    statement: Zeta Labs' revenue for fiscal 2024 (ended 31 January 2024) was $20 billion, up 40%
      from the year before.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    # the 31% is net income's growth, said in the revenue fact's statement: the true level
    # is supported on its own, the rate is not
    "Zeta's quarterly revenue rose 31% to $30 billion.",
    "Zeta's revenue in the quarter came to $30 billion, an increase of 31%.",
])
def test_another_measure_s_change_in_the_statement_checks_nothing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]],
        text: str) -> None:
    assert sorted(statuses_in(literal_store(STORE), text), key=str) == [
        Status.SUPPORTED, Status.UNVERIFIED]


def test_a_named_product_s_change_in_the_statement_checks_nothing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]]) -> None:
    """The 19% is the Nimbus line's; the cloud business grew 4% from the quarter before.
    The true 48% stays supported on its own."""
    found = statuses_in(literal_store(STORE), "Zeta's cloud business had a 48% increase from "
                        "a year earlier and a 19% increase from the previous quarter.")
    assert found == [Status.SUPPORTED, Status.UNVERIFIED]


def test_a_change_of_the_same_measure_in_the_statement_still_checks_it(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]]) -> None:
    store = literal_store(STORE)
    assert statuses_in(store, "Zeta's quarterly revenue rose 12% to $30 billion.") == [
        Status.SUPPORTED]
    assert statuses_in(store, "Zeta's cloud revenue rose 48% from a year earlier to $11 "
                       "billion.") == [Status.SUPPORTED]


def test_a_change_the_statement_gives_up_to_the_claim_s_base_is_an_earlier_change(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]]) -> None:
    """The 40% led up to the $20 billion; the claim's 40% starts from it."""
    assert statuses_in(literal_store(STORE), "Zeta's revenue for fiscal 2025 was up 40% from "
                       "the $20 billion of fiscal 2024.") != [Status.SUPPORTED]


@pytest.mark.parametrize("text", [
    # a quarter back told in months or as "a quarter earlier": the 48% is a year's change
    "Zeta's cloud revenue grew 48% from three months earlier to $11 billion.",
    "Zeta's cloud revenue was up 48% from a quarter earlier, at $11 billion.",
])
def test_a_change_from_three_months_before_is_a_sequential_one(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]],
        text: str) -> None:
    assert Status.SUPPORTED not in statuses_in(literal_store(STORE), text)


@pytest.mark.parametrize("base", ["from twelve months earlier", "on an annual basis"])
def test_a_change_from_twelve_months_before_is_a_year_s(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]],
        base: str) -> None:
    assert statuses_in(literal_store(STORE), f"Zeta's cloud revenue grew 4% {base} to $11 "
                       "billion.") != [Status.SUPPORTED]


def test_a_level_told_of_another_period_than_the_statement_s_is_not_covered(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]]) -> None:
    """The statement's $20 billion is the year before's revenue ("for fiscal 2024"); a claim
    that gives it as the previous quarter's is not confirmed by it."""
    store = literal_store(STORE + """
  - id: zeta-q4-net-income
    kind: quantity
    subject: zeta
    measure: quarterly net income
    cues: [net income, profit]
    value: "$9 billion"
    tolerance: 0.01
    as_of: 2025-01-31
    published: 2025-02-20
    statement: Zeta Labs' net income for the fourth quarter was $9 billion, up from $6 billion
      a year earlier.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
""")
    assert statuses_in(store, "Zeta's quarterly net income was $9 billion, higher than the $6 "
                       "billion of the previous quarter.") != [Status.SUPPORTED]
    assert statuses_in(store, "Zeta's quarterly net income was $9 billion, up from $6 billion "
                       "a year earlier.") == [Status.SUPPORTED]
