"""The asides of a claim's clause, and what its point says that the facts met in an aside
do not hold.

Owns: a circumstance closing a clause ("despite a 10-for-1 stock split earlier this month"), a
concession or circumstance leading it ("after Musk's departure in 2018, Altman took the
reins"), a gerund subject ("buying $1 billion of its shares lifts ..."), and an aside a
relation's cue may stand in ("has grown since its launch"); and the words of the point a
support met only there leaves unchecked (``said_beside``: the figure checked is the aside's;
``met_aside``: the cue met is). Why: the aside is what the store records, the point what the
sentence says. Must not: judge figures or dates, or decide the verdict (``rules`` asks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.clause_words import ADVERBS, is_participle, is_verb_like
from ..language.lexicon import lazy
from ..language.markers import WEAK_OPINION
from ..language.scope import main_verb_at
from ..model import Claim, Fact
from .predicate import (
    _FUNCTION,
    _KNOWING,
    _WORD,
    LIGHT,
    UNSAID_SHARE,
    VERB_SHARE,
    asserted_verb,
    content_words,
    held_in,
)
from .stems import phrase_in, stems

# A circumstance closing a clause, given as a noun phrase: "despite a 10-for-1 stock split
# earlier this month", "after its founding in 1993", "amid a $6 billion round".
_CIRCUMSTANCE = re.compile(r"\s+(?:despite|amid|amidst|after|following|ahead\s+of|"
                           r"in\s+spite\s+of|on\s+the\s+back\s+of)\s+(?:a|an|the|its|their|"
                           r"his|her)\s+[^,;]*(?:,\s+(?:that|which)\s[^;]*)?$", re.IGNORECASE)
# A concession opening a clause: "while the first launch took five days to reach a million
# users, it now adds as many in an hour".
_CONCESSION = re.compile(r"\b(?:while|although|though|whereas)\s+[^,;]*,\s+", re.IGNORECASE)
# ... or a circumstance leading it: "after Musk's departure in 2018, Altman took the reins".
_LEADING = re.compile(r"^\s*(?:(?:and|but|then|so)\s+)?(?:after|following|despite|amid|amidst|"
                      r"ahead\s+of|in\s+spite\s+of)\s+[^,;]*,\s+", re.IGNORECASE)
CIRCUMSTANCE_WORDS = 2  # unheld content words of the point that leave it unchecked
# A gerund subject: "Buying $1 billion of its shares instantly lifts ...", after an adverb.
_GERUND = re.compile(r"^\s*(?:[A-Za-z]+ly,\s+)?([A-Za-z]+ing)\s+[^,;]")
# The verbs that end a gerund subject whatever follows them.
_FINITE = frozenset("is are was were has have had will would could can may might does did "
                    "makes made said says told".split())


# Words that follow a plural noun more than a verb in -s ("Nokia shares of ...").
_NOT_AFTER_VERB = frozenset("of and or in for from to".split())


def gerund_subject(text: str) -> tuple[int, int] | None:
    """Where a clause's gerund subject stands ("Buying $1 billion of Nokia shares | instantly
    lifts ..."), up to its verb: a finite auxiliary, a verb read as one, or one in -s after an
    adverb in -ly; None when the clause opens otherwise or no verb ends the subject."""
    opened = _GERUND.match(text)
    if opened is None or not is_participle([opened.group(1).lower()]):
        return None
    words = list(_WORD.finditer(text, opened.end(1)))
    if words and (words[0].group(0).lower() in _FINITE or
                  is_verb_like([w.group(0) for w in words[:3]])):
        return None  # "Beijing said ...", "Spending rose ...": a noun, with no object
    for i, m in enumerate(words[1:], 1):
        if "," in text[opened.end(1):m.start()]:
            return None  # a lead-in ("Starting next year, ..."), not a subject
        word, before = m.group(0).lower(), words[i - 1].group(0).lower()
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if word in _FINITE or is_verb_like([w.group(0) for w in words[i:i + 3]]) or \
                word.endswith("s") and not word.endswith("ss") and m.group(0).islower() and (
                    before.endswith("ly") or words[i - 1].group(0)[0].isupper() and
                    after not in _NOT_AFTER_VERB and not after.endswith("ly")):
            start = words[i - 1].start() if before in ADVERBS or before.endswith("ly") \
                else m.start()
            return opened.start(1), start
    return None


def said_beside(claim: Claim, facts: Sequence[Fact],
                names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words of a claim's point the facts do not hold, when every figure and date it
    gives stands in a circumstance closing the clause ("Nvidia's value has soared despite a
    10-for-1 stock split earlier this month"), a concession opening it ("while its launch
    took five days to reach a million users, it now adds as many in an hour") or a
    circumstance leading it ("after Musk's departure in 2018, Altman took the reins") or a
    gerund subject ("buying $1 billion of its shares lifts ..."): the figure checked there is
    the aside's, and says nothing of the point. An empty list when the
    point gives a figure or date of its own, or the facts hold what it says."""
    text = claim.standalone
    closing = _CIRCUMSTANCE.search(text)
    opening = None if closing else _CONCESSION.search(text) or _LEADING.match(text)
    aside = (closing.start(), closing.end()) if closing else \
        (opening.start(), opening.end()) if opening else gerund_subject(text)
    if aside is None or any(q.span is None or not aside[0] <= q.span.start < aside[1]
                            for q in claim.quantities):
        return []  # the point has a figure or a date of its own: it is what was checked
    holds = held_in(facts, names)
    point = text[:aside[0]] if closing else text[aside[1]:]
    words = {s: w for s, w in content_words(claim, names, point).items() if s not in LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    return missing if len(missing) >= CIRCUMSTANCE_WORDS and \
        len(missing) >= UNSAID_SHARE * len(words) else []


# An aside a relation's cue may stand in while the clause says something else: one closing
# it ("has grown since its launch", "made a leap with the release of Claude 3.7 Sonnet", a
# relative clause: "finalized an agreement that cements their partnership"), or a lead-in
# pointing back at what was told before ("With this acquisition, xAI gains ...").
_CLOSING_ASIDE = re.compile(r"\s+(?:(?:since|with|following|after|through|amid|in\s+the\s+wake\s+"
                            r"of|on\s+the\s+back\s+of|as\s+part\s+of|thanks\s+to)\s+(?:the|its|"
                            r"their|his|her|this|that)|that|which)\s+[^,;]*$", re.IGNORECASE)
_BACK_ASIDE = re.compile(r"^\s*(?:with|since|after|following|through|in\s+the\s+wake\s+of|"
                         r"thanks\s+to)\s+(?:this|that|these|those|the|its|their|his|her)\s+"
                         r"[^,;]*,\s+", re.IGNORECASE)


def met_aside(claim: Claim, facts: Sequence[Fact],
              names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words of a claim's point the facts do not hold, when every cue they were met on
    stands in an aside ("xAI has grown quickly since its launch": the launch is recorded,
    the growth is what the sentence says), followed by the aside; an empty list when the
    point itself holds a cue ("launched xAI with the help of ...") or most of its words. A
    gerund subject is such an aside too ("Acquiring X gives xAI a trove of data"), and so is
    a subject that names an event by a noun ("Altman's return included a shakeup ...")."""
    text = claim.standalone
    closing, opening = _CLOSING_ASIDE.search(text), _BACK_ASIDE.match(text)
    span = (closing.start(), closing.end()) if closing else \
        (opening.start(), opening.end()) if opening else gerund_subject(text) or \
        _event_subject(text)
    if span is None:
        return []
    point = text[:span[0]] if closing else text[span[1]:]
    aside = text[span[0]:span[1]].strip(" ,")
    if closing and aside.split()[0].lower() in ("that", "which") and any(
            s in _FUNCTION or s in LIGHT or s in _KNOWING for s in stems(asserted_verb(point))):
        return []  # "stated that it has completed ...", "it became known that ...": the
        # clause after the verb of saying is what is said, not an aside
    if WEAK_OPINION.search(point):
        return []  # a judgement weighs what the aside tells ("has achieved remarkable success
        # with the GPT series"): the recorded act is what can be checked, and it was
    told = stems(point)  # word by word: a shared start would take "startup" for "started"
    if any(phrase_in(c, told) for f in facts for c in f.cues):
        return []  # the point holds what the facts were met on
    holds = held_in(facts, names)
    words = {s: w for s, w in content_words(claim, names, point).items() if s not in LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    verb = stems(asserted_verb(point))
    # the act the point asserts, held nowhere, is what it says ("OpenAI reorganised its
    # board after the ouster of Sam Altman": the ouster is recorded, the reorganising not)
    acts = bool(verb) and all(s in words and not holds(s) for s in verb)
    if not acts and (len(missing) < CIRCUMSTANCE_WORDS or
                     len(missing) < VERB_SHARE * len(words)):
        return []
    return [*missing, f"(the facts meet only \u201c{aside}\u201d)"]


# A subject that is an event told by a noun: "Altman's return", "The acquisition", "Its
# deal with AMD" (a possessive or a determiner, then a few words).
_EVENT_SUBJECT = lazy(r"^\s*(?:(?:the|its|their|his|her|this|that)\s+|[A-Z][\w.&-]*(?:\s+[A-Z]"
                      r"[\w.&-]*){0,2}['’]s\s+)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+$")


def _event_subject(text: str) -> tuple[int, int] | None:
    """The clause's subject, when it is a noun phrase led by a possessive or a determiner
    ("Altman's return | included a shakeup ..."): what the point says of it is more than
    the record of the event says."""
    at = main_verb_at(text)
    return (0, at) if at > 0 and _EVENT_SUBJECT.match(text[:at]) else None
