"""Changes told from a base the claim names: "up 78% from a year earlier", "12% sequentially".

Why: a base named ("a year earlier", "the same quarter last year", "the previous quarter",
"from the third quarter" for the fourth) says which stored value a change is from, so a rate,
a multiple or an amount of change that the two values do not give is wrong, where one from an
unnamed base may be from another and only confirms (``change``). Owns: reading the base, the
value at that base, the series a change is told of, and the order in which a claim's
changes are computed (``changes_checked``). Must not: compute from values of another series,
another period or a plan, nor read a change in a clause of its own.
"""

from __future__ import annotations

import re

from ..language.comparison import compare
from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind, Quantity
from .base import Context
from .change import (
    COMPARED,
    COMPARED_AFTER,
    Change,
    amount_of_change,
    direction,
    growth,
    is_change,
    is_earlier,
    lone_pairs,
    pairs,
    previous_pair,
    same_series,
)
from .guards import cannot_contradict
from .measure_kinds import planned
from .periods import a_year_before, known_from, quarters_named
from .staleness import older_than_cadence

# The base a change names: a year before the value it reached, or a quarter before.
_A_YEAR = (r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:same|year[- ](?:earlier|ago)|"
           r"prior[- ]year|previous[- ]year)\s+(?:quarter|period|month|months)"
           r"(?:\s+(?:a|one|last|of\s+last|of\s+the\s+previous|of\s+the\s+prior)\s+year)?|"
           r"the\s+year[- ](?:earlier|ago)|last\s+year(?!\s*'s)|the\s+previous\s+year|"
           r"the\s+prior\s+year|the\s+year\s+before|"
           r"(?:twelve|12)\s+months\s+(?:earlier|ago|before)")
A_QUARTER = (r"the\s+(?:previous|prior|preceding|last|sequential)\s+quarter|"
              r"the\s+quarter\s+before|(?:a|one)\s+quarter\s+(?:earlier|ago|before)|"
              r"(?:three|3)\s+months\s+(?:earlier|ago|before)")
# ("in the previous quarter" alone is when a change happened, not what it is measured from;
# after the figure the change started from it says when that was: "from $10.3 billion in
# the previous quarter", "from $22.1 billion a year earlier")
_BASE_WORD = (r"(?:(?:from|than(?:\s+in)?|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
              r"(?:(?:about\s+|roughly\s+)?[$€£]\d[\d.,]*\s*(?:[mb]n|billion|million|trillion)?"
              r"\s+(?:in\s+)?)?|(?:over|on)\s+)")  # ("to over $39 billion": a bound, no start)
BASES = {
    365: re.compile(rf"(?:{_BASE_WORD}(?:{_A_YEAR})\b|\byear[- ](?:over|on)[- ]year\b|"
                    r"\b(?:yoy|y/y)\b|\bon\s+the\s+year\b|\bon\s+an?\s+(?:annual|yearly)\s+basis\b)",
                    re.IGNORECASE),
    # ("a 16% sequential increase": the adjective names the base as the adverb does)
    91: re.compile(rf"(?:{_BASE_WORD}(?:{A_QUARTER})\b|\bsequential(?:ly)?\b|"
                   r"\bon\s+the\s+quarter\b|"
                   # "up 25% in just one quarter": over one quarter, from the one before
                   r"\bin\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+quarter\b|"
                   r"\bquarter[- ](?:over|on)[- ]quarter\b|\bon\s+a\s+sequential\s+basis\b|"
                   r"\b(?:qoq|q/q)\b)", re.IGNORECASE),
}
BASE_SLACK = 21  # days: fiscal quarters end on a weekday, a year of them in 364 or 371 days
_CLAUSE_END = re.compile(r";|\.\s|,\s+(?:while|whereas|but|and)\b")
# Between a level and its change: a clause of its own ("..., and its data center revenue
# rose 93%", "with data center revenue up 93%") may tell another series; a further figure
# ("and up 16%") does not.
_ANOTHER_CLAUSE = lazy(r";|\.\s|\b(?:while|whereas|but|with|as|led\s+by)\b|"
                             r"\band\s+(?!(?:up\s+|down\s+)?[\d$€£.])", re.IGNORECASE)


