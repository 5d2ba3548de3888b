"""Whether a time told back from the article's date fits the date a fact records.

Owns: the windows of "two years ago", "less than two years ago", "more than a decade ago",
"nearly 18 months ago" against the article's date (a writer rounds: "two years ago" allows
a year and a half to two and a half; "less than two years ago" any time within two years),
the zone far enough outside them to be an error ("five years ago" of a launch 20 months
before the article), a fact's date at its own precision (a record of the year alone is any
day of that year), and the TMP-ago rule: the event a relation finding settles, dated
inside or far outside the window, when its cue stands in the clause the time dates. Why
apart from ``temporal``: that module compares years written out; this one an amount of time
that needs the article's date. Must not: read the text (``language/elapsed``) or pick events
other than those a relation settles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..language.elapsed import UNIT_DAYS, dated_clause
from ..language.lexicon import lazy
from ..model import Fact, Qualifier, Quantity, Status
from . import attribution
from .base import Context, Finding, on_date
from .measure_kinds import moves_daily, one_day_move
from .stems import stems

CODE = "TMP-ago"
_SLACK_DAYS = 2.0  # reports of one event differ by a day or two


def _span(fact: Fact) -> tuple[dt.date, dt.date] | None:
    """The first and last day the fact's date may be, at its precision."""
    if fact.date is None:
        return None
    start = fact.date
    if fact.date_precision == "year":
        return start.replace(month=1, day=1), start.replace(month=12, day=31)
    if fact.date_precision == "month":
        following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start.replace(day=1), following - dt.timedelta(days=1)
    return start, start


def _zones(q: Quantity) -> tuple[tuple[float, float], tuple[float, float]]:
    """(the days back the time allows, the days back beyond which it is surely wrong:
    below the second's first or above its last)."""
    unit = UNIT_DAYS[q.unit]
    told = q.value * unit
    near = max(0.5 * unit, 0.25 * told, _SLACK_DAYS)
    far = max(1.5 * unit, 0.5 * told, 7.0)
    if q.qualifier is Qualifier.UNDER:
        return (0.0, told + _SLACK_DAYS), (0.0, told + near)
    if q.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        return (told - _SLACK_DAYS, float("inf")), (told - near, float("inf"))
    if q.qualifier is Qualifier.NEARLY:
        return (told - near, told + _SLACK_DAYS), (told - far, told + near)
    return (told - near, told + near), (told - far, told + far)


def placed(q: Quantity, fact: Fact, today: dt.date) -> bool | None:
    """True when every day the fact's date may be fits the time told back from ``today``,
    False when none could, None when the fact gives no date or the two are unclear."""
    span = _span(fact)
    if span is None or span[1] > today:
        return None  # an event after the article's date is no time it counts back to
    (low, high), (least, most) = _zones(q)
    backs = [(today - day).days for day in span]
    if all(low <= b <= high for b in backs):
        return True
    if all(b < least or b > most for b in backs):
        return False
    return None


def placed_after(q: Quantity, before: tuple[dt.date, dt.date] | None, fact: Fact) -> bool:
    """Does the fact's date fit a time counted forward from the days of the sentence
    before's date (``before``: "A month later" after "in August 2025")? Some day of each
    must fall within the window the time allows; never when the date before is coarser
    than the time itself ("A week later" after "in 2024" tells no week)."""
    span = _span(fact)
    if span is None or before is None:
        return False
    (low, high), _ = _zones(q)
    if (before[1] - before[0]).days > max(q.value * UNIT_DAYS[q.unit], UNIT_DAYS[q.unit]):
        return False
    earliest, latest = (span[0] - before[1]).days, (span[1] - before[0]).days
    return latest >= low and earliest <= high


def told_back(q: Quantity, today: dt.date) -> str:
    """ "two years ago (about 2023-03)": the time and the day it counts back to."""
    day = today - dt.timedelta(days=q.value * UNIT_DAYS[q.unit])
    return f"{q.text} (about {day.isoformat()[:7]})"


# What points back to a party in a clause of its own: "since it was founded", "since the
# company was founded".
_BACK = lazy(r"(?i)\b(?:it|its|they|their|he|she|his|her|the\s+(?:company|firm|group|"
             r"chipmaker|startup|start-up|maker|business|lab))\b")


