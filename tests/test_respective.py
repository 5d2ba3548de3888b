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


@pytest.mark.parametrize("text", [
    "Acme has design responsibility for Orbit Foundry.",
    "Bolt carries manufacturing responsibility at Orbit.",
    "At Orbit, Acme holds design responsibility and Bolt manufacturing responsibility.",
])
def test_a_party_told_with_its_own_part_of_the_joint_thing_is_supported(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert statuses_in(literal_store(STORE), text) == [Status.SUPPORTED]


@pytest.mark.parametrize("text", [
    # the other party's part, or a part of a party the record does not list
    "Bolt has design responsibility for Orbit Foundry.",
    "Acme carries manufacturing responsibility at Orbit.",
    # the joint thing not named: whose part is it?
    "Acme has design responsibility.",
    # a figure of the party's own, which the record of the parts does not hold
    "Acme has design responsibility for Orbit's $2 billion plant.",
])
def test_a_party_told_with_a_part_the_record_gives_another_is_not_supported(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str) -> None:
    assert Status.SUPPORTED not in statuses_in(literal_store(STORE), text)
