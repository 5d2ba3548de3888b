"""An organisation named in full, then without its corporate word: the short name names it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.read.documents import read_text

STORE = """
entities:
  - {id: volta, name: Volta Computing, kind: organization}
  - {id: harbor, name: Harbor Owl Capital, kind: organization}
  - {id: acme, name: Acme, kind: organization}
facts: []
"""


@pytest.mark.parametrize(("text", "entity"), [
    # "Ampere Computing ... Ampere has become ...": the firm, not an unknown name
    ("Acme bought Volta Computing in May. Volta has become a unit of Acme.", "volta"),
    ("Harbor Owl Capital raised $15 billion. Harbor Owl said the fund was full.", "harbor"),
])
def test_a_firm_named_in_full_is_named_again_without_its_corporate_word(
        literal_store: Callable[[str], Any], text: str, entity: str) -> None:
    claims = extract_claims(read_text(text, "a.txt"), literal_store(STORE).entities)
    assert claims[-1].subject == entity and not claims[-1].unknown_names


@pytest.mark.parametrize("text", [
    # never before the full name, nor as a part of a longer name of its own
    "Volta has become a unit of Acme. Acme bought Volta Computing in May.",
    "Acme bought Volta Computing in May. Volta Grid has become a unit of Acme.",
])
def test_a_short_name_names_no_firm_unless_the_full_name_came_before_and_it_stands_alone(
        literal_store: Callable[[str], Any], text: str) -> None:
    claims = extract_claims(read_text(text, "a.txt"), literal_store(STORE).entities)
    assert claims[0].subject != "volta" or claims[0].unknown_names == ()
    assert not (claims[-1].subject == "volta" and "Grid" in claims[-1].text)
