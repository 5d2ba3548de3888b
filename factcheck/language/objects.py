"""The object a claim gives its verb of investing, backing, buying or announcing.

Owns: reading whether a claim says in what its subject invests, bets or holds a stake
("invested in its own data centres", "is heavily invested in AI", "a stake in Zeta", "its
Zeta shares"), or that it buys or announces a thing the clause introduces ("agreed to
acquire a data firm", "launched a new system"). A claim that gives its own object leaves no
counterparty implicit: the company an article named a sentence before is not what it
invested in, nor the product it named what a new launch is. Must not: read the store or
decide what the object is (a name the store knows is found by the reading of names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set

from ..model import Entity

_OWN = re.compile(r"\b(?:its|their|his|her)\s+own\b", re.IGNORECASE)
# "invested in AI", "bets heavily on chips", "a stake in Zeta": the word after the preposition
# begins the object, unless it is a determiner or pronoun ("in the company", "in it") that
# points back to one named before.
_GIVEN = re.compile(r"\b(?:invest\w*|stakes?|bets?|betting)\s+(?:(?:\w+ly|big|hard|early|"
                    r"again)\s+)?(?:in|into|on)\s+(?!(?:the|a|an|its|their|his|her|it|them|"
                    r"this|that|these|those|some|more|further|another)\b)"
                    r"(?P<object>[A-Za-z][\w.&-]*)", re.IGNORECASE)


# "agreed to acquire a private-markets data firm", "bought another chip designer", "to pay
# $3 billion for a London data company": a thing bought that the clause introduces, not the
# company named before ("a stake in" is read above, by its own object; "agreed to buy a year
# ago" gives a time, not an object).
_BOUGHT_NEW = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy|buys|buying|bought|"
                         r"purchas(?:e|es|ed|ing)|take\s+over|takes\s+over|took\s+over|(?:acquisition|purchase|"
                         r"takeover)\s+of|(?:pay|pays|paid|paying)\s+[^,;]{0,30}?\s+for)\s+(?:a|an|"
                         r"another)\s+(?!(?:[\w-]+\s+){0,2}(?:stake|majority|minority|share|"
                         r"shares|portion|piece|part|deal|transaction|price|premium|total|"
                         r"year|years|month|months|week|weeks|day|days|decade|quarter|few|"
                         r"couple|time)\b)"
                         r"(?P<object>[A-Za-z][\w-]*)")
# "announced a series of new partnerships", "launched a new system", "unveiled new products",
# "introduced two more chips": a new thing the clause introduces to its verb of announcing,
# not the product the story named before ("announced the chip", "launched its processor",
# "unveiled it" point back; "announced a week ago" gives a time).
_INTRODUCED = re.compile(r"\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|"
                         r"introduc(?:e|es|ed|ing)|debut(?:s|ed|ing)?|rolled\s+out|"
                         r"roll(?:s|ing)?\s+out)\s+(?:(?:a|an|another)\s+(?:(?:series|"
                         r"range|number|host|slew|raft|set|pair|couple)\s+of\s+)?|"
                         r"(?:two|three|four|five|several|more|new|fresh)\s+)"
                         # (not a time, nor one deal whose other party the story named
                         # before: "announced a multiyear, multibillion-dollar investment";
                         # "a series of new partnerships" are not that one)
                         r"(?!(?:[\w$.,-]+\s+){0,3}?(?:(?:year|month|week|day|decade|quarter|"
                         r"time)s?|statement|plan|deal|agreement|investment|commitment|stake|"
                         r"partnership|contract|round|bid|offer|loan|pledge|funding|tie-up|"
                         r"collaboration|alliance|joint\s+venture)\b)"
                         r"(?P<object>[A-Za-z][\w-]*)", re.IGNORECASE)
# "sold part of its T-Mobile stake", "their Arm shares": a name before the holding noun names
# what is held.
_NAMED_HOLDING = re.compile(r"\b(?:its|their|his|her)\s+(?P<object>[A-Z][\w.&-]*(?:\s+[A-Z]"
                            r"[\w.&-]*)?)\s+(?:stake|shares|holdings?|position)\b")


def gives_object(text: str, subject_name: str | None = None) -> bool:
    """Does ``text`` give the object its subject invests in, one of the subject's own or a
    word of its own? The subject's own name there is a description read back to it ("a
    stake in the company" after a name), which gives none."""
    if _OWN.search(text):
        return True
    own = (subject_name or "").split()[:1]
    return any(not own or m.group("object").lower() != own[0].lower()
               for pattern in (_GIVEN, _NAMED_HOLDING, _BOUGHT_NEW, _INTRODUCED)
               for m in pattern.finditer(text))


def without_wider(implicit: Set[str], named: Iterable[str], entities: Mapping[str, Entity],
                  subject: str | None) -> set[str]:
    """``implicit`` (the entities a claim leaves unsaid) without those whose name a thing the
    claim names itself, not as its subject, begins with ("Stargate" when it names "Stargate
    UAE", "Gemini" for "Gemini 3"): the claim gives its own, narrower object, and the wider
    one is no counterparty it leaves implicit ("OpenAI announced Stargate UAE" is not the
    launch of Stargate)."""
    own = [entities[e].name for e in named if e != subject and e in entities]
    return {e for e in implicit if e not in entities or not any(
        n.startswith(entities[e].name + " ") for n in own)}
