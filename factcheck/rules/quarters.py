"""Which quarter a figure is of.

Owns: telling whether a stored quarterly value can be the one a claim's figure gives: the
quarter the claim names ("third quarter" is no figure of the fourth), a forecast is no result
("expects revenue of $7.4 billion in the second quarter" against the first quarter's
actual), a figure told of "the quarter" without naming it is of the latest quarter the
company had reported by the article's date, not of one before it, and a whole year's figure is
no quarter's ("fourth-quarter net income of $62 billion" against the year's). Must not: compare
figures (``numeric``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..language.lexicon import lazy
from ..model import Fact
from .base import Context
from .guards import ANNUAL_WORD, another_quarter, forecast_told
from .measure_kinds import is_flow, planned
from .periods import quarters_named

_QUARTERLY = lazy(r"\b(?:quarter|quarterly|Q[1-4])\b", re.IGNORECASE)
# A quarter a change is measured from: "a 15% increase from the first quarter".
_BASE_QUARTER = lazy(r"\b(?:from|over|than|versus|vs\.?|compared (?:with|to)|on)\s+(?:the\s+|"
                     r"its\s+)?(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4])\b",
                     re.IGNORECASE)
# "Quarterly" as how often a sum is paid, not the quarter it is of: a dividend per share is
# the rate paid each quarter until it is changed ("has paid $0.01 a quarter since June").
_PAID_EACH_QUARTER = lazy(r"\bquarterly\s+(?:cash\s+)?(?:dividends?|distributions?)\b",
                          re.IGNORECASE)
# A claim that says it gives the year's figure, though it names a quarter too ("full-year net
# income, reported with its fourth-quarter results").
_WHOLE_YEAR = lazy(rf"\b(?:{ANNUAL_WORD}|annually|yearly|full-year|full year|for the year|"
                   r"whole year|fiscal year)\b", re.IGNORECASE)
# A quarter told without its ordinal ("quarterly net profit", "for the quarter", "in the latest
# quarter"); a quarter a change is measured from ("up from the previous quarter") is set apart
# first, and a dividend paid each quarter is no period.
_QUARTER_TOLD = lazy(r"\bquarterly\b(?!\s+(?:cash\s+)?(?:dividends?|distributions?))|"
                     r"\b(?:the|this|its|latest|last|recent|most\s+recent|current|fiscal|"
                     r"three-month|past)\s+quarter\b(?![-\s](?:over|on)[-\s]quarter)",
                     re.IGNORECASE)
_BASE_TOLD = lazy(r"\b(?:from|over|than|versus|vs\.?|compared\s+(?:with|to)|on|against)\s+"
                  r"(?:(?:the|its|a|an)\s+)?(?:(?:previous|prior|preceding|last|same|year-ago|"
                  r"year-earlier|sequential|fiscal)\s+)*quarter\b|"
                  r"\bquarter[-\s](?:over|on)[-\s]quarter\b", re.IGNORECASE)
# A later quarter's report comes about three months after the one before it.
_NEXT_REPORT = dt.timedelta(days=60)


# A figure of part of a year: "in the first half of fiscal 2026", "nine months", "so far
# this year".
_PART_OF_YEAR = lazy(r"\b(?:first|second)[- ]half\b|\bH[12]\b|\b(?:first\s+)?(?:six|nine)"
                     r"\s+months\b|\byear[- ]to[- ]date\b|\bso\s+far\s+(?:this|in\s+the)\s+"
                     r"(?:fiscal\s+)?year\b", re.IGNORECASE)


def part_of_year(fact: Fact) -> bool:
    """Is the fact's measure of a part of a year longer than a quarter ("in the first half
    of fiscal 2026", "nine months")?"""
    return _PART_OF_YEAR.search(fact.measure) is not None


