"""A product's maker named by apposition: "OpenAI, the creator of ChatGPT"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCES = "[{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization, descriptors: [company]}}
  - {{id: zeta, name: Zeta Labs, kind: organization, descriptors: [startup]}}
  - {{id: parrot, name: Parrot, kind: product, affiliation: acme}}
facts:
  - {{id: acme-launches-parrot, kind: event, subject: acme, object: parrot, measure: launch,
     date: 2022-11-30, sources: {SOURCES},
     statement: Acme launched its chatbot Parrot on 30 November 2022.}}
  - {{id: acme-round-2024, kind: quantity, subject: acme, measure: funding round size,
     cues: [raised], value: "$6 billion", tolerance: 0.01, as_of: 2024-10-02,
     sources: {SOURCES}, statement: Acme raised $6 billion in October 2024.}}
"""


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


@pytest.mark.parametrize("text", [
    "Acme, the creator of Parrot, hired 300 engineers.",
    "Acme, the company behind the Parrot chatbot, hired 300 engineers.",
    "Acme is the maker of Parrot.",
])
def test_the_launch_of_a_product_by_its_maker_answers_to_the_maker_nouns(
        statuses: Callable[[str], list[Status]], text: str) -> None:
    assert statuses(text)[0] is Status.SUPPORTED


def test_another_company_is_no_maker_of_the_product(
        statuses: Callable[[str], list[Status]]) -> None:
    assert statuses("Zeta Labs, the creator of Parrot, hired 300 engineers.")[0] is \
        Status.UNVERIFIED


def test_a_maker_noun_in_a_claim_with_a_date_names_no_launch(
        statuses: Callable[[str], list[Status]]) -> None:
    """"Parrot maker Acme raised $6 billion in October 2024" tells of a round: the launch's
    day is no day of it, and refutes nothing."""
    assert Status.CONTRADICTED not in statuses(
        "Acme, the maker of Parrot, was founded in 2015.")
    assert Status.CONTRADICTED not in statuses(
        "Parrot maker Acme raised $6 billion in October 2024.")
