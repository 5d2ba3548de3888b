"""Whose figure it is: a party named in the possessive beside a figure.

Owns: reading the owner a claim gives a figure ("surpassing Microsoft's $3.32 trillion
valuation": Microsoft's, not the subject's; "Thrive led OpenAI's $6.6 billion round": the
round's size, not Thrive's investment). Must not: compare figures (``numeric``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..language.lexicon import lazy
from ..language.places import is_place
from ..model import Claim, Fact, Quantity
from .base import Context
from .event_dates import deal_stages
from .parties import Names, fact_parties, occurrences
from .speech import reports_speech, speakers

# A capitalised name of up to four words ("OpenAI", "Global Infrastructure Partners").
_NAME = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
# A name in the possessive right before a figure: "OpenAI's $6.6 billion funding round".
# The name valued at the figure after it: "when OpenAI was valued at", "valuing OpenAI at",
# "the deal values OpenAI at".
_VALUED_BEFORE = re.compile(rf"(?:(?P<name>{_NAME})\s+(?:was|is|"
                            r"were|are|had been|has been|being)\s+valued|valu(?:ing|es|ed)\s+"
                            rf"(?P<valued>{_NAME}))\s+at\s+"
                            r"(?:(?:about|roughly|nearly|some|almost|around|more than|over)\s+)?$")
_OWNER_BEFORE = re.compile(rf"(?P<name>{_NAME})['’]s\s+"
                           r"(?:(?:about|roughly|nearly|some|almost|around)\s+)?$")

# The same with words describing what it owns between: "OpenAI's massive 23-gigawatt
# roadmap" is OpenAI's, whatever deal of another party the gigawatts recall.
_OWNER_DESCRIBED = re.compile(rf"(?P<name>{_NAME})['’]s\s+"
                              r"(?:(?!(?:with|of|for|in|at|to|by|from|and|as|on|than|"
                              r"worth|valued)\b)[a-z][\w-]*\s+){0,2}$")
# A name a relative clause holding the figure tells of: "surpassing SpaceX, which was
# recently valued at $456 billion".
_WHICH_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s+(?:which|who)"
                           r"\s+[^,;()]{0,80}$")


def owned_by_another(q: Quantity, claim: Claim, fact: Fact,
                     names: Callable[[str], tuple[str, ...]]) -> str | None:
    """Whose figure it is when a name other than the fact's subject owns it ("Thrive led
    OpenAI's $6.6 billion round": the round's size, not Thrive's investment), a relative
    clause after another name gives it ("surpassing SpaceX, which was valued at ..."), or
    its own noun is of another party than the fact's ("a $9 billion sale of Globex
    shares" against a sale of Acme shares)."""
    if q.span is None:
        return None
    text = claim.standalone
    owner = _OWNER_DESCRIBED.search(text, max(0, q.span.start - 60), q.span.start) or \
        _WHICH_BEFORE.search(text, max(0, q.span.start - 120), q.span.start)
    if owner is None or owner.group("name") in names(fact.subject):
        return _put_in(q, text, fact, names) or _of_another(q, claim, fact, names)
    return f"the figure is {owner.group('name')}'s, not {names(fact.subject)[0]}'s"


# A party named right after the figure's own noun: "a $9 billion sale of Globex shares", "its
# $4 billion stake in Initech".
_OF_NAME = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,2}}(?:of|in)\s+(?P<name>{_NAME})")


def _of_another(q: Quantity, claim: Claim, fact: Fact,
                names: Callable[[str], tuple[str, ...]]) -> str | None:
    """Why a figure may differ from the fact's: its own noun is of a party the claim names
    (one the store does not know, or another of its entities) that is not the fact's."""
    m = _OF_NAME.match(claim.standalone, q.span.end) if q.span else None
    if m is None:
        return None
    name = m.group("name")
    parties = {n for e in (fact.subject, fact.object) if e for n in names(e)}
    others = [n for e in claim.entities if e not in (fact.subject, fact.object)
              for n in names(e)]
    if any(name.startswith(n) for n in parties) or not (
            any(u in name for u in claim.unknown_names if not is_place(u)) or
            any(name.startswith(n) for n in others)):
        return None
    return f"the figure is of {name}, not of {names(fact.object or fact.subject)[0]}"


