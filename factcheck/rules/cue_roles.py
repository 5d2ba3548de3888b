"""Where a relation's cue stands in a claim, when that place is aside from what it asserts.

Why: a relation is matched on its subject and one cue word, and a real report often puts
that word where it names something the claim takes as known, not what it says: the standard
of a comparison ("even bigger than the latest investment", "much like Microsoft's bet on
OpenAI"), the reason for a reaction ("has drawn notice for its well-known backing"), the
whole a part is taken from ("much of the investment returns to Amazon as cloud sales"), a
noun that classes ("a form of AI" is no forming), a particle ("flows back" is no backing),
the kind of firm a name is ("Abu Dhabi's investment firm MGX"), what others shared in
("headlined broader U.S. stock losses"), or a word of a name ("Investment Partnership"). A
fact about the investment, the backers, a founding or the company's own loss confirms none
of these. Must not: judge figures (a figure checked settles what it says) or read the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..language.lexicon import lazy, whole_words
from ..language.scope import comparisons
from .cues import is_name_cue
from .matching import Candidate
from .stems import stems

# A reaction and the reason given for it: "drew attention for", "is known for", "was
# praised for", "under scrutiny for".
_REACTION = re.compile(
    r"\b(?:attention|notice|praise|criticism|scrutiny|headlines|buzz|interest|acclaim|"
    r"backlash|plaudits|fire|flak|known|famous|noted|praised|criticized|criticised|lauded|"
    r"celebrated|recognized|recognised|applauded|blamed|faulted|slammed|hailed|singled out)"
    r"\s+(?:(?:both|largely|mainly|partly|chiefly|especially|also)\s+)?for\s+", re.IGNORECASE)
# A part taken from a whole: "much of the investment", "a large share of the money", "part of
# the funding".
_PART_OF = re.compile(
    r"\b(?:much|part|most|some|half|all|"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:portion|share|part|chunk|slice|fraction|bulk|"
    r"majority|rest|remainder))\s+of\s+(?:the|this|that|its|their|his|her)\s+", re.IGNORECASE)
# A noun that classes what follows ("a form of AI", "a kind of fund"): no act of forming.
_KIND_OF = re.compile(r"\b(?:a|an|another|some|this|that|one)\s+(?:new\s+|particular\s+)?"
                      r"(?P<noun>form|kind|type|sort|class|variety)\s+of\b", re.IGNORECASE)
# A word that says what kind of firm the name after it is ("Abu Dhabi's investment firm MGX"):
# the cue describes who that is, not what the claim says ("BlackRock, the largest asset
# manager" does say what BlackRock is).
_KIND_NOUN = re.compile(r"\b(?P<word>[\w-]+)\s+(?:firm|company|house|manager|arm|vehicle|bank|"
                        r"giant|group|specialist|outfit)\s+(?-i:[A-Z])", re.IGNORECASE)
# What others shared in: "broader U.S. stock losses", "the wider sell-off" are the market's
# ("a wider launch" is the subject's own, only larger).
_WIDER = re.compile(r"(?<!\ba\s)(?<!\ban\s)\b(?:broader|wider|overall|market-wide|sector-wide|"
                    r"industry-wide|across-the-board)\s+", re.IGNORECASE)
# "back" as a particle of motion ("flows back to Amazon", "came back from"): no backing.
_BACK = re.compile(r"\bback(?=\s+(?:to|into|from|in|down|up|out|off|home|onto)\b)",
                   re.IGNORECASE)
_MODIFYING = frozenset("new fresh total latest initial first second further additional "
                       "entire whole big large".split())
_CLAUSE_END = lazy(r"[,;:]|\s(?:and|but|while|whereas)\s")


@lru_cache(maxsize=4096)
def _aside_words(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The word ranges (by stems) of ``text`` that are aside from what it asserts: read once
    per claim and names, not once per candidate fact (``aside`` asks for each)."""
    return tuple((len(stems(text[:start])), len(stems(text[:end])))
                 for start, end in _spans(text, names))


def _spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """The character ranges of ``text`` that are aside from what it asserts."""
    spans = [(s.start, s.end) for s in comparisons(text)]
    for m in _REACTION.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    spans += [(m.end(), _head(text, m.end())) for m in _PART_OF.finditer(text)]
    spans += [(m.start("noun"), m.end("noun")) for m in _KIND_OF.finditer(text)]
    spans += [(m.start("word"), m.end("word")) for m in _KIND_NOUN.finditer(text)]
    spans += [(m.start(), m.end()) for m in _BACK.finditer(text)]
    for m in _WIDER.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.end(), min(end.start() if end else len(text), m.end() + 40)))
    for name in names:
        spans += [(m.start(), m.end()) for m in whole_words(name, re.IGNORECASE).finditer(
            text)]
    return spans


def _head(text: str, at: int) -> int:
    """Where the noun phrase of the whole a part is taken from ends: its first word, and the
    next when the first only modifies it ("the AI investment", "the initial funding")."""
    words = list(re.finditer(r"[\w’'-]+", text[at:]))[:2]
    if not words:
        return at
    first = words[0].group(0)
    modifies = first.isupper() or first.lower() in _MODIFYING or \
        first.lower().endswith(("al", "ic", "ive", "ed"))
    return at + words[1 if modifies and len(words) > 1 else 0].end()


def aside(candidate: Candidate, text: str, names: Sequence[str] = ()) -> bool:
    """Do the fact's cues stand only aside from what a claim's standalone ``text`` asserts:
    in the standard it compares with, the reason for a reaction, the whole a part is taken
    from, a noun that classes, a particle, the kind of firm a name is, what others shared
    in, or one of the ``names`` the claim gives (a word of "Global AI Infrastructure
    Investment Partnership" is no investment)?"""
    if not candidate.positions:
        return False
    if is_name_cue(candidate.cue) or candidate.cue.lower() in {n.lower() for n in names}:
        names = ()  # a name as cue ("Azure", "Ariane 5") says who took part wherever it stands
    words = _aside_words(text, tuple(names))
    return bool(words) and all(any(start <= at < end for start, end in words)
                               for at in candidate.positions)
