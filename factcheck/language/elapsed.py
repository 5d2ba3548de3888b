"""Durations a sentence's own dates give: "took nine months ... between November 2023 and
August 2024".

Owns: telling which of a claim's durations (a count of days, weeks, months or years) is the
time between two dates or years the same claim gives, so it restates them rather than adding
a figure of its own: it is as checked as the dates are. Must not: know the store or judge;
the rules ask it which durations need no fact of their own.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from ..model import Kind, Qualifier, Quantity

_DAYS = {"day": 1.0, "week": 7.0}
_MONTHS = {"month": 1, "year": 12}


def _months(a: dt.date, b: dt.date) -> int:
    return abs((b.year - a.year) * 12 + b.month - a.month)


def _fits(said: Quantity, gap: float) -> bool:
    """Does the duration ``said`` fit a gap of ``gap`` of its units between two dates?"""
    if said.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        return gap >= said.value
    if said.qualifier in (Qualifier.UNDER, Qualifier.AT_MOST):
        return gap <= said.value
    slack = 1.0 if said.qualifier is Qualifier.APPROX else 0.0
    return abs(gap - said.value) <= slack + 1e-9


def implied_durations(quantities: tuple[Quantity, ...], dates: tuple[Quantity, ...],
                      years: tuple[int, ...]) -> frozenset[int]:
    """Indices of the ``quantities`` that are the time between two of ``dates`` (days and
    months) or of ``years``. An exact duration must equal the gap in its unit (months
    between two months, years between two years); "about" allows one unit more or less,
    "more than" and "within" a bound on it."""
    points = [(dt.date.fromordinal(int(d.value)), d.unit) for d in dates
              if d.kind is Kind.DATE and d.value >= 1]
    # a year a date already gives ("November 2023") is no second point
    points += [(dt.date(y, 1, 1), "year") for y in years
               if 1 <= y <= 9999 and all(p.year != y for p, _ in points)]
    if len(points) < 2:
        return frozenset()  # most claims: no two dates to measure between
    out: set[int] = set()
    for i, q in enumerate(quantities):
        if q.kind is not Kind.COUNT or q.high is not None or \
                q.unit not in _DAYS and q.unit not in _MONTHS:
            continue
        for (a, a_unit), (b, b_unit) in combinations(points, 2):
            coarse = "year" if "year" in (a_unit, b_unit) else \
                "month" if "month" in (a_unit, b_unit) else "day"
            if q.unit in _DAYS:
                if coarse == "day" and _fits(q, abs((b - a).days) / _DAYS[q.unit]):
                    out.add(i)
            elif coarse != "year" or q.unit == "year":
                if _fits(q, _months(a, b) / _MONTHS[q.unit]):
                    out.add(i)
    return frozenset(out)
