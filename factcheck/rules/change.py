"""Changes between two values of one series: "to $130.5 billion from $60.9 billion".

Why: news gives a figure with the one it replaced and the change between them ("revenue
more than doubled to $130.5 billion from $60.9 billion", "up 114%"). The earlier figure is
checked against the series' earlier value, and a growth rate or multiple that follows from
two stored values is checked by computing it, rounding-aware, so "up 114%" is consistent
with $60.9B -> $130.5B and "up 95%" is not. A change from a base the claim names ("from a
year earlier", "sequentially") is computed from the series' value that far back, and can
refute; a change from a base the claim leaves unsaid only confirms. Must not: judge a
change the store cannot compute; it is then left unchecked, never wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..language.comparison import Comparison, compare, describe
from ..language.lexicon import lazy
from ..model import Fact, Kind, Quantity, Span
from .base import Context

# Words that put a figure before the change: "from $60.9 billion", "up from", "versus", and
# a multiple of it: "more than double the $9.24 billion of a year earlier".
_EARLIER = re.compile(r"\b(?:from|up from|down from|compared with|compared to|versus|vs\.?|"
                      r"against|(?:double|triple|twice|(?:two|three|four)\s+times)\s+the)\s+"
                      r"(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
GROWTH_TOLERANCE = 0.01  # a rate rounded to whole percent ("up 114%" for 114.3%)


# Words that give a figure as a change: "rose 14%", "up 93%", "an increase of 93%", "+14%".
_CHANGE_WORD = re.compile(r"^(?:up|down|rose|rise|rising|grew|grow|growing|growth|increased?|"
                          r"increases|increasing|climbed|climbing|jumped|jump|gained|gain|"
                          r"fell|fall|falling|dropped|drop|declined?|slid|surged|soared|"
                          r"advanced|shrank|uptick|upticks|leap|leapt|spike|spiked|plunged|"
                          r"slumped|boost|increase|decrease|"
                          # a headline's present tense: "Profit Jumps 57%"
                          r"rises|grows|jumps|climbs|gains|falls|drops|declines|slides|"
                          r"surges|soars|advances|shrinks|leaps|spikes|plunges|slumps|"
                          r"tumbles|sinks|dips|slips|"
                          # a participle tells it too: "soaring 94%", "sliding 5%"
                          r"soaring|surging|jumping|sliding|dropping|declining|plunging|"
                          r"slumping|tumbling|tumbled|sinking|sank|dipping|dipped|slipping|"
                          r"slipped|advancing|gaining|shrinking|leaping|spiking|decreasing|"
                          r"decreased|skyrocketed|skyrocketing|rocketed|rocketing)$",
                          re.IGNORECASE)
# A change noun after the rate: "a 78% jump in revenue", "20% growth", after the base the
# rate is told from, or a list of rates and bases: "a 16% sequential increase", "a 32%
# year-over-year (YoY) and 3% quarter-over-quarter (QoQ) increase"; or after words of the
# measure it changes: "posts 57% profit jump", "a 78% fourth-quarter revenue increase".
_BASE_NAMED = (r"(?:[\s-]*(?:(?:year|quarter|month)[- ](?:over|on)[- ](?:year|quarter|month)|"
               r"sequential|annual|y/y|q/q|yoy|qoq)(?:\s*\([A-Za-z/]{2,5}\))?)?")
_CHANGE_AFTER = re.compile(rf"{_BASE_NAMED}(?:\s+and\s+[+-]?\d[\d.,]*\s*(?:%|percent)"
                           rf"{_BASE_NAMED})?[\s-]*(?:(?!(?:of|in|on|to|from|for|and|or|the|"
                           r"than|as)\b)[A-Za-z][\w-]*\s+){0,2}?(?P<noun>jump|rise|increase|gain|"
                           r"growth|surge|climb|uptick|leap|spike|boost|drop|decline|fall|slump|"
                           r"plunge|decrease)s?\b", re.IGNORECASE)
_FALL_NOUN = lazy(r"drop|decline|fall|slump|plunge|decrease", re.IGNORECASE)
_MADE_UP = re.compile(r"\bma(?:de|kes?|king)\s+up\b", re.IGNORECASE)
# A multiple given by its verb: "more than doubled", "tripled", "managed to double".
_MULTIPLIED = re.compile(r"\b(?:doubl|tripl|quadrupl)(?:ed|es|e|ing)\b(?!-)", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# ... or after it, as a comparison, when it names a base: "30% higher than a year earlier"
COMPARED_AFTER = lazy(r"\s+(?:higher|lower|more|less|above|below)\s+than\b",
                             re.IGNORECASE)
COMPARED = lazy(r"(?:higher|lower|more|less|above|below|bigger|smaller)\s+than$",
                       re.IGNORECASE)
CHANGE_REACH = 3  # words before a claim's figure that may say it is a change
STATEMENT_REACH = 8  # ... and in a statement, where one word may give several ("up 16% from
# the previous quarter and 93% from a year earlier")


def is_change(text: str, q: Quantity, reach: int = CHANGE_REACH) -> bool:
    """Is the percent or multiple given as a change of a level, not as a share of it?"""
    if q.kind not in (Kind.PERCENT, Kind.RATIO, Kind.POINTS) or q.span is None:
        return False
    if text[:q.span.start].rstrip().endswith("+") or _MULTIPLIED.search(q.text):
        return True
    if _CHANGE_AFTER.match(text, q.span.end):
        return True
    before = re.split(r";|\.\s", text[:q.span.start])[-1]  # this sentence's words only
    if _REACHED.search(before) or _EARLIER.search(before):
        return False  # "climbing to 98%", "rose to 75%": the level the change reached;
        # "up from 59.5%": the level it started from
    before = _MADE_UP.sub(" ", before)  # "made up 91% of revenue" is a share, no rise
    if any(_CHANGE_WORD.match(w) for w in _LETTERS.findall(before)[-reach:]):
        return True
    prior = listed_after(text, q)
    return prior is not None and is_change(text, prior, reach)


_REACHED = lazy(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|a\s+record\s+)?$",
                re.IGNORECASE)


# A rate listed after another, each with its base: "up 12% from the previous quarter and 78%
# from a year earlier" (the second rate's change word is the first's). Both rates must name
# a base, so "up 12% ..., and 91% of it" (a share) and "and gaming fell 95%" (a clause of its
# own) are not read so.
_BASE_AFTER = re.compile(r"\s*(?:(?:from|over|on|versus|vs\.?|compared\s+(?:with|to)|against|"
                         r"than)\s|(?:year|quarter)[- ](?:over|on)[- ](?:year|quarter)\b|"
                         r"sequentially\b|(?:y/y|q/q|yoy|qoq)\b)", re.IGNORECASE)
_RATE_BEFORE = lazy(r"(?P<rate>[+-]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))"
                          r"(?P<gap>[^%\d;:.$€£]{1,60}?)(?:,\s*and|,|\s+and)\s+(?:(?:about|"
                          r"around|roughly|nearly|almost|some|more\s+than|over|just\s+over|"
                          r"under)\s+)?$", re.IGNORECASE)
_LIST_REACH = 100  # characters back to the rate before (a base is a few words)


def listed_after(text: str, q: Quantity) -> Quantity | None:
    """The rate before ``q`` when ``q`` continues a list of changes, each told from its base
    ("up 12% from the previous quarter and 78% from a year earlier": the 12%), else None."""
    if q.span is None or q.kind not in (Kind.PERCENT, Kind.RATIO) or \
            not _BASE_AFTER.match(text, q.span.end):
        return None
    start = max(0, q.span.start - _LIST_REACH)
    found = _RATE_BEFORE.search(text, start, q.span.start)
    if found is None or not _BASE_AFTER.match(found.group("gap")):
        return None
    return Quantity(Kind.PERCENT, 0.0, text=found.group("rate"),
                    span=Span(found.start("rate"), found.end("rate")))


# A measure that moves: "one-day share price fall", "revenue growth", "job cuts".
_MOVING = lazy(r"\b(?:loss|gain|change|increase|decline|drop|growth|fall|rise|jump|surge|"
               r"plunge|cuts?|rebound|slump)\b", re.IGNORECASE)


def may_be_rate(fact: Fact) -> bool:
    """May the fact's figure be a rate of change ("up 95% from a year ago")? Not when its
    measure is a level (a market share, a stake, a score): the claim's rate is of another
    measure, however a word of it ("share" in "per share") met the fact's cue."""
    return fact.value is None or fact.value.kind is not Kind.PERCENT or \
        _MOVING.search(fact.measure) is not None


