"""A count of people a move acts on: "laying off 6,000 employees", "6,000 employees affected".

Why: an employer's headcount ("has about 228,000 employees") and the people a layoff, a hire
or a reorganisation acts on are counted in the same words. A layoffs report's "impacting
approximately 6,000 employees" counts the people the cut reaches, never the workforce, so it
cannot refute the stored headcount; it is left to the facts of the move itself.

Must not: compare figures (``numeric``); decide a verdict.
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Fact, Kind, Quantity

# A measure that counts a workforce: "employees", "headcount", "global workforce".
_HEADCOUNT = lazy(r"\b(?:employees|employee|headcount|workforce|staff)\b", re.IGNORECASE)
# A verb that acts on the people counted, right before the figure ("laying off about",
# "impacting approximately", "would affect", "to hire") ...
_ACTS = r"""(?:impact(?:s|ed|ing)?|affect(?:s|ed|ing)?|lay(?:s|ing)?\s+off|laid\s+off|
    cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|fir(?:e|es|ed|ing)|
    hir(?:e|es|ed|ing)|retain(?:s|ed|ing)?|let\s+go|redeploy(?:s|ed|ing)?|
    transfer(?:s|red|ring)?|furlough(?:s|ed|ing)?)"""
_BEFORE = lazy(rf"\b{_ACTS}\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|"
               r"up\s+to|more\s+than|over|another|a\s+further|an\s+estimated)\s+)?$",
               re.IGNORECASE | re.VERBOSE)
# ... or a passive after it ("6,000 employees were affected", "6,000 jobs will be cut").
_AFTER = lazy(rf"^(?:\s+[A-Z][\w.&'’-]*)?(?:\s+(?:employees|workers|staff|people|jobs|"
              rf"positions|roles))?\s+(?:(?:were|was|are|is|will\s+be|would\s+be|have\s+been|"
              rf"had\s+been|being)\s+)?{_ACTS}\b", re.IGNORECASE | re.VERBOSE)
_WINDOW = 60  # characters before the figure the verb may stand in


def acted_on(q: Quantity, text: str, fact: Fact) -> str | None:
    """Why a count of people that differs from a stored headcount may still be true: the
    claim counts the people a move acts on, not the workforce. None otherwise."""
    if q.kind is not Kind.COUNT or not q.text or not _HEADCOUNT.search(fact.measure):
        return None
    at = text.find(q.text)
    if at < 0:
        return None
    before, after = text[max(0, at - _WINDOW):at], text[at + len(q.text):]
    if _BEFORE.search(before) or _AFTER.match(after):
        return "the claim counts the people a move acts on, not the workforce"
    return None
