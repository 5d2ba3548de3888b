"""NUM-label: a quarter's figure given under another fiscal year's label.

Why: "Nvidia's revenue for the fourth quarter of fiscal 2024 was $39.3 billion" gives the
very figure the store records for the fourth quarter of fiscal 2025. The figures rule looks
for the claim's period among the subject's values and, meeting none equal to the figure,
leaves the claim unverified ("the store's figure is of another quarter"). But the very value
of the same measure in the same quarter of another fiscal year is the mislabel, and the
store's record of the quarter the claim names, when it has one, shows the figure wrong.

Must not: read a claim that gives a second figure or whose sentence gives a base (a
year-earlier base: "up from $22.1 billion a year earlier" is the other year's figure,
rightly), names several quarters or fiscal years, names another measure before its figure
("net income ... $22.1 billion" is no revenue), or gives the very figure of the quarter
named in any measure (NVIDIA's net income of fiscal 2025's fourth quarter equals the
revenue of fiscal 2024's); nor confirm anything.
"""

from __future__ import annotations

import re

from ..language.comparison import describe
from ..language.lexicon import lazy
from ..model import Fact, Kind, Status
from .base import Context, Finding
from .measure_nouns import another_measure_named
from .periods import QUARTERS, quarters_named
from .pinning import pins_measure
from .stated import same_figure

CODE = "NUM-label"
# How a statement names its quarter: "the fourth quarter of fiscal 2025", "its fiscal
# 2025 fourth quarter", "Q4 of fiscal 2025", "Q4 FY2025".
_LABEL = lazy(r"\b(?P<q>first|second|third|fourth)[- ]quarter\s+of\s+(?:its\s+)?fiscal\s+"
                    r"(?:year\s+)?(?P<y>\d{4})\b|\bfiscal\s+(?:year\s+)?(?P<y2>\d{4})['’]?s?\s+"
                    r"(?P<q2>first|second|third|fourth)[- ]quarter\b|\bQ(?P<q3>[1-4])\s+(?:of\s+)?"
                    r"(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y3>\d{4})\b", re.IGNORECASE)
# A second period the claim compares with: its figure may be that period's.
_BASE = lazy(r"\b(?:a\s+year\s+(?:earlier|ago|before)|year-(?:earlier|ago)|prior[- ]year|"
                   r"previous[- ]year|last\s+year|from|compared|versus|vs\.?|than)\b",
                   re.IGNORECASE)


def _label(fact: Fact) -> tuple[int, int] | None:
    """(quarter, fiscal year) the fact's statement names for it, when it names one."""
    found = {(QUARTERS.index((m.group("q") or m.group("q2")).lower()) + 1
              if (m.group("q") or m.group("q2")) else int(m.group("q3")),
              int(m.group("y") or m.group("y2") or m.group("y3")))
             for m in _LABEL.finditer(fact.statement)}
    return found.pop() if len(found) == 1 else None


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    money = [q for q in claim.quantities if q.kind is Kind.MONEY]
    quarters = quarters_named(claim.standalone)
    if len(money) != 1 or len(claim.quantities) != 1 or len(set(claim.fiscal_years)) != 1 or \
            len(quarters) != 1 or claim.subject is None or \
            _BASE.search(f"{claim.standalone} {claim.sentence}") or \
            claim.negated or claim.future_marker or claim.opinion_marker:
        return None
    q, quarter, year = money[0], quarters.pop(), claim.fiscal_years[0]
    if any(f.subject == claim.subject and f.value is not None and _label(f) == (quarter, year)
           and f.value.kind is Kind.MONEY and same_figure(q, f.value) for f in ctx.subject_facts):
        return None  # the very figure of the quarter named, in some measure: no mislabel
    for candidate in ctx.candidates:
        other = candidate.fact
        label = _label(other)
        if other.subject != claim.subject or other.value is None or label is None or \
                label[0] != quarter or label[1] == year or \
                other.value.kind is not Kind.MONEY or not same_figure(q, other.value) or \
                not pins_measure(candidate, claim) or \
                another_measure_named(q, claim.standalone, other, claim.sentence) or \
                ctx.article_date and (other.published or other.as_of or other.date or
                                      ctx.article_date) > ctx.article_date:
            continue  # (a figure made public after the article is no figure it mislabels)
        named = [f for f in ctx.subject_facts if f.subject == other.subject and
                 f.measure == other.measure and f.value is not None and
                 _label(f) == (quarter, year)]
        told = f"the {QUARTERS[quarter - 1]} quarter of fiscal {label[1]}"
        if named:
            own = named[0]
            assert own.value is not None
            return Finding(Status.CONTRADICTED,
                           f"article: {describe(q)} for the {QUARTERS[quarter - 1]} quarter of "
                           f"fiscal {year}; store: {describe(own.value)} then ({own.measure}); "
                           f"{describe(other.value)} is the figure of {told}",
                           (own, other), rule=CODE, strength=0.9,
                           covered_quantities=frozenset({0}))
        return Finding(Status.IMPRECISE,
                       f"article: {describe(q)} for the {QUARTERS[quarter - 1]} quarter of "
                       f"fiscal {year}; store: {describe(other.value)} is the figure of "
                       f"{told} ({other.measure}): the fiscal year is mislabelled",
                       (other,), rule=CODE, strength=0.8, covered_quantities=frozenset({0}))
    return None
