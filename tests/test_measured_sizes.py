"""NUM-sized, for measures: a length, area or weight written before a noun as its size ("the
37-mile Lumen Canal", "the telescope's 13-foot mirror") is a part about the thing, checked
against the one stored figure of that dimension the noun names (issue 8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.sizes import MEASURED
from factcheck.model import Status
from factcheck.read.documents import read_text

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: lumen, name: Lumen Canal, kind: place, descriptors: [canal, waterway]}}
  - {{id: halcyon, name: Halcyon Telescope, kind: project, descriptors: [telescope,
      observatory]}}
  - {{id: marrow, name: Marrow Works, kind: organization}}
facts:
  - id: lumen-length
    kind: quantity
    subject: lumen
    measure: length
    cues: [long, length]
    value: "60 km"
    tolerance: 0.02
    as_of: 2020-01-01
    statement: The Lumen Canal is 60 km long.
    {SOURCE}
  - id: halcyon-mirror
    kind: quantity
    subject: halcyon
    measure: primary mirror diameter
    cues: [mirror, diameter]
    value: "4 m"
    tolerance: 0.02
    as_of: 2020-01-01
    statement: The Halcyon Telescope's primary mirror is 4 m across.
    {SOURCE}
  - id: halcyon-shade
    kind: quantity
    subject: halcyon
    measure: sunshade length
    cues: [sunshade, long]
    value: "20 m"
    tolerance: 0.02
    as_of: 2020-01-01
    statement: The Halcyon Telescope's sunshade is 20 m long.
    {SOURCE}
"""


def _parts(store: Any, text: str) -> list[Any]:
    return [p for c in extract_claims(read_text(text, "a.txt"), store.entities)
            for p in c.parts]


@pytest.mark.parametrize(("text", "thing"), [
    ("Marrow Works dredged the 37-mile Lumen Canal last year.", "lumen"),
    ("Marrow Works polished the Halcyon Telescope's 13-foot mirror.", "halcyon"),
    ("Marrow Works built the Halcyon Telescope and tested its 13-foot primary mirror.",
     "halcyon"),
])
def test_a_measure_before_a_noun_is_a_part_about_the_thing(
        literal_store: Callable[[str], Any], text: str, thing: str) -> None:
    parts = [p for p in _parts(literal_store(STORE), text) if p.role == MEASURED]
    assert [p.subject for p in parts] == [thing]
    assert len(parts[0].quantities) == 1


@pytest.mark.parametrize("text", [
    "Marrow Works sailed 37 miles along the Lumen Canal.",  # a distance of the act
    "Marrow Works planned a 37-mile trip along the Lumen Canal.",  # a trip's length
    "Marrow Works hired 40 engineers for the Lumen Canal.",  # a count, not a measure
    "Marrow Works paid a $40 million fee to the Lumen Canal.",  # money: a size of its own kind
])
def test_a_measure_not_written_before_the_thing_is_no_part(
        literal_store: Callable[[str], Any], text: str) -> None:
    assert all(p.role != MEASURED for p in _parts(literal_store(STORE), text))


@pytest.mark.parametrize(("text", "status"), [
    # 37 miles is 59.5 km: the canal's length
    ("Marrow Works dredged the 37-mile Lumen Canal last year.", None),
    # 34 miles is 54.7 km, 9% short: close but not the stored length
    ("Marrow Works dredged the 34-mile Lumen Canal last year.", Status.IMPRECISE),
    ("Marrow Works dredged the 20-mile Lumen Canal last year.", Status.CONTRADICTED),
    # the noun names which of the thing's lengths: the mirror's, 4 m
    ("Marrow Works polished the Halcyon Telescope's 13-foot mirror.", None),
    ("Marrow Works polished the Halcyon Telescope's 23-foot mirror.", Status.CONTRADICTED),
])
def test_the_size_is_held_to_the_stored_figure_of_its_dimension(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, status: Status | None) -> None:
    statuses = statuses_in(literal_store(STORE), text)
    flags = {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}
    if status is None:
        assert not flags & set(statuses)
    else:
        assert statuses[0] is status


@pytest.mark.parametrize("text", [
    # a part the store records no figure of: any of its lengths may be meant, or none
    "Marrow Works repaired the Halcyon Telescope's 40-foot boom.",
    # no noun: the telescope has two lengths, and the size may be either
    "Marrow Works moved the 90-foot Halcyon Telescope.",
])
def test_a_size_the_store_cannot_place_is_never_flagged(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    statuses = statuses_in(literal_store(STORE), text)
    assert not {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED} & set(statuses)


def test_a_true_size_supports_no_claim_alone(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """The size describes the canal; dredging it needs a fact of its own."""
    assert statuses_in(literal_store(STORE), "Marrow Works dredged the 37-mile Lumen "
                                             "Canal.") != [Status.SUPPORTED]


def test_the_finding_says_the_measure_with_its_unit_alone(
        literal_store: Callable[[str], Any]) -> None:
    """'article: 34 mile as the length of Lumen Canal', not '34 mile lumen canal'."""
    import datetime as dt

    from factcheck.pipeline import check

    report = check(read_text("Marrow Works dredged the 34-mile Lumen Canal.", "a.txt"),
                   literal_store(STORE), article_date=dt.date(2025, 3, 1))
    assert report.claims[0].verdict.explanation.startswith(
        "article: 34 mile as the length of Lumen Canal; store: 60 km")
