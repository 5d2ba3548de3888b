"""How far apart two days told of one event are.

Owns: the count of days between the day a report gives an event and the day a record gives
it, without the weekend between them. Why: reports of one event differ by a day or two (a
time zone, a filing made after the close), and what took effect after Friday's close (a
stock split, an index change) is Monday's news: "on June 10" of a split effective after the
close on Friday 7 June is no other day. Must not: read the claim or decide a verdict.
"""

from __future__ import annotations

import datetime as dt

_SATURDAY = 5


def days_apart(first: dt.date, second: dt.date) -> int:
    """The days between two days, less the Saturdays and Sundays strictly between them (a
    Friday and the Monday after are one day apart; a Monday and the Wednesday two)."""
    low, high = sorted((first, second))
    gap = (high - low).days
    if gap <= 1:
        return gap
    weeks, rest = divmod(gap - 1, 7)
    between = weeks * 2 + sum(1 for d in range(1, rest + 1)
                              if (low + dt.timedelta(days=d)).weekday() >= _SATURDAY)
    return gap - between
