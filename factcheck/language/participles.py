"""Whose doing a participle tells, when its sentence opens on a noun phrase of the subject.

Owns: the standalone of a participle clause ("..., reporting $13 billion in losses",
"..., reaching $8.4 billion") whose sentence opens on a business line of its subject
("Intel's manufacturing business has struggled, reporting ...") or on a measure of it ("AI
revenue more than doubled, reaching ..."): the line's or the measure's doing, not the whole
company's. Must not: find the subject (``subjects``) or the line a later description points
back to (``lines``).
"""

from __future__ import annotations

import re

from .implied import MEASURE_SUBJECT
from .lexicon import lazy
from .lines import LINE, NO_LINE

# The measure noun phrase a sentence opens on: "AI-related revenue", "The gross margin",
# "Non-AI semiconductor revenue" (a few words, then the measure's noun).
_MEASURE = lazy(r"\s*(?:The\s+)?(?P<phrase>(?:[\w-]+\s+){0,3}?(?:revenues?|sales|net income|"
                r"profits?|earnings|operating income|free cash flow|margins?))\b", re.IGNORECASE)


# Verbs that tell a measure's level or its move: "reaching $8.4 billion", "hitting $46.7
# billion", "climbing to 62%" (not "narrowing net loss", "helping drive sales": the
# company's doing, with another measure as object).
_LEVEL_VERB = lazy(r" is (?:reaching|hitting|totall?ing|topping|amounting to|coming in at|"
                   r"climbing|rising|growing|falling|dropping|landing|ending|finishing|"
                   r"standing at)\b")


# A short lead-in before the sentence's subject: "For context, ...", "Meanwhile, ...".
_LEAD = lazy(r"(?:[A-Za-z]+(?:\s+[a-z]+){0,2},\s+)?")
_PAST = lazy(r"\s+(?:also\s+)?(?:[a-z]+ed|rose|grew|fell|hit|came|saw)\b")


def participle_standalone(standalone: str, sentence: str, subject: tuple[str, str] | None,
                          role: str) -> str:
    """A participle's standalone ("Acme is posting $13 billion in losses") when its sentence
    opens on a line of that subject ("Acme's foundry business struggled, posting ...") or on
    a measure ("AI revenue more than doubled, reaching $8.4 billion"): the line's or the
    measure's doing ("Acme's AI revenue is reaching $8.4 billion"); after results of a
    period, said with the period ("... is posting revenue of $9 billion for the second quarter
    of fiscal 2025")."""
    if role != "participle" or subject is None or not standalone.startswith(f"{subject[1]} is "):
        return standalone
    return _of_the_period(_lines_doing(standalone, sentence, subject), sentence)


# The period results are given for: "its results for the second quarter of fiscal 2025",
# "for the fourth fiscal quarter of 2025 (Q4 FY2025)", "for fiscal 2024".
_PERIOD = lazy(r"\b(?:for|in|during)\s+(?:(?:the|its)\s+(?:(?:first|second|third|fourth)[\s-]+"
               r"(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)?|"
               r"fiscal\s+(?:year\s+)?(?:19|20)\d\d)|fiscal\s+(?:year\s+)?(?:19|20)\d\d)\b",
               re.IGNORECASE)
# A period the participle gives itself.
_OWN_PERIOD = lazy(r"\b(?:quarter|fiscal|Q[1-4]|FY\s?\d\d|(?:19|20)\d\d|year|half|month)",
                   re.IGNORECASE)


def _of_the_period(standalone: str, sentence: str) -> str:
    """A participle after results of a period ("released its results for the second quarter
    of fiscal 2025, posting revenue of $9 billion") gives that period's figure, said with
    it, unless it names a period of its own."""
    if _OWN_PERIOD.search(standalone):
        return standalone
    verb = standalone.split(" is ", 1)[1].split(" ", 1)[0]  # "posting"
    at = sentence.find(f" {verb} ")
    period = _PERIOD.search(sentence, 0, at) if at > 0 else None
    if period is None or _PERIOD.search(sentence, period.end(), at):
        return standalone  # none, or two: which is unsaid
    return f"{standalone.rstrip(' ,;')} {period.group(0)}"


def _lines_doing(standalone: str, sentence: str, subject: tuple[str, str]) -> str:
    rest = standalone[len(subject[1]):]
    found = LINE.match(sentence)
    if found is not None and found.group("owner") in (subject[1], subject[1].split()[0]) and \
            found.group("line").split()[0].lower() not in NO_LINE:
        return found.group(0) + rest
    lead = _LEAD.match(sentence)
    opening = sentence[lead.end() if lead else 0:]
    for name in {subject[1], subject[1].split()[0]}:  # "TSMC's revenues also surpassed"
        if opening.startswith((f"{name}'s ", f"{name}\u2019s ")):
            opening = opening[len(name) + 3:]
    measure = _MEASURE.match(opening) if _LEVEL_VERB.match(rest) else None
    if measure is not None and not MEASURE_SUBJECT.match(opening) and \
            not _PAST.match(opening, measure.end()):
        measure = None  # "Revenue of Globex's rival ...": no measure the sentence opens on
    if measure is not None and not any(w.endswith("ed") and "-" not in w or w in subject[1]
                                       for w in measure.group("phrase").split()[:-1]):
        phrase = measure.group("phrase")
        if phrase[1:2].islower():  # "Revenue": a capital by position, "AI revenue": a name's
            phrase = phrase[0].lower() + phrase[1:]
        return f"{subject[1]}'s {phrase}{rest}"
    return standalone
