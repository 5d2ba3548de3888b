"""Where a claim places what it tells, against where the facts behind its support place it
(a U.S. state, a city, a country).

Why: "TSMC will build three more fabs in Texas" meets the record of TSMC's three more fabs
in Arizona by its figure and its parties, and a place locates a claim rather than takes part
in it (``language.roles``), so nothing checks it. When the claim names a U.S. state or a
city, and the facts' statements name another of the same kind but never the claim's, the
facts place it elsewhere and do not confirm it ("DeepSeek was founded in Beijing" against
"founded DeepSeek in Hangzhou").

Must not: doubt a place of another kind than the facts give (a city against a state, a
country against either: "in the U.S." for a site in Texas is true), or decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.lexicon import whole_words
from ..language.places import CITIES, COUNTRY_NAMES, US_STATES, country
from ..model import Claim, Fact

Names = Callable[[str], tuple[str, ...]]
_KINDS = (US_STATES, CITIES)


def _kind(place: str) -> frozenset[str] | None:
    low = place.replace(".", "").lower()
    return next((kind for kind in _KINDS if low in kind), None)


def _places_in(text: str, kind: frozenset[str]) -> set[str]:
    low = text.replace(".", "").lower()
    return {p for p in kind if p in low and whole_words(p).search(low)}


def placed_elsewhere(claim: Claim, facts: Sequence[Fact], names: Names) -> str | None:
    """The claim's place (a state or a city) that the facts' statements never name while
    they name another of its kind, worded "X (the store: Y)"; None otherwise."""
    if not facts:
        return None
    named = [names(e)[0] for e in claim.entities if names(e)] + list(claim.unknown_names)
    told = " ".join(f"{f.statement} {f.note or ''}" for f in facts)
    for place in named:
        kind = _kind(place)
        if kind is None or not re.search(rf"\b(?:in|at|near|from)\s+(?:the\s+)?"
                                         rf"{re.escape(place)}\b", claim.standalone):
            continue
        there = _places_in(told, kind)
        if there and place.replace(".", "").lower() not in there:
            return f"{place} (the store: {', '.join(sorted(p.title() for p in there))})"
    for place in named:
        own = country(place)
        if own is None or not re.search(rf"\b(?:in|to)\s+(?:the\s+)?{re.escape(place)}\b",
                                        claim.standalone):
            continue
        lands = {c for p in _places_in(told, COUNTRY_NAMES) if (c := country(p))}
        if lands and own not in lands:
            return f"{place} (the store: {', '.join(sorted(p.title() for p in lands))})"
    return None
