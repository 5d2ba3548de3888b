"""Figures a claim's own words give twice: a duration its dates give ("took nine months ...
between November 2023 and August 2024"), a count its list gives ("two founding partners,
Mubadala and G42").

Owns: telling which of a claim's durations (a count of days, weeks, months or years) is the
time between two dates or years the same claim gives, and which count of parties is the
number of names listed right after it. Such a figure restates the rest of the claim rather
than adding a figure of its own: it is as checked as the dates or the names are. Must not:
know the store or judge; the rules ask it which figures need no fact of their own.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from ..model import Kind, Qualifier, Quantity
from .lexicon import lazy

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


# The list right after a count, opened by a dash, a colon or a comma and closed by a dash, a
# bracket, a semicolon, a comma before a verb's clause or the end: "two partners — A and B —".
_LIST_AFTER = lazy(r"\s*(?:—|–|--|:|,|\s-)\s*(?P<list>[^—–:;()]+?)\s*(?:—|–|--|;|\(|"
                         r"[.!?]?$|,\s+(?:to|which|who|that|and|as|in|on|at|with)\b)")
_SEPARATOR = lazy(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_NAMED = lazy(r"[A-Z]")  # a capital: "Mubadala", "xAI"


def listed_counts(text: str, quantities: tuple[Quantity, ...]) -> frozenset[int]:
    """Indices of the ``quantities`` (counts, with spans in ``text``) that are the number of
    names listed right after them: each item of the list names something (a capitalised
    word), and there are as many items as the count says."""
    out: set[int] = set()
    for i, q in enumerate(quantities):
        if q.kind is not Kind.COUNT or q.span is None or q.high is not None or \
                not 2 <= q.value <= 12 or q.qualifier is not Qualifier.EXACT:
            continue
        m = _LIST_AFTER.match(text, q.span.end)
        if m is None:
            continue
        items = _SEPARATOR.split(m.group("list"))
        if len(items) == q.value and all(_NAMED.search(item) for item in items):
            out.add(i)
    return frozenset(out)
