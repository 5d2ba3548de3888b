"""When something is due: a schedule a claim tells, held to the one a record's statement gives.

Owns: the rule TMP-due. A claim that tells when its subject is due ("Blackwell Ultra is
slated for the second half of 2025", "Rubin Ultra will take the stage in 2027", "is expected
to ship in late 2026") is confirmed by a record whose statement gives that thing's schedule
("Vera Rubin, due in the second half of 2026, and Rubin Ultra, due in the second half of
2027"), read right after the thing's own name, when the two periods meet in the same year.
Confirm only: a schedule moves, and another period told may be newer or older than the
record, so a difference refutes nothing. Must not: date events (``temporal``) or read figures.
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Fact, Status
from .base import Context, Finding

CODE = "TMP-due"

# The claim tells a schedule, not an event done: "slated for", "due in", "expected to launch",
# "set to ship", "will take the stage", "on track for".
_DUE_TOLD = lazy(r"\b(?:slated|due|scheduled|planned|expected|set\s+to|on\s+track|poised|"
                 r"will\s+(?:ship|launch|arrive|debut|follow|come|be\s+(?:available|released|"
                 r"shipping|launched))|will\s+take\s+the\s+stage|to\s+(?:ship|launch|arrive|"
                 r"debut|be\s+available))\b", re.IGNORECASE)
# A period of a year: "the second half of 2025", "H2 2026", "the third quarter of 2026", "Q3
# 2026", "late 2026", "early 2027", "mid-2026", "the end of 2025", "2027".
_PERIOD = (r"(?:(?:the\s+)?(?P<half>first|second|1st|2nd)\s+half\s+of\s+|H(?P<h>[12])\s+|"
           r"(?:the\s+)?(?P<quarter>first|second|third|fourth)\s+quarter\s+of\s+|"
           r"Q(?P<q>[1-4])\s+|(?:the\s+)?(?P<edge>early|mid|late|end\s+of|start\s+of)[-\s]+"
           r"(?:of\s+)?)?(?P<year>20\d\d)\b")
_CLAIM_PERIOD = lazy(_PERIOD, re.IGNORECASE)
# In a statement, right after the thing's name: "Vera Rubin, due in the second half of 2026".
_DUE_AFTER_NAME = lazy(r"[^.;:]{0,40}?\b(?:due|slated|scheduled|planned|expected|set\s+to\s+"
                       r"(?:ship|launch|arrive)|shipping|to\s+ship|available)\b[^.;:]{0,25}?\b"
                       r"(?:in|by|for|from)\s+" + _PERIOD, re.IGNORECASE)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "fourth": 4}
_EDGES = {"early": (1, 4), "start of": (1, 3), "mid": (5, 8), "late": (9, 12),
          "end of": (10, 12)}


def _months(m: re.Match[str]) -> tuple[int, int, int]:
    """The year and the first and last month a period match spans."""
    year = int(m.group("year"))
    half = m.group("half") or m.group("h")
    if half:
        n = _ORDINAL.get(half.lower(), int(half) if half.isdigit() else 1)
        return year, 6 * n - 5, 6 * n
    quarter = m.group("quarter") or m.group("q")
    if quarter:
        n = _ORDINAL.get(quarter.lower(), int(quarter) if quarter.isdigit() else 1)
        return year, 3 * n - 2, 3 * n
    edge = m.group("edge")
    if edge:
        first, last = _EDGES[" ".join(edge.lower().split())]
        return year, first, last
    return year, 1, 12


def _meet(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[0] == b[0] and a[1] <= b[2] and b[1] <= a[2]


def _scheduled(fact: Fact, names: tuple[str, ...], others: tuple[str, ...]
               ) -> tuple[int, int, int] | None:
    """The period the statement gives as the named thing's schedule, read right after one
    of its names with no other name between, or None."""
    text = fact.statement
    for name in names:
        for at in (m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", text)):
            found = _DUE_AFTER_NAME.match(text, at)
            if found is None:
                continue
            between = text[at:found.start("year")]
            if any(re.search(rf"\b{re.escape(o)}\b", between) for o in others):
                continue  # "Blackwell Ultra: Vera Rubin, due in ...": another thing's date
            return _months(found)
    return None


# Any schedule in a statement: "..., with systems due in the second half of 2025".
_DUE_ANYWHERE = lazy(r"\b(?:due|slated|scheduled|expected|set\s+to\s+(?:ship|launch|arrive)|"
                     r"to\s+ship|available)\b[^.;:]{0,25}?\b(?:in|by|for|from)\s+" + _PERIOD,
                     re.IGNORECASE)


def _own_schedule(fact: Fact, subject: str) -> tuple[int, int, int] | None:
    """The one schedule a record of the thing itself gives ("NVIDIA announced Blackwell
    Ultra ..., with systems due in the second half of 2025"), or None when it gives none or
    several (then whose each is, only the words after a name tell: ``_scheduled``)."""
    if fact.subject != subject:
        return None
    found = list(_DUE_ANYWHERE.finditer(fact.statement))
    return _months(found[0]) if len(found) == 1 else None


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.subject is None or claim.quantities or not claim.years or \
            not _DUE_TOLD.search(claim.standalone):
        return None
    periods = list(_CLAIM_PERIOD.finditer(claim.standalone))
    if len(periods) != 1:
        return None  # one schedule told, or none this rule can read
    told = _months(periods[0])
    names = ctx.names(claim.subject)
    for fact in dict.fromkeys((*(c.fact for c in ctx.candidates), *ctx.subject_facts)):
        if ctx.article_date and fact.published and fact.published > ctx.article_date:
            continue  # the article could not know it
        others = tuple(n for e in (fact.subject, fact.object, *fact.mentions)
                       if e and e != claim.subject for n in ctx.names(e))
        due = _scheduled(fact, names, others) or _own_schedule(fact, claim.subject)
        if due is not None and _meet(told, due):
            return Finding(Status.SUPPORTED,
                           f"article: due {periods[0].group(0)}; store: its statement gives "
                           f"the schedule ({fact.statement}); consistent", (fact,), rule=CODE,
                           strength=0.7, covered_years=frozenset(range(len(claim.years))))
    return None
