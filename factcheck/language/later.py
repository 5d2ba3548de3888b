"""Times counted from the sentence before: "A month later, ...", "Two weeks later, ...",
"The next day, ...".

Owns: reading such a time where it opens a sentence (a number of units, as ``elapsed`` reads
a time counted back), and the day it counts from: the one date the sentence before gives
("OpenAI released GPT-5 in August 2025. A month later, Google ..."), as the first and last
day that date may be at its precision. A sentence before that gives no date, or several,
gives nothing to count from (the rules then judge the act alone). Must
not: count from the article's date (``elapsed``), judge whether a fact fits the time (the
rules' windows do), or read a sentence that gives its own date ("A month later, in
September, ...": that date is the one checked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..model import Claim, Kind, Quantity, Span
from .lexicon import lazy
from .numbers import DIGITS_PATTERN, WORDS_PATTERN, parse_digits, parse_words

# "A month later,", "Just two weeks later,", "About a year later", "The next day,", "The
# following month,": the lead of a sentence, what it tells happened after the one before.
_LATER = lazy(r"(?i)(?P<lead>\s*(?:(?:just|only|about|roughly|some|barely)\s+)?(?:"
              r"(?P<count>" + DIGITS_PATTERN + "|" + WORDS_PATTERN + r")[\s-]+"
              r"(?P<unit>day|week|month|year)s?\s+later|"
              r"the\s+(?:next|following)\s+(?P<next>day|week|month|year))\b)(?=\s*,?\s+\S)")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def later_lead(sentence: str) -> Quantity | None:
    """The time a sentence opens with, counted from the sentence before, as a number of
    ``unit``s (the quantity's unit); None when it opens with none."""
    m = _LATER.match(sentence)
    if m is None:
        return None
    if m.group("next"):
        count: float | None = 1.0
        unit = m.group("next").lower()
    else:
        words = m.group("count").lower()
        count = 1.0 if words in ("a", "an", "one") else parse_digits(words) if \
            words[0].isdigit() else parse_words(words)
        unit = m.group("unit").lower()
    if count is None or count <= 0:
        return None
    lead = m.group("lead").strip()
    start = m.start("lead") + (len(m.group("lead")) - len(m.group("lead").lstrip()))
    return Quantity(Kind.NUMBER, count, unit=unit, text=lead,
                    span=Span(start, start + len(lead)))


def _days(date: Quantity) -> tuple[dt.date, dt.date]:
    """The first and last day a date the sentence gives may be, at its precision."""
    first = dt.date.fromordinal(int(date.value))
    if date.unit != "month":
        return first, first
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def counted_from(claims: Sequence[Claim]) -> tuple[dt.date, dt.date] | None:
    """The days the one date of a sentence's claims may be (a month: its first and last
    day; a year alone: its first and last); None when they give none or several."""
    dates = {(d.value, d.unit) for c in claims for d in c.dates}
    years = {y for c in claims for y in c.years}
    if len(dates) == 1:
        value, unit = next(iter(dates))
        found = _days(Quantity(Kind.DATE, value, unit=unit))
        return found if found[0].year in years or not years else None
    if not dates and len(years) == 1:
        year = next(iter(years))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def told_later(claims: Sequence[Claim], sentence: str,
               before: tuple[dt.date, dt.date] | None) -> list[Claim]:
    """The claims of a sentence that opens with a time counted from the sentence before,
    each given that time and the days it counts from (``before``, the sentence before's one
    date): those whose words carry the time (the clause it leads, and the verb phrases it
    is lent to), unless they give a date of their own."""
    lead = later_lead(sentence)
    if lead is None:
        return list(claims)
    return [replace(c, later=(lead,), counted_from=before)
            if lead.text in c.standalone and not c.dates and not c.years else c
            for c in claims]
