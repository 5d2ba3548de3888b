"""Quantities: a number read from a claim or a fact, its kind and its qualifier.

Owns: the normalised form every figure takes between stages. Must not: parse text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .document import Span


class Kind(enum.StrEnum):
    """What a quantity measures; numbers are compared only within one kind."""

    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"
    COUNT = "count"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"
    POINTS = "points"  # a change of a percentage, in percentage points ("up 150 bps": 1.5)


class Qualifier(enum.StrEnum):
    """How a stated number relates to the true value ("over $10T", "about 90%")."""

    EXACT = "exact"
    OVER = "over"  # over, more than, above, exceeding
    AT_LEAST = "at_least"
    UNDER = "under"  # under, less than, below
    AT_MOST = "at_most"  # up to, at most, no more than
    APPROX = "approx"  # about, approximately, roughly, around
    NEARLY = "nearly"  # nearly, almost, close to: a little below


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in a claim or a fact, normalised to a base unit.

    Money is in units of its currency (USD), percents are 0-100, ratios are plain factors
    (2.5 for "2.5 times"), years are the year number, dates are ordinal days.
    """

    kind: Kind
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    unit: str = ""  # currency code for money, the counted noun for counts
    text: str = ""  # the words it was read from, for explanations
    span: Span | None = None  # offsets within the text it was read from
    high: float | None = None  # upper end when the quantity is a range ("80% to 98%")

    @property
    def low(self) -> float:
        return self.value
