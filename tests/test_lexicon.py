"""A lexicon finds the word a case-insensitive whole-word alternation finds."""

from __future__ import annotations

import re

import pytest

from factcheck.language.lexicon import Lexicon

WORDS = "tax taxes revenue sales stage"
REGEX = re.compile(r"\b(?:" + "|".join(WORDS.split()) + r")\b", re.IGNORECASE)
LEXICON = Lexicon(WORDS)


@pytest.mark.parametrize("text", [
    "Revenue rose while taxes fell",
    "The TAX bill passed",
    "surtax and taxation are other words",
    "pre-tax profit",
    "sales_tax is one token",
    "tax's share",
    "on stage.",
    "Über-Revenue",
    "naïve revenue figures",
    "no word of the lexicon here",
    "",
    "ſales",  # the regex module takes the long s for an "s"
    "Ｒevenue",  # a full-width capital is no "r" to either
])
def test_finds_what_the_regex_finds(text: str) -> None:
    found, expected = LEXICON.search(text), REGEX.search(text)
    assert (found and (found.span(), found.group(0))) == \
        (expected and (expected.span(), expected.group(0)))


def test_the_first_word_in_the_text_not_in_the_lexicon_order() -> None:
    found = LEXICON.search("Sales and revenue")
    assert found is not None and found.group(0) == "Sales"


def test_holds_single_lower_case_words_only() -> None:
    with pytest.raises(ValueError):
        Lexicon("r&d")
    with pytest.raises(ValueError):
        Lexicon("Tax")
