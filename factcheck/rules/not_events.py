"""Words that read like an event's cue but tell no event.

Owns: the phrases whose verb or noun a fact's cue would meet though nothing happens to the
claim's subject: a point of the calendar ("at the start of 2023" starts nothing, "by the end
of the quarter" ends nothing), a time told from an event ("post-split holdings", "pre-IPO
shares"; "pre-money" and "pre-tax" are measures' words and stay), a sum a series starts with
("starting with $1.25 billion" founds nothing) and an activity begun ("started selling
Claude", "began to ship"). ``matching`` keeps these words out of reach of the cues. Must
not: read the store or decide a verdict.
"""

from __future__ import annotations

import re

_NOT_EVENTS = re.compile(r"\bthe\s+(start|beginning|end|middle|close|turn)\s+of\b|"
                         r"\b(starting|beginning)\s+(?:with|at|from)\b|"
                         r"\b(start(?:ed|s|ing)?|beg[au]n|begins?)\s+(?:to\s+[a-z]+|[a-z]+ing)\b|"
                         r"\b(?:post|pre)-(split|merger|deal|acquisition|takeover|ipo|listing|"
                         r"launch|closing|announcement|transaction)\b", re.IGNORECASE)


def not_event_words(text: str) -> list[int]:
    """Where in ``text`` each word stands that tells no event (its offset)."""
    return [m.start(m.lastindex or 1) for m in _NOT_EVENTS.finditer(text)]