def step(q: Quantity, way: int, facts: list[Fact], ctx: Context
         ) -> tuple[Comparison, Fact, Fact] | None:
    """The change between the latest value of a series among ``facts`` known on the
    article's date and the value before it, compared with the size the claim gives (``way``:
    1 for a rise, -1 for a fall, as ``amount_of_change`` reads it); None when no series has
    two values that moved that way. Agreeing confirms the claim; differing says nothing (the
    claim's base may be another than the store's last value)."""
    latest: dict[tuple[str | None, str, str | None], Fact] = {}
    for fact in facts:
        when = fact.as_of or fact.date
        if fact.value is None or when is None or ctx.article_date and when > ctx.article_date:
            continue
        key = (fact.subject, fact.measure, fact.object)
        if key not in latest or (latest[key].as_of or latest[key].date) < when:  # type: ignore[operator]
            latest[key] = fact
    for new, old in (pair for fact in latest.values() for pair in previous_pair([fact], ctx)):
        assert new.value is not None and old.value is not None
        if new.value.kind is not q.kind or \
                q.kind is Kind.MONEY and (q.unit or "USD") != (new.value.unit or "USD"):
            continue  # a count of the series' own noun (its cue chose it); dollars are dollars
        moved = (new.value.value - old.value.value) * way
        if moved <= 0:
            continue  # "fell $4.2 billion" against a rise is no step of this series
        size = Quantity(q.kind, moved, unit=new.value.unit)
        found = compare(q, size, new.tolerance)
        if found.outcome == "consistent":
            return found, new, old
    return None


