"""Quantities in text.

Owns: finding money ("$10 trillion", "$100bn", "11.6T", "ten trillion dollars", "89 cents"),
percents ("90%", "90 percent", "nine in ten", "a third"), multipliers ("2.5 times", "2.5x",
"two and a half times", "150% faster"), years, dates and counts, with the qualifier in front
of them ("over", "about", "up to", ...), money with its currency (what a count counts is
``counts.py``'s). Must not: compare figures (``comparison.py``) or know about claims, facts
or the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache

from ..model import Kind, Qualifier, Quantity, Span
from .conversions import without_conversions
from .counts import count, counts_nothing, singular
from .lexicon import folded, folded_finditer, lazy, lowered_text
from .numbers import (
    DIGITS_PATTERN,
    NUMBER_WORD_START,
    SCALE_PATTERN,
    WORDS_PATTERN,
    YEAR,
    parse_number,
    scale_of,
)
from .partners import partnered
from .qualifiers import TRAILING_OVER, line_crossed, qualifier_before
from .slugs import slug_sums
from .units import currency

NUM = rf"(?:{DIGITS_PATTERN}|\b{WORDS_PATTERN})"
SCALE_WORDS = rf"(?:\s*-?\s*{SCALE_PATTERN}(?:\s+{SCALE_PATTERN})?)"
SUFFIX = r"(?:\s?(?:bn|bln|mn|mln|tn|trn)|tr|[kKmMbBtT])\b"  # "$100bn", "$5 bn", "11.6T"
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")


COMPARATIVES = r"(?:faster|quicker|higher|better|greater|more\s+\w+|larger|bigger|stronger)"
MULTIPLIER_WORDS = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0,
                    "tripled": 3.0, "quadruple": 4.0, "quadrupled": 4.0, "thrice": 3.0}

# Each pattern: (kind, compiled regex). Order matters only for ties; longer matches win.
# What each pattern below cannot match without, read with the same case rules: one cheap
# scan that spares most patterns most texts. Uncached, the patterns cost more than any other
# step of reading a claim (a new article's every clause is read by all of them).
_DOLLAR_SIGN = lazy(r"\$|usd", re.IGNORECASE)
_DOLLAR_WORD = lazy(r"dollars|usd", re.IGNORECASE)
_OTHER_CURRENCY = lazy(r"[€£¥]|EUR|GBP|JPY|euro|pounds sterling|yen|TWD|NTD|HKD|AUD|CAD|CHF|CNY|"
                       r"RMB|KRW|INR|SGD|Taiwan dollars")
_OTHER_DOLLAR = lazy(r"[A-Z]\$")
# The codes of other currencies written before or after a sum: "TWD 505.7 billion".
_CODES = "EUR|GBP|JPY|TWD|NTD|HKD|AUD|CAD|CHF|CNY|RMB|KRW|INR|SGD"
_PERCENT_WORD = lazy(r"%|percent|per cent|pct", re.IGNORECASE)
_CENT_WORD = lazy(r"cents?\b", re.IGNORECASE)
_POINT_WORD = lazy(r"points?\b|pts?\b|bps?\b|pp\b|ppts?\b", re.IGNORECASE)
_LARGE_SCALE = lazy(r"billion|trillion", re.IGNORECASE)
# What follows "in" or "of" when it tells a time or a place, not what a sum is of: "3.35 billion
# in the fourth quarter", "3.43 billion in March" are counts whose noun is left out.
_WHEN_AFTER = (rf"(?:the|a|an|its|their|this|that|last|early|late|mid\S*|fiscal|Q[1-4]|\d|"
               rf"{MONTH})\b")
_TWO_FIGURES = lazy(r"\s(?:and)\s", re.IGNORECASE)
_BETWEEN = lazy(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_SHARE_WORD = lazy(r"tenths|quarters|thirds|fifths|halves", re.IGNORECASE)
_ONE_PART = lazy(r"third|fifth|tenth|quarter|half", re.IGNORECASE)
_TIMES_SIGN = lazy(r"x|×", re.IGNORECASE)
_TIMES_WORD = lazy(r"times|fold", re.IGNORECASE)
_MONTH_NAME = lazy(MONTH, re.IGNORECASE)
_YEAR_DIGITS = lazy(rf"{YEAR}|FY")  # a year, or a fiscal one ("FY25")
_AGE = lazy(r"years?[\s-]old\b", re.IGNORECASE)  # the unit of "48-year-old Hassabis"
_DURATION_WORD = lazy(r"days?|weeks?|months?|years?", re.IGNORECASE)

# The words after a count's number, up to its noun: a plural ends them ("208 billion
# transistors spread over ..."), and up to four others may stand before it ("five new U.S.
# data center sites", "eighteen gold-coated hexagonal mirror segments").
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Za-z][\w-]*\b)"
_SINGLE = r"(?:(?<![sS])|(?<=[iI][cC][sS])|(?<=[sS][sS]))"  # no plural ends it: "graphics"
_NOUN_WORDS = rf"[A-Za-z][\w-]*\b(?:{_SINGLE}(?:\s+{_WORD}{_SINGLE}){{0,3}}(?:\s+{_WORD})?)?"

_PATTERNS: list[tuple[str, re.Pattern[str] | None, re.Pattern[str]]] = [
    ("money", _DOLLAR_SIGN, lazy(
        rf"(?:US\s?\$|\$US\s?|\$|USD\s?|US\$)\s?(?P<num>{NUM})(?P<scale>{SCALE_WORDS}|{SUFFIX})?",
        re.IGNORECASE)),
    ("money", _DOLLAR_WORD, lazy(
        rf"(?P<num>{NUM})(?P<scale>{SCALE_WORDS}|\s?(?:bn|tn|trn))?\s+(?:US\s)?"
        rf"(?:dollars|USD)\b", re.IGNORECASE)),
    ("money", None, lazy(rf"(?<![\w.$])(?P<num>{DIGITS_PATTERN})(?P<scale>bn|tn|trn|T|B)\b")),
    # Other dollars: "NT$868.5 billion", "HK$5 billion", "A$3 billion" (never US dollars)
    ("money", _OTHER_DOLLAR, lazy(rf"(?<![A-Za-z])(?P<cur>(?:NT|T|HK|AU?|CA?|SG?|NZ|R|MX)\$)\s?"
                                  rf"(?P<num>{NUM})(?P<scale>{SCALE_WORDS}|{SUFFIX})?")),
    # "89 cents a share": a sum in dollars, as results stories give earnings per share
    ("cents", _CENT_WORD, lazy(rf"(?<![\w.,$])(?P<num>{NUM})\s+cents?\b", re.IGNORECASE)),
    # Other currencies: "€15.7 billion", "£4.65bn", "1.4 billion euros" (not "pounds": a weight),
    # "TWD 505.7 billion", "1.05 trillion New Taiwan dollars" (never US dollars).
    ("money", _OTHER_CURRENCY, lazy(
        rf"(?P<cur>€|£|¥|(?<![A-Za-z])(?:{_CODES})\s?)\s?(?P<num>{NUM})"
        rf"(?P<scale>{SCALE_WORDS}|{SUFFIX})?"
        rf"|(?P<num2>{NUM})(?P<scale2>{SCALE_WORDS}|\s?(?:bn|tn|trn))?\s+"
        rf"(?P<cur2>euros?|pounds sterling|yen|{_CODES}|(?:[Nn]ew\s+)?Taiwan\s+dollars?)\b")),
    ("percent_ratio", _PERCENT_WORD, lazy(
        rf"(?P<num>{NUM})\s?(?:%|percent\b|per cent\b|pct\b)\s+(?P<comp>{COMPARATIVES})\s+than",
        re.IGNORECASE)),
    ("percent_range", _PERCENT_WORD, lazy(
        rf"(?<![\w.,])(?P<num>{NUM})\s?(?:%|percent)?\s?(?:to|-|–|and)\s?(?P<hi>{NUM})\s?"
        r"(?:%|percent\b)",
        re.IGNORECASE)),
    ("percent", _PERCENT_WORD, lazy(
        rf"(?<![\w.,])(?P<num>{NUM})\s?(?:%|percent\b|per cent\b|pct\b)", re.IGNORECASE)),
    # a change of a percentage: "3 percentage points", "2.5 points", "150 basis points" (in
    # points, a hundredth of them: 1.5), "0.9 pp" (before a count of "points" would be read)
    ("points", _POINT_WORD, lazy(
        rf"(?<![\w.,])(?P<num>{NUM})[\s-]?(?:(?P<pp>percentage[\s-]points?|percent(?:age)?\s+"
        r"pts?|pp|ppts?|points?|pts?)|(?P<bp>basis[\s-]points?|bps|bp))\b", re.IGNORECASE)),
    ("fraction", None, lazy(
        rf"\b(?P<num>{WORDS_PATTERN}|\d+)\s+(?:in|out of)\s+(?P<den>{WORDS_PATTERN}|\d+)\b",
        re.IGNORECASE)),
    # "over ten trillion in assets": a scaled sum, currency unstated
    ("money", _LARGE_SCALE, lazy(
        rf"(?<![\w.,$])(?P<num>{NUM})(?P<scale>\s+(?:billion|trillion))(?=\s+(?:in|of|worth)\b"
        rf"(?!\s+{_WHEN_AFTER}))",
        re.IGNORECASE)),
    ("share", _SHARE_WORD, lazy(
        rf"\b(?P<num>{WORDS_PATTERN}|\d+)[\s-]+(?P<part>tenths|quarters|thirds|fifths|halves)\b",
        re.IGNORECASE)),
    # "a third", "one fifth", "by half": one part ("a third set of locks" is an ordinal)
    ("single", _ONE_PART, lazy(
        r"\b(?:(?:a|one)[\s-]+(?P<part>third|fifth|tenth)|(?<=\bby )(?:a\s+)?(?P<half>quarter|"
        r"half))\b(?=\s+(?:of|since|from|in|over|on|than|compared|versus|last)\b|\s*[,.;:)]|\s*$)",
        re.IGNORECASE)),
    ("ratio", _TIMES_SIGN, lazy(rf"(?<![\w.,])(?P<num>{NUM})\s?(?:x|×)(?![\w])",
                                re.IGNORECASE)),
    ("ratio", _TIMES_WORD, lazy(rf"(?<![\w.,])(?P<num>{NUM})[\s-]?(?:times|fold)\b",
                                re.IGNORECASE)),
    ("ratio_word", None, lazy(
        r"\b(?P<word>twice|double[d]?|triple[d]?|quadruple[d]?|thrice)\b(?!-digit)", re.I)),
    ("date", _MONTH_NAME, lazy(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b",
        re.IGNORECASE)),
    ("date", _MONTH_NAME, lazy(
        rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})\b",
        re.IGNORECASE)),
    ("date", None, lazy(rf"\b(?P<year>{YEAR})-(?P<mnum>\d\d)-(?P<day>\d\d)\b")),
    ("month", _MONTH_NAME, lazy(rf"\b(?P<month>{MONTH})\s+(?:of\s+)?(?P<year>{YEAR})\b",
                         re.IGNORECASE)),
    ("year", _YEAR_DIGITS, lazy(rf"(?:\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<fy>{YEAR})"
                        r"|\bFY\s?'?(?P<fy3>\d\d)(?!\d)"  # "FY25": fiscal 2025
                        rf"|(?<![\w,.$])(?P<fy2>{YEAR})\s+fiscal(?:\s+year)?"
                        # "the fourth fiscal quarter of 2025": a quarter of fiscal 2025
                        r"|(?:(?<=fiscal quarter of )|(?<=fiscal first quarter of )|"
                        r"(?<=fiscal second quarter of )|(?<=fiscal third quarter of )|"
                        r"(?<=fiscal fourth quarter of ))(?P<fy4>(?:19|20)\d\d)"
                        rf"|(?<![\w,.$])(?P<year>{YEAR}))\b"
                        rf"(?!\d|[,.]\d|\s?%|\s?(?:bn|tn|[BTMK])\b)", re.IGNORECASE)),
    # A duration is a figure where something takes it ("built in 122 days", "took 19 days",
    # "after a build of 122 days", a fact's "122 days"); elsewhere "two years" is a time, not
    # a measure ("two years ago").
    ("duration", _DURATION_WORD, lazy(
        rf"(?:^|\b(?:in|took|takes|take|taking|lasted|lasts|within|(?:a|an)\s+[a-z]+\s+of)\s+"
        rf"(?:just\s+|only\s+|about\s+|roughly\s+|nearly\s+|under\s+|less than\s+)?)"
        rf"(?P<num>{NUM})\s+(?P<noun>days?|weeks?|months?|years?)\b"
        rf"(?!\s+(?:ago|later|earlier|before|after|old|since|from now))", re.IGNORECASE)),
    # a unit written onto its number: "192GB", "8TB/s", "2.5km"
    ("count", None, lazy(rf"(?<![\w$.,])(?P<num>{DIGITS_PATTERN})(?P<noun>[GTM]B|km|kg|cm|"
                         r"ft|mi|lbs?|ha)(?![A-Za-z0-9])", re.IGNORECASE)),
    # (a currency's code before the number makes it a sum: "USD 5.5 billion after ...")
    ("count", None, lazy(
        rf"(?<![\w$.,])(?<![A-Za-z]-)(?<!\b(?:USD|{_CODES})\s)(?P<num>{NUM})(?P<scale>{SCALE_WORDS}|\s?[kKmM]\b)?"
        rf"(?:\s+|-)(?P<noun>{_NOUN_WORDS})", re.IGNORECASE)),
]


# The word before a number that makes the number part of a name: "Llama 2 70B", "GPT-3
# 175B", "Ariane 5 rocket", "Windows 11 devices".
_NAME_BEFORE = lazy(r"(?<=\S\s)(?:[A-Z][\w]*|[\w-]*\d[\w-]*)\s$")
_MONTH_BEFORE = lazy(rf"\b{MONTH}\.?\s$", re.IGNORECASE)
_DOLLAR_NAMED = lazy(r"\$|dollar|usd", re.IGNORECASE)


def _in_name(kind: str, text: str, m: re.Match[str]) -> bool:
    """Is the number a day after its month ("Dec. 23 blog post") or part of a name, rather
    than a figure?"""
    before = text[max(0, m.start() - 40):m.start()]
    if kind == "count" and _MONTH_BEFORE.search(before):
        return True
    bare = not _DOLLAR_NAMED.search(m.group(0))
    named = _NAME_BEFORE.search(" " + before) is not None if m.start() > 0 else False
    if kind == "money" and bare:
        return named
    # a name's number takes no scale word: "Packs 80 Billion Transistors", a headline's
    # capitalised verb before a figure, is no "Ariane 5"
    scaled = kind == "count" and bool((m.groupdict().get("scale") or "").strip())
    return kind == "count" and named and len(m.group("num")) <= 2 and not scaled and \
        not _MONTH_BEFORE.search(before)


# No figure has this many digits, commas and points in a row; in a longer run each pattern
# would start at every digit and scan to the run's end (quadratic), so the run is hidden
# from the patterns: blanked with word characters, which no figure pattern starts after.
MAX_FIGURE_CHARS = 40
_LONG_RUN = lazy(rf"[\d.,]{{{MAX_FIGURE_CHARS + 1},}}")


_MAY_HOLD_FIGURE = lazy(rf"\d|{NUMBER_WORD_START}|\b(?:twice|double|triple|quadruple"
                        r"|thrice|third|fifth|quarter|half)", re.IGNORECASE)


@cache
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive pattern as it reads the lowered text, compiled when first used:
    three to four times quicker (``lexicon``)."""
    return folded(pattern)


