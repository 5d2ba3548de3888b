"""Amounts as referents: "that sum", "the same amount" point back to a figure just given.

Owns: remembering the sums of money the last clause that gave any gave, and writing the one
sum into a later clause's standalone form where the clause refers back to it ("Stargate would
invest that sum over four years" after "... promised to spend $500 billion" reads "Stargate
would invest $500 billion over four years"), so the figure is checked like any other. Must
not: guess between several sums (a clause that gave two leaves "that sum" as written), nor
read the store.
"""

from __future__ import annotations

import re

from ..model import Kind, Quantity

# A definite noun for an amount of money: "that sum", "the same amount", "this figure".
_BACK = re.compile(r"\b(?:that|this|the same|the said)\s+(?:sum|amount|figure)\b",
                   re.IGNORECASE)


class AmountMemory:
    """The sums of money of the last clause that gave any."""

    def __init__(self) -> None:
        self._sums: tuple[Quantity, ...] = ()

    def restore(self, standalone: str) -> str:
        """``standalone`` with "that sum" written as the one sum given before, if any."""
        m = _BACK.search(standalone)
        if m is None or len(self._sums) != 1:
            return standalone
        return standalone[:m.start()] + self._sums[0].text + standalone[m.end():]

    def note(self, quantities: list[Quantity]) -> None:
        """A clause with these figures was read: the figures of the last clause that gave
        any are the ones to point to ("that figure" after a count is no sum)."""
        figures = [q for q in quantities if q.kind not in (Kind.YEAR, Kind.DATE)]
        if figures:
            self._sums = tuple(q for q in figures if q.kind is Kind.MONEY and q.text)
