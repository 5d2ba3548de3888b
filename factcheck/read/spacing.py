"""Spaces real copy leaves inside a figure, closed up before any block is read.

Owns: ``closed_decimals(text)``: a decimal point set off from the digits before it by a
space or a no-break space ("$57 .0 billion", "NT$838\\u00a0.8 billion", left by wire copy and
by pages that break a figure across inline tags) is moved back against them, the space
put after the figure, so the text keeps its length and every offset holds. A point with a
space after it ("in 2024. 5 rivals") ends a sentence and is left as it is. Must not: read
figures or split sentences (``language`` does both, from the text this returns).
"""

from __future__ import annotations

import re

# digits, one space of any kind, a point, digits: "57 .0" (not "57 . 0", not "2024. 5")
_SPACED_POINT = re.compile(r"(?<=\d)([ \u00a0\u202f\u2009])\.(\d+)")


def closed_decimals(text: str) -> str:
    """``text`` with each decimal point spaced off its number closed up (same length)."""
    if " ." not in text and "\u00a0." not in text and "\u202f." not in text and \
            "\u2009." not in text:
        return text  # most texts: nothing to close
    return _SPACED_POINT.sub(lambda m: f".{m.group(2)}{m.group(1)}", text)