def named_base(claim: Claim, index: int) -> int | None:
    """The days before the value it reached that a change names as its base ("up 78% from a
    year earlier": 365, "up 12% sequentially": 91), read between the figure and the next
    change figure of its clause, else before it ("Year over year, sales rose 9%")."""
    text, q = claim.standalone, claim.quantities[index]
    if q.span is None:
        return None
    rates = [r.span for r in claim.quantities if r.span is not None and r.kind in (
        Kind.PERCENT, Kind.RATIO, Kind.POINTS)]
    after = min((s.start for s in rates if s.start >= q.span.end), default=len(text))
    before = max((s.end for s in rates if s.end <= q.span.start), default=0)
    # "78% higher than a year earlier": the comparative's "than" is read with the figure; a
    # multiple takes its base as its object ("double the year-earlier figure")
    than = " than " if q.text.lower().endswith("than") or q.kind is Kind.RATIO and \
        _MULTIPLE_OF.search(q.text) else ""
    ahead = than + _CLAUSE_END.split(text[q.span.end:after])[0]
    # before the figure only for the first rate: a base after an earlier rate is its own
    behind = _CLAUSE_END.split(text[before:q.span.start])[-1] if not before else ""
    for part in (ahead, behind):
        found = [days for days, pattern in BASES.items() if pattern.search(part)]
        if len(found) == 1:
            return found[0]
        if not found and _quarter_before(text, part):
            return 91
    return None


_MULTIPLE_OF = re.compile(r"\b(?:double|twice|triple|times)$", re.IGNORECASE)
_ORDINALS = ("first", "second", "third", "fourth")
_BASE_QUARTER = re.compile(rf"{_BASE_WORD}the\s+(?P<n>{'|'.join(_ORDINALS)})\s+quarter\b"
                           r"(?!\s+(?:of|a|last|in)\b)", re.IGNORECASE)


def _quarter_before(text: str, part: str) -> bool:
    """Does ``part`` name as the base the quarter just before the one the claim tells of
    ("fourth-quarter revenue rose 12% from the third quarter")? The claim must name its own
    quarter; "the third quarter of 2023" or "of last year" is another base."""
    base = _BASE_QUARTER.search(part)
    told = _WHICH_QUARTER.search(text)
    if base is None or told is None:
        return False
    own = next((n for n in _ORDINALS if told.group(0).lower().startswith(n)), None)
    if own is None:
        return False
    return (_ORDINALS.index(own) - _ORDINALS.index(base.group("n").lower())) % 4 == 1


# A series reported by period (a quarter's revenue, a year's): its values end a period, and
# a fiscal calendar moves the end by days. Any other value (assets on a day, users) must be
# of the very day a year or a quarter before.
_BY_PERIOD = lazy(r"\b(?:quarterly|annual|yearly|fiscal)\b|\b(?:revenue|sales|income|"
                        r"profit|earnings|spending|capex|loss)\b", re.IGNORECASE)
_DAY_SLACK = 3


def at_base(new: Fact, days: int, ctx: Context, share: bool = False) -> Fact | None:
    """The value of ``new``'s series ``days`` before it (after it, for negative ``days``),
    if stored: within ``BASE_SLACK`` for a series reported by period, within a few days for
    any other (a market value a month off is another figure); of a percentage's series only
    when asked (``share``: a margin's level then, not a rate to compute a change from)."""
    moment = new.as_of or new.date
    if moment is None or new.value is None or new.value.kind not in (
            Kind.MONEY, Kind.COUNT, Kind.NUMBER, *((Kind.PERCENT,) if share else ())):
        return None  # a percentage's change is told in points, not computed here
    slack = BASE_SLACK if new.period or _BY_PERIOD.search(new.measure) else _DAY_SLACK
    found = [f for f in ctx.subject_facts if same_series(new, f) and f.value is not None and
             (f.as_of or f.date) and abs((moment - (f.as_of or f.date)).days - days)  # type: ignore[operator]
             <= slack]
    return found[0] if len(found) == 1 else None


# The quarter a change is told of, not its base ("from the third quarter"): "fourth-quarter
# revenue", "in the third quarter", "Q4".
_WHICH_QUARTER = re.compile(r"(?<!from the )(?<!than the )(?<!on the )(?<!over the )"
                            r"(?<!with the )\b(?:first|second|third|fourth)[- ]quarter\b|"
                            r"\bQ[1-4]\b", re.IGNORECASE)


