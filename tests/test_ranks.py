"""REL-rank: a rank of the subject against the one a standing fact gives it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(("sentence", "status"), [
    # the same superlative, thing and scope in another place: a wrong rank
    ("BlackRock ranks as the world's second-largest asset manager.", Status.CONTRADICTED),
    ("BlackRock ranks as the world's third-biggest asset manager.", Status.CONTRADICTED),
    ("BlackRock ranks as the world's biggest asset manager.", Status.SUPPORTED),
    # a rank among several, or in a scope the store does not give: left alone
    ("BlackRock ranks among the world's largest asset managers.", Status.SUPPORTED),
    ("BlackRock ranks as the second-largest asset manager in Europe.", Status.UNVERIFIED),
])
def test_a_rank_is_held_to_the_standing_fact(bundled_statuses: Callable[..., list[Status]],
                                             sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, STORY) == [status]


@pytest.mark.parametrize(("text", "found"), [
    ("the world's SECOND-LARGEST asset manager", [(2, "largest")]),
    ("the world's most valuable company", [(1, "most valuable")]),
    ("the world's most   valuable company", []),  # the words as the rank pattern spells them
    ("the world's leading asset manager", []),
])
def test_a_rank_is_read_only_where_a_superlative_stands(text: str,
                                                        found: list[tuple[int, str]]) -> None:
    """A text without a superlative is passed by before the rank pattern is tried; one with
    it, in any case, is read as before."""
    from factcheck.rules.ranks import _ranks

    assert [(place, sup) for place, sup, *_ in _ranks(text)] == found
