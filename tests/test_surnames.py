"""A person named in full, then by surname alone: the surname names that person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.read.documents import read_text

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: volta, name: Volta Grid, kind: organization}}
  - {{id: ada-quill, name: Ada Quill, kind: person, affiliation: volta}}
facts:
  - id: volta-plan
    kind: quantity
    subject: volta
    mentions: [ada-quill]
    measure: planned investment
    cues: [invest, investment, plan, planned]
    value: "$40 billion"
    tolerance: 0.01
    as_of: 2025-01-10
    published: 2025-01-10
    statement: Volta Grid plans to invest $40 billion in power plants.
    {SOURCE}
"""


def entities_of(store: Any, text: str) -> list[tuple[str, ...]]:
    return [c.entities for c in extract_claims(read_text(text, "a.txt"), store.entities)]


def test_a_surname_after_the_full_name_names_the_person(
        literal_store: Callable[[str], Any]) -> None:
    store = literal_store(STORE)
    found = entities_of(store, "Volta Grid chief executive Ada Quill spoke on Monday. "
                               "Quill said the group would build twelve plants.")
    assert "ada-quill" in found[-1]


def test_a_surname_is_no_unknown_name_that_blocks_support(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE)
    assert statuses_in(store, "Volta Grid chief executive Ada Quill spoke on Monday. "
                              "Quill said Volta Grid plans to invest $40 billion.")[-1] \
        == Status.SUPPORTED


def test_a_surname_before_the_full_name_names_no_one(
        literal_store: Callable[[str], Any]) -> None:
    store = literal_store(STORE)
    found = entities_of(store, "Quill said the group would build twelve plants. "
                               "Volta Grid chief executive Ada Quill spoke on Monday.")
    assert "ada-quill" not in found[0]


def test_a_surname_an_unknown_person_shares_names_no_one(
        literal_store: Callable[[str], Any]) -> None:
    store = literal_store(STORE)
    found = entities_of(store, "Volta Grid chief executive Ada Quill spoke on Monday, as did "
                               "the analyst Tom Quill. Quill said the group would build "
                               "twelve plants.")
    assert "ada-quill" not in found[-1]


def test_a_surname_opening_a_sentence_names_the_person_only_when_it_acts(
        literal_store: Callable[[str], Any]) -> None:
    store = literal_store(STORE)
    lead = "Volta Grid chief executive Ada Quill spoke on Monday. "
    assert any("ada-quill" in e for e in entities_of(
        store, lead + "Quill told investors the plants would open in 2026.")[1:])
    # any verb of acting in the past (sixth-set profile: "Su lifted the outlook")
    assert any("ada-quill" in e for e in entities_of(
        store, lead + "Quill lifted the plan to $50 billion in March.")[1:])
    # a surname that is also a word: at a sentence's start, it may be only the word
    assert not any("ada-quill" in e for e in entities_of(
        store, lead + "Quill of the old kind was sold at the fair.")[1:])


def test_a_surname_inside_another_name_names_no_one(
        literal_store: Callable[[str], Any]) -> None:
    store = literal_store(STORE)
    found = entities_of(store, "Volta Grid chief executive Ada Quill spoke on Monday. "
                               "The fund bought a stake in Quill Partners in 2024.")
    assert "ada-quill" not in found[-1]


def test_a_judgement_a_fact_touches_only_in_part_stays_a_judgement(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE)
    # once Quill is known, the fact about her plan checks the figure, not the rest
    assert statuses_in(store, "Volta Grid chief executive Ada Quill spoke on Monday. If Quill "
                              "and Tom Reyes really can invest $40 billion in four years, it "
                              "will be the boldest bet in the trade.")[-1] == Status.OPINION


@pytest.mark.parametrize("possessive", ["Quill's", "Quill’s"])
def test_a_surname_with_a_possessive_names_the_person(
        literal_store: Callable[[str], Any], possessive: str) -> None:
    store = literal_store(STORE)
    found = entities_of(store, "Volta Grid chief executive Ada Quill spoke on Monday. "
                               f"{possessive} plan calls for twelve plants.")
    assert "ada-quill" in found[-1]


@pytest.mark.parametrize(("text", "named"), [
    # British reports call a knight or a dame by the title and the given name (ninth real
    # set: "Sir Demis and Dr Jumper ... presented", after "Sir Demis Hassabis")
    ("Ada Quill runs Volta Grid. Last year Dame Ada opened a plant.", True),
    ("Ada Quill runs Volta Grid. Last year Sir Ada opened a plant.", True),
    # the given name alone, or one another person named in full shares, names no one
    ("Ada Quill runs Volta Grid. Last year Ada opened a plant.", False),
    ("Ada Quill met Ada Brook. Last year Dame Ada opened a plant.", False),
])
def test_a_knight_s_title_and_given_name_name_the_person_named_in_full(
        literal_store: Callable[[str], Any], text: str, named: bool) -> None:
    assert ("ada-quill" in entities_of(literal_store(STORE), text)[-1]) is named
