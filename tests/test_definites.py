"""Definites: the determiner and modifiers a description opens with."""

from __future__ import annotations

import pytest

from factcheck.language.definites import LEAD


@pytest.mark.parametrize(("text", "lead"), [
    ("Acme said the company grew", "the "),
    ("This $30 billion fund closed", "This $30 billion "),
    ("Globex bought the Microsoft-backed startup", "the Microsoft-backed "),
    ("Acme, whose rival said that company grew", None),  # "that" opens no description
    ("a bathe company", None),  # "the" inside a word
    ("Acme's lathe company", None),
])
def test_a_description_opens_with_the_or_this_as_a_whole_word(text: str,
                                                              lead: str | None) -> None:
    noun = text.index("company") if "company" in text else text.index(
        "fund") if "fund" in text else text.index("startup")
    found = LEAD.search(text, max(0, noun - 60), noun)
    assert (found.group(0) if found else None) == lead