def not_its_quarter(fact: Fact, ctx: Context) -> str | None:
    """Why an equal value of ``fact`` (a quarter's, a half year's, or a whole year's) is no
    evidence for the claim, or None."""
    if _PAID_EACH_QUARTER.search(fact.measure):
        return None
    if _PART_OF_YEAR.search(fact.measure):
        return _a_part_for_a_year(ctx)
    if not _QUARTERLY.search(f"{fact.measure} {fact.statement}"):
        return _a_year_for_a_quarter(fact, ctx)
    text = ctx.claim.standalone
    quarter = another_quarter(_BASE_QUARTER.sub(" ", text), fact)
    if quarter:
        return f"the claim speaks of the {quarter} quarter; the store's figure is of another"
    if forecast_told(text) and not planned(fact):
        return "the claim gives a forecast; the store records a result"
    later = _reported_since(fact, ctx)
    if later is not None and not (quarters_named(text) or ctx.claim.years or
                                  ctx.claim.dates or ctx.claim.fiscal_years):
        return (f"the claim names no quarter, and by the article's date the company had "
                f"reported a later one (ended {later.isoformat()})")
    return None


def _a_year_for_a_quarter(fact: Fact, ctx: Context) -> str | None:
    """Why a year's flow (a fact with a ``period``) is no evidence for a claim of one quarter."""
    if fact.period is None or not is_flow(fact):
        return None
    text = _BASE_QUARTER.sub(" ", ctx.claim.standalone)
    told = quarters_named(text) or _QUARTER_TOLD.search(_BASE_TOLD.sub(" ", text))
    if not told or _WHOLE_YEAR.search(text):
        return None
    return "the claim speaks of a quarter; the store's figure is a whole year's"


def _a_part_for_a_year(ctx: Context) -> str | None:
    """Why part of a year's figure (a half's, nine months') is no evidence for a claim that
    tells a whole year ("spent $72.4 billion in 2025") and no part of it."""
    text = ctx.claim.standalone
    if _PART_OF_YEAR.search(text) or quarters_named(text) or _QUARTER_TOLD.search(text) or \
            not (ctx.claim.years or ctx.claim.fiscal_years or _WHOLE_YEAR.search(text)):
        return None
    return "the claim speaks of a whole year; the store's figure is of part of one"


def year_beside_quarter(fact: Fact, beside: Iterable[Fact]) -> bool:
    """Is ``fact`` a whole year's flow while another figure of the same claim is a quarter's
    value of the same subject? A sentence's figures speak of one period: "revenue of $47.52
    billion, up 22% from a year ago" is the quarter's level and the quarter's change, not the
    previous year's growth of 22%."""
    return fact.period is not None and is_flow(fact) and \
        not _QUARTERLY.search(fact.measure) and \
        any(f.subject == fact.subject and _QUARTERLY.search(f.measure) for f in beside)


def _reported_since(fact: Fact, ctx: Context) -> dt.date | None:
    """The end of the latest quarter the fact's subject had reported by the article's date,
    when it is later than the fact's own quarter."""
    ended, today = fact.as_of or fact.date, ctx.article_date
    if ended is None or today is None:
        return None
    later = [f.as_of for f in ctx.subject_facts if f.subject == fact.subject and f.as_of and
             f.published and f.published <= today and f.as_of - ended > _NEXT_REPORT and
             _QUARTERLY.search(f.measure)]
    return max(later, default=None)


def of_quarter_named(facts: list[Fact], claim_text: str, years: Iterable[int]) -> list[Fact]:
    """The facts of the quarter the claim names ("fourth quarter of fiscal 2025"), and of a
    year it names where some of them give it, when some are and some are not: a wrong figure
    of the fourth quarter is held to that quarter's value, not to the nearest value of
    another quarter (which would then be set aside as another quarter's). All of ``facts``
    when the claim names no quarter, or none is of it."""
    if not quarters_named(claim_text):
        return facts
    named = [f for f in facts if quarters_named(f"{f.measure} {f.statement}") and
             another_quarter(claim_text, f) is None]
    if not named or len(named) == len(facts):
        return facts
    told = {str(y) for y in years}
    dated = [f for f in named if any(y in f.statement for y in told)]
    return dated or named
