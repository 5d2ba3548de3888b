"""Where a relation's cue stands: in the standard of a comparison, the reason for a reaction,
the whole a part is taken from, or a noun that classes, it is aside from what the claim
asserts."""

from __future__ import annotations

import pytest

from factcheck.model import Fact
from factcheck.rules.cue_roles import aside
from factcheck.rules.cues import cue_positions
from factcheck.rules.matching import Candidate
from factcheck.rules.stems import stems


def _candidate(text: str, cue: str) -> Candidate:
    fact = Fact("f", "event", "acme", "investment", "Acme invested in Zeta.", (cue,), ())
    hits, positions = cue_positions(fact, stems(text))
    return Candidate(fact, cue, 1, 0.0, 0.0, hits, positions)


@pytest.mark.parametrize(("text", "cue"), [
    ("The cloud deal was bigger than the latest investment", "investment"),
    ("The plan, much like Zeta's investment in Parrot, goes further", "investment"),
    ("Acme has drawn notice for its well-known backing", "backing"),
    ("Much of the investment flows back to Acme", "investment"),
    ("Zeta asked whether Acme reached AGI, a form of AI", "formed"),
])
def test_a_cue_aside_from_the_assertion(text: str, cue: str) -> None:
    candidate = _candidate(text, cue)
    assert candidate.positions and aside(candidate, text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Acme made a bigger investment than Zeta", "investment"),
    ("Acme is backing Zeta", "backing"),
    ("Acme formed a joint venture with Zeta", "formed"),
])
def test_a_cue_in_the_assertion(text: str, cue: str) -> None:
    candidate = _candidate(text, cue)
    assert candidate.positions and not aside(candidate, text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Zeta's backers include the investment firm Parrot", "investment"),
    ("Acme led broader U.S. stock losses", "losses"),
])
def test_a_cue_that_says_who_or_what_others_shared_is_aside(text: str, cue: str) -> None:
    candidate = _candidate(text, cue)
    assert candidate.positions and aside(candidate, text)


def test_a_cue_inside_a_name_given_is_aside() -> None:
    text = "The Acme Investment Partnership includes Zeta"
    candidate = _candidate(text, "investment")
    assert aside(candidate, text, ["Acme Investment Partnership"])
    assert not aside(candidate, text)


def test_back_as_a_particle_of_motion_is_no_backing() -> None:
    text = "A share of the money flows back to Acme"
    candidate = _candidate(text, "backing")
    assert candidate.positions and aside(candidate, text)
    assert not aside(_candidate("Acme will back Zeta", "backing"), "Acme will back Zeta")


def test_a_wider_thing_of_the_subject_s_own_is_not_aside() -> None:
    text = "Acme's chatbot is in testing, with a view to a wider launch soon"
    candidate = _candidate(text, "launch")
    assert candidate.positions and not aside(candidate, text)
