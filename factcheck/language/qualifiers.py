"""Qualifiers of a figure.

Owns: the words before or after a figure that bound it ("more than", "about", "up to",
"nearly", "+", "or more") and the qualifier they give it. Must not: read the figure itself
(``quantities.py``).
"""

from __future__ import annotations

import re

from ..model import Qualifier
from .lexicon import lazy

QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("more than", Qualifier.OVER), ("over", Qualifier.OVER), ("above", Qualifier.OVER),
    ("exceeding", Qualifier.OVER), ("in excess of", Qualifier.OVER),
    ("upwards of", Qualifier.OVER), ("north of", Qualifier.OVER), ("beyond", Qualifier.OVER),
    ("greater than", Qualifier.OVER), ("surpassing", Qualifier.OVER),
    ("exceeded", Qualifier.OVER), ("exceeds", Qualifier.OVER), ("surpassed", Qualifier.OVER),
    ("surpasses", Qualifier.OVER), ("topped", Qualifier.OVER), ("tops", Qualifier.OVER),
    ("passed", Qualifier.OVER), ("went past", Qualifier.OVER), ("gone past", Qualifier.OVER),
    ("crossed", Qualifier.OVER), ("broke through", Qualifier.OVER),
    ("crossing", Qualifier.OVER), ("topping", Qualifier.OVER), ("passing", Qualifier.OVER),
    # a rise "past" a figure (never "the past 12 months": only after a verb of motion)
    *((f"{verb} past", Qualifier.OVER) for verb in (
        "climbed rose risen jumped soared surged pushed moved raced shot blew sailed grew "
        "climbing rising jumping soaring surging pushing moving racing shooting").split()),
    ("at least", Qualifier.AT_LEAST), ("no less than", Qualifier.AT_LEAST),
    ("a minimum of", Qualifier.AT_LEAST), ("not less than", Qualifier.AT_LEAST),
    ("less than", Qualifier.UNDER), ("fewer than", Qualifier.UNDER),
    ("under", Qualifier.UNDER), ("below", Qualifier.UNDER), ("just under", Qualifier.NEARLY),
    ("up to", Qualifier.AT_MOST), ("at most", Qualifier.AT_MOST),
    ("no more than", Qualifier.AT_MOST), ("as much as", Qualifier.AT_MOST),
    ("as many as", Qualifier.AT_MOST), ("a maximum of", Qualifier.AT_MOST),
    ("as high as", Qualifier.AT_MOST), ("as low as", Qualifier.AT_LEAST),
    ("approximately", Qualifier.APPROX), ("approx.", Qualifier.APPROX),
    ("about", Qualifier.APPROX), ("roughly", Qualifier.APPROX), ("around", Qualifier.APPROX),
    ("some", Qualifier.APPROX), ("an estimated", Qualifier.APPROX),
    ("estimated", Qualifier.APPROX), ("circa", Qualifier.APPROX), ("~", Qualifier.APPROX),
    ("nearly", Qualifier.NEARLY), ("almost", Qualifier.NEARLY),
    ("close to", Qualifier.NEARLY),
    # a figure fallen short of is approached from below ("just shy of the $4 trillion mark")
    ("shy of", Qualifier.NEARLY), ("short of", Qualifier.NEARLY),
    # "near $300" is about it; "a near 40% surge" (an adjective after its article) almost it
    ("near", Qualifier.APPROX), ("a near", Qualifier.NEARLY), ("only", Qualifier.EXACT),
    ("just", Qualifier.EXACT),
    ("exactly", Qualifier.EXACT),
)
_QUALIFIER_RE = re.compile(
    r"(?:^|[\s(])(" + "|".join(re.escape(q) for q, _ in
                               sorted(QUALIFIERS, key=lambda p: -len(p[0]))) + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_OF = {q: k for q, k in QUALIFIERS}
TRAILING_OVER = re.compile(r"^(?:\s*\+|\s*-?plus\b|\s+or more\b|\s+and up\b)", re.IGNORECASE)


def qualifier_before(text: str, start: int) -> tuple[Qualifier, int]:
    """The qualifier written just before ``start`` in ``text``, and where it begins."""
    window = text[max(0, start - 30):start]
    match = _QUALIFIER_RE.search(window)
    if not match:
        return Qualifier.EXACT, start
    word = match.group(1).lower()
    return _QUALIFIER_OF.get(word, Qualifier.EXACT), start - (len(window) - match.start(1))


# A figure given as a line crossed: "below the $3 trillion mark", "crossed the $1 trillion
# threshold". The article between the qualifier and the figure does not undo the bound (but
# "under the $500 billion plan" is the plan's scope: only a line's noun makes it one).
_LINE = re.compile(r"\s*(?:mark|level|line|threshold|barrier|milestone|ceiling|floor)\b",
                   re.IGNORECASE)
_THE = lazy(r"\s+the\s*$", re.IGNORECASE)


def line_crossed(text: str, start: int, end: int) -> tuple[Qualifier, int]:
    """The qualifier of a figure at ``start``-``end`` named as a line ("below the $3
    trillion mark"), and where it begins; exact when it is none."""
    the = _THE.search(text, max(0, start - 6), start) if _LINE.match(text, end) else None
    if the is None:
        return Qualifier.EXACT, start
    qualifier, at = qualifier_before(text, the.start())
    return (qualifier, at) if qualifier is not Qualifier.EXACT else (Qualifier.EXACT, start)
