"""Whether a stored value still speaks for the article's date.

Owns: how often a stored series is renewed (its cadence), a moving figure the store last
recorded longer ago than that, a value that moves from day to day told of a day the claim
does not name, a level a change has just reached well after the store's value, and a claim
that dates itself to a past moment it named elsewhere ("at the time"). Why apart from
``guards``: these are questions of time, asked by several rules (NUM, the bases of a
change, the pool of values). Must not: compare figures.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind
from .base import Context
from .measure_kinds import is_flow, moves_daily, one_time, planned, quarter_forecast
from .moments import names_moment

# "said at the time", "back then": the claim dates itself to a past moment it has named.
_THEN = re.compile(r"\b(?:at the time|back then|at that time|at that point|that year|"
                   r"that month|then)\b", re.IGNORECASE)
DEFAULT_CADENCE_DAYS = 183  # a figure with no series is taken to be renewed twice a year
EVENT_CADENCE_DAYS = 365
QUARTER_CADENCE_DAYS = 92  # a quarter's outlook: the next report gives the next quarter's
# A level reached by a change: "pushing the AI firm's valuation to $300 billion", "to a
# record $3.4 trillion".
_TO_LEVEL = lazy(r"\b(?:push\w*|lift\w*|boost\w*|bring\w*|brought|send\w*|sent|"
                 r"tak(?:e|es|ing)|took|doubl\w*|tripl\w*|(?:rose|rising|jump\w*|"
                 r"climb\w*|soar\w*|surg\w*))\b[^.;]{0,60}?\bto\s+(?:[a-z-]+\s+){0,2}"
                 r"[$€£\d]", re.IGNORECASE)  # to the level (not "took $10 billion to build")
NEWER_AFTER_DAYS = 30  # news of a new level a month after the store's value may be newer


def cadence(fact: Fact, ctx: Context) -> int:
    """How often the fact's series is renewed: the median gap between its stored values, or
    a default for a series of one."""
    dates = sorted({f.as_of for f in ctx.subject_facts if f.subject == fact.subject and
                    f.measure == fact.measure and f.as_of})
    gaps = sorted((b - a).days for a, b in zip(dates, dates[1:], strict=False))
    if gaps:
        return max(gaps[len(gaps) // 2], 90)
    if quarter_forecast(fact):
        return QUARTER_CADENCE_DAYS
    return EVENT_CADENCE_DAYS if fact.kind == "event" else DEFAULT_CADENCE_DAYS


def _renewed(fact: Fact, ctx: Context) -> bool:
    """Is the fact a value that moves over time (a series, money or a share), rather than a
    fixed property such as a chip's transistor count or a one-time deal's price?"""
    series = sum(1 for f in ctx.subject_facts if f.subject == fact.subject and
                 f.measure == fact.measure and f.as_of)
    if series <= 1 and one_time(fact) and not quarter_forecast(fact):
        return False  # "investment in OpenAI's October 2024 round": said once, never renewed
    return series > 1 or (fact.value is not None and fact.value.kind in (Kind.MONEY,
                                                                         Kind.PERCENT))


def new_level(fact: Fact, ctx: Context) -> bool:
    """Does the claim give a level a change has just reached, in an article well after the
    store's value of a measure that is no period's flow (a valuation, a count)? It may be a
    newer value than the store's."""
    known = fact.published or fact.as_of or fact.date
    return bool(ctx.article_date and known and fact.kind == "quantity" and
                fact.period is None and not is_flow(fact) and
                (ctx.article_date - known).days > NEWER_AFTER_DAYS and
                _TO_LEVEL.search(ctx.claim.standalone))


def names_day_of(fact: Fact, ctx: Context) -> bool:
    """Does the claim name the day the fact's value is from, to its own precision: the month,
    or the day ("$3.34 trillion on Tuesday" is that Tuesday's value, not another day's)?"""
    known = fact.as_of or fact.date
    said = [(q.unit, dt.date.fromordinal(int(q.value))) for q in ctx.claim.dates]
    return known is not None and any(abs((d - known).days) <= 2 if unit == "day" else
                                     d.replace(day=1) == known.replace(day=1) for unit, d in said)


