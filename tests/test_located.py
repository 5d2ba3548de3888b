"""A project or programme carried to another country keeps its name: a record that places
it elsewhere confirms nothing of the claim's place (rules/located.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

JUNE_2025 = dt.date(2025, 6, 1)


@pytest.mark.parametrize("text", [
    "OpenAI unveiled its first Stargate rollout in India.",
    "OpenAI has launched the Stargate project in Norway, its first outside America.",
])
def test_a_record_placed_elsewhere_confirms_nothing_of_another_place(
        bundled_statuses: Callable[..., list[Any]], text: str) -> None:
    assert bundled_statuses(text, JUNE_2025) == [Status.UNVERIFIED]


@pytest.mark.parametrize("text", [
    "OpenAI announced the Stargate project to build AI infrastructure in the United States.",
    "OpenAI announced the Stargate project in Texas.",
    "Nvidia unveiled Blackwell at GTC in San Jose.",
])
def test_the_record_s_own_place_or_a_place_inside_it_is_still_confirmed(
        bundled_statuses: Callable[..., list[Any]], text: str) -> None:
    assert bundled_statuses(text, JUNE_2025) == [Status.SUPPORTED]


SOURCES = "[{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
LAUNCH = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: nova, name: Nova, kind: product}}
facts:
  - id: zeta-launches-nova
    kind: event
    subject: zeta
    object: nova
    measure: launch
    cues: [launched, launch]
    date: 2024-03-03
    statement: Zeta Labs launched Nova in Canada on 3 March 2024.
    sources: {SOURCES}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Zeta launched Nova in Norway.", Status.UNVERIFIED),
    ("Zeta launched Nova in Canada.", Status.SUPPORTED),
    # where the company is based locates who acts, not the launch
    ("Zeta, based in Norway, launched Nova.", Status.SUPPORTED),
])
def test_only_the_place_of_what_the_claim_tells_is_held_to_the_record_s(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Any]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(LAUNCH), text) == [status]
