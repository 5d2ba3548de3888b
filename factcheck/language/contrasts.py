"""A figure set against another party's: "... against roughly 500,000 for AMD".

Owns: finding, in a clause that gives a figure and then sets a second one against it for
another named party ("208 billion transistors versus 80 billion in Hopper", "3.76 million
GPUs in 2023 against roughly 500,000 for AMD"), where the second statement starts, and
restating it as a claim of its own about that party: the first statement with the party and
the figure swapped ("AMD shipped roughly 500,000 data-center GPUs in 2023"), so it keeps the
first one's measure and period. Must not: know the store; it is told where names and
figures are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Kind, Quantity
from .lexicon import lazy, whole_words
from .numbers import DIGITS_PATTERN
from .quantities import find_quantities

# The words that set the second figure against the first, ending just before it.
_AGAINST = lazy(r",?\s*\b(?:versus|vs\.?|against|compared (?:with|to))\s+(?:(?:about|"
                r"roughly|some|nearly|almost|around|only|just)\s+)?(?:the\s+)?$",
                re.IGNORECASE)
# The same with the party named as the second figure's owner: "compared with AMD's $7.7
# billion", "dwarfing Globex's 2 million".
_AGAINST_OWNED = lazy(r",?\s*\b(?:versus|vs\.?|against|compared (?:with|to)|"
                      r"dwarf(?:ed|s|ing)|ahead of|outpac(?:ed|ing|es)|beating|topping)"
                      r"\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s?\s+"
                      r"(?:(?:about|roughly|some|nearly|almost|around|only|just)\s+)?$")
# From the second figure to the party it is given for: "for AMD", "in the H100", "at Intel's".
_FOR_PARTY = lazy(r"\s+(?:in|for|on|at|of|by|from)\s+(?:the\s+)?$", re.IGNORECASE)
# The figure's own words: qualifier, currency, number and scale, before what it counts.
_NUMBER = lazy(rf"^(?:[a-z]+\s+(?:than\s+)?)*?[$€£¥]?\s?{DIGITS_PATTERN}(?:\s*(?:thousand|"
               rf"million|billion|trillion|bn|tn|[kKmMbBT])\b)?", re.IGNORECASE)


def contrast_cut(text: str, figures: Sequence[Quantity],
                 names: Sequence[tuple[int, int, str]]) -> tuple[int, str] | None:
    """Where the statement about another party starts, and that party's entity id: the
    second of two figures of one measure, set against the first and given for a name."""
    for first, second in zip(figures, figures[1:], strict=False):
        if first.span is None or second.span is None or first.kind is not second.kind or \
                first.unit != second.unit or first.kind in (Kind.YEAR, Kind.DATE):
            continue
        between = text[first.span.end:second.span.start]
        owned = _AGAINST_OWNED.search(between)
        if owned is not None:  # "... dwarfed AMD's $7.7 billion": the figure is AMD's
            at = first.span.end + owned.start("name")
            entity = next((e for start, _, e in names if start == at), None)
            if entity is not None:
                return first.span.end + owned.start(), entity
        against = _AGAINST.search(between)
        if against is None:
            continue
        for start, _, entity in names:
            if start >= second.span.end and _FOR_PARTY.fullmatch(text[second.span.end:start]):
                return first.span.end + against.start(), entity
    return None


def restate(first: str, subjects: Sequence[str], other: str, second: str) -> str | None:
    """The first statement made about ``other`` with the ``second`` figure: "Nvidia shipped
    about 3.76 million GPUs in 2023" -> "AMD shipped roughly 500,000 GPUs in 2023". None
    when the first statement does not name its subject (one of ``subjects``, its names)
    before its (last) figure."""
    figures = [q for q in find_quantities(first) if q.kind not in (Kind.YEAR, Kind.DATE)]
    figure = figures[-1] if figures else None
    number = _NUMBER.match(figure.text) if figure else None
    if figure is None or figure.span is None or number is None:
        return None
    found = [(m.start(), m.end()) for name in subjects for m in whole_words(
        name, re.IGNORECASE).finditer(first[:figure.span.start])]
    if not found:
        return None
    at, end = min(found, key=lambda f: (f[0], -f[1]))
    subject = first[at:end]
    own = re.sub(r"^,?\s*\S+(?:\s+with|\s+to|\s+of)?\s+(?:the\s+)?", "", second.strip())
    own = re.sub(rf"^{re.escape(other)}['’]s?\s+", "", own)  # "AMD's $7.7 billion"
    own = re.split(r"\s+(?:in|for|on|at|of|by|from)\s+", own)[0]  # "roughly 500,000"
    bare = _NUMBER.match(own)
    # what the first figure counts (" data-center GPUs"), unless the second says it too
    counted = figure.text[number.end():] if bare and not own[bare.end():].strip() else ""
    return (first[:at] + other + first[at + len(subject):figure.span.start] + own + counted +
            first[figure.span.end:])
