"""A noun phrase with a relative clause of its own names a thing by what was done to it
(language/noun_clauses.py)."""

from __future__ import annotations

import pytest

from factcheck.language.noun_clauses import noun_clause_spans


def _phrases(text: str) -> list[str]:
    return [text[start:end] for start, end in noun_clause_spans(text)]


@pytest.mark.parametrize(("text", "phrases"), [
    ("Doe is taking Acme away from the charity it was founded as.",
     ["the charity it was founded as"]),
    ("Doe is suing the company he co-founded.", ["the company he co-founded"]),
    ("Acme is folding in the chip business that it bought from Globex.",
     ["the chip business that it bought from"]),
    # the predicate of a copula is what the claim says
    ("Acme is the company he co-founded.", []),
    # two clauses joined, a reported clause: no noun of a clause of its own
    ("Acme announced the deal and it closed in 2020.", []),
    ("The company said it acquired Globex.", []),
    ("Acme bought Globex in 2020.", []),
])
def test_a_noun_named_by_what_was_done_to_it_is_read(text: str, phrases: list[str]) -> None:
    assert _phrases(text) == phrases
