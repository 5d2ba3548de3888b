"""TMP-first: the year of a milestone that the store records as crossed for the first time.

Why: "BlackRock first passed $10 trillion of assets in 2020" is wrong by its year alone when
the store records the first crossing at the end of 2021. A figure's fact usually dates one
value of a moving series, a value that may have held in other years too, so its year never
refutes a claim's; but a crossing told as the first ("first", "for the first time", "joined
the trillion-dollar club") happens once. Only a fact whose own statement records the first
crossing is read so, and only a claim that tells it as the first; a claim that gives another
value than the milestone's is ``numeric``'s to judge.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..language.comparison import compare
from ..language.lexicon import lazy
from ..model import Claim, Fact, Qualifier, Quantity, Status
from .base import Context, Finding
from .figure_kinds import kinds_match
from .periods import period_years
from .pinning import pins_measure
from .stems import stems

CODE = "TMP-first"

# A fact that records a first crossing: "became the first chipmaker to reach $1 trillion",
# "first passed $3 trillion".
_FIRST_CROSSING = lazy(r"\bfirst\b[^.;]*?\b(?:pass|reach|surpass|cross|top|hit|exceed|"
                       r"join)\w*", re.IGNORECASE)
# A claim that tells the crossing as the first one.
_TOLD_FIRST = re.compile(r"\bfirst\b|\bclub\b", re.IGNORECASE)
# ... and one that tells a later one: "topped $3 trillion again", "back above", "for the
# first time since 2002" (it had happened before).
_AGAIN = lazy(r"\b(?:again|back|once more|regain\w*|re-?took|re-?claim\w*|"
              r"first time (?:since\b|in (?:more than |over |nearly |almost )?(?:\d+|a|"
              r"two|three|four|five|six|seven|eight|nine|ten|several|many) "
              r"(?:years?|decades?)\b))", re.IGNORECASE)
# A crossing told with no figure names its milestone by a club: "joined the trillion-dollar
# club". Without one ("passed Apple's market value for the first time") it names none of the
# series' milestones.
_CLUB = lazy(r"\bclub\b", re.IGNORECASE)


def _year(claim: Claim) -> int | None:
    """The one year the claim dates its crossing to, in its own words (not a fiscal year,
    nor one a span opens: "since 2020"). A year only restored to it (a table row's date
    said again with the row's figure) is checked where it stands."""
    years = set(period_years(claim)) - set(claim.fiscal_years)
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and str(year) in claim.text else None


def _threshold(claim: Claim, fact: Fact) -> list[int] | None:
    """The indexes of the claim's figures that give the fact's milestone value; None when a
    figure of its kind gives another value (another milestone, or a wrong figure)."""
    value = fact.value
    assert value is not None
    found = []
    for index, q in enumerate(claim.quantities):
        if not kinds_match(q, value):
            continue
        # "first passed $2 trillion" is no crossing of $3 trillion, though $3 trillion is
        # over $2 trillion: the figure itself must be the milestone's
        plain: Quantity = replace(q, qualifier=Qualifier.APPROX, high=None)
        if compare(plain, value, fact.tolerance).outcome != "consistent":
            return None
        found.append(index)
    return found


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if not claim.years or claim.negated or claim.future_marker or \
            not _TOLD_FIRST.search(claim.standalone) or _AGAIN.search(claim.standalone):
        return None
    year = _year(claim)
    if year is None:
        return None
    names = frozenset(w for e in claim.entities for n in ctx.names(e) for w in stems(n))
    for candidate in ctx.candidates:
        fact = candidate.fact
        when: dt.date | None = fact.as_of or fact.date
        if fact.kind != "quantity" or fact.value is None or when is None or \
                fact.subject not in claim.subjects or not _FIRST_CROSSING.search(fact.statement):
            continue
        figures = _threshold(claim, fact)
        if figures is None or not figures and (not _CLUB.search(claim.standalone) or
                                               not pins_measure(candidate, claim, names)):
            continue  # another value; or no figure, and words that name no milestone
        if when.year == year:
            continue  # the right year: the figure's own rule confirms it
        return Finding(Status.CONTRADICTED,
                       f"article: {year}; store: first reached on {when.isoformat()} "
                       f"({fact.measure}); the date differs", (fact,), rule=CODE,
                       strength=0.9, covered_quantities=frozenset(figures),
                       covered_years=frozenset(range(len(claim.years))))
    return None
