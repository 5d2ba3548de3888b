"""REL-rank: a rank the claim gives ("the world's second-largest asset manager") against the
rank a standing fact's statement gives the same subject in the same words.

Why: "BlackRock is the world's second-largest asset manager" names the very standing the
store records as "the world's largest asset manager": the superlative, the thing ranked and
the scope agree, only the place differs. Only a relation the store holds as standing now is
compared (a rank of a day, "then the largest one-day loss", is another day's), only for the
claim's own subject, and never a rank among several ("one of the largest"). Must not: find
candidates (``matching``) or compare figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.lexicon import lazy
from ..model import Status
from .base import Context, Finding
from .stems import stems

CODE = "REL-rank"

_PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4,
           "5th": 5}
_RANK = re.compile(r"(?P<among>\b(?:one|some|among) of (?:the )?(?:[\w'’]+ )?)?"
                   r"(?:\b(?P<scope>[A-Z]?[\w]+)['’]s\s+)?"
                   rf"(?:\b(?P<place>{'|'.join(_PLACES)})[- ])?"
                   r"\b(?P<sup>largest|biggest|most valuable)\s+(?P<noun>[a-z][\w-]*"
                   r"(?:\s+[a-z][\w-]*)?)", re.IGNORECASE)
# A scope told after the thing ranked: "the second-largest asset manager in Europe".
_WHERE = lazy(r"\s+(?:in|across|outside)\s+(?:the\s+)?[A-Z]")
# A rank told as past or passing: "then the largest", "at the time the biggest".
_PASSING = lazy(r"\b(?:then|at the time|once|formerly|until|briefly)\s+(?:the\s+)?$",
                      re.IGNORECASE)


# The superlative every rank holds: a text without one (most claims and statements) is not
# searched with ``_RANK``, whose optional leading groups are tried at every position.
_SUPERLATIVE = re.compile(r"largest|biggest|most valuable", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _ranks(text: str) -> tuple[tuple[int, str, str, str, str], ...]:
    """(place, superlative, the thing ranked as stems, scope, the words) of each standing
    rank; read once per text (a fact's statement is asked by every claim about it)."""
    if not _SUPERLATIVE.search(text):
        return ()
    out = []
    for m in _RANK.finditer(text):
        if m.group("among") or _PASSING.search(text[:m.start()]) or \
                not m.group("scope") and _WHERE.match(text, m.end()):
            continue  # among several; passing; or ranked somewhere unsaid ("in Europe")
        place = _PLACES.get((m.group("place") or "").lower(), 1)
        scope = (m.group("scope") or "").lower()
        sup = m.group("sup").lower().replace("biggest", "largest")  # one rank, two words
        out.append((place, sup, " ".join(stems(m.group("noun"))), scope, m.group(0)))
    return tuple(out)


def check(ctx: Context) -> Finding | None:
    """Contradicted when the claim's rank of its subject differs from the fact's."""
    claim = ctx.claim
    said = _ranks(claim.standalone)
    if not said or claim.negated or claim.subject is None:
        return None
    for candidate in ctx.candidates:
        fact = candidate.fact
        if fact.kind != "relation" or fact.subject != claim.subject:
            continue
        for place, sup, noun, scope, words in said:
            for stored, s_sup, s_noun, s_scope, s_words in _ranks(fact.statement):
                if (s_sup, s_noun) != (sup, noun) or scope and scope != s_scope:
                    continue
                if stored != place:
                    return Finding(Status.CONTRADICTED,
                                   f"article: {words} (place {place}); store: {s_words} "
                                   f"(place {stored}): {fact.statement}", (fact,), rule=CODE,
                                   strength=0.8)
    return None
