"""What an appositive or a relative clause says of the name it follows, as a claim.

Owns: the subject and standalone text of a clause that describes a name ("BlackRock, which
manages $11.6 trillion," -> "BlackRock manages $11.6 trillion"; "Acme, whose shares rose" ->
"Acme's shares rose"; "GIP, which it bought" -> "BlackRock bought GIP", the pronoun's referent
doing it). Must not: find where such a clause starts or ends (``appositives``), or read the
store.
"""

from __future__ import annotations

import re

from .appositives import SCHEDULED_APPOSITIVE
from .discourse import Discourse
from .entities import Mention
from .lexicon import lazy

# A relative clause whose subject is a pronoun: the name it follows is what was done to.
_DONE_TO = lazy(r"(?P<pron>it|they|he|she)\s+(?P<verb>(?:(?:had|has|have|later|then|"
                r"also|first)\s+)?(?:[a-z-]+ed|sold|bought|took|built|made|paid|won|"
                r"led|ran|spun off|set up|got|gave|held|grew)(?:\s+to\s+[a-z]+)?)\b")

# A relative clause that values "it": the deal before the name values the company, which the
# name (its lead investor) is not ("a round led by Thrive, which values it at $157 billion").
_VALUES_IT = lazy(r"(?P<verb>values|valued)\s+it\s+(?=at\b)")


def described_subject(text: str, head: Mention, role: str, context: Discourse,
                      through: int = 0) -> tuple[tuple[str, str] | None, str,
                                                  tuple[str, str] | None]:
    """The subject, standalone text and resolved pronoun of an appositive or a relative
    clause ``role`` about ``head``, the name it follows (``subjects``); ``through`` is where
    the name it describes ends when that is a longer one the store lacks ("Meta Labs,
    formed in June": Meta's, told as "Meta Labs was formed in June")."""
    end = max(head.end, through)
    described = text[end:].lstrip(" ,—–-")
    if role == "relative" and re.match(r"whose\s", described, re.IGNORECASE):
        # "Acme, whose shares rose 40%" -> "Acme's shares rose 40%"
        return (head.entity, head.name), f"{text[:end]}'s {described[6:]}", None
    if role == "relative":  # "BlackRock, which manages" -> "BlackRock manages"
        # "Musk, who's also CEO of Tesla" -> "Musk is also CEO of Tesla"
        described = re.sub(r"^who['’]s\s+", "is ", described, flags=re.IGNORECASE)
        described = re.sub(r"^(?:which|who)\s+", "", described, flags=re.IGNORECASE)
        done = _DONE_TO.match(described)
        doer = context.doer(done.group("pron"), head.entity) if done else None
        if done and doer:  # "GIP, which it bought for $12.5B": it bought GIP
            return doer, (f"{doer[1]} {done.group('verb')} {text[head.start:head.end]}"
                          f"{described[done.end():]}"), doer
        valued = _VALUES_IT.match(described)
        owner = context.doer("it", head.entity) if valued else None
        if valued and owner:  # "a round led by Thrive, which valued it at": the round did
            tense = "was" if valued.group("verb").endswith("ed") else "is"
            return owner, f"{owner[1]} {tense} valued {described[valued.end():]}", owner
        return (head.entity, head.name), f"{text[:end]} {described}", None
    # ("first unveiled in ...": a participle after its adverb)
    verb = "was" if re.match(r"(?:(?:first|initially|originally|officially|formally)\s+)?"
                             r"(?:[a-z-]+ed\s|set up\s|bought\s)", described) and \
        not SCHEDULED_APPOSITIVE.match(described) else "is"  # "is slated for 2027"
    return (head.entity, head.name), f"{text[:end]} {verb} {described}", None
