"""A figure or a day told of no one: the party just named whose record gives it.

Why: news often leaves the subject of a figure to the sentence before. "BlackRock's assets
reached a record. At the end of March last year the total stood at $10.5 trillion"; "The
canal is drying up. Some 11,240 ships crossed in fiscal 2024". The second sentence names no
one, so no fact about anyone is read and its true figure goes unchecked. The parties at hand
(``Claim.context``: the sentence before, and the story's topic) are who it may be about; read
as about each of them in turn, the claim is confirmed when exactly one of them has a record
that supports its figure. Two parties that would both fit leave it unsaid which is meant.

Must not: flag anything (a figure of no one may be of someone the article never named, so it
only confirms); read a claim that names anyone, or a name the store does not know (then the
claim is about that name, not about a party before it), or a quotation; decide more than
which party to read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..language.places import is_place
from ..model import Claim, Kind, Status, Verdict
from .matching import FactSource

Names = Callable[[str], tuple[str, ...]]


def unnamed_figure(claim: Claim) -> bool:
    """Does the claim give a figure (not only a year or a month: a day names one event) and
    name no one, known or unknown (a place only locates it), in words of its own (a
    quotation's figure is its speaker's, who may be speaking of anything)?"""
    return not claim.entities and claim.subject is None and \
        (not claim.subject_name or _place_inside(claim.subject_name, claim.standalone)) and \
        bool(claim.context) and not claim.quotes and \
        (any(q.kind not in (Kind.YEAR, Kind.DATE) for q in claim.quantities) or
         any(d.unit == "day" for d in claim.dates)) and \
        all(is_place(name) for name in claim.unknown_names)


def as_about(claim: Claim, names: Names) -> list[tuple[str, Claim]]:
    """The claim read as about each party at hand in turn, as an implied subject (which only
    confirms: ``implied_subject``)."""
    return [(entity, replace(claim, subject=entity, subject_name=names(entity)[0],
                             entities=(entity,), implied_subject=True,
                             context=tuple(e for e in claim.context if e != entity)))
            for entity in claim.context]


def _place_inside(name: str, text: str) -> bool:
    """Is the name read as the claim's subject only a place inside it ("distance from Earth
    figure was ...") or whose its subject is ("China's market regulator cleared it")? A
    place the claim opens with is what it is about ("Ohio gained 900 jobs"): a figure of
    its own, not of a party at hand."""
    return is_place(name) and (not text.startswith(name) or
                               text.startswith((f"{name}'s ", f"{name}’s ")))


def of_one_at_hand(claim: Claim, source: FactSource, names: Names,
                   judged: Callable[[Claim], Verdict]) -> Verdict | None:
    """A figure told of no one, supported as about the parties at hand by one record (read
    as about each party of that record, the same facts support it: they are one answer);
    ``judged`` is the verdict of the rules on a reading of the claim."""
    found = [(entity, verdict) for entity, about in as_about(claim, names)
             if (verdict := judged(about)).status is Status.SUPPORTED]
    if len({frozenset(e.fact for e in verdict.evidence) for _, verdict in found}) != 1:
        return None
    ids = {e.fact for e in found[0][1].evidence}
    # named as the party the record is about, where one of those read is
    entity, verdict = next(((entity, verdict) for entity, verdict in found if any(
        f.id in ids and f.subject == entity for f in source.facts_about([entity]))), found[0])
    return replace(verdict, explanation=f"the claim names no one; read as about "
                   f"{names(entity)[0]}, named just before: {verdict.explanation}")


def judged(claim: Claim, source: FactSource, names: Names,
           verdict_of: Callable[[Claim, bool], Verdict], explained: bool = True) -> Verdict:
    """The verdict of the rules on the claim (``verdict_of``), or, when it is unverified and
    the claim gives a figure of no one, the support one party at hand's record gives it.
    ``verdict_of(claim, explained)``: a reading as about a party counts only supported, so
    it is judged unexplained (an unsettled one is not told its nearest fact)."""
    verdict = verdict_of(claim, explained)
    if verdict.status is Status.UNVERIFIED and unnamed_figure(claim):
        return of_one_at_hand(claim, source, names,
                              lambda about: verdict_of(about, False)) or verdict
    return verdict
