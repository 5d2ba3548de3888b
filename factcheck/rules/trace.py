"""Why a claim got its verdict: what was read, which facts were looked at, why each was passed.

Owns: the trace ``factcheck explain`` prints and the short "passed over" list an
``unverified`` verdict carries, so a curator sees what to add or fix. It asks the same
questions ``matching.candidates`` asks, one fact at a time, and says which one failed.
Must not: decide a verdict (``judge`` does) or format output (a reporter does).
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from ..language.comparison import describe
from ..model import Claim, Fact
from .cues import best_cue
from .fields import another_field, prize_fields
from .matching import subject_fits
from .stems import stems

MAX_PASSED = 3  # facts named in an unverified explanation; explain shows them all


@dataclass(frozen=True)
class Considered:
    """A stored fact about the claim's entities, and why it settled nothing (or "")."""

    fact: Fact
    reason: str  # empty when the fact is a candidate: subject and a cue fit


@dataclass(frozen=True)
class Reading:
    """What the checker read in a claim."""

    subject: str
    names: tuple[str, ...]
    unknown_names: tuple[str, ...]
    figures: tuple[str, ...]
    years: tuple[int, ...]
    markers: tuple[str, ...]


def reading(claim: Claim) -> Reading:
    markers = tuple(f"{label} \u201c{value.lstrip('!')}\u201d" for label, value in (
        ("judgement", claim.opinion_marker), ("future", claim.future_marker)) if value)
    if claim.negated:
        markers += ("negated",)
    return Reading(claim.subject_name or "(none)", claim.entities, claim.unknown_names,
                   tuple(describe(q) for q in claim.quantities), claim.years, markers)


def why_not(claim: Claim, fact: Fact, words: tuple[str, ...] | None = None) -> str:
    """Why ``fact`` is not a candidate for ``claim``; "" when it is one. ``words`` are the
    stems of the claim, when the caller asks about many facts."""
    named = set(claim.entities)
    fits = subject_fits(claim, fact)  # asked once: it answers both questions below
    if fact.subject not in named and not fits:
        return f"about {fact.subject}, which the claim does not name"
    if fact.object and fact.object not in named and (
            fact.object not in claim.context or claim.subject != fact.subject):
        return f"needs its object {fact.object} named too"
    if not fits:
        if claim.subject is None and claim.subject_name:
            return f"the claim is about {claim.subject_name}, a name the store does not know"
        return f"the claim is about {claim.subject}, not {fact.subject}"
    if fact.kind == "quote" and claim.quotes:
        return ""
    words = stems(claim.standalone) if words is None else words
    if best_cue(fact, words) is None:
        cues = ", ".join(fact.cues[:6]) + (", ..." if len(fact.cues) > 6 else "")
        return f"none of its cues in the claim ({cues})"
    if another_field(prize_fields(claim.standalone), fact):
        return "a prize of another field than the claim names"
    return ""


def considered(claim: Claim, facts: list[Fact]) -> list[Considered]:
    """The facts whose subject or object the claim names, by id, each with why it was passed
    over ("" for a candidate). Facts that only mention a name are left out: they were never
    in the running."""
    words = stems(claim.standalone)
    return [Considered(f, why_not(claim, f, words)) for f in _named_facts(claim, facts)]


def _named_facts(claim: Claim, facts: list[Fact]) -> list[Fact]:
    """The facts whose subject or object the claim names, by id (a stable sort: facts of one
    id stay in the order given)."""
    named = set(claim.entities)
    return sorted((f for f in facts if f.subject in named or f.object in named),
                  key=attrgetter("id"))


def passed_over(claim: Claim, facts: list[Fact]) -> str:
    """A short account for an ``unverified`` verdict: what was read and what was passed."""
    read = reading(claim)
    parts = [f"read: subject {read.subject}"]
    if read.figures:
        parts.append("figures " + ", ".join(read.figures))
    if read.unknown_names:
        parts.append("names not in the store " + ", ".join(read.unknown_names))
    # The first few passed over, in the order ``considered`` lists them: asked one fact at a
    # time, and no further than the last one named (a subject's facts are some eighty, and
    # asking why of each was a tenth of judging a long article).
    words = stems(claim.standalone)
    rejected: list[tuple[Fact, str]] = []
    for fact in _named_facts(claim, facts):
        reason = why_not(claim, fact, words)
        if reason:
            rejected.append((fact, reason))
            if len(rejected) == MAX_PASSED:
                break
    if rejected:
        parts.append("passed over " + "; ".join(f"{f.id} ({reason})" for f, reason in rejected))
    return "; ".join(parts)
