"""Reported speech: a claim that tells what someone said, against the store's record of it.

Why: "Oracle chairman Larry Ellison said the first data centers were already being built in
Abilene" is about what Ellison said, and the store records it as a fact about Stargate whose
statement reports him ("Larry Ellison said the first Stargate data centres were already under
construction in Abilene"). "NASA's administrator, Bill Nelson, told reporters that ..." is
Nelson's quotation, though the sentence opens with NASA. Read by its first name alone, such a
claim meets neither fact. A fact fits a claim whose speaker (a name the claim has report,
tell or say something) is the one the fact records speaking: the subject of a quotation, or a
party the statement has saying it. The words reported must still meet the fact's cues.

Must not: decide a verdict; read the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..language.lexicon import lazy
from ..language.markers import REPORTS
from ..model import Claim, Fact

Names = Callable[[str], tuple[str, ...]]

# After a speaker's name, before the verb: an apposition or a time ("Bill Nelson, NASA's
# administrator at the time, told"; "Ellison, speaking on Tuesday, said"), never a sentence.
_GAP = r"(?:,[^.;:]{0,80}?,)?\s+(?:(?:has|have|had|also|then|later|once)\s+)*"
# "put the value at $20 billion", "pegged its worth at": a figure the speaker gives
_PUT_AT = (r"(?:put|puts|pegged|pegs|placed|places)(?=\s+(?:the|its|their|his|her)\s+"
           r"[^.;]{0,60}?\bat\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$€£\d])")
_VERB = rf"(?:{REPORTS}|told|tells|says|recalled|added|wrote|predicted|warned|called)\b"


# What follows a speaker's name: one pattern for every name, compiled once (a pattern per
# name, the name written into it, cost more to compile than to read a long article with).
_SAID = lazy(rf"(?:['’]s)?{_GAP}{_VERB}")
# A claim's speaker may also give a figure ("Musk put the value at"); a fact's statement is
# read for speech proper ("DeepSeek put the cost of training V3 at" is its own record).
_SAID_OR_PUT = re.compile(rf"(?:['’]s)?{_GAP}(?:{_VERB}|{_PUT_AT}\b)")
_WORD_CHAR = re.compile(r"[\w-]")


def _says(text: str, name: str, said: re.Pattern[str] = _SAID) -> bool:
    """Does ``text`` have ``name`` (as written, not inside a longer word) say something?"""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or _WORD_CHAR.match(text, at - 1) is None) and \
                said.match(text, at + len(name)) is not None:
            return True
        at = text.find(name, at + 1)
    return False


def speakers(claim: Claim, names: Names) -> tuple[str, ...]:
    """The named entities the claim has saying something ("Ellison said", "Nelson told",
    "Musk put the value at")."""
    return _speakers(claim.standalone, claim.named, names)


# Read once per claim (its words, its names and the check's names), not once per fact a rule
# asks about: NUM-stated asked for each of a claim's facts, a tenth of its time.
@lru_cache(maxsize=1024)
def _speakers(text: str, named: tuple[str, ...], names: Names) -> tuple[str, ...]:
    return tuple(e for e in named if any(
        _says(text, n, _SAID_OR_PUT) for n in names(e) if len(n) > 2))


def reports_speech(fact: Fact, said_by: tuple[str, ...], names: Names,
                   claim: Claim | None = None) -> bool:
    """Does the fact record what one of the claim's speakers (``said_by``, from
    ``speakers``) said: their quotation, or a statement that has them saying it? A figure
    the speaker gives is of what the claim names: a record of a figure they gave of another
    thing ("Acme reported $11 billion of Zap revenue") is not what a ``claim`` that never
    names it reports ("Acme reported $11 billion in networking sales")."""
    if claim is not None and claim.quantities and fact.value is not None and \
            not {fact.subject, fact.object} & {*claim.entities, *said_by}:
        return False
    for speaker in said_by:
        if fact.kind == "quote" and fact.subject == speaker:
            return True
        if speaker in (fact.subject, fact.object, *fact.mentions) and any(
                _says(fact.statement, n) for n in names(speaker) if len(n) > 2):
            return True
    return False