# A sum or count given as the amount a level changed by: "grew $4.2 billion", "up $17.2
# billion", "an increase of 2 million", "a $4 billion increase", "$4 billion more than", and
# its verb further back: "raised its forecast by $10 billion", "cut spending by about $2
# billion" (``_BY_VERB``).
_BY_AMOUNT = re.compile(
    r"\b(?P<word>up|down|rose|grew|increased|jumped|climbed|gained|surged|soared|fell|"
    r"dropped|declined|slid|shrank|(?:increase|rise|jump|gain|growth|decline|drop|fall)\s+of)"
    r"(?:\s+by)?\s+(?:(?:about|roughly|nearly|almost|some|around|more\s+than|over|"
    r"less\s+than|under)\s+)?$", re.IGNORECASE)
# ... and a part of a change told: "$700 million of that decline", "$2 billion of the
# expected increase" (an amount of the change, never a level of its measure)
_AMOUNT_AFTER = re.compile(r"^\s*(?:of\s+(?:that|the|this|its|which)\s+(?:(?:expected|projected|"
                           r"forecast|anticipated)\s+)?)?(?P<word>(?:more|less|higher|lower)"
                           r"\s+than|increase|rise|jump|gain|decline|decrease|drop|fall)\b",
                           re.IGNORECASE)
_BY_VERB = lazy(r"\b(?P<word>rais|lift|increas|boost|hik|cut|lower|reduc|trim|slash|grew|grow|"
                r"rose|rise|fell|fall|drop|declin|expand|shr[ai]nk|jump|climb|widen|narrow|up|"
                r"down)[a-z]*\b[^.;:]{0,60}?\bby\s+(?:(?:about|around|roughly|some|nearly|"
                r"almost|more\s+than|over|just\s+over|an\s+additional|another)\s+)?$",
                re.IGNORECASE)
_DOWN = lazy(r"^(?:down|fell|dropped|declined|slid|shrank|decline|drop|fall|less|lower|"
                   r"cut|reduc|trim|slash|declin|decreas|shr[ai]nk|narrow)", re.IGNORECASE)


