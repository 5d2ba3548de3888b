"""Whether a claim names a fact's measure: here, a count told by a noun of the fact's cues."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zorb, name: Zorb Canal, kind: place, aliases: [the Zorb]}}
facts:
  - id: zorb-transits-2023
    kind: quantity
    subject: zorb
    measure: transits in the year
    cues: [ships crossed, vessels crossed, transits]
    value: "14,000 transits"
    as_of: 2023-12-31
    period: 2023
    statement: About 14,000 vessels crossed the Zorb Canal in 2023.
    {SOURCE}
"""


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


def test_a_count_told_by_the_first_word_of_a_cue_is_the_fact_s_count(
        statuses: Callable[[str], list[Status]]) -> None:
    """"ships crossed" is how the curator says the transits are told: 14,000 ships."""
    assert statuses("About 14,000 ships crossed the Zorb Canal in 2023.") == [
        Status.SUPPORTED]
    # a count of another noun is not
    assert statuses("About 14,000 tourists crossed the Zorb Canal in 2023.") != [
        Status.SUPPORTED]
    # the noun counts what the fact counts only to confirm it: never contradicted by it
    assert statuses("About 19,000 ships crossed the Zorb Canal in 2023.") == [
        Status.UNVERIFIED]


PROJECTION = f"""
entities:
  - {{id: velto, name: Velto, kind: organization}}
facts:
  - id: velto-projected-revenue-2025
    kind: quantity
    subject: velto
    measure: projected revenue for 2025
    cues: [revenue next year, next year, projected, forecast]
    value: "$9 billion"
    as_of: 2024-09-27
    statement: In September 2024 Velto told investors it expected revenue of $9 billion in 2025.
    {SOURCE}
"""


def test_a_cue_of_two_words_pins_its_measure_only_word_for_word(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """"over the next four years" holds the words of the cue "next year", but not the cue:
    a sum to be invested then is no projection of next year's revenue."""
    store = literal_store(PROJECTION)
    assert statuses_in(store, "Velto will invest $400 billion in factories over the next "
                       "four years.") != [Status.CONTRADICTED]
    # the cue word for word still names the measure
    assert statuses_in(store, "Velto projected revenue of $4 billion next year.") == [
        Status.CONTRADICTED]


REVENUE_STORE = f"""
entities:
  - {{id: quoll, name: Quoll Systems, kind: organization}}
facts:
  - id: quoll-revenue-2024
    kind: quantity
    subject: quoll
    measure: revenue
    value: "$12 billion"
    as_of: 2024-12-31
    period: 2024
    statement: Quoll Systems had revenue of $12 billion in 2024.
    {SOURCE}
"""


def test_a_measure_after_another_noun_and_of_is_that_noun_s_measure(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """"cost of revenue" is a cost, "share of its sales" a share: neither states revenue."""
    store = literal_store(REVENUE_STORE)
    assert statuses_in(store, "Quoll Systems' cost of revenue was $5 billion in 2024.") == [
        Status.UNVERIFIED]
    assert statuses_in(store, "Quoll Systems' cost of its revenue was $5 billion in 2024.") == [
        Status.UNVERIFIED]
    # the figure's own noun before "of" still names the measure
    assert statuses_in(store, "Quoll Systems made $5 billion of revenue in 2024.") == [
        Status.CONTRADICTED]
    assert statuses_in(store, "Quoll Systems' revenue was $5 billion in 2024.") == [
        Status.CONTRADICTED]
