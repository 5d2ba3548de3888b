"""Another's act on a party: an official's on its deed ("a judge rejected OpenAI's bid to
dismiss the suit"), or a doer's with it as the other side ("announced a deal with OpenAI").

Why: a court, a jury or a regulator acts on what the parties did; the record of the deed
(the suit filed, the deal agreed) does not confirm what the official did with it. When the
claim opens on such a doer, named by its office, and a fact's cues stand only after the
doer's verb, the fact is of the deed the ruling is about: "A judge ruled against OpenAI's
bid to dismiss Musk's lawsuit" is no filing of the lawsuit. A fact whose cue is the doer's
verb itself ("Regulators approved the acquisition" for a recorded approval) is the act.
Likewise a party named only after "with" or "against" is the other side of the claim's act:
its own one-party event (OpenAI's founding announcement) is not that act.
Must not: decide a verdict (``attribution`` passes such a fact over).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language.lexicon import lazy, runtime_pattern
from ..model import Claim
from .matching import Candidate
from .stems import stem_count

# The doer by its office at the claim's start ("A federal judge", "The U.S. court",
# "Regulators in Brussels" is left: a doer with words after it), then its verb past the
# auxiliaries, adverbs and negation before it ("A court never upheld").
_OFFICIAL = lazy(r"^\s*(?:(?:a|an|the)\s+)?(?:[\w.-]+\s+){0,3}?(?:judges?|courts?|jury|"
                 r"juries|justices?|regulators?|watchdogs?|tribunals?|magistrates?)\s+"
                 r"(?:(?:\w+ly|never|not|also|later|then|again|has|have|had|was|were|did|"
                 r"does|do|would|could|will|may|might)\s+)*(?P<verb>[a-z]+)\b", re.IGNORECASE)


def ruled_on(candidate: Candidate, claim: Claim) -> bool:
    """Does the claim tell an official's act, with the fact's cues all after its verb?"""
    found = _OFFICIAL.match(claim.standalone)
    if found is None or not candidate.positions:
        return False
    verb = stem_count(claim.standalone[:found.start("verb")])
    return all(at > verb for at in candidate.positions)


# The word before a name that makes it the other side of another's act: "a deal with
# OpenAI", "a suit against Acme" (up to two words between: "with rival OpenAI").
_COUNTERPARTY = r"\b(?:with|against)\s+(?:[a-z][\w-]*\s+){0,2}"


def counterparty_only(candidate: Candidate, claim: Claim,
                      names: Callable[[str], tuple[str, ...]]) -> bool:
    """Is a one-party event's subject named only as the other side of the claim's act ("the
    chip company announced a megadeal with OpenAI")? The act is the doer's, not the
    subject's: OpenAI's own announcement (its founding) confirms nothing of it."""
    fact = candidate.fact
    if fact.kind != "event" or fact.object is not None or set(claim.named) & set(fact.mentions):
        return False  # ("GE Vernova agreed to work with AIP": the doers the record mentions)
    text = claim.standalone
    spots = [m for n in names(fact.subject) if n and n in text  # (no pattern for the others)
             for m in runtime_pattern(rf"(?<![\w-]){re.escape(n)}(?![\w-])").finditer(text)]
    return bool(spots) and all(
        runtime_pattern(rf"{_COUNTERPARTY}$", re.IGNORECASE).search(text[:m.start()])
        for m in spots)
