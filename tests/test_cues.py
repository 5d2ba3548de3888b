"""Which cues of a fact a claim uses."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.model import Fact
from factcheck.rules.cues import best_cue, best_cues
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


@pytest.mark.parametrize("sentence", [
    "Acme put $5 million into Zeta, which has been in production since May.",
    "Nvidia's data center revenue in the fourth quarter rose to $35.6 billion.",
    "Microsoft invested $10 billion in OpenAI and overtook Apple.",
    "BlackRock launched an infrastructure partnership with Microsoft and MGX.",
])
def test_the_best_cues_of_a_list_of_facts_are_each_fact_s_best_cue(
        bundled_store: Any, sentence: str) -> None:
    """Read by the list's index of needed words, asked again or not: the cue ``best_cue``
    gives each fact, and only the facts it gives one."""
    facts = (*bundled_store.facts_about(["nvidia", "microsoft", "openai", "blackrock"]),
             _event("f1", "launch", "in production"), _event("f2", "put in"))
    words = stems(sentence)
    for _ in range(2):
        best, _quotes = best_cues(facts, words, frozenset(words))
        assert {at: use[2] for at, use in best.items()} == {
            at: cue for at, fact in enumerate(facts)
            if (cue := best_cue(fact, words)) is not None}
        assert best
