"""Respective pairs: "A and B reported $X and $Y, respectively" says X of A and Y of B."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def claims(store: Any, text: str) -> list[Any]:
    return extract_claims(read_text(text, "a.txt"), store.entities)


def test_each_name_takes_the_figure_in_its_place(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp and Globex reported revenue of $50 billion and "
                               "$12 billion, respectively.")
    assert [(p.standalone, p.subject) for p in found[0].parts] == [
        ("Acme Corp reported revenue of $50 billion", "acme"),
        ("Globex reported revenue of $12 billion", "globex")]
    assert [[q.value for q in p.quantities] for p in found[0].parts] == [[50e9], [12e9]]


def test_three_names_and_three_figures_pair_in_order(acme_store: Any) -> None:
    found = claims(acme_store, "Acme, Globex and Initech were founded in 1990, 1995 and "
                               "2001 respectively.")
    assert [(p.standalone, p.years) for p in found[0].parts] == [
        ("Acme was founded in 1990", (1990,)),
        ("Globex was founded in 1995", (1995,)),
        ("Initech was founded in 2001", (2001,))]


def test_a_relative_clause_after_the_list_pairs_with_it(acme_store: Any) -> None:
    """A real report: "ahead of Microsoft and Apple, whose market caps stood near $3.7
    trillion and $3.1 trillion, respectively" had given both sums to the last name."""
    found = claims(acme_store, "The rally lifted RocketChip past Acme and Globex, whose "
                               "market values stood near $2.4 trillion and $1.1 trillion, "
                               "respectively.")
    parts = found[-1].parts
    assert [p.subject for p in parts] == ["acme", "globex"]
    assert [[q.value for q in p.quantities] for p in parts] == [[2.4e12], [1.1e12]]
    assert "Globex" not in parts[0].standalone and "Acme" not in parts[1].standalone


@pytest.mark.parametrize("text", [
    # as many figures as names, but no "respectively": read as it was
    "Acme Corp and Globex reported revenue of $50 billion and $12 billion.",
    # a count that does not match: nothing is paired
    "Acme Corp and Globex reported revenue of $50 billion, $12 billion and $3 billion, "
    "respectively.",
])
def test_no_pairs_without_respectively_or_with_counts_that_differ(acme_store: Any,
                                                                  text: str) -> None:
    found = claims(acme_store, text)
    assert not any(p.subject == "globex" and len(p.quantities) == 1 and
                   p.quantities[0].value == 12e9 for c in found for p in c.parts)


def test_each_pair_is_judged_on_its_own(bundled_store: Any) -> None:
    text = ("Nvidia and AMD reported first-quarter revenue of $44.1 billion and $7.4 billion, "
            "respectively.\n\nAMD and Nvidia reported first-quarter revenue of $9.4 billion "
            "and $44.1 billion, respectively.\n")
    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 6, 10))
    got = [(c.claim.standalone, c.verdict.status) for c in report.claims]
    assert got[:2] == [("Nvidia reported first-quarter revenue of $44.1 billion",
                        Status.SUPPORTED),
                       ("AMD reported first-quarter revenue of $7.4 billion", Status.SUPPORTED)]
    assert ("AMD reported first-quarter revenue of $9.4 billion",
            Status.CONTRADICTED) in got
