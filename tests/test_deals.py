"""Several deals between the same parties: a figure of all of them, or of a later one, is not
wrong against an earlier deal alone (rules/deals.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: northwind, name: Northwind Capital, aliases: [Northwind], kind: organization}}
facts:
  - id: northwind-zeta-2023
    kind: event
    subject: northwind
    object: zeta
    measure: investment in Zeta (October 2023)
    cues: [invest, invested, investment]
    value: "up to $2 billion"
    date: 2023-10-27
    state: announced
    statement: In October 2023 Northwind Capital agreed to invest up to $2 billion in Zeta Labs.
    {SOURCE}
  - id: northwind-zeta-2025
    kind: quantity
    subject: northwind
    object: zeta
    measure: additional investment in Zeta (January 2025)
    cues: [invest, invested, further, additional]
    value: "$1 billion"
    as_of: 2025-01-22
    statement: In January 2025 Northwind Capital agreed to invest a further $1 billion in Zeta
      Labs, on top of the $2 billion of 2023.
    {SOURCE}
"""


def test_a_figure_told_since_a_later_deal_may_be_the_total_of_both(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the article is of 1 March 2025, after both deals
    store = literal_store(STORE)
    assert statuses_in(store, "Northwind has invested over $3 billion in Zeta.") == \
        [Status.UNVERIFIED]
    assert statuses_in(store, "Northwind has so far invested $3 billion in Zeta Labs.") == \
        [Status.UNVERIFIED]


def test_a_figure_given_the_earlier_deal_s_year_is_held_to_that_deal(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE)
    assert statuses_in(store, "In October 2023 Northwind invested $3 billion in Zeta.") == \
        [Status.CONTRADICTED]
    assert statuses_in(store, "Northwind has invested up to $2 billion in Zeta.") == \
        [Status.SUPPORTED]


def test_a_later_deal_the_article_could_not_know_leaves_the_earlier_one_to_decide(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the further investment comes in June 2025, after the article of 1 March
    store = literal_store(STORE.replace("2025-01-22", "2025-06-02").replace(
        "January 2025", "June 2025"))
    assert statuses_in(store, "Northwind has invested over $3 billion in Zeta.") == \
        [Status.CONTRADICTED]


def test_the_completion_of_the_same_deal_is_no_later_deal(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the 2025 record is the same $2 billion deal closing: the 2023 figure still decides
    closing = STORE.replace('value: "$1 billion"', 'value: "up to $2 billion"')
    assert statuses_in(literal_store(closing), "Northwind has invested over $3 billion in "
                       "Zeta.") == [Status.CONTRADICTED]


BUYS = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: northwind, name: Northwind Capital, aliases: [Northwind], kind: organization}}
facts:
  - id: zeta-buys-orbit
    kind: event
    subject: zeta
    measure: acquisition of Orbit Media
    cues: [acquired, acquire, acquisition, bought, buy]
    value: "$33 billion"
    date: 2025-02-10
    statement: On 10 February 2025 Zeta Labs acquired Orbit Media for $33 billion in stock.
    {SOURCE}
"""


def test_a_figure_of_a_deal_with_another_named_party_is_not_the_stored_deal_s(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(BUYS)
    assert statuses_in(store, "Zeta Labs even made a failed $97 billion bid to acquire "
                       "Northwind.") == [Status.UNVERIFIED]
    # the stored deal's own party unnamed, the figure is still the stored deal's
    assert statuses_in(store, "Zeta Labs acquired Orbit Media for $40 billion.") == \
        [Status.CONTRADICTED]
