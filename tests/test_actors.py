"""Who does an event's act: a party the record tells as the one acted on, made the doer by a
claim, is not confirmed by that record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

_SUIT = """
entities:
  - {id: acme, name: Acme, kind: organization}
  - {id: jane-roe, name: Jane Roe, kind: person, aliases: [Roe]}
  - {id: omar-diaz, name: Omar Diaz, kind: person, aliases: [Diaz]}
  - {id: initech, name: Initech, kind: organization}
  - {id: lee-park, name: Lee Park, kind: person, aliases: [Park]}
facts:
  - id: roe-sues-acme
    kind: event
    subject: jane-roe
    object: acme
    mentions: [omar-diaz]
    measure: lawsuit against Acme
    cues: [sued, sues, lawsuit]
    date: 2024-06-03
    statement: On 3 June 2024 Jane Roe sued Acme and its chief executive Omar Diaz in a state
      court, saying they had broken the company's charter.
    sources:
      - {url: "https://example.com/suit", title: Suit, publisher: Example, reliability: news}
  - id: initech-hires-park
    kind: event
    subject: lee-park
    mentions: [initech]
    measure: appointment at Initech
    cues: [hired, hires, joined, joins]
    date: 2024-02-12
    statement: On 12 February 2024 Initech hired Lee Park as its head of research.
    sources:
      - {url: "https://example.com/park", title: Park, publisher: Example, reliability: news}
  - id: acme-founded
    kind: event
    subject: acme
    mentions: [jane-roe, omar-diaz]
    measure: founding
    cues: [founded, co-founded]
    date: 2010-05-01
    statement: Acme was founded on 1 May 2010 by Jane Roe and Omar Diaz.
    sources:
      - {url: "https://example.com/acme", title: Acme, publisher: Example, reliability: news}
"""


@pytest.mark.parametrize("sentence", [
    # a party the suit falls on, told as the one who sued
    "Omar Diaz sued Jane Roe in June 2024.",
    "Omar Diaz sued Acme in June 2024.",
    # the one hired, told as the one who hired
    "Lee Park hired Initech's research chief in February 2024.",
])
def test_a_party_acted_on_told_as_the_doer_is_not_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str) -> None:
    """issue 8: "Sam Altman sued Elon Musk" was supported by Musk's suit against OpenAI,
    Altman and Brockman: a party the record mentions was read as the record's doer."""
    assert statuses_in(literal_store(_SUIT), sentence, dt.date(2025, 3, 1)) == \
        [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    "Jane Roe sued Acme and Omar Diaz in June 2024.",
    "Jane Roe sued Omar Diaz and Acme in June 2024.",
    "Initech hired Lee Park in February 2024.",
    "Lee Park joined Initech in February 2024.",
    # fellow doers: the agents of a passive, after "by"
    "Omar Diaz co-founded Acme in 2010.",
])
def test_the_doer_and_the_one_acted_on_told_rightly_are_confirmed(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str) -> None:
    assert statuses_in(literal_store(_SUIT), sentence, dt.date(2025, 3, 1)) == \
        [Status.SUPPORTED]


@pytest.mark.parametrize(("sentence", "status"), [
    ("Greg Brockman sued Elon Musk in federal court in August 2024.", Status.UNVERIFIED),
    ("Sam Altman removed OpenAI's board in November 2023.", Status.UNVERIFIED),
    ("Greg Brockman was sued by Elon Musk in August 2024.", Status.SUPPORTED),
    ("OpenAI's board removed Sam Altman in November 2023.", Status.SUPPORTED),
    ("BlackRock launched the AI Infrastructure Partnership in September 2024.",
     Status.SUPPORTED),
])
def test_the_bundled_records_tell_who_acted(bundled_statuses: Callable[..., list[Status]],
                                            sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 10, 20)) == [status]
