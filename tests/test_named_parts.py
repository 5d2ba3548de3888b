"""A named part of a thing ("Stargate UAE" of "Stargate") told by its owner's name and a
place or partner of its own is the part, not the owner (language/named_parts.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

MAY_23_2025 = dt.date(2025, 5, 23)
Judged = list[tuple[Status, tuple[str, ...], tuple[str, ...]]]


@pytest.fixture
def judged(bundled_store: Any) -> Callable[[str, dt.date], Judged]:
    """Each claim's status, the entities it was read as naming and the facts it cites."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    def run(text: str, date: dt.date) -> Judged:
        report = check(read_text(text, "a.txt"), bundled_store, article_date=date)
        return [(c.verdict.status, c.claim.entities, tuple(e.fact for e in c.verdict.evidence))
                for c in report.claims]

    return run


@pytest.mark.parametrize("text", [
    # the day is the UAE launch's (22 May 2025), not the US project's (January)
    "OpenAI launched Stargate in Abu Dhabi on Thursday.",
    # the first Stargate abroad, by its city: not the US launch of January
    "OpenAI has unveiled its first international Stargate, in Abu Dhabi.",
    # a people of the part's place, and the part's partner the store does not know
    "Stargate's Emirati arm was formed with G42.",
    # the country by another of its names than the part's own
    "OpenAI announced the launch of Stargate in the United Arab Emirates.",
])
def test_the_owner_s_facts_never_judge_a_claim_about_its_named_part(
        judged: Callable[[str, dt.date], Judged], text: str) -> None:
    [(status, entities, cited)] = judged(text, MAY_23_2025)
    assert status is not Status.CONTRADICTED
    assert "stargate" not in entities and "stargate-uae" in entities
    assert not any(f.startswith("openai-announces-stargate") for f in cited)


def test_the_part_s_own_launch_confirms_it(judged: Callable[[str, dt.date], Judged]) -> None:
    [(status, _, cited)] = judged("OpenAI launched Stargate in Abu Dhabi on Thursday.",
                                  MAY_23_2025)
    assert status is Status.SUPPORTED and cited[0] == "stargate-uae-announced-2025"


@pytest.mark.parametrize("text", [
    # a place the owner's own facts give, or none: the owner
    "OpenAI announced Stargate at the White House in January.",
    "Stargate is building its first data center in Abilene, Texas.",
])
def test_the_owner_told_without_a_mark_of_a_part_stays_the_owner(
        judged: Callable[[str, dt.date], Judged], text: str) -> None:
    [(_, entities, _)] = judged(text, dt.date(2025, 3, 1))
    assert "stargate" in entities and "stargate-uae" not in entities


def test_a_version_of_a_product_is_no_part_told_by_a_place(
        judged: Callable[[str, dt.date], Judged]) -> None:
    """San Jose is where the store's facts put Blackwell Ultra's unveiling, not Blackwell's:
    a product's version is another product, not the product told by a place."""
    [(status, entities, _)] = judged("Nvidia unveiled Blackwell at GTC 2024 in San Jose.",
                                     dt.date(2024, 3, 20))
    assert "blackwell" in entities and "blackwell-ultra" not in entities
    assert status is not Status.CONTRADICTED


@pytest.mark.parametrize("text", [
    # the part named by its owner's word ("the UAE facility") is a thing of its own: the
    # owner's clause keeps the owner
    "Stargate aims to invest up to $500 billion in AI infrastructure by 2029, with the UAE "
    "facility serving as a hub for the region.",
    "Stargate plans to invest $500 billion in AI infrastructure, and its UAE site will open "
    "in 2026.",
])
def test_the_owner_beside_its_part_named_apart_stays_the_owner(
        judged: Callable[[str, dt.date], Judged], text: str) -> None:
    """A real report's "Stargate aims to invest up to $500 billion ... by 2029, with the UAE
    facility serving as ..." was read as a claim about Stargate UAE, a 1-gigawatt cluster:
    the mark of the part was the part's own name, given apart."""
    entities = judged(text, dt.date(2025, 6, 20))[0][1]
    assert "stargate" in entities
