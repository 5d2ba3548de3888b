"""What a year checked before a clause's verb leaves unchecked: the predicate.

Owns: the claims whose only checked figures are years or dates standing before the verb the
clause asserts, in its subject ("AMD's 2022 purchase of Xilinx was a masterstroke", "the
launch of ChatGPT in 2022 changed the industry") or a lead-in ("Since its founding in 1993,
Nvidia has reshaped computing"; "In 2024, BlackRock made its boldest bet yet with the purchase
of GIP"). Why: the year dates the event the subject or the lead-in names, and the store's
record of that event confirms it; what the clause says of the event is mostly a judgement of
it, which no record of the event holds. Such a claim is left unverified, with the predicate's
words the facts do not hold. A year after the verb ("the MI300X that AMD launched in December
2023") dates what the clause asserts, and is not read here. Must not: judge years (``temporal``
does) or decide the verdict (``rules`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.scope import main_verb_at
from ..model import Claim, Fact, Kind
from .matching import phrase_in, stems
from .predicate import (
    CIRCUMSTANCE_WORDS,
    LIGHT,
    UNSAID_SHARE,
    content_words,
    held_in,
    met_aside,
)

_TIMES = (Kind.YEAR, Kind.DATE)
# A copula says its subject is what the words after it say: those words are the whole claim.
_COPULAS = frozenset("is are was were proved proves remains remained became".split())


def dated_subject(claim: Claim, facts: Sequence[Fact],
                  names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The predicate's words ``facts`` do not hold, when every figure the claim gives is a
    year or a date before its verb and they are most of what the predicate says (any one,
    when a copula links the predicate: "was a masterstroke"); or the point's words when the
    facts were met only in an aside closing it (``met_aside``: "made its boldest bet yet
    with the purchase of GIP"). An empty list otherwise."""
    if any(q.kind not in _TIMES for q in claim.quantities):
        return []  # a figure is checked by itself, and says what it says
    text = claim.standalone
    times = [q.span.start if q.span else -1 for q in (*claim.quantities, *claim.dates)] + \
        [m.start() for y in claim.years for m in re.finditer(rf"\b{y}\b", text)]
    at = main_verb_at(text)
    if not times or at <= 0 or any(t < 0 or t >= at for t in times):
        return []
    aside = met_aside(claim, facts, names)
    point = text[at:]
    if aside or any(phrase_in(c, stems(point)) for f in facts for c in f.cues):
        return aside  # else the point tells the event the facts record ("delivered")
    holds = held_in(facts, names)
    words = {s: w for s, w in content_words(claim, names, point).items() if s not in LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    linked = point.split()[0].lower() in _COPULAS
    if len(missing) >= (1 if linked else CIRCUMSTANCE_WORDS) and \
            len(missing) >= UNSAID_SHARE * len(words):
        return [*missing, f"(the facts date only \u201c{text[:at].strip(' ,')}\u201d)"]
    return []
