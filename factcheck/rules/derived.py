"""What the rules read from a fact's own fields, once per process, and once per code when the
command line keeps it.

Owns: ``Derived``, a pure function of one fact field (the figures a statement gives, a fact's
cues by the words they need) cached for the process, and the one place a caller may keep
its answers from one process to the next (``keep_with``: the command line keeps them in its
cache folder, ``cli/derived.py``), and ``stated_figures``. Reading the figures and cues of
the facts a check meets was a fifth of checking an article in a fresh process; a store's
facts are the same from run to run. Must not: judge anything.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Generic, TypeVar

from ..language.quantities import find_quantities
from ..model import Quantity

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Derived(Generic[K, V]):
    """``read``, cached for the process; given a keeper, asked of the keeper instead, which
    answers from what an earlier run read or reads it (``keeper(key, read)``)."""

    def __init__(self, read: Callable[[K], V], maxsize: int) -> None:
        self.read = read
        self._keeper: Callable[[K, Callable[[K], V]], V] | None = None
        # The cache itself, for a caller asking on a hot path (no Python frame in between).
        self.cached = lru_cache(maxsize=maxsize)(self._answer)

    def __call__(self, key: K) -> V:
        return self.cached(key)

    def _answer(self, key: K) -> V:
        return self.read(key) if self._keeper is None else self._keeper(key, self.read)

    def keep_with(self, keeper: Callable[[K, Callable[[K], V]], V] | None) -> None:
        """Ask ``keeper`` from now on (None: read)."""
        self._keeper = keeper
        self.cached.cache_clear()

    @property
    def kept(self) -> bool:
        return self._keeper is not None


def read_figures(statement: str) -> tuple[Quantity, ...]:
    """The figures of ``statement``, read now, a conversion in parentheses among them: the
    curator's "£2.55 billion (about $3.2 billion)" gives the dollar figure news writes."""
    return tuple(find_quantities(statement, conversions=True))


# The figures a fact's statement gives: read once per statement, not once per claim.
stated_figures: Derived[str, tuple[Quantity, ...]] = Derived(read_figures, 4096)
