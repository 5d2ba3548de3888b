"""Whether a claim credits one party alone with a whole the facts record of several.

Owns: finding when the fact behind a support gives a sum several parties made together (a
round's size, with its investors among the parties it mentions) and the claim gives that
sum as one of them's own: "OpenAI raised $6.6 billion from Thrive Capital", "Nvidia
invested $6.6 billion in OpenAI", against a $6.6 billion round of eight investors. Why: the
figure and the names are all in the fact, so every word of the claim is covered, yet the
claim says the one party paid it all, which the fact does not say. A party the claim tells
as one of several ("from investors including ...", "among the backers", "in a round led
by ..."), a figure told as the whole's size ("joined the $6.6 billion round"), and a party
some fact of the support records as a side of the deal itself (the round's lead, an
investor's own stake) are not so credited. Must not: compare figures (``numeric``) or
decide the verdict (``rules`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind

Names = Callable[[str], tuple[str, ...]]

MIN_PARTIES = 2  # parties a fact must mention to record a sum of several
# A claim that tells its party as one of several, or the sum as a whole it took part in.
_SEVERAL = lazy(r"\b(?:among|including|include|includes|alongside|along\s+with|together\s+"
                r"with|as\s+well\s+as|also|others?|other\s+investors|investors|backers|"
                r"participat\w*|took\s+part|take\s+part|joined|join|joins|(?:co-)?led\s+by|"
                r"(?:co-)?lead|(?:co-)?leads|syndicate|consortium|group\s+of)\b", re.IGNORECASE)
# What a party gives a sum by, when it is the clause's subject: "Nvidia invested $6.6 billion".
_GIVES = lazy(r"\b(?:invest\w*|put|puts|putting|pour\w*|plow\w*|plough\w*|inject\w*|"
              r"commit\w*|contribut\w*|provid\w*|pledg\w*|gave|give|gives|giving|fund\w*|"
              r"back\w*|bankroll\w*|pump\w*|sunk|sank|sink\w*)\b", re.IGNORECASE)
# The sum told as the size of the whole: "the $6.6 billion round", "a $6.6 billion raise".
_WHOLE_AFTER = lazy(r"^\s*(?:funding\s+|financing\s+|investment\s+|equity\s+)?(?:round|raise|"
                    r"fundraise|fundraising|financing|funding\s+round|deal|tranche|pool)\b",
                    re.IGNORECASE)
_FROM = r"\bfrom\s+(?:the\s+)?"
GIVING_REACH = 40  # characters between a giver's name and its sum


def credited_alone(claim: Claim, facts: Sequence[Fact], names: Names) -> str | None:
    """The name of the one party the claim gives a whole's sum as its own, when the facts
    behind the support record that sum as made by several (the parties they mention) and
    record no side of it for that party; None otherwise."""
    text = claim.standalone
    money = [q for q in claim.quantities if q.kind is Kind.MONEY and q.span is not None]
    if not money or _SEVERAL.search(text):
        return None
    # a side of the deal itself (the round's lead) is no mere contributor; one whose own
    # share the facts give as another sum is (NVIDIA's $100 million of the $6.6 billion)
    sides = {e for f in facts for e in (f.subject, f.object) if e and not (
        f.value is not None and f.value.kind is Kind.MONEY and
        all(abs(q.value - f.value.value) > 0.01 * abs(f.value.value) for q in money))}
    for fact in facts:
        if len(fact.mentions) < MIN_PARTIES or fact.value is None or \
                fact.value.kind is not Kind.MONEY:
            continue
        named = [e for e in claim.entities if e in fact.mentions and e not in sides]
        if len(named) != 1 or len(set(claim.entities) & set(fact.mentions)) != 1:
            continue  # a party of the fact's own, or a list the claim gives of several
        for q in money:
            if abs(q.value - fact.value.value) > 0.01 * abs(fact.value.value) or \
                    q.span is None or _WHOLE_AFTER.match(text[q.span.end:]):
                continue
            name = _giver(text, q.span.start, q.span.end, names(named[0]),
                          named[0] == claim.subject)
            if name:
                return name
    return None


def _giver(text: str, start: int, end: int, aliases: tuple[str, ...],
           is_subject: bool) -> str | None:
    """The alias the claim names as the giver of the sum at ``start``-``end``: after "from"
    past the sum ("raised $6.6 billion from Thrive"), or as the subject whose giving verb
    stands just before it ("Nvidia invested $6.6 billion")."""
    for alias in aliases:
        quoted = re.escape(alias)
        if re.search(rf"{_FROM}{quoted}\b", text[end:], re.IGNORECASE):
            return alias
        if is_subject:
            at = re.search(rf"\b{quoted}\b", text[:start], re.IGNORECASE)
            if at and len(text[at.end():start]) <= GIVING_REACH and \
                    _GIVES.search(text[at.end():start]):
                return alias
    return None
