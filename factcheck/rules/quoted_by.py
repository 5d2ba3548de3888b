"""QTE-who: the words of a stored quotation put in another named person's mouth.

Why: "'We were able to pull the schedule ahead,' former chairman X told analysts" names the
wrong speaker when the store records those very words as Y's. The QTE rule compares a
quotation only with the quotations of the people the claim names, so a wrong speaker found
none and the claim stayed unverified. A quotation of ``MIN_WORDS`` words or more, found
word for word in a recorded one, is that person's; a claim that gives it to another person
the store knows, named as the speaker (a name of two words or more beside "said", "told"
and the like), in a sentence that does not name the recorded speaker either (someone
repeating what the speaker said), is contradicted. A speaker the store does not know may
have said the same words, unless the claim places them on the occasion the store records
them said (its month or day: "told analysts in January", the call of 16 January): a
sentence of ``MIN_WORDS_STRANGER`` words is one person's on one occasion. Short phrases
are said by many, and "he" or "the company" is not read here. Must not: resolve pronouns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model import Claim, Fact, Status
from .base import Finding
from .event_dates import same_date
from .matching import FactSource

MIN_WORDS = 6
# Words given to a speaker the store does not know: long enough to be no catchphrase others
# repeat on the same stage ("the more you buy, the more you save").
MIN_WORDS_STRANGER = 10
SEARCH_LIMIT = 50

_VERB = (r"(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|declared|"
         r"warned|warns|stated|remarked|recalled|insisted)")
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)+"  # two capitalised words or more
_CLOSE = r"[\u201d\"]\s*,?\s*"
# '..." former chairman Mark Liu told', '..." said Jensen Huang', 'Mark Liu said: "...'
_SPEAKER = re.compile(
    rf"{_CLOSE}(?:[a-z][\w-]*\s+){{0,3}}?(?P<after>{_NAME})\s+{_VERB}\b|"
    rf"{_CLOSE}{_VERB}\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<verb_first>{_NAME})|"
    rf"(?P<before>{_NAME})\s+{_VERB}(?:\s+[a-z]+)?\s*[:,]?\s*[\u201c\"]")


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _speaker(sentence: str) -> str | None:
    """The name the sentence gives its quotation's speaker, when it gives one."""
    found = _SPEAKER.search(sentence)
    if found is None:
        return None
    return found.group("after") or found.group("verb_first") or found.group("before")


def _named(text: str, names: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if len(n) > 2)


def _recorded(said: str, source: FactSource) -> list[Fact]:
    """The stored quotations that hold the claim's words, or that the claim's words hold."""
    words = _normal(said)
    out = []
    for fact in source.search(said, limit=SEARCH_LIMIT):
        if fact.kind != "quote" or not fact.quote:
            continue
        recorded = _normal(fact.quote)
        shorter = min(words, recorded, key=len)
        if len(shorter.split()) >= MIN_WORDS and (words in recorded or recorded in words):
            out.append(fact)
    return out


def _on_its_occasion(claim: Claim, fact: Fact) -> bool:
    """Does the claim date the saying to the month or day the store records the words said
    (the fact's date, else the first report of them)?"""
    reported = [s.date for s in fact.sources if s.date is not None]
    when = fact.date or fact.published or min(reported, default=None)
    dated = tuple(q for q in claim.dates if q.unit in ("day", "month"))
    return when is not None and bool(dated) and same_date(dated, when) and any(
        dt.date.fromordinal(int(q.value)).year == when.year for q in dated)


def check(claim: Claim, source: FactSource,
          names: Callable[[str], tuple[str, ...]]) -> Finding | None:
    """Contradicted when the claim gives a recorded quotation to another named speaker."""
    said = [q for q in claim.quotes if len(_normal(q).split()) >= MIN_WORDS]
    speaker = _speaker(claim.sentence) if said else None
    if speaker is None:
        return None
    known = any(speaker in names(e) for e in claim.named)
    if not known and speaker not in claim.unknown_names:
        return None
    for quote in said:
        for fact in _recorded(quote, source):
            holder = names(fact.subject)
            if _named(speaker, holder) or _named(claim.sentence, holder):
                return None  # the recorded speaker, or someone repeating their words
            if not known and (len(_normal(quote).split()) < MIN_WORDS_STRANGER or
                              not _on_its_occasion(claim, fact)):
                return None  # a stranger may have said the same words elsewhere, and the
                # store cannot say they did not
            return Finding(Status.CONTRADICTED,
                           f"article gives \u201c{quote}\u201d to {speaker}; the store records "
                           f"these words as {holder[0]}'s: {fact.statement}", (fact,),
                           rule="QTE", strength=0.8)
    return None
