"""The figures a fact's statement gives besides its value, read once per statement.

Owns: ``stated_figures`` (the figures of a statement, as ``find_quantities`` reads them) and
the one place a caller may keep them from one process to the next (``keep_figures_with``:
the command line keeps them in its cache folder, ``cli/figures.py``). Reading the figures
of the statements a check meets was a fifth of checking an article in a fresh process; a
store's statements are the same from run to run. Must not: judge anything.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..language.quantities import find_quantities
from ..model import Quantity

Reader = Callable[[str], tuple[Quantity, ...]]
# Given a statement and the reader, the figures: read, or kept from an earlier run.
Keeper = Callable[[str, Reader], tuple[Quantity, ...]]

_keeper: Keeper | None = None


def read_figures(statement: str) -> tuple[Quantity, ...]:
    """The figures of ``statement``, read now."""
    return tuple(find_quantities(statement))


@lru_cache(maxsize=4096)
def stated_figures(statement: str) -> tuple[Quantity, ...]:
    """The figures a fact's statement gives: read once per statement, not once per claim."""
    if _keeper is not None:
        return _keeper(statement, read_figures)
    return read_figures(statement)


def keep_figures_with(keeper: Keeper | None) -> None:
    """Ask ``keeper`` for the figures of every statement from now on (None: read them)."""
    global _keeper
    _keeper = keeper
    stated_figures.cache_clear()
