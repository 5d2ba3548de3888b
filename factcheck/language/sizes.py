"""A sum written before a name as its size: "the $500 billion Stargate venture".

Owns: finding the one sum of money in a clause that modifies a name ("the ambitious $400
billion Skyway venture", "a new $400 billion AI initiative called Skyway", or a description
the reader resolved to a name, "a $30 billion fund" for a fund named earlier), and making it
a part of its own (role ``SIZED``) about the thing named, so the rules can confirm the size
by a stored figure of that thing. Must not: judge or read the store; a sum joined to the name
by a verb or a preposition ("put $400 billion into Skyway", "a $400 billion stake in
Skyway") is a figure of the act, not a size, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Claim, Kind, Quantity
from .entities import Mention
from .quantities import find_quantities

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
_BETWEEN = re.compile(r"(?:[\s-]+(?!(?:for|in|of|to|into|from|with|by|on|at|off|onto|over|"
                      r"across|against|toward|towards|under|about|around|through|after|before|"
                      r"since|between|among|amid|via|like|that|which|who|"
                      r"is|was|are|were|has|had|have|needs?|and|or|than|as|a|an|the|per|each|"
                      r"[a-z]+ing|[a-z]+ed|" + _MEASURES + r")\b)"
                      r"(?:[a-z][\w-]*|[A-Z]{2,}[\w-]*)){0,3}?"
                      r"(?:\s+(?:called|named|dubbed|known\s+as))?\s+[\"“]?$")
_KINDS = frozenset({"project", "product", "organization"})
# After a name, the noun of a project's kind: "Stargate venture", "Skyway AI project". Its
# modifiers are common words: a capitalised one makes a longer name ("the $40 billion
# Stargate UAE project" is another project), unless it is the noun itself ("Project").
_KIND_NOUN = re.compile(r"\s+(?:(?!(?:for|in|of|to|with|by|on|at|and|or|the|a|an|contract|"
                        r"stake|deal|investment|commitment|order|loan|round)\b)"
                        r"(?:[a-z][\w-]*|AI)\s+){0,2}?(?:joint\s+)?(?i:venture|project|"
                        r"initiative|fund|partnership|consortium|programme|program|effort)"
                        r"(?![\w-])")
# An appositive that opens with its sum ("the $500 billion data-center venture"): a
# determiner, the sum, then up to three modifiers and the noun, no verb.
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,?\s*(?:the|a|an)\s+", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?:[\s-]+(?!(?:for|in|of|to|into|from|with|by|on|at|that|which|"
                         r"who|is|was|are|were|has|had|have|and|or|than|as|per|each|[a-z]+ing|[a-z]+ed)\b)"
                         r"[a-z][\w-]*){1,4}(?:[\s,;.]|$)")


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
    if sized is None and whole.role == "appositive" and whole.subject and \
            whole.subject_name and _APPOSED.fullmatch(text, named, span.start) and \
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
