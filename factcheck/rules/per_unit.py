"""A figure the store gives per unit, met in a claim about a whole made of several units.

Why: the store gives the B200's 20 petaflops of FP4 "per GPU"; a report that gives the same 20
petaflops for "the GB200 Superchip, which pairs two B200 GPUs with a Grace CPU" speaks of a
whole of two such GPUs, and an equal value is then a coincidence (here an error of the
report), not support. A claim that counts several of the unit the fact's measure is per, and
does not itself say "per" or "each", gives its figure for the whole. Must not: decide a
verdict (``measure_nouns.another_measure_named`` leaves such a figure uncovered).
"""

from __future__ import annotations

import re

from ..model import Fact

_PER = re.compile(r"\bper\s+(?P<unit>[A-Za-z][\w-]*)", re.IGNORECASE)
_SEVERAL = (r"(?:two|three|four|five|six|eight|twelve|sixteen|dozens\s+of|hundreds\s+of|"
            r"thousands\s+of|\d+(?:,\d{3})*)")
_EACH = re.compile(r"\b(?:per|each|apiece|a\s+piece)\b", re.IGNORECASE)


def of_a_whole(text: str, fact: Fact) -> bool:
    """Does ``text`` count several of the unit ``fact``'s measure is given per ("two B200
    GPUs" against a figure "per GPU (B200)"), without saying "per" or "each" itself?"""
    per = _PER.search(fact.measure)
    if per is None or _EACH.search(text):
        return False
    unit = re.escape(per.group("unit"))
    return re.search(rf"\b{_SEVERAL}\s+(?:[\w-]+\s+){{0,2}}?{unit}s\b", text,
                     re.IGNORECASE) is not None
