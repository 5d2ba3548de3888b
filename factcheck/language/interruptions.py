"""Asides that interrupt a clause to tell of another party.

Owns: an aside in brackets or between dashes, anywhere inside a clause, that names a party
and says something of its own ("Data center revenue (Globex reports next week) rose ...",
"Acme's revenue — Globex's was nine times larger — rose ...", "— a market where Globex
leads —"): it is read as a clause of its own (role ``aside``) and as blank in the clause it
interrupts, whose subject and figures it never supplies. An aside on the name just before
its dash is ``appositives.dash_asides``'s; an aside with no name ("(up 69%)") or that only
names a party ("its largest customer (Globex)") stays the clause's own. Must not: know
entities' meaning or the store; it is told where names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .appositives import APPOSITIVE_START
from .clause_spans import Clause, stripped
from .clause_words import looks_main
from .gates import gated

ASIDE = "aside"
# an opening bracket, or a dash (an em or en dash or "--", or a hyphen between spaces)
_OPENING = gated(re.compile(r"\s*\(|\s*(?:—|–|--)\s*|\s+-\s+"))


def _pairs(s: str, start: int, stop: int) -> Iterator[tuple[int, int, int, int]]:
    """(open, inner start, inner end, close) of each bracketed or dashed span in
    ``s[start:stop]`` whose closing mark is inside it too, in reading order."""
    at = start
    while (opening := _OPENING.search(s, at, stop)) is not None:
        mark = opening.group(0).strip()
        if mark == "(":
            close = s.find(")", opening.end(), stop)
            nested = s.find("(", opening.end(), close) if close >= 0 else -1
            if close >= 0 and nested < 0:
                yield opening.start(), opening.end(), close, close + 1
                at = close + 1
                continue
        else:
            closing = next((m for m in _OPENING.finditer(s, opening.end(), stop)
                            if m.group(0).strip() == mark), None)
            if closing is not None:
                yield opening.start(), opening.end(), closing.start(), closing.end()
                at = closing.end()
                continue
        at = opening.end()


def interrupting_asides(s: str, clause: Clause, names: list[tuple[int, int]]) -> list[Clause]:
    """The clause with its first aside that tells of a party of its own read as blank, and
    that aside as a clause; ``[clause]`` when it holds none."""
    if clause.aside is not None or not _OPENING.search(s, clause.start, clause.end):
        return [clause]  # most clauses: no bracket, no dash
    for opened, inner, inner_end, closed in _pairs(s, clause.start, clause.end):
        if not s[clause.start:opened].strip() or not any(
                inner <= n < inner_end for n, _ in names):
            continue  # it opens the clause, or names no one
        if not (looks_main(s, inner, inner_end) or APPOSITIVE_START.match(s, inner)):
            continue  # "its largest customer (Globex)": a name only, no statement
        start, end = stripped(s, inner, inner_end)
        return [replace(clause, aside=(opened, closed)), Clause(start, end, ASIDE, False)]
    return [clause]
