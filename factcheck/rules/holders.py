"""The holders of a role a claim lists ("led by SoftBank and Oracle"), for REL-sole.

Why: a role may be held by a few together: a venture's lead partners, a round's co-leads. A
fact records one holder as its subject and the others in ``mentions``. A claim that lists
the holders after the role's cue ("is led by A and C") and puts another party in place of
one of them is wrong though it names a true holder too; one that lists them all, with more
("led by A, B and C"), or a holder alone, says nothing false of the role. A party of the
fact's ``mentions`` its statement does not name (a holder's chief executive) is no rival.
Must not: read a list that is not the role's own (", with C among its backers").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.lexicon import lazy, whole_words
from ..model import Claim, Fact
from .base import Context
from .stems import phrase_in, stems

# Where the list after a cue ends: a clause, a phrase of its own ("with", "which", "as").
_LIST_END = lazy(r"[;:.()\u2014]|,\s+(?!and\b)(?![A-Z])|\s+(?:with|while|which|who|as|"
                       r"to|in|on|for|at|from|after|since|plans?|is|are|was|were|has|have)\b")
# "A and B are the lead partners": the list before a noun cue and its verb.
_COPULA = lazy(r"\s+(?:are|were|remain|became)\s+(?:the\s+|its\s+|their\s+)?$",
                     re.IGNORECASE)
_JOINERS = lazy(r"\b(?:and|both|the)\b|&|,", re.IGNORECASE)


def _passive(cue: str) -> bool:
    return cue.lower().endswith(" by")


def listed(text: str, cue: str, names: dict[str, tuple[str, ...]]) -> set[str]:
    """The entities ``text`` lists right after a passive ``cue`` ("led by A and B") or as
    the subject of a noun cue ("A and B are the lead partners"), when the words there are
    nothing but their names joined by commas and "and"; else none."""
    found = whole_words(cue, re.IGNORECASE).search(text)
    if found is None:
        return set()
    if _passive(cue):
        span = _LIST_END.split(text[found.end():], maxsplit=1)[0]
    else:
        before = _COPULA.search(text[:found.start()])
        if before is None:
            return set()
        span = re.split(r"[;:.()\u2014]|,\s+(?![A-Z])", text[:before.start()])[-1]
    rest, out = span, set()
    for entity, aliases in names.items():
        for alias in sorted(aliases, key=len, reverse=True):
            hit = whole_words(alias).search(rest) if alias else None
            if hit is not None:
                out.add(entity)
                rest = rest[:hit.start()] + " " + rest[hit.end():]
                break
    return out if out and not _JOINERS.sub(" ", rest).strip() else set()


def co_holders(fact: Fact, ctx: Context) -> set[str]:
    """The role's holders: the fact's subject, and the parties of its ``mentions`` its
    statement names ("SoftBank and OpenAI are the lead partners"); a mention the statement
    leaves out (a holder's chief executive) is no holder, nor a rival either."""
    return {fact.subject} | {m for m in fact.mentions if any(
        whole_words(name).search(fact.statement) for name in ctx.names(m) if name)}


def rival_listed(fact: Fact, cue: str, ctx: Context) -> str | None:
    """A party the claim lists with the role's holders, in place of one of them ("led by
    SoftBank and Oracle" for SoftBank and OpenAI), or None."""
    claim = ctx.claim
    holders = co_holders(fact, ctx)
    names = {e: ctx.names(e) for e in claim.named if e != fact.object}
    given = listed(claim.standalone, cue, names)
    rivals = given - {fact.subject, *fact.mentions}
    if not rivals or not given & holders or not holders - given:
        return None
    return sorted(rivals)[0]


def added_holder(claim: Claim, facts: Sequence[Fact],
                 names: Callable[[str], tuple[str, ...]]) -> str | None:
    """A party the claim lists with every holder of a role, which the store does not record
    as one ("led by OpenAI, SoftBank and Oracle" for SoftBank and OpenAI): not false of the
    holders, but no record confirms it of the party added. ``facts``: every fact of the
    claim's names; a role's fact counts when its object is named."""
    words = stems(claim.standalone)
    for fact in facts:
        if not fact.sole or fact.object not in claim.entities:
            continue
        cue = next((c for c in fact.sole if phrase_in(c, words)), None)
        if cue is None:
            continue
        holders = {fact.subject} | {m for m in fact.mentions if any(
            whole_words(name).search(fact.statement) for name in names(m) if name)}
        given = listed(claim.standalone, cue, {e: names(e) for e in claim.named
                                               if e != fact.object})
        added = given - holders - set(fact.mentions)
        if added and holders <= given:
            return names(sorted(added)[0])[0]
    return None
