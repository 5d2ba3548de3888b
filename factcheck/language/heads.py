"""What a trailing participle hangs from when it is not the clause before's actor.

Owns: the head of a participle clause that tells what the thing named right before its comma
holds or takes in, not what the clause before's subject does ("Acme announced a new venture,
involving Globex and Initech, ...": the venture involves them, not Acme; "Acme unveiled the
Zeta, featuring two dies": the Zeta features them). The thing must be named or described
right before the comma; otherwise the participle keeps the subject it inherits. And the
measure a participle of result tells the level of ("Acme's cloud revenue jumped 32%, hitting
$13.6 billion": the revenue hit it, not Acme). Must not: cut clauses (``clauses``) or say
the standalone form (``subjects``).
"""

from __future__ import annotations

import re

from .appositives import CLOSING_VERBS
from .clause_spans import Clause
from .clause_words import finite, first_words, is_verb_like
from .entities import Mention
from .lexicon import lazy

# Participles that tell what a thing holds, not what an actor does.
_HOLDING = lazy(r"(?:involving|comprising|featuring|consisting\s+of|encompassing)\s",
                re.IGNORECASE)
_AND = lazy(r",\s+(?:and|or)\s+")


def hung_from(sentence: str, clause: Clause, mentions: list[Mention]
              ) -> tuple[str, str] | None:
    """The (entity, name) a participle ``clause`` of ``sentence`` describes: the thing named
    right before its comma, when the participle tells what that thing holds; else None."""
    if clause.role != "participle":
        return None
    if _RESULT.match(sentence, clause.start):
        return _measure_moved(sentence, clause, mentions)
    if not _HOLDING.match(sentence, clause.start):
        return None
    for joined in _AND.finditer(sentence, clause.start, clause.end):
        words = first_words(sentence, joined.end())
        if words and (is_verb_like(words) or finite(words[0].lower()) or
                      words[0].lower() in CLOSING_VERBS):
            return None  # "..., involving A and B, and said it would ...": the actor's verb
    before = sentence[:clause.start].rstrip()
    if not before.endswith(","):
        return None
    comma = len(before) - 1
    head = next((m for m in mentions if m.end <= comma and not sentence[m.end:comma].strip()),
                None)
    return (head.entity, head.name) if head else None


# A participle that tells the level a change reached, and the clause before it that told the
# change of a measure: "<name>'s <words> revenue rose 22%, reaching ...".
_RESULT = lazy(r"(?:hitting|reaching|totall?ing|topping|to\s+reach)\s", re.IGNORECASE)
_MEASURE_MOVED = lazy(r"(?P<measure>(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:revenues?|sales|income|"
                      r"profits?|earnings|capex|spending|bookings|backlog))\s+(?:[a-z]+\s+)?"
                      r"(?:rose|jumped|grew|climbed|increased|surged|soared|fell|dropped|"
                      r"declined|slid|slumped|gained|rebounded)\s[^,;]*,\s*$", re.IGNORECASE)


def _measure_moved(sentence: str, clause: Clause, mentions: list[Mention]
                   ) -> tuple[str, str] | None:
    """The (entity, words) a participle of result tells the level of: the measure the clause
    before told the change of, with the name it is of ("Acme's cloud revenue")."""
    for m in mentions:
        moved = _MEASURE_MOVED.match(sentence, m.end, clause.start) \
            if m.end <= clause.start and m.entity else None
        if moved:
            return m.entity, sentence[m.start:moved.end("measure")]
    return None
