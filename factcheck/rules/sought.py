"""What the facts behind a support could not confirm at the article's date: talks, a plan
told as spent, and what the store learned only later.

Owns: reading a claim that tells a deal as sought or under negotiation ("is in talks to
invest", "is nearing a deal to buy", "is considering a bid", "is seeking to raise") and
finding when no fact behind its support records talks; and finding when every fact behind a
support was made public well after the article's date. Why: a record of the deal done
confirms no talks (done before the article's date, the deal makes talks then another deal;
a standing relation says nothing of new ones), and a record the article could not know
confirms nothing it says of its own time ("revenue for the year was $130.5 billion" a month
before the year's results). Must not: decide the verdict (``rules`` asks it) or judge a
time the claim names (``temporal`` does).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .base import gives_figure
from .event_dates import stage_of, stage_told
from .measure_kinds import planned
from .periods import DATE_SLACK

# A deal told as sought, not done: talks held, a deal neared, an option weighed.
_TALKS = r"(?:talks|discussions|negotiations)"
_SOUGHT = lazy(rf"\b(?:in\s+(?:(?:advanced|early|late|final|exclusive|preliminary|serious)\s+)?"
               rf"{_TALKS}|(?:held|holding|holds|opened|entered|began)\s+(?:\w+\s+)?{_TALKS}|"
               r"negotiating|near(?:s|ing|ed)?\s+(?:a\s+)?(?:deal|agreement)|close\s+to\s+"
               r"(?:a\s+)?(?:deal|agreement)|(?:is|are|was|were)\s+(?:also\s+|now\s+)?"
               r"(?:considering|weighing|exploring|mulling|eyeing|seeking|looking\s+to|"
               r"hoping\s+to)|(?:considers|weighs|explores|mulls|eyes|seeks)\s+(?:a|an|to)\b)",
               re.IGNORECASE)
# What a record says to tell talks rather than a deal done.
_TALKS_TOLD = lazy(r"\b(?:talks|discussions|negotiat\w*|nearing|considering|weighing|"
                   r"exploring|sought|seeking|in\s+the\s+works|report(?:s|ed)?\s+of)\b",
                   re.IGNORECASE)


def sought_only(claim: Claim, facts: Sequence[Fact],
                article_date: dt.date | None) -> str | None:
    """The words that tell the claim's deal as sought, when none of ``facts`` records
    talks, or a plan or target (what is sought; a commitment made is an event, a deal done),
    or the deal the talks came to in the days just before the article (a report of the
    talks a week after the round was announced tells that round); None otherwise."""
    found = _SOUGHT.search(claim.standalone)
    if found is None or any(planned(f) and f.kind != "event" or _TALKS_TOLD.search(
            f"{f.measure} {' '.join(f.cues)} {f.statement} {f.note or ''}") or
            _just_before(f, article_date) for f in facts):
        return None  # a target is what a party seeks ("seeks to unlock $30 billion")
    return found.group(0)


TALKS_DAYS = 14  # a deal made public this long before the article may be what it reports


def _just_before(fact: Fact, article_date: dt.date | None) -> bool:
    """Was the fact's deal made public in the ``TALKS_DAYS`` before the article's date (or
    after it: what the talks came to, if the store knew it then)?"""
    known = fact.published or fact.date or fact.as_of
    return article_date is not None and known is not None and \
        (article_date - known).days <= TALKS_DAYS


def learned_later(claim: Claim, facts: Sequence[Fact],
                  article_date: dt.date | None) -> Fact | None:
    """The first of ``facts`` when every one was made public (its ``published`` date) more
    than ``DATE_SLACK`` days after the article's date; None when one was known by then, or
    says not when it was made public (an event's own date may be one the article
    expected), or when the claim looks ahead or tells of talks (a plan, or talks, may be
    confirmed by what came of them: "is in talks to raise as much as $40 billion" by the
    round announced a month later)."""
    if article_date is None or not facts or claim.future_marker is not None or \
            _SOUGHT.search(claim.standalone) is not None:
        return None  # talks are confirmed by the deal they came to
    if all(f.published is not None and (f.published - article_date).days > DATE_SLACK
           for f in facts):
        return facts[0]
    return None




def completion_unrecorded(claim: Claim, facts: Sequence[Fact]) -> bool:
    """Does the claim tell a deal completed ("completed its purchase", "closed the deal")
    when the facts behind its support record only its announcement (a deal agreed may
    still fall through, or close in another year)?"""
    stages = {stage_of(f) for f in facts} - {None}
    return stage_told(claim.standalone) == "completed" and stages == {"announced"} and \
        _DONE.search(claim.standalone) is not None


# A verb that tells the deal done ("post-closing milestones" and "the closing date" do not).
_DONE = lazy(r"(?<![\w-])(?:completed|completes|closed|closes|finali[sz]ed|finali[sz]es)\b",
             re.IGNORECASE)


# A sum told as spent: "has spent $1.4 trillion", "spent", "has paid out".
_SPENT = lazy(r"\b(?:(?:has|have|had)\s+(?:already\s+)?(?:spent|paid(?:\s+out)?|poured|"
              r"shelled\s+out)|spent|paid\s+out)\b", re.IGNORECASE)
# A record of what is planned or committed, not spent ("infrastructure commitments").
_PLEDGED = lazy(r"\b(?:commitments?|committed|pledged?|plans?|planned|expected|targets?)\b",
                re.IGNORECASE)


def plan_told_spent(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The words that tell the claim's sum as spent ("has spent $1.4 trillion on
    computing"), when every fact behind the support that gives the sum records it as
    planned or committed; None otherwise."""
    spent = _SPENT.search(claim.standalone)
    if spent is None or not claim.quantities:
        return None
    giving = [f for f in facts if gives_figure(f, claim)] or list(facts)
    if giving and all(planned(f) or _PLEDGED.search(f.measure) for f in giving):
        return spent.group(0)
    return None
