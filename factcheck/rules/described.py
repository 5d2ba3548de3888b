"""Where a claim only describes someone or something, not what it asserts.

Owns: the word spans of a claim that describe (a title or an apposition before the subject's
name, "Acme chief executive Jane Doe"; a tie written before a name, "Microsoft-backed
OpenAI"; a title owned by a pronoun before a name, "its founder and CEO Jane Doe"; a thing
named by what was done to it, "the non-profit it was founded as") and whether a candidate
fact's cues stand only in them. Why: a record that confirms how a claim describes someone
confirms nothing of what it says of them. Must not: decide a verdict (``attribution`` asks).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.noun_clauses import noun_clause_spans
from ..language.subjects import subject_description
from ..model import Claim
from .matching import Candidate
from .stems import stems


def in_background(candidate: Candidate, claim: Claim) -> bool:
    """Do the fact's cues stand only in how the claim describes its subject before naming
    it ("Acme chief executive Jane Doe opened the fair"), in a tie written before a name
    ("competition with Microsoft-backed OpenAI") or in a thing named by what was done to it
    ("the company he co-founded"), not in what it asserts?"""
    if not candidate.positions:
        return False
    spans = _background_spans(claim.standalone)
    # (no description, or a cue met in other words: no place to tell)
    return bool(spans) and all(any(start <= at < end for start, end in spans)
                               for at in candidate.positions)


@lru_cache(maxsize=1024)
def _background_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The word spans of the claim that only describe someone (read once per claim: every
    candidate fact asks)."""
    spans = [(len(stems(text[:m.start()])), len(stems(text[:m.end()])))
             for pattern in (_TIE_BEFORE_NAME, _TITLE_BEFORE_NAME)
             for m in pattern.finditer(text)]
    described = subject_description(text)
    if described is not None:
        spans.append((len(stems(text[:described[0]])), len(stems(text[:described[1]]))))
    # "the non-profit it was founded as": a thing named by what was done to it
    spans += [(len(stems(text[:start])), len(stems(text[:end])))
              for start, end in noun_clause_spans(text)]
    return tuple(spans)


# A title owned by a pronoun before a person's name: "its founder and CEO Jensen Huang's
# judgment" describes the person the clause goes on to speak of ("Acme chief executive Jane
# Doe", with its organisation named, still tells the role).
_TITLE = (r"(?:(?:co-?)?founder|chief\s+executive(?:\s+officer)?|CEO|chair(?:man|woman)?|"
          r"president|boss|CFO|CTO|chief\s+[a-z]+\s+officer)")
# The same set off by a comma, plural for several ("sued OpenAI and its founders, Sam
# Altman and Greg Brockman", where the reading writes "OpenAI's founders"): the people sued.
_TITLE_BEFORE_NAME = re.compile(rf"\b(?:(?:its|their|his|her)\s+{_TITLE}(?:,?\s+(?:and\s+)?"
                                rf"{_TITLE})*\s+|(?:its|their|[A-Z][\w.&-]*['’]s)\s+"
                                rf"{_TITLE}s?,\s+)(?=[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+)+)",
                                re.IGNORECASE)
# A tie written as a modifier of the name after it: "Microsoft-backed OpenAI".
_TIE_BEFORE_NAME = re.compile(r"\b(?!Co-)[A-Z][\w.&]*-(?:backed|led|founded|funded|owned|run)"
                              r"\s+(?=[A-Z])")
