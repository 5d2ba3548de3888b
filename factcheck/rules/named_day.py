"""Whether a claim dates what it tells to another day than the event its facts record.

Owns: finding, for a claim supported by its figures, when it names a day ("on January 24,
2025"), an event behind the support is recorded on a day, and no fact behind it is of a day
within ``DAY_SLACK`` of one it names, a weekend between not counted (nor made public then).
Why: a one-day event (a sell-off, an announcement, a closing) happened on its day; the same
figure told of another day is another event, or a wrong date, which the record does not
confirm. A weekday is not read here: it is placed from the article's date, which may itself
be a guess. Must not: judge a year or a month (``temporal``, ``figure_years``), or decide
the verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Fact
from .day_gap import days_apart
from .matching import DAY_SLACK
from .periods import named_dates


def another_day(claim: Claim, facts: Sequence[Fact]) -> list[str]:
    """The day the claim names and the day of the record, when an event behind the support
    is recorded on a day and no fact behind it is of a day the claim names; an empty list
    otherwise."""
    days = named_dates(claim, "day")
    events = [f for f in facts if f.kind == "event" and f.date is not None and
              f.date_precision == "day"]
    if not days or not events or any(
            days_apart(day, moment) <= DAY_SLACK for day in days for f in facts
            for moment in (f.date, f.as_of, f.published) if moment):
        return []  # (a value the store took on that day is of it too)
    return [f"{days[0]:%d %B %Y} (the store's record is of {events[0].date})"]
