"""Which side of a funding round a valuation is told on: before the new money or after it.

Owns: reading whether a claim gives a valuation pre-money ("a pre-money valuation of $260
billion", "valued at $260 billion before the new money") or post-money ("a $300 billion
post-money valuation", "after the investment"), whether a fact's statement gives one of its
figures on a side, and which side a fact's own value is on (its measure, else its cues), so
that a figure told on one side is neither confirmed nor refuted by the other side's value:
the two differ by the round itself. A figure told on no side may be either. Must not:
compare figures (``numeric``, ``stated`` ask it).
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Fact, Quantity

PRE = "pre-money"
POST = "post-money"

_MONEY = r"(?:new\s+)?(?:money|investment|funding|financing|cash|capital|round)"
_SIDE = lazy(rf"(?P<pre>\bpre-?(?:money|cash)\b|\bbefore\s+the\s+{_MONEY}\b)|"
             rf"(?P<post>\bpost-?(?:money|cash)\b|\b(?:after|including)\s+the\s+{_MONEY}\b)",
             re.IGNORECASE)
_VALUATION = lazy(r"\bvaluation\b", re.IGNORECASE)
_AFTER = 32  # characters after a figure that may tell its side ("$300 billion post-money")
_BEFORE = 48  # and before it ("a pre-money valuation of $260 billion")


def _side(found: re.Match[str]) -> str:
    return PRE if found.group("pre") else POST


def told_side(text: str, q: Quantity) -> str | None:
    """The side ``q`` is told on in ``text``: side words right after it ("$300 billion
    post-money"), else the nearest before it, with no other figure between ("pre-money
    valuation of $260 billion"); None when the text tells none."""
    if q.span is None:
        return None
    start, end = q.span.start, q.span.end
    after = _SIDE.search(text, end, min(len(text), end + _AFTER))
    if after is not None and not any(c.isdigit() for c in text[end:after.start()]):
        return _side(after)
    before = list(_SIDE.finditer(text, max(0, start - _BEFORE), start))
    if before and not any(c.isdigit() for c in text[before[-1].end():start]):
        return _side(before[-1])
    return None


def recorded_side(fact: Fact) -> str | None:
    """The side the fact's value is on: its measure's word, else one of its cues, else
    post-money for a plain valuation (the vocabulary's "valuation" is the post-money one, as
    news means it when it names no side)."""
    for words in (fact.measure, " ".join(fact.cues)):
        found = _SIDE.search(words)
        if found is not None:
            return _side(found)
    return POST if _VALUATION.search(fact.measure) else None


def sides_apart(text: str, q: Quantity, fact: Fact) -> bool:
    """Does the claim tell ``q`` on one side of the round and the fact record its value on
    the other? "A post-money valuation of $260 billion" is not the $260 billion pre-money."""
    told = told_side(text, q)
    recorded = recorded_side(fact) if told is not None else None
    return recorded is not None and recorded != told


def stated_sides_apart(text: str, q: Quantity, fact: Fact, given: Quantity) -> bool:
    """Does the claim tell ``q`` on one side and the fact's statement give its figure
    ``given`` on the other ("valued at $300 billion post-money" for "a pre-money $300
    billion")? A statement's figure with no side word of its own is on the fact's side
    (a valuation's "up from $300 billion" is its own earlier value)."""
    told = told_side(text, q)
    if told is None:
        return False
    stated = told_side(fact.statement, given) or recorded_side(fact)
    return stated is not None and stated != told
