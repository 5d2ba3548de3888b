"""What a claim takes for granted: the event it opens with, reacts to, or judges a measure of.

Owns: telling what a clause asserts from the event it takes as known: a fronted phrase that
names the event ("Despite the sale, ...", "After the deal, ...", "Following its $6 billion
round, ..."), a reaction to it ("SoftBank's exit surprised some investors", "investors were
rattled by the sale", "were unhappy with the results": the reaction is what is said), and a
judgement of a measure given with no figure ("Blackwell sales are off the charts": a record
of a quarter's revenue is a figure, which says nothing of the judgement). The event or the
measure is the scene; a record of it confirms nothing the clause says of it. Must not:
decide a verdict (the relation rule asks it).
"""

from __future__ import annotations

import re

from ..language.clause_words import ADVERBS
from ..model import Claim
from .matching import Candidate
from .measure_kinds import is_flow
from .predicate import asserted_verb
from .stems import stems

# A fronted phrase of circumstance around a noun phrase that names an event as known.
_SCENE = re.compile(r"^(?:(?:and|but|yet)\s+)?(?:despite|after|following|since|before|amid|"
                    r"given|beyond|besides|unlike|in\s+the\s+wake\s+of|on\s+the\s+back\s+of|"
                    r"in\s+spite\s+of|notwithstanding)\s+(?:the|this|that|its|their|his|her|"
                    r"these|those)\s+[^,;:]{1,60},\s*(?=\S)", re.IGNORECASE)

# How someone took an event: verbs of reaction (active or passive) and the adjectives a
# copula gives them. No record of the event tells how it was taken, unless a cue of its
# own does ("hailed" for the presentation the president hailed).
_REACTIONS = frozenset(stems("""surprised surprise surprises shocked shock shocks stunned
    stuns rattled rattles spooked spooks unsettled unsettles unnerved unnerves worried worries
    alarmed alarms cheered cheers welcomed welcomes applauded applauds praised praises
    criticized criticised criticizes criticises slammed slams disappointed disappoints pleased
    pleases delighted delights thrilled thrills frustrated frustrates angered angers dismayed
    dismays baffled baffles puzzled puzzles reassured reassures happy unhappy displeased
    nervous wary skeptical sceptical upbeat optimistic pessimistic relieved excited cautious
    bullish bearish jittery uneasy concerned blow relief disappointment""")) - {""}
_COPULAS = frozenset("is are was were be been being seem seems seemed appear appears "
                     "appeared remain remains remained looked look looks".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CAME_AS = re.compile(r"\b(?:come|comes|came|coming)\s+as\s+(?:a|an)\s+(?:(?:big|major|"
                      r"real|rude|welcome|huge|great|nasty|pleasant|complete|total)\s+)?"
                      r"([a-z]+)\b", re.IGNORECASE)


def only_in_scene(candidate: Candidate, standalone: str) -> bool:
    """Do the fact's cues stand only in the fronted phrase the claim takes for granted?"""
    scene = _SCENE.match(standalone)
    if scene is None or not candidate.positions:
        return False
    end = len(stems(scene.group(0)))
    return all(at < end for at in candidate.positions)


def reaction(standalone: str) -> str | None:
    """The word of reaction the clause asserts ("surprised", "were unhappy"), if any."""
    came = _CAME_AS.search(standalone)  # "may come as a surprise to some investors"
    if came is not None and stems(came.group(1))[0] in _REACTIONS:
        return came.group(0)
    verb = asserted_verb(standalone)
    if not verb:
        return None
    if verb.lower() in _COPULAS:
        at = re.search(rf"\b{re.escape(verb)}\b", standalone)
        after = [w for w in _WORD.findall(standalone[at.end():] if at else "")[:4]
                 if w.lower() not in ADVERBS][:1]
        verb = after[0] if after else ""
    return verb if verb and stems(verb)[:1] and stems(verb)[0] in _REACTIONS else None


def taken_for_granted(candidate: Candidate, claim: Claim) -> bool:
    """Does the claim take the fact's event or measure for granted, asserting something of
    it the fact does not hold: the fronted phrase it opens with, a reaction to it that none
    of the fact's cues tells, or a measure the fact gives as a figure, judged with none?"""
    text = claim.standalone
    if only_in_scene(candidate, text):
        return True
    took = reaction(text)
    if took is not None and not any(stems(took)[-1] in stems(cue) for cue in candidate.fact.cues):
        return True
    return _judged_measure(candidate, claim)


def _judged_measure(candidate: Candidate, claim: Claim) -> bool:
    """Is every cue the claim meets the fact on a word of the period's flow the fact
    measures ("sales" of "volume shipments and revenue"), while the fact gives a figure and
    the claim none?"""
    fact = candidate.fact
    if fact.value is None or claim.quantities or not candidate.positions or not is_flow(fact):
        return False
    measure = set(stems(fact.measure)) & _FLOWS
    words = stems(claim.standalone)
    return all(at < len(words) and words[at] in measure for at in candidate.positions)


# The words of a period's flow ("sales" are "revenue"): a measure, not an event.
_FLOWS = frozenset(stems("revenue sales income profit earnings spending capex loss margin"))