def _series_told(matched: list[Fact], primary: list[Fact], pinned: set[str],
                 ctx: Context) -> Fact | None:
    """The one value of a series a change is told of: the one the claim gave, else, for a
    change given alone, the series' value the claim's words and date pick (``primary``),
    when its measure is named outright, the article is dated, the claim names its quarter
    and nothing says the claim may mean a later value ("rose 93% from a year ago" in May,
    the store's last quarter January's)."""
    begun = started_from(ctx.claim, matched)
    given = [f for f in matched if f.id in pinned and not planned(f) and f not in begun]
    if matched:
        return given[0] if len(given) == 1 else None
    text = ctx.claim.standalone
    alone = [f for f in primary if f.id in pinned and not planned(f) and f.value is not None
             and not any(q.kind is f.value.kind and not amount_of_change(text, q)
                         for q in ctx.claim.quantities)]
    if len({(f.subject, f.measure, f.object) for f in alone}) != 1 or len(alone) != 1:
        return None
    claim = ctx.claim
    if ctx.article_date is None or claim.years or claim.dates or \
            not _WHICH_QUARTER.search(claim.standalone) or \
            older_than_cadence(alone[0], ctx) or cannot_contradict(alone[0], ctx):
        # undated, the latest value the store knows may not be the article's; with no
        # quarter named, the change may be told of an earlier one, as background
        return None
    return alone[0]


def told_of(claim: Claim, q: Quantity, new: Fact) -> bool:
    """Is the change ``q`` told of ``new``'s series: given alone, or in the clause of the
    level that matched ``new`` ("revenue was $39.3 billion, up 78%"), not after a clause of
    its own ("$39.3 billion, and data center revenue rose 93%")?"""
    assert new.value is not None and q.span is not None
    text = claim.standalone
    levels = [r.span for r in claim.quantities if r.span is not None and
              r.kind is new.value.kind and compare(r, new.value, new.tolerance).outcome ==
              "consistent"]
    if not levels:
        return not any(r.kind is new.value.kind and not amount_of_change(text, r)
                       for r in claim.quantities)
    return any(not _clause_between(text, min(s.end, q.span.end), max(s.start, q.span.start))
               for s in levels)


def _clause_between(text: str, start: int, end: int) -> bool:
    """Does a clause of its own begin between ``start`` and ``end``? The words after ``end``
    are read too: "and 78%" continues the list of figures; it is no clause of its own."""
    return any(m.start() < end for m in _ANOTHER_CLAUSE.finditer(text, start, end + 12))


def started_from(claim: Claim, matched: list[Fact]) -> list[Fact]:
    """The facts of ``matched`` that a figure given as the value a change started from
    matched ("rose 41% sequentially from $10.3 billion", "from $22.1 billion a year
    earlier"): no value the change reached."""
    text = claim.standalone
    earlier = [q for q in claim.quantities if is_earlier(q, text) or a_year_before(q, text)]
    return [f for f in matched if f.value is not None and any(
        q.kind is f.value.kind and compare(q, f.value, f.tolerance).outcome == "consistent"
        for q in earlier)] if earlier else []


def _from_start(claim: Claim, matched: list[Fact], pinned: set[str], covered: set[int],
                ctx: Context) -> list[Change]:
    """Changes from the one figure the claim gives, the value they started from, to the
    series' value at the base the claim names after it ("up 78% from $22.1 billion a year
    earlier": the value a year on), which can refute; from a base left unsaid, to the value
    a year or a quarter on, which only confirms."""
    begun = [f for f in started_from(claim, matched) if f.id in pinned and not planned(f)]
    if len(matched) != 1 or len(begun) != 1 or claim.negated or claim.future_marker:
        return []
    start = begun[0]
    out = []
    for index, q in enumerate(claim.quantities):
        if index in covered or not is_change(claim.standalone, q) or \
                not told_of(claim, q, start):
            continue
        days = named_base(claim, index)
        for reach in (days,) if days else (365, 91):
            later = at_base(start, -reach, ctx)
            if later is None or ctx.article_date and known_from(later) and \
                    known_from(later) > ctx.article_date:  # type: ignore[operator]
                continue
            result = growth(q, later, start, rounded=True, sign=direction(claim.standalone, q))
            if result is not None and (days or result.outcome == "consistent"):
                out.append(Change(index, later, start, result, q))
                break
    return out


