"""A revision told without its figures: "Meta raises its 2025 capex outlook", "TSMC lifted
its spending plan", "AMD cut its forecast".

Why: a headline or a lead tells that a plan or a forecast moved before (or instead of) giving
the new figures. The store keeps such a series value by value, each as of the day it was
given, so the step from the value before to the one given just before the article's date
says which way it moved: a step the claim's way confirms it. A step the other way, or no value
given near the article's date, settles nothing (the claim may tell of another revision, or
of the plan's history). A year's "spending" raised ("ups its 2025 spending on AI") is the
plan for that year's expenditure, whatever cue the plan has. Must not: read a claim that
gives a figure (``change`` checks a change's size), or a revision still to come ("will
raise").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.comparison import describe
from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind, Status
from .base import Context, Finding, gives_figure
from .change import same_series
from .measure_kinds import planned

CODE = "NUM-moved"
# A revision is news for days after it was given: later, "raised its outlook" may tell of
# another step than the last one the store holds.
REACH_DAYS = 10

_UP = (r"rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|"
       r"ups|upped|upping|increas(?:e|es|ed|ing)")
_DOWN = r"cut(?:s|ting)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|" \
    r"slash(?:es|ed|ing)?"
# The verb and, within a few words, the plan it moved: "raised its 2025 capital expenditure
# outlook", "lifts guidance", "cut its spending forecast".
_REVISED = lazy(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:(?:its|their|the|his|her)\s+)?"
                r"(?:[\w-]+\s+){0,4}?(?:outlook|guidance|forecasts?|plans?|budget|targets?|"
                r"projections?|estimates?|capex|capital\s+(?:expenditures?|spending)|"
                r"(?P<spending>spending|expenditures?|investments?))\b", re.IGNORECASE)
# The measure of a planned sum that "spending" names without a cue of its own: "ups its 2025
# spending on AI data centres" of the plan for capital expenditure in 2025.
_SPENT_MEASURE = lazy(r"\b(?:expenditures?|spending|capex|investment)\b", re.IGNORECASE)


def check(ctx: Context) -> Finding | None:
    """The last step of a planned or forecast series, when the claim tells it moved (with
    no figure) and the store's value was given in the days before the article's date."""
    claim, today = ctx.claim, ctx.article_date
    if today is None or claim.quantities or claim.negated or claim.future_marker:
        return None
    told = _REVISED.search(claim.standalone)
    if told is None:
        return None
    way = 1 if told.group("up") else -1
    # a sum the claim calls spending, for a year it names, is its plan for that year even
    # with no cue of the plan's (the year must then be the plan's: checked below)
    spent = [f for f in ctx.subject_facts if planned(f) and _SPENT_MEASURE.search(f.measure)] \
        if told.group("spending") and claim.years else []
    for fact in dict.fromkeys([*(c.fact for c in ctx.candidates), *spent]):
        step = _last_step(fact, ctx.subject_facts, today)
        if step is None or not all(str(y) in f"{step[0].measure} {step[0].statement}"
                                   for y in claim.years):
            continue  # (a year the claim names must be the plan's: "its 2026 outlook")
        new, old = step
        if _moved(new, old) != way:
            continue
        assert new.value is not None and old.value is not None
        return Finding(Status.SUPPORTED, f"store: {describe(old.value)} -> "
                       f"{describe(new.value)} ({new.measure}), given on {_day(new)}; "
                       "moved as the claim says", (new, old), rule=CODE, strength=0.7,
                       covered_years=frozenset(range(len(claim.years))))
    return None


def _day(fact: Fact) -> dt.date | None:
    return fact.published or fact.as_of


def _last_step(fact: Fact, known: tuple[Fact, ...], today: dt.date
               ) -> tuple[Fact, Fact] | None:
    """(the value of ``fact``'s series given last on or before ``today``, the one before
    it), when that value was given within ``REACH_DAYS`` of it."""
    series = sorted((f for f in (fact, *known) if (f is fact or same_series(fact, f)) and
                     f.value is not None and f.value.kind is Kind.MONEY and _day(f) and
                     _day(f) <= today),  # type: ignore[operator]
                    key=lambda f: (_day(f), f.id))
    series = list({f.id: f for f in series}.values())
    if len(series) < 2:
        return None
    new, old = series[-1], series[-2]
    when = _day(new)
    assert when is not None
    return (new, old) if (today - when).days <= REACH_DAYS else None


def _moved(new: Fact, old: Fact) -> int:
    """1 when the value (or both ends of its range) rose, -1 when it fell, 0 otherwise."""
    assert new.value is not None and old.value is not None
    ends = [(new.value.low, old.value.low),
            (new.value.high if new.value.high is not None else new.value.low,
             old.value.high if old.value.high is not None else old.value.low)]
    if all(a >= b for a, b in ends) and any(a > b for a, b in ends):
        return 1
    if all(a <= b for a, b in ends) and any(a < b for a, b in ends):
        return -1
    return 0


def moved_the_other_way(claim: Claim, facts: Sequence[Fact], known: Sequence[Fact]
                        ) -> str | None:
    """The claim's words of a revision with its new figure ("cut its capex plan to $85
    billion"), when the fact that gives the figure is a step of its series the other way
    (the plan before it was lower: it was raised); None otherwise."""
    told = _REVISED.search(claim.standalone)
    if told is None or not claim.quantities or claim.negated:
        return None
    way = 1 if told.group("up") else -1
    for fact in facts:
        if fact.value is None or not gives_figure(fact, claim):
            continue
        day = _day(fact)
        before = sorted((f for f in known if f.id != fact.id and same_series(fact, f) and
                         f.value is not None and f.value.kind is fact.value.kind and
                         _day(f) and day and _day(f) < day),  # type: ignore[operator]
                        key=lambda f: (_day(f), f.id))
        if before and _moved(fact, before[-1]) == -way:
            return told.group(0)
    return None
