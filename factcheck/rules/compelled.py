"""An act told as compelled (ordered, fined, forced, fired) that the facts record as agreed.

Why: "Anthropic was ordered to pay $1.5 billion" meets the record of Anthropic's $1.5 billion
settlement by its party, its figure and its verb "pay"; but a settlement is agreed, not
ordered, and a claim that a court or a regulator compelled the act says what the record does
not; so does "was fired from the board" of a member the record has leave. When the claim
tells compulsion and no fact behind its support words one (an order, a ruling, a verdict, a
fine, damages awarded, a removal), the facts do not confirm it.

Must not: read "ordered" as compulsion where it is a purchase ("ordered 500,000 GPUs"), or
decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .derived import stated_figures

# "was ordered to", "were forced to", "a judge ordered Anthropic to pay", "fined $1 billion".
_TOLD = lazy(r"\b(?:was|were|been|is|are|being|be|got|get)\s+(?:\w+\s+)?(?:ordered|forced|"
             r"compelled|fined|sentenced|fired|ousted|sacked|dismissed|pushed\s+out|"
             r"kicked\s+out|forced\s+out)\b|\bordered\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+|"
             r"\b(?:court|judge|jury|regulators?|commission)\s+(?:\w+\s+)?(?:ordered|fined|"
             r"forced|compelled)\b|\bfined\s+(?:[\w'’-]+\s+){0,3}?(?:\$|€|£)", re.IGNORECASE)
# How a fact words a compelled act.
_RECORDED = lazy(r"\b(?:order(?:ed|s)?|fin(?:e|ed|es)|forced|compelled|rul(?:ed|ing)|verdict|"
                 r"judgment|judgement|damages|awarded|sentenced|penalt(?:y|ies)|removed|"
                 r"remov(?:al|es)|ous(?:ted|ter)|fired|firing|dismiss\w*|sacked|pushed\s+out)\b",
                 re.IGNORECASE)


def compelled(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The claim's words that tell its act as compelled, when no fact of ``facts`` words a
    compulsion; None otherwise."""
    told = _TOLD.search(claim.standalone)
    if told is None:
        return None
    # a claim's figure is the compelled act's: the facts that give it must word the
    # compulsion ("a judge ruled" on another matter, beside the settlement, does not)
    giving = [f for f in facts if _gives(f, claim)] if claim.quantities else []
    if any(_RECORDED.search(f"{f.statement} {f.note or ''} {' '.join(f.cues)}")
           for f in giving or facts):
        return None
    return re.sub(r"\s+", " ", told.group(0)).strip()


def _gives(fact: Fact, claim: Claim) -> bool:
    """Does the fact give one of the claim's figures, as its value or in its statement?"""
    figures = [*stated_figures(fact.statement), *([fact.value] if fact.value else [])]
    return any(q.kind is g.kind and abs(q.value - g.value) <= 0.01 * max(abs(g.value), 1e-9)
               for g in figures for q in claim.quantities)
