"""A clause's subject when it names none of its own, or names it only as an agent.

Owns: a measure with no owner as the subject ("Fourth-quarter revenue rose ...": the story's
subject's, as a results story tells them), the parties of a venture acting together ("The
partners said ...": the venture's), and what a leading "It" goes on with after a subject
named only as a passive's agent ("Acme said the round was led by Thrive"). Must not: read
the store or resolve pronouns (``subjects.py`` and ``extract.py`` ask here).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

from ..model import Entity
from .entities import Mention
from .lexicon import lazy
from .lists import MARK

# "the round was led by", "its latest funding was largely backed by"
_AGENT_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3}?"
                           r"(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                           r"[a-z]+ed\s+by\s+$")


# What is said opens on a noun of its own, the name after it only its complement: "said
# demand for RocketChip was strong", "said sales of the X1 doubled".
_COMPLEMENT_BEFORE = re.compile(r"\b(?:said|says|added|noted|told\s+\w+)\s+(?:that\s+)?"
                                r"(?:[a-z][\w-]*\s+){1,2}?(?:for|of|in|from|about)\s+$")


def agent_only(text: str, mentions: list[Mention], subject: tuple[str, str] | None
               ) -> tuple[str, str] | None:
    """When the clause's subject is named only as a passive's agent, after a definite
    description of its own ("Acme said the round was led by Thrive"), or as the complement
    of a noun that opens what a speaker said ("Roe said demand for RocketChip was strong"),
    what a leading "It" in the next sentence goes on with instead: the speaker named before
    (Acme; a person, for whom the discourse takes the company they act for), else no one
    new (``("", "")``). None when the subject is neither."""
    at = [m.start for m in mentions if subject and m.entity == subject[0]]
    found = (_AGENT_BEFORE.search(text, 0, at[0]) or _COMPLEMENT_BEFORE.search(text, 0, at[0])
             ) if at else None
    if found is None:
        return None
    before = [m for m in mentions if m.end <= found.start()]
    return (before[0].entity, before[0].name) if before else ("", "")


# A measure with no owner as the subject: "Fourth-quarter data center revenue rose ...",
# "Q4 revenue totaled ...", "Full-year sales reached ...": the story's subject's, as a
# results story tells them.
MEASURE_SUBJECT = re.compile(rf"\s*(?:{MARK}\s+)?"
                              # a list item's mark first ("• Revenue: $39.3 billion")
                              # (a lowercase possessive is a part's: "the data center
                              # segment's revenue"; a name's is an owner's)
                              r"(?:(?:[\w-]+|(?-i:[a-z])[\w-]*['\u2019]s)\s+){0,4}?"
                              r"(?:revenue|revenues|sales|net income|"
                              # earnings per share, however worded: "Earnings per diluted
                              # share of $1.05", "Adjusted EPS came in at", "Diluted EPS of"
                              r"(?:earnings|net\s+income|income|profit)\s+per\s+"
                              r"(?:diluted\s+|basic\s+)?share|EPS|"
                              r"profit|profits|earnings|operating income|free cash flow|"
                              r"margin|margins|"  # "Gross margin improved to 62.3%"
                              # "Shares fell 17%": the story's subject's stock
                              r"shares|stock|share price|market value)"
                              r"(?:\s+for\s+(?:the\s+)?[\w -]{0,30}?|"
                              # its period with "in": "Client revenue in the quarter was"
                              r"\s+(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:quarter|year|period|half|months?)|"
                              r"\s+in\s+(?:Q[1-4]|fiscal|FY\s?'?\d{2,4}|\d{4})[\w -]{0,12}?)?"
                              # a table row's period ("Total Revenue Q4 FY25 was ...")
                              r"(?:\s+(?:Q[1-4]|FY\s?'?\d{2,4}|fiscal\s+\d{4}|\d{4})){0,2}"
                              r"(?:\s+(?:was|were|rose|"
                              r"grew|jumped|climbed|reached|totaled|totalled|came in|hit|fell|"
                              r"dropped|declined|increased|more than|also|surged|soared|"
                              r"tumbled|plunged|sank|slid|lost|gained|is|are|stood at|"
                              r"amounted to|saw|posted|recorded|registered|logged|"
                              r"touched|topped|crossed|surpassed|exceeded|closed at|ended at|"
                              r"improved|expanded|widened|narrowed|contracted|shrank)\b"
                              # a list item's measure and its figure: "Revenue: $39.3
                              # billion", "Data center revenue of $35.6 billion", "Revenue
                              # $3.9 billion"
                              r"|\s*(?::|\s+of)(?=\s*[$\u20ac\u00a3]?\d)|\s+(?=[$\u20ac\u00a3]\d))",
                              re.IGNORECASE)


# The parties of a venture, as a group: "The partners said they would deploy ...".
_PARTIES = lazy(r"\s*(?:The|Its|Their)\s+(?:founding\s+|four\s+|three\s+|two\s+)?"
                r"(?:partners|backers|founders|members)\b")


class _Index(Protocol):
    entities: Mapping[str, Entity]


def as_project(text: str, topic: tuple[str, str], finder: _Index) -> bool:
    """Does the clause open with the parties of the project the story is about ("The
    partners said they would start deploying $100 billion")? Acting together they speak for
    the project: its figures are the project's, named by description, not left implied. A
    company's partners are others than the company."""
    entity = finder.entities.get(topic[0])
    return entity is not None and entity.kind == "project" and _PARTIES.match(text) is not None
