"""Dates that lean on the article's own date: "Jan. 27", "last May", "last year", "Monday",
"yesterday".

Owns: reading a day or month written without its year, relative years and months, and a
weekday, as dates resolved against the date the article was published: "on Jan. 27" in a
story of February 2025 is 27 January 2025, "last November" in March 2025 is November 2024,
"shares fell on Monday" in a story of Tuesday 28 January 2025 is 27 January (news names the
weekday of the past six days, or today). Must not: guess when the article has no date, or a
weekday that may be another week's ("last Monday", "next Friday", "will report on
Wednesday"), or a day or month after several years the clause names; a date it cannot place
stays unread; so does a period's end ("the fiscal year ending June 30"), but for a quarter
just reported ("the three months ended October 27": the latest such day). After one year the
clause names, a day or month is of that year ("its 2022
purchase closed in February").
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Kind, Quantity, Span
from .lexicon import lazy, may_hold, may_hold_any
from .quantities import MONTH, MONTHS

SLACK_DAYS = 7  # a story may name a day a few days after its dateline ("on Monday, March 3")
_DAY = re.compile(rf"(?i)\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                  r"(?!,?\s+(?:1[89]|20)\d\d)(?!\d)")
# The end of a month as the moment of a level: "at the end of September", "as of March",
# "ended September with $11.5 trillion" (a company's level then, not a period's end).
_MONTH_ALONE = re.compile(rf"(?i)\b(?P<lead>in|last|since|by|this past|until|from|"
                          rf"(?:at\s+)?(?:the\s+)?end\s+of|as\s+of|ended(?=\s+(?:{MONTH})"
                          rf"[a-z.]*\s+with\b))\s+(?P<month>{MONTH})(?![a-z])(?![\w.]*\s+\d)")
# The end of a quarter just reported: "the three months ended October 27", "the quarter
# ending Jan. 26" (a fiscal year's end may be the one still to come).
_SHORT_PERIOD_END = lazy(r"(?i)\b(?:quarter|three\s+months|13\s+weeks|period)\s+"
                         r"(?:ended|ending|that\s+ended)\s+(?:on\s+)?$")
# A quarter named by the month it ended in: "the quarter ended December", "the December
# quarter", "the three months to March" (with no day or year after the month).
_QUARTER_MONTH = re.compile(rf"(?i)\b(?:(?:quarter|three\s+months|13\s+weeks)\s+(?:ended|"
                            rf"ending|that\s+ended|to)\s+(?P<month>{MONTH})|(?P<before>"
                            rf"{MONTH})[\s-]+quarter\b)(?![a-z])(?![\w.]*\s+\d)")
_YEAR_NAMED = lazy(r"\b(?:19|20)\d\d\b")
_CLAUSE_OPEN = lazy(r";|,\s+(?:and|but|while|whereas|yet)\s", re.IGNORECASE)
_PERIOD_END = lazy(r"(?i)\b(?:end|ends|ended|ending|through|to)\s+(?:in\s+|on\s+)?$")
# Only years already begun or past: "later this year" and "next year" date no past event.
_YEARS = lazy(r"(?i)\b(?P<which>last|this|earlier this)\s+year\b")
# The base of a comparison: "compared to the same period last year", "up 40% from last year",
# "up 427 percent over last year",
# "$18 billion in the same quarter last year", "up from $18 billion last year".
_BASE = lazy(r"(?i)(?:\b(?:compared\s+(?:to|with)|from|than|versus|vs\.?|against)\s+"
             r"(?:(?:about|around|roughly|nearly)\s+)?(?:[$€£]\s?\d[\d.,]*\s*(?:billion|"
             r"million|trillion|bn|[bmt])?\s+|\d[\d.,]*\s*(?:%|percent|cents?)\s+)?"
             r"(?:the\s+)?|\bsame\s+(?:period|quarter|month|time|point|half)\s+|"
             r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:(?:rise|increase|gain|jump|growth|"
             r"climb|decline|drop|fall|decrease)\s+)?over\s+(?:the\s+)?)"
             r"(?:of\s+)?$")
_THIS_MONTH = lazy(r"(?i)\b(?:earlier|later)\s+this\s+month\b|\blast\s+month\b")
# "January last year", "Jan. 10 of last year": the year a day or month names is given after it.
_YEAR_AFTER = lazy(r"(?i)\s+(?:of\s+)?(?P<which>last|this)\s+year\b")


# A day or month still to come: "to take effect in June", "payable on June 28", "will
# open in March" (in a story of May, June 28 is next month's, not last year's).
_AHEAD = lazy(r"(?i)\b(?:will|shall|to take effect|takes? effect|effective|payable|"
              r"scheduled|slated|due|expected|set to|set for|planned for|begins?|"
              r"starting|starts|upcoming|next)\b[^.;,]{0,30}$")


# A weekday as the day something happened: "on Monday", "late Tuesday"; never "last Monday"
# or "next Friday" (which week is meant is not said), one a date follows ("Monday, Jan. 27":
# the date is read), "Monday's offer" (the day of a thing the clause may only mention), or
# the day words were said ("the firm said on Wednesday": when it was told, not done).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = lazy(r"(?<![\w-])(?<!last )(?<!next )(?<!this )(?<!Last )(?<!Next )(?<!This )"
                r"(?:(?:on|early|late)\s+)?(?:(?:early|late)\s+)?"
                r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?![\w'’-])(?!,?\s+(?:\d|(?i:" + MONTH + r")))")
_SAID = lazy(r"(?i)\b(?:said|says|told|stated|added|noted|wrote|reported|speaking|"
             r"spoke|according\s+to|statement)\b[\w\s,'’-]{0,40}$")
# A clause told as still to come: its weekday may be next week's.
_WEEK_AHEAD = lazy(r"(?i)\b(?:will|would|shall|expect\w*|plans?|due|set\s+to|scheduled|"
                   r"slated|upcoming|next|until|this\s+week)\b|['’]ll\b")


# Any of the weekdays, any of the months' stems: one search of the lowered text each.
_WEEKDAY_WORDS = re.compile("|".join(WEEKDAYS))
_MONTH_WORDS = re.compile("|".join(MONTHS))


def is_weekday(q: Quantity) -> bool:
    """Was the date read from a weekday ("on Tuesday")? It names its day exactly: a report
    a day or two apart is another day, not the same one told from another time zone."""
    return q.kind is Kind.DATE and q.unit == "day" and any(
        w in q.text.lower() for w in WEEKDAYS)


def _weekday_matches(text: str) -> list[re.Match[str]]:
    """The weekdays the text names as the day something happened (``_WEEKDAY``)."""
    if not may_hold_any(text, _WEEKDAY_WORDS) or _WEEK_AHEAD.search(text):
        return []
    return [m for m in _WEEKDAY.finditer(text)
            if not _SAID.search(text, max(0, m.start() - 60), m.start())]


_YESTERDAY = lazy(r"(?i)\byesterday\b")
# "Today" beside a deed done ("OpenAI has today announced", "unveiled today"): the article's
# own day. Elsewhere it is the present at large ("today, Nvidia dominates the market").
_PAST_DEED = r"(?:[a-z]{3,}ed|made|won|sold|bought|began|took|struck|set\s+up)"
_TODAY = lazy(rf"(?i)\btoday(?=\s+{_PAST_DEED}\b)|\b(?:{_PAST_DEED}|earlier)\s+(?P<after>today)\b")


def _weekdays(text: str, today: dt.date) -> list[Quantity]:
    """Each weekday the text names as a past day, as the most recent such day up to today,
    and "yesterday" as the day before the article's (neither when it is the day words were
    said: "the firm said yesterday")."""
    found = [_date(today - dt.timedelta(days=1), "day", m) for m in _YESTERDAY.finditer(text)
             if not _SAID.search(text, max(0, m.start() - 60), m.start())] \
        if may_hold(text, "yesterday") else []
    if may_hold(text, "today"):
        for m in _TODAY.finditer(text):
            at = m.start("after") if m.group("after") else m.start()
            if not _SAID.search(text, max(0, at - 60), at):
                found.append(Quantity(Kind.DATE, float(today.toordinal()), unit="day",
                                      text="today", span=Span(at, at + 5)))
    for m in _weekday_matches(text):
        back = (today.weekday() - WEEKDAYS.index(m.group("day").lower())) % 7
        found.append(_date(today - dt.timedelta(days=back), "day", m))
    return found


def unplaced_weekdays(text: str, today: dt.date | None) -> tuple[str, ...]:
    """The weekdays the text names as the day something happened ("tuesday") when the
    article has no date to place them: the day said is then unchecked, unless a fact dates
    its event on that weekday."""
    if today is not None:
        return ()
    return tuple(m.group("day").lower() for m in _weekday_matches(text))


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 0)


def _own_year(text: str, at: int) -> int | None:
    """The year the clause of ``at`` names before it ("its 2022 purchase closed in February": a
    month of 2022, never surely the article's); 0 when it names several (none is surely the
    month's), None when it names none. A year after it ("its biggest deal since 2009") is
    the standard of a comparison, or a day's own, and is read elsewhere."""
    start = max((m.end() for m in _CLAUSE_OPEN.finditer(text, 0, at)), default=0)
    years = {int(y) for y in _YEAR_NAMED.findall(text, start, at)}
    if years and _LATER_RELATIVE.search(text, start, at):
        return 0  # "bought Acme in 2024, which closed in March": maybe a later March
    return next(iter(years)) if len(years) == 1 else 0 if years else None


# A year told as a deal's time, then a relative clause on the deal: "acquisition of Acme in
# 2024, which closed in March", "in 2024, a deal that closed in March".
_LATER_RELATIVE = lazy(r"\bin\s+(?:19|20)\d\d\s*,\s+(?:which|that|(?:a|the)\s+\w+\s+(?:that|"
                       r"which))\b[^,;]*$", re.IGNORECASE)


def relative_dates(text: str, today: dt.date | None) -> list[Quantity]:
    """Dates in ``text`` that need the article's date to be read, resolved against it."""
    if today is None:
        return []
    found: list[Quantity] = []
    named: list[Span] = []  # "last year" read as the year of the day or month before it
    # Most clauses name no month, year or month of the year: each pattern runs only where
    # its words may be (``may_hold``: a substring test of the lowered text, never wrong).
    months = may_hold_any(text, _MONTH_WORDS)
    for m in _DAY.finditer(text) if months else ():
        own = _own_year(text, m.start())
        if own == 0:
            continue
        if _PERIOD_END.search(text[:m.start()]) and not _SHORT_PERIOD_END.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "the fiscal year ending June 30" names a period, not an event; "the
            # three months ended October 27" names the latest such day, a quarter's end
        month, day = _month(m.group("month")), int(m.group("day"))
        if not month or m.group("month").lower() == "may" and not m.group("month")[0].isupper():
            continue
        given = _YEAR_AFTER.match(text, m.end())
        year = today.year - (given.group("which").lower() == "last") if given else \
            own or today.year
        ahead = not given and _AHEAD.search(text, max(0, m.start() - 60), m.start())
        try:
            when = dt.date(year, month, day)
            if not given and not own and when > today + dt.timedelta(days=SLACK_DAYS) and \
                    not ahead:
                when = dt.date(year - 1, month, day)
        except ValueError:
            continue
        found.append(_date(when, "day", m, given, named))
    for m in _MONTH_ALONE.finditer(text) if months else ():
        own = _own_year(text, m.start())
        if own == 0:
            continue
        month = _month(m.group("month"))
        if not month or m.group("month")[0].islower() or _PERIOD_END.search(text[:m.start()]):
            continue  # "in may" is the modal; "the year that ends in June" is a period
        given = _YEAR_AFTER.match(text, m.end())
        if given:
            year = today.year - (given.group("which").lower() == "last")
        elif own and m.group("lead").lower() not in ("last", "this past"):
            year = own  # "last January" is still the article's last January
        elif _AHEAD.search(text, max(0, m.start() - 60), m.start()):
            year = today.year  # a month after the article's is this year's
        else:
            year = today.year if month < today.month or (
                month == today.month and m.group("lead").lower() != "last") else today.year - 1
        found.append(_date(dt.date(year, month, 1), "month", m, given, named))
    for m in _QUARTER_MONTH.finditer(text) if months else ():
        own, name = _own_year(text, m.start()), m.group("month") or m.group("before")
        month = _month(name)
        if own == 0 or not month or name[0].islower():
            continue
        year = own or (today.year if month <= today.month else today.year - 1)
        found.append(_date(dt.date(year, month, 1), "month", m))
    for m in _YEARS.finditer(text) if may_hold(text, "year") else ():
        if re.search(r"(?i)\blater\s+$", text[:m.start()]):
            continue  # "later this year"
        if _BASE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "up 93% from the same period last year": what it is compared with
        if any(s.start <= m.start() and m.end() <= s.end for s in named):
            continue  # already the year of "January last year"
        shift = {"last": -1, "past": -1}.get(m.group("which").lower(), 0)
        found.append(Quantity(Kind.YEAR, float(today.year + shift), text=m.group(0),
                              span=Span(m.start(), m.end())))
    for m in _THIS_MONTH.finditer(text) if may_hold(text, "month") else ():
        first = today.replace(day=1)
        if m.group(0).lower().startswith("last"):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        found.append(_date(first, "month", m))
    found += [q for q in _weekdays(text, today) if not any(
        q.span and d.span and d.span.start < q.span.end and q.span.start < d.span.end
        for d in found)]
    return found


def _date(when: dt.date, precision: str, m: re.Match[str],
          given: re.Match[str] | None = None, named: list[Span] | None = None) -> Quantity:
    """The date read at ``m``; with ``given`` ("last year" after it) its span runs on to it."""
    end = given.end() if given else m.end()
    if given and named is not None:
        named.append(Span(m.start(), end))
    return Quantity(Kind.DATE, float(when.toordinal()), unit=precision,
                    text=m.string[m.start():end], span=Span(m.start(), end))


# Words that date a claim from the article's own date, whether or not it is known.
_FROM_TODAY = lazy(r"\b(?:last|this|earlier this|later this|past)\s+(?:year|month|week|"
                   r"quarter|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|"
                   r"Oct\w*|Nov\w*|Dec\w*|spring|summer|autumn|fall|winter)\b|\byesterday\b|"
                   r"\b(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def dated_from_today(text: str) -> bool:
    """Does ``text`` date what it says from the article's date ("last August", "earlier
    this month", "on Monday")? Without that date, its time cannot be placed."""
    return _FROM_TODAY.search(text) is not None
