"""Where a clause's subject ends and what it asserts begins."""

from __future__ import annotations

import pytest

from factcheck.language.subjects import predicate_start, subject_description


@pytest.mark.parametrize("text, verb", [
    ("Acme chief executive Jane Doe opened the fair", "opened"),
    ("One of its founders, Jane Doe, has sued the firm", "has"),
    ("After the takeover, Acme expanded its lines", "expanded"),
    ("The group calls itself open", "calls"),
    ("Globex said its sales would rise", "said"),
])
def test_the_predicate_starts_at_the_first_finite_verb(text: str, verb: str) -> None:
    assert text[predicate_start(text):].split()[0] == verb


@pytest.mark.parametrize("text, described", [
    ("Acme chief executive Jane Doe opened the fair", "Acme chief executive"),
    ("One of its founders, Jane Doe, has sued the firm", "One of its founders,"),
    ("Widget maker xAI is hiring", "Widget maker"),
    # capitalised titles, chained: the holder is the name after the last one
    ("Globex owner and Acme CEO Jane Doe opened the fair", "Globex owner and Acme CEO"),
    ("Acme Chairman and CTO Jane Doe opened the fair", "Acme Chairman and CTO"),
    # no description of the subject before its name
    ("Jane Doe opened the fair", None),
    ("The sale of Globex made Acme the leader", None),  # a name after "of" is no title
    ("Acme and Globex signed a deal", None),
    ("Acme's partnership with Initech remains vital", None),
    ("After the takeover, Acme expanded its lines", None),  # a lead-in asserts
    ("The plant keeps the deal alive, Jane Doe said", None),  # what she said
    ('"We will grow," Jane Doe said', None),
])
def test_a_title_or_apposition_before_the_name(text: str, described: str | None) -> None:
    found = subject_description(text)
    assert (text[found[0]:found[1]].strip() if found else None) == described
