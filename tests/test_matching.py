"""Cue matching: which words of a claim call up a fact."""

from __future__ import annotations

from factcheck.rules.matching import phrase_in, stems


def test_a_cue_matches_its_words_in_order() -> None:
    assert phrase_in("assets under management", stems("BlackRock's assets under management"))
    assert not phrase_in("assets under management", stems("management of assets"))


def test_a_phrasal_verb_cue_matches_around_its_object() -> None:
    assert phrase_in("put in", stems("Thrive put roughly $1.35 billion into the round"))
    assert phrase_in("set up", stems("Musk set the company up in 2023"))
    assert not phrase_in("put in", stems("They put the plan on hold in May"))
