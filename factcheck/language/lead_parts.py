"""A clause that opens on what its subject is doing, read in two parts.

Owns: the parts of a clause that opens with a present participle and its comma before its
subject ("Taking on its rival Globex while widening its range, Acme said it is buying
Initech for $4 billion"): the statement after the comma, and the participle said of that
statement's subject. The verdict stage reports them only when the clause cannot be settled
whole (the rival the lead-in names is no party to the deal); a clause settled whole
("Leveraging CUDA, NVIDIA has built ...", where the lead-in is what a fact confirms) stays
one claim. Not a preposition written so ("Following the deal,"), a gerund that is the
subject ("Porting the code is possible, ..."), a lead-in with a year, which frames what
follows ("Speaking in March 2024, ..."), nor one that says how a figure is measured
("Adjusting for currency, revenue rose 12%"). Must not: cut the sentence (``clauses``) or judge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Claim
from .clause_spans import Clause, stripped
from .clause_words import NON_PARTICIPLES, after_comma, looks_main, top_level_commas
from .clauses import subject_first
from .figure_parts import ClauseText, ReadClause
from .gates import gated
from .lead_ins import NAMES_ON
from .lexicon import lazy

# "Taking on ...", "Quietly expanding ..." at the clause's start
_LEADING_ING = gated(re.compile(r"(?:[A-Z][a-z]+ly\s+)?(?P<word>[A-Z][a-z]{2,}ing)\s"))
_NAMES_ON = lazy(NAMES_ON, re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A lead-in that says how a figure is measured is part of what the figure means: "Adjusting
# for currency, revenue rose 12%", "Using this method, the margin was 54%".
_MEASURING = re.compile(r"(?:[A-Z][a-z]+ly\s+)?(?:adjusting|using|counting|measuring|assuming|"
                        r"accounting|stripping|factoring|calculating|comparing|looking|judging|"
                        r"taking\s+(?:into|out)|leaving\s+out)\b", re.IGNORECASE)


def lead_parts(at: ClauseText, whole: Claim, read: ReadClause) -> tuple[Claim, ...]:
    """The statement after a leading present participle, then the participle said of its
    subject; none when the clause opens otherwise ("Taking on X, Acme said ...")."""
    clause, s = at.clause, at.sentence
    if clause.role != "main" or clause.inherits_subject or \
            len(whole.quantities) > 1:
        return ()  # (a clause of several figures is cut per figure: ``figure_parts``)
    opening = _LEADING_ING.match(s, clause.start)
    if opening is None or opening.group("word").lower() in NON_PARTICIPLES or \
            _MEASURING.match(s, clause.start):
        return ()
    comma = next((c for c in top_level_commas(s) if clause.start < c < clause.end and
                  s[c] == ","), None)
    listed = _NAMES_ON.match(s, after_comma(s, comma), clause.end) if comma else None
    if listed:  # "Securing $6 billion from A, | B, and C, | xAI ...": the names it lists
        comma = s.rindex(",", 0, listed.end())
    if comma is None or looks_main(s, clause.start, comma) or \
            _YEAR.search(s, clause.start, comma) or \
            not subject_first(s, after_comma(s, comma), clause.end):
        return ()
    aside = clause.aside if clause.aside and clause.aside[0] > comma else None
    statement = read(Clause(*stripped(s, after_comma(s, comma), clause.end), "main", False,
                            aside=aside), None, None)
    subject = None if statement.subject_name is None else (statement.subject or "",
                                                            statement.subject_name)
    doing = s[clause.start:comma].strip()
    doing_part = read(Clause(*stripped(s, clause.start, comma), "participle", True), subject,
                      f"{subject[1]} is {doing[0].lower()}{doing[1:]}" if subject else None)
    return tuple(replace(p, id=f"{whole.id}.{i + 1}")
                 for i, p in enumerate((statement, doing_part)))
