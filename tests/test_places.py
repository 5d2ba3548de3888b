"""Places and peoples locate a claim; they take no part in it."""

from __future__ import annotations

import pytest

from factcheck.language.places import is_people, is_place, locates


@pytest.mark.parametrize(("name", "people"), [
    ("Panamanians", True), ("Israelis", True), ("Japanese", True), ("Israeli", True),
    ("Panama", False), ("Pennsylvanians", False), ("Partners", False),
])
def test_a_people_is_named_by_its_adjective_or_its_plural(name: str, people: bool) -> None:
    assert is_people(name) is people


def test_a_people_in_the_plural_locates_a_claim() -> None:
    assert locates("Panamanians", "", " approved the expansion")


def test_the_earth_is_a_place() -> None:
    """"the distance from Earth": a place that locates a measure, no name to check."""
    assert is_place("Earth")
