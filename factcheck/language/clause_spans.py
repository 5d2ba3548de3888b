"""What a clause of a sentence is: its span, its role and whether it inherits a subject.

Owns: the ``Clause`` record that ``clauses`` and ``appositives`` cut and the language stage
reads, and the two edits of a span every cut makes (past a closing quote; trimmed of
commas and spaces). Must not: decide where a sentence is cut.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # offsets within the sentence
    end: int
    role: str  # "main", "participle", "with", "appositive", "relative", "verb-phrase"
    inherits_subject: bool  # the clause has no subject of its own
    appositive_of: tuple[int, int] | None = None  # the name an appositive describes
    # an appositive inside the clause, read as blank: "Acme bought Globex, the widget
    # maker, in 2019" says "Acme bought Globex in 2019"
    aside: tuple[int, int] | None = None


def closed_at(s: str, comma: int) -> int:
    """End of a piece cut at ``comma``: past a closing quote that follows it ("Stargate,")."""
    return comma + 2 if comma + 1 < len(s) and s[comma + 1] in "\"”’" else comma


def stripped(s: str, start: int, stop: int) -> tuple[int, int]:
    """``start``-``stop`` without the spaces, commas and semicolons at either end."""
    while start < stop and s[start] in " ,;":
        start += 1
    while stop > start and s[stop - 1] in " ,;":
        stop -= 1
    return start, stop
