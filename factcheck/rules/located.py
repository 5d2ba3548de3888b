"""Where the claim places what it tells, against where the store's record places it.

Why: a project, a programme or a product line is often carried to another country under the
same name: "its first Stargate rollout in the Emirates", "launched the service in Japan". A
record of the original ("to build AI infrastructure for OpenAI in the United States") is
met on the name and the verb, and would confirm an event the store does not hold. When the
claim places what it tells in a place (after "in", "into", "across") and every fact behind
the support that names a place names another (none of the claim's), the claim is left
unverified with the place. A fact that names no place says nothing either way. Must
not: flag anything (a place the store does not record may be true), or read places that
only locate a name ("the Israeli company", "Abu Dhabi's MGX": ``language/places``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.lexicon import lazy
from ..language.places import COUNTRIES, STATES, is_place
from ..model import Claim, Fact

# A place a preposition puts the matter in: "in the United Arab Emirates", "into India".
# ("based in the Netherlands" only locates who acts, not what the claim tells.)
_PLACED = lazy(r"(?<!based )(?<!headquartered )(?<!located )(?<!born )"
               r"\b(?:in|into|across|throughout)\s+(?:the\s+)?"
               r"(?P<place>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})(?![\w.])"
               r"(?=\s*(?:$|[,;:)\u2014\u2013]|\.(?:\s|$)|\s(?:and|or|to|for|by|with|on|at|in|from|as|"
               r"that|which|where|when|after|before|while|since|this|last|next|by|over|"
               r"under|through|within|is|was|will|would|has|had)\b))")
# Any place a statement names (a name of the gazetteer, as a run of capitalised words).
_NAMED = lazy(r"\b[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}")

# One country under its names (dots dropped: "U.S." is "us"), with the cities of its that
# news names most: a statement's "United States" is a claim's "U.S.", its "Abu Dhabi" the
# claim's "UAE".
_SAME = [frozenset(group.split("|")) for group in """
united states|us|usa|america|american|memphis|abilene|santa clara|san jose|san francisco
united arab emirates|uae|emirates|emirati|abu dhabi|dubai
united kingdom|uk|britain|british|england|english|london|scotland|wales
saudi arabia|saudi|riyadh
qatar|qatari|doha
israel|israeli|tel aviv|jerusalem
france|french|paris
germany|german|berlin|munich|frankfurt
japan|japanese|tokyo|osaka
south korea|korea|korean|seoul
taiwan|taiwanese|taipei|hsinchu|tainan
china|chinese|beijing|shanghai|shenzhen|hangzhou|guangzhou
india|indian|mumbai|delhi|new delhi|bangalore|bengaluru
norway|norwegian|oslo
""".strip().splitlines()]
_COUNTRIES = frozenset(w.replace("_", " ").replace(".", "").lower() for w in COUNTRIES.split())
_US_STATES = frozenset(w.replace("_", " ").lower() for w in STATES.split())


def _country(name: str) -> frozenset[str] | None:
    """The names of the country a place is in, when the gazetteer says which: a country,
    one of the cities above, a U.S. state; None for a region or another city ("Europe",
    "Toronto"), which may hold or lie in a place of another name."""
    low = " ".join(name.lower().replace("\u2019", "'").removesuffix("'s").replace(".", "")
                   .split())
    for group in _SAME:
        if low in group:
            return group
    if low in _US_STATES:
        return _SAME[0]
    return frozenset({low}) if low in _COUNTRIES else None


def _places(text: str, placed: bool) -> list[str]:
    """The places of the gazetteer in ``text``: those a preposition puts the matter in
    (``placed``), or any; a run of capitalised words is cut to its longest place ("Stargate
    UAE" gives "UAE")."""
    found = []
    for m in (_PLACED if placed else _NAMED).finditer(text):
        words = (m.group("place") if placed else m.group(0)).split()
        spans = [" ".join(words[i:j]) for i in range(len(words))
                 for j in range(len(words), i, -1)]
        found += [s for s in spans if is_place(s)][:1]
    return found


def another_place(claim: Claim, facts: Sequence[Fact]) -> list[str]:
    """The place the claim puts what it tells in, when the facts behind the support name
    places and each is in another country than the claim's; an empty list otherwise (a
    place whose country the gazetteer does not say settles nothing)."""
    mine = [(p, c) for p in _places(claim.standalone, True) if (c := _country(p))]
    if not mine or not facts:
        return []
    theirs = [_country(p) for fact in facts for p in _places(fact.statement, False)]
    if not theirs or any(c is None or any(c & own for _, own in mine) for c in theirs):
        return []
    return [f"{mine[0][0]} (the store's record places it elsewhere)"]
