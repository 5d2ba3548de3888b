"""Whether a relation claim is about a group the store records nothing of, or names no doer.

Owns: finding when the clause's grammatical subject is a plain group of people ("Investors
are focused on the upcoming production of Nvidia's next-generation chip", "Analysts expect
...", "Customers have embraced ..."), which names none of the claim's entities, while the
relation behind the support is one of a party the clause names only after its verb. Why:
the relation is matched on the named party and one cue word ("next-generation" in the
record of Blackwell's unveiling), but what the claim asserts is what the group does or
thinks, which no record of the party settles. Likewise a fragment that names no doer at all
("launched under the OpenAI umbrella", cut from "the devices will be designed and launched
under ..."; "Joining Suleyman", whose subject follows the clause): the party it names is not
the one acting, and the record of that party's act does not confirm it. Must not: judge
figures (a figure checked says what it says), or decide the verdict.
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


# A clause opened by a present participle whose object is the name after it ("Joining
# Suleyman", "Backing OpenAI"): the doer is the sentence's subject, told later.
_PARTICIPLE_FIRST = lazy(r"^\s*(?:[A-Z][a-z]+ing)\s+(?:[A-Z][\w.&'’-]*\s*){1,3}$")


def no_doer(claim: Claim) -> list[str]:
    """What the claim leaves out when it names no doer: a verb phrase whose subject was not
    read (no subject and no name for one), or a participle and its object alone; an empty
    list otherwise."""
    if claim.subject is None and not claim.subject_name and claim.role == "verb-phrase":
        return ["who did it (the clause's subject is not in the claim)"]
    if _PARTICIPLE_FIRST.match(claim.standalone):
        return [f"who is {claim.standalone.strip().split()[0].lower()} {claim.subject_name}"]
    return []