def of_another_day(fact: Fact, ctx: Context) -> bool:
    """Is the fact a value that moves from day to day (a market value, a share price) of a
    day the claim does not name, a month or more from the article's? An equal figure then
    confirms nothing: it is a coincidence of level, not the same value."""
    known = fact.as_of or fact.date
    return bool(moves_daily(fact) and known and ctx.article_date and
                abs((ctx.article_date - known).days) > NEWER_AFTER_DAYS and
                not names_day_of(fact, ctx))


def dated_elsewhere(claim: Claim) -> bool:
    """Does the claim speak of a past moment it names elsewhere ("at the time", "that
    year") rather than of now?"""
    return bool(_THEN.search(claim.standalone)) and not (claim.years or claim.dates)


def older_than_cadence(fact: Fact, ctx: Context, agreeing: bool = False) -> bool:
    """A moving figure the store last recorded longer ago than its cadence, for a claim
    that names no period of its own; a target set once ("aims to mobilise up to $100
    billion") still stands for a claim ``agreeing`` with it (one differing may be revised)."""
    claim = ctx.claim
    once = agreeing and planned(fact) and not any(
        f.measure == fact.measure and f.id != fact.id for f in ctx.subject_facts)
    known = fact.as_of if fact.kind == "quantity" and not once and _renewed(fact, ctx) else None
    dated = claim.years or claim.dates or claim.fiscal_years or _THEN.search(claim.standalone)
    if known and not dated and ctx.article_date is None and quarter_forecast(fact):
        return True  # an undated article's "current quarter": a quarter nothing places
    return bool(known and ctx.article_date and not dated and
                (ctx.article_date - known).days > cadence(fact, ctx)) and \
        not names_moment(fact, ctx) and \
        not built_for(fact, ctx)  # "its Series B valued it at": the stored moment


# What a thing took or cost to build, told as done ("took two decades and $10 billion to
# build"), and the events that finish a thing.
_BUILT = lazy(r"\b(?:took|cost|needed|required|spent)\b[^.;]{0,80}?\bto\s+(?:build|"
              r"construct|develop|complete|finish)\b", re.IGNORECASE)
_FINISHED = lazy(r"\b(?:launch|open|complet|finish|inaugurat|commission)", re.IGNORECASE)


def built_for(fact: Fact, ctx: Context) -> bool:
    """Does the claim tell what its subject took to build, as done, against a value the
    store took once the thing was finished (launched, opened, completed on or before that
    day)? A finished build's total does not move as a valuation does."""
    known = fact.as_of
    return known is not None and ctx.claim.future_marker is None and \
        _BUILT.search(ctx.claim.standalone) is not None and any(
            f.kind == "event" and f.subject == fact.subject and f.date is not None and
            f.date <= known and _FINISHED.search(f.measure) is not None
            for f in ctx.subject_facts)


# A measure set once per funding round, not renewed between rounds; a round recorded days
# after the article may be the one it reports ahead of the announcement.
ROUND_SLACK_DAYS = 7
_OF_A_ROUND = lazy(r"\bpre-money\b", re.IGNORECASE)
# A record that tells a round of its own: its size, or the valuation it set.
_ROUND_TOLD = lazy(r"\b(?:round|valuation|funding|raise[ds]?)\b", re.IGNORECASE)


def later_round(fact: Fact, ctx: Context) -> Fact | None:
    """A record of a later funding round of the fact's subject, known by the article's date,
    when the fact is a measure set once per round (a pre-money valuation): a claim that names
    no year may give the later round's (xAI's pre-money valuation of May 2024 says nothing of
    November's, once November's round is recorded). None otherwise."""
    when = fact.as_of or fact.date
    if ctx.article_date is None or when is None or not _OF_A_ROUND.search(fact.measure):
        return None
    if names_day_of(fact, ctx) or dated_elsewhere(ctx.claim):
        return None  # "in May 2024", "said at the time": the round the store records
    return next((g for g in ctx.subject_facts if g.subject == fact.subject and g.id != fact.id
                 and _ROUND_TOLD.search(g.measure) and (moment := g.as_of or g.date) and
                 when < moment <= ctx.article_date + dt.timedelta(days=ROUND_SLACK_DAYS)),
                None)
