"""Times told back from the article's date: "two years ago", "it's been two months since".

Owns: reading an amount of time counted back from the day the article was written ("Musk
launched xAI less than two years ago", "the chipmaker bought the company a decade ago", "it's
been only two months since AMD launched the MI350", "in the 18 months since it opened") as a
number of units, the unit and how the writer bounds it (about, under, over, nearly). The
window of dates it allows is the rules' to draw (``rules/elapsed``), against the article's
date. Must not: read the base of a comparison ("up 78% from a year ago", "$22.1 billion a
year ago", "the same quarter a year ago", "than it was two years ago": what a figure is
compared with, not when something happened), a vague amount ("a few years ago", "years
ago"), a time in a relative clause inside the claim ("a chip line that barely existed two
years ago": the line's time, not the claim's), or a time counted from another event ("two
months after Stargate").
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
    r"[\s-]+(?P<unit>day|week|month|year|decade)s?\s+(?:ago\b|(?P<since>since)(?=\s+"
    r"(?!(?:19|20)\d\d\b|then\b)))")
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
    if not may_hold(text, " ago") and not may_hold(text, " since "):
        return ()  # most claims count nothing back
    found = []
    for m in _AGO.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _BASE_BEFORE.search(before) or _THAN.search(text, max(0, m.start() - 60),
                                                        m.start()):
            continue  # the base of a comparison, not the time of an event
        if _RELATIVE.search(text, 0, m.start()):
            continue  # the time of a thing the claim only describes
        if m.group("since") and _PAST_SINCE.search(text, max(0, m.start() - 25), m.start()):
            continue  # counted back from a time the clause names, not from the article's
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
