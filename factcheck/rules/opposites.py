"""Whether a claim tells the opposite act of the one its facts record.

Owns: a small table of acts and their opposites (accepted and rejected, approved and
blocked, joined and left, hired and fired, confirmed and denied, paid in cash and in stock;
not the two sides of one
deal, "sold to" and "bought from", nor of one contest), and finding when the claim uses one
of them and the facts behind its support hold only the opposite ("Sam Altman accepted
Musk's $97.4 billion bid" against the record that he rejected it). Why: the parties, the
figure and the cue words all match, so every name and figure is covered, but the claim says
what the record says did not happen. It is left unverified, never contradicted: the act
may have come later, or the words be another's. Must not: judge figures or a change's
direction (``change`` reads "rose" and "fell"), or decide the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Claim, Fact
from .stems import stems

# Each act with its opposite, both ways; every word is read by its stem.
_PAIRS = (
    ("accept accepts accepted accepting", "reject rejects rejected rejecting rebuffed "
     "rebuff rebuffs spurned"),
    ("approve approves approved approving", "block blocks blocked blocking veto vetoed "
     "vetoes"),
    ("join joins joined joining", "leave leaves leaving quit quits exited exits"),
    ("hire hires hired hiring", "fire fires fired firing"),
    ("confirm confirms confirmed confirming", "deny denies denied denying"),
    # how a deal was paid: "an all-cash purchase" of a company bought in shares
    ("cash", "stock"),
)
_WORD = re.compile(r"[A-Za-z]+")


def _stems_of(words: str) -> frozenset[str]:
    return frozenset(s for w in words.split() for s in stems(w))


_OPPOSED = tuple((_stems_of(a), _stems_of(b)) for a, b in _PAIRS)


@lru_cache(maxsize=4096)  # a fact's words, asked again for every claim it settles
def _stems_in(text: str) -> frozenset[str]:
    return frozenset(s for w in _WORD.findall(text.lower()) for s in stems(w))


def opposite_act(claim: Claim, facts: Sequence[Fact]) -> list[str]:
    """The claim's act and the opposite the facts hold instead, when the claim uses one
    act of the table, no fact holds it and a fact holds its opposite; an empty list
    otherwise."""
    told = _stems_in(claim.standalone)
    held = frozenset().union(*(_stems_in(f"{f.statement} {f.note or ''}") for f in facts))
    for one, other in _OPPOSED:
        for act, opposite in ((one, other), (other, one)):
            if told & act and not held & act and held & opposite and not told & opposite:
                said = sorted(told & act)[0]
                return [f"{said} (the store records the opposite: "
                        f"{sorted(held & opposite)[0]})"]
    return []
