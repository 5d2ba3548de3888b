"""What the last sentences of an article opened on: whether the story has moved to a name.

Owns: the names the two sentences before the current one opened on, and whether they tell
that the story has moved to one name, so that a noun of a whole kind ("the company") means
it rather than the article's most-named entity ("Meta also raised its guidance. Its spending
grew 12% ... The company expects ..."). Must not: resolve descriptions (``discourse.py``
and ``referents.py`` do, with this).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Entity


class Openers:
    """The names the two sentences before the current one opened on."""

    def __init__(self) -> None:
        self._last: list[str | None] = []

    def opened(self, entity: str | None) -> None:
        """The sentence just read opened on ``entity`` (None: on no name)."""
        self._last = [*self._last[-1:], entity]

    def steady(self, noun: str, since: Iterable[Entity],
               own: Callable[[Entity], tuple[str, ...]]) -> bool:
        """Have the two sentences before both opened on one name, with no other name of
        ``since`` (this sentence's and the one before's) having ``noun`` among its own
        descriptors ("an AI partnership ... The group" is the partnership)?"""
        if len(self._last) != 2 or len(set(self._last)) != 1 or self._last[-1] is None:
            return False
        return not any(noun in own(e) for e in since if e.id != self._last[-1])
