"""The shape of a definite description in a sentence, by its words alone.

Owns: the determiner and modifiers a description opens with ("the", "this", a sum, "the
Microsoft-backed"), a headline's description with no article, and the words after its noun
that make it no reference back: a compound's head ("the GPU market"), words that say which
one it is ("the partnership between ..."), a name of its own right after it ("the AI company
G42"), the names inside it that its noun is of ("the Grok AI chatbot": ``heads_of``), and
whether these words say it names no one (``names_no_one``). Must not: know
entities or choose a referent (``discourse.py`` does, with these).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import lazy
from .markers import PREDICATIVE
from .referents import defines_term
from .unnamed import MODIFIER


@dataclass(frozen=True, slots=True)
class Description:
    """A definite description in a sentence and the entity it refers to."""

    start: int
    end: int
    entity: str
    possessive: bool  # "the company's": the name takes "'s" in the standalone form
    by_noun: bool = False  # resolved by its noun and the discourse alone, no partner named


# Nouns that head a compound after a descriptor noun: "the GPU market" is a market, "the
# chip business" a business, "the cloud computing hype" a hype and "the cloud gross margin"
# a margin, not a GPU, a chip or a cloud product.
COMPOUND = re.compile(r"\s+(?:market|markets|business|businesses|industry|sector|segment|"
                       r"space|revenue|sales|shipments|supply|demand|prices?|stocks?|shares?|"
                       r"race|war|boom|shortage|division|unit|lineup|family|roadmap|"
                       r"ecosystem|deals?|customers|rivals|capacity|output|production|"
                       r"exports?|spending|strategy|plants?|factory|factories|fabs?|"
                       r"clusters?|servers?|makers?|designers?|buyers?|suppliers?|boards?|arms?|"
                       r"status|structure|world|era|field|computing|gross|margins?|"
                       r"profits?|financing|funding)\b")

# "the cloud" as the place software runs, after a preposition of place ("runs in the
# cloud", "moved to the cloud"): the computing everyone rents, not a product whose name ends
# in "Cloud".
_PLACE = lazy(r"(?:\b(?:in|into|to|from|on|onto|via|through)\s+)$")
_PLACE_NOUN = lazy(r"[Tt]he\s+cloud")

# Words after a description that say which one it is, of its own: "the partnership between
# Acme and Globex", "the alliance among three firms" is theirs, not a venture named before.
DEFINED = re.compile(r"\s+(?:between|among|amongst)\b")

# A sum may open the modifiers: "the $30 billion fund", "this $500 billion venture", "the
# 100,000-GPU supercomputer" carry the size of what they name (``sizes.py`` reads it).
_SIZE = (r"(?:[$€£]\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|bln|mn|mln|tn|trn)|[mbtMBT]"
         r"\b)?|\d[\d,]*-[A-Za-z]+)\s+")  # "$10.5tn", "$30bn", "$5B" as "$30 billion"
# The determiner is "the" or "this", not "that" ("said that his company"); written letter
# first, "\b(?:[Tt]he|[Tt]his)" as "[Tt](?<!\w[Tt])h(?:e|is)": the engine
# looks for a pattern that opens with a class of letters only where one of them is; one
# that opens with "\b" it tries at every position of the 60 characters before each noun)
LEAD = re.compile(rf"[Tt](?<!\w[Tt])h(?:e|is)\s+(?P<size>{_SIZE})?(?P<mod>{MODIFIER})$")
# A headline's description from its first word, with no article: "Volta-Backed Startup".
HEADLINE_LEAD = lazy(rf"(?P<size>)(?P<mod>{MODIFIER})$")
# only a comma between, after a short form in brackets if any ("Globex Holdings (GX), the"),
# and perhaps a word of time ("Microsoft, now the second most valuable company,")
COMMA_ONLY = lazy(r"\)?(?:\s*\([^()]{1,12}\))?\s*,\s*(?:(?:now|currently|still|once|formerly|"
                  r"also)\s+)?")
# A name right after a description's noun: its own ("the AI company G42"), not a weekday,
# a month or a word that opens a clause.
NAME_AFTER = lazy(r"[ \t]+(?!(?:On|In|At|For|And|But|Or|The|This|That|It|Its|Mr|Ms|Dr|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                   r"February|March|April|May|June|July|August|September|October|November|"
                   r"December)\b)(?![A-Z]{1,3}\b)[A-Z][\w&.-]*[A-Za-z0-9]")


def names_no_one(sentence: str, named: Sequence[tuple[int, int, str]], start: int, end: int,
                 possessive: bool, headline: bool) -> bool:
    """Do the words around a description from ``start`` to ``end`` say it refers back to no
    one named before: an appositive of a name, a description of the name after it, what a
    predicate says something is, a compound's first word, or words that say which one it is."""
    if any(COMMA_ONLY.fullmatch(sentence[e_end:start]) for _, e_end, _ in named):
        return True  # "GIP, the infrastructure investor": an appositive of the name
    if any(s >= end and not sentence[end:s].strip() for s, _, _ in named) or \
            not (headline or possessive) and NAME_AFTER.match(sentence, end):
        return True  # "the Israeli company Mellanox": a description of the name after it,
        # known or not ("the AI company G42" is G42, never a company named before)
    if _FIGURE_IN.search(sentence, max(0, start - 30), start) and \
            _LINE_NOUN.search(sentence, start, end):
        return True  # "$37 billion in this business": the line the figure is of
    if PREDICATIVE.search(sentence, 0, start) and not possessive:
        return True  # "became the first asset manager": says what it is, names no one
    if not possessive and COMPOUND.match(sentence, end):
        return True  # "the data-center GPU market" is a market, not a GPU
    if not possessive and _PLACE_NOUN.fullmatch(sentence, start, end) and \
            _PLACE.search(sentence, max(0, start - 12), start):
        return True  # "in the cloud" is where software runs, no product
    # "the partnership between Acme and Globex": its own words say which; "the gross
    # domestic product (GDP)" defines a term
    return DEFINED.match(sentence, end) is not None or defines_term(sentence, start, end)


# A figure's line after it: "$37 billion in this business", "20% of sales from the unit".
_FIGURE_IN = lazy(r"(?:\d|billion|million|trillion|dollars|euros|percent|%)\s+(?:in|from)\s+$",
                  re.IGNORECASE)
_LINE_NOUN = lazy(r"\b(?:business|market|segment|division|unit|sector|industry)\s*$",
                  re.IGNORECASE)


# What may stand between a name and its noun and still leave the noun the name's: "the Grok
# AI chatbot", "the Gemini flagship model" (not "the ChatGPT parent company").
_GENERIC = lazy(r"\s*(?:(?:AI|A\.I\.|generative|popular|flagship|viral|new|latest|"
                r"artificial\s+intelligence)\s+)*")


def heads_of(sentence: str, named: Sequence[tuple[int, int, str]], start: int,
             noun_at: int) -> list[str]:
    """The names inside a description that its noun is of ("the xAI company", "the Grok AI
    chatbot"): right before the noun, or with only generic words between."""
    return [e for s, e_end, e in named if start <= s < noun_at and
            (e_end >= noun_at or _GENERIC.fullmatch(sentence, e_end, noun_at))]
