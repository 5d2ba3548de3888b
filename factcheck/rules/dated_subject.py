"""What a year checked before a clause's verb leaves unchecked: the predicate.

Owns: the claims whose only checked figures are years or dates standing before the verb the
clause asserts, in its subject ("AMD's 2022 purchase of Xilinx was a masterstroke", "the
launch of ChatGPT in 2022 changed the industry") or a lead-in ("Since its founding in 1993,
Nvidia has reshaped computing"; "In 2024, BlackRock made its boldest bet yet with the purchase
of GIP") or in a noun it modifies ("lifts old limits tied to their 2019 partnership"). Why:
the year dates the event the subject, the lead-in or the noun names, and the store's
record of that event confirms it; what the clause says of the event is mostly a judgement of
it, which no record of the event holds. Such a claim is left unverified, with the predicate's
words the facts do not hold. A year after the verb ("the MI300X that AMD launched in December
2023") dates what the clause asserts, and is not read here. Must not: judge years (``temporal``
does) or decide the verdict (``rules`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.scope import main_verb_at
from ..model import Claim, Fact, Kind
from .asides import CIRCUMSTANCE_WORDS, met_aside
from .predicate import LIGHT, UNSAID_SHARE, content_words, held_in
from .stems import phrase_in, stems

_TIMES = (Kind.YEAR, Kind.DATE)
# A year before a noun, after a determiner or a possessive: "their 2019 partnership".
_DATED_NOUN = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s)\s+"
                         r"(?:19|20)\d\d\s+(?-i:[a-z][\w-]*)", re.IGNORECASE)
_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;]*")
# Where the point's own clause ends: a relative or added clause tells something else.
_CLAUSE_END = re.compile(r",|;|\s\u2014\s|\s(?:which|who)\s")
# A copula says its subject is what the words after it say: those words are the whole claim.
_COPULAS = frozenset("is are was were proved proves remains remained became".split())


def dated_subject(claim: Claim, facts: Sequence[Fact],
                  names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The predicate's words ``facts`` do not hold, when every figure the claim gives is a
    year or a date before its verb and they are most of what the predicate says (any one,
    when a copula links the predicate: "was a masterstroke"); or the point's words when the
    facts were met only in an aside closing it (``met_aside``: "made its boldest bet yet
    with the purchase of GIP"). An empty list otherwise."""
    if any(q.kind not in _TIMES for q in claim.quantities):
        return []  # a figure is checked by itself, and says what it says
    # a relative clause tells something else of what it follows ("..., which had limited
    # OpenAI's ability ..."): the point is read without it
    text = _RELATIVE.sub("", claim.standalone)
    # a year that modifies a noun dates that noun ("restrictions tied to their 2019
    # partnership", "AMD's 2022 purchase of Xilinx"): it is left out of the point
    named = [(m.start(), m.end()) for m in _DATED_NOUN.finditer(text)]
    times = [m.start() for y in claim.years for m in re.finditer(rf"\b{y}\b", text)] + \
        [text.find(q.text) if q.text else -1 for q in (*claim.quantities, *claim.dates)]
    if len(times) < len(claim.years) or any(t < 0 for t in times):
        return []  # a year in the relative clause dates what it tells
    at = main_verb_at(text)
    if at <= 0 or any(t >= at and not any(a <= t < b for a, b in named) for t in times):
        if not all(any(a <= t < b for a, b in named) for t in times):
            return []
        at = 0  # no verb read, or one after the dated noun: the whole is the point
    aside = met_aside(claim, facts, names)
    point = text
    for a, b in reversed(named):
        point = point[:a] + " " * (b - a) + point[b:]
    point = _CLAUSE_END.split(point[at:])[0]  # what it asserts, not a clause it adds
    if aside or any(phrase_in(c, stems(point)) for f in facts for c in f.cues):
        return aside  # else the point tells the event the facts record ("delivered")
    holds = held_in(facts, names)
    words = {s: w for s, w in content_words(claim, names, point).items() if s not in LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    linked = any(w.lower() in _COPULAS for w in point.split())
    if len(missing) >= (1 if linked else CIRCUMSTANCE_WORDS) and \
            len(missing) >= UNSAID_SHARE * len(words):
        dated = [text[a:b] for a, b in named] or [text[:at].strip(" ,")]
        return [*missing, f"(the facts date only \u201c{'; '.join(dated)}\u201d)"]
    return []
