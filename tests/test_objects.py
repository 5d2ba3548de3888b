"""The object a claim gives its verb of investing: a counterparty named before is not left
implicit when the claim says in what its subject invests."""

from __future__ import annotations

import pytest

from factcheck.language.objects import gives_object


@pytest.mark.parametrize("text", [
    "Acme is heavily invested in AI",
    "Acme invested in its own data centres",
    "Acme bets big on chips",
    "Acme holds a stake in Zeta",
    # a name before the holding: what is held ("its T-Mobile stake" is no stake in a company
    # the story named before)
    "Acme sold part of its T-Mobile stake for $9 billion",
    "Acme sold its Zeta shares in October",
])
def test_an_object_of_its_own_is_given(text: str) -> None:
    assert gives_object(text, "Acme")


@pytest.mark.parametrize("text", [
    "Acme invested $2 billion in the round",
    "Acme invested heavily in it",
    "Acme invested $250 million, its first stake in Acme",  # a description read back
    "Acme led the round",
    "Acme sold its entire stake for $5 billion",
])
def test_no_object_of_its_own_is_given(text: str) -> None:
    assert not gives_object(text, "Acme")
