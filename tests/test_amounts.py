"""Amounts as referents: "that sum" is the one sum the clause before gave."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.read.documents import read_text


def standalone(store: Any, text: str) -> str:
    return extract_claims(read_text(text, "a.txt"), store.entities)[-1].standalone


@pytest.mark.parametrize("phrase", ["that sum", "the same amount", "this figure"])
def test_a_definite_amount_is_the_sum_given_just_before(acme_store: Any, phrase: str) -> None:
    assert standalone(acme_store, f"Globex pledged $4 billion to the plan. Acme will spend "
                                  f"{phrase} by 2027.") == "Acme will spend $4 billion by 2027"


@pytest.mark.parametrize("before", [
    "Globex pledged $4 billion and Initech $2 billion.",  # two sums: which one?
    "Globex pledged $4 billion. Initech hired 300 engineers.",  # the last figure is no sum
    "Globex grew quickly.",  # no sum given
])
def test_no_sum_is_guessed(acme_store: Any, before: str) -> None:
    assert standalone(acme_store, f"{before} Acme will spend that sum by 2027.") == \
        "Acme will spend that sum by 2027"
