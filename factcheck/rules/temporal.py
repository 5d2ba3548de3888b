"""TMP: years against recorded events, and things presented as future that already happened.

Why: "In 2016, he co-founded OpenAI" is wrong by its year alone, and "the upcoming Blackwell"
in March 2025 describes a product that had been shipping for months. A year is compared only
with events whose cue the claim uses; "outdated" needs the article's date, a word that
presents the matter as future ("upcoming", "anticipates", "will"), and a recorded change or
published result from before that date.
"""

from __future__ import annotations

import re

from ..model import Status
from .base import Context, Finding

CODE = "TMP"
_PRODUCT_FUTURE = re.compile(r"upcoming|forthcoming|soon-to-be|next-generation|will (?:launch|"
                             r"release|ship|arrive|debut)", re.IGNORECASE)
_FORECAST = re.compile(r"anticipates?|projected|forecasts?|expects?|is expected to|"
                       r"are expected to|will|is set to|plans to", re.IGNORECASE)
_DONE_STATES = ("available", "completed", "ended")


def years(ctx: Context) -> Finding | None:
    """Compare the claim's years with the dates of matching events."""
    claim = ctx.claim
    if not claim.years:
        return None
    events = [c.fact for c in ctx.candidates if c.fact.kind == "event" and c.fact.date]
    if not events:
        return None
    for year in claim.years:
        agreeing = [f for f in events if f.date and f.date.year == year]
        if agreeing:
            fact = agreeing[0]
            return Finding(Status.SUPPORTED,
                           f"article: {year}; store: {fact.measure} on "
                           f"{fact.date.isoformat()}; consistent",  # type: ignore[union-attr]
                           (fact,), rule=CODE, strength=0.9,
                           covered_years=frozenset(range(len(claim.years))))
    fact = min(events, key=lambda f: (min(abs(f.date.year - y) for y in claim.years),  # type: ignore[union-attr]
                                      f.id))
    stated = ", ".join(str(y) for y in claim.years)
    return Finding(Status.CONTRADICTED,
                   f"article: {stated}; store: {fact.measure} on "
                   f"{fact.date.isoformat()}; the year differs",  # type: ignore[union-attr]
                   tuple(events[:3]), rule=CODE, strength=0.9,
                   covered_years=frozenset(range(len(claim.years))))


def outdated(ctx: Context) -> Finding | None:
    """Presented as future on the article's date, recorded as done or reported before it."""
    claim, today = ctx.claim, ctx.article_date
    if today is None or claim.future_marker is None:
        return None
    marker = claim.future_marker
    if _PRODUCT_FUTURE.fullmatch(marker):
        pool = [f for f in ctx.subject_facts if f.subject == claim.subject and
                f.state in _DONE_STATES and f.date and f.date < today]
        pool += [c.fact for c in ctx.candidates if c.fact.state in _DONE_STATES and
                 c.fact.date and c.fact.date < today and c.fact not in pool]
        if pool:
            fact = max(pool, key=lambda f: (f.date, f.id))
            return Finding(Status.OUTDATED,
                           f"article ({today.isoformat()}) presents it as {marker}; store: "
                           f"{fact.state} since {fact.date.isoformat()} "  # type: ignore[union-attr]
                           f"({fact.statement})", (fact,), rule=CODE, strength=0.9)
    if _FORECAST.fullmatch(marker):
        for candidate in ctx.candidates:
            fact = candidate.fact
            known = fact.published or fact.date
            if fact.kind == "quantity" and fact.period and known and known < today and (
                    not claim.years or fact.period in claim.years):
                return Finding(Status.OUTDATED,
                               f"article ({today.isoformat()}) presents {fact.measure} for "
                               f"{fact.period} as a forecast (\u201c{marker}\u201d); actual "
                               f"results were published on {known.isoformat()}",
                               (fact,), rule=CODE, strength=0.85)
            if fact.kind == "event" and fact.date and fact.date < today and \
                    marker.lower() in ("will", "is set to", "plans to", "is expected to"):
                return Finding(Status.OUTDATED,
                               f"article ({today.isoformat()}) presents it as future "
                               f"(\u201c{marker}\u201d); store: it happened on "
                               f"{fact.date.isoformat()}", (fact,), rule=CODE, strength=0.85)
    return None
