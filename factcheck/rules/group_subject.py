"""Whether a relation claim is about a group the store records nothing of.

Owns: finding when the clause's grammatical subject is a plain group of people ("Investors
are focused on the upcoming production of Nvidia's next-generation chip", "Analysts expect
...", "Customers have embraced ..."), which names none of the claim's entities, while the
relation behind the support is one of a party the clause names only after its verb. Why:
the relation is matched on the named party and one cue word ("next-generation" in the
record of Blackwell's unveiling), but what the claim asserts is what the group does or
thinks, which no record of the party settles. Must not: judge figures (a figure checked
says what it says), or decide the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language.lexicon import lazy
from ..language.scope import main_verb_at
from ..model import Claim

Names = Callable[[str], tuple[str, ...]]

# A group of people no record is of, opening the clause (with an adjective or two).
_GROUP = lazy(r"^\s*(?:(?:many|most|some|several|the|other|global|retail|institutional|"
              r"industry|tech|wall\s+street)\s+){0,2}(?:investors|analysts|experts|observers|"
              r"critics|customers|users|traders|shareholders|economists|consumers|developers|"
              r"executives|insiders|skeptics|sceptics|fans|markets)\s*$", re.IGNORECASE)


def group_subject(claim: Claim, names: Names) -> list[str]:
    """The words of the group the clause is about (as what the store does not say), when
    its subject is such a group and none of the claim's names stands before its verb; an
    empty list otherwise."""
    text = claim.standalone
    verb = main_verb_at(text)
    if verb <= 0 or _GROUP.match(text[:verb]) is None or any(
            n.lower() in text[:verb].lower() for e in claim.entities for n in names(e)
            if len(n) > 1):
        return []
    return [f"{text[:verb].strip()} (the clause's subject)"]
