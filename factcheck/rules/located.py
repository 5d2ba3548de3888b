"""Where a claim places what it tells, against where the facts behind its support place it
(a U.S. state, a city, a country, the occasion an event is told at).

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
    venue = _venue_elsewhere(claim, told)
    if venue is not None:
        return venue
    for place in named:
        own = country(place)
        if own is None or not re.search(rf"\b(?:in|to)\s+(?:the\s+)?{re.escape(place)}\b",
                                        claim.standalone):
            continue
        lands = {c for p in _places_in(told, COUNTRY_NAMES) if (c := country(p))}
        if lands and own not in lands:
            return f"{place} (the store: {', '.join(sorted(p.title() for p in lands))})"
    return None


# An occasion an event is told at: "at GTC", "at its GTC conference", "at the White House".
_AT = re.compile(r"\bat\s+(?:its\s+|the\s+|his\s+|her\s+|their\s+)?(?P<venue>[A-Z][\w&-]*"
                 r"(?:\s+[A-Z][\w&-]*)*)")


def _venue_elsewhere(claim: Claim, told: str) -> str | None:
    """The occasion the claim tells its event at ("unveiled Blackwell at CES"), a name the
    store does not know, when the facts' statements tell it at another and never name the
    claim's (nor its initials: "GPU Technology Conference" is GTC), worded "X (the store:
    Y)"; None otherwise."""
    venues = {m.group("venue") for m in _AT.finditer(told)}
    if not venues:
        return None
    for m in _AT.finditer(claim.standalone):
        said = m.group("venue")
        if said not in claim.unknown_names or said in told or \
                "".join(w[0] for w in said.split()).upper() in venues or \
                any(v in said or said in v for v in venues):
            continue
        return f"{said} (the store: {', '.join(sorted(venues))})"
    return None
