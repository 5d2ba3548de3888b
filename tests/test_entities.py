"""Entity names: which words of a text name a store's entity."""

from __future__ import annotations

import pytest

from factcheck.language.entities import EntityIndex, unknown_names
from factcheck.model import Entity

INDEX = EntityIndex([
    Entity("thrive", "Thrive Capital", "organization", ("Thrive",)),
    Entity("instinct", "Instinct", "product", ("Instinct MI300X",)),
    Entity("openai", "OpenAI", "organization", ()),
    Entity("expansion", "Canal Expansion", "project", ("new locks",)),
])


def found(text: str) -> list[str]:
    return [m.entity for m in INDEX.find(text)]


@pytest.mark.parametrize("text", [
    "Startups thrive when rates fall.",
    "She trusted her instinct on the deal.",
])
def test_a_common_word_in_lower_case_names_no_one(text: str) -> None:
    """Issue 8: "startups thrive" was Thrive Capital, "her instinct" AMD's Instinct."""
    assert found(text) == []


@pytest.mark.parametrize(("text", "entity"), [
    ("Thrive led the round.", "thrive"),
    ("AMD's INSTINCT line sold well.", "instinct"),  # capitals, whatever their case
    ("Openai raised money.", "openai"),
    # a line written wholly in lower case (a web address's slug) keeps its names
    ("openai raises 66 billion at 157 billion valuation", "openai"),
    # an alias the store itself writes in lower case is a description, found as written
    ("The new locks opened in 2016.", "expansion"),
])
def test_a_name_written_with_a_capital_or_in_a_line_without_any_is_found(
        text: str, entity: str) -> None:
    assert found(text) == [entity]


def test_a_restored_index_finds_what_the_built_one_finds() -> None:
    restored = EntityIndex.restore(INDEX.state(), INDEX.entities)
    for text in ("Startups thrive.", "The new locks opened.", "Thrive led it."):
        assert restored.find(text) == INDEX.find(text)


@pytest.mark.parametrize(("text", "names"), [
    # an adverb opening the sentence before its comma is capitalised, not a name
    ("Together, the two rounds lifted Zorblax's total to $14 billion", ["Zorblax"]),
    ("Combined, the deals gave Zorblax a lead", ["Zorblax"]),
    ("Overall, Zorblax grew", ["Zorblax"]),
    # a name opening the sentence before an aside stays a name
    ("Zorblax, the widget maker, grew", ["Zorblax"]),
])
def test_an_opening_adverb_is_no_name(text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names
