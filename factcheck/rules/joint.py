"""A figure told of several parties together: a sum, no one party's value.

Owns: finding when a claim gives its figure for several of the parties it names at once
("Acme, Globex and Initech now collectively expect capex to top $150 billion", "Acme and
Globex together spent $95 billion"), named before the figure with a word that sums them.
Why: a roundup of results puts several companies' spending in one sentence; the figure is
their sum, and no record of any one of them refutes it. Must not: read a list without such
a word (its figure may be each one's: "each spent about $40 billion"; or the names stand
beside it as a comparison or a source), a deal's other party (the figure is the deal's,
recorded with its object), or judge the figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language.lexicon import lazy
from ..model import Claim, Fact

Names = Callable[[str], tuple[str, ...]]

# The words that make a figure the sum of the parties named together.
_TOGETHER = lazy(r"\b(?:collectively|together|combined|jointly|between\s+them|among\s+them|"
                 r"in\s+aggregate|all\s+told|altogether)\b", re.IGNORECASE)


def _named(text: str, claim: Claim, fact: Fact, names: Names) -> list[str]:
    """The claim's parties named in ``text``, the fact's object apart (a deal's other party
    is no co-owner of the figure)."""
    low = text.lower()
    return [e for e in dict.fromkeys(claim.entities) if e != fact.object and any(
        len(n) > 1 and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low)
        for n in names(e))]


def told_of_several(claim: Claim, fact: Fact, names: Names) -> str | None:
    """The parties a claim's figure is told of together ("Acme and Globex"), when it names
    the fact's subject among two or more parties before its first figure and gives the
    figure as their sum ("collectively", "together", "combined"); else None."""
    text = claim.standalone
    if _TOGETHER.search(text) is None:
        return None
    first = min((q.span.start for q in claim.quantities if q.span), default=len(text))
    named = _named(text[:first], claim, fact, names)
    if fact.subject not in named or len(named) < 2:
        return None
    return ", ".join(names(e)[0] for e in named)
