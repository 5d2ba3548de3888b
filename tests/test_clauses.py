"""A sentence cut into clauses: each says one thing, with the subject it inherits."""

from __future__ import annotations

from factcheck.language.clauses import split_sentence


def test_a_relative_clause_of_two_verb_phrases_is_two_clauses() -> None:
    """issue 8: "who co-founded Globex in 2016 and left its board in 2018" holds two events;
    read as one claim, a wrong year of the first hid (or, once caught, flagged) a right year
    of the second."""
    s = "Jane Doe, who co-founded Globex in 2016 and left its board in 2018, runs Acme."
    name = s.index("Jane Doe")
    found = [(s[c.start:c.end], c.role) for c in split_sentence(s, [(name, name + 8)])]
    assert ("Jane Doe, who co-founded Globex in 2016", "relative") in found
    assert ("left its board in 2018", "verb-phrase") in found
