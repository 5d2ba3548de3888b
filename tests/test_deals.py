"""Several deals between the same parties: a figure of all of them, or of a later one, is not
wrong against an earlier deal alone (rules/deals.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

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


PLANS = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: northwind, name: Northwind Capital, aliases: [Northwind], kind: organization}}
facts:
  - id: northwind-zeta-round
    kind: event
    subject: northwind
    object: zeta
    measure: equity investment in Zeta
    cues: [invested, investment, invests, stake]
    value: "$100 million"
    date: 2024-10-02
    state: completed
    statement: Northwind Capital invested $100 million in Zeta Labs' round of October 2024.
    {SOURCE}
  - id: northwind-zeta-plan
    kind: quantity
    subject: northwind
    object: zeta
    measure: planned investment in Zeta (February 2025 letter of intent)
    cues: [invest, invests, investing, investment, letter of intent, up to]
    value: "up to $100 billion"
    as_of: 2025-02-24
    published: 2025-02-24
    statement: On 24 February 2025 Northwind Capital said it intends to invest up to $100
      billion in Zeta Labs over several years.
    {SOURCE}
"""


def test_a_plan_the_store_records_as_just_announced_is_the_news_not_an_older_deal(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the article (1 March 2025) tells the February plan: the October 2024 round is done,
    # but it is another deal, and the plan is still a plan
    store = literal_store(PLANS)
    for text in ("Northwind plans to invest up to $100 billion in Zeta.",
                 "Northwind said on Monday it will invest up to $100 billion in Zeta."):
        assert statuses_in(store, text) == [Status.SUPPORTED], text


def test_the_done_deal_told_as_still_to_come_is_still_outdated(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(PLANS)
    assert statuses_in(store, "Northwind will invest $100 million in Zeta.") == \
        [Status.OUTDATED]


@pytest.mark.parametrize("text", [
    "Northwind's first tranche of $10 billion will be paid when the first site opens.",
    "An initial installment of $10 billion is due once Zeta's first site opens, Northwind "
    "said.",
    "The first $10 billion of Northwind's investment in Zeta will come when the first site "
    "opens.",
    "Northwind will invest in Zeta in stages, starting with $10 billion.",
])
def test_a_part_of_a_planned_sum_is_no_wrong_value_of_the_whole(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(PLANS), text)[-1] is Status.UNVERIFIED


def test_the_planned_sum_itself_given_wrong_is_still_contradicted(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    assert statuses_in(literal_store(PLANS), "Northwind plans to invest up to $10 billion "
                       "in Zeta.") == [Status.CONTRADICTED]


TWO_PARTNERS = PLANS.replace("entities:\n", "entities:\n  - {id: orbit, name: Orbit Media, "
                             "aliases: [Orbit], kind: organization}\n", 1) + f"""
  - id: northwind-orbit-stake
    kind: quantity
    subject: northwind
    object: orbit
    measure: investment in Orbit (February 2025)
    cues: [invest, invested, investment, stake, committed]
    value: "$1 billion"
    as_of: 2025-02-27
    published: 2025-02-27
    statement: On 27 February 2025 Northwind Capital took a $1 billion stake in Orbit Media.
    {SOURCE}
"""


def test_the_party_a_figure_is_given_to_picks_the_deal_it_is_of(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the stake in Orbit is the newest, but the claim names Zeta: the plan with Zeta is its
    store = literal_store(TWO_PARTNERS)
    assert statuses_in(store, "Northwind bought a stake in Orbit. Days earlier, the firm "
                       "committed $100 billion to Zeta for compute capacity.")[-1] is \
        Status.SUPPORTED


def test_the_party_a_deal_was_with_acting_in_a_deal_of_its_own_is_not_held_to_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the store records Zeta buying Orbit Media; Orbit buying another company is its own deal
    store = literal_store(BUYS.replace("entities:\n", "entities:\n  - {id: orbit, name: Orbit "
                                       "Media, aliases: [Orbit], kind: organization}\n", 1)
                          .replace("    subject: zeta\n", "    subject: zeta\n    object: orbit\n"))
    assert statuses_in(store, "Zeta's Orbit Media is buying Lumen Studios for $40 billion.") \
        == [Status.UNVERIFIED]
    assert statuses_in(store, "Zeta bought Orbit Media for $40 billion.") == \
        [Status.CONTRADICTED]


@pytest.mark.parametrize(("text", "date", "status"), [
    # a further deal told with the first deal's sum, before the store records any further one
    ("Amazon invested another $4 billion in Anthropic.", dt.date(2024, 11, 1),
     Status.UNVERIFIED),
    # the further deal the store records, once it is known
    ("Amazon invested another $4 billion in Anthropic.", dt.date(2024, 12, 1),
     Status.SUPPORTED),
    ("Amazon agreed to invest up to $4 billion in Anthropic in 2023.", dt.date(2024, 11, 1),
     Status.SUPPORTED),
])
def test_a_further_deal_is_not_the_first_one(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the price of the whole company, against an investment for a minority stake
    ("Meta acquired Scale AI for $14.3 billion.", Status.UNVERIFIED),
    ("Meta bought a 49% stake in Scale AI for $14.3 billion.", Status.SUPPORTED),
    ("Meta has invested $14.3 billion in Scale AI.", Status.SUPPORTED),
])
def test_buying_a_company_is_not_investing_in_it(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 7, 1))[-1] is status


@pytest.mark.parametrize("text", [
    # what a contract buys is no company bought (thirteenth set: a seven-year $38 billion
    # compute contract)
    "OpenAI has signed a seven-year, $38 billion deal with Amazon to buy cloud computing "
    "capacity.",
    "OpenAI signed a $38 billion agreement with Amazon Web Services to purchase computing "
    "power over seven years.",
])
def test_a_contract_to_buy_goods_is_no_purchase_of_a_company(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert bundled_statuses(text, dt.date(2025, 11, 3)) == [Status.SUPPORTED]


TAKEOVER = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: northwind, name: Northwind Capital, aliases: [Northwind], kind: organization}}
  - {{id: orbit, name: Orbit Media, aliases: [Orbit], kind: organization}}
facts:
  - id: zeta-orbit-agreed
    kind: event
    subject: zeta
    object: orbit
    measure: acquisition of Orbit Media (announcement)
    cues: [acquire, acquisition, buy, deal, agreed]
    value: "$8 billion"
    tolerance: 0.01
    date: 2023-02-10
    statement: On 10 February 2023 Zeta Labs agreed to buy Orbit Media for $8 billion.
    {SOURCE}
  - id: zeta-orbit-closed
    kind: event
    subject: zeta
    object: orbit
    measure: acquisition of Orbit Media (completion)
    cues: [completed, closed, acquisition, deal, part of Zeta]
    date: 2023-09-05
    statement: Zeta Labs completed its acquisition of Orbit Media on 5 September 2023.
    {SOURCE}
  - id: orbit-aum
    kind: quantity
    subject: orbit
    measure: assets under management
    value: "$50 billion"
    as_of: 2023-06-30
    statement: Orbit Media managed $50 billion in June 2023.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "statuses"), [
    # the price agreed in February is the deal's on the day it closed
    ("Zeta Labs completed its purchase of Orbit Media on September 5, 2023, in a deal "
     "valued at $11 billion.", [Status.SUPPORTED, Status.CONTRADICTED]),
    ("Zeta Labs completed its purchase of Orbit Media on September 5, 2023, in a deal "
     "valued at $8 billion.", [Status.SUPPORTED]),
    # told from the side bought, the price is still the buyer's acquisition
    ("Orbit Media became part of Zeta Labs on September 5, 2023, following a transaction "
     "valued at about $11 billion.", [Status.SUPPORTED, Status.CONTRADICTED]),
    # a figure of the company bought that prices no deal is not the price
    ("Orbit Media, which Zeta Labs bought in 2023, had $60 billion of assets.",
     [Status.SUPPORTED, Status.UNVERIFIED]),
])
def test_an_acquisition_s_price_holds_at_each_of_its_stages(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, statuses: list[Status]) -> None:
    assert statuses_in(literal_store(TAKEOVER), text, dt.date(2024, 3, 1)) == statuses


