"""The development corpus holds its floors: flags stay right, and recall does not slip back.

The floors are today's measured figures (see ``python tests/corpus/score.py``); raise them
as the checker improves, never lower them to let a change land.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.model import Status

SCORE = Path(__file__).parent / "corpus" / "score.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_score"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score() -> Any:
    return _scorer().score_corpus()


def test_every_article_has_a_gold_file_and_enough_of_them() -> None:
    scorer = _scorer()
    articles = scorer.articles()
    assert len(articles) >= 30
    assert [a.name for a in articles if not scorer.gold_path(a).exists()] == []
    stores = [p for p in (SCORE.parent / "stores").iterdir() if p.is_dir()]
    assert len(stores) >= 3


def test_flags_are_rarely_wrong(score: Any) -> None:
    # 0 today on all 59 articles; the 4 the held-out i-* articles raised when they were
    # written (a role of another body read against GIP's chairman twice; a true clause
    # sharing its claim with a planted one twice) are read right now. Raise the bar back as
    # the checker learns, never lower it to let a change land.
    assert score.false_alarms(Status.CONTRADICTED) <= 1
    assert score.false_alarms(Status.OUTDATED) == 0


def test_supported_is_precise_and_recall_does_not_slip(score: Any) -> None:
    got = score.predicted(Status.SUPPORTED)
    right = score.correct(Status.SUPPORTED)
    gold = score.expected(Status.SUPPORTED)
    assert right / got >= 0.96
    assert right / gold >= 0.86  # 678/787 measured (0.861)
    assert got - right <= 4  # false supports: 1 on the tuned articles, 3 on the held-out i-*


def test_planted_falsehoods_caught_do_not_slip(score: Any) -> None:
    caught, planted = score.planted_caught()
    assert planted >= 80
    assert caught / planted >= 0.90  # 119/132 measured (0.902)


def test_opinions_are_told_from_checkable_claims(score: Any) -> None:
    """Opinion only for what no fact could settle, and judgements not checked (measured
    0.77 and 0.65 when the floor was set; a claim of slack, as the corpus moves with every
    change of reading)."""
    right = score.correct(Status.OPINION)
    assert right / score.predicted(Status.OPINION) >= 0.84  # precision (68/80 measured)
    assert right / score.expected(Status.OPINION) >= 0.63  # recall
