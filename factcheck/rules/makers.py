"""A product's maker named by apposition: "OpenAI, the creator of ChatGPT", "Anthropic, the
company behind the Claude models".

Why: an identity apposition says who makes a product; the store records that as the
product's launch or release by its maker (an event whose subject is the maker and whose
object is the product), a fact that never uses the maker nouns. Such a fact answers to them
only in a claim that says what its subject is and gives no figure or date: "ChatGPT maker
OpenAI raised $6.6 billion in October 2024" tells of a round, and the launch's date is no
date of it. Must not: decide a verdict, or name a maker the store does not record as the
product's launcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..language.lexicon import lazy
from ..model import Claim, Fact

# "is the creator of", "is a developer of", "is the company behind": what the subject is.
_MAKER = lazy(r"\b(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>maker|creator|"
              r"developer|(?:company|firm|startup|lab)\s+behind)\b", re.IGNORECASE)
# The measures of a product's first coming out.
_LAUNCH = lazy(r"(?:launch|release|introduction|debut|unveiling)\b", re.IGNORECASE)


def maker_facts(claim: Claim, facts: Iterable[Fact]) -> list[tuple[Fact, str]]:
    """The launches of a product the claim names by the claim's subject, each with the
    maker noun the claim uses, when the claim says its subject is the product's maker."""
    if claim.subject is None or claim.quantities or claim.years or claim.dates or \
            claim.negated:
        return []
    found = _MAKER.search(claim.standalone)
    if found is None:
        return []
    return [(f, found.group("noun")) for f in facts if f.kind == "event" and
            f.subject == claim.subject and f.object in claim.entities and
            f.object != claim.subject and _LAUNCH.match(f.measure)]
