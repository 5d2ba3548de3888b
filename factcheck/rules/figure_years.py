"""NUM-when: the very figure of a one-time deal, put in a year before the deal; NUM-slip: in
the deal's own month of another year.

Why: "won a $300 million grant from the agency in 2021" gives the very figure the store
records for a grant made in 2023. The figure rules compare a figure only with the values of
the year the claim names, so the grant went unseen and the claim stayed unverified. A
figure is held to the year of a one-time fact when the claim names that fact clearly (its
measure pinned, both its parties named, or its subject when it has no counterparty) and
gives its very value: a year before the fact's is contradicted.

One-time means the only value the store records for the subject and measure, made public
the day it holds (a grant, a price, a round, a valuation announced with its round), never a
series that moves. Left alone: another value (perhaps another deal), a year after the fact's
(a total or a level may still stand then), a figure presented as hoped for or to come, a
year another deal of the same figure falls in, and a year that dates something else in the
sentence ("since 2021", a relative clause between the figure and the year).

NUM-slip: "In November 2023, Amazon put $4 billion into Anthropic" gives the very figure the
store records between the same two parties in November 2024: the month and the figure agree,
the year is off by one or two, a slip of the year. It needs no cue of the deal (the figure,
both parties and the month say which deal it is), and holds whichever side the deal is told
from, before or after it. Left alone: any deal of the two parties recorded in the claim's
month or a month beside it (another deal the claim may mean), and everything NUM-when leaves.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.comparison import compare, describe
from ..language.lexicon import lazy, runtime_pattern
from ..model import Fact, Kind, Qualifier, Quantity, Status
from .base import Context, Finding
from .measure_kinds import moves_daily
from .pinning import pins_measure

CODE = "NUM-when"
SLIP_CODE = "NUM-slip"
SLIP_YEARS = 2  # a year written wrong is off by one, seldom by more

# Presented as hoped for or still to come: no deal was made then.
_HOPED = lazy(r"(?i)\b(?:expect\w*|will|would|plans?|planned|aims?|seeks?|sought|hop\w+|"
              r"talks?|negotiat\w+|proposed|could|may(?!\s+\d)|might|bid|offer\w*)\b")
# Words that open a clause of its own between the figure and the year.
_ANOTHER_CLAUSE = lazy(r"(?i)\b(?:which|who|whose|when|after|before|since|until|while|"
                       r"that)\b")


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    years = set(claim.years) - set(claim.fiscal_years)
    if len(years) != 1 or len(claim.quantities) != 1 or claim.negated or \
            claim.future_marker or claim.opinion_marker:
        return None  # most claims: no one figure dated by one year
    q = claim.quantities[0]
    year = years.pop()
    if not _dated_figure(ctx, year):
        return None
    for candidate in ctx.candidates:
        fact = candidate.fact
        when = _when(fact)
        if fact.kind != "quantity" or fact.value is None or when is None or \
                when.year <= year or fact.published != when:
            continue
        if not _very_value(q, fact) or not _parties_named(fact, ctx) or \
                not pins_measure(candidate, claim):
            continue
        if _series(fact, ctx):
            continue  # a series: its value of that year is not recorded
        if any(f.value is not None and getattr(_when(f), "year", None) == year and
               f.value.kind is q.kind and compare(q, f.value, f.tolerance).outcome ==
               "consistent" for f in ctx.subject_facts):
            continue  # another deal of the same figure that year
        return Finding(Status.CONTRADICTED, f"article: {describe(q)} in {year}; store: "
                       f"{describe(fact.value)} on {when.isoformat()} ({fact.measure}), "
                       f"not before; the year differs", (fact,), rule=CODE, strength=0.8,
                       covered_quantities=frozenset({0}),
                       covered_years=frozenset(range(len(claim.years))))
    return None


# A bound is the fact's very figure only when it bounds at that figure: "topped $3 trillion"
# is the $3 trillion mark, "topped $2 trillion" no word on when that mark was first passed.
_BOUNDS = frozenset((Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.UNDER, Qualifier.AT_MOST))
_AT_THE_MARK = 0.01


def _very_value(q: Quantity, fact: Fact) -> bool:
    """Does the claim give the fact's own figure, not only one its value agrees with?"""
    assert fact.value is not None
    if compare(q, fact.value, fact.tolerance).outcome != "consistent":
        return False
    return q.qualifier not in _BOUNDS or abs(q.value - fact.value.value) <= max(
        fact.tolerance, _AT_THE_MARK) * abs(fact.value.value)