def _from_base(claim: Claim, matched: list[Fact], primary: list[Fact], pinned: set[str],
               covered: set[int], ctx: Context) -> list[Change]:
    """Changes from a base the claim names, to the one value of a series it gave or tells
    of: the pair is then known, and a rate the two stored values do not give is wrong,
    rounding-aware. Not of a plan or forecast, nor in a denial: a change said not to be, or
    still to come."""
    new = _series_told(matched, primary, pinned, ctx)
    if new is None:
        return _from_start(claim, matched, pinned, covered, ctx)
    if claim.negated or claim.future_marker:
        return []
    out = []
    for index, q in enumerate(claim.quantities):
        sign = direction(claim.standalone, q)
        days = named_base(claim, index) if index not in covered and (
            is_change(claim.standalone, q) or COMPARED.search(q.text) or
            COMPARED_AFTER.match(claim.standalone, q.span.end if q.span else 0) or
            amount_of_change(claim.standalone, q) or
            q.kind is Kind.RATIO and _MULTIPLE_OF.search(q.text)) and \
            told_of(claim, q, new) else None
        old = at_base(new, days, ctx, share=q.kind is Kind.POINTS) if days else None
        result = growth(q, new, old, rounded=True, sign=sign) if old else None
        if old is not None and result is not None:
            out.append(Change(index, new, old, result, q))
    return out


def changes_checked(claim: Claim, matched: list[Fact], primary: list[Fact],
                    covered: set[int], ctx: Context, pinned: set[str]) -> list[Change]:
    """The claim's figures (those not ``covered`` yet) read as changes between two stored
    values: from the base the claim names to the one value it gave, else of the two values
    the claim gave (``matched``), else from the one it gave to the value before it, else,
    for a change given alone, between the series' last two values. ``pinned``: the facts
    whose measure the claim's words name outright."""
    based = _from_base(claim, matched, primary, pinned, covered, ctx)
    covered = covered | {c.index for c in based}
    stated = pairs(matched)[:1]
    levels = [f for f in matched if f not in started_from(claim, matched)]
    # A change given without any level of its series is computed from the series' latest
    # value and the one before it; only the figures given as changes are read so.
    changes = {i for i, q in enumerate(claim.quantities) if is_change(claim.standalone, q)}
    alone = [] if matched or not changes else lone_pairs(primary, ctx)
    done = set(covered)
    out = []
    unsaid = [] if stated else previous_pair(levels, ctx) or alone
    # from a base left unsaid, a results story's rate is most often a year's: the value a
    # year before confirms it as the one before does (neither refutes it)
    unsaid += [(new, year) for new, old in unsaid[:1] if (year := at_base(new, 365, ctx, True))
               is not None and year.id != old.id]
    # (values the store learned after the article's date confirm nothing it says)
    day = ctx.article_date
    unsaid = [(new, old) for new, old in unsaid if day is None or (known_from(new) or day) <= day]
    for new, old in stated or unsaid:
        for index, q in enumerate(claim.quantities):
            # the two values given refute, so they are read with the rounding they allow
            before = index not in changes and (is_earlier(q, claim.standalone) or
                                               a_year_before(q, claim.standalone) or
                                               _a_quarter_before(q, claim.standalone) or
                                               _A_MARGIN.match(claim.standalone,
                                                               q.span.end if q.span else 0)
                                               is not None)
            # (a level told of a period before, "down from 74.6% ... and 76.0% a year
            # earlier", is no rate of the pair: ``prior_values`` reads it)
            result = growth(q, new, old, bool(stated), direction(claim.standalone, q)) \
                if index not in done and (index in changes or not alone) and not before and \
                _spans_base(claim, index, new, old) else None
            if result is None or not stated and result.outcome != "consistent":
                # A change from a value the claim does not give may be from another base
                # (a year earlier, not the last quarter): it can confirm, never refute.
                continue
            done.add(index)
            out.append(Change(index, new, old, result, q))
    return based + out


BASE_SLACK = 21  # days a quarter's or a year's span between two reports may differ by

# A rate that names itself a margin ("a 35% margin", "35% operating margin") is a level's
# share of revenue, no change between two levels
_A_MARGIN = lazy(r"\s*(?:[a-z-]+\s+)?margins?\b", re.IGNORECASE)