# A sum given to a party by others: "Backers put $500 million into Acme", "investors poured
# about $2 billion into Acme's round". What some gave is a part of the whole they gave to.
_PUT_IN = re.compile(r"\b(?:put|puts|putting|poured|pours|pouring|pumped|pumps|pumping|"
                     r"injected|injects|injecting|plowed|ploughed|sank|sunk|contributed|"
                     r"contributes|contributing|invested|invests|investing)\s+"
                     r"(?:(?:about|around|roughly|nearly|almost|some|over|another|"
                     r"an\s+additional|a\s+further|more\s+than|up\s+to)\s+)?$")
_INTO = lazy(rf"\s+(?:into|in)\s+(?P<name>{_NAME})")


def _put_in(q: Quantity, text: str, fact: Fact,
            names: Callable[[str], tuple[str, ...]]) -> str | None:
    """Why a figure may differ from the fact's: others than its subject put it into the
    subject ("Backers put $500 million into Acme"), the subject named only after it."""
    given = _PUT_IN.search(text, max(0, q.span.start - 40), q.span.start) if q.span else None
    into = _INTO.match(text, q.span.end) if given and q.span else None
    own = names(fact.subject)
    if given is None or into is None or into.group("name") not in own or \
            any(n in text[:given.start()] for n in own):
        return None
    return f"the figure is what others put into {own[0]}, a part of it"


# A name in the possessive right after a figure, of which it is a part: "erased $489
# billion of Nvidia's market value", "wiped $100 billion off Acme's value".
_OWNER_AFTER = re.compile(rf"\s+(?:of|off|from)\s+(?P<name>{_NAME})"
                          r"['’]s\s")


def figure_owner(q: Quantity, ctx: Context) -> str | None:
    """The named party a figure is given as belonging to, in the possessive right before it
    ("surpassing Microsoft's $3.32 trillion valuation": Microsoft), as the one valued at it
    ("when OpenAI was valued at $157 billion", "valuing OpenAI at") or right after it
    ("erased $489 billion of Nvidia's market value": Nvidia), or None."""
    if q.span is None:
        return None
    text = ctx.claim.standalone
    m = _OWNER_BEFORE.search(text, max(0, q.span.start - 60), q.span.start) or \
        _VALUED_BEFORE.search(text, max(0, q.span.start - 80), q.span.start)
    return _entity(m.group("name") or m.group("valued"), ctx) if m else owner_after(q, ctx)


def owner_after(q: Quantity, ctx: Context) -> str | None:
    """The named party a figure is said to be a part of, right after it ("erased $489
    billion of Nvidia's market value": Nvidia): its facts give the figure's measure, whoever
    the sentence's subject is."""
    m = _OWNER_AFTER.match(ctx.claim.standalone, q.span.end) if q.span else None
    return _entity(m.group("name"), ctx) if m else None


def figure_party(q: Quantity, ctx: Context) -> str | None:
    """The named party whose facts give a figure's measure besides the claim's subject: the
    one it is a part of (``owner_after``), the one a verb values at it, the buyer of the
    subject in a deal the figure prices (``buyer_of_priced``), or the party a speaker's
    recorded words give it to (``told_by_speaker``)."""
    return owner_after(q, ctx) or valued_by_verb(q, ctx) or buyer_of_priced(q, ctx) or \
        told_by_speaker(q, ctx)


def told_by_speaker(q: Quantity, ctx: Context) -> str | None:
    """The party whose figure the claim's subject gives, when the claim has its subject say
    it ("Musk put the value before the money came in at $20 billion"), names no one else,
    and the store records the subject saying a figure of that one party ("Musk said xAI's
    pre-money valuation was $18 billion"): the speaker is the source, the figure that
    party's."""
    claim = ctx.claim
    subject = claim.subject
    if q.span is None or subject is None or set(claim.named) - {subject} or \
            subject not in speakers(claim, ctx.names):
        return None
    said = {c.fact.subject for c in ctx.candidates if c.fact.subject != subject and
            c.fact.value is not None and reports_speech(c.fact, (subject,), ctx.names)}
    return said.pop() if len(said) == 1 else None


# A figure told as a deal's price: "a transaction valued at $16 billion", "a deal worth
# $16 billion", "for $16 billion", "in a $16 billion takeover".
_PRICED_BEFORE = re.compile(r"\b(?:(?:transaction|deal|acquisition|takeover|purchase|buyout|"
                            r"merger|sale)\s+(?:valued\s+at|worth|priced\s+at)|for)\s+"
                            r"(?:(?:about|approximately|roughly|nearly|some|almost|around)"
                            r"\s+)?$", re.IGNORECASE)
