"""Which measure a figure gives, read from the word it stands beside.

Why: "raised $6.6 billion at a valuation of $175 billion" holds two sums of money. Compared
with one fact (the valuation), neither figure says which of them it is, so both were left
unchecked, and a wrong valuation hid behind a right round size. The words around a figure
say which it is: a cue of a fact right before it ("at a valuation of", "valued it at") or
right after it ("a $175 billion valuation"), nearer to it than to any other figure of the
same kind. Such a figure is held to that fact. Must not: judge; ``numeric`` compares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Claim, Fact, Quantity
from .stems import phrase_stems, stems

_FUNCTION = frozenset(stems("the and for with from into than per its their over"))

BEFORE = 2  # words that may stand between a cue and the figure after it ("valuation of")
AFTER = 1  # words between a figure and the cue after it ("$175 billion post-money valuation")


def _figure_words(claim: Claim, q: Quantity, words: Sequence[str]) -> tuple[int, int] | None:
    """The word indexes [start, end) of the figure in the claim's standalone words."""
    text = claim.standalone
    at = text.find(q.text) if q.text else -1
    if at < 0 or text.find(q.text, at + 1) >= 0:
        return None  # not found, or found twice: where it stands is unknown
    start = len(stems(text[:at]))
    return start, start + len(stems(q.text))


def _distance(cue: tuple[int, int], figure: tuple[int, int]) -> int | None:
    """Words between a cue and a figure, when the cue stands close enough to name it."""
    if 0 <= figure[0] - cue[1] <= BEFORE:
        return figure[0] - cue[1]
    if 0 <= cue[0] - figure[1] <= AFTER:
        return cue[0] - figure[1]
    return None


def beside(claim: Claim, index: int, facts: Sequence[Fact]) -> list[Fact]:
    """The facts among ``facts`` whose cue stands beside the claim's figure ``index``,
    nearer to it than to any other figure of the same kind; empty when none does."""
    words = stems(claim.standalone)
    q = claim.quantities[index]
    spans = {i: _figure_words(claim, other, words) for i, other in enumerate(claim.quantities)
             if other.kind is q.kind}
    mine = spans.get(index)
    if mine is None:
        return []
    found = []
    for fact in facts:
        for cue in fact.cues:
            target = phrase_stems(cue)
            n = len(target)
            at = [(i, i + n) for i in range(len(words) - n + 1) if n and words[i:i + n] == target]
            if any(_nearest(span, index, spans) for span in at):
                found.append(fact)
                break
    return found


def _nearest(cue: tuple[int, int], index: int,
             spans: dict[int, tuple[int, int] | None]) -> bool:
    own = _distance(cue, spans[index])  # type: ignore[arg-type]
    if own is None:
        return False
    others = [d for i, s in spans.items() if i != index and s is not None
              for d in [_distance(cue, s)] if d is not None]
    return all(own < d for d in others)


def names_apart(fact: Fact, other: Fact, claim: Claim,
                names: frozenset[str] = frozenset()) -> bool:
    """Does the claim give words of ``fact``'s measure that ``other``'s measure and cues
    lack ("Llama 2 70B fine-tuning" of a benchmark's speed-up, not of the vendor's training
    figure)? It then names ``fact``'s measure, which ``other``, a looser reading, cannot
    stand in for. Two such words at least, and none a word of a name the claim gives
    (``names``): one word in common ("HBM3e" in a spec line that gives "8 TB/s") may be
    the line's, not the figure's."""
    apart = {w for w in stems(fact.measure) if len(w) > 2 and w not in _FUNCTION} - \
        set(stems(" ".join((other.measure, *other.cues)))) - names  # "raised": both's
    return len(apart & set(stems(claim.standalone))) >= 2


def named_before(q: Quantity, own: Fact, other: Fact, claim: Claim) -> bool:
    """Does the clause part before the figure name ``own``'s measure and not the words that
    set ``other``'s apart ("Nvidia's fourth-quarter revenue was $39.3 billion, with data
    center revenue up 93%": the $39.3 billion is the revenue's, not the data center's)?"""
    if q.span is None:
        return False
    before = set(stems(re.split(r"[,;:]", claim.standalone[:q.span.start])[-1]))
    mine, theirs = set(stems(own.measure)), set(stems(other.measure))
    apart = theirs - mine
    if not apart or apart & before:
        return False
    # its own words there, or the general measure the other narrows down, its head there
    own_words = mine - theirs
    return bool(own_words & before) if own_words else bool(mine & before)
