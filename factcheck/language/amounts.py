"""Amounts as referents: "that sum", "the same amount" point back to a figure just given.

Owns: remembering the sums of money the last clause that gave any gave, and writing the one
sum into a later clause's standalone form where the clause refers back to it ("Stargate would
invest that sum over four years" after "... promised to spend $500 billion" reads "Stargate
would invest $500 billion over four years"), so the figure is checked like any other; and
the noun of its one count, written after a later number that leaves it out ("while Nvidia
shipped some 3.76 million" after "about 500,000 data-center GPUs"). Must not: guess between
several sums or figures (a clause that gave two leaves "that sum" as written), nor read the
store.
"""

from __future__ import annotations

import re

from ..model import Kind, Quantity
from .gates import gated
from .lexicon import lazy
from .numbers import SCALES
from .quantities import find_quantities

# A definite noun for an amount of money: "that sum", "the same amount", "this figure".
_BACK = gated(re.compile(r"\b(?:that|this|the same|the said)\s+(?:sum|amount|figure)\b",
                         re.IGNORECASE))


# A number whose counted noun is left out, closing its clause or before a time or place:
# "while Nvidia shipped some 3.76 million." after "AMD shipped about 500,000 GPUs".
_GAPPED = lazy(r"(?<![\w$€£.,-])(?P<num>\d[\d.,]*\s+(?:thousand|million|billion)|"
                     r"\d{1,3}(?:,\d{3})+)(?=\s*(?:[.;:)]|,\s|$|\s+(?:in|during|last|"
                     r"this|that|by)\b))")


# A clause that opens on "That" for the figure before and tells its change: "That was up
# 262 percent", "That represents a 28% year-over-year increase" ("This" is read as the
# sentence before's subject, ``subjects``).
_THAT_CHANGED = lazy(r"That(?=\s+(?:was|is|represents|represented|marks|marked)\s+"
                     r"(?:an?\s+)?(?:up|down|\d))")
# The measure noun phrase right before a sum: "record revenue of", "net income climbed to".
_MEASURE_BEFORE = lazy(r"(?:(?<=\s)|^)(?P<noun>(?:(?!with\b|of\b|the\b|its\b|a\b)[a-z][\w-]*\s+)"
                       r"{0,2}(?:revenue|sales|net income|profit|earnings|operating income|"
                       r"free cash flow))\b[^$\d]{0,25}$")


class AmountMemory:
    """The sums of money of the last clause that gave any, and its one count."""

    def __init__(self) -> None:
        self._sums: tuple[Quantity, ...] = ()
        self._counted = ""  # the noun of the one count of that clause
        self._measured = ""  # the one sum with its measure's noun: "revenue of $26 billion"

    def restore(self, standalone: str) -> str:
        """``standalone`` with "that sum" written as the one sum given before, if any, and
        a number without its noun given the noun of the one count before ("Nvidia shipped
        some 3.76 million" after a count of GPUs: 3.76 million GPUs)."""
        gap = _GAPPED.search(standalone) if self._counted else None
        if gap is not None and not any(q.kind is Kind.COUNT and q.unit
                                       for q in find_quantities(standalone)):
            # (a count of its own before it is what it leaves out: "by 1,985 people,
            # including 1,510 in the office")
            standalone = f"{standalone[:gap.end()]} {self._counted}{standalone[gap.end():]}"
        that = _THAT_CHANGED.match(standalone) if self._measured else None
        if that is not None:  # "That was up 262 percent": the measure's sum before
            return self._measured + standalone[that.end():]
        if len(self._sums) != 1:
            return standalone  # no one sum to write: "that sum" need not be looked for
        m = _BACK.search(standalone)
        if m is None:
            return standalone
        return standalone[:m.start()] + self._sums[0].text + standalone[m.end():]

    def note(self, quantities: list[Quantity], standalone: str = "") -> None:
        """A clause (``standalone``) with these figures was read: the figures of the last
        clause that gave any are the ones to point to ("that figure" after a count is no
        sum)."""
        figures = [q for q in quantities if q.kind not in (Kind.YEAR, Kind.DATE)]
        if figures:
            self._sums = tuple(q for q in figures if q.kind is Kind.MONEY and q.text)
            one = self._sums[0] if len(figures) == 1 == len(self._sums) else None
            noun = _MEASURE_BEFORE.search(standalone, max(0, one.span.start - 60),
                                          one.span.start) if one and one.span else None
            self._measured = f"{noun.group('noun')} of {one.text}" if noun and one else ""
            counts = [q for q in figures if q.kind is Kind.COUNT and q.unit and q.text]
            self._counted = _noun(counts[0]) if len(counts) == 1 == len(figures) else ""


def _noun(count: Quantity) -> str:
    """The counted noun as the count wrote it ("data-center GPUs" of "about 500,000
    data-center GPUs"), without its qualifier and number."""
    words = count.text.split()
    at = next((i for i, w in enumerate(words) if w[:1].isdigit()), len(words)) + 1
    while at < len(words) and words[at].lower() in SCALES:
        at += 1  # "2.1 billion daily users" counts users: its scale is the number's
    return " ".join(words[at:])
