"""Several deals between the same parties: which one a claim's figure is of.

Why: Google invested in Anthropic in early 2023, agreed up to $2 billion that October and a
further $1 billion in January 2025. "An additional $1 billion" is the later deal, "the $550
million it put in earlier this year" an earlier one, and "has invested over $3 billion" in
mid-2025 may be all of them: none of these is wrong against the October deal alone. Owns the
tests the figure rules (NUM, stated figures) and their guards ask of an event's figure. Must
not: compare figures (``numeric``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact, Quantity
from .base import Context
from .stems import stems

# A figure told as a further tranche: "an additional $4 billion", "another $4 billion".
_FURTHER = lazy(r"\b(further|another|additional|fresh|extra|an?\s+(?:second|third|fourth))"
                r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
RECENT_DAYS = 60  # a deal reported within two months is the news, not one "earlier this year"
# A deal placed before the one in the news: "the $550 million it put in earlier this year".
_EARLIER_DEAL = lazy(r"\bearlier (?:(?P<this>this)|that|in the) year\b", re.IGNORECASE)
# An act told as one before another of its kind: "an earlier funding round", "a previous
# deal", "its prior investment" (not "earlier this month": a time, not an instance).
_EARLIER_INSTANCE = lazy(r"\b(?:an?|its|the|their|his|her|one)\s+(?:earlier|previous|prior|"
                         r"past)\s+(?:[\w-]+\s+){0,2}?(?:rounds?|deals?|investments?|funding|"
                         r"financings?|raises?|stakes?|agreements?|acquisitions?|bids?|offers?|"
                         r"lawsuits?|suits?|contracts?|tranches?|sales?)\b", re.IGNORECASE)
_SUBORDINATE = lazy(r"\b(?:after|before|following|since|when|while)\b", re.IGNORECASE)


def earlier_tranche(fact: Fact, q: Quantity, ctx: Context) -> bool:
    """Is ``q`` told as a further tranche ("an additional $4 billion") while ``fact`` is an
    earlier deal between the same parties than another the store records by the article's
    date? A further tranche is the later deal, whatever the two figures; a claim that names
    its year is held to that year instead."""
    if fact.kind != "event" or fact.date is None or q.span is None or ctx.claim.years or \
            _FURTHER.search(ctx.claim.standalone[:q.span.start]) is None:
        return False
    return any(g.kind == "event" and g.value is not None and g.date is not None and
               (g.subject, g.object) == (fact.subject, fact.object) and fact.date < g.date and
               (ctx.article_date is None or g.date <= ctx.article_date)
               for g in ctx.subject_facts)


def earlier_deal(text: str, fact: Fact, ctx: Context) -> bool:
    """Does the claim place its deal earlier in a year than another ("earlier that year"),
    or earlier this year than a stored deal the news is about (dated within weeks of the
    article)? "That year" names no date to compare with, so any deal of the year may be
    the later one."""
    found = _EARLIER_DEAL.search(text)
    if found is None or ctx.claim.dates:
        return False  # "in late October 2023 ...": the claim dates its deal itself
    clause = _SUBORDINATE.split(text[:found.start()])[-1]
    if len(clause) < found.start() and not re.search(r"\d", clause):
        return False  # "... $3 billion, after taking a smaller stake earlier that year"
    if not found.group("this"):
        return True
    known = fact.as_of or fact.date
    return bool(known and ctx.article_date and
                0 <= (ctx.article_date - known).days <= RECENT_DAYS)


def tells_earlier_instance(text: str) -> bool:
    """Does the claim tell an act as an earlier one of its kind ("an earlier funding round",
    "a previous deal")?"""
    return _EARLIER_INSTANCE.search(text) is not None


def the_news(fact: Fact, article_date: dt.date | None) -> bool:
    """Is the fact recorded within ``RECENT_DAYS`` before the article's date: the instance
    the news is about, of which "an earlier round" or "a previous deal" is another?"""
    known = fact.date or fact.as_of or fact.published
    return bool(known and article_date and 0 <= (article_date - known).days <= RECENT_DAYS)


def later_deal(fact: Fact, ctx: Context) -> Fact | None:
    """A deal between the fact's two parties, of the same act (a cue in common) and of
    another amount, that the store dates after the fact's event and by the article's date,
    when the claim names neither's year: the claim's figure may be of that deal or of the
    two together. (The same amount, or none, is a later stage of the same deal: its
    completion.)"""
    if fact.kind != "event" or fact.date is None or fact.object is None:
        return None
    named = set(ctx.claim.years)
    acts = {s for cue in fact.cues for s in stems(cue)}
    for other in ctx.subject_facts:
        known = other.as_of or other.date
        if other is fact or known is None or known <= fact.date or other.value is None or \
                other.value == fact.value or \
                (other.subject, other.object) != (fact.subject, fact.object) or \
                (ctx.article_date is not None and known > ctx.article_date) or \
                {fact.date.year, known.year} & named:
            continue
        if acts & {s for cue in other.cues for s in stems(cue)}:
            return other
    return None


def another_counterparty(fact: Fact, ctx: Context) -> str | None:
    """A party the claim names right after one of its figures ("a failed $97.4 billion bid
    to acquire OpenAI") that the fact's deal is not with: no party, mention or name of its
    statement, while the fact's own object goes unnamed. The figure is of a deal with that
    party, not of the one the store records (xAI's purchase of X)."""
    if fact.kind != "event" and fact.object is None:
        return None  # (a sum between two parties is a deal's too: SoftBank's in OpenAI's round)
    parties = {fact.subject, fact.object, *fact.mentions}
    claim = ctx.claim
    if fact.object is not None and claim.subject == fact.object != fact.subject:
        # "BlackRock's GIP is buying Aligned for $40 billion": the party the store's deal
        # was made with, now acting in a deal of its own with another
        others = [ctx.names(e)[0] for e in claim.named if e not in parties] + [
            n for n in claim.unknown_names if n not in fact.statement]
        if others:
            return others[0]
    text = ctx.claim.standalone
    afters = [text[q.span.end:q.span.end + _AFTER_FIGURE] for q in claim.quantities if q.span]
    if fact.object is not None and fact.object in claim.entities and any(
            n in after for after in afters for n in ctx.names(fact.object) if len(n) > 2) or \
            fact.object in claim.entities and fact.object not in claim.named:
        return None  # (the object named before the figure only, as a party of the claim's
        # own list, is no counterparty: "SoftBank, OpenAI and Oracle committed $100 billion
        # to Stargate" against SoftBank's investment in OpenAI)
    for after in afters:
        for party in ctx.claim.named:
            names = [n for n in ctx.names(party) if len(n) > 2]
            if party not in parties and any(n in after for n in names) and \
                    not any(n in fact.statement for n in names):
                return names[0]
    return None


_AFTER_FIGURE = 50  # "$97.4 billion bid to acquire OpenAI": the deal's words, then its party


def party_named(fact: Fact, other: Fact, claim: Claim) -> bool:
    """Is ``fact`` the deal with the party the claim names, ``other`` one with a party it
    does not ("committed $100 billion to OpenAI", against a stake in Nokia)?"""
    return bool(fact.object and other.object) and fact.subject == other.subject and \
        fact.object in claim.entities and other.object not in claim.entities


# Buying the company, not a part of it: "Meta acquired Scale AI for $14.3 billion" is no
# investment for a 49% stake between the same two.
_BOUGHT = lazy(r"\b(?:acquir\w*|acquisitions?|bought|buy(?:s|ing)?|purchas\w*|takeover|"
               r"t(?:ake|akes|aking|ook)\s+over)\b", re.IGNORECASE)
_PART_BOUGHT = lazy(r"\b(?:stakes?|shares?|stock|interest|holding|minority|percent|%)",
                    re.IGNORECASE)
_ONLY_SOUGHT = lazy(r"\s+(?:bids?|offers?|attempts?|proposals?|talks)\b", re.IGNORECASE)
# What a contract buys, not a company: "a deal to buy cloud computing capacity", "to
# purchase GPUs", "buying power from Brookfield".
_GOODS = lazy(r"\b(?:capacity|compute|computing|services?|chips?|GPUs?|processors?|"
              r"accelerators?|servers?|hardware|equipment|power|electricity|energy|products?|"
              r"software|licen[cs]es?|subscriptions?|data|supplies|memory)\b", re.IGNORECASE)
_PART_REACH = 4  # words after a purchase's verb that may say a part was bought


def _tells_purchase(fact: Fact) -> bool:
    """Does the fact tell a purchase of a whole: its measure ("acquisition of Mellanox"), or
    a verb of buying in its statement not of a part ("buying Intel common stock" is none)?"""
    if _BOUGHT.search(fact.measure):
        return True
    statement = fact.statement
    return any(_PART_BOUGHT.search(" ".join(statement[m.end():].split()[:_PART_REACH])) is None
               for m in _BOUGHT.finditer(statement))


def bought_whole(claim: Claim, fact: Fact) -> bool:
    """Does the claim tell the figure as the price of buying the other party (not goods a
    contract buys: "a deal to buy cloud computing capacity"), when the fact tells no
    purchase of a whole (an investment, a stake, shares bought)?"""
    text = claim.standalone
    told = any(not _ONLY_SOUGHT.match(text, m.end()) and
               _GOODS.search(" ".join(text[m.end():].split()[:_PART_REACH])) is None
               for m in _BOUGHT.finditer(text))
    return told and _PART_BOUGHT.search(text) is None and not _tells_purchase(fact)


# What a record says to tell a sum on top of another.
_FURTHER_TOLD = lazy(r"\b(?:more|further|additional|another|extra|follow-on|top-up|second|"
                     r"third|option)\b", re.IGNORECASE)


def first_as_further(claim: Claim, facts: Sequence[Fact], known: Sequence[Fact]) -> str | None:
    """The words that tell a figure of the claim as a further deal ("invested another $4
    billion") or one more of the subject's own ("raised another $6 billion", "a second $6
    billion round"), when every fact behind its support that gives that very sum as the
    claim's subject's own is the first the store records of its kind (a deal with the same
    party, or a figure of the same measure): a further one is then one the store does not
    record. None otherwise."""
    text = claim.standalone
    for q in claim.quantities:
        further = _FURTHER.search(text[:q.span.start]) if q.span is not None else None
        # the deals whose own sum this figure is: a neighbour's record tells no more
        own = [f for f in facts if f.subject == claim.subject and f.value and
               q.kind is f.value.kind and abs(q.value - f.value.value) <= 0.01 * abs(q.value)]
        if further is None or not own or any(_FURTHER_TOLD.search(
                f"{f.measure} {' '.join(f.cues)} {f.statement}") for f in own):
            continue  # (a record that tells a further sum itself: "an option to invest more")
        if further.group(1).lower() == "fresh" and not all(f.object for f in own):
            continue  # "raised a fresh $6 billion": new money, maybe its first round
        if all((f.date or f.as_of) is not None and not any(
                _same_kind(g, f) and
                (g.date or g.as_of or dt.date.max) < (f.date or f.as_of or dt.date.min)
                for g in known) for f in own):
            return further.group(1)
    return None


def _same_kind(one: Fact, other: Fact) -> bool:
    """Are the two facts records of one kind of deal: between the same two parties, or, of
    a subject's own (a round it raised), of the same measure?"""
    if other.object:
        return (one.subject, one.object) == (other.subject, other.object)
    return one.object is None and one.subject == other.subject and \
        one.measure == other.measure
