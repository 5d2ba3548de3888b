"""Outlets and platforms carry a statement; they are no party to what it says."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.outlets import carries, is_outlet
from factcheck.read.documents import read_text


def test_an_outlet_is_known_by_its_name_however_written() -> None:
    assert is_outlet("Reuters") and is_outlet("The Wall Street Journal")
    assert is_outlet("CNBC's") and is_outlet("Bloomberg")
    assert not is_outlet("Acme") and not is_outlet("X")


@pytest.mark.parametrize(("name", "before"), [
    ("X", "Musk posted on "),
    ("Twitter", "Musk announced the formation of the company on "),
    ("X", "In a post on "),
    ("Hooli Radio", "In an interview with "),
    ("Hooli Radio", "Speaking on "),
    ("Hooli Radio", "the founder told "),
    ("Hooli Radio", "Speaking to the "),
    ("Reuters", "Acme bought Initech, "),  # an outlet wherever it stands
    # the regulator a document was filed with ("xAI disclosed the round in a filing with
    # the SEC" was left unsupported for the SEC)
    ("SEC", "Acme disclosed the round in a filing with the "),
    ("Widget Commission", "according to a regulatory filing to the "),
])
def test_the_channel_of_a_statement_carries_it(name: str, before: str) -> None:
    assert carries(name, before)


@pytest.mark.parametrize(("name", "before"), [
    ("X", "Acme acquired "),  # a platform is a company too
    ("Azure", "Acme announced that it would build on "),  # a clause of its own between
    ("Hooli", "Acme announced a partnership with "),
    ("Hooli", "Acme said it would invest in "),
    ("Llama", "Blackwell posted 2.4 times Hopper's performance on "),  # results, not a post
    # filing a complaint with a regulator: the regulator received it, it takes part
    ("Widget Commission", "Acme filed a complaint with the "),
])
def test_a_name_that_takes_part_is_no_channel(name: str, before: str) -> None:
    assert not carries(name, before)


def test_an_outlet_or_channel_never_leaves_a_claim_partly_checked(acme_store: Any) -> None:
    found = extract_claims(read_text("Acme's founder told Hooli Radio that Acme bought "
                                     "Initech.", "a.txt"), acme_store.entities)
    assert "Hooli Radio" in found[0].incidental


@pytest.mark.parametrize("sentence", [
    "Speaking on CNBC, Jensen Huang said Nvidia's fourth-quarter revenue was $39.3 billion.",
    "In an interview with Bloomberg, Huang said Nvidia's fourth-quarter revenue was "
    "$39.3 billion.",
])
def test_a_figure_said_on_air_is_checked_on_its_own(bundled_statuses: Any,
                                                      sentence: str) -> None:
    assert [s.value for s in bundled_statuses(sentence, dt.date(2025, 3, 20))] == [
        "supported"]
