"""What the last sentences opened on: whether the story has moved to one name."""

from __future__ import annotations

from factcheck.language.openers import Openers
from factcheck.model import Entity

ACME = Entity(id="acme", name="Acme", aliases=(), kind="organization")
ZETA = Entity(id="zeta", name="Zeta Alliance", aliases=(), kind="project",
              descriptors=("group",))


def _own(entity: Entity) -> tuple[str, ...]:
    return entity.descriptors


def test_two_sentences_opening_on_one_name_have_moved_the_story_to_it() -> None:
    openers = Openers()
    openers.opened("acme")
    assert not openers.steady("company", [ACME], _own)  # one sentence is no move
    openers.opened("acme")
    assert openers.steady("company", [ACME], _own)
    openers.opened(None)
    assert not openers.steady("company", [ACME], _own)


def test_a_name_since_that_has_the_noun_of_its_own_keeps_it() -> None:
    openers = Openers()
    openers.opened("acme")
    openers.opened("acme")
    assert not openers.steady("group", [ACME, ZETA], _own)  # "... an alliance. The group"
    assert openers.steady("company", [ACME, ZETA], _own)
