"""Whether a claim's figure is of a part of an event or of a whole the facts record otherwise.

Owns: the words that tell a figure as one portion of an event ("the first tranche", "an
installment", "its second investment", "in the first hour of trading") or as a whole made of
several ("in total", "cumulative", "so far", "over two days", one sum told of several
parties: "$30 billion in OpenAI and Stargate"; one kind of money against a record of two:
"$10 billion in debt" of $10 billion of debt and equity; a half or a full year against a
quarter's record), and finding when the facts behind a support record the other: a round's
whole size is no first tranche, a cumulative $8 billion no second investment, the one 2023
commitment no total to date, a one-day loss no loss over two days; and a holding told as
sold whole ("exited its stake") against the sale of part of it. Why: the equal figure then
measures another thing, and confirms nothing. A fact that names the portion itself (its
measure, cues or statement say "tranche", "cumulative", ...) is of it. Must not: compare
figures (``numeric``) or decide the verdict (``rules`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .base import gives_figure

# A portion of an event: a payment of several, a numbered instance of a series, a stretch of
# a trading day.
_PART = lazy(r"\b(?:tranches?|installments?|instalments?|(?:second|third|fourth|fifth|latest|"
             r"newest|most\s+recent)\s+(?:investment|infusion|injection|tranche|check|cheque|"
             r"commitment)|(?-i:Series\s+[A-H])|first\s+(?:hour|hours|minutes)\s+of\s+trading|"
             r"intraday|in\s+early\s+trading|immediately|at\s+once|up\s*front|right\s+away)\b",
             re.IGNORECASE)
# What a record says to tell the first portion at once.
_AT_ONCE = frozenset({"immediate", "initial", "up ?front", "at once", "right away"})
# A whole made of several: a total, a sum to date.
_WHOLE = lazy(r"\b(?:in\s+total|totals?|totaled|totalled|totaling|totalling|cumulative|"
              r"combined|altogether|all\s+told|in\s+all|to\s+date|so\s+far|"
              # a running total: "has now invested", "now has put in"
              r"(?:has|have)\s+now|now\s+(?:has|have))\b", re.IGNORECASE)
# The total of one deal: its whole price, no sum of several ("the total amount of this
# transaction", "the deal's total value", "a total transaction value of").
_ONE_DEAL = r"(?:deal|transaction|acquisition|purchase|takeover|merger|sale|buyout|offer|bid)"
_DEAL_TOTAL = lazy(rf"\btotal\s+(?:amount|value|price|cost|consideration|worth|size)\s+of\s+"
                   rf"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_DEAL}\b(?!s)|"
                   rf"\b{_ONE_DEAL}(?:'s|’s)?\s+total\s+(?:amount|value|price|cost|"
                   rf"consideration|worth)\b|\btotal\s+{_ONE_DEAL}\s+(?:value|price|amount)\b",
                   re.IGNORECASE)
_WHOLE_FACT = lazy(r"\b(?:total|totals|cumulative|combined|altogether|in\s+all|to\s+date|so\s+"
                   r"far|overall|all\s+told|brings?|bringing|brought)\b", re.IGNORECASE)
_ORDINALS = frozenset("second third fourth fifth latest newest most".split())
# What a record says to tell one instance after another.
_LATER = frozenset("second third fourth fifth latest newest further additional another "
                   "new follow-on".split())
_ADDED = lazy(r"\b(?:additional|further|another|extra|more|new)\b", re.IGNORECASE)
# A period longer than a quarter, against a quarter's record.
_LONGER = lazy(r"\b(?:(?:first|second)\s+half|half[- ]year|six\s+months|nine\s+months|"
               r"full[- ]year|for\s+the\s+(?:full\s+)?year)\b", re.IGNORECASE)
_QUARTERLY = lazy(r"\bquarter(?:ly)?\b", re.IGNORECASE)
# A stretch of several days, against a record of one day.
_DAYS = lazy(r"\b(?:over|in|across)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|"
             r"several|a\s+few|[2-9])\s+(?:trading\s+)?(?:days|sessions)\b", re.IGNORECASE)
_ONE_DAY = lazy(r"\b(?:one|single)-day\b|\bin\s+(?:a\s+single|one)\s+day\b", re.IGNORECASE)
REACH = 60  # characters either side of a figure that may tell what portion it is
# A figure told as what a holding is worth ("its stake in OpenAI is valued at $135
# billion"): the holder's part of a company, not the company's value or a deal's size.
_STAKE_VALUE = lazy(r"\b(?:stake|holdings?|shareholding|equity\s+interest)\b(?:\s+[\w%-]+){0,6}?"
                    r"\s+(?:(?:is|was|are|were|now|currently|being|been|has\s+been)\s+)*"
                    r"(?:valued\s+at|worth)\b", re.IGNORECASE)
_HOLDING = lazy(r"\b(?:stake|holdings?|shareholding|equity)\b", re.IGNORECASE)
# One sum told of several parties: "invested $30 billion in OpenAI and Stargate", "committed
# $5 billion to A, B and C" (right after the figure).
_WORD_OF_NAME = r"(?:[A-Z]|[a-z]+[A-Z])[\w.&'’-]*"  # "OpenAI", "xAI"
_NAME = rf"{_WORD_OF_NAME}(?:\s+{_WORD_OF_NAME})*"
_SHARED = lazy(rf"^\s*(?:[a-z]+\s+){{0,2}}(?:in|into|to|on)\s+(?:the\s+)?{_NAME}(?:,\s+{_NAME})*,?"
               rf"\s+(?:and|&)\s+{_NAME}")


# A sum of two kinds of money together: "debt and equity raised", "cash and stock". (Not
# two sides of one event: "volume shipments and revenue" has one figure, the revenue.)
_KINDS = r"debt|equity|cash|stock|shares|loans?|bonds?|grants?|credit|notes"
_PAIR = lazy(rf"\b({_KINDS})\s+(?:and|&)\s+({_KINDS})\b", re.IGNORECASE)
NEAR = 25  # characters after a figure (and half that before) that say what it is of


def _one_member(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The word naming one of the two things a fact's measure joins ("debt and equity
    raised"), when the claim gives it, and not the other, right beside a figure that every
    fact behind the support giving it gives for the two together ("raised $10 billion in
    debt")."""
    text = claim.standalone
    for q in claim.quantities:
        giving = [f for f in facts if gives_figure(f, claim, q)]
        pairs = [_PAIR.search(f.measure) for f in giving]
        if q.span is None or not giving or not all(pairs):
            continue
        beside = text[max(0, q.span.start - NEAR // 2):q.span.end + NEAR].lower()
        for pair in pairs:
            assert pair is not None
            one, other = (re.search(rf"\b{w.lower()}", beside) for w in pair.groups())
            found = one or other
            if found is not None and not (one and other):
                return found.group(0)
    return None


def another_portion(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The words telling the claim's figure as a portion (or a whole) the facts behind its
    support do not record it as; None when a fact names the portion, or the claim tells
    none."""
    text = claim.standalone
    spans = [q.span for q in claim.quantities if q.span is not None]
    if not spans or not facts:
        return None
    # the facts that give the claim's figure, when some do: the others stand beside them
    facts = [f for f in facts if gives_figure(f, claim)] or list(facts)
    told = [f"{f.measure} {' '.join(f.cues)} {f.statement}" for f in facts]
    shared = next((m for s in spans if (m := _SHARED.search(text[s.end:]))), None)
    if shared and not any(set(claim.named) - {claim.subject} <= {f.subject, f.object,
                                                                 *f.mentions} for f in facts):
        return shared.group(0).strip()  # "$30 billion in OpenAI and Stargate": one to OpenAI
    span = _LONGER.search(text)
    if span and all(_QUARTERLY.search(f.measure) and not _LONGER.search(f.statement)
                    for f in facts):
        return span.group(0)  # "$102.3 billion in the first half": a quarter's revenue
    member = _one_member(claim, facts)
    if member:
        return member  # "$10 billion in debt" against the record of debt and equity together
    stake = _STAKE_VALUE.search(text)
    if stake and not any(_HOLDING.search(f.measure) for f in facts) and any(
            abs(s.start - stake.end()) <= REACH for s in spans):
        return stake.group(0)  # "its stake is valued at $300 billion" against a valuation
    days = _DAYS.search(text)
    if days and all(_ONE_DAY.search(t) for t in told):
        return days.group(0)  # "lost $589 billion over two days" against a one-day loss
    # the portion told nearest a figure is the one the figure is of ("its second commitment
    # brought the total to $8 billion": the total)
    found = [(min(abs(m.start() - s.start) for s in spans), kind, m)
             for kind, pattern in (("part", _PART), ("whole", _WHOLE))
             for m in pattern.finditer(text)]
    one_deal = [d.span() for d in _DEAL_TOTAL.finditer(text)]
    found = [f for f in found if f[0] <= REACH and not any(
        start <= f[2].start() < end for start, end in one_deal)]
    if not found:
        return None
    _, kind, m = min(found, key=lambda x: x[0])
    if kind == "whole" and "now" in m.group(0).lower() and _ADDED.search(text):
        return None  # "has now pledged an additional $4 billion": an addition, no total
    if kind == "part":
        words = m.group(0).lower().split()
        said = _LATER if words[0] in _ORDINALS else _AT_ONCE if words[0] in (
            "immediately", "at", "up", "upfront", "right") else frozenset({
            r"series\s+" + words[1]}) if words[0] == "series" else frozenset({
            "hour" if "hour" in words else "minute" if "minutes" in words else
            words[-1].rstrip("s")})
        if not any(re.search(rf"\b(?:{'|'.join(said)})", t, re.IGNORECASE) for t in told) or \
                all(_WHOLE_FACT.search(f.measure) for f in facts):
            return m.group(0)  # "a second investment" against a cumulative sum
    elif all((f.kind == "event" or not f.single_value) and not _WHOLE_FACT.search(t)
             for f, t in zip(facts, told, strict=True)):
        return m.group(0)  # "totals $4 billion" against one commitment of several
    return None


# A holding told as sold whole ("exited its stake", "sold its entire stake", "sold out of"),
# and the words a record tells the sale of a part in ("sold part of its stake").
_SOLD_WHOLE = lazy(r"\b(?:exit(?:s|ed|ing)?|sold\s+out|sells?\s+out|selling\s+out|"
                   r"cash(?:ed|es)?\s+out|divest(?:s|ed|ing)?\s+(?:all|the\s+whole|the\s+entire|"
                   r"its\s+(?:whole|entire))|(?:sold|sells?|selling|dumped|unloaded)\s+(?:all\s+"
                   r"(?:of\s+)?|the\s+whole\s+|the\s+entire\s+|its\s+(?:whole|entire|full)\s+))",
                   re.IGNORECASE)
_SOLD_PART = lazy(r"\b(?:part|some|a\s+portion|a\s+fraction|a\s+slice)\s+of\s+(?:its|their|his|"
                  r"her|the)\b", re.IGNORECASE)
_SOLD_ALL = lazy(r"\b(?:entire|whole|all\s+of\s+its|exit(?:s|ed)?|sold\s+out)\b", re.IGNORECASE)


def whole_of_a_part(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The words that tell a holding sold whole ("exited its stake in T-Mobile"), when the
    facts behind the support record the sale of part of it ("sold part of its stake") and
    never of the whole; None otherwise."""
    whole = _SOLD_WHOLE.search(claim.standalone)
    if whole is None or not facts:
        return None
    told = [f"{f.statement} {f.note or ''}" for f in facts]
    if not any(_SOLD_PART.search(t) for t in told) or any(_SOLD_ALL.search(t) for t in told):
        return None
    return whole.group(0).lower()
