"""What a claim tells as going on at the article's date, against a record of another time.

Owns: reading a claim that says something is under way or holds at the article's date,
without naming a time of its own (a change in progress, "Nvidia is ramping production of
Blackwell", "BlackRock is acquiring GIP"; or a rank in the present, "Nvidia is the world's
most valuable company", "Nvidia, the world's most valuable company, ..."), and finding when
every record that would settle it is of a moment long before that date. Why: a record of
January 2025 tells what went on in January 2025; what was under way then (a ramp, a deal
still to close, a rank of one day) may have ended by December, and the record confirms
nothing of December. A standing relation (no moment: "BlackRock is the world's largest asset
manager") holds on any date and is not read here. Must not: decide the verdict (``rules``
asks it) or judge a time the claim names (``temporal`` does).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .measure_kinds import moves_daily
from .stems import STOP_WORDS, stems

# How long after a record of a moment the article may still tell what went on then as going
# on: about two quarters (a ramp reported in February is still the news in the summer).
STALE_DAYS = 183

# A change told as under way: "is ramping", "are still building", "is being acquired". Only
# verbs of a change that runs its course: "is orbiting L2", "is suing" or "is shipping" tell
# a state an event began, which the record of its start may well still tell.
_ADVERB = r"(?:(?:still|now|currently|already|also|again|quickly|rapidly|steadily|\w+ly)\s+)*"
# ("is said to be restructuring": the change reported as under way)
_PROGRESSIVE = lazy(rf"\b(?:is|are|am)\s+{_ADVERB}(?:(?:said|reported|believed|understood|"
                    rf"thought)\s+to\s+be\s+{_ADVERB})?(?:being\s+\w+|(?P<verb>[a-z]+ing)|in\s+"
                    r"(?:(?:advanced|early|late|final|exclusive)\s+)?(?:talks|discussions|"
                    r"negotiations)|in\s+the\s+(?:process|midst)\s+of)\b", re.IGNORECASE)
_UNDER_WAY = frozenset("""ramping building constructing acquiring buying purchasing raising
    negotiating finalizing finalising closing launching rolling developing expanding scaling
    preparing growing rising climbing falling surging soaring plunging sliding slumping
    rallying hiring completing merging bidding pursuing weighing considering exploring
    discussing restructuring reorganizing reorganising converting transitioning""".split())
# A rank told of the present: "is the world's most valuable company", "remains the largest".
_PRESENT_RANK = lazy(
    rf"\b(?:is|are|remains?|stays?|ranks?\s+as|holds?\s+(?:the\s+)?(?:title|crown|spot|"
    rf"position)\s+(?:of|as))\s+{_ADVERB}(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:[\w-]+[\s-]+)?(?:largest|biggest|greatest|richest|most\s+valuable|top|leading)\b",
    re.IGNORECASE)


def told_as_going_on(claim: Claim) -> str | None:
    """The words that tell the claim as going on at the article's date, when it names no
    time of its own; None otherwise."""
    if claim.years or claim.dates or claim.fiscal_years:
        return None
    text = claim.standalone
    for m in _PROGRESSIVE.finditer(text):
        if m.group("verb") is None or m.group("verb").lower() in _UNDER_WAY:
            return m.group(0)
    rank = _PRESENT_RANK.search(text)
    return rank.group(0) if rank else None


# A recurrence: "above $4 trillion once again", "back above", "for a second time". What recurs
# is the news of the article's days; the record of an earlier time is the one it repeats.
RECURRENCE_DAYS = 31
_AGAIN = lazy(r"\b(?:once\s+again|again|anew|for\s+(?:a|the)\s+(?:second|third|fourth)\s+time|"
              r"back\s+(?:above|over|below|under|to|into|at))\b", re.IGNORECASE)


def told_again(claim: Claim, facts: Sequence[Fact],
               article_date: dt.date | None) -> tuple[str, Fact] | None:
    """The words that tell the claim as a recurrence, and the newest of ``facts``, when the
    claim names no time and every one of them is a record of a moment more than
    ``RECURRENCE_DAYS`` before the article's date; None otherwise."""
    if article_date is None or not facts or claim.years or claim.dates or claim.fiscal_years:
        return None
    again = _AGAIN.search(claim.standalone)
    if again is None:
        return None
    return _all_before(facts, article_date, RECURRENCE_DAYS, again.group(0))


def _all_before(facts: Sequence[Fact], article_date: dt.date, days: int,
                words: str) -> tuple[str, Fact] | None:
    """``words`` and the newest of ``facts`` when every one is a record of a moment more than
    ``days`` before the article's date."""
    moments = [_moment(f) for f in facts]
    if any(m is None or (article_date - m).days <= days for m in moments):
        return None
    newest = max(zip(moments, facts, strict=True), key=lambda p: p[0] or dt.date.min)[1]
    return words, newest


def _moment(fact: Fact) -> dt.date | None:
    """The last day a record of a moment speaks of: its date (or ``as_of``), or the day it
    was made public when later; None for a standing relation."""
    if fact.kind == "relation":
        return None
    days = [d for d in (fact.date, fact.as_of, fact.published) if d is not None]
    return max(days) if len(days) > (fact.published is not None) else None


