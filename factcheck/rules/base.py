"""What every rule sees and returns.

Owns: ``Context`` (a claim with its candidate facts) and ``Finding`` (a rule's judgement with
its evidence and what it covered), plus the small helpers rules share for wording evidence.
Must not: pick among findings (that is ``rules/__init__.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..language.lexicon import lazy
from ..model import Claim, Evidence, Fact, Quantity, ReviewedClaim, Source, Status
from .matching import Candidate
from .stems import stem

RELIABILITY_WEIGHT = {"primary": 1.0, "news": 0.9, "secondary": 0.6}


# Words that make a claim speak of another event than the one recorded: "a further $1
# billion", "a third generation", "its latest model".
ANOTHER = lazy(r"\b(?:further|another|additional|fresh|new|second|third|fourth|latest|"
               r"follow-on|more|next|(?:prior|previous|earlier|former|old) record)\b",
               re.IGNORECASE)


def another_instance(text: str, fact: Fact) -> bool:
    """Does the claim speak of another instance than the recorded one (``ANOTHER``)? A word
    said with the same next word as in the record's own statement ("a third set of locks"
    for the expansion that built a third set) names the recorded one itself."""
    told = " ".join(stem(w) for w in re.findall(r"[\w-]+", fact.statement.lower()))
    for found in ANOTHER.finditer(text):
        after = re.match(r"\s+([\w-]+)", text[found.end():])
        said = f"{stem(found.group(0).lower())} {stem(after.group(1).lower())}" if after \
            else None
        if said is None or f" {said} " not in f" {told} ":
            return True
    return False


_SERIES = lazy(r"\bSeries\s+([A-H])\b")


def another_round(text: str, fact: Fact) -> bool:
    """Does the claim name a funding round by its letter ("Series C") that the fact does not,
    while the fact names another ("Series B")? Two rounds of equal size are two events."""
    # asked of every fact a figure meets: the word first, a plain substring test
    named = set(_SERIES.findall(text)) if "Series" in text else set()
    if not named:
        return False  # most claims: the fact's statement is not read
    recorded = set(_SERIES.findall(f"{fact.measure} {fact.statement}"))
    return bool(recorded and not named & recorded)


@dataclass(frozen=True)
class Context:
    claim: Claim
    article_date: dt.date | None
    candidates: tuple[Candidate, ...]  # cue-matched facts whose subject fits, best first
    subject_facts: tuple[Fact, ...]  # every fact about the entities the claim names
    reviewed: tuple[ReviewedClaim, ...]  # reviewed claims whose entities the claim names
    names: Callable[[str], tuple[str, ...]] = lambda entity: (entity,)  # name and aliases
    nearby_facts: tuple[Fact, ...] = ()  # facts about names the sentence before gave


# "The takeover closed ...", "That deal was worth ...": a definite noun, maybe after one
# modifier, opening the claim.
_EVENT_NOUN = lazy(r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<first>[a-z][\w-]*)"
                   r"(?:\s+(?P<noun>[a-z][\w-]*))?")


def names_event(claim: Claim, fact: Fact) -> bool:
    """Does the claim refer back to the fact's event by one of its cue nouns ("the
    takeover", "the deal"), with the event's parties named in it or just before?"""
    m = _EVENT_NOUN.match(claim.standalone)
    if m is None or fact.kind != "event":
        return False
    # a subject only implied by the story's topic is no party named
    around = set(claim.named if claim.implied_subject else claim.entities) | set(claim.context)
    # the noun right after the determiner, or after one modifier ("the Xilinx takeover")
    nouns = {stem(w) for w in (m.group("first"), m.group("noun")) if w}
    return fact.subject in around and (fact.object is None or fact.object in around) and \
        any(stem(cue) in nouns for cue in fact.cues if " " not in cue)


_WORDS = lazy(r"[A-Za-z][\w-]*")


def noun_told(claim: Claim, fact: Fact) -> bool:
    """Does the fact's statement or cues hold the noun a claim that names no one opens with
    ("The founders promised ..." beside a record of the founders' pledge)? "the hardware
    arrived" is no launch of the company a record of its launch is about."""
    m = _EVENT_NOUN.match(claim.standalone)
    if m is None:
        return False
    told = {stem(w) for w in _WORDS.findall(f"{fact.statement} {' '.join(fact.cues)}")}
    # the word after the determiner, and the one after it unless it is a verb in the past
    # ("the hardware arrived": the fact's cue is the verb, not the thing)
    noun = m.group("noun")
    words = [m.group("first"), *([noun] if noun and not noun.endswith("ed") else [])]
    return any(stem(w) in told for w in words)


@dataclass(frozen=True)
class Finding:
    status: Status
    explanation: str
    facts: tuple[Fact, ...] = ()
    reviewed: tuple[ReviewedClaim, ...] = ()
    rule: str = ""
    strength: float = 0.8  # how directly the comparison speaks to the claim, 0-1
    covered_quantities: frozenset[int] = field(default_factory=frozenset)  # indexes
    covered_years: frozenset[int] = field(default_factory=frozenset)
    # The fact speaks only to how the claim describes its subject or sets the scene ("Acme
    # chief executive Jane Doe opened the fair"): it checks the names it covers, but cannot
    # support the claim alone.
    background: bool = False


def _best_first(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """Primary sources before news before secondary; file order within each."""
    return tuple(sorted(sources, key=lambda s: -RELIABILITY_WEIGHT.get(s.reliability, 0.5)))


def evidence_of(fact: Fact) -> Evidence:
    return Evidence(fact=fact.id, statement=fact.statement, sources=_best_first(fact.sources))


def evidence_of_reviewed(item: ReviewedClaim) -> Evidence:
    return Evidence(fact=item.id,
                    statement=f"Reviewed claim \u201c{item.claim}\u201d, rated {item.rating}: "
                              f"{item.explanation}",
                    sources=_best_first(item.sources))


def reliability(facts: tuple[Fact, ...]) -> float:
    weights = [RELIABILITY_WEIGHT.get(s.reliability, 0.5) for f in facts for s in f.sources]
    return max(weights, default=0.5)


def when(fact: Fact) -> str:
    """"as of 2024-12-31", "in 2024", "on 2015-12-11": when a fact holds."""
    if fact.as_of:
        return f"as of {fact.as_of.isoformat()}"
    if fact.period:
        return f"for {fact.period}"
    return on_date(fact) if fact.date else "undated"


def on_date(fact: Fact) -> str:
    """"on 2015-12-11", or "in 2006-11" for a record of the month alone."""
    return f"{'on' if fact.date_precision == 'day' else 'in'} {stated_date(fact)}"


def stated_date(fact: Fact) -> str:
    """The fact's date as its record states it: "2015-12-11", or a month ("2006-11") or a
    year ("1987") alone."""
    if fact.date is None:
        return ""
    if fact.date_precision == "year":
        return str(fact.date.year)
    return fact.date.isoformat()[:7] if fact.date_precision == "month" else \
        fact.date.isoformat()


def fact_year(fact: Fact) -> int | None:
    """The year a fact's figure holds for: its period, else the year of its date."""
    if fact.period:
        return fact.period
    moment = fact.as_of or fact.date
    return moment.year if moment else None


def gives_figure(fact: Fact, claim: Claim, q: Quantity | None = None) -> bool:
    """Is the fact's own value the claim's figure ``q`` (or one of its figures), within 1%?
    The rules that weigh what a figure is of ask it of the facts behind a support."""
    value = fact.value
    return value is not None and any(
        value.kind is f.kind and abs(value.value - f.value) <= 0.01 * abs(f.value)
        for f in ((q,) if q is not None else claim.quantities))
