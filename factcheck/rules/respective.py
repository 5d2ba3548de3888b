"""REL-swap: two parties given each other's part.

Why: a fact may give two of its parties one part each in one statement ("SoftBank with
financial and OpenAI with operational responsibility", "Acme builds the chips and Bolt the
racks"). "SoftBank carries operational responsibility and OpenAI financial responsibility"
names both parties and both parts, each with the other's party: wrong for both. The parts
are the words that set apart cues of the fact with one head ("financial responsibility",
"operational responsibility": its curated words for parts of one thing); each name holds
the words that follow it up to the next name or the clause's end, and a part held by one
party only, in the statement and in the claim, is that party's. The claim is contradicted
when two parts change places between the same two parties and no part agrees with the
record. Words of other kinds move between names with the wording ("co-founded OpenAI with
Altman ... the two served as co-chairs"), and a part given to both, or one party given
both, says nothing of who has which. Must not: read a name the store does not know, or a
part no cue of the fact names.

The same reading lets one party told with its own part ("SoftBank has financial
responsibility for Stargate") meet the record of the joint thing's parties as a candidate
(``own_part``), and keeps out a party told with another's part.
"""

from __future__ import annotations

from functools import lru_cache

from ..language.lexicon import lazy
from ..model import Claim, Fact, Status
from .base import Context, Finding
from .parties import Names, fact_parties, occurrences
from .stems import content_stems, phrase_in, stems

CODE = "REL"
_CLAUSE_END = lazy(r"[;.:]\s|[;.:]$")


def parts_held(text: str, parties: tuple[str, ...], names: Names,
               words: frozenset[str]) -> dict[str, str]:
    """Each of ``words`` that the text's names of ``parties`` hold alone: the word, and the
    party whose name it follows before the next name or the clause's end."""
    found = occurrences(text, parties, names)
    held: dict[str, set[str]] = {}
    for at, (_, end, party) in enumerate(found):
        stop = found[at + 1][0] if at + 1 < len(found) else len(text)
        clause = _CLAUSE_END.search(text, end, stop)
        for word in stems(text[end:clause.start() if clause else stop]):
            if word in words:
                held.setdefault(word, set()).add(party)
    return {word: next(iter(holders)) for word, holders in held.items() if len(holders) == 1}


@lru_cache(maxsize=4096)
def _alternatives(cues: tuple[str, ...]) -> frozenset[str]:
    """The first words of cues that share the rest of their words with another cue of
    another first word ("financial" and "operational" of "... responsibility")."""
    firsts: dict[tuple[str, ...], set[str]] = {}
    for cue in cues:
        words = content_stems(cue)
        if len(words) >= 2:
            firsts.setdefault(words[1:], set()).add(words[0])
    return frozenset(w for group in firsts.values() if len(group) >= 2 for w in group)


def swapped(claim: Claim, fact: Fact, names: Names) -> tuple[str, str] | None:
    """The two parties the claim gives each other's part of ``fact``, or None."""
    words = _alternatives(fact.cues)  # (most facts have no parts: asked first, once each)
    if len(words) < 2 or len(words.intersection(stems(claim.standalone))) < 2:
        return None  # (two parts must move: the claim must hold two)
    parties = tuple(e for e in dict.fromkeys(claim.named) if e in fact_parties(fact))
    if len(parties) < 2:
        return None
    told = parts_held(fact.statement, parties, names, words)
    said = parts_held(claim.standalone, parties, names, words)
    shared = [w for w in said if w in told]
    moved = [w for w in shared if said[w] != told[w]]
    if len(moved) < 2 or len(moved) != len(shared):
        return None
    givers, takers = {told[w] for w in moved}, {said[w] for w in moved}
    if len(givers) != 2 or givers != takers:
        return None
    first, second = sorted(givers)
    return first, second


def own_part(claim: Claim, fact: Fact, names: Names) -> bool:
    """Does a claim that lists no one tell its subject's own part of a relation the store
    records of a joint thing the claim names ("SoftBank has financial responsibility for
    Stargate" beside "..., SoftBank with financial and OpenAI with operational
    responsibility")? Each word of the claim's cues that sets one of the fact's parts apart
    ("financial") must be held in the statement by the name that holds it in the claim (the
    subject's, where the claim names no other), as ``parts_held`` reads both, and the
    subject must hold one. Other words decide nothing: "responsibility" is also OpenAI's,
    and a word after a name is not the name's otherwise ("Acme uses Bolt's chips to train"
    is Acme's training). A claim with a figure gives a figure of its own subject, which a
    record of the thing's parties does not hold."""
    if claim.subject is None or fact.kind != "relation" or claim.quantities or \
            claim.subject == fact.subject or claim.subject not in fact.mentions or \
            fact.subject not in {*claim.entities, *claim.context}:
        return False
    parts = _alternatives(fact.cues)  # (most facts have no parts: asked first)
    if not parts:
        return False
    words = stems(claim.standalone)
    used = parts.intersection(w for cue in fact.cues if phrase_in(cue, words)
                              for w in content_stems(cue))
    if not used:
        return False
    parties = fact_parties(fact)
    told = parts_held(fact.statement, parties, names, used)
    said = parts_held(claim.standalone, parties, names, used)
    return any(said.get(w, claim.subject) == claim.subject for w in told) and \
        all(told[w] == said.get(w, claim.subject) for w in told)


def check(ctx: Context) -> Finding | None:
    """REL-swap: two parties of a fact given each other's part."""
    claim = ctx.claim
    if claim.negated or len(set(claim.named)) < 2:
        return None
    for fact in ctx.subject_facts:
        if fact.kind not in ("relation", "event"):
            continue
        pair = swapped(claim, fact, ctx.names)
        if pair:
            one, other = (ctx.names(p)[0] for p in pair)
            return Finding(Status.CONTRADICTED, f"the claim gives {one} and {other} each "
                           f"other's part; the store records: {fact.statement}", (fact,),
                           rule=CODE, strength=0.7)
    return None