def _held(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    fast = _folded(pattern) if lowered is not None else None
    return (pattern.search(text) if fast is None or lowered is None else
            fast.search(lowered)) is not None


@lru_cache(maxsize=4096)  # a clause's text is read again for its claim and its standalone form
def _candidates(text: str) -> tuple[Quantity, ...]:
    if not _held(_MAY_HOLD_FIGURE, text, lowered_text(text)):
        return ()
    found: list[Quantity] = []
    text = _LONG_RUN.sub(lambda m: "_" * len(m.group(0)), text)
    lowered = lowered_text(text)
    held: dict[re.Pattern[str], bool] = {}  # a word several patterns need: looked for once
    for kind, needed, pattern in _PATTERNS:
        if needed is not None:
            if needed not in held:
                held[needed] = _held(needed, text, lowered)
            if not held[needed]:
                continue
        fast = _folded(pattern) if lowered is not None else None
        # "a company", "an AI lab": most matches of the count pattern count nothing, told
        # by their number alone before they are read again in the text's case and built
        lone = counts_nothing if kind == "count" and fast is not None and \
            "scale" in fast.groupindex else None
        for m in (pattern.finditer(text) if fast is None or lowered is None else
                  folded_finditer(fast, text, lowered, lone)):
            if lone and lone(m) or kind in ("money", "count") and _in_name(kind, text, m):
                continue
            quantity = _build(kind, m)
            if quantity is not None:
                found.append(quantity)
    return tuple(found)


def _build(kind: str, m: re.Match[str]) -> Quantity | None:
    span = Span(m.start(), m.end())
    groups = m.groupdict()
    number = parse_number(groups["num"]) if groups.get("num") else None
    if groups.get("num") and number is None:
        return None
    text = m.group(0)
    if kind == "money" and groups.get("num2"):  # the currency named after the figure
        number = parse_number(groups["num2"])
        groups = {"scale": groups.get("scale2"), "cur": groups["cur2"]}
        if number is None:
            return None
    if kind == "money":
        assert number is not None
        return Quantity(Kind.MONEY, number * scale_of(groups.get("scale")),
                        unit=currency(groups.get("cur")), text=text, span=span)
    if kind == "cents":
        return Quantity(Kind.MONEY, float(number or 0) / 100, unit="USD", text=text, span=span)
    if kind == "percent":
        return Quantity(Kind.PERCENT, float(number or 0), text=text, span=span)
    if kind == "points":
        return Quantity(Kind.POINTS, float(number or 0) / (100 if groups.get("bp") else 1),
                        text=text, span=span)
    if kind == "percent_range":
        high = parse_number(groups["hi"] or "")
        if number is None or high is None or high <= number or _TWO_FIGURES.search(
                text) and not _BETWEEN.search(m.string, 0, m.start()):
            return None  # "73.4% and 73.6%" gives two figures; "between 5% and 10%" a range
        return Quantity(Kind.PERCENT, number, high=high, text=text, span=span)
    if kind == "percent_ratio":
        return Quantity(Kind.RATIO, 1 + float(number or 0) / 100, text=text, span=span)
    if kind == "fraction":
        den = parse_number(groups["den"])
        if number is None or not den or not 2 <= den <= 100 or number > den:
            return None
        return Quantity(Kind.PERCENT, 100 * number / den, text=text, span=span)
    if kind == "share":
        parts = {"tenths": 10, "quarters": 4, "thirds": 3, "fifths": 5, "halves": 2}
        whole = parts[(groups["part"] or "").lower()]
        if number is None or number > whole:
            return None
        return Quantity(Kind.PERCENT, 100 * number / whole, text=text, span=span)
    if kind == "single":
        part = (groups.get("part") or groups.get("half") or "").lower()
        return Quantity(Kind.PERCENT, 100 / _ONE_OF[part], text=text, span=span)
    if kind == "ratio":
        return Quantity(Kind.RATIO, float(number or 0), text=text, span=span)
    if kind == "ratio_word":
        return Quantity(Kind.RATIO, MULTIPLIER_WORDS[groups["word"].lower()], text=text,
                        span=span)
    if kind in ("date", "month"):
        return _date(groups, text, span)
    if kind == "year":
        if groups.get("fy3"):
            return Quantity(Kind.YEAR, 2000.0 + int(groups["fy3"] or 0), text=text, span=span,
                            unit="fiscal")
        if groups.get("fy") or groups.get("fy2") or groups.get("fy4"):
            return Quantity(Kind.YEAR, float(groups.get("fy") or groups.get("fy2") or
                                             groups.get("fy4") or 0),
                            text=text, span=span, unit="fiscal")
        return Quantity(Kind.YEAR, float(groups["year"] or 0), text=text, span=span)
    if kind == "count":
        return count(groups, number, text, m)
    if kind == "duration" and _SINCE_FRAME.search(m.string, 0, m.start("num")):
        return None  # "for the first time in two years", "its lowest in five years": a frame
    if kind == "duration" and number is not None and number != 1:  # "in one day": a frame
        return Quantity(Kind.COUNT, number, unit=singular(groups["noun"].lower()),
                        text=text[m.start("num") - m.start():],
                        span=Span(m.start("num"), m.end()))
    return None


_ONE_OF = {"third": 3, "fifth": 5, "tenth": 10, "quarter": 4, "half": 2}
# What a time since measures, not what took that long: "the first time in", "highest in".
_SINCE_FRAME = lazy(r"(?i)\b(?:time|[a-z]+est|level|high|low|record)\s+in\s+"
                    r"(?:(?:just|only|about|more\s+than|over|nearly|almost)\s+)?$")


def _date(groups: dict[str, str | None], text: str, span: Span) -> Quantity | None:
    year = int(groups.get("year") or 0)
    if groups.get("mnum"):
        month = int(groups.get("mnum") or 0)
    else:
        month = MONTHS.get((groups.get("month") or "").lower()[:3], 0)
    day = int(groups.get("day") or 1)
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    precision = "day" if groups.get("day") else "month"
    return Quantity(Kind.DATE, float(when.toordinal()), unit=precision, text=text, span=span)


def find_quantities(text: str, conversions: bool = False) -> list[Quantity]:
    """Every quantity in ``text``, in order, each with its qualifier and span; with
    ``conversions``, also an amount said again in another currency or unit in parentheses
    ("£2.55 billion (about $3.2 billion)": a fact's statement gives both, and news often
    says only the converted one)."""
    return list(_found(text, conversions))


@lru_cache(maxsize=4096)  # a claim's standalone form is read again by the rules
def _found(text: str, conversions: bool = False) -> tuple[Quantity, ...]:
    chosen: list[Quantity] = []
    taken = bytearray(len(text))  # 1 where a chosen figure stands: overlap checks stay linear
    # Longer matches first, so "$10 trillion" beats "10 trillion" and "March 2023" beats "2023".
    for q in sorted(_candidates(text), key=lambda q: (-(q.span.end - q.span.start),  # type: ignore[union-attr]
                                                      q.span.start)):  # type: ignore[union-attr]
        assert q.span is not None
        if any(taken[q.span.start:q.span.end]):
            continue
        qualifier, start = qualifier_before(text, q.span.start)
        if qualifier is Qualifier.EXACT:
            qualifier, start = line_crossed(text, q.span.start, q.span.end)
        tail = text[q.span.end:q.span.end + 10]
        if qualifier is Qualifier.EXACT and TRAILING_OVER.match(tail):
            qualifier = Qualifier.OVER
        chosen.append(replace(q, qualifier=qualifier, span=Span(start, q.span.end),
                              text=text[start:q.span.end]))
        taken[q.span.start:q.span.end] = b"\1" * (q.span.end - q.span.start)
    chosen.sort(key=lambda q: q.span.start)  # type: ignore[union-attr]
    # an age describes who or what it is ("the 48-year-old Hassabis"), as "Hassabis, 48,"
    # does: no figure a fact holds (it still takes its words from every other reading)
    chosen = [q for q in chosen if not (q.kind is Kind.COUNT and _AGE.match(q.unit))]
    found = partnered(text, chosen if conversions else without_conversions(text, chosen),
                      qualifier_before)
    return tuple(slug_sums(text, found))  # a slug's sums lost their dollar sign


def parse_value(text: str) -> Quantity | None:
    """The single quantity a fact file gives as a value ("$11.6 trillion", "98%")."""
    found = find_quantities(text)
    if len(found) > 1:
        found = [q for q in found if q.kind is not Kind.YEAR]
    return found[0] if len(found) == 1 else None


def found_years(text: str) -> list[int]:
    return [int(q.value) for q in find_quantities(text) if q.kind is Kind.YEAR]
