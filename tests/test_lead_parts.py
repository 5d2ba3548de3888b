"""A clause that opens on what its subject is doing: the statement, then the participle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
_STORE = f"""
entities:
  - {{id: acme, name: Acme Corp, aliases: [Acme], kind: organization}}
  - {{id: globex, name: Globex, kind: organization}}
  - {{id: initech, name: Initech, kind: organization}}
facts:
  - id: acme-buys-initech
    kind: event
    subject: acme
    object: initech
    measure: acquisition of Initech
    cues: [acquiring, acquire, acquisition, buying, buy]
    value: "$4 billion"
    date: 2025-02-10
    statement: On 10 February 2025 Acme agreed to acquire Initech for $4 billion.
    {_SOURCE}
  - id: acme-widget-platform
    kind: relation
    subject: acme
    measure: widget platform
    cues: [widget platform, Widgetron]
    statement: Acme's widget platform, Widgetron, underpins its developer ecosystem.
    {_SOURCE}
"""


def _report(literal_store: Callable[[str], Any], text: str) -> list[tuple[str, Status]]:
    import datetime as dt

    from factcheck.pipeline import check
    from factcheck.read.documents import read_text
    report = check(read_text(text, "a.txt"), literal_store(_STORE),
                   article_date=dt.date(2025, 2, 11))
    return [(c.claim.standalone, c.verdict.status) for c in report.claims]


def test_a_leading_participle_naming_a_rival_leaves_the_statement_settled(
        literal_store: Callable[[str], Any]) -> None:
    """Ninth real set: "Taking on its closest rival Nvidia while ..., chip giant AMD on
    Monday said it is acquiring ZT Systems ... valued at $4.9 billion" was partly checked,
    the rival no party to the deal: the statement after the lead-in is settled on its own,
    the lead-in said of its subject stays unverified."""
    found = _report(literal_store, "Taking on its larger rival Globex while widening its "
                    "range, Acme said on Monday it is acquiring Initech for $4 billion.")
    assert found == [
        ("Acme said it is acquiring Initech for $4 billion", Status.SUPPORTED),
        ("Acme Corp is taking on its larger rival Globex while widening its range",
         Status.UNVERIFIED)]


def test_a_clause_settled_whole_stays_one_claim(literal_store: Callable[[str], Any]) -> None:
    text = "Leveraging Widgetron, Acme has built a developer ecosystem."
    assert _report(literal_store, text) == [(text[:-1], Status.SUPPORTED)]


@pytest.mark.parametrize("text", [
    # a preposition written like a participle, and a lead-in with a year, frame what follows
    "Following the talks, Acme said on Monday it is acquiring Initech for $4 billion.",
    "Speaking in February 2025, Acme's chief said it is acquiring Initech for $4 billion.",
    # how the figure is measured is part of what it means
    "Adjusting for the Zorblax debt, Acme said it is acquiring Initech for $4 billion.",
    "Using the Zorblax method, Acme said it is acquiring Initech for $4 billion.",
])
def test_a_lead_in_that_frames_the_statement_is_no_part(
        literal_store: Callable[[str], Any], text: str) -> None:
    assert len(_report(literal_store, text)) == 1


def test_the_names_a_leading_participle_lists_are_part_of_it(
        literal_store: Callable[[str], Any]) -> None:
    """A real report's "Securing $6 billion in funding from investors such as A, B, and C,
    xAI has set a strong foundation" was cut after A: "B, and C, xAI has set ..." was a claim
    about B, and the round's figure was B's ("B is securing $6 billion")."""
    found = _report(literal_store, "Expanding its reach with Globex, Zorblax, and Initech, "
                    "Acme said on Monday it is acquiring Initech for $4 billion.")
    assert found == [
        ("Acme said it is acquiring Initech for $4 billion", Status.SUPPORTED),
        ("Acme Corp is expanding its reach with Globex, Zorblax, and Initech",
         Status.UNVERIFIED)]