def of_another_time(claim: Claim, facts: Sequence[Fact],
                    article_date: dt.date | None) -> tuple[str, Fact] | None:
    """The words that tell the claim as going on, and the newest of ``facts``, when every
    one of them is a record of a moment more than ``STALE_DAYS`` before the article's date;
    None when one holds on any date, or the claim tells no going on."""
    if article_date is None or not facts:
        return None
    words = told_as_going_on(claim)
    if words is None:
        return None
    # a rank by a value that moves from day to day ("the most valuable company") holds for
    # days, not for the two quarters a change under way may run
    days = RECURRENCE_DAYS if all(moves_daily(f) for f in facts) else STALE_DAYS
    return _all_before(facts, article_date, days, words)


# "This is not the first time SoftBank has exited Nvidia": an earlier time of the same act;
# "sold Nvidia shares again", "for the second time": a repeat of one.
_NOT_FIRST = lazy(r"\bnot\s+(?:for\s+)?the\s+first\s+time\b|\bnot\s+(?:its|their|his|her)\s+"
                  r"first\b|\b(?:once\s+again|yet\s+again|again|anew|once\s+more|for\s+(?:a|the)"
                  r"\s+(?:second|third|fourth)\s+time)\b", re.IGNORECASE)
# "had previously sold", "sold out earlier": an act before the story's own; not "a year
# earlier" (a base of comparison) nor "earlier this month" (a time the claim names).
_BEFORE = lazy(r"\b(?:previously|once\s+before|earlier)\b(?!\s+(?:this|that|last|in|on|at|"
               r"than|today|year|month|week|quarter))", re.IGNORECASE)
_TIME_UNIT = lazy(r"\b(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)\s*$",
                  re.IGNORECASE)
# How long before the article the one record of an act may be the news the story tells, so
# that an act told as done before the story's ("previously") is another one.
STORY_DAYS = 92


def earlier_time_words(text: str) -> str | None:
    """The words that tell an act as done before, or again ("not the first time",
    "previously", "once again"); None when the claim tells none."""
    said = _NOT_FIRST.search(text)
    if said is not None:
        return said.group(0)
    for found in _BEFORE.finditer(text):
        if not _TIME_UNIT.search(text[:found.start()]):
            return found.group(0)
    return None


def earlier_time_unsaid(claim: Claim, facts: Sequence[Fact], known: Sequence[Fact] = (),
                        article_date: dt.date | None = None) -> str | None:
    """The words that tell an act as done before ("not the first time", "once again"),
    when the facts behind the support record it at one moment only, and ``known`` (every
    fact of the claim's names) holds no earlier record of an act between the same parties:
    the record of the act is no record of an earlier one. "Previously" tells so only of a
    record of the article's own weeks (``STORY_DAYS``): of one long before, it places the
    recorded act in the past."""
    said = _NOT_FIRST.search(claim.standalone)
    words = said.group(0) if said is not None else earlier_time_words(claim.standalone)
    moments = {m for m in (_moment(f) for f in facts) if m}
    if words is None or len(moments) != 1:
        return None
    moment = next(iter(moments))
    if said is None and (article_date is None or (article_date - moment).days > STORY_DAYS):
        return None
    pairs = {(f.subject, f.object) for f in facts}
    if any((f.subject, f.object) in pairs and f.kind == "event" and f not in facts and
           (m := _moment(f)) is not None and m < moment for f in known):
        return None  # "invested in OpenAI again in 2023": the store records the first time
    return " ".join(words.lower().split())


def another_time_told(text: str, year: int, recorded: int) -> bool:
    """Does the claim tell its act as done before or again, dating it to ``year``, before
    the ``recorded`` year of the one record (or to any year, told as a repeat)? That year
    may be the earlier time's ("had previously exited Nvidia in 2019"), not the record's."""
    if _NOT_FIRST.search(text) is not None:
        return True
    return year < recorded and earlier_time_words(text) is not None


# An act told as the first of its kind between its parties: "first invested in OpenAI in
# 2023", "initially backed Anthropic in October".
_FIRST_ACT = lazy(r"\b(?:first|initially)\s+(?P<verb>[a-z]+ed|bought|sold|made|took|met|put|"
                  r"went|came|won|began|led|spent|paid)\b(?!\s+(?:to|as)\b)", re.IGNORECASE)


def first_recorded_earlier(claim: Claim, facts: Sequence[Fact],
                           known: Sequence[Fact] = ()) -> str | None:
    """The words that tell an act as the first between its parties ("first invested"),
    when the facts behind the support record it at one moment and ``known`` holds an
    earlier record between the same two parties of the same measure ("first investment"
    before the "multiyear investment"): that one, not the record, was the first.
    None otherwise."""
    said = _FIRST_ACT.search(claim.standalone)
    if said is None:
        return None
    # the record of the year the claim names, when it names one (the support may rest on
    # records of other years too: "first invested" meets the first investment's record)
    years = {*claim.years, *(dt.date.fromordinal(int(q.value)).year for q in claim.dates)}
    told = [f for f in facts if (m := _moment(f)) and (not years or m.year in years)]
    moments = {_moment(f) for f in told}
    if len(moments) != 1:
        return None
    moment = next(iter(moments))
    assert moment is not None
    pairs = {(f.subject, f.object) for f in told if f.object}
    words = set(stems(told[0].measure)) - STOP_WORDS
    if any((f.subject, f.object) in pairs and f not in told and
           (m := _moment(f)) is not None and m < moment and words & set(stems(f.measure))
           for f in known):
        return said.group(0).lower()
    return None
