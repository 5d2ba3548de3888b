"""An aside in brackets or between dashes that tells of another party than the clause it
interrupts: a claim of its own, never the clause's subject or figure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.clauses import split_sentence
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def _pieces(s: str, *names: str) -> list[tuple[str, str]]:
    spans = [(s.index(n), s.index(n) + len(n)) for n in names]
    return [(" ".join(s[c.start:c.end].split()) if c.aside is None else
             " ".join((s[c.start:c.aside[0]] + " " + s[c.aside[1]:c.end]).split()), c.role)
            for c in split_sentence(s, spans)]


@pytest.mark.parametrize(("sentence", "names", "pieces"), [
    ("Data center revenue (Globex will report next week) rose to $3.9 billion.", ("Globex",),
     [("Data center revenue rose to $3.9 billion", "main"),
      ("Globex will report next week", "aside")]),
    ("Data center revenue — a market where Globex still leads — rose to $3.9 billion.",
     ("Globex",), [("Data center revenue rose to $3.9 billion", "main"),
                   ("a market where Globex still leads", "aside")]),
    # an aside with no name of its own is the clause's own: "(up 69% from a year earlier)"
    ("Data center revenue rose to $3.9 billion (up 69% from a year earlier).", (),
     [("Data center revenue rose to $3.9 billion (up 69% from a year earlier)", "main")]),
    # brackets that only name a party are no clause ("its largest customers (Globex)")
    ("Sales to its largest customer (Globex) rose 12% in 2024.", ("Globex",),
     [("Sales to its largest customer (Globex) rose 12% in 2024", "main")]),
])
def test_an_aside_that_tells_of_another_party_is_a_clause_of_its_own(
        sentence: str, names: tuple[str, ...], pieces: list[tuple[str, str]]) -> None:
    assert _pieces(sentence, *names) == pieces


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"


def _data_center(owner: str, value: str) -> str:
    """A fact of ``owner``'s data center revenue for the fourth quarter of 2024."""
    return (f"  - {{id: {owner}-q4-dc, kind: quantity, subject: {owner}, value: '{value}',\n"
            "     measure: quarterly data center revenue, tolerance: 0.01, as_of: 2024-12-31,\n"
            "     cues: [data center revenue, data-centre revenue],\n"
            f"     statement: {owner} data center revenue for Q4 2024 was {value},\n"
            f"     {_SOURCE}}}\n")


_STORE = ("entities:\n"
          "  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}\n"
          "  - {id: globex, name: Globex, kind: organization}\n"
          "facts:\n" + _data_center("acme", "$3.9 billion") +
          _data_center("globex", "$35.6 billion"))


@pytest.mark.parametrize("sentence", [
    "Data-centre revenue — a market where Globex still leads — rose to $3.9 billion in the "
    "fourth quarter.",
    "Data-centre revenue (Globex will report its own figures later this month) rose to $3.9 "
    "billion in the fourth quarter.",
    # the aside's figure is no figure of the clause's: no ratio of Acme's to be read from it
    "The company's data-centre revenue — Globex's was roughly nine times larger — rose to "
    "$3.9 billion in the fourth quarter.",
])
def test_the_clause_an_aside_interrupts_keeps_its_own_subject(
        literal_store: Callable[[str], Any], sentence: str) -> None:
    text = f"# Acme sales climb\n\nAcme reported its results on Tuesday. {sentence}\n"
    report = check(read_text(text, "a.md", "markdown"), literal_store(_STORE),
                   article_date=dt.date(2025, 2, 10))
    told = [c for c in report.claims if "$3.9 billion" in c.claim.text]
    assert [(c.claim.subject, c.verdict.status) for c in told] == [("acme", Status.SUPPORTED)]
    assert all(c.verdict.status is not Status.CONTRADICTED for c in report.claims)
