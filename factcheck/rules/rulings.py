"""An official's act on a party's deed: "a judge rejected OpenAI's bid to dismiss the suit".

Why: a court, a jury or a regulator acts on what the parties did; the record of the deed
(the suit filed, the deal agreed) does not confirm what the official did with it. When the
claim opens on such a doer, named by its office, and a fact's cues stand only after the
doer's verb, the fact is of the deed the ruling is about: "A judge ruled against OpenAI's
bid to dismiss Musk's lawsuit" is no filing of the lawsuit. A fact whose cue is the doer's
verb itself ("Regulators approved the acquisition" for a recorded approval) is the act.
Must not: decide a verdict (``attribution`` passes such a fact over).
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Claim
from .matching import Candidate
from .stems import stem_count

# The doer by its office at the claim's start ("A federal judge", "The U.S. court",
# "Regulators in Brussels" is left: a doer with words after it), then its verb.
_OFFICIAL = lazy(r"^\s*(?:(?:a|an|the)\s+)?(?:[\w.-]+\s+){0,3}?(?:judges?|courts?|jury|"
                 r"juries|justices?|regulators?|watchdogs?|tribunals?|magistrates?)\s+"
                 r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)


def ruled_on(candidate: Candidate, claim: Claim) -> bool:
    """Does the claim tell an official's act, with the fact's cues all after its verb?"""
    found = _OFFICIAL.match(claim.standalone)
    if found is None or not candidate.positions:
        return False
    verb = stem_count(claim.standalone[:found.start("verb")])
    return all(at > verb for at in candidate.positions)