def _dated_figure(ctx: Context, year: int) -> bool:
    """Is the claim's one figure an amount of money its year's time phrase dates?"""
    claim = ctx.claim
    q = claim.quantities[0]
    return q.kind is Kind.MONEY and not _HOPED.search(claim.standalone) and \
        _dates_the_figure(claim.standalone, q.text, year)


def slipped(ctx: Context) -> Finding | None:
    """NUM-slip: the figure of a deal between two named parties, in its month, another year."""
    claim = ctx.claim
    years = set(claim.years) - set(claim.fiscal_years)
    months = [dt.date.fromordinal(int(d.value)) for d in claim.dates]
    if len(years) != 1 or len(claim.quantities) != 1 or len(months) != 1 or \
            claim.negated or claim.future_marker or claim.opinion_marker:
        return None
    year, month = years.pop(), months[0]
    if month.year != year or not _dated_figure(ctx, year):
        return None
    q = claim.quantities[0]
    between = [f for f in ctx.subject_facts if f.object is not None and f.value is not None
               and _when(f) is not None and f.value.kind is q.kind and _parties_named(f, ctx)]
    if any(_months_apart(_when(f), month) <= 1 for f in between):
        return None  # a deal of the two that month, or beside it: the claim may mean it
    slips = [f for f in between if _slip_of(f, month, ctx) and
             compare(q, f.value, f.tolerance).outcome == "consistent"]  # type: ignore[arg-type]
    if len({_when(f) for f in slips}) != 1:
        return None
    fact = slips[0]
    assert fact.value is not None
    return Finding(Status.CONTRADICTED, f"article: {describe(q)} in {month:%B %Y}; store: "
                   f"{describe(fact.value)} on {_when(fact)} ({fact.measure}), between the same "
                   "two parties; the year differs", (fact,), rule=SLIP_CODE, strength=0.8,
                   covered_quantities=frozenset({0}),
                   covered_years=frozenset(range(len(claim.years))))


def _slip_of(fact: Fact, month: dt.date, ctx: Context) -> bool:
    """Is ``month`` the fact's own month, one or two years off, and would no value of that
    time be true of it? A deal's event happens once; a one-time figure (made public the day
    it holds, the only one of its measure) may still stand a year after, a total or a level
    may, so a later year is held only to an event."""
    when = _when(fact)
    if when is None or when.month != month.month or not 0 < abs(when.year - month.year) <= \
            SLIP_YEARS or moves_daily(fact):
        return False
    if fact.kind == "event":
        return True
    return fact.kind == "quantity" and month.year < when.year and fact.published == when and \
        not _series(fact, ctx)


def _series(fact: Fact, ctx: Context) -> bool:
    """Does the store record other values of the fact's subject and measure?"""
    return any(f.id != fact.id and (f.subject, f.measure) == (fact.subject, fact.measure)
               for f in ctx.subject_facts)


def _months_apart(when: dt.date | None, month: dt.date) -> int:
    if when is None:
        return 99
    return abs((when.year - month.year) * 12 + when.month - month.month)


def _when(fact: Fact) -> dt.date | None:
    return fact.as_of or fact.date


def _parties_named(fact: Fact, ctx: Context) -> bool:
    claim = ctx.claim
    if fact.object is None:
        return fact.subject in (claim.subject, *claim.acts_for)
    return {fact.subject, fact.object} <= set(claim.named) | (
        {claim.subject} if claim.subject else set())


# The year as a time of the act: "in 2021", "in March 2022", "during 2021", not a modifier
# of a noun ("the 2023 startup", "in 2023 filings").
_TIME_PHRASE = (r"\b(?i:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
                r"(?:[A-Z][a-z]{{2,8}}\.?\s+(?:\d{{1,2}},?\s+)?)?{year}(?!\d)(?!\s+[a-z])")


def _dates_the_figure(text: str, figure: str, year: int) -> bool:
    """Is the year a time phrase of the figure's own act: after the figure with no clause of
    its own between them, or opening the claim ("In 2021, the agency awarded $300M"), not
    inside a lead-in of its own ("Launched in 2023, xAI is valued at ...")?"""
    at = text.find(figure)
    stated = runtime_pattern(_TIME_PHRASE.format(year=year)).search(text)
    if at < 0 or stated is None:
        return False
    if stated.start() > at:  # "won $300 million ... in 2021"
        return _ANOTHER_CLAUSE.search(text, at + len(figure), stated.start()) is None
    return stated.start() == 0 and re.match(r"\s*,", text[stated.end():]) is not None