@pytest.mark.parametrize(("text", "status"), [
    # the store records shares bought for $5 billion, not the company
    ("Nvidia bought Intel for $5 billion.", Status.UNVERIFIED),
    ("Nvidia invested $5 billion in Intel.", Status.SUPPORTED),
    ("Nvidia bought $5 billion of Intel stock.", Status.SUPPORTED),
])
def test_a_company_bought_is_not_an_investment_in_its_shares(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: the investment's cues hold "buy" (of common stock), so a purchase of the
    whole company was supported by it."""
    assert bundled_statuses(text, dt.date(2025, 10, 1)) == [status]


@pytest.mark.parametrize("text", [
    "AMD bought ZT Systems for $4.9 billion.",
    "OpenAI CEO Sam Altman turned down a $97.4 billion takeover bid from Elon Musk.",
])
def test_a_purchase_or_a_bid_the_store_records_is_still_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert bundled_statuses(text, dt.date(2025, 10, 1)) == [Status.SUPPORTED]


def test_a_sum_a_listed_party_gives_a_third_is_not_the_stored_deal_s(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """SoftBank's $30 billion in OpenAI's round contradicted a sum the three partners gave
    Stargate: OpenAI, the round's recipient, was named only in the claim's own list, and
    the sum went to another party."""
    assert bundled_statuses("SoftBank, OpenAI and Oracle committed $100 billion to "
                            "Stargate.", dt.date(2025, 10, 20)) == [Status.UNVERIFIED]
    # the round's own recipient named after the sum: held to the record
    assert bundled_statuses("SoftBank committed $25 billion to OpenAI.",
                            dt.date(2025, 10, 20)) == [Status.CONTRADICTED]


ROUND = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: northwind, name: Northwind Capital, aliases: [Northwind], kind: organization}}
facts:
  - id: zeta-round-2025-06
    kind: quantity
    subject: zeta
    mentions: [northwind]
    measure: funding round size
    cues: [raised, funding round, round]
    value: "$5 billion"
    as_of: 2025-06-02
    statement: On 2 June 2025 Zeta Labs closed a $5 billion funding round led by Northwind.
    {SOURCE}
  - id: northwind-led-zeta-round-2025
    kind: relation
    subject: northwind
    object: zeta
    measure: lead investor of Zeta's June 2025 round
    cues: [led, lead]
    as_of: 2025-06-02
    statement: Northwind Capital led Zeta Labs' $5 billion funding round of June 2025.
    {SOURCE}
"""


def test_an_earlier_instance_is_not_the_one_recorded_days_before_the_article(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    store = literal_store(ROUND)
    expected = {
        # the round recorded days before the article is the news: an earlier one is another
        "Northwind led an earlier funding round for Zeta.": Status.UNVERIFIED,
        "Northwind also led a previous round for Zeta Labs.": Status.UNVERIFIED,
        "Zeta raised $5 billion in a prior funding round.": Status.UNVERIFIED,
        # the recorded round itself is still confirmed
        "Northwind led the funding round for Zeta.": Status.SUPPORTED,
        "Zeta raised $5 billion in its latest funding round.": Status.SUPPORTED,
    }
    found = {text: statuses_in(store, text, dt.date(2025, 6, 5))[0] for text in expected}
    assert found == expected


def test_an_earlier_instance_told_long_after_may_be_the_recorded_one(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    found = statuses_in(literal_store(ROUND), "Northwind led an earlier funding round for Zeta.",
                        dt.date(2026, 3, 1))
    assert found == [Status.SUPPORTED]


OWN_ROUND = """
  - id: zeta-round-{letter}
    kind: quantity
    subject: zeta
    measure: funding round size
    cues: [raise, raised, round, investors]
    value: "$2 billion"
    as_of: {day}
    statement: Zeta Labs raised $2 billion in a round announced on {day}.
    {source}"""
# two rounds of one size, in March and November 2024
ROUNDS = ("entities:\n  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}\n"
          "facts:" + OWN_ROUND.format(letter="a", day="2024-03-04", source=SOURCE) +
          OWN_ROUND.format(letter="b", day="2024-11-18", source=SOURCE))


@pytest.mark.parametrize(("text", "date", "status"), [
    # a round told as one more, while the store knows only the first of that size
    ("Zeta raised another $2 billion.", dt.date(2024, 9, 2), Status.UNVERIFIED),
    ("Zeta went to investors for a further $2 billion.", dt.date(2024, 9, 2),
     Status.UNVERIFIED),
    ("Zeta raised a second $2 billion round.", dt.date(2024, 9, 2), Status.UNVERIFIED),
    ("Zeta raised $2 billion from investors.", dt.date(2024, 9, 2), Status.SUPPORTED),
    # once the later round is recorded, it is the one more
    ("Zeta raised another $2 billion.", dt.date(2024, 11, 25), Status.SUPPORTED),
])
def test_one_more_round_of_the_same_size_is_not_the_first(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, date: dt.date, status: Status) -> None:
    assert statuses_in(literal_store(ROUNDS), text, date) == [status]
