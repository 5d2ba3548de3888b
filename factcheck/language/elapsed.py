"""Times told back from the article's date: "two years ago", "it's been two months since".

Owns: reading an amount of time counted back from the day the article was written ("Musk
launched xAI less than two years ago", "the chipmaker bought the company a decade ago", "it's
been only two months since AMD launched the MI350", "in the 18 months since it opened", "it
comes two months after Acme launched Orbitron": the news of the article's day; "last
week", "earlier this week", "over the past year": within two weeks, one week, a year) as a
number of units, the unit and how the writer bounds it (about, under, over, nearly). The
window of dates it allows is the rules' to draw (``rules/elapsed``), against the article's
date. Must not: read the base of a comparison ("up 78% from a year ago", "$22.1 billion a
year ago", "the same quarter a year ago", "than it was two years ago": what a figure is
compared with, not when something happened), a vague amount ("a few years ago", "years
ago"), a time in a relative clause inside the claim ("a chip line that barely existed two
years ago": the line's time, not the claim's), or a time counted from another event ("two
months after Stargate"); nor date with it another clause than its own (``dated_clause``:
"..., two weeks ago, it passed Apple" dates the passing; "since Wall Street was founded more
than 200 years ago" dates Wall Street's founding, told in a clause of its own).
"""

from __future__ import annotations

from ..model import Kind, Qualifier, Quantity, Span
from .lexicon import lazy, may_hold
from .numbers import DIGITS_PATTERN, WORDS_PATTERN, parse_digits, parse_words

# Days in each unit, for the rules' windows.
UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}

_BOUNDS = {
    "less than": Qualifier.UNDER, "under": Qualifier.UNDER, "not even": Qualifier.UNDER,
    "fewer than": Qualifier.UNDER, "just under": Qualifier.NEARLY,
    "more than": Qualifier.OVER, "over": Qualifier.OVER, "just over": Qualifier.OVER,
    "upwards of": Qualifier.OVER, "at least": Qualifier.AT_LEAST,
    "nearly": Qualifier.NEARLY, "almost": Qualifier.NEARLY, "close to": Qualifier.NEARLY,
    "about": Qualifier.APPROX, "around": Qualifier.APPROX, "roughly": Qualifier.APPROX,
    "some": Qualifier.APPROX, "approximately": Qualifier.APPROX, "just": Qualifier.EXACT,
    "only": Qualifier.EXACT, "exactly": Qualifier.EXACT,
}
_AGO = lazy(
    r"(?i)(?<![\w-])(?:(?P<bound>" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) +
    r")\s+)?(?P<count>" + DIGITS_PATTERN + "|" + WORDS_PATTERN + r"|a\s+couple\s+of)"
    r"[\s-]+(?P<unit>day|week|month|year|decade)s?\s+(?:ago\b|(?P<since>since|after)(?=\s+"
    r"(?!(?:19|20)\d\d\b|then\b)))")
# The news of the article's day placed after an event: "It comes two months after ...", "The
# deal comes less than a year after ..." (what "came" two months after is a past event's).
_COMES = lazy(r"(?i)\b(?:comes|arrives)\s+(?:also\s+)?$")
# "It had been five years since ...", "was two years since": counted back from another time.
_PAST_SINCE = lazy(r"(?i)\b(?:had|was|were)\b[^,;]{0,20}$")
# What a figure is compared with: "from", "than", "versus" or a figure or a period noun just
# before the time ("up from $22.1 billion a year ago", "in the same quarter two years ago").
_BASE_BEFORE = lazy(r"(?i)(?:\b(?:from|than|versus|vs\.?|compared\s+(?:to|with)|against|"
                    r"since|as\s+(?:it|they|he|she)\s+did|quarter|period|month|year|week|"
                    r"time|level|levels|high|low|mark)|[\d%$€£]|\b(?:billion|million|"
                    r"trillion|bn|percent|cent|points?|cents))\s*,?\s*$")
_THAN = lazy(r"(?i)\b(?:than|compared|versus|from)\b")
# A relative clause opened before the time, inside the claim: "a product line that barely
# existed two years ago" dates the product line, not what the claim says of its subject.
_RELATIVE = lazy(r"(?i)\S\s+(?:that|which|who|whose|when)\b")


# A week told from the article's date: "last week" (the week before the article's, or loosely
# the past fortnight: within two weeks), "earlier this week" (within one). The day words were
# said in ("said last week that ...") is the saying's, not the event's.
_WEEK = lazy(r"(?i)\b(?P<which>last|this\s+past|earlier\s+this)\s+week\b|\b(?:in|over|"
             r"during|within|throughout)\s+the\s+(?P<span>past|last)\s+(?:year|12\s+months|"
             r"twelve\s+months)\b")
_WEEKS_BACK = {"last": 2.0, "this past": 2.0, "earlier this": 1.0}
_SAID_BEFORE = lazy(r"(?i)\b(?:said|says|told|announced|reported|wrote|noted|confirmed|"
                    r"disclosed|stated)\b[^,.;]{0,20}$")


