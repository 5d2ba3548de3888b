"""An event its subject underwent, told as one the subject did.

Why: some events are done to their subject: "the board removed Sam Altman" is recorded of
Altman with cues such as "dismissed" and "fired". A claim that has the subject do the act to
something else ("Altman promptly dismissed the bid", "the CEO fired two engineers") uses the
same word with the roles the other way round: the record does not confirm it. The subject
is the one acted on when the fact's statement puts it right after a cue verb ("removed Sam
Altman") or before a passive one ("Altman was ousted"); the claim has it act when its name
stands before the cue verb in the active voice, with an object after it.

Must not: decide a verdict (``attribution`` passes such a fact over), or read a two-party
act (``directed`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language.lexicon import may_hold, runtime_pattern
from ..model import Claim, Fact
from .matching import Candidate

Names = Callable[[str], tuple[str, ...]]

_PASSIVE = r"(?:was|were|is|are|has\s+been|had\s+been|have\s+been|being|got)\s+(?:\w+ly\s+)?"
# What may stand between an act and the one it acts on: a title ("its chief executive").
_TITLE = r"(?:(?:its|the|his|her|their)\s+(?:[\w-]+\s+){0,3})?"
# An object after the act: a determiner, a possessive, a figure, a name (not a time: "xAI
# introduced to the public that July" is a passive told short, with no object).
_OBJECT = (r"\s+(?:(?:the|a|an|its|his|her|their|two|three|several)\s|(?-i:[0-9$])|"
           r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
           r"[A-Z]))")


def _words(cues: tuple[str, ...]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


def _acted_on(fact: Fact, names: tuple[str, ...]) -> bool:
    """Does the fact's statement tell its subject as the one a cue verb acts on?"""
    cues, who = _words(fact.cues), _words(names)
    return runtime_pattern(
        rf"\b(?:{cues})\s+{_TITLE}(?:{who})\b|\b(?:{who})\s+{_PASSIVE}(?:{cues})\b",
        re.IGNORECASE).search(fact.statement) is not None


def acts_itself(candidate: Candidate, claim: Claim, names: Names) -> bool:
    """Does the claim have the fact's subject do the act (its cue, active, with an object)
    that the fact's statement records as done to the subject?"""
    fact = candidate.fact
    if fact.object is not None or not fact.cues or not candidate.cue:
        return False
    own, text = names(fact.subject), claim.standalone
    # Only a text that may hold the cue and a name can match: most do not, and their
    # pattern is neither made nor run.
    if not may_hold(text, candidate.cue) or not any(may_hold(text, n) for n in own):
        return False
    who, cue = _words(own), re.escape(candidate.cue)
    active = runtime_pattern(rf"\b(?:{who})\s+(?:\w+ly\s+)?(?:{cue})\w*(?={_OBJECT})",
                             re.IGNORECASE).search(text)
    return active is not None and _acted_on(fact, own)
