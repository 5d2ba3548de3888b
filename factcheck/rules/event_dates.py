"""Whether a claim's date agrees with the date of a recorded event, at the precision of each.

Owns: comparing the dates and years a claim gives with an event's date, to the coarser of the
claim's precision (a day, a month, a quarter, a year) and the record's ("date: 2006-11" states
the month only); "last September" written in November may be the September a year before; an
event presented as still to come; the stage of a deal a claim dates ("the announcement of the
acquisition in 2022") and the one an event records. Why apart from ``temporal.py``: that
module decides which event a year belongs to; this one only whether the dates agree. Must not:
pick events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.comparison import describe
from ..language.lexicon import lazy, runtime_pattern
from ..language.relative_dates import is_weekday
from ..model import Claim, Fact, Quantity
from .day_gap import days_apart
from .periods import quarter_number
from .stems import phrase_in, stems

DATE_SLACK_DAYS = 2  # reports of one event often differ by a day or two (time zones, filings)


def same_date(dates: tuple[Quantity, ...], when: dt.date, precision: str = "day") -> bool:
    """Does one of the claim's dates in ``when``'s year agree with it at the coarser of the
    two precisions? (A claim without a full date or month agrees by its year alone, and so
    does a record of the year alone; a day agrees with a record of its month.)"""
    same_year = [q for q in dates if dt.date.fromordinal(int(q.value)).year == when.year]
    if not same_year or precision == "year":
        return True
    for q in same_year:
        stated = dt.date.fromordinal(int(q.value))
        if (q.unit == "month" or precision == "month") and stated.month == when.month:
            return True
        # a weekday names its day exactly: "on Tuesday" is not the Monday of the event, as
        # the article's date places it; a date may be another time zone's day
        if q.unit == "day" and (stated == when if is_weekday(q) else
                                days_apart(stated, when) <= DATE_SLACK_DAYS):
            return True
    return False


def agrees(fact: Fact, year: int, claim: Claim) -> bool:
    if fact.date is not None and last_month_before(fact.date, year, claim):
        return True
    return fact.date is not None and fact.date.year == year and same_date(
        claim.dates, fact.date, fact.date_precision)


# Presented as still to come: "is expected to close", "expects the deal to complete".
TO_COME = re.compile(r"(?i)\b(?:expect(?:s|ed|ing)?|will|(?:is|are) (?:set|due|slated|poised) "
                      r"to|plans? to|aims? to|anticipat\w+)\b")


def still_to_come(claim: Claim, fact: Fact, today: dt.date | None) -> bool:
    """Does the claim present as still to come an event the fact dates on or before the
    article's date ("expects the deal to complete by the end of 2019", written the day it
    was announced)? What had happened by then is another event than the one expected."""
    return today is not None and fact.date is not None and fact.date <= today and \
        TO_COME.search(claim.standalone) is not None


QUARTER_OF = re.compile(r"\b(?:(?P<by>by|before|until)\s+)?(?:the\s+)?"
                         r"(?:(?P<word>first|second|third|fourth)[- ]quarter\s+of\s+|"
                         r"Q(?P<digit>[1-4])\s+)(?:(?P<year>(?:19|20)\d\d)|"
                         r"(?P<relative>this|last|next)\s+year)", re.IGNORECASE)


def another_quarter(fact: Fact, year: int, claim: Claim) -> bool:
    """Does the claim name a calendar quarter of ``year`` the fact's date is not in (or, with
    "by", after)? The year agrees; the quarter, which the claim is precise to, does not."""
    if fact.date is None or fact.date_precision == "year" or \
            "fiscal" in claim.standalone.lower():
        return False  # a record of the year alone agrees with each of its quarters
    for m in QUARTER_OF.finditer(claim.standalone):
        # "the third quarter of this year": the year the reader gave the claim from it
        if m.group("year") and int(m.group("year")) != year:
            continue
        quarter = quarter_number(m.group("word") or m.group("digit"))
        actual = (fact.date.month - 1) // 3 + 1
        return actual > quarter if m.group("by") else actual != quarter
    return False


# An outcome expected by a year: "expects the deal to be accretive by the end of 2025".
_EXPECTED_BY = lazy(r"\b(?:expects?|expected|expecting|anticipates?|anticipated|targets?|"
                    r"forecasts?|projects?|projected)\b[^.;]*?\bby\s+(?:the\s+end\s+of\s+|"
                    r"the\s+close\s+of\s+|end-|late\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def expected_by(claim: Claim, year: int) -> bool:
    """Is ``year`` the deadline of an outcome the claim expects ("expects the transaction to
    be accretive by the end of 2025")? It dates the outcome, not an event the store records."""
    return any(int(m.group("year")) == year for m in _EXPECTED_BY.finditer(claim.standalone))


def last_month_before(when: dt.date, year: int, claim: Claim) -> bool:
    """"Their initial deal last September", written in November 2024, may be September 2023:
    writers use "last <month>" for the one a year before too, so that month agrees; so does
    a month named without its year ("first announced in March", in April 2020, of March
    2019), which the reader places in the latest such month by guess."""
    for q in claim.dates:
        stated = dt.date.fromordinal(int(q.value))
        if q.unit == "month" and not _YEAR_WRITTEN.search(q.text) and \
                stated.year == year and when.year == year - 1 and when.month == stated.month:
            return True
    return False


_YEAR_WRITTEN = lazy(r"\d{4}|\b(?:this|last|next)\s+year\b", re.IGNORECASE)


def stated_dates(claim: Claim) -> str:
    if claim.dates:
        return ", ".join(describe(q) for q in claim.dates)
    return ", ".join(str(y) for y in claim.years)


# The stages of a deal a claim may date: its announcing, a regulator's or owners' review of
# it ("approved", "cleared", "blocked"), or its completion.
_ANNOUNCING = re.compile(r"\b(?:announc\w*|unveil\w*|agreed|agrees|agreement)\b", re.IGNORECASE)
_REVIEWING = re.compile(r"\b(?:approv(?:ed|es|e|ing|al)|clear(?:ed|s|ance)|signs? off|"
                        r"signed off|green-?lit|blocked|blocks|sued to block|challenged|"
                        r"vetoed|rejected)\b", re.IGNORECASE)
# ("became part of X" tells the deal done: the company has changed hands)
_COMPLETING = re.compile(r"\b(?:complet\w*|closed|closes|closing|finali[sz]\w*|"
                         r"(?:became|become|becomes|becoming)\s+part\s+of)\b", re.IGNORECASE)
_STAGES = (("announced", _ANNOUNCING), ("reviewed", _REVIEWING), ("completed", _COMPLETING))


def stage_told(text: str) -> str | None:
    """The one stage of a deal the claim's words name ("announced", "approved", "completed"),
    or None when they name several ("announced that it had completed") or none."""
    text = _NEWS_DEAL_ASIDE.sub(" ", text, count=1)
    told = [stage for stage, words in _STAGES if words.search(text)]
    return told[0] if len(told) == 1 else None


# The deal the news is about, told by its own stage in an aside: "The deal, announced
# Monday, follows the $4.9 billion acquisition of ZT Systems earlier this year" (the stage
# is the new deal's, not the earlier acquisition's the sentence goes on to name).
_NEWS_DEAL_ASIDE = lazy(r"^\s*(?:The|This|That)\s+(?:new\s+)?(?:deal|agreement|transaction|"
                        r"sale|pact)\s*,\s*(?:first\s+)?(?:announced|unveiled|agreed|signed|"
                        r"disclosed)\b[^,]{0,40},")


def stage_of(fact: Fact) -> str | None:
    """The stage of a deal an event fact records, when its measure names one."""
    return next((stage for stage, words in _STAGES if words.search(fact.measure)), None)


# The words of a company changing hands: a company is bought once.
_ACQUIRING = lazy(r"\b(?:acquisition|takeover|merger|buyout|purchase)\b", re.IGNORECASE)
_DEAL = lazy(r"\b(?:acquisition|takeover|merger|buyout|purchase|deal)\b", re.IGNORECASE)


def one_acquisition(facts: list[Fact]) -> bool:
    """Are the events the stages of one acquisition between the same two parties (its
    announcement, its approval, its completion)? A company changes hands once, so a year
    that agrees with none of them is wrong whichever stage the claim means, and an amount
    unlike the deal's tells of no other deal."""
    return bool(facts) and facts[0].object is not None and \
        len({(f.subject, f.object) for f in facts}) == 1 and \
        all(_DEAL.search(f.measure) for f in facts) and \
        any(_ACQUIRING.search(f.measure) for f in facts)


def deal_stages(fact: Fact, facts: Sequence[Fact]) -> list[Fact]:
    """The stages (announcement, completion, ...) of the one acquisition ``fact`` is a stage
    of, from ``facts``; none when it is no such stage, or the two parties have other events
    between them. The deal's price and its months are those of each of its stages."""
    if fact.kind != "event" or fact.object is None:
        return []
    stages = [f for f in facts if f.kind == "event" and
              (f.subject, f.object) == (fact.subject, fact.object)]
    return stages if one_acquisition(stages) else []


# Where an event's measure turns from the act to its thing: "departure from OpenAI's board".
_THING_AFTER = lazy(r"\b(?:of|from|in|on|at|for|with|to|into)\b")


def names_only_its_thing(fact: Fact, claim: Claim) -> bool:
    """Does the claim use only cues that name what the event was done to ("board" for a
    "departure from OpenAI's board")? Another act on the same thing ("told the board in
    2023") is no date of this event."""
    act = _THING_AFTER.split(fact.measure, maxsplit=1)
    if len(act) < 2:
        return False
    things = set(stems(act[1]))
    words = stems(claim.standalone)
    used = [cue for cue in fact.cues if phrase_in(cue, words)]
    return bool(used and things) and all(set(stems(cue)) <= things for cue in used)


# A record dated by the time something was true by: "was shipping in volume by early 2025".
_BY_THEN = lazy(r"(?i)\bby\s+(?:early|mid-?|late|the\s+end\s+of|the\s+start\s+of)?\s*"
                r"(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|"
                r"september|october|november|december)\b")


def dated_by(fact: Fact, year: int) -> bool:
    """Does the fact date only the time by which its event had happened ("was shipping in
    volume by early 2025"), so an earlier year ("began shipping in 2024") may be the event's
    own? A year after the record's is still another time."""
    return fact.date is not None and year <= fact.date.year and \
        _BY_THEN.search(fact.statement) is not None


def modifies_noun(text: str, year: int) -> bool:
    """Is the year written as a modifier of a noun someone owns ("closed its 2020 purchase
    of Xilinx", "doubled its 2023 bet", "Amazon's 2023 bet")? It dates that noun's event (the
    purchase agreed), which may be another stage or deal than the one the verb tells. ("was
    approved in a 2012 vote" dates the approval: the vote is the verb's own act.)"""
    return runtime_pattern(rf"(?:\b(?:its|their|his|her|our)|['’]s)\s+{year}\s+"
                           r"(?!and\b|to\b|through\b)[a-z]", re.IGNORECASE).search(text) \
        is not None
