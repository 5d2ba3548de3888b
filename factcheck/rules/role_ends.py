"""A person's standing role told without the organisation it is held at, for REL.

Why: a role fact ties a person to an organisation ("Jane Roe is Volta Grid's chief
executive"); a claim that names the person and the title but not the organisation may give
the title to someone else ("Roe named a new CEO for the unit").
Must not: pass over a title told as the organisation's ("the company's CEO", "its founder"),
nor a relation between organisations whose other party the claim leaves implied.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language.lexicon import lazy, whole_words
from ..model import Claim
from .matching import Candidate

# An organisation's title told with a pointer to it: "the company's chief executive", "its
# founder and CEO" (a word or three between).
_WHOSE_TITLE = lazy(r"(?:\bits|\b(?:the|this|that)\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)
# What stands between a person's name and a title told of them: an apposition or a copula
# ("Jane Roe, founder and CEO", "Jane Roe is the chief executive"), no verb of her own.
_OWN_TITLE = lazy(r"^(?:,|\s+(?:is|was|has\s+been|remains|became))\s+(?:also\s+)?"
                        r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}$", re.IGNORECASE)


def one_end(candidate: Candidate, claim: Claim, named: set[str],
            names: Callable[[str], tuple[str, ...]]) -> bool:
    """Does the claim give a person's standing title to someone else, somewhere it does not
    say? "Jane Roe named a new CEO for the unit" (only a person who acts for one: "Thrive
    Capital led it" leaves the round implied; "the company's CEO", "Jane Roe, founder and
    CEO" and "Jane Roe is the chief executive" tell her own title)."""
    fact = candidate.fact
    if not (fact.kind == "relation" and fact.date is None and fact.object and claim.acts_for
            and fact.subject == claim.subject and fact.object not in named
            and fact.object not in claim.context):
        return False
    text = claim.standalone
    cues = list(whole_words(candidate.cue, re.IGNORECASE).finditer(text))
    if any(_WHOSE_TITLE.search(text[:m.start()]) for m in cues):
        return False
    return not any(_OWN_TITLE.match(text[n.end():m.start()]) for name in names(fact.subject)
                   if name for n in whole_words(name).finditer(text) for m in cues
                   if m.start() >= n.end())