def _dated_events(q: Quantity, events: list[Fact], ctx: Context) -> list[Fact]:
    """The events whose cue stands in the clause the time dates (``dated_clause``): "...,
    just two weeks ago, it passed Apple" dates the passing, not the rank the clause before
    told. A clause of its own ("since ... was founded", "two months after ... announced")
    must name a party of the event or point back to one: "since it was founded ... ago",
    never "since Wall Street was founded ... ago"."""
    text = ctx.claim.standalone
    at = text.find(q.text) if q.text else -1
    if at < 0:
        return events  # the time is not in the claim's words as rewritten: as before
    low, high, opened = dated_clause(text, at, at + len(q.text))
    first, last = len(stems(text[:low])), len(stems(text[:high]))
    dated = []
    for fact in events:
        spots = [p for c in ctx.candidates if c.fact.id == fact.id for p in c.positions
                 if first <= p < last]
        if not spots:
            continue
        if opened is not None:
            own = text[opened:high]
            names = [n for party in (fact.subject, fact.object) if party
                     for n in ctx.names(party)]
            if not any(n in own for n in names) and _BACK.search(own) is None:
                continue  # another thing's event, in a clause of its own
        dated.append(fact)
    return dated


# How many times further back than the time told a record of an event the claim does not
# pin may lie and still be the event misdated: "restructured last week" is no error for a
# restructuring six years back (another one, which the store may not hold), while
# "founded five years ago" of a founding ten years back is.
MISDATED_REACH = 4.0


def _judged(q: Quantity, fact: Fact, today: dt.date, ctx: Context) -> bool | None:
    """``placed``, but a record far outside the time is held to be the event misdated only
    when the claim pins it: it names a party of the record besides its subject ("launched
    Orbitron last week"), or the record lies within ``MISDATED_REACH`` of the time told."""
    fit = placed(q, fact, today)
    if fit is not False or fact.date is None:
        return fit
    if ({fact.subject, fact.object} - {ctx.claim.subject, None}) & set(ctx.claim.entities):
        return fit
    told = q.value * UNIT_DAYS[q.unit]
    return fit if (today - fact.date).days <= MISDATED_REACH * max(told, 1.0) else None


def _another_event_then(ctx: Context, events: list[Fact], today: dt.date) -> bool:
    """Does the store record something else of the claim's subject just when the claim's
    time puts it: an event, or a value it records as of that day and not one that moves
    daily ("since a restructuring last week" beside the stakes recorded when the company
    completed its recapitalization that week, and a restructuring years before)? The claim
    may speak of that occasion by a word no record of it has: the time is then not surely
    wrong."""
    subject = ctx.claim.subject
    if subject is None:
        return False
    for fact in ctx.subject_facts:
        if fact in events or subject not in (fact.subject, fact.object) or moves_daily(fact):
            continue
        day = fact.date if fact.kind == "event" else fact.as_of
        if day is not None and all(placed(q, replace(fact, date=day, date_precision="day"),
                                          today) for q in ctx.claim.elapsed):
            return True
    return False


def check(ctx: Context) -> Finding | None:
    """An event a relation settles, dated where the claim's time back from the article's
    date puts it, or far from it ("launched five years ago" of a launch 20 months before)."""
    claim, today = ctx.claim, ctx.article_date
    if not claim.elapsed or today is None:
        return None
    found = attribution.relation(ctx)
    if found is None or found.status is not Status.SUPPORTED:
        return None
    # (a rank or a level of a value that moves daily is reached again on other days: "it
    # passed Apple two weeks ago" is no date of the first time it did)
    events = [f for f in found.facts if f.kind == "event" and f.date is not None and
              not (moves_daily(f) and not one_day_move(f))]
    if not events:
        return None
    # Two records of one thing (its founding and its public launch) may both be meant: the
    # time is wrong only when it fits neither, and right when it fits one of them.
    dated = [_dated_events(q, events, ctx) for q in claim.elapsed]
    if not all(dated):
        return None  # a time of another clause's event: unchecked
    fits = [[_judged(q, f, today, ctx) for f in own]
            for q, own in zip(claim.elapsed, dated, strict=True)]
    told = "; ".join(told_back(q, today) for q in claim.elapsed)
    if any(all(v is False for v in row) for row in fits) and \
            not _another_event_then(ctx, events, today):
        own = [f for f in events if any(f in d for d in dated)]
        stored = "; ".join(f"{f.measure} {on_date(f)}" for f in own)
        return Finding(Status.CONTRADICTED, f"article: {told}; store: {stored}; the date "
                       "differs", tuple(own), rule=CODE, strength=0.85)
    if all(any(row) for row in fits):
        fitting = [f for f in events if any(
            v and g is f for row, own in zip(fits, dated, strict=True)
            for v, g in zip(row, own, strict=True))]
        stored = "; ".join(f"{f.measure} {on_date(f)}" for f in fitting)
        return Finding(Status.SUPPORTED, f"article: {told}; store: {stored}; consistent",
                       tuple(fitting), rule=CODE, strength=0.9)
    return None
