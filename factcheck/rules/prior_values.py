"""Figures told as the value of a period before the claim's own: "up from $771 million, or
47 cents per share, a year earlier", "compared with $10.3 billion in the previous quarter".

Why: a results story gives last year's figures beside this year's, each of its own measure
(net income, then earnings per share). Each is its series' value a year (or a quarter)
before the value the claim is about, so it is compared with that stored value, which can
refute it; this period's value never vouches for it. Owns: the period before that a figure
is told of (``days_before``) and the stored value then (``prior_value``). Must not: guess a
base the claim leaves unsaid ("up from $771 million" alone may be from any earlier value),
nor judge the change between the two values (``bases``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.comparison import Comparison, compare
from ..model import Fact, Quantity
from .base import Context
from .bases import A_QUARTER, at_base
from .change import is_change, is_earlier, same_series
from .figure_kinds import kinds_match
from .measure_kinds import planned
from .periods import YEAR_BEFORE, a_year_before
from .pool import pool

_SHARE_WORDS = r"\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b"  # "47 cents | a share"
_PER_SHARE = rf"(?:{_SHARE_WORDS})?"
# Between a figure and its period, the same sum said another way: ", or 47 cents per share,"
_SAID_AGAIN = (rf"(?:\s*,?\s+or\s+(?:about\s+)?[$€£]?\d[\d.,]*(?:\s*(?:cents?|billion|million|"
               rf"bn|m)\b)?{_PER_SHARE})?")
_PERIOD_AFTER = {
    days: re.compile(rf"{_PER_SHARE}{_SAID_AGAIN}\s*,?\s*(?:(?:in|for|during)\s+)?(?:{period})\b",
                     re.IGNORECASE)
    for days, period in ((365, YEAR_BEFORE), (91, rf"{A_QUARTER}|last\s+quarter"))}
# Words that give the figure after them as the value a change started from: "up from",
# "relative to", "compared with" (a quarter's figure must have one: "in the previous quarter"
# alone may tell when, not the base).
_STARTED = re.compile(r"\b(?:from|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                      r"against)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_A_SHARE = re.compile(rf"{_SHARE_WORDS}|\bper\s+share\b", re.IGNORECASE)
# Far from the value a year before, a figure is more likely of another measure than wrong.
_SAME_ORDER = 3.0


def _a_share(text: str, q: Quantity) -> bool:
    """Is the figure a sum a share ("47 cents per share", "$1.05 a diluted share")?"""
    return q.span is not None and _A_SHARE.match(text, q.span.end) is not None


def days_before(q: Quantity, text: str) -> int | None:
    """The days before the claim's own period that the figure is told of: 365 for "$771
    million a year earlier" (or ", or 47 cents per share, a year earlier", "A year earlier,
    net income was $771 million"), 91 for "from $10.3 billion in the previous quarter";
    None when it names no such period."""
    if q.span is None:
        return None
    for days, after in _PERIOD_AFTER.items():
        if after.match(text, q.span.end):
            return days
    return 365 if a_year_before(q, text) else None


def prior_value(index: int, fact: Fact, primary: Sequence[Fact], own: Sequence[Fact],
                matched: Sequence[Fact], pinned: set[str], ctx: Context
                ) -> tuple[Comparison, Fact] | None:
    """The claim's figure ``index``, told of a period before the claim's own, compared with
    its series' value then: the series a share for a sum a share ("or 47 cents per share"),
    else that of ``fact`` (among ``primary``, the values of the claim's period) when the
    claim names its measure (``pinned``); a year (or a quarter) before the value another
    figure of the claim gave (``matched``), else before the one value of the claim's period.
    None when no such period is named, the series or its value now is not one, the store
    holds no value then, or the figure is far from it (another measure)."""
    claim = ctx.claim
    q = claim.quantities[index]
    days = days_before(q, claim.standalone)
    if days is None or claim.negated or claim.future_marker or q.span is None or \
            is_change(claim.standalone, q):
        return None  # (a change "in the previous quarter" is when it happened: ``bases``)
    if days != 365 and not _STARTED.search(claim.standalone, 0, q.span.start):
        # "was 71.7% in the previous quarter": a quarter before which, the store's latest
        # may not say; never this quarter's value, though
        return Comparison("unknown", 1.0, "the claim gives it as the previous quarter's"), fact
    # a sum a share is of the series a share; any other of the series the claim names
    text, a_share = claim.standalone, _a_share(claim.standalone, q)
    now = pool([f for f in own if _A_SHARE.search(f.measure)], ctx) if a_share else \
        [f for f in primary if same_series(f, fact) or f.id == fact.id] if fact.id in pinned \
        else []
    given = [f for f in matched if any(same_series(f, n) or f.id == n.id for n in now)]
    # a level of the claim's own period, given beside it, must be the value it is before
    # (undated, or another period's, it leaves the claim's period unsaid); with none, the
    # one value of the period the article's date and the claim's words pick
    levels = [o for o in claim.quantities if o is not q and o.kind is q.kind and
              _a_share(text, o) == a_share and days_before(o, text) is None]
    anchors = given if levels else now if ctx.article_date else []
    if len(anchors) != 1:
        return None  # which series, or which of its values, is not said
    then = at_base(anchors[0], days, ctx, share=True) if not planned(anchors[0]) else None
    if then is None or then.value is None or not kinds_match(q, then.value) or \
            not then.value.value:
        return None
    if not 1 / _SAME_ORDER <= q.value / then.value.value <= _SAME_ORDER:
        # (this period's value said as last year's is no confirmation either)
        return Comparison("unknown", 1.0, "it is far from the value then: it may be of "
                          "another measure"), then
    return compare(q, then.value, then.tolerance), then


def periods_apart(text: str, q: Quantity, statement: str, given: Quantity) -> bool:
    """Is the claim's figure told of a period before its own ("or $2.61 per share, a year
    earlier") while the statement gives the same figure as its own period's? A statement
    confirms a year-earlier figure only where it gives it as one ("from $0.78 a year
    earlier")."""
    days = days_before(q, text)
    return days is not None and days_before(given, statement) != days and \
        not is_earlier(given, statement)
