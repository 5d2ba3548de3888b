"""Who did a directed act to whom: an acquisition, an investment, a lawsuit, a payment told
the other way round.

Why: the facts of a deal match a claim by its two parties, its figure and its year, all of
which a claim that swaps the buyer and the bought still has ("Mellanox acquired Nvidia in
2020", "Anthropic invested $4 billion in Amazon"). The party before the act's word is the
one who acts, the one after it the one acted on, unless "by" or "from" turns them round
("acquired by", "an investment from", "receives $20 billion from": a receipt names its payer
only so), as a sale does: the purchase told from the seller's side ("Initech was sold to
Acme"). When the claim and the fact's own statement both read
so, and the claim has the two the other way round, the fact does not confirm it.

Must not: decide a verdict (``rules`` makes the claim unverified with the reason), or read
a claim whose act has no party on one side (nothing to compare).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .parties import occurrences

Names = Callable[[str], tuple[str, ...]]

# Acts whose doer and receiver are two different parties, in verb and noun forms (not the
# doer's noun: "OpenAI investor Microsoft" has the receiver first).
_ACT = lazy(r"\b(?:(?P<purchase>acquir(?:e|es|ed|ing)|acquisitions?|buy|buys|buying|bought|"
            r"purchas(?:e|es|ed|ing)|took\s+over|takes?\s+over|taking\s+over|takeovers?)|"
            r"invest(?:s|ed|ing|ments?)?|sue|sues|sued|suing|lawsuits?|backs|backed|"
            r"funded|infus(?:e|es|ed|ing)|inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|"
            r"bet(?:s|ting)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|"
            r"pay|pays|paid|paying|payments?|"
            # a receipt names its payer only after "from" ("receives $20 billion from")
            r"(?P<receipt>receiv(?:e|es|ed|ing)|collect(?:s|ed|ing)?)|"
            r"(?P<sale>sell|sells|sold|selling))\b", re.IGNORECASE)
# What may stand between the doer and the act: "Amazon said it would invest", "AMD agreed
# to acquire", "completed its $6.9 billion acquisition" (a few words, no clause's end).
_DOER_GAP = lazy(r"\s+(?:[^\s,;:]*[^\s,;:.]\s+){0,10}")
# What may stand between the act and the receiver: nothing or a description ("acquired
# the server maker ZT Systems"), or words ending in the preposition that opens the
# receiver ("invested $4 billion in", "its acquisition of", "a lawsuit against").
_RECEIVER_GAP = lazy(r"\s+(?:(?:[^\s,;:]*[^\s,;:.]\s+){0,6}?"
                     r"(?:in|into|on|of|for|against|by|from)\s+(?:the\s+)?|(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+)"
                     r"{0,3})?)", re.IGNORECASE)
_SOLD = lazy(r"\b(?:sell|sells|sold|selling)\b", re.IGNORECASE)
# What may stand between a sale and its buyer: the thing sold ("sold its robotics unit to").
_SOLD_TO = lazy(r"\s+(?:[^\s,;:]*[^\s,;:.]\s+){0,6}?to\s+(?:the\s+)?", re.IGNORECASE)
# "by" or "from" before the receiver gives the doer: "acquired by", "an investment from".
_TURNED = lazy(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)


# Read once per text and pair (a check's ``names`` the same): a claim is asked about each fact
# of the same subject in turn (``doer_unrecorded``), and a statement for each claim.
@lru_cache(maxsize=4096)
def roles(text: str, pair: tuple[str, str], names: Names) -> tuple[str, str] | None:
    """(doer, receiver) of the first act in ``text`` that has one of the two ``pair``
    parties just before it and the other just after it; None when no act has."""
    found = _read(text, pair, names)
    return found[:2] if found else None


def _read(text: str, pair: tuple[str, str], names: Names) -> tuple[str, str, bool] | None:
    """``roles``, and whether the act is a sale."""
    named = occurrences(text, pair, names)
    if len({entity for _, _, entity in named}) < 2:
        return None
    for act in _ACT.finditer(text):
        before = [n for n in named if n[1] <= act.start()]
        after = [n for n in named if n[0] >= act.end()]
        if not before or not after or before[-1][2] == after[0][2]:
            continue
        doer, receiver = before[-1], after[0]
        gap = text[act.end():receiver[0]]
        if not _DOER_GAP.fullmatch(text[doer[1]:act.start()]) or \
                not (_RECEIVER_GAP.fullmatch(gap) or act.group("sale") and
                     _SOLD_TO.fullmatch(gap)):
            continue
        turned = _TURNED.search(gap)
        if turned and act.group("purchase") and turned.group(0).lower().startswith("from"):
            turned = None  # "bought the ports from Hutchison": the seller, not the doer
        if act.group("receipt") and not turned:
            continue  # "received Acme's offer": no payer told
        if act.group("sale") or turned:
            # a sale is the purchase told from the seller's side: "Initech was sold to
            # Acme" is Acme's act on Initech, and "Acme sold Initech" no act of Acme's on it
            doer, receiver = receiver, doer
        return doer[2], receiver[2], bool(act.group("sale"))
    return None


def turned_round(claim: Claim, facts: Sequence[Fact], names: Names) -> Fact | None:
    """The fact among ``facts`` whose two parties the claim names with the doer and the
    receiver of their act the other way round from the fact's own statement."""
    return next((fact for fact, _ in _turned(claim, facts, names)), None)


def _turned(claim: Claim, facts: Sequence[Fact], names: Names) -> Iterator[tuple[Fact, bool]]:
    """``turned_round``'s facts, each with whether the claim's act is a sale."""
    for fact in facts:
        if fact.object is None or fact.subject == fact.object or \
                not {fact.subject, fact.object} <= set(claim.entities):
            continue
        pair = (fact.subject, fact.object)
        told = roles(fact.statement, pair, names)
        said = _read(claim.standalone, pair, names) if told else None
        if told and said and said[:2] == told[::-1]:
            yield fact, said[2]


def doer_unrecorded(claim: Claim, fact: Fact, names: Names) -> bool:
    """Does the claim tell its subject acting on the fact's subject ("Nvidia invested $6.6
    billion in OpenAI") while the fact's statement never names the subject? A figure such
    a statement gives ("employees sold $6.6 billion of OpenAI stock") is then someone
    else's act, not the claim's."""
    doer = claim.subject
    if doer is None or doer in (fact.subject, fact.object) or doer in fact.mentions or \
            fact.subject not in claim.entities:
        return False
    if roles(claim.standalone, (doer, fact.subject), names) != (doer, fact.subject):
        return False
    return not occurrences(fact.statement, (doer,), names)


def sold_away(claim: Claim, facts: Sequence[Fact], names: Names) -> frozenset[str]:
    """The ids of the facts among ``facts`` whose deal the claim tells as a sale the other
    way round ("AMD sold ZT Systems' business to Sanmina" beside the record of AMD's purchase
    of ZT Systems): the claim's sale words reach a purchase the store records, which says
    nothing of it. Such a fact is no candidate (``turned_round`` finds the rest)."""
    if not _SOLD.search(claim.standalone):
        return frozenset()  # most claims tell no sale
    return frozenset(fact.id for fact, sale in _turned(claim, facts, names) if sale)
