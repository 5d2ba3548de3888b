"""Descriptions of things the article gives no name the store knows."""

from __future__ import annotations

import re

import pytest

from factcheck.language.unnamed import (
    brings_in,
    firm_unnamed_before,
    own_name_before,
    unknown_firm_apposed,
)

_NOUN = re.compile(r"\b(?P<noun>company)(?P<poss>['’]s)?")


def _brings_in(sentence: str, named: tuple[tuple[int, int, str], ...] = ()) -> bool:
    found = _NOUN.search(sentence)
    assert found is not None
    return brings_in(sentence, found, named)


@pytest.mark.parametrize("sentence", [
    "Roe told Doe he ran a company that needed widgets.",
    "Roe founded a small company in 2019.",
])
def test_an_indefinite_noun_no_name_goes_with_brings_in_a_thing(sentence: str) -> None:
    assert _brings_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Acme is a company of 5,000 people.",  # says what a name is
    "Acme, a company of 5,000 people, grew.",
    "Acme, now a company of 5,000 people, grew.",
    "Roe set up a company called Acme.",  # a name follows
    "Roe set up a company, Acme, in 2019.",
    "A company that makes widgets grew.",  # opens the sentence, as a headline does
    "Roe runs the company.",  # definite
    "Roe sold a company's shares.",  # a possessive
])
def test_what_brings_in_no_unnamed_thing(sentence: str) -> None:
    assert not _brings_in(sentence)


def test_a_name_in_the_clause_after_the_noun_names_it() -> None:
    sentence = "Hooli joined a company backed by Acme and Globex."
    start = sentence.index("Acme")
    assert not _brings_in(sentence, ((start, start + 4, "acme"),))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Globex said the Zephyr chip beats it.", True),
    ("Globex said the American chip beats it.", False),  # a people's adjective
    ("Globex said the Ohio chip beats it.", False),  # a place
    ("Globex said the chip beats it.", False),
])
def test_a_capitalised_word_before_the_noun_is_a_name_of_its_own(sentence: str,
                                                                 expected: bool) -> None:
    start = sentence.index("the ")
    assert own_name_before(sentence, (), start, sentence.index("chip")) is expected


def test_a_known_name_before_the_noun_is_no_name_of_its_own() -> None:
    sentence = "Globex said the Zephyr chip beats it."
    at = sentence.index("Zephyr")
    assert not own_name_before(sentence, ((at, at + 6, "zephyr"),), sentence.index("the "),
                               sentence.index("chip"))


@pytest.mark.parametrize("sentence, between", [
    # a firm the store lacks, named after the known one: the description may be its
    ("Acme struck a deal with AI chip startup Zorbo, also hiring the company's founder", True),
    ("Acme hired staff from the startup Zorbo Labs, including the company's chief", True),
    # a known name after it, or none: the usual reading
    ("Acme struck a deal with startup Globex, also hiring the company's founder", False),
    ("Acme struck a deal in Texas, also hiring the company's founder", False),
    ("Acme struck a deal with rival Zorbo, and Globex backed the company", False),
])
def test_a_firm_the_store_lacks_before_a_description(sentence: str, between: bool) -> None:
    named = [(sentence.index(n), sentence.index(n) + len(n), n.lower())
             for n in ("Acme", "Globex") if n in sentence]
    assert firm_unnamed_before(sentence, named, sentence.index("the company")) is between


@pytest.mark.parametrize(("sentence", "expected"), [
    # real news: "Mistral AI, a French artificial intelligence start-up backed by NVIDIA,
    # has raised ..." then "... invested €1.3 billion in the company": not NVIDIA
    ("Zorblax AI, a French artificial intelligence company backed by Acme, grew.", True),
    ("Zorblax, a company of 5,000 people, grew.", True),
    # a name the store knows says what it is as usual
    ("Acme, a company of 5,000 people, grew.", False),
    # not the sentence's subject: the description of an object
    ("Acme bought Zorblax, a company of 5,000 people.", False),
    # a place is no firm
    ("Ohio, a company town, grew.", False),
])
def test_a_firm_the_store_lacks_opening_the_sentence_is_described(
        sentence: str, expected: bool) -> None:
    found = _NOUN.search(sentence)
    assert found is not None
    named = ((0, 4, "acme"),) if sentence.startswith("Acme") else ()
    assert unknown_firm_apposed(sentence, found, named) is expected
