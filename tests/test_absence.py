"""A party's absence from an act is confirmed only by a fact that tells it (rules/absence.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Claim, Fact, Position, Span, Status
from factcheck.rules.absence import absence_unsaid


@pytest.mark.parametrize("text", [
    # each fact behind the support tells the round or the stake, and none an absence
    "Microsoft did not take part in OpenAI's $6.6 billion round.",
    "Microsoft took no part in OpenAI's $6.6 billion round.",
    "SoftBank was not among the investors in OpenAI's $40 billion round.",
    "Microsoft was left out of OpenAI's $40 billion round.",
    "Google has no stake in Anthropic.",
    "Nvidia declined to invest in OpenAI's round.",
])
def test_an_absence_the_facts_do_not_tell_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    """issue 8: a claim of absence was supported by a fact met on its figure or a word
    ("stake", "round"), which told the very act the claim denies."""
    assert Status.SUPPORTED not in bundled_statuses(text, dt.date(2025, 6, 1))


def _claim(text: str) -> Claim:
    return Claim(id="c", text=text, standalone=text, span=Span(0, len(text)),
                 position=Position(1, 1), sentence=text, entities=(), named=(), subject=None,
                 subject_name=None, unknown_names=(), quantities=(), years=(), quotes=())


@pytest.mark.parametrize(("text", "said"), [
    ("Microsoft did not take part in the round.", "not take part"),
    ("SoftBank was not among the investors.", "not among"),
    ("Google has no stake in Anthropic.", "no stake"),
    # not so far: "has yet to" before a word of taking part
    ("The venture has yet to directly invest in any site beyond Texas.",
     "has yet to directly invest"),
    # a denial of something else than taking part is no absence of a party
    ("OpenAI raised $40 billion from investors, not in a public offering.", None),
    ("Nvidia has not recovered the $589 billion of market value it lost.", None),
    ("The fund is no longer a club of four.", None),
    ("The round went ahead without Nvidia's approval.", None),
])
def test_the_words_that_tell_a_party_s_absence(text: str, said: str | None) -> None:
    assert absence_unsaid(_claim(text), []) == said


def test_a_fact_that_tells_an_absence_may_confirm_one() -> None:
    fact = Fact(id="f", kind="event", subject="microsoft", measure="round", cues=(), sources=(),
                statement="Microsoft did not invest in the round.")
    assert absence_unsaid(_claim("Microsoft did not take part in the round."), [fact]) is None
