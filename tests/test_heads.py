"""A participle that tells what the thing before its comma holds hangs from that thing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.pipeline import check
from factcheck.read.documents import read_text

_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
_STORE = f"""
entities:
  - {{id: acme, name: Acme Corp, aliases: [Acme], kind: organization}}
  - {{id: globex, name: Globex, kind: organization}}
  - {{id: initech, name: Initech, kind: organization}}
  - {{id: zeta, name: Zeta, kind: project, affiliation: acme}}
facts:
  - id: zeta-budget
    kind: quantity
    subject: zeta
    mentions: [acme, globex, initech]
    measure: planned investment
    cues: [invest, investment]
    value: "$40 billion"
    tolerance: 0.01
    as_of: 2025-01-10
    statement: Zeta, a venture of Acme, Globex and Initech, plans to invest $40 billion.
    {_SOURCE}
"""


@pytest.mark.parametrize(("text", "standalone"), [
    # tenth real set: "Trump announced a new joint venture, involving OpenAI, Oracle, and
    # SoftBank, poised to invest up to $500 billion" was read as Trump involving them
    ("Acme announced Zeta, involving Globex and Initech, poised to invest $40 billion.",
     "Zeta is involving Globex and Initech, poised to invest $40 billion"),
    ("Acme unveiled Zeta, featuring Globex and Initech as partners.",
     "Zeta is featuring Globex and Initech as partners"),
    # any other participle is the actor's, as is one with no name right before its comma
    ("Acme announced Zeta, hiring Globex and Initech as partners.",
     "Acme Corp is hiring Globex and Initech as partners"),
    ("Acme announced a plan, involving Globex and Initech, to invest $40 billion.",
     "Acme Corp is involving Globex and Initech, to invest $40 billion"),
])
def test_a_participle_of_what_a_thing_holds_is_said_of_the_thing(
        literal_store: Callable[[str], Any], text: str, standalone: str) -> None:
    report = check(read_text(text, "a.txt"), literal_store(_STORE),
                   article_date=dt.date(2025, 3, 1))
    # (a level after a change with a figure stays in the change's claim: "rose 12%, reaching
    # $4 billion" is one statement, as "rose 12% to $4 billion" is)
    level = standalone.split(" is ")[-1]
    holding = [c.claim.standalone for c in report.claims if level in c.claim.standalone]
    assert holding and (holding[0] == standalone or holding[0] == text.rstrip(".")), holding


def test_the_actor_goes_on_after_the_participle(literal_store: Callable[[str], Any]) -> None:
    """The thing the participle describes does not become the subject of what follows."""
    text = ("Acme announced Zeta, involving Globex and Initech, and said it would invest "
            "$40 billion.")
    report = check(read_text(text, "a.txt"), literal_store(_STORE),
                   article_date=dt.date(2025, 3, 1))
    assert report.claims[-1].claim.subject == "acme"


def test_a_figure_of_the_thing_is_checked_against_the_thing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]]) -> None:
    from factcheck.model import Status
    found = statuses_in(literal_store(_STORE), "Acme announced Zeta, involving Globex and "
                        "Initech, poised to invest $40 billion.")
    assert found[-1] is Status.SUPPORTED


def test_it_in_the_next_sentence_goes_on_with_the_actor(
        literal_store: Callable[[str], Any]) -> None:
    text = "Acme unveiled Zeta, featuring Globex and Initech as partners. It also hired 40 staff."
    report = check(read_text(text, "a.txt"), literal_store(_STORE),
                   article_date=dt.date(2025, 3, 1))
    assert report.claims[-1].claim.standalone == "Acme Corp also hired 40 staff"


@pytest.mark.parametrize(("text", "standalone"), [
    # the level a measure's change reached is the measure's, not its owner's
    ("Acme's widget revenue jumped 32% from a year earlier, hitting $13.6 billion.",
     "Acme's widget revenue is hitting $13.6 billion"),
    ("In the second quarter, Acme widget sales rose 12%, reaching $4 billion.",
     "Acme widget sales is reaching $4 billion"),
    # a participle of another kind, or a change of no measure, keeps its actor
    ("Acme's shares rose 12%, reaching a record.", "Acme Corp is reaching a record"),
])
def test_a_participle_of_result_is_said_of_the_measure_that_moved(
        literal_store: Callable[[str], Any], text: str, standalone: str) -> None:
    """"Cloud revenue jumped 32%, hitting $13.6 billion" was read "Google is hitting $13.6
    billion": no measure, so no fact of the cloud's revenue was asked."""
    report = check(read_text(text, "a.txt"), literal_store(_STORE),
                   article_date=dt.date(2025, 3, 1))
    # (a level after a change with a figure stays in the change's claim: "rose 12%, reaching
    # $4 billion" is one statement, as "rose 12% to $4 billion" is)
    level = standalone.split(" is ")[-1]
    holding = [c.claim.standalone for c in report.claims if level in c.claim.standalone]
    assert holding and (holding[0] == standalone or holding[0] == text.rstrip(".")), holding
