"""A description in a person's reported words names the organisation the person acts for."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.read.documents import read_text


def last_standalone(store: Any, text: str) -> str:
    return extract_claims(read_text(text, "a.txt"), store.entities)[-1].standalone


@pytest.mark.parametrize("speaker", ["John Roe", "He", "Roe"])
@pytest.mark.parametrize("noun", ["the company", "the conglomerate"])
def test_the_company_a_speaker_acts_for_is_the_one_his_words_name(
        acme_store: Any, speaker: str, noun: str) -> None:
    text = f"John Roe spoke in Ohio on Monday. {speaker} said {noun} would open a plant."
    assert last_standalone(acme_store, text).endswith("Roe said Acme Corp would open a plant")


def test_another_company_just_named_leaves_the_description_to_the_discourse(
        acme_store: Any) -> None:
    text = "Globex reported results on Monday. John Roe said the company would open a plant."
    assert "Acme" not in last_standalone(acme_store, text)


def test_a_speaker_with_no_organisation_names_none(acme_store: Any) -> None:
    text = "Jane Doe spoke in Ohio on Monday. She said the company would open a plant."
    assert last_standalone(acme_store, text) == "Jane Doe said the company would open a plant"
