"""What a claim says beyond a relation: a relation matched on a name and one cue settles a
claim only when its facts hold most of what the claim says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.predicate import UNSAID_WORDS, content_words

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta Labs, kind: organization, aliases: [Zeta]}}
facts:
  - id: acme-invests-zeta
    kind: event
    subject: acme
    object: zeta
    measure: investment in Zeta
    cues: [invested, invests, investment, stake]
    date: 2023-09-25
    statement: On 25 September 2023 Acme agreed to invest in Zeta Labs for a minority stake,
      with Acme's cloud as Zeta's main cloud provider.
    {SOURCE}
"""


@pytest.fixture(scope="module")
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


@pytest.mark.parametrize("sentence", [
    "Acme invested in Zeta Labs.",
    "Acme has taken a minority stake in Zeta, whose main cloud provider it becomes.",
])
def test_a_claim_the_relation_holds_is_supported(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence", [
    # the investment is only what the sentence is about; what it says of it is not stored
    "The Acme investment in Zeta is the latest in a long series of speculative bets by "
    "enormous cloud vendors chasing generative models.",
    "Acme did not disclose the exact dollar amount or the precise terms of its investment in "
    "Zeta.",
])
def test_a_claim_that_says_much_the_relation_does_not_is_unverified(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence)[0] is Status.UNVERIFIED


def test_names_and_framing_words_are_not_content(literal_store: Callable[[str], Any]) -> None:
    from factcheck.model import Claim, Position, Span

    claim = Claim(id="c", text="", standalone="Acme said on Monday that it invested in Zeta "
                  "Labs", span=Span(0, 1), position=Position(1, 1), sentence="",
                  entities=("acme", "zeta"), named=("acme", "zeta"), subject="acme",
                  subject_name="Acme", unknown_names=(), quantities=(), years=(), quotes=())
    names = {"acme": ("Acme",), "zeta": ("Zeta Labs", "Zeta")}
    assert list(content_words(claim, lambda e: names[e]).values()) == ["Monday", "invested"]
    assert UNSAID_WORDS > 2  # a short claim is never left unverified for a word or two
