"""A list of further parties or examples beside a clause's point, as a part of its own.

Owns: finding the phrase that lists more parties or examples than the clause's point needs
("..., with participation from Hooli and Vandelay", "from investors such as A, B and C",
"alongside A and B", "including A and B"), or that gives the change the point followed
from ("... after a 4% jump in its shares") or the price of the deal it tells of ("...,
in a deal valued at $2 billion"), and dividing the clause into its point without
the list and the list itself, which is said as the whole clause (so it stays exactly as
checked as the whole was: "partly checked" when the store names only some of the listed).
A true point is then confirmed even when the store does not know every name listed beside
it. Must not: know the store or judge; it is handed the clause's claim, its names and a
reader (``figure_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Claim
from .clause_spans import Clause
from .clause_words import looks_main
from .entities import Mention
from .gates import gated

_MEMBER = r"(?:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|de|and\s+(?=[A-Z]\w*\s+[A-Z]))){0,4})"
# The words that open a list of more parties or examples; "like" only after a plural noun
# ("rivals like A and B", not "would like A to ...").
_MARKER = (r"(?:with\s+participation\s+(?:from|by)|with\s+backing\s+from|such\s+as|"
           r"including|alongside|joined\s+by|(?<=[a-z]s\s)like)")
# (both gated: most clauses hold none of the words that open a list or a change)
_LIST = gated(re.compile(
    rf"(?P<lead>,\s*|\s+){_MARKER}\s+(?:the\s+)?"
    rf"(?P<list>{_MEMBER}(?:,\s+{_MEMBER})*(?:,?\s+(?:and|&)\s+{_MEMBER})?)"
    # what may follow: an end, or a word that opens a phrase of its own
    r"(?=\s*(?:[,;:.)\u2014\u2013]|$)|\s+(?:in|on|at|for|to|as|after|before|"
    r"during|since|last|this|earlier|which|who|that)\b)"))


# A change the point followed from, closing the clause: "... after a 4% jump in its shares",
# ", following a 12% rise in cloud sales" (a figure of another measure, not the point's).
_CHANGE = gated(re.compile(
    r"(?P<lead>,\s*|\s+)(?:after|following|on\s+the\s+back\s+of|amid)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rise|increase|jump|gain|climb|surge|rally|drop|"
    r"fall|decline|slide|plunge)\b[^,;]*$"))
# The price of the deal the point tells of, closing the clause: "... became part of Globex
# on May 2, following a transaction valued at $16 billion", ", in a deal worth $2 billion".
_PRICE = gated(re.compile(
    r"(?P<lead>,\s*|\s+)(?:after|following|in|under|through|via)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:transaction|deal|acquisition|takeover|purchase|merger|buyout)\s+"
    r"(?:valued\s+at|worth|priced\s+at)\s+[^,;]*\d[^,;]*$"))


def list_adjunct(text: str, predicate_at: int) -> tuple[int, int] | None:
    """The span of the one phrase of ``text`` that lists further parties or examples after
    its predicate (which starts at ``predicate_at``), that gives the change its point
    followed from, or the price of the deal it tells of, or None."""
    found = [m for m in (*_LIST.finditer(text), *_CHANGE.finditer(text),
                         *_PRICE.finditer(text))
             if m.start() > predicate_at]
    if len(found) != 1:
        return None
    start, end = found[0].start(), found[0].end()
    if not looks_main(text, 0, start) and predicate_at == 0:
        return None  # nothing is said before the list but the list
    return start, end


def adjunct_parts(text: str, clause: Clause, whole: Claim, mentions: list[Mention],
                  predicate_at: int, read: Callable[[Clause, str | None], Claim]
                  ) -> tuple[Claim, ...]:
    """The clause's point without its list, then the list said as the whole clause; or none.
    ``text`` is the clause, ``mentions`` its names (offsets in ``text``)."""
    span = list_adjunct(text, predicate_at)
    if span is None:
        return ()
    start, end = span
    rest = text[end:].strip(" ,;.")
    if not rest:  # the list ends the clause: the point is what comes before it
        point = read(Clause(clause.start, clause.start + start, clause.role,
                            clause.inherits_subject), None)
    else:  # the list interrupts it: the point is said without it
        listed = text[start:end]
        if listed not in whole.standalone:
            return ()
        said = " ".join(whole.standalone.replace(listed, "", 1).split())
        inside = {m.entity for m in mentions if start <= m.start < end}
        outside = {m.entity for m in mentions if not start <= m.start < end}
        dropped = inside - outside
        point = read(clause, said)
        if not (point.quantities or point.years or point.dates):
            # what is left around the list may be no more than a description ("investors
            # including A and B, as well as its biggest backer C"): a figure or a date
            # keeps the point a statement of its own
            return ()
        point = replace(point, entities=tuple(e for e in point.entities if e not in dropped),
                        named=tuple(e for e in point.named if e not in dropped),
                        unknown_names=tuple(n for n in point.unknown_names if n in said))
    lead = len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    shown = read(Clause(clause.start + start + lead, clause.start + end, "verb-phrase", True),
                 None)
    listing = replace(whole, id=f"{whole.id}.2", text=shown.text, span=shown.span,
                      position=shown.position)
    return replace(point, id=f"{whole.id}.1"), listing