def amount_of_change(text: str, q: Quantity) -> int:
    """Is a sum or count given as the amount a level changed by? 1 for a rise, -1 for a
    fall ("fell $2 billion"), 0 when it is no amount of change ("rose to $39.3 billion")."""
    if q.kind not in (Kind.MONEY, Kind.COUNT, Kind.NUMBER) or q.span is None:
        return 0
    found = _BY_AMOUNT.search(text[:q.span.start]) or _AMOUNT_AFTER.match(text[q.span.end:]) \
        or _BY_VERB.search(re.split(r";|\.\s", text[:q.span.start])[-1])
    if found is None:
        return 0
    return -1 if _DOWN.match(found.group("word")) else 1


_FALL = re.compile(r"^(?:down|fell|fall|falling|dropped|drop|declined?|declining|decreased?|"
                   r"slid|shrank|lower|less|lost|plunged|plummeted|slumped|tumbled|sank|"
                   r"falls|drops|declines|slides|shrinks|plunges|slumps|tumbles|sinks|dips|"
                   r"slips)$", re.IGNORECASE)


def direction(text: str, q: Quantity, reach: int = CHANGE_REACH) -> int:
    """Which way a change figure goes: 1 up, -1 down ("fell 3%", "down $2 billion", "3%
    lower than"); for a sum or count, 0 when it is no amount of change."""
    if q.kind not in (Kind.PERCENT, Kind.RATIO, Kind.POINTS):
        return amount_of_change(text, q)
    if q.span is None:
        return 1
    before = re.split(r";|\.\s", text[:q.span.start])[-1]
    words = [w for w in _LETTERS.findall(before)[-reach:] if _CHANGE_WORD.match(w) or
             _FALL.match(w)]
    prior = None if words else listed_after(text, q)
    if prior is not None:  # "fell 11% from a year earlier and 24% from ...": as the first
        return direction(text, prior, reach)
    after = _LETTERS.findall(q.text)[-2:-1] or _LETTERS.findall(text[q.span.end:])[:1]
    told = words[-1:] or after  # "fell 3%"; "3% lower than", "a 3% decline"
    noun = _CHANGE_AFTER.match(text, q.span.end)  # "a 3% decline", "a 3% profit drop"
    return -1 if told and _FALL.match(told[0]) or noun is not None and \
        _FALL_NOUN.fullmatch(noun.group("noun")) else 1


def same_series(a: Fact, b: Fact) -> bool:
    return (a.subject, a.measure, a.object) == (b.subject, b.measure, b.object) and a.id != b.id


