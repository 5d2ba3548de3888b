"""TMP-due: a schedule a claim tells is confirmed by the one a record's statement gives for
the same thing (rules/schedules.py); another period refutes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
ROADMAP = f"""
entities:
  - {{id: acme, name: Acme Chips, aliases: [Acme], kind: organization}}
  - {{id: falcon, name: Falcon, kind: product}}
  - {{id: falcon-max, name: Falcon Max, kind: product}}
  - {{id: osprey, name: Osprey, kind: product}}
facts:
  - id: acme-roadmap-2025
    kind: event
    subject: acme
    mentions: [falcon, falcon-max, osprey]
    measure: announcement
    cues: [roadmap, unveiled]
    date: 2025-03-18
    published: 2025-03-18
    statement: "On 18 March 2025 Acme detailed its roadmap after Falcon: Osprey, due in the
      second half of 2026, and Falcon Max, due in the second half of 2027."
    {_SOURCE}
  - id: falcon-announced
    kind: event
    subject: falcon
    mentions: [acme]
    measure: announcement
    cues: [unveiled, announced]
    date: 2025-03-18
    published: 2025-03-18
    statement: Acme announced Falcon, a new accelerator built with Osprey parts, on 18 March
      2025, with systems due in the second half of 2025.
    {_SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # the schedule read right after the thing's own name, the periods meeting in one year
    ("Osprey is expected to launch in late 2026.", Status.SUPPORTED),
    ("Falcon Max will take the stage in 2027.", Status.SUPPORTED),
    ("Falcon is slated for the second half of 2025.", Status.SUPPORTED),
    # another period refutes nothing: schedules move
    ("Osprey is due in the first half of 2026.", Status.UNVERIFIED),
    ("Falcon Max will take the stage in 2026.", Status.UNVERIFIED),
    # a thing named before another's schedule is not scheduled by it
    ("Falcon is slated for the second half of 2026.", Status.UNVERIFIED),
])
def test_a_schedule_is_confirmed_by_the_one_the_record_gives_the_same_thing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    """Real news (March 2025): "Blackwell Ultra is slated for the second half of 2025, while
    its successor ... is expected to launch in late 2026" stayed unchecked, though the store
    records both schedules."""
    assert statuses_in(literal_store(ROADMAP), text, dt.date(2025, 3, 19)) == [status]


def test_a_record_published_after_the_article_confirms_nothing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    assert statuses_in(literal_store(ROADMAP), "Osprey is expected to launch in late 2026.",
                       dt.date(2025, 3, 1)) == [Status.UNVERIFIED]
