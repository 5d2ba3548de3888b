"""Whether a claim names the moment at which the store took a value of a moving series.

Why: a valuation or an amount of assets the store last recorded long ago cannot refute a
figure of today (``staleness.older_than_cadence``). A claim that ties its figure to the very
event the store took the value at ("its Series B valued the company at ...", "had $150
billion of assets when the deal was struck") speaks of that moment, not of today: its figure
is compared with the stored one. Must not: compare figures or decide a verdict.
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Fact
from .base import Context
from .event_dates import DATE_SLACK_DAYS
from .stems import stems

# A cue that names the event itself, capitalised as a name is ("Series B", "GTC 2024").
_NAMED = lazy(r"[A-Z][\w-]*(?: [A-Z0-9][\w-]*)*")
# A time clause naming an event back by a noun ("when the deal was struck", "at the time of
# the acquisition", "as its round closed"): that event's moment.
_AT_EVENT = lazy(r"\b(?:when|as|once|after) (?:the|its|their) (?P<noun>[a-z-]+) "
                       r"(?:was|were|had been|is) \w+|\bat the time of (?:the|its|their) "
                       r"(?P<noun2>[a-z-]+)", re.IGNORECASE)
# Nouns a report names a one-time deal or round by.
_EVENT_NOUNS = frozenset(stems("deal acquisition takeover purchase merger transaction "
                               "agreement round"))


def names_moment(fact: Fact, ctx: Context) -> bool:
    """Does the claim's sentence name an event of the fact's subject recorded at the day the
    fact's value was taken: by a name of its own ("Series B"), or by a noun of a one-time deal
    in a time clause ("when the deal was struck") when the store holds one such event?"""
    known = fact.as_of or fact.date
    if known is None:
        return False
    then = [f for f in ctx.subject_facts if f.id != fact.id and fact.subject in (
        f.subject, f.object) and (f.as_of or f.date) is not None and
        abs(((f.as_of or f.date) - known).days) <= DATE_SLACK_DAYS]  # type: ignore[operator]
    sentence = ctx.claim.sentence or ctx.claim.standalone
    if any(_NAMED.fullmatch(cue) and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", sentence)
           for f in then for cue in f.cues):
        return True
    found = _AT_EVENT.search(sentence)
    if found is None:
        return False
    noun = stems(found.group("noun") or found.group("noun2"))
    events = [f for f in then if f.kind == "event"]
    return bool(noun) and noun[0] in _EVENT_NOUNS and len(events) == 1
