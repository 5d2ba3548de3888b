"""The field a prize is named by: "the Nobel Prize in Physics", "a chemistry Nobel".

Why: the prizes of one name are several, one per field, and a record of one field's prize
confirms nothing of another's: "won the Nobel Prize in Physics" is not the record of the
Nobel Prize in Chemistry, though "Nobel Prize" is its cue. Like a round's letter ("Series
C", ``base.another_round``), the field tells which of the family the claim means. Owns
reading the fields a text names beside a prize word, and whether a fact records another
field than the claim's. Must not: match cues (``matching`` asks this of each candidate).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.lexicon import lazy
from ..model import Fact

# The fields prizes are given in (the Nobel committees', and the like of other prizes).
_FIELD = (r"physics|chemistry|medicine|physiology|literature|peace|economics|"
          r"economic\s+sciences?|mathematics")
_PRIZE = r"(?:Nobel(?:\s+(?:Prize|laureate|award)s?)?|prizes?|laureates?|awards?|medals?)"
# The field right after the prize word ("Nobel Prize in Physics", "laureate in chemistry",
# "award for economics") or right before it ("the physics Nobel", "Chemistry Prize").
_NAMED = lazy(rf"\b{_PRIZE}\s+(?:in|for)\s+(?:the\s+)?(?P<after>{_FIELD})\b|"
              rf"\b(?P<before>{_FIELD})\s+{_PRIZE}\b", re.IGNORECASE)
_ANY_PRIZE = lazy(rf"\b{_PRIZE}\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of a claim once per candidate fact
def prize_fields(text: str) -> frozenset[str]:
    """The fields ``text`` names a prize by, in lower case, one space between words."""
    if _ANY_PRIZE.search(text) is None:
        return frozenset()  # most claims name no prize: no field is read
    return frozenset(" ".join((m.group("after") or m.group("before")).lower().split())
                     for m in _NAMED.finditer(text))


def another_field(fields: frozenset[str], fact: Fact) -> bool:
    """Does the fact record a prize of a field, none of ``fields`` (those the claim names)?"""
    if not fields:
        return False
    recorded = prize_fields(f"{fact.measure}. {fact.statement}")
    return bool(recorded) and not fields & recorded
