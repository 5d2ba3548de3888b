"""A figure told of no one: the party just named whose record gives it (rules/at_hand)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"


def _staff(entity: str, name: str, count: str) -> str:
    """A company's head count at the end of 2024."""
    return f"""
  - id: {entity}-staff
    kind: quantity
    subject: {entity}
    measure: employees
    cues: [employees, staff, workers, people]
    value: "{count} employees"
    as_of: 2024-12-31
    statement: {name} had about {count} employees at the end of 2024.
    {SOURCE}"""


STORE = f"""
entities:
  - {{id: acme, name: Acme Robotics, kind: organization, aliases: [Acme]}}
  - {{id: bolt, name: Bolt Motors, kind: organization, aliases: [Bolt]}}
  - {{id: crane, name: Crane Foods, kind: organization, aliases: [Crane]}}
facts:{_staff("acme", "Acme Robotics", "12,000")}{_staff("bolt", "Bolt Motors", "7,000")}{
    _staff("crane", "Crane Foods", "7,000")}
  - id: acme-plant-opening
    kind: event
    subject: acme
    measure: opening of the Ohio plant
    cues: [opened, opening]
    date: 2024-05-02
    statement: Acme Robotics opened its Ohio plant on 2 May 2024.
    {SOURCE}
"""
Statuses = Callable[[str], list[Status]]


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Statuses:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


def test_a_figure_of_no_one_is_read_as_about_the_party_just_named(statuses: Statuses) -> None:
    assert statuses("Acme Robotics opened a plant in Ohio. About 12,000 employees work "
                    "for it now.")[-1] is Status.SUPPORTED


def test_it_only_confirms(statuses: Statuses) -> None:
    """The figure may be of someone the article never named: no flag."""
    assert statuses("Acme Robotics opened a plant in Ohio. About 30,000 employees work "
                    "for it now.")[-1] is Status.UNVERIFIED


def test_two_parties_at_hand_that_both_fit_leave_it_unsaid(statuses: Statuses) -> None:
    assert statuses("Bolt Motors and Crane Foods opened plants in Ohio. About 7,000 "
                    "employees work for it now.")[-1] is Status.UNVERIFIED
    # one of the two fits: it is that one's figure
    assert statuses("Acme Robotics and Crane Foods opened plants in Ohio. About 12,000 "
                    "employees work for it now.")[-1] is Status.SUPPORTED


def test_a_claim_about_a_name_the_store_does_not_know_is_not_read_so(
        statuses: Statuses) -> None:
    assert statuses("Acme Robotics opened a plant in Ohio. Zenith Labs has about 12,000 "
                    "employees.")[-1] is Status.UNVERIFIED


def test_a_place_only_locates_the_figure_of_the_party_at_hand(statuses: Statuses) -> None:
    assert statuses("Acme Robotics opened a plant in Ohio. Staff from Ohio and elsewhere "
                    "number about 12,000 employees.")[-1] is Status.SUPPORTED
    # a place the claim is about has figures of its own
    assert statuses("Acme Robotics opened a plant in Ohio. Ohio has about 12,000 "
                    "employees.")[-1] is Status.UNVERIFIED


def test_a_day_told_of_no_one_is_the_day_of_the_party_at_hand_s_event(
        statuses: Statuses) -> None:
    story = "Acme Robotics grew fast in 2024. "
    assert statuses(story + "Ohio's governor opened the plant on May 2, 2024.")[-1] is \
        Status.SUPPORTED
    assert statuses(story + "Ohio's governor opened the plant on May 9, 2024.")[-1] is \
        Status.UNVERIFIED
    # a month may hold other openings: only a day names the one event
    assert statuses(story + "Ohio's governor opened the plant in May 2024.")[-1] is \
        Status.UNVERIFIED
