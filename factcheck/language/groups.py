"""What a clause's subject leaves for a leading pronoun next: the names it gives together,
which a plural "They" points back to, and a thing it only describes, which an "It" does.

Owns: finding the list of names a clause's subject is ("Acme, Globex and Initech set up a
venture"; "Jane Doe and John Roe of Acme won"), and writing them as one phrase for the
standalone form of the clause after it ("They share the prize" -> "Jane Doe and John Roe
share the prize"). A name the list merely owns ("Acme and Globex's venture") or names in
other places of the clause ("Acme sued Globex and Initech") make no group. A subject the
clause describes without a store name ("The deal closed in April", "Researchers can now
...") is told apart, so that "It was worth $7 billion" or "They received ..." next is not
read as a company's or a product's. Must not: resolve
pronouns (``subjects.py`` asks the discourse, which keeps the last clause's group) or read
the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Mention
from .gates import gated
from .lexicon import lazy

Group = tuple[tuple[str, str], ...]  # (entity id, or "" for a name the store lacks; name)

# What a group subject's verb may start with: a lower-case word ("set", "are", "won"), not
# an owner's ending or a comma that opens an aside.
_VERB_NEXT = lazy(r"\s+(?:also\s+|jointly\s+|together\s+)?[a-z]")
# A subject a clause describes and does not name: "The deal closed", "This round drew" (not
# "This marks", "That is": a pronoun; nor "This year, ...": a time).
_DESCRIBED = gated(re.compile(r"\s*(?:[Tt]he|This|That)\s+(?!(?:is|was|marks|means|comes|came|has|"
                              r"had|will|would|could|may|might|year|month|week|quarter|day|time|"
                              r"morning|evening|weekend|summer|spring|autumn|fall|winter)\b)[a-z]"))
# A plural common noun as the subject, before its verb: "Researchers can now", "Some
# analysts expect", "Investors sold" (not a name: a capital only where it opens the sentence).
_PLURAL = re.compile(r"\s*(?:(?:Many|Some|Most|Other|Several|All|Few|Both|many|some|most|"
                     r"other|several|all|few|both)\s+)?(?:[a-z][a-z-]+\s+)?[A-Za-z][a-z]+"
                     r"(?<![su]s)(?<!['’]s)s\s+(?:(?:now|also|still|have|had|can|could|will|"
                     r"would|may|might|must|should|do|did|are|were|say|said|sold|bought|took|made|saw|see|"
                     r"told|got|put|gave|expect|believe|think|fear|warn|note|worry|argue|"
                     r"remain)\b|[a-z]+ed\b)")
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_UNKNOWN = lazy(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")
_OF = re.compile(r"\s+of\s+")  # "Jane Doe and John Roe of Acme won": where they are from


def subject_group(text: str, mentions: Sequence[Mention], subject: str | None) -> Group:
    """The names ``text`` lists as its subject, two or more, from its subject's name on; a
    name the store does not know is one of them too ("Jane Doe and Ann Poe won")."""
    first = next((m for m in mentions if m.entity == subject and not m.described), None)
    if first is None or text[:first.start].strip(" \"“'‘"):
        return ()  # the subject must open the clause: "In May, Acme and Globex ..." is not read
    by_start = {m.start: m for m in mentions if not m.described}
    found: list[tuple[str, str]] = []
    at = end = first.start
    while True:
        known = by_start.get(at)
        unknown = _UNKNOWN.match(text, at) if known is None else None
        if known is not None:
            found.append((known.entity, known.name))
            end = known.end
        elif unknown is not None:
            found.append(("", unknown.group(0)))
            end = unknown.end()
        else:
            break
        place = _OF.match(text, end)
        owner = by_start.get(place.end()) if place else None
        end = owner.end if owner else end  # "of Acme": who they are, not one of them
        gap = _GAP.match(text, end)
        if gap is None:
            break
        at = gap.end()
    if len(dict.fromkeys(found)) < 2 or not any(e for e, _ in found) or \
            text[end - 2:end] in ("'s", "’s") or not _VERB_NEXT.match(text, end):
        return ()
    return tuple(dict.fromkeys(found))


def described_subject(text: str, at: int, mentions: Sequence[Mention]) -> str:
    """The pronoun that points back to the clause's subject, from ``at``, when it describes
    a thing no store name begins ("The deal closed", "This round drew": "it") or is a plural
    common noun ("Researchers can now ...", "Many analysts said": "they"), which a leading
    "It" or "They" next continues, not a company or a product named before; else ""."""
    if any(m.start <= at + 4 for m in mentions):
        return ""
    return "it" if _DESCRIBED.match(text, at) else "they" if _PLURAL.match(text, at) else ""


def together(group: Group) -> str:
    """The names of a group as one phrase: "A and B", "A, B and C"."""
    names = [name for _, name in group]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def first_known(group: Group) -> tuple[str, str] | None:
    """The first member the store knows: whom the claim is about first."""
    return next(((e, name) for e, name in group if e), None)
