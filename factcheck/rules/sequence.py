"""TMP-order: one recorded event said to follow another that it came before.

Why: "The partnership's launch follows the recent unveiling of Stargate" puts the launch of
September 2024 after an unveiling of January 2025. Each event's date may be right where the
article gives none; the order it states is wrong, and the store settles it when it dates
both. The event before "follows" is the claim's subject's, named by a cue of one of its
dated events before the verb; the event after it is another named party's, named by a cue
(not a name) of one of its dated events after the verb. Each side must be one date. Only a
first event more than ``SLACK_DAYS`` before the second is contradicted: reports of the same
days differ, and an order told the other way round is not checked for support here. Must
not: compare a date the claim gives (``temporal``), or read an order in the future.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Fact, Status
from .base import Context, Finding
from .cues import is_name_cue
from .stems import phrase_in, stems

CODE = "TMP-order"
SLACK_DAYS = 31  # the same weeks, told in either order by different reports

# "follows", "came after", "comes on the heels of": the event before it is the later one.
_FOLLOWS = re.compile(r"\b(?:follow(?:s|ed)|(?:comes|came) (?:after|on the heels of|in the "
                      r"wake of))\b", re.IGNORECASE)


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    found = _FOLLOWS.search(claim.standalone)
    if found is None or claim.subject is None or claim.negated or claim.future_marker:
        return None
    before, after = claim.standalone[:found.start()], claim.standalone[found.end():]
    split = len(stems(before))
    later = [c.fact for c in ctx.candidates if _dated(c.fact, claim.subject) and
             any(p < split for p in c.positions)]
    words = stems(after)
    others = [e for e in claim.named if e != claim.subject and
              any(phrase_in(n, words) for n in ctx.names(e))]
    earlier = [f for e in others for f in ctx.subject_facts if _dated(f, e) and
               f.subject != claim.subject and f.object != claim.subject and
               any(not is_name_cue(cue) and phrase_in(cue, words) for cue in f.cues)]
    first, second = {f.date for f in later}, {f.date for f in earlier}
    if len(first) != 1 or len(second) != 1:
        return None  # which event each side means is not clear
    told, then = first.pop(), second.pop()
    assert told is not None and then is not None
    if (then - told) <= dt.timedelta(days=SLACK_DAYS):
        return None
    one, other = later[0], earlier[0]
    return Finding(Status.CONTRADICTED, f"article: {one.measure} after {other.measure}; "
                   f"store: {one.measure} on {told.isoformat()}, before {other.measure} on "
                   f"{then.isoformat()}; the order differs", (one, other), rule=CODE,
                   strength=0.8)


def _dated(fact: Fact, party: str) -> bool:
    """Is the fact a dated event of ``party``'s (done by it, or to it)?"""
    return fact.kind == "event" and fact.date is not None and party in (fact.subject,
                                                                        fact.object)