_PRICED_AFTER = re.compile(r"\s+(?:(?:all-)?(?:cash|stock|share)\s+)?(?:deal|transaction|"
                           r"acquisition|takeover|purchase|buyout)\b", re.IGNORECASE)


def buyer_of_priced(q: Quantity, ctx: Context) -> str | None:
    """The named buyer of the claim's subject when the figure is the price of a deal
    ("Acme, which became part of Globex last year following a transaction valued at $16
    billion": Globex): the store records the price as the buyer's acquisition, and a
    company changes hands once, so told from the side bought it is the same price."""
    if q.span is None or ctx.claim.subject is None:
        return None
    text = ctx.claim.standalone
    if not (_PRICED_BEFORE.search(text, max(0, q.span.start - 60), q.span.start) or
            _PRICED_AFTER.match(text, q.span.end)):
        return None
    buyers = {f.subject for f in ctx.subject_facts if f.object == ctx.claim.subject and
              f.subject in ctx.claim.named and deal_stages(f, ctx.subject_facts)}
    return buyers.pop() if len(buyers) == 1 else None


def valued_by_verb(q: Quantity, ctx: Context) -> str | None:
    """The company a verb values at the figure ("the deal values OpenAI at $135 billion":
    OpenAI's valuation, whoever made the deal; no stake in it)."""
    m = _VALUED_BEFORE.search(ctx.claim.standalone, max(0, q.span.start - 80),
                              q.span.start) if q.span else None
    return _entity(m.group("valued"), ctx) if m and m.group("valued") else None


def _entity(name: str, ctx: Context) -> str | None:
    owner = name.lower()
    return next((e for e in ctx.claim.entities
                 if any(owner == n.lower() for n in ctx.names(e))), None)


# The noun of what a figure prices, after the name of the thing it is of: "a $30 billion
# Stargate deal", "its $13 billion OpenAI investment" (one modifier may come between).
_PRICED = lazy(r"\s+(?:[A-Za-z][\w-]*\s+)?(?i:deal|contract|investment|stake|purchase|"
                     r"acquisition|takeover|buyout|project|venture|initiative|order|agreement|"
                     r"partnership|round|bid|offer|commitment|programme|program)\b")


def priced_thing(q: Quantity, ctx: Context) -> str | None:
    """The named thing right after a figure that prices a deal of it ("a $30 billion
    Stargate deal": Stargate), or None."""
    if q.span is None:
        return None
    return _priced_at(ctx.claim.standalone, q.span.end, ctx.claim.named, ctx.names)


@lru_cache(maxsize=1024)  # asked again for every fact a figure is compared with
def _priced_at(text: str, at: int, named: tuple[str, ...], names: Names) -> str | None:
    for start, end, entity in occurrences(text, named, names):
        if start >= at:
            if text[at:start].strip():
                return None  # the name right after the figure, or none
            return entity if _PRICED.match(text, end) else None
    return None


def priced_elsewhere(fact: Fact, q: Quantity, ctx: Context) -> bool:
    """Does the figure price a deal of a named thing the fact does not record as one of its
    parties ("on a $30 billion Stargate deal" beside SoftBank's $30 billion in OpenAI)?"""
    thing = priced_thing(q, ctx)
    return thing is not None and thing not in fact_parties(fact)


def another_party_s(fact: Fact, q: Quantity, ctx: Context) -> bool:
    """Is ``q`` given as the figure of another named party than the fact's subject? Then
    it is not the fact's value, however close ("Microsoft's $3.32 trillion" is no figure of
    NVIDIA's). So is a figure of a deal of a named thing the fact does not record as one of
    its parties ("OpenAI partners with Oracle and SoftBank on a $30 billion Stargate deal"
    beside SoftBank's $30 billion in OpenAI's round)."""
    if priced_elsewhere(fact, q, ctx):
        return True
    owner = figure_owner(q, ctx)
    if owner is None and q.span is not None:
        # a name the verb values at the figure that the store does not know in the claim
        # ("the deal values X at $33 billion", X not read as a name): not the subject's
        valued = _VALUED_BEFORE.search(ctx.claim.standalone, max(0, q.span.start - 80),
                                       q.span.start)
        name = (valued.group("valued") or "") if valued else ""
        known = {n.lower() for e in (*ctx.claim.subjects, fact.subject) for n in ctx.names(e)}
        return bool(name) and name.lower() not in known
    return owner is not None and owner != fact.subject
