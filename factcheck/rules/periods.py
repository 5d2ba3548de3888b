"""The period a figure is about.

Owns: which stored values of a series hold for the years a claim names or for the article's
date (a fiscal year named for the year it ends in), the newest value of a series, and which of
a claim's years are the period of its figures rather than the start of a span ("since 2019")
or the base of a change ("up 14% compared with 2023"), and which figures are said of a year
before the claim's own period ("$18.1 billion a year earlier"). Must not: compare figures
(``numeric.py``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..language.comparison import compare
from ..language.lexicon import lazy
from ..language.relative_dates import is_weekday
from ..model import Claim, Fact, Kind, Quantity
from .base import fact_year
from .derived import stated_figures

DATE_SLACK = 7  # a figure "as of" a day holds for the week around it
# A report dated the day after what it reports (a dateline, a time zone, a morning paper)
# still tells the day's announcement as news: "will join" is then the plan announced.
NEWS_LAG = 1
QUARTERS = ("first", "second", "third", "fourth")
# ("the fourth fiscal quarter" too)
_ORDINAL_QUARTER = re.compile(r"\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b|"
                              r"\bQ([1-4])\b", re.IGNORECASE)


def in_period(fact: Fact, years: tuple[int, ...], article_date: dt.date | None,
              fiscal: tuple[int, ...] = ()) -> bool:
    """Does the fact hold for the years the claim names (or for the article's date)?

    A fiscal year is named for the year it ends in: NVIDIA's fiscal 2025 ended in January
    2025, so "fiscal 2025" matches a figure as of 2025-01-26 whose calendar period is 2024.
    """
    if years:
        year = fact_year(fact)
        if fiscal and fact.as_of and fact.as_of.year in fiscal:
            return True
        if fiscal and any(_fiscal_told(y).search(fact.statement) for y in fiscal):
            return True  # a year that ends in June begins the calendar year before
        return year is None or year in [y for y in years if y not in fiscal]
    moment = known_from(fact)
    return article_date is None or moment is None or moment <= article_date


@lru_cache(maxsize=64)
def _fiscal_told(year: int) -> re.Pattern[str]:
    """The words of a record that name fiscal ``year`` ("fiscal 2026", "FY26")."""
    return re.compile(rf"\b(?:fiscal(?:\s+year)?\s+{year}|FY\s?(?:{year}|{year % 100:02d}))\b",
                      re.IGNORECASE)


def known_from(fact: Fact) -> dt.date | None:
    """Since when the store's value was known: its date, or its publication when that came
    first (a running total dated to its last source, "had invested about $13 billion by
    March 2025", public since March 2024, holds for an article of January 2025)."""
    moment = fact.as_of or fact.date
    return fact.published if fact.published and moment and fact.published < moment else moment


def latest(facts: list[Fact]) -> list[Fact]:
    """Of a series (same subject and measure), keep only the newest value. A sum kept in
    two currencies ("NT$868.46 billion" and "$26.88 billion" for one quarter) is a series in
    each: the one is no older value of the other."""
    newest: dict[tuple[str, str, str | None, str | None], Fact] = {}
    for fact in facts:
        key = _series_key(fact)
        moment = fact.as_of or fact.date
        held = newest.get(key)
        held_moment = (held.as_of or held.date) if held else None
        if held is None or (moment and (held_moment is None or moment > held_moment)):
            newest[key] = fact
    return [f for f in facts if newest.get(_series_key(f)) is f]


def known_by(facts: list[Fact], day: dt.date | None) -> list[Fact]:
    """Of each series (``latest``'s) with a value of a year known by ``day``, only the values
    of that year known by then: "Acme expects 2025 capex of $68 billion" on 1 February is
    held to the outlook of January, not to a later one for the same year that the article
    could not know (a range raised in April to meet it confirmed it, one raised past it kept
    it from a verdict). A year with no value known by then keeps its later ones, which only
    confirm (guards): 2024's value is not held against what 2025's became."""
    if day is None:
        return facts
    def later(fact: Fact) -> bool:  # (a day's slack: a dateline or a time zone apart)
        known = known_from(fact)
        return known is not None and known > day + dt.timedelta(days=NEWS_LAG)
    told = {(_series_key(f), fact_year(f)) for f in facts if not later(f)}
    return [f for f in facts if not (later(f) and (_series_key(f), fact_year(f)) in told)]


def _series_key(fact: Fact) -> tuple[str, str, str | None, str | None]:
    currency = fact.value.unit if fact.value and fact.value.kind is Kind.MONEY else None
    return fact.subject, fact.measure, fact.object, currency


# "has invested $13 billion since 2019", "raised $12 billion since its 2023 inception": the
# year opens a span up to now; it is not the period of the figure.
_SINCE = re.compile(r"\b(?:since|from)\s+(?:(?:its|their|the)\s+)?(?:[A-Z][a-z]+\s+)?"
                    r"((?:19|20)\d\d)\b(?!\s*(?:to|through|until|-))")


# "an increase of 93% on the same period of 2024", "up 14% compared with 2023": the year is
# the base a change is measured from, not the period of the figure. "The same period of
# 2023" is a base whatever leads to it ("double the figure for the same quarter in 2023",
# "against $18 billion in the same period a year before, 2023").
_BASE = re.compile(r"(?:\b(?:on|over|from|versus|vs\.?|compared (?:with|to)|than)\s+"
                   r"(?:fiscal\s+)?|\bsame\s+(?:period|quarter|month|half|time|"
                   r"(?:three|six|nine|twelve)[- ]month\s+period)\s+(?:of|in|a)\s+"
                   r"(?:fiscal\s+)?|"
                   # "up 25% from the third quarter of 2023": the base's quarter and year
                   r"\b(?:on|over|from|versus|vs\.?|compared (?:with|to)|than)\s+the\s+"
                   r"(?:first|second|third|fourth)\s+quarter\s+(?:of|in)\s+(?:fiscal\s+)?)"
                   r"((?:19|20)\d\d)\b(?!\s*(?:to|through|until|-))", re.IGNORECASE)


# "up 114 percent from FY24": a fiscal year written short is a base too.
_BASE_FY = re.compile(r"\b(?:on|over|from|versus|vs\.?|compared (?:with|to)|than)\s+"
                      r"FY\s?'?((?:19|20)?\d\d)\b(?!\s*(?:to|through|until|-))", re.IGNORECASE)


# A date right after the figure a change starts from dates that figure: "passed 400 million,
# up from 300 million in December" names no December value of the 400 million.
_FROM_FIGURE = (r"\bfrom\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?"
                r"[$€£]?\d[\d.,]*(?:\s*(?:%|[A-Za-z]+)){0,3}?\s+")
_BASE_FIGURE = lazy(_FROM_FIGURE + r"(?:(?:in|at|on|as of|by)\s+(?:the\s+end\s+of\s+|"
                    r"early\s+|late\s+)?)?$", re.IGNORECASE)


# ... and so does a year there: "to $130.5 billion from $60.9 billion in fiscal 2024".
_BASE_FIGURE_YEAR = re.compile(_FROM_FIGURE + r"(?:in|for|at\s+the\s+end\s+of)\s+"
                               r"(?:fiscal\s+|FY\s?)?((?:19|20)\d\d)\b", re.IGNORECASE)


# ... and so does one after what a multiple is taken of: "double the number it reported in
# November 2023", "twice the level of March".
_BASE_MULTIPLE = lazy(r"\b(?:double|twice|triple|three times|half|compared (?:with|to)|"
                      r"versus|vs\.?|than)\s+(?:the|its|a)\s+(?:number|figure|level|total|"
                      r"count|amount|size)\b[^,.;]{0,40}?\s+(?:(?:in|at|on|as of|of)\s+)?$",
                      re.IGNORECASE)
_BASE_MULTIPLE_YEAR = re.compile(_BASE_MULTIPLE.pattern.rstrip("$") + r"(?:[A-Z][a-z]+\s+)?"
                                 r"((?:19|20)\d\d)\b", re.IGNORECASE)


# A date after "since" opens the time a figure grew over: "a 33% jump since December" is
# a figure of now, not of December.
_BASE_SINCE = lazy(r"\bsince\s+(?:early\s+|late\s+|mid-?|the\s+end\s+of\s+)?$", re.IGNORECASE)
_SINCE_WORD = lazy(r"since\b", re.IGNORECASE)  # a relative date read with its "since"


def _base_dated(claim: Claim) -> list[dt.date]:
    """The dates of the figures a change in the claim starts from."""
    return [dt.date.fromordinal(int(q.value)) for q in claim.dates if q.span is not None and
            (_SINCE_WORD.match(q.text) or any(
                p.search(claim.standalone, max(0, q.span.start - 70), q.span.start)
                for p in (_BASE_FIGURE, _BASE_MULTIPLE, _BASE_SINCE)))]


def named_dates(claim: Claim, precision: str | None = None, apart: str = "") -> list[dt.date]:
    """The dates the claim names, as days (a month's is its first day); only those of one
    ``precision`` ("day" or "month") when given; never the date of a change's base, nor a
    weekday: "Nvidia on Wednesday posted revenue of $35.6 billion" tells the day of the
    report, not of the quarter's figure (the events' rule reads weekdays itself); nor one
    told in ``apart`` (words that date another thing's act)."""
    base = _base_dated(claim) if claim.dates else []
    return [dt.date.fromordinal(int(q.value)) for q in claim.dates
            if (precision is None or q.unit == precision) and not is_weekday(q) and
            dt.date.fromordinal(int(q.value)) not in base and
            not (apart and q.text and q.text in apart) and
            not _span_opened_on(claim.standalone, q)]


# A period glossed by the day it starts: "the three months starting July 1", "the fiscal
# year beginning Oct. 1": the day opens the period, it dates no figure.
_STARTING = lazy(r"\b(?:starting|beginning|commencing|that\s+(?:started|began))\s+(?:on\s+)?$",
                 re.IGNORECASE)


def _span_opened_on(text: str, q: Quantity) -> bool:
    at = text.find(q.text) if q.text else -1
    return at > 0 and _STARTING.search(text, max(0, at - 40), at) is not None


def period_years(claim: Claim) -> tuple[int, ...]:
    """The claim's years that may be the period of its figures: not one a span opens, nor
    the base of a change."""
    opened = _opened(claim.standalone)
    based = [d.year for d in _base_dated(claim)] if claim.dates else []
    out = []
    for y in claim.years:
        if y in opened:
            continue
        if y in based:
            based.remove(y)  # the base's own year, given by its date
            continue
        out.append(y)
    return tuple(out)


def base_years(text: str) -> frozenset[int]:
    """The years of ``text`` that open a span or are the base of a change ("up 14% from
    2023"): they date no figure of their own."""
    return _opened(text)


@lru_cache(maxsize=1024)  # asked again for every fact a claim is compared with
def _opened(text: str) -> frozenset[int]:
    """The years of ``text`` that open a span or are the base of a change."""
    opened = {int(m.group(1)) for pattern in (_SINCE, _BASE, _BASE_FIGURE_YEAR,
                                              _BASE_MULTIPLE_YEAR)
              for m in pattern.finditer(text)}
    opened |= {int(y) if len(y) == 4 else 2000 + int(y) for y in _BASE_FY.findall(text)}
    return frozenset(opened)


def quarter_number(word: str) -> int:
    """1 to 4 for "first" to "fourth" (any case) or "1" to "4"."""
    return int(word) if word.isdigit() else QUARTERS.index(word.lower()) + 1


def quarters_named(text: str) -> set[int]:
    """The quarters a text names by ordinal or as Q1-Q4 ("the third quarter", "Q4")."""
    return {quarter_number(m.group(1) or m.group(2)) for m in _ORDINAL_QUARTER.finditer(text)}


# A period a year before the claim's own: "a year earlier", "the year-ago quarter", "the same
# period last year", "the prior-year period".
YEAR_BEFORE = (r"(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:year-(?:earlier|ago)|"
                r"prior-year|previous-year|same)\s+(?:period|quarter|month|half|three\s+months)"
                r"(?:\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)))?)")
# ... opening the clause ("A year earlier, ...", "In the same quarter last year, ...")
_OPENS_BEFORE = re.compile(rf"^\s*(?:(?:in|for|during)\s+)?{YEAR_BEFORE}\s*,", re.IGNORECASE)
# ... just after the figure ("$18.1 billion a year earlier", "... in the year-ago quarter")
_AFTER_FIGURE = re.compile(rf"\s*(?:(?:in|for|during)\s+)?{YEAR_BEFORE}\b", re.IGNORECASE)
# ... just before it ("revenue in the year-earlier quarter was $18.1 billion")
_BEFORE_FIGURE = re.compile(rf"\b(?:(?:in|for|during)\s+)?{YEAR_BEFORE}\s+"
                            rf"(?:was|were|stood\s+at|came\s+to|totall?ed|of)\s+"
                            rf"(?:(?:about|around|roughly|nearly|some|just)\s+)?$", re.IGNORECASE)
# What makes such a phrase the base of a change, not the figure's own period: "up 78% from a
# year ago", "compared with the same period last year".
_AS_BASE = lazy(r"\b(?:from|than|versus|vs\.?|over|on|compared\s+(?:with|to)|against)"
                r"\s+$", re.IGNORECASE)


def a_year_before(q: Quantity, text: str) -> str | None:
    """Why the figure is said of a period a year before the claim's own ("A year earlier,
    revenue was $18.1 billion", "up from $18.1 billion a year earlier", "revenue in the
    year-ago quarter was $18.1 billion"), or None. It is then no figure of the latest
    period, and a differing latest value refutes nothing."""
    if q.span is None or q.text not in text:
        return None
    start = text.find(q.text)
    end = start + len(q.text)
    before = _BEFORE_FIGURE.search(text, max(0, start - 80), start)
    if _OPENS_BEFORE.search(text) or _AFTER_FIGURE.match(text, end) or (
            # "from ... a year ago" puts "from" between the figure and the phrase after it
            before is not None and not _AS_BASE.search(text, max(0, before.start() - 30),
                                                       before.start())):
        return "the claim gives it as a year before the store's latest"
    return None


def own_value_of_another_year(fact: Fact, q: Quantity, claim: Claim) -> bool:
    """Is the claim's figure the fact's own value, given a year in its own phrase that is
    not the fact's own time ("a $10 billion investment in 2019" against the 2023 investment
    whose statement names the investments "of 2019 and 2021" it built on)? A year a
    statement names dates its other figures, never the value of its own day. (A year told
    of something else, "..., a deal expected to close this year", dates no figure.)"""
    # (most claims give no year, or a figure of another kind than the fact's: asked first,
    # as coverage and NUM-stated ask this of every figure a matched statement gives)
    if not claim.years or fact.value is None or fact.value.kind is not q.kind or \
            q.span is None:
        return False
    after = _OWN_PHRASE.match(claim.standalone, q.span.end)
    if after is None:
        return False
    # (a fiscal year is the company's own, which no calendar year of a record gives)
    years = tuple(y for y in period_years(claim)
                  if y not in claim.fiscal_years and str(y) in after.group(0))
    if not years:
        return False
    moment = fact.as_of or fact.date
    own = {y for y in (moment.year if moment else None, fact.period) if y is not None}
    if not own or any(y in own for y in years):
        return False
    return compare(q, fact.value, fact.tolerance or 0.0).outcome == "consistent"


# A figure's own phrase after it, to a comma or a verb: "$10 billion investment in 2019".
_OWN_PHRASE = lazy(r"[^,;:.()]{0,40}?\b(?:19|20)\d\d\b")


def years_fit(fact: Fact, years: tuple[int, ...], days: list[dt.date],
               months: list[dt.date]) -> bool:
    """A claim that dates itself (``years``: its ``period_years``; ``days`` and ``months``:
    the days and months it names) speaks of the fact's time, or of a year its statement
    names; a claim dated to a day ("On Sept. 30, 2024, ...") speaks of that day, and one
    dated to a month of the fact's year ("valued at $24 billion in March 2024") of that
    month: the fact's own, the month it was made public, or one its statement names. The
    base of a change ("up 93% on the same period of 2024") dates nothing."""
    if not years:
        return True
    moment = fact.as_of or fact.date
    if days:
        given = {int(q.value) for q in stated_figures(fact.statement)
                 if q.kind is Kind.DATE and q.unit == "day"}
        if not all(d.toordinal() in given or (moment and abs((moment - d).days) <=
                                              DATE_SLACK) for d in days):
            return False
    if months and moment and not all(in_month(fact, moment, m) for m in months
                                      if m.year == moment.year):
        return False
    known: set[float] = set()
    if moment:
        known.add(moment.year)
    if fact.period:
        known.add(fact.period)
    if all(y in known for y in years):
        return True  # the fact's own time: its statement need not be read
    # a year the statement gives as a change's base ("up 14% from 2023") dates none of it
    based = base_years(fact.statement)
    known |= {y.value for y in stated_figures(fact.statement) if y.kind is Kind.YEAR and
              int(y.value) not in based}
    return all(y in known for y in years)


def in_month(fact: Fact, moment: dt.date, month: dt.date) -> bool:
    """Is ``month`` the month of the fact's moment, of its publication, or one its statement
    gives (dated, or by its name alone: "the $3.5 billion guided in January")?"""
    told = [dt.date.fromordinal(int(q.value)) for q in stated_figures(fact.statement)
            if q.kind is Kind.DATE]
    return any((d.year, d.month) == (month.year, month.month)
               for d in (moment, fact.published, *told) if d is not None) or \
        re.search(rf"\b{calendar.month_name[month.month]}\b", fact.statement) is not None
