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

from ..language.lexicon import lazy, may_hold, runtime_pattern
from ..language.scope import main_verb_at
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


# A party told as a deal's lead: "in a round led by Thrive Capital", "a Thrive-led round",
# "Thrive Capital led the round" (a company "led by" its chief is no deal's lead).
_DEAL = r"(?:round|funding|financing|raise|fundraise|fundraising|consortium|syndicate|deal|" \
    r"investment|offering|tranche|bid)"
_LED_BY = rf"\b{_DEAL}s?,?\s+(?:(?:was|is|were)\s+)?(?:co-)?led\s+by\s+(?:the\s+)?"
_LED = r"(?:['’]s)?(?:-led|\s+(?:co-)?led(?!\s+by))\s+(?:[\w$.,'’-]+\s+){0,5}?" + _DEAL
_LEAD_WORD = lazy(r"\b(?:lead|leads|led|leading|leader)\b", re.IGNORECASE)
_ANY_LEAD = lazy(r"\b(?:co-)?led\s+by\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)")
SAME_EVENT_DAYS = 7  # a lead recorded apart is of the same round when made public that week


def lead_unvouched(claim: Claim, facts: Sequence[Fact], known: Sequence[Fact],
                   names: Names) -> str | None:
    """The name of a party the claim tells as the lead of the deal its facts record, when
    a record of that deal tells another lead and none tells this one: neither a fact behind
    the support (its statement "led by" it) nor a lead fact of the same week about the
    claim's parties. A round's investor the record merely mentions led nothing; nor did the
    lead of another round. None otherwise (a lead no record tells is left to the names'
    coverage)."""
    text = claim.standalone
    if not _LEAD_WORD.search(text):
        return None  # most claims tell no lead
    # the deal is the one whose sum the support checked, when it checked one
    deals = [f for f in facts if f.value is not None and f.value.kind is Kind.MONEY] or facts
    moments = [m for f in deals for m in (f.date, f.as_of, f.published) if m]

    def then(fact: Fact) -> bool:
        return not moments or any(abs((m - d).days) <= SAME_EVENT_DAYS for m in moments
                                  for d in (fact.date, fact.as_of, fact.published) if d)

    near = [f for f in (*facts, *known) if then(f)]
    leads = [f for f in near if f.object in claim.entities and
             _LEAD_WORD.search(f"{f.measure} {' '.join(f.cues)}")]
    for entity in claim.entities:
        aliases = [a for a in names(entity) if len(a) > 1]
        told = next((a for a in aliases if _says_led(text, [a])), None)
        if told is None or any(f.subject == entity for f in leads) or \
                any(_says_led(f.statement, aliases) for f in near):
            continue
        others = [f.subject for f in leads if f.subject != entity] + [
            m.group(1) for f in near for m in _ANY_LEAD.finditer(f.statement)]
        if others:
            return told
    return None


def _says_led(statement: str, aliases: Sequence[str]) -> bool:
    """Does a text tell one of ``aliases`` as a deal's lead ("a round led by Thrive
    Capital", "a Thrive-led round", "Thrive Capital led the round")?"""
    return any(runtime_pattern(rf"{_LED_BY}{re.escape(a)}\b|\b{re.escape(a)}{_LED}\b",
                               re.IGNORECASE).search(statement)
               for a in aliases if may_hold(statement, a))  # (no pattern for the others)


def object_by_mention(claim: Claim, facts: Sequence[Fact], names: Names) -> frozenset[str]:
    """The one party the claim names besides its subject, when a relation behind its
    support only mentions it and relates its subject to an object the claim does not name:
    the claim then tells the relation with the party it names ("Bayo Ogunlesi founded
    BlackRock" against his leading GIP, a record that mentions BlackRock), which the record
    does not say. The party must stand after the clause's verb, in the object's place."""
    sides = {e for f in facts for e in (f.subject, f.object) if e}
    others = [e for e in dict.fromkeys(claim.named) if e != claim.subject]
    if len(others) != 1 or others[0] in sides or others[0] in claim.belongings or \
            others[0] in claim.incidental or not any(
                f.object and f.object not in claim.named and f.kind == "relation" and
                others[0] in f.mentions for f in facts):
        return frozenset()  # (a thing the subject owns, "its Azure cloud", is its own)
    verb = main_verb_at(claim.standalone)
    if verb < 0 or not any(re.search(rf"\b{re.escape(n)}\b", claim.standalone[verb:])
                           for n in names(others[0]) if len(n) > 1):
        return frozenset()  # named with the subject ("Acme and Bolt are ..."): a list
    return frozenset(others)
