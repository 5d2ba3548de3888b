"""A named part of a thing, told by its owner's name and a mark of its own.

Owns: the marks of a text (the places, peoples and coded names it gives: "Abu Dhabi",
"Emirati", "G42"), and reading an owner's name as one of its named parts ("Stargate UAE" of
"Stargate": the store calls the part by the owner's name and one more word) when the
sentence gives a mark the part's facts give and the owner's do not. Why: "OpenAI launched
Stargate in Abu Dhabi on Thursday" is the UAE project's launch; read as the US project's, it
was refuted by the January announcement, and "its first international Stargate, in Abu
Dhabi" was confirmed by it. A part with its own place and partners is another thing than
its owner, whose facts neither confirm nor refute what is said of the part.
Must not: read the store (the finder hands each name's marks), or judge a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

from ..model import Entity
from .entities import NOT_NAMES, Mention
from .places import DEMONYMS, PLACES, country

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&-]*")
# A coded name: capitals with a digit ("G42", "MGX1"), no number or unit ("Q3", "H1").
_CODE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z0-9]*")
_LONGEST = 3  # words of the longest place name looked for ("United Arab Emirates")


class PartFinder(Protocol):
    entities: Mapping[str, Entity]
    marks: Callable[[str], frozenset[str]]

    def parts_of(self, owner: str) -> tuple[str, ...]: ...


@lru_cache(maxsize=4096)
def marks_in(text: str) -> frozenset[str]:
    """The places, peoples and coded names ``text`` gives, lower case ("abu dhabi",
    "emirati", "g42"); a country by its one name, a people's plural as the people."""
    words = _WORD.findall(text)
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(1, _LONGEST + 1):
            phrase = " ".join(words[i:i + n])
            if n > 1 and i + n > len(words) or not phrase[:1].isupper():
                break
            low = phrase.lower()
            if low in PLACES or low in DEMONYMS:
                found.add(country(low) or low)  # "UAE" is "United Arab Emirates"
            elif low.endswith("s") and low[:-1] in DEMONYMS:
                found.add(low[:-1])
        if _CODE.fullmatch(words[i]) and words[i].lower() not in NOT_NAMES:
            found.add(words[i].lower())
    return frozenset(found)


def by_parts(sentence: str, mentions: Sequence[Mention], finder: PartFinder) -> list[Mention]:
    """``mentions``, with an owner's name read as its one named part whose marks the
    sentence gives (none of which the owner's facts give); unchanged when the sentence
    names the part itself, or gives the marks of two parts or of none."""
    out = list(mentions)
    for at, m in enumerate(mentions):
        parts = finder.parts_of(m.entity) if not m.described else ()
        if not parts or any(p.entity in parts for p in mentions):
            continue
        around = marks_in(sentence[:m.start] + " " + sentence[m.end:])
        if not around:
            continue
        own = finder.marks(m.entity)
        # a version of a product ("Blackwell Ultra") is another product, not a part told by
        # a place: only a part of its owner's kind (a project's site, a firm's unit)
        fits = [p for p in parts if finder.entities[p].kind == m.kind != "product" and
                around & (finder.marks(p) - own)]
        if len(fits) == 1:
            part = finder.entities[fits[0]]
            out[at] = Mention(m.start, m.end, part.id, part.kind, part.name,
                              m.described, m.possessive, m.by_noun)
    return out
