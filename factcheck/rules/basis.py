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
from ..language.quantities import find_quantities
from ..model import Fact, Kind, Quantity

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
_AFTER = 60  # and after it, for the words that follow their figure ("$0.44 a share in the
# first quarter, excluding items")


def _basis(found: re.Match[str]) -> str:
    return ADJUSTED if found.group("non") or found.group("trail") else GAAP


# One basis told for every figure before it: "..., both on a non-GAAP basis", "all on an
# adjusted basis"; two handed out in order: "73.4% and 73.6%, respectively, on a GAAP and
# non-GAAP basis" ("... basis, respectively").
_WORD_OF_BASIS = r"(?:adjusted|non-?GAAP|GAAP|underlying|reported)"
_SHARED = lazy(rf"\b(?:both|all|each)(?:\s+(?:of\s+them|three|four))?\s+on\s+an?\s+"
               rf"(?P<basis>{_WORD_OF_BASIS})\s+basis\b", re.IGNORECASE)
_RESPECTIVE = lazy(rf"\bon\s+an?\s+(?P<one>{_WORD_OF_BASIS})\s+(?:and|or)\s+"
                   rf"(?P<two>{_WORD_OF_BASIS})\s+bas[ie]s\b", re.IGNORECASE)
_RESPECTIVELY = lazy(r"\brespectively\b", re.IGNORECASE)
_SENTENCE_END = lazy(r"[.;!?](?:\s|$)")


def _word_basis(word: str) -> str:
    return GAAP if word.lower() in ("gaap", "reported") else ADJUSTED


def _told_for_several(text: str, q: Quantity) -> str | None:
    """The basis a phrase after the figures of ``q``'s sentence tells for each of them:
    "both on a non-GAAP basis"; "respectively, on a GAAP and non-GAAP basis" (the first
    figure of the sentence the first basis, the second the second)."""
    assert q.span is not None
    stop = _SENTENCE_END.search(text, q.span.end)
    tail = text[q.span.end:stop.start() if stop else len(text)]
    shared = _SHARED.search(tail)
    if shared:
        return _word_basis(shared.group("basis"))
    pair = _RESPECTIVE.search(tail)
    if pair is None or _RESPECTIVELY.search(tail) is None:
        return None
    begun = [m.end() for m in _SENTENCE_END.finditer(text, 0, q.span.start)]
    first = begun[-1] if begun else 0
    figures = [f for f in find_quantities(text[first:q.span.end + pair.start()])
               if f.kind not in (Kind.YEAR, Kind.DATE)]
    if len(figures) != 2:
        return None  # not two figures for the two bases: which is which is not said
    starts = [first + f.span.start for f in figures if f.span]
    if q.span.start not in starts:
        return None
    return _word_basis(pair.group("one" if starts.index(q.span.start) == 0 else "two"))


def told_basis(text: str, q: Quantity) -> str | None:
    """The basis the claim tells its figure ``q`` on, or None: a phrase telling it for all
    the sentence's figures ("both on a non-GAAP basis"), words that follow a figure
    ("excluding items", "on an adjusted basis") right after it, else the basis words
    nearest before it."""
    if q.span is None:
        return None
    several = _told_for_several(text, q)
    if several is not None:
        return several
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


def side_basis_apart(text: str, q: Quantity, statement: str, given: Quantity) -> bool:
    """Does the claim tell ``q`` on one basis and a fact's statement give its figure
    ``given`` on the other ("$0.96 (GAAP $0.44)" for a $0.44 told non-GAAP)?"""
    told = told_basis(text, q)
    return told is not None and told_basis(statement, given) not in (None, told)


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
