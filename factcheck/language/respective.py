"""Respective pairs: "A and B reported $X and $Y, respectively" says X of A and Y of B.

Owns: cutting a clause that pairs a list of names with a list of figures by "respectively"
into one part per name, each said with its own figure ("A reported $X"), the list found in
the clause or just before it ("ahead of A and B, whose market values stood near $X and $Y,
respectively"). Must not: know the store or judge; it is handed the names and a reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Claim
from .conjuncts import SINGULAR, one_party
from .entities import Mention
from .quantities import find_quantities

_RESPECTIVELY = re.compile(r",?\s*\brespectively\b", re.IGNORECASE)
# What joins the members of a list: "A and B", "A, B and C", "A, B, and C".
_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def respective_parts(sentence: str, start: int, end: int, mentions: Sequence[Mention],
                     whole: Claim, read: Callable[[str], Claim]) -> tuple[Claim, ...]:
    """One part per name of a list that "respectively" pairs with as many figures, in the
    clause from ``start`` to ``end`` of ``sentence`` (``mentions`` are the sentence's);
    none when the clause says no "respectively" or the counts differ."""
    text = sentence[start:end]
    if "respectively" not in text.lower():
        return ()  # most clauses
    marker = _RESPECTIVELY.search(text)
    if marker is None:
        return ()
    figures = _last_run([(q.span.start, q.span.end) for q in find_quantities(
        text[:marker.start()]) if q.span is not None], text)
    if len(figures) < 2:
        return ()
    first_figure = start + figures[0][0]
    names = _last_run([(m.start, m.end) for m in mentions if m.end <= first_figure
                       and not m.described], sentence)
    if len(names) != len(figures):
        return ()
    listed = [next(m for m in mentions if (m.start, m.end) == span) for span in names]
    if len({m.entity for m in listed}) != len(listed):
        return ()
    figure_text = text[figures[0][0]:figures[-1][1]]
    list_text = sentence[names[0][0]:names[-1][1]]
    said = whole.standalone
    if figure_text not in said:
        return ()
    parts = []
    others = {m.entity for m in listed}
    for index, (mention, (f_start, f_end)) in enumerate(zip(listed, figures, strict=True)):
        name = sentence[mention.start:mention.end]
        own = _RESPECTIVELY.sub("", said.replace(figure_text, text[f_start:f_end], 1), count=1)
        if list_text in own:
            own = own.replace(list_text, name, 1)
            own = re.sub(rf"^({re.escape(name)})\s+(were|have|are)\b",
                         lambda found: f"{found.group(1)} {SINGULAR[found.group(2).lower()]}",
                         own, count=1)
        elif whole.subject in others and whole.subject_name and whole.subject_name in own:
            own = own.replace(whole.subject_name, name, 1)  # "whose" read as the last name
        else:
            return ()
        parts.append(one_party(read(own), f"{whole.id}.{index + 1}", mention, others))
    return tuple(parts)


def _last_run(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The last run of spans that ``text`` lists ("X, Y and Z"): each joined to the next by
    a comma or "and" alone."""
    run: list[tuple[int, int]] = []
    for span in spans:
        if run and _GAP.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
        else:
            run = [span]
    return run
