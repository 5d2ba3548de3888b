"""NUM-ratio: a multiple between two parties' stored values of one measure, computed.

Why: "The B200 has 2.6 times as many transistors as the H100", "more than twice the memory
of the H100": the store holds each party's value (208 billion, 80 billion), not the ratio.
The ratio of the two values, of facts the claim's words name by the same cue, settles it,
rounding-aware like a growth rate. It refutes only when both values are fixed properties
recorded as points (one value per party); a moving figure or a bound only confirms. Must not:
compare a multiple with another measure's ratio (that is ``numeric``, NUM-2); read a multiple
told as a change ("revenue more than doubled on deals with Meta and OpenAI": one party's
value against its own earlier one) as one between the parties it names; pair a result with a
forecast (a party's revenue is no multiple of another's expected revenue).
"""

from __future__ import annotations

import re

from ..language.comparison import compare, describe
from ..model import Fact, Kind, Qualifier, Quantity, Status
from .base import Context, Finding
from .change import GROWTH_TOLERANCE, is_change
from .figure_kinds import kinds_match
from .measure_kinds import planned

CODE = "NUM-ratio"
_POINT = (Qualifier.EXACT, Qualifier.APPROX)


def _pairs(ctx: Context) -> list[tuple[Fact, Fact]]:
    """(the subject's value, another named party's value) of facts one cue names."""
    claim = ctx.claim
    out = []
    for mine in ctx.candidates:
        value = mine.fact.value
        if mine.fact.subject not in claim.subjects or value is None or value.kind not in (
                Kind.COUNT, Kind.MONEY, Kind.NUMBER):
            continue
        for theirs in ctx.subject_facts:
            if theirs.subject in claim.subjects or theirs.subject not in claim.named or \
                    theirs.value is None or not theirs.value.value or \
                    mine.cue.lower() not in (c.lower() for c in theirs.cues):
                continue
            if kinds_match(value, theirs.value) and planned(mine.fact) == planned(theirs):
                out.append((mine.fact, theirs))
    return out


def _fused(theirs: Fact, ctx: Context) -> bool:
    """Is the other party named only inside a longer name the store does not know ("over
    Grace Blackwell": a system built around Blackwell, not the Blackwell chip)?"""
    text = ctx.claim.standalone
    return any(re.search(rf"\b{re.escape(unknown)}\s+{re.escape(name)}\b", text)
               for unknown in ctx.claim.unknown_names for name in ctx.names(theirs.subject))


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    # a multiple told as a change ("more than doubled", "rose 3x") is of one party's series
    ratios = [(i, q) for i, q in enumerate(claim.quantities)
              if q.kind is Kind.RATIO and not is_change(claim.text, q)]
    if not ratios or claim.subject is None:
        return None
    for mine, theirs in _pairs(ctx):
        assert mine.value is not None and theirs.value is not None
        implied = Quantity(Kind.RATIO, mine.value.value / theirs.value.value)
        fixed = all(f.single_value and f.value is not None and f.value.qualifier in _POINT
                    for f in (mine, theirs))
        for index, q in ratios:
            outcome = compare(q, implied, GROWTH_TOLERANCE).outcome
            if outcome != "consistent" and (not fixed or _fused(theirs, ctx)):
                continue  # a moving figure or a bound: the ratio may be of other values
            status = Status.SUPPORTED if outcome == "consistent" else Status.CONTRADICTED
            verdict = "consistent" if outcome == "consistent" else "the ratio differs"
            return Finding(status, f"article: {describe(q)}; store: {describe(mine.value)} "
                           f"({mine.measure}) against {describe(theirs.value)} "
                           f"({theirs.measure}), {implied.value:.3g}x; {verdict}",
                           (mine, theirs), rule=CODE, strength=0.85,
                           covered_quantities=frozenset({index}),
                           covered_years=frozenset(range(len(claim.years))))
    return None
