"""Whether a stored fact can be of the event a claim points back to with a definite noun.

Owns: comparing a fact's year with the years an event told earlier in the article was told
in ("The round valued it at $20 billion" after a round told in June 2023: ``Claim.event_years``,
which ``language/events.py`` gives). Why apart from ``periods.py``: that module reads the
periods a claim names; this one the time of an event the claim only refers to. Must not:
compare figures or decide a verdict.
"""

from __future__ import annotations

from ..model import Claim, Fact
from .base import fact_year


def of_event_told(claim: Claim, fact: Fact) -> bool:
    """Can ``fact`` be of the event a definite noun of the claim points back to ("The round
    valued it at $20 billion" after a round told in June 2023)? Only when it is dated in a
    year the event was told in, or the year after (a deal agreed in one year closes in the
    next); never when the event was told with no year, which then says no more."""
    year = fact_year(fact)
    return bool(claim.event_years) and year is not None and any(
        year in (told, told + 1) for told in claim.event_years or ())


def before_event_told(claim: Claim, fact: Fact) -> bool:
    """Is ``fact`` dated in a year before every year the event a definite noun of the claim
    points back to was told in? Then it is an earlier event's: "The round valued it at $20
    billion" after a round told in 2025 is not what a 2023 round's record gives. (A record
    of a later year may still be the event's: its completion, or its report.)"""
    year = fact_year(fact)
    return bool(claim.event_years) and year is not None and year < min(claim.event_years or (0,))
