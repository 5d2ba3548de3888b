"""REL-backers: the investors a claim lists for a funding round, against the round's record.

Why: "xAI's Series B was backed by Fidelity, Sequoia and Andreessen Horowitz" names a round
by its owner and its letter, and lists who put money in. The store records the round as a
figure of its owner whose statement lists the investors (its mentions). Read as a claim
about the owner, the listed names are no subject of a fact and go unchecked; read as a claim
about the first backer, the list holds no owner. Every listed backer among the round's
recorded parties confirms the list. Reports name a few backers of many, so a part of the
record's list fits, unless the claim says its list is whole ("only", "sole"). Must not:
judge who led (a role of its own: ``attribution``), a figure (the numeric rules), or a
round the claim names otherwise (another letter or sum, "its next round": ``parties``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact, Status
from .base import Context, Finding
from .change import same_series
from .parties import occurrences, other_occasion
from .stems import phrase_in, stems

CODE = "REL-backers"
# Words that give a list as the backers of a round: "backed by", "brought in", "investors
# including", "with participation from", "Fidelity and Sequoia backed ...".
_BACKING = lazy(r"\b(?:backed|funded|financed|bankrolled)\b|\bbrought\s+in\b|\bdrew\b|"
                r"\battracted\b|\b(?:investors|backers|participants)\s+(?:included?|"
                r"including|such\s+as)\b|\bparticipation\s+(?:from|of)\b|"
                r"\b(?:took|taking)\s+part\b|\bparticipated\b", re.IGNORECASE)
# A round the claim names: its letter, or the noun.
_ROUND = lazy(r"\bSeries\s+[A-H]\b|\b(?:funding|financing|investment)?\s*round\b|"
              r"\bfund-?raising\b", re.IGNORECASE)
# A list said to be whole, or a lead: more than a list of backers says.
_MORE = lazy(r"\b(?:only|solely|sole|just|exclusively|(?:co-)?led|lead|leads|leading|"
             r"headed)\b", re.IGNORECASE)
MIN_BACKERS = 2  # a list: one name alone is a relation of its own (``attribution``)


# The owner's newest round: "its latest round", "the new funding".
_LATEST = lazy(r"\b(?:latest|newest|new|recent|current|most\s+recent)\b", re.IGNORECASE)


def _round_of(fact: Fact, ctx: Context, words: tuple[str, ...]) -> bool:
    """Is ``fact`` the record of the round the claim names: a figure of a party the claim
    names, told by a cue the claim uses, of no other occasion, known on the article's date
    (and, for "its latest round", the newest of its series then)?"""
    if fact.kind != "quantity" or not _owner_told(fact, ctx) or not fact.mentions \
            or not any(phrase_in(c, words) for c in fact.cues) or \
            other_occasion(ctx.claim, fact) or not _known(fact, ctx):
        return False
    if not _LATEST.search(ctx.claim.standalone):
        return True
    later = [f for f in ctx.subject_facts if same_series(fact, f) and _known(f, ctx) and
             (f.as_of or f.date or dt.date.min) > (fact.as_of or fact.date or dt.date.min)]
    return not later


_LETTER = lazy(r"\bSeries\s+([A-H])\b")


def _owner_told(fact: Fact, ctx: Context) -> bool:
    """Does the claim name the round's owner, or name the round by the letter the record
    gives, its owner named just before ("xAI came back for $6 billion. That Series C brought
    in ...")?"""
    claim = ctx.claim
    if fact.subject in claim.named:
        return True
    letters = set(_LETTER.findall(claim.standalone))
    return fact.subject in claim.context and bool(letters) and \
        letters <= set(_LETTER.findall(f"{fact.measure} {fact.statement}"))


def _known(fact: Fact, ctx: Context) -> bool:
    """Was the fact's round public by the article's date (any, in an undated article)?"""
    when = fact.published or fact.as_of or fact.date
    return ctx.article_date is None or when is None or when <= ctx.article_date


def _lists_backers(claim: Claim) -> bool:
    """Does the claim list a round's backers, no more (no lead, not as the whole list)?"""
    text = claim.standalone
    return _BACKING.search(text) is not None and _ROUND.search(text) is not None and \
        _MORE.search(text) is None


def backers_of(claim: Claim, facts: Sequence[Fact]) -> frozenset[str]:
    """The names the claim lists as a round's backers that a round's record among ``facts``
    lists too: checked by it, whatever list of its statement holds them."""
    if not _lists_backers(claim):
        return frozenset()
    return frozenset(e for f in facts if f.kind == "quantity" for e in f.mentions
                     if e in claim.named)


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    text = claim.standalone
    if claim.negated or claim.quantities or claim.years or claim.opinion_marker or \
            claim.future_marker or not _lists_backers(claim):
        return None
    words = stems(text)
    owners = {owner for owner, _ in claim.owners}
    for fact in ctx.subject_facts:
        if not _round_of(fact, ctx, words):
            continue
        backers = {entity for _, _, entity in occurrences(text, claim.named, ctx.names)
                   if entity != fact.subject and entity not in owners}
        if len(backers) < MIN_BACKERS or not backers <= set(fact.mentions):
            continue
        return Finding(Status.SUPPORTED, f"store records the round's investors: "
                       f"{fact.statement}", (fact,), rule="REL", strength=0.7)
    return None