# A level told of the quarter before, right after it: "lower than 78.4% in the prior quarter"
_QUARTER_AFTER = lazy(rf"\s*(?:(?:in|for|during)\s+)?(?:{A_QUARTER})\b", re.IGNORECASE)


def _a_quarter_before(q: Quantity, text: str) -> bool:
    """Is the figure a level of the quarter before the claim's own ("75.1%, lower than 78.4%
    in the prior quarter")? It is then no change between the two values the claim gives."""
    return q.span is not None and _QUARTER_AFTER.match(text, q.span.end) is not None


def _spans_base(claim: Claim, index: int, new: Fact, old: Fact) -> bool:
    """May the change ``index`` be of the two values ``new`` and ``old``? Not when it names
    another base than the time between them: "up 14% from the previous quarter and 80% from
    $12.3 billion a year earlier" measures the 14% from the quarter before, not from the
    year-earlier value the claim gives."""
    if _another_base_figure(claim, index, old) or _of_a_cause(claim, index) or \
            _another_base_quarter(claim, index, old):
        return False
    days = named_base(claim, index)
    then, now = old.as_of or old.date, new.as_of or new.date
    return days is None or then is None or now is None or \
        abs((now - then).days - days) <= BASE_SLACK


# An adjunct that tells what a change followed or came of: "..., following a stock
# increase of over 3%", "..., driven by a 25% rise in prices".
_CAUSE = lazy(r"[,;(\u2014]\s*(?:following|after|amid|on the back of|driven by|thanks to|"
              r"helped by|fuelled by|fueled by)\b[^,;()\u2014]*$", re.IGNORECASE)


def _of_a_cause(claim: Claim, index: int) -> bool:
    """Is the rate ``index`` told in an adjunct of what the change followed (a one-day
    move after two years' rise), after a figure of the claim? It is that event's rate."""
    q = claim.quantities[index]
    before = [p.span.end for p in claim.quantities[:index] if p.span is not None]
    return q.span is not None and bool(before) and \
        _CAUSE.search(claim.standalone, max(before), q.span.start) is not None


# The quarter a rate is told from, right after it: "down 3% from the fourth quarter of 2024".
_FROM_QUARTER = lazy(r"\s*(?:from|over|than|versus|vs\.?|compared\s+(?:with|to))\s+"
                     r"(?:the\s+|its\s+)?(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4])\b",
                     re.IGNORECASE)


def _another_base_quarter(claim: Claim, index: int, old: Fact) -> bool:
    """Does the rate ``index`` name the quarter it is measured from, right after it, when
    ``old``'s own words name another? "up 36% from $5.47 billion a year earlier and down 3%
    from the fourth quarter of 2024": the 3% is not from the first quarter's $5.47 billion."""
    q = claim.quantities[index]
    if q.span is None:
        return False
    told = _FROM_QUARTER.match(claim.standalone, q.span.end)
    if told is None:
        return False
    # (the fact's own quarter, not the one its statement measures a change from)
    own = quarters_named(_FROM_QUARTER.sub(" ", f"{old.measure} {old.statement}"))
    named = quarters_named(told.group(0))
    return bool(named and own and not named & own)


# The base level a rate is told from, right after it: "up 36% from $6.8 billion".
_FROM_LEVEL = lazy(r"\s*(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+"
                   r"(?:(?:about|roughly|nearly|some|around)\s+)?$", re.IGNORECASE)


def _another_base_figure(claim: Claim, index: int, old: Fact) -> bool:
    """Does the rate ``index`` name a base level of its own, right after it, that is not the
    value of ``old``? "up 36% from $6.8 billion in Q3 2024 and up 20% from $7.7 billion in
    Q2 2025": the 36% is from $6.8 billion, not from the $7.7 billion the store holds."""
    q = claim.quantities[index]
    if q.span is None or index + 1 >= len(claim.quantities) or old.value is None:
        return False
    base = claim.quantities[index + 1]
    text = claim.standalone
    if base.span is None or base.kind is not old.value.kind or \
            not _FROM_LEVEL.fullmatch(text, q.span.end, base.span.start):
        return False
    return compare(base, old.value, max(old.tolerance, 0.01)).outcome != "consistent"
