"""Whether a claim's figure is of a part of an event or of a whole the facts record otherwise.

Owns: the words that tell a figure as one portion of an event ("the first tranche", "an
installment", "its second investment", "in the first hour of trading") or as a whole made of
several ("in total", "cumulative", "so far", "over two days"), and finding when the facts
behind a support record the other: a round's whole size is no first tranche, a cumulative $8
billion no second investment, the one 2023 commitment no total to date, a one-day loss no
loss over two days; and a holding told as sold whole ("exited its stake") against the sale
of part of it. Why: the equal figure then measures another thing, and confirms nothing. A
fact that names the portion itself (its measure, cues or statement say "tranche",
"cumulative", ...) is of it. Must not: compare figures (``numeric``) or decide the verdict
(``rules`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact

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
              r"combined|altogether|all\s+told|in\s+all|to\s+date|so\s+far)\b", re.IGNORECASE)
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
# A stretch of several days, against a record of one day.
_DAYS = lazy(r"\b(?:over|in|across)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|"
             r"several|a\s+few|[2-9])\s+(?:trading\s+)?(?:days|sessions)\b", re.IGNORECASE)
_ONE_DAY = lazy(r"\b(?:one|single)-day\b|\bin\s+(?:a\s+single|one)\s+day\b", re.IGNORECASE)
REACH = 60  # characters either side of a figure that may tell what portion it is


def another_portion(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The words telling the claim's figure as a portion (or a whole) the facts behind its
    support do not record it as; None when a fact names the portion, or the claim tells
    none."""
    text = claim.standalone
    spans = [q.span for q in claim.quantities if q.span is not None]
    if not spans or not facts:
        return None
    # the facts that give the claim's figure, when some do: the others stand beside them
    facts = [f for f in facts if f.value is not None and any(
        f.value.kind is q.kind and abs(f.value.value - q.value) <= 0.01 * abs(q.value)
        for q in claim.quantities)] or list(facts)
    told = [f"{f.measure} {' '.join(f.cues)} {f.statement}" for f in facts]
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
