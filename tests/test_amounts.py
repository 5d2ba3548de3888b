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


def test_a_number_without_its_noun_counts_what_the_count_before_counted(
        acme_store: Any) -> None:
    assert standalone(acme_store, "Globex sold about 40,000 industrial robots in 2024, while "
                                  "Acme sold some 2.5 million.") == \
        "Acme sold some 2.5 million industrial robots"


@pytest.mark.parametrize("text", [
    # two figures before: which one's noun?
    "Globex sold 40,000 robots for $3 billion, while Acme sold some 2.5 million.",
    # a count of its own before it: what it leaves out is that count's noun
    "Globex cut 1,985 jobs. Acme hired 900 people, including 300 in Ohio.",
    # a sum is no count
    "Globex raised $400 million, while Acme raised some 2.5 million.",
])
def test_no_noun_is_guessed(acme_store: Any, text: str) -> None:
    assert "robots" not in standalone(acme_store, text).split("Acme", 1)[1] and \
        "jobs" not in standalone(acme_store, text)


def test_a_counted_noun_is_written_without_the_scale_word_of_its_count(
        acme_store: Any) -> None:
    """"2.1 billion users" counts users: the noun written after "1.8 billion" is "users",
    not "billion users" (which read the scale twice: 1.8 billion billion)."""
    assert standalone(acme_store, "Globex reached 2.1 billion daily users in 2024, while "
                                  "Acme reached some 1.8 billion.") == \
        "Acme reached some 1.8 billion daily users"


@pytest.mark.parametrize(("second", "reads"), [
    ("That was up 25 percent on the same period last year.",
     "revenue of $50 billion was up 25 percent on the same period last year"),
    ("That represents a 25% year-over-year increase.",
     "revenue of $50 billion represents a 25% year-over-year increase"),
])
def test_that_after_a_measure_s_sum_is_the_measure_s_change(
        acme_store: Any, second: str, reads: str) -> None:
    """Real news: "... with record revenue of $26 billion. That was up 262 percent on the same
    period last year." left the rate without its measure."""
    assert standalone(acme_store, f"Acme beat forecasts, with revenue of $50 billion. "
                                  f"{second}").endswith(reads)


def test_that_after_a_sum_of_no_measure_is_left_as_written(acme_store: Any) -> None:
    assert standalone(acme_store, "Acme paid $5 billion. That was up 25 percent.") == \
        "That was up 25 percent"
