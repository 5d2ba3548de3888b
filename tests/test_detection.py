"""The detection development set holds its floors: checkable claims are read as checkable,
opinions are not, on the whole set and on the held-out part nothing was tuned on.

The figures come from ``python tests/detection/score.py``; raise the floors as the detector
improves, never lower them to let a change land.
"""

from __future__ import annotations

import runpy
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SCORE = Path(__file__).parent / "detection" / "score.py"


class _Scorer:
    """The scoring script's functions, read once from its file (it is a script, not a
    module of the package)."""

    def __init__(self, names: dict[str, Any]) -> None:
        self.__dict__.update(names)


@lru_cache(maxsize=1)
def _scorer() -> Any:
    return _Scorer(runpy.run_path(str(SCORE), run_name="detection_score"))


@pytest.fixture(scope="module")
def outcomes() -> Any:
    return _scorer().score()


def test_the_set_has_600_sentences_a_third_per_label_across_three_genres() -> None:
    rows = _scorer().rows()
    assert len(rows) >= 600
    labels = Counter(r.label for r in rows)
    assert set(labels.values()) == {len(rows) // 3}
    genres = Counter((r.label, r.genre) for r in rows)
    assert all(count >= 55 for count in genres.values()) and len(genres) == 9
    assert len({r.sentence for r in rows}) == len(rows)


@pytest.mark.parametrize("part", ["all", "held-out"])
def test_floors(outcomes: Any, part: str) -> None:
    scorer = _scorer()
    chosen = [o for o in outcomes if part == "all" or o.row.held_out]
    figures = scorer.figures(chosen)
    assert figures.f1 >= 0.85
    assert figures.nonfactual_checkable <= 0.10
    assert figures.worthy_opinion <= 0.10


def test_check_worthy_sentences_score_higher_than_unimportant_ones(outcomes: Any) -> None:
    means = _scorer().figures(outcomes).worthiness
    assert means["check-worthy"] > means["unimportant"] + 0.2 > means["non-factual"] + 0.2
