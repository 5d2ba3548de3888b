"""The strings read off a pattern are ones every match of it holds: a literal run, the union
of what each alternative needs, what a repeat of at least one needs; none when a match may
hold none of them."""

from __future__ import annotations

import re

import pytest

from factcheck.language.literals import needed


@pytest.mark.parametrize("source, flags, words", [
    (r"\b(?:said|says|noted)\b", 0, {"said", "says", "noted"}),
    (r"Bloomberg(?: News)?|Reuters", 0, {"Bloomberg", "Reuters"}),
    # the longest string of a sequence is the one asked for
    (r"\s+according to\s+\w+", 0, {"according to"}),
    (r"\btells?\b", 0, {"tell"}),
    (r"(?:rival|competitor)s?\b", 0, {"rival", "competitor"}),
    (r"(?:[\w-]+\s+){1,3}round\b", 0, {"round"}),
    (r"(?:ab)+c", 0, {"ab"}),
    (r"Said|NOTED", re.IGNORECASE, {"said", "noted"}),  # lowered for a lowered text
    (r"(?i)Said", 0, {"said"}),
    (r"(?i:and)\s+more", 0, {"more"}),  # a case-insensitive part is no literal; "more" is
])
def test_the_strings_every_match_holds(source: str, flags: int, words: set[str]) -> None:
    assert needed(source, flags) == words


@pytest.mark.parametrize("source, flags", [
    (r"\w+", 0),  # classes only
    (r"(?:said)?", 0),  # may match nothing
    (r"said|\d+", 0),  # one alternative needs no string
    (r"x*", 0),
    (r"Straße", re.IGNORECASE),  # outside ASCII, lowering is not the engine's folding
])
def test_no_strings_when_a_match_may_hold_none(source: str, flags: int) -> None:
    assert needed(source, flags) is None
