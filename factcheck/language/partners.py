"""Figures read with their partner: a bare number takes its partner's unit; a range is one.

Owns: "208 billion transistors versus 80 billion" (80 billion transistors, not dollars),
"3.76 million GPUs against roughly 500,000 for AMD" (500,000 GPUs), and ranges written as
two figures ("$3 billion to $5 billion", "$3 to $5 billion", "$3-5 billion", "between 3,000
and 4,000 workers"), which become one figure with a low and a high end. A change ("from $3
billion to $5 billion") is two figures, never a range. Must not: find figures of its own
kinds (``quantities.py`` does, and hands them here) or know about claims or the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Kind, Qualifier, Quantity, Span
from .lexicon import lazy
from .numbers import DIGITS_PATTERN, SCALES, SUFFIX_SCALES, parse_number

Qualify = Callable[[str, int], tuple[Qualifier, int]]

# Words that set a second figure against a first: it measures the same thing. The first may
# carry a short phrase before them ("192 gigabytes of memory, compared with 80"), the second
# a change's "up" or "down" ("500 million users, up from 400 million").
_AGAINST = r"(?:versus|vs\.?|against|compared (?:with|to)|than|from|to|and|or|-|–)"
_BARE = re.compile(rf"^(?:\s+(?:of|in|during)\s+[\w-]+)?,?\s*(?:(?:up|down)\s+)?{_AGAINST}\s*"
                   rf"(?:(?:about|roughly|"
                   rf"some|nearly|almost|around|only|just|an estimated|more than|over|under|"
                   rf"less than)\s+)?"
                   # a scale word ends at its word's end ("72 billion, up"); a bare number
                   # where no digit or sign goes on ("72.5", "72%")
                   rf"(?P<num>{DIGITS_PATTERN})(?:(?P<scale>\s+(?:thousand|million|billion|"
                   rf"trillion)|[kKmMbBT]|bn|tn)(?![\w%$]|\s?(?:percent|per cent))|"
                   rf"(?![\w%$.,]|,\d|\.\d|\s?(?:percent|per cent)))",
                   re.IGNORECASE)
# A bare number before its partner, in a range: "3,000 to 4,000 workers".
_BARE_BEFORE = re.compile(rf"(?<![\w$.,-])(?P<num>{DIGITS_PATTERN})(?P<scale>\s+(?:thousand|"
                          rf"million|billion|trillion))?\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
# What ``_BARE_BEFORE`` needs at the end of the text (blanks aside, in lower case).
_RANGE_WORDS = ("to", "-", "\u2013", "and")


def _bare_before(text: str) -> re.Match[str] | None:
    """``_BARE_BEFORE.search(text)``, searched only in a text whose last word joins a
    range: the engine would try every place of the text before it (most figures have none)."""
    if not text.rstrip()[-3:].lower().endswith(_RANGE_WORDS):
        return None
    return _BARE_BEFORE.search(text)


_RANGE = re.compile(r"^\s*(?:to|-|–|—)\s*$|^\s+and\s+$", re.IGNORECASE)
_BETWEEN = lazy(r"\bbetween\s+(?:about\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
# Before a first figure, these make the two a change: "grew from $3B to $5B", "rose $1B to",
# "losing about $10 billion to $94.9 billion" (the loss, then the level it left).
_CHANGE = lazy(r"\b(?:from|up|down|rose|rises|rising|grew|grows|growing|increase[sd]?|"
               r"increasing|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|fell|falls?|falling|"
               r"drop(?:s|ped|ping)?|decline[sd]?|declining|lost|los(?:e|es|ing)|"
               r"gain(?:s|ed|ing)?|shed(?:s|ding)?|slid(?:es?|ing)?|sank|sinks?|sinking|"
               r"slump(?:s|ed|ing)?|tumble[sd]?|tumbling|plunge[sd]?|plunging|"
               r"soar(?:s|ed|ing)?|surge[sd]?|surging|dip(?:s|ped|ping)?)\s+(?:\S+\s+)?$",
               re.IGNORECASE)
# The level a change left, told as a range: "up from $60 billion–$65 billion" (a dash after
# "up from"; "from $3 billion to $5 billion" is the change itself), "from the $60 billion to
# $65 billion range".
_LEVEL_LEFT = lazy(r"\b(?:up|down)\s+from\s+(?:the\s+|its\s+|a\s+)?(?:previous\s+|prior\s+|"
                   r"earlier\s+)?(?:\w+\s+of\s+)?(?:about\s+|roughly\s+)?$", re.IGNORECASE)
_NAMED_RANGE = lazy(r"\s+(?:range|band)\b", re.IGNORECASE)
_CURRENCY = re.compile(r"[$€£¥]|dollar|usd|eur|gbp|jpy|euro|yen|pound", re.IGNORECASE)
_SCALE = lazy(r"\b(thousand|million|billion|trillion)\b|\d\s?(bn|tn|[kKmMbBT])\b")


def partnered(text: str, found: list[Quantity], qualify: Qualify) -> list[Quantity]:
    """``found`` (in order) with bare partners read and ranges joined."""
    out = _bare_partners(text, _measured(text, found, qualify), qualify)
    return _ranges(text, out)


# A bare figure after the verb of the plural noun it counts: "weekly users rose to 400
# million", "its subscribers topped 10 million", "users grew from 100 million to 200
# million", or after the noun and "from" ("doubled its users from 100 million to 200
# million"); its partner after "to" is read with it. Not a price: "shares rose to 140".
_MEASURED = re.compile(
    rf"(?<![\w'’])(?P<noun>(?:(?!(?i:of|the|its|their|and|or|to|in)\b)[A-Za-z][\w-]*\s+)"
    rf"{{0,2}}(?!(?:shares|stocks|prices|sales)\b)(?:[a-z][\w-]*[^\Ws]s|people))"
    # where the counted are: "daily active people across its apps was ..."
    rf"(?:\s+(?:across|on|at)\s+(?:its|the|their|all)\s+[a-z][\w-]*)?\s+(?:(?:(?:has|have|"
    rf"had)\s+)?(?:rose|grew|climbed|jumped|increased|surged|reached|hit|topped|passed|"
    rf"surpassed|exceeded|crossed|totall?ed|stood\s+at|averaged)(?:\s+(?:to|from))?|"
    # a copula before a scaled count: "daily active people was 3.43 billion"
    rf"(?:was|were|is|are)(?=\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|"
    rf"more than\s+|over\s+|some\s+)?[\d.,]+\s+(?:million|billion))|"
    rf"from(?=\s+\S+\s+\S+\s+to\s))"
    rf"\s+(?:(?:about|roughly|nearly|almost|around|more than|over|some)\s+)?"
    rf"(?P<num>{DIGITS_PATTERN})(?P<scale>\s+(?:thousand|million|billion))?"
    rf"(?![\w%$.,]|,\d|\.\d)")


def _measured(text: str, found: list[Quantity], qualify: Qualify) -> list[Quantity]:
    """``found`` with the bare figures the noun before their verb counts (a scaled number,
    or one of four digits or more: a small bare number may be a price or a rank)."""
    if not _MEASURED_VERB.search(text):
        return found  # most texts: no such verb
    out = list(found)
    for m in _MEASURED.finditer(text):
        start, end = m.start("num"), m.end()
        number = parse_number(m.group("num"))
        if number is None or not m.group("scale") and number < 1000 or any(
                o.span and o.span.start < end and start < o.span.end for o in found):
            continue
        *words, last = m.group("noun").lower().split()
        unit = " ".join([*words, last if last == "people" else
                         last[:-3] + "y" if last.endswith("ies") else last[:-1]])
        out.append(_bare(Quantity(Kind.COUNT, number, unit=unit), text, start, end,
                         m.group("num"), m.group("scale"), qualify))
    return sorted(out, key=lambda x: x.span.start if x.span else 0)


_MEASURED_VERB = re.compile(r"\b(?:rose|grew|climbed|jumped|increased|surged|reached|hit|"
                            r"topped|passed|surpassed|exceeded|crossed|totall?ed|stood|"
                            r"averaged|from|was|were|is|are)\b")


def _scale(q: Quantity) -> float:
    m = _SCALE.search(q.text)
    if m is None:
        return 1.0
    return SCALES[m.group(1).lower()] if m.group(1) else SUFFIX_SCALES.get(m.group(2), 1.0)


def _unitless_money(q: Quantity) -> bool:
    """A scaled sum read as money with no currency named: "80 billion in Hopper"."""
    return q.kind is Kind.MONEY and not _CURRENCY.search(q.text)


def _bare_partners(text: str, found: list[Quantity], qualify: Qualify) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        partner = out[-1] if out else None
        if partner is not None and partner.span and q.span and _unitless_money(q) and \
                partner.kind is Kind.COUNT and re.fullmatch(
                    rf",?\s*{_AGAINST}\s*(?:\w+\s+)?", text[partner.span.end:q.span.start],
                    re.IGNORECASE):
            q = replace(q, kind=Kind.COUNT, unit=partner.unit)  # 80 billion transistors
        if q.kind in (Kind.COUNT, Kind.MONEY) and q.span is not None:
            ahead = _bare_before(text[:q.span.start])
            if ahead and not any(o.span and o.span.start < ahead.end("num") and
                                 ahead.start() < o.span.end for o in found):
                # "from 100 million to 200 million users": the scale word is the first's too
                out.append(_bare(q, text, ahead.start(), ahead.end("scale") if ahead.group(
                    "scale") else ahead.end("num"), ahead.group("num"), ahead.group("scale"),
                    qualify))
        out.append(q)
        if q.kind not in (Kind.COUNT, Kind.MONEY) or q.span is None:
            continue
        after = _BARE.match(text[q.span.end:])
        if after is None:
            continue
        start = q.span.end + after.start("num")
        end = q.span.end + after.end()
        if any(o.span and o.span.start < end and start < o.span.end for o in found):
            continue  # already a figure of its own
        out.append(_bare(q, text, start, end, after.group("num"), after.group("scale"),
                         qualify))
    return sorted((q for q in out if q.value == q.value),  # NaN: a number that did not parse
                  key=lambda x: x.span.start if x.span else 0)


def _bare(partner: Quantity, text: str, start: int, end: int, digits: str, scale: str | None,
          qualify: Qualify) -> Quantity:
    """The bare number at ``text[start:end]``, with its partner's kind and unit."""
    number = parse_number(digits)
    word = (scale or "").strip()
    factor = SCALES.get(word.lower()) or SUFFIX_SCALES.get(word, 1.0)
    qualifier, begin = qualify(text, start)
    return replace(partner, value=float("nan") if number is None else number * factor,
                   qualifier=qualifier, high=None, span=Span(begin, end), text=text[begin:end])


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.kind in (Kind.MONEY, Kind.COUNT) and (
        a.unit == b.unit or a.kind is Kind.COUNT and not a.unit)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        low = out[-1] if out else None
        if low is None or low.span is None or q.span is None or low.high is not None or \
                q.high is not None or not _same_measure(low, q):
            out.append(q)
            continue
        between = text[low.span.end:q.span.start]
        before = text[:low.span.start]
        joined = _RANGE.match(between) and (between.strip() != "and" or _BETWEEN.search(before))
        dashed = between.strip() in ("-", "\u2013", "\u2014")
        if not joined or _CHANGE.search(before) and not (
                dashed and _LEVEL_LEFT.search(before) or _NAMED_RANGE.match(text[q.span.end:])):
            out.append(q)
            continue
        value = low.value
        if _scale(low) == 1.0 and _scale(q) > 1.0:
            value *= _scale(q)  # "$3 to $5 billion": the scale is said once
        if value >= q.value:
            out.append(q)
            continue
        out[-1] = replace(low, value=value, high=q.value, unit=q.unit or low.unit,
                          span=Span(low.span.start, q.span.end),
                          text=text[low.span.start:q.span.end])
    return out
