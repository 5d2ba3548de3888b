"""REL-swap: two parties of a fact given each other's part (rules/respective.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

STORE = """
entities:
  - {id: orbit, name: Orbit Foundry, aliases: [Orbit], kind: project}
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: bolt, name: Bolt Systems, aliases: [Bolt], kind: organization}
facts:
  - id: orbit-partners
    kind: relation
    subject: orbit
    mentions: [acme, bolt]
    measure: partners and their parts
    cues: [partners, design responsibility, manufacturing responsibility]
    statement: Acme and Bolt are the partners of Orbit Foundry, Acme with design and Bolt
      with manufacturing responsibility.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize("text", [
    "Acme carries manufacturing responsibility and Bolt design responsibility.",
    "Under the deal, Bolt holds design responsibility, Acme manufacturing responsibility.",
])
def test_two_parties_given_each_other_s_part_are_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert statuses_in(literal_store(STORE), text) == [Status.CONTRADICTED]


@pytest.mark.parametrize("text", [
    "Acme carries design responsibility and Bolt manufacturing responsibility.",
    "Bolt has manufacturing responsibility, while Acme handles design responsibility.",
    # one part given to both, or both to one: who has which is not said
    "Acme and Bolt share manufacturing responsibility.",
    "Acme carries design and manufacturing responsibility, with Bolt as a partner.",
])
def test_each_party_with_its_own_part_or_no_pairing_is_no_contradiction(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert Status.CONTRADICTED not in statuses_in(literal_store(STORE), text)
