"""The accounting basis a figure is told on, and the basis a fact records.

Owns: reading whether a claim gives a figure on a GAAP basis or an adjusted one ("adjusted
earnings of 96 cents a share", "excluding items", "on a non-GAAP basis") and which basis a
stored fact records (its measure's "(GAAP)"/"(non-GAAP)", else the first basis its statement
names), so that a figure told on one basis is neither confirmed nor refuted by the other's
value, and a figure told on none may be the value of either. Must not: compare figures
(``numeric``, ``stated`` ask it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.lexicon import lazy
from ..model import Fact, Quantity

GAAP = "GAAP"
ADJUSTED = "non-GAAP"

# The words that tell a basis. "adjusted" only before a measure of results ("adjusted
# earnings", "adjusted diluted EPS"): "split-adjusted", "seasonally adjusted" tell none.
_LEAD = (r"\bnon-?GAAP\b|(?<![\w-])adjusted(?=\s+(?:[\w-]+\s+){0,2}?(?:earnings|profits?|"
         r"income|EPS|margins?|EBITDA|EBIT|results?|net|gross|operating|diluted|per)\b)|"
         r"\bpro[- ]forma\b")
# Words that follow the figure they qualify ("$1.05 a share, excluding items").
_TRAIL = (r"\bon an? (?:adjusted|non-?GAAP|underlying) basis\b|\bexcluding (?:certain |some |"
          r"one-(?:time|off) |special |unusual |stock-based )?(?:items|charges|costs|"
          r"compensation)\b|\bex-items\b|\bbefore (?:one-(?:time|off)|special) items\b")
_BASIS = lazy(rf"(?P<non>{_LEAD})|(?P<trail>{_TRAIL})|"
              r"(?P<gaap>(?<!non-)(?<!non)\bGAAP\b)|(?P<reported>\bon an? reported basis\b)",
              re.IGNORECASE)
_BEFORE = 60  # characters before a figure that may tell its basis
_AFTER = 40  # and after it, for the words that follow their figure


def _basis(found: re.Match[str]) -> str:
    return ADJUSTED if found.group("non") or found.group("trail") else GAAP


def told_basis(text: str, q: Quantity) -> str | None:
    """The basis the claim tells its figure ``q`` on, or None: words that follow a figure
    ("excluding items", "on an adjusted basis") right after it, else the basis words
    nearest before it."""
    if q.span is None:
        return None
    start, end = q.span.start, q.span.end
    for found in _BASIS.finditer(text, end, min(len(text), end + _AFTER)):
        if found.group("trail") or found.group("reported"):
            between = text[end:found.start()]
            if not any(c.isdigit() for c in between):  # not another figure's
                return _basis(found)
        break
    before = list(_BASIS.finditer(text, max(0, start - _BEFORE), start))
    return _basis(before[-1]) if before else None


@lru_cache(maxsize=8192)
def _recorded(measure: str, statement: str) -> str | None:
    if "(non-gaap)" in measure.lower():
        return ADJUSTED
    if "(gaap)" in measure.lower():
        return GAAP
    found = _BASIS.search(statement)  # the first it names: "GAAP net income ... (non-GAAP:"
    return None if found is None else _basis(found)


def recorded_basis(fact: Fact) -> str | None:
    """The basis the fact's figure is on, or None when it names none."""
    return _recorded(fact.measure, fact.statement)


def basis_apart(text: str, q: Quantity, fact: Fact) -> bool:
    """Does the claim tell ``q`` on one basis and the fact record the other? Then the two
    values measure different things: "adjusted net income of $709 million" is not the
    quarter's GAAP net income of $709 million."""
    told = told_basis(text, q)
    if told is None:
        return False
    recorded = recorded_basis(fact)
    return recorded is not None and recorded != told


def other_basis(text: str, q: Quantity, fact: Fact, alt: Fact) -> bool:
    """Is ``alt`` the value of ``fact``'s measure on the other basis, with the claim telling
    its figure on none? Then the figure is that basis's ("earned $1.09 a share" beside a
    GAAP $0.29 and a non-GAAP $1.09): no mislabelled measure."""
    ours, theirs = recorded_basis(fact), recorded_basis(alt)
    return ours is not None and theirs is not None and ours != theirs and \
        told_basis(text, q) is None and _base(fact.measure) == _base(alt.measure)


_BASIS_WORDS = lazy(r"\((?:non-)?GAAP\)|\b(?:non-)?GAAP\b|\badjusted\b", re.IGNORECASE)


def _base(measure: str) -> str:
    return " ".join(_BASIS_WORDS.sub(" ", measure).lower().split())
