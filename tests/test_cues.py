"""Which cues of a fact a claim uses."""

from __future__ import annotations

import pytest

from factcheck.model import Fact
from factcheck.rules.cues import best_cue
from factcheck.rules.stems import stem, stems


def _event(fact_id: str, *cues: str) -> Fact:
    return Fact(fact_id, "event", "acme", "launch", "Acme launched Zeta.", cues, ())


@pytest.mark.parametrize(("cue", "sentence"), [
    ("in production", "Zeta has been in production since May."),  # led by a common word
    ("put in", "Acme put $5 million into Zeta."),  # a particle set apart from its verb
    ("fourth-quarter data center revenue", "Data center revenue in the fourth quarter rose."),
])
def test_a_cue_is_found_by_the_word_it_needs_whatever_its_first(cue: str, sentence: str) -> None:
    """Cues are indexed by their longest needed word, not their first: none is lost."""
    words = stems(sentence)
    assert best_cue(_event("f1", "launch", cue), words) == cue


def test_a_foundation_is_no_founding() -> None:
    """"Foundation models" and "laid the foundation" tell no founding: a founding fact's
    cue "founded" never meets them, so its year is never held to theirs."""
    assert stem("foundation") != stem("founded")
    assert stem("Foundations") == stem("foundation")
    assert best_cue(_event("f1", "founded"), stems("Acme builds its foundation models.")) is None
    assert best_cue(_event("f1", "founded"), stems("Acme was founded in 2001.")) == "founded"
