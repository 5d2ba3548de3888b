"""The descriptor nouns found in a sentence over its lowered text are exactly those the
case-insensitive pattern finds: same places, same groups, whatever the case or the letters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language.nouns import EntityNouns
from factcheck.model import Entity

ENTITIES = {
    "aip": Entity("aip", "AI Infrastructure Partnership", "project", (),
                  descriptors=("consortium", "investment partnership")),
    "nvidia": Entity("nvidia", "NVIDIA", "organization", (), descriptors=("chipmaker",)),
    "webb": Entity("webb", "James Webb Space Telescope", "product", ()),
}
NOUNS = EntityNouns(ENTITIES)


def found(matches: tuple[re.Match[str], ...] | list[re.Match[str]]
          ) -> list[tuple[int, int, str, str | None]]:
    return [(m.start(), m.end(), m.group("noun"), m.group("poss")) for m in matches]


def expected(sentence: str) -> list[tuple[int, int, str, str | None]]:
    assert NOUNS.pattern is not None
    return found(list(NOUNS.pattern.finditer(sentence)))


@pytest.mark.parametrize("sentence", [
    "The consortium's chipmaker and the telescope met the Investment Partnership.",
    "THE CHIPMAKER'S SHARES FELL",  # "'S" is no possessive: lowering would make it one
    "the chipmaker’s own telescope-maker chipmakers",
    "The İnvestment partnership and the consortium",  # a letter lowering turns into two
    "The Chipmaker’S plan and ſomething",
    "",
])
def test_nouns_are_found_as_the_case_insensitive_pattern_finds_them(sentence: str) -> None:
    assert found(NOUNS.find(sentence)) == expected(sentence)


def test_a_sentence_read_again_is_not_searched_again() -> None:
    sentence = "The consortium hired the chipmaker."
    assert NOUNS.find(sentence) is NOUNS.find(sentence)
    assert found(NOUNS.find("The telescope")) == expected("The telescope")


PIECES = ["consortium", "Consortium", "CHIPMAKER", "chipmaker", "telescope", "'s", "'S", "’s",
          "investment partnership", "Investment  Partnership", "-", "_", " ", " the ", "İ",
          "ı", "ſ", "K", "x", ".", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_any_sentence_of_nouns_and_odd_letters(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    assert found(NOUNS.find(sentence)) == expected(sentence)