def _weeks(text: str) -> list[Quantity]:
    """The weeks ``text`` tells back from the article's date, each as a time of under one or
    two weeks."""
    found = []
    for m in _WEEK.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if not m.group("span") and (_BASE_BEFORE.search(before) or _THAN.search(
                text, max(0, m.start() - 60), m.start())) or \
                _RELATIVE.search(text, 0, m.start()) or _SAID_BEFORE.search(before):
            continue  # a comparison's base, a described thing's time, or when it was said
        if m.group("span"):  # "over the past year": the twelve months before the article
            found.append(Quantity(Kind.NUMBER, 1.0, Qualifier.UNDER, unit="year",
                                  text=m.group(0), span=Span(m.start(), m.end())))
            continue
        which = " ".join(m.group("which").lower().split())
        found.append(Quantity(Kind.NUMBER, _WEEKS_BACK[which], Qualifier.UNDER, unit="week",
                              text=m.group(0), span=Span(m.start(), m.end())))
    return found


_SPAN = lazy(r"(?i)\bweek\b|\bthe\s+(?:past|last)\b")


def is_span(q: Quantity) -> bool:
    """Is the time a stretch told up to the article's date ("last week", "over the past
    year") rather than a point counted back ("two years ago")? It dates an event the store
    records, but a figure told within it may be of the stretch as a whole."""
    return _SPAN.search(q.text) is not None


def _count(text: str) -> float | None:
    words = text.lower().split()
    if words[:2] == ["a", "couple"]:
        return 2.0
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    if words in (["a"], ["an"], ["one"]):
        return 1.0
    return parse_words(text)


def elapsed_times(text: str) -> tuple[Quantity, ...]:
    """Each time ``text`` counts back from the article's date, as a number of ``unit``s
    (the quantity's unit: day, week, month, year) with the writer's bound as qualifier.
    A decade is ten years."""
    found = _weeks(text) if may_hold(text, " week") or may_hold(text, " past ") or \
        may_hold(text, " last ") else []
    if not may_hold(text, " ago") and not may_hold(text, " since ") and \
            not may_hold(text, " after "):
        return tuple(found)  # most claims count nothing back
    for m in _AGO.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _BASE_BEFORE.search(before) or _THAN.search(text, max(0, m.start() - 60),
                                                        m.start()):
            continue  # the base of a comparison, not the time of an event
        if _RELATIVE.search(text, 0, m.start()):
            continue  # the time of a thing the claim only describes
        if m.group("since") and _PAST_SINCE.search(text, max(0, m.start() - 25), m.start()):
            continue  # counted back from a time the clause names, not from the article's
        if m.group("since") == "after" and not _COMES.search(text, max(0, m.start() - 25),
                                                             m.start()):
            continue  # "two months after the launch": from another event's time
        count = _count(m.group("count"))
        if count is None or count <= 0:
            continue
        unit = m.group("unit").lower()
        if unit == "decade":
            unit, count = "year", count * 10
        bound = _BOUNDS.get(" ".join((m.group("bound") or "").lower().split()),
                            Qualifier.EXACT)
        found.append(Quantity(Kind.NUMBER, count, bound, unit=unit, text=m.group(0),
                              span=Span(m.start(), m.end())))
    return tuple(found)


# Where a clause of its own may begin or end around a time: a comma, a semicolon, a colon or
# a dash.
_CHUNK_EDGE = lazy(r"\s*(?:[,;:]|\s[—–-]{1,2}\s|[—–])\s*")
# The words a time may stand with alone between two edges: "just two weeks ago".
_TIME_ONLY = lazy(r"(?i)\W*(?:(?:and|but|only|just|exactly|barely|all|some)\W+)*$")
# A clause that opens one of its own inside another, with its own subject and verb: "since
# Wall Street was founded", "when it went public", "after Acme bought Globex".
_SUBORDINATE = lazy(r"(?i)\b(?P<opener>since|when|after|before|until|once|because|while)\s+"
                    r"(?=[^,;:]*?\b(?:was|were|is|are|had|has|have|did|\w+ed|went|began|"
                    r"came|took|made|set|became|grew|rose|fell|sold|bought|won|held)\b)")
# A clause of its own opens with its subject: "it passed Apple", "they moved", "Acme bought".
_OWN_SUBJECT = lazy(r"(?:it|he|she|they|we|I|the\s+\w+|[A-Z][\w&.'’-]*)\s+[a-z]")


def dated_clause(text: str, start: int, end: int) -> tuple[int, int, int | None]:
    """The stretch of ``text`` whose event the time at ``start``-``end`` dates, and where a
    clause of its own begins when the time stands in one ("since Wall Street was founded
    more than 200 years ago": from "Wall"; "two months since AMD launched it": from
    "AMD"), else None. A time alone between
    two edges dates the clause after it when one opens there with its own subject
    ("Less than two years ago, Acme ...", "..., only two weeks ago, it passed Apple"), else
    what comes before it ("Acme launched Orbitron, its first chip, two years ago"). A time
    "since" an event, or news that comes a time "after" it, dates what follows it ("two
    months since AMD launched the MI350")."""
    edges = [(m.start(), m.end()) for m in _CHUNK_EDGE.finditer(text)]
    low = max((e for s, e in edges if e <= start), default=0)
    high = min((s for s, e in edges if s >= end), default=len(text))
    if text[end - 5:end].lower() in ("since", "after"):
        return end, high, end  # a clause of its own: "since AMD launched the MI350"
    if _TIME_ONLY.match(text[low:start]) and _TIME_ONLY.match(text[end:high]):
        if high < len(text) and (low == 0 or _OWN_SUBJECT.match(text, next(
                e for s, e in edges if s == high))):
            return high, len(text), None
        return 0, low, None
    opened = None
    for m in _SUBORDINATE.finditer(text, low, start):
        opened = m
    after = _SUBORDINATE.search(text, end, high)
    close = after.start() if after else high
    if opened is not None:
        return opened.start(), close, opened.end()
    return low, close, None
