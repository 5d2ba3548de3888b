"""Which recorded values a claim's figure is held to: those of the period, day or month the
claim names, else the latest known on the article's date.

Why here: a series that moves (assets, users, market value) is stored at a few dates only. A
figure dated by the claim must meet a value of that date; a value of another date is only the
nearest fact, never evidence (a false "$10.4 trillion at the end of June" must not pass as
March's $10.5 trillion within tolerance).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..language.lexicon import lazy, runtime_pattern
from ..model import Fact
from .base import Context, another_round
from .event_dates import deal_stages
from .guards import names_quarter
from .measure_kinds import FORECAST
from .periods import DATE_SLACK, in_period, known_by, latest, named_dates, period_years
from .staleness import dated_elsewhere


def _known(fact: Fact) -> dt.date | None:
    return fact.as_of or fact.date


def _in_month(day: dt.date | None, months: list[dt.date]) -> bool:
    return day is not None and any((day.year, day.month) == (m.year, m.month) for m in months)


def _of_another_month(fact: Fact, months: list[dt.date], quarter: bool) -> bool:
    """Is ``fact`` a value as of a month the claim does not name, or an event dated to its
    day or month that lies more than a week's slack from every month the claim names ("In
    November 2023, Amazon injected $4 billion" is not the commitment of 25 September)? A
    value reported in the named month ("In April, BlackRock reported $10.5 trillion") and a
    quarter's result when the claim names the quarter are not."""
    if quarter or _in_month(fact.published, months):
        return False
    if fact.as_of is not None:
        return not _in_month(fact.as_of, months)
    day = fact.date
    return fact.kind == "event" and day is not None and fact.date_precision in ("day", "month") \
        and not any(first - _SLACK <= day <= last + _SLACK
                    for first, last in map(_month_span, months))


_SLACK = dt.timedelta(days=DATE_SLACK)


def _month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month."""
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _on_a_day(fact: Fact, days: list[dt.date]) -> bool:
    known = _known(fact)
    return known is not None and any(abs((known - d).days) <= DATE_SLACK for d in days)


def _deal_staged_on(fact: Fact, days: list[dt.date], ctx: Context) -> bool:
    """Is ``fact`` the price of an acquisition another stage of which the store dates on
    one of the days ("closed its $12 billion purchase of Acme on Oct. 1", the price agreed
    in January)? A company is bought once: its price is the deal's at every stage."""
    return any(_on_a_day(f, days) for f in deal_stages(fact, ctx.subject_facts))


# A deal told as about to happen: "nears $40bn funding", "is close to finalising", "in
# advanced talks to", "on the verge of", its terms "expected to value it at $300bn".
_PENDING = lazy(r"\b(?:nears|nearing|is\s+near|close\s+to\s+(?:finali[sz]ing|closing|"
                r"completing|securing|raising|a\s+deal)|finali[sz]ing|in\s+(?:advanced\s+|final\s+)?"
                r"talks\s+to|on\s+the\s+verge\s+of|(?:is|are)\s+expected\s+to\s+(?:value|"
                r"close|raise|be\s+valued))\b", re.IGNORECASE)
# How long after the article a deal told as pending may close and still be the one it told.
PENDING_DAYS = 45


# An act told of a thing right after its name, and the time told with it: "the Gemini 3 model
# released in November 2025", "Gemini 3 launched last November".
_ACT_TOLD = (r"(?:\s+[a-z][\w-]*)?\s+(?:launched|released|unveiled|introduced|debuted|"
             r"announced|founded|acquired|bought|opened)\s+(?:(?:in|on|during|back in)\s+)?"
             r"(?:(?:last|this|early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\.?(?:\s+|\b))?"
             r"(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d)?")


def _another_thing_s_time(ctx: Context) -> str:
    """The words that tell an act of another named thing than the claim's subject, with its
    time ("driven by the Gemini 3 model released in November 2025"): that time dates the
    thing's act, not the claim's figures. Empty when there is none."""
    claim = ctx.claim
    if not claim.years and not claim.dates:
        return ""
    own = {claim.subject, *claim.acts_for}
    text = claim.standalone
    # (a name the text does not hold cannot start a match: its pattern is not made)
    told = [m.group(0) for entity in claim.named if entity not in own
            for name in ctx.names(entity) if name and name in text
            for m in runtime_pattern(rf"\b{re.escape(name)}{_ACT_TOLD}").finditer(text)]
    return " ".join(t for t in told if any(ch.isdigit() for ch in t) or " last " in t)


def pool(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The facts whose values ``ctx.claim``'s figures are compared with. A deal told as
    pending ("nears $40bn funding") is also held to the values recorded within
    ``PENDING_DAYS`` after the article (it closed as told); such a value confirms the figure
    and never refutes it (``guards.cannot_contradict``: the article could not know it)."""
    elsewhere = _another_thing_s_time(ctx)
    apart = {dt.date.fromordinal(int(q.value)).year for q in ctx.claim.dates
             if elsewhere and q.text and q.text in elsewhere}
    years = tuple(y for y in period_years(ctx.claim) if str(y) not in elsewhere and
                  y not in apart)
    facts = [f for f in facts if not another_round(ctx.claim.standalone, f)]
    until = ctx.article_date
    if until is not None and not years and _PENDING.search(ctx.claim.standalone):
        until += dt.timedelta(days=PENDING_DAYS)
    chosen = [f for f in facts if f.value is not None and in_period(
        f, years, until, ctx.claim.fiscal_years)]
    if years:  # a period's values: those known on the article's date, where there are any
        chosen = known_by(chosen, until)
    days, months = (named_dates(ctx.claim, precision, elsewhere) for precision in ("day", "month"))
    if days:
        # "On June 30, 2024, assets were $10.6 trillion": only a value of that day will do,
        # not the quarter before it
        chosen = [f for f in chosen if _on_a_day(f, days) or _deal_staged_on(f, days, ctx)]
    elif months:
        # "In January 2024 AMD forecast $3.5 billion": that month's word, not the year's
        # result; "300 million users in August 2024": August's value of a series that has one,
        # and no other month's value of a series that has none
        month = [f for f in chosen if _in_month(_known(f), months)]
        kept = {(f.subject, f.measure) for f in month}
        quarter = names_quarter(ctx.claim)
        chosen = month + ([] if FORECAST.search(ctx.claim.standalone) else [
            f for f in chosen if (f.subject, f.measure) not in kept and
            not _of_another_month(f, months, quarter)])
    # "At the time, 230 million used it": any value up to the article, the nearest wins
    return chosen if years or dated_elsewhere(ctx.claim) else latest(chosen)
