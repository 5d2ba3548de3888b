"""The trace ``factcheck explain`` prints: what was read, the facts looked at, the verdict.

Owns: laying out ``pipeline.Explained`` records as plain text for a curator, under a line
naming the stores looked in. Must not: judge,
or look anything up; every line comes from the trace it is handed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..pipeline import Explained
from .safe import visible


def render(explained: Sequence[Explained], out: TextIO, *, stores: Sequence[str] = ()) -> None:
    """The trace of each claim; ``stores`` (the stores looked in) head it when given."""
    explained = visible(tuple(explained))  # the sentence and store text, without escapes
    names = visible(tuple(stores))
    if names:
        out.write(f"store{'s' if len(names) > 1 else ''}: {', '.join(names)}\n\n")
    if not explained:
        out.write("no claim: the sentence is too short or is a question\n")
    for number, item in enumerate(explained, 1):
        claim, verdict, read = item.claim.claim, item.claim.verdict, item.reading
        out.write(f"claim {number}: {claim.standalone}\n")
        out.write(f"  subject:   {read.subject}\n")
        out.write(f"  names:     {', '.join(read.names) or '-'}\n")
        if read.unknown_names:
            out.write(f"  not in the store: {', '.join(read.unknown_names)}\n")
        out.write(f"  figures:   {', '.join(read.figures) or '-'}\n")
        out.write(f"  years:     {', '.join(map(str, read.years)) or '-'}\n")
        if read.markers:
            out.write(f"  markers:   {', '.join(read.markers)}\n")
        out.write(f"  facts looked at: {len(item.considered)}\n")
        for seen in item.considered:
            mark = "candidate" if not seen.reason else f"passed over: {seen.reason}"
            out.write(f"    {seen.fact.id}: {mark}\n")
        out.write(f"  verdict:   {verdict.status.value} [{verdict.rule or '-'}] "
                  f"{verdict.explanation}\n")
        worth = item.claim.worthiness
        cues = "; ".join(f"{c.name} {c.weight:+.2f}" for c in worth.cues)
        out.write(f"  worth checking: {worth.score:.2f}{f' ({cues})' if cues else ''}\n")
        if number < len(explained):
            out.write("\n")
