"""A clause that reports what its first name said: where what was reported begins.

Owns: the reporting verb after a speaker's name ("NVIDIA said", "Elon Musk's AI company
says", "TechInsights has estimated that"), and which name of the clause the report is about:
the first name after the verb ("NVIDIA said Blackwell trains ...": Blackwell), unless the
reported clause's subject is the speaker itself ("AMD said it sold $5 billion of Instinct
chips": AMD). Must not: read the store or decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .entities import Mention
from .lexicon import lazy
from .markers import REPORTS

REPORTING = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{REPORTS}|told [\w ]{{1,30}}?)\s+"
                       r"(?:that\s+)?")
# What may stand between a speaker's name and the verb that reports: "'s AI company".
_SPEAKER_TAIL = re.compile(rf"^(?:['’]s(?:\s+[A-Za-z][\w-]*){{1,3}}?"
                           rf"(?=\s+(?:{REPORTS}|told|has|have|had)\b))?")
# The subject of a reported clause that is the speaker itself: "AMD said it sold ...",
# "Jane Doe says she expects ...".
# A time or a channel may stand between ("said Tuesday it ...", "said in a filing that it").
WHEN_OR_WHERE = (r"(?:(?:on\s+|last\s+|this\s+|earlier\s+|late\s+)?(?:(?-i:[A-Z][a-z]+day)|week|"
                  r"month|year)\s+|in\s+(?:a|an|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                  r"(?:that\s+)?")
_SAID_OF_THING = lazy(rf"{WHEN_OR_WHERE}(?:it|they|we)\s")
_SAID_OF_PERSON = lazy(rf"{WHEN_OR_WHERE}(?:he|she|I)\s")
_POSSESSIVE_END = lazy(r"['’]s$")


_REPORT_REACH = 7  # words from a speaker's name to the first name of what it reports
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")


def reported_from(text: str, after: Sequence[Mention], is_person: Callable[[str], bool]) -> int:
    """Where in ``after`` (the clause's names, in order) the names of what was reported
    begin: after the speaker's when it reports ("NVIDIA said Blackwell trains ...", "Elon
    Musk's AI company says Colossus was built ...", and speakers listed together: "Acme
    and Globex said the venture ..."), else 0, as when the speaker tells of itself ("AMD
    said it sold $5 billion of Instinct chips", "Acme and Globex said they would merge")."""
    last = 0  # the last of the speakers listed together
    while last + 2 < len(after) and _LIST_JOIN.fullmatch(text, after[last].end,
                                                          after[last + 1].start):
        last += 1
    if len(after) < last + 2:
        return 0
    tail = text[after[last].end:]
    if _POSSESSIVE_END.search(text[after[last].start:after[last].end]):
        tail = "'s" + tail  # the mention took the possessive with it: "Elon Musk's"
    said = _SPEAKER_TAIL.sub("", tail, 1)
    report = REPORTING.match(said)
    itself = _SAID_OF_PERSON if report and is_person(after[0].entity) else _SAID_OF_THING
    # the name reported opens the reported clause: "Acme reported revenue of $5 billion,
    # Jane Doe said" reports no Jane Doe
    between = text[after[last].end:after[last + 1].start]
    near = "," not in between and len(between.split()) <= _REPORT_REACH
    return last + 1 if report and near and not itself.match(said, report.end()) else 0


def reported_after_pronoun(text: str, at: int, mentions: Sequence[Mention], person: bool
                           ) -> Mention | None:
    """The first name of what a speaker named by a pronoun reports, the pronoun ending at
    ``at``: "She said Acme's revenue was ..." is about Acme; "She said she co-founded Acme"
    stays hers (``person``: the pronoun is a person's)."""
    report = REPORTING.match(text, at)
    if report is None:
        return None
    itself = _SAID_OF_PERSON if person else _SAID_OF_THING
    if itself.match(text, report.end()):
        return None
    return next((m for m in mentions if m.start == report.end()), None)