def pairs(matched: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(newer, older) values of one series among the facts a claim's figures matched."""
    out = []
    for new in matched:
        for old in matched:
            when_new, when_old = new.as_of or new.date, old.as_of or old.date
            if same_series(new, old) and when_new and when_old and when_old < when_new:
                out.append((new, old))
    return out


def is_earlier(q: Quantity, text: str) -> bool:
    """Is the figure given as the value a change started from ("from $60.9 billion")?"""
    return q.span is not None and _EARLIER.search(text[:q.span.start]) is not None


def half_step(q: Quantity) -> float:
    """Half the last digit a recorded figure gives, relative to it: "$39.3 billion" may be
    anything from $39.25 to $39.35 billion, 0.13% either way."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    if digits is None or not q.value:
        return 0.0
    number = float(digits.group(0).replace(",", ""))
    step = 10.0 ** -len(digits.group(1) or "")
    return 0.5 * step / number if number else 0.0


def growth(q: Quantity, new: Fact, old: Fact, rounded: bool = False,
           sign: int = 0) -> Comparison | None:
    """Compare a stated change ("up 114%", "more than doubled", "grew $4.2 billion"), rising
    or, given a negative ``sign``, falling ("fell 3%", "down $2 billion"), with the one two
    stored values of a series give; None when the figure states no change of these values
    (an amount with no ``sign``). Given ``rounded``, each stored value may be anything its last
    digit allows, and the change is the range those give ($22.1B -> $39.3B: 77.4% to
    78.3%)."""
    if new.value is None or old.value is None or not old.value.value:
        return None
    if q.kind is Kind.RATIO and "%" in q.text:  # "78% higher than": a percent, told so
        q = replace(q, kind=Kind.PERCENT, value=abs(q.value - 1) * 100, high=None)
    if q.kind is Kind.POINTS:  # "up 3 percentage points": the gap of two percentages
        return _points(q, new.value, old.value, rounded, sign or 1)
    if sign and q.kind is new.value.kind and q.unit == new.value.unit and \
            q.kind not in (Kind.PERCENT, Kind.RATIO):
        gap = (new.value.value - old.value.value) * sign  # a fall told as a positive amount
        slack = (abs(new.value.value) * half_step(new.value) +
                 abs(old.value.value) * half_step(old.value)) if rounded else 0.0
        return compare(q, Quantity(q.kind, gap - slack, unit=q.unit,
                                   high=gap + slack if rounded else None), GROWTH_TOLERANCE)
    factor = new.value.value / old.value.value
    spread_new, spread_old = (half_step(new.value), half_step(old.value)) if rounded \
        else (0.0, 0.0)
    low = factor * (1 - spread_new) / (1 + spread_old)
    high = factor * (1 + spread_new) / (1 - spread_old)
    if q.kind not in (Kind.PERCENT, Kind.RATIO):
        return None
    if q.kind is Kind.PERCENT and sign < 0:  # "fell 3%": the factor is 0.97
        low, high = (1 - high) * 100, (1 - low) * 100
    elif q.kind is Kind.PERCENT:  # "rose 78%": the factor less one
        low, high = (low - 1) * 100, (high - 1) * 100
    if rounded and q.kind is Kind.PERCENT and q.value:
        # the article's rate is itself rounded: "up 20%" is anything from 19.5% to 20.5%, so
        # $7.685B -> $9.246B (20.3%) is up 20% (a relative tolerance alone is too tight for a
        # small rate); only where the values may refute (a base the claim names or gives)
        own = half_step(q) * abs(q.value)
        if own:
            return compare(q, Quantity(q.kind, low - own, high=high + own), GROWTH_TOLERANCE)
    return compare(q, Quantity(q.kind, low, high=high if rounded else None), GROWTH_TOLERANCE)


def _points(q: Quantity, new: Quantity, old: Quantity, rounded: bool, sign: int
            ) -> Comparison | None:
    """A change in points compared with the gap of two stored percentages (a margin, a
    share), each anything its last digit allows given ``rounded`` (73.4% and 72.4%: 0.9
    to 1.1 points); None for values of another kind (a point change of revenue is none)."""
    if new.kind is not Kind.PERCENT or old.kind is not Kind.PERCENT:
        return None
    gap = (new.value - old.value) * sign
    slack = abs(new.value) * half_step(new) + abs(old.value) * half_step(old) if rounded \
        else 0.0
    return compare(q, Quantity(Kind.POINTS, gap - slack, high=gap + slack if rounded else None),
                   GROWTH_TOLERANCE)


def lone_pairs(primary: list[Fact], ctx: Context) -> list[tuple[Fact, Fact]]:
    """(latest, the value before it) of each series a claim names without giving a level of
    it: "assets under management rose 20% in 2024" is a change to the year's value."""
    return [pair for fact in primary if fact.value is not None
            for pair in previous_pair([fact], ctx)]


def previous_pair(matched: list[Fact], ctx: Context) -> list[tuple[Fact, Fact]]:
    """(the figure the claim gave, the value before it in its series) when the claim gives
    one value of a series: "more than doubled to $130.5 billion" from the year before."""
    if len(matched) != 1:
        return []
    new = matched[0]
    when = new.as_of or new.date
    earlier = [f for f in ctx.subject_facts if same_series(new, f) and f.value is not None
               and (f.as_of or f.date) and when and (f.as_of or f.date) < when]  # type: ignore[operator]
    return [(new, max(earlier, key=lambda f: (f.as_of or f.date, f.id)))] if earlier else []


@dataclass(frozen=True)
class Change:
    """A figure of the claim read as a change between two stored values of one series."""

    index: int  # the figure's place among the claim's quantities
    new: Fact
    old: Fact
    result: Comparison
    stated: Quantity  # the claim's figure, for the explanation

    def line(self) -> str:
        """The comparison an explanation shows: "article: 78%; store: $22.1B -> $39.3B"."""
        verdict = "consistent" if self.result.outcome == "consistent" else "the change differs"
        new, old = self.new.value, self.old.value
        assert new is not None and old is not None  # growth() computed from both
        return (f"article: {describe(self.stated)}; store: {describe(old)} -> "
                f"{describe(new)} ({self.new.measure}); {verdict}")
