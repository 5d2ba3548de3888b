"""Reported speech: what a speaker said, against the store's record of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Claim, Position, Span, Status
from factcheck.rules.speech import speakers

SOURCES = "[{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: orbit, name: Orbit Park, kind: project, descriptors: [campus]}}
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: jo, name: Jo Doe, kind: person, affiliation: acme}}
  - {{id: al, name: Al Roe, kind: person}}
facts:
  - {{id: orbit-site, kind: relation, subject: orbit, mentions: [acme, jo], measure: first site,
     cues: [under construction, being built], sources: {SOURCES},
     statement: At the launch Jo Doe said the first Orbit Park buildings were already under
       construction in Dayton.}}
  - {{id: jo-quote, kind: quote, subject: jo, measure: remark, cues: [said, told],
     sources: {SOURCES}, date: 2023-02-15, quote: "Nothing we build is ever finished.",
     statement: "On 15 February 2023 Jo Doe said: Nothing we build is ever finished."}}
"""


@pytest.fixture
def last(literal_store: Callable[[str], Any],
         statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], Status]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)[-1]


def test_a_statement_that_has_the_speaker_saying_it_settles_their_reported_words(
        last: Callable[[str], Status]) -> None:
    """The sentence opens with Acme; what it reports is Jo Doe's, which the store records
    in a fact about the campus."""
    assert last("Acme chairman Jo Doe said the first buildings were already being "
                "built.") is Status.SUPPORTED
    # another speaker's words are not hers
    assert last("Acme adviser Al Roe said the first buildings were already being "
                "built.") is Status.UNVERIFIED


def test_a_quotation_said_on_the_day_recorded_checks_its_year(
        last: Callable[[str], Status]) -> None:
    assert last('"Nothing we build is ever finished," Jo Doe told the gathering in '
                'February 2023.') is Status.SUPPORTED
    assert last('"Nothing we build is ever finished," Jo Doe told the gathering in '
                'March 2023.') is Status.UNVERIFIED


@pytest.mark.parametrize(("text", "says"), [
    ("Jo Doe said the campus was ready.", True),
    ("Jo Doe, speaking on Tuesday, said so.", True),
    ("Jo Doe has also told reporters so.", True),
    ("Bo-Jo Doe said the campus was ready.", False),  # another name that ends the same way
    ("AJo Doe said so.", False),
    ("Jo Doe wrote nothing, but Jo Doe later said so.", True),  # the second time
    ("Jo Doesaid so.", False),
    ("jo doe said so.", False),  # the name as the store writes it
])
def test_a_speaker_is_the_whole_name_before_a_verb_of_saying(text: str, says: bool) -> None:
    claim = Claim(id="c", text=text, standalone=text, span=Span(0, len(text)),
                  position=Position(1, 1), sentence=text, entities=("jo",), named=("jo",),
                  subject="jo", subject_name="Jo Doe", unknown_names=(), quantities=(),
                  years=(), quotes=())
    assert speakers(claim, lambda _: ("Jo Doe",)) == (("jo",) if says else ())


FIGURE_STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zap, name: Zap, kind: product, affiliation: acme}}
facts:
  - {{id: zap-ramp, kind: event, subject: zap, mentions: [acme], measure: volume shipments
     and revenue, cues: [shipping, revenue, sales], value: "$11 billion", tolerance: 0.05,
     date: 2025-01-26, state: available, sources: {SOURCES},
     statement: Zap was shipping in volume by early 2025; Acme reported about $11 billion of
       Zap revenue in the quarter.}}
"""


def test_a_figure_the_speaker_reports_of_another_thing_is_not_the_record_s(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """Chipmakers' real news: "Acme reported $11 billion in networking sales" met the record
    of what Acme reported of its product Zap, by the figure alone."""
    store = literal_store(FIGURE_STORE)
    assert statuses_in(store, "Acme reported $11 billion in networking sales.")[-1] is \
        Status.UNVERIFIED
    # the thing the record is about, named, is still confirmed
    assert statuses_in(store, "Acme reported $11 billion of Zap revenue in the quarter.")[-1] \
        is Status.SUPPORTED
