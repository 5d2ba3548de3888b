"""A sum or a measure written before a name as its size: "the $500 billion Stargate
venture", "the 48-mile canal".

Owns: finding the one sum of money in a clause that modifies a name ("the ambitious $400
billion Skyway venture", "a new $400 billion AI initiative called Skyway", or a description
the reader resolved to a name, "a $30 billion fund" for a fund named earlier, or a copula that
says what a venture is, "Skyway is a $400 billion programme"), and making it
a part of its own (role ``SIZED``) about the thing named, so the rules can confirm the size
by a stored figure of that thing. Must not: judge or read the store; a sum joined to the name
by a verb or a preposition ("put $400 billion into Skyway", "a $400 billion stake in
Skyway") is a figure of the act, not a size, and is left alone. A length, area or weight
joined to its unit by a hyphen before a noun ("the 48-mile canal", "Webb's 21-foot mirror")
is the size of the named thing, or of the part of it the noun names (role ``MEASURED``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Claim, Kind, Quantity
from .entities import Mention
from .lexicon import lazy
from .quantities import find_quantities
from .units import UNITS, unit_of

MEASURED = "measured"  # the role of a part giving a measure written before a noun
SIZED = "sized"  # the role of a part that gives the size of the thing a sum modifies
# The role of a size told of a venture, fund or project by the noun that names its kind ("a
# $900 billion venture backed by A and B", "the $500 billion Stargate project"): the sum is
# surely the thing's size, so a size the store records otherwise refutes it.
FIRM_SIZE = "firm-size"
# A noun that says what a sum measures makes it that measure's, not a size: "the $150
# billion valuation OpenAI achieved", "a $2 billion investment Google made".
_MEASURES = (r"valuation|valuations|revenue|revenues|sales|profit|profits|loss|losses|"
             r"investment|investments|stake|round|deal|offer|bid|funding|price|cost|budget|"
             r"value|pay|package|fine|settlement|loan|debt|grant|contract|order|charge")
# Between the sum and the name: up to three modifiers ("AI", "joint", "data-center"), then
# perhaps a word that names ("called", "dubbed"); never a verb, a preposition or a clause.
_BETWEEN = lazy(r"(?:[\s-]+(?!(?:for|in|of|to|into|from|with|by|on|at|off|onto|over|"
                r"across|against|toward|towards|under|about|around|through|after|before|"
                r"since|between|among|amid|via|like|that|which|who|if|unless|when|while|because|"
                r"is|was|are|were|has|had|have|needs?|and|or|than|as|a|an|the|per|each|"
                r"[a-z]+ing|[a-z]+ed|" + _MEASURES + r")\b)"
                r"(?:[a-z][\w-]*|[A-Z]{2,}[\w-]*)){0,3}?"
                r"(?:\s+(?:called|named|dubbed|known\s+as))?\s+[\"“]?$")
_KINDS = frozenset({"project", "product", "organization"})
# After a name, the noun of a project's kind: "Stargate venture", "Skyway AI project". Its
# modifiers are common words: a capitalised one makes a longer name ("the $40 billion
# Stargate UAE project" is another project), unless it is the noun itself ("Project").
_KIND_NOUN = lazy(r"\s+(?:(?!(?:for|in|of|to|with|by|on|at|and|or|the|a|an|contract|"
                  r"stake|deal|investment|commitment|order|loan|round)\b)"
                  r"(?:[a-z][\w-]*|AI)\s+){0,2}?(?:joint\s+)?(?i:venture|project|"
                  r"initiative|fund|partnership|consortium|programme|program|effort)"
                  r"(?![\w-])")
# An appositive that opens with its sum ("the $500 billion data-center venture", "a $500
# billion AI venture"): a determiner, the sum, then up to three modifiers (common words or
# capitals, as "AI") and the noun, no verb.
_DETERMINER = lazy(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*(?:,|—|–|--?)?\s*(?:the|a|an)\s+", re.IGNORECASE)
# A copula that says what a venture is, opening with its sum: "Skyway is a $400 billion
# programme" tells the size as "Skyway, a $400 billion programme" does.
_COPULA = re.compile(r"\s+(?:is|was|remains)\s+(?:the|a|an)\s+", re.IGNORECASE)
_NOUN_AFTER = lazy(r"(?:[\s-]+(?!(?:for|in|of|to|into|from|with|by|on|at|that|which|"
                   r"who|is|was|are|were|has|had|have|and|or|than|as|per|each|[a-z]+ing|[a-z]+ed)\b)"
                   r"(?:[a-z][\w-]*|[A-Z]{2,}[\w-]*)){1,4}(?:[\s,;.]|$)")


def sized_part(text: str, whole: Claim, mentions: list[Mention],
               read: Callable[[str], Claim]) -> Claim | None:
    """The part giving the size of the thing the clause's one sum modifies, or None.
    ``text`` is the clause, ``mentions`` its names (offsets in ``text``); ``read`` reads
    the clause said as given."""
    if len(whole.quantities) != 1 or whole.quantities[0].kind is not Kind.MONEY or \
            whole.negated:
        return None  # most clauses: nothing more to read
    money = [q for q in find_quantities(text) if q.kind is Kind.MONEY and q.span is not None]
    if len(money) != 1:
        return None
    span = money[0].span
    assert span is not None
    sized = None
    for m in mentions:
        if m.kind not in _KINDS:
            continue
        if m.described and m.start <= span.start and span.end <= m.end:
            sized = m  # "a $30 billion fund" read as the fund it points back to
        elif m.start >= span.end and _BETWEEN.fullmatch(text[span.end:m.start]):
            sized = m
        if sized:
            break
    named = next((m.end for m in mentions if m.entity == whole.subject and
                  m.end <= span.start), 0)
    if sized is None and whole.subject and whole.subject_name and (
            whole.role == "appositive" and _APPOSED.fullmatch(text, named, span.start) or
            _COPULA.fullmatch(text, named, span.start) and any(
                m.entity == whole.subject and m.kind == "project" for m in mentions)) and \
            _NOUN_AFTER.match(text, span.end):
        # "Stargate, the $500 billion data-center venture led by ...": the size of the
        # name the appositive describes
        sized = Mention(0, 0, whole.subject, "project", whole.subject_name)
    if sized is None:
        return None
    part = read(f"{sized.name}: {text[span.start:span.end]}")
    if len(part.quantities) != 1:
        return None
    # a description is found by the noun the store records for the thing; a name needs its
    # kind's noun before or after it ("a $10 billion initiative called Skyway", "the $10
    # billion Skyway venture"; "the $10 billion Skyway contract" is a contract's sum)
    # (a description found by its noun alone may point at another fund: it only confirms)
    firm = sized.kind == "project" and not sized.by_noun and (sized.described or bool(
        _KIND_NOUN.match(text, sized.end) or _KIND_NOUN.search(text, span.end, sized.start)))
    # the claim shows what it checks: the sized phrase, not the clause around it ("the $500
    # billion Stargate project", whatever the clause says of the project)
    if sized.end > sized.start:
        start, end = min(span.start, sized.start), max(span.end, sized.end)
        kind = _KIND_NOUN.match(text, end)
        end = kind.end() if kind else end
    else:
        after = _NOUN_AFTER.match(text, span.end)
        start, end = span.start, after.end() if after else span.end
    determiner = _DETERMINER.search(text, 0, start)
    phrase = text[determiner.start() if determiner else start:end].strip(" ,;.")
    return replace(part, text=phrase, role=FIRM_SIZE if firm else SIZED, subject=sized.entity,
                   subject_name=sized.name,
                   entities=(sized.entity,), named=(sized.entity,), unknown_names=(),
                   years=(), dates=(), fiscal_years=(), incidental=(), owners=(), acts_for=(),
                   context=(), belongings=(), possessor=None)


def sized_elsewhere(q: Quantity, claim: Claim) -> bool:
    """Is the figure the size of a thing another part of the claim gives it ("joined a $30
    billion fund")?"""
    return any(p.role in (SIZED, FIRM_SIZE) and p.quantities and
               (p.quantities[0].kind, p.quantities[0].value, p.quantities[0].unit) ==
               (q.kind, q.value, q.unit) for p in claim.parts)


# "48-mile", "21-foot", "500-hectare": a number joined to its unit by a hyphen, a modifier
_MEASURE_WORD = lazy(r"(?<![\w.,$€£¥-])\d[\d,]*(?:\.\d+)?-(?P<unit>[a-z]+)(?=\s)")
# Before a measure that sizes a part of a thing: its owner ("Webb's", "its")
_OWNER = lazy(r"(?:['’]s?)?\s+$")
_ITS = lazy(r"(?i)\b(?:its|their)\s+$")


def measured_part(text: str, whole: Claim, mentions: list[Mention],
                  read: Callable[[str], Claim]) -> Claim | None:
    """The part giving the size of the thing a hyphenated measure modifies ("the 48-mile
    canal": the canal's; "Webb's 21-foot mirror": Webb's, the mirror's), or None. The part's
    figure keeps the noun after its unit, which says what of the thing it measures."""
    if whole.negated or "-" not in text:
        return None  # most clauses: no measure written as a modifier
    for q in find_quantities(text):
        if q.kind is not Kind.COUNT or q.span is None or unit_of(q) is None:
            continue
        found = _MEASURE_WORD.search(text, q.span.start, q.span.end)
        if found is None or found.group("unit") not in UNITS:
            continue
        thing = _measured_thing(text, found.start(), found.end(), whole, mentions)
        if thing is None:
            continue
        part = read(f"{thing.name}: {text[found.start():q.span.end]}")
        if len(part.quantities) != 1 or unit_of(part.quantities[0]) is None:
            continue
        return replace(part, role=MEASURED, subject=thing.entity, subject_name=thing.name,
                       entities=(thing.entity,), named=(thing.entity,), unknown_names=(),
                       years=(), dates=(), fiscal_years=(), incidental=(), owners=(),
                       acts_for=(), context=(), belongings=(), possessor=None)
    return None


def _measured_thing(text: str, start: int, end: int, whole: Claim,
                    mentions: list[Mention]) -> Mention | None:
    """What the measure between ``start`` and ``end`` sizes: the name it stands before ("the
    48-mile Panama Canal"), else the owner of the noun it stands before ("Webb's 21-foot
    mirror", "its 21-foot mirror" for the name the sentence gave last, else the subject).
    ``mentions`` may hold names of the sentence before the clause (offsets below 0)."""
    for m in mentions:
        if m.kind != "person" and m.start >= end and _BETWEEN.fullmatch(text[end:m.start]):
            return m
    if not re.match(r"\s+[a-z]", text[end:]):
        return None  # no noun after it: nothing said of what it measures
    before = [m for m in mentions if m.end <= start and m.kind != "person"]
    owner = before[-1] if before else None
    if owner is not None and owner.end >= 0 and _OWNER.fullmatch(text[owner.end:start]):
        return owner
    if _ITS.search(text[:start]):
        if owner is not None:
            return owner
        if whole.subject and whole.subject_name:
            return Mention(0, 0, whole.subject, "thing", whole.subject_name)
    return None
