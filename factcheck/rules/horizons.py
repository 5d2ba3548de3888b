"""NUM-span: the span of years a plan's figure is spread over ("over the next four years").

Why: "has promised to spend up to $500 billion over the next five years" gives the stored
plan's figure with another span than the store's "over four years": the figure agrees, the
plan it states does not. Only a span both sides give in the same words ("over N years") is
compared, and only for the very figure the store records: "within two years" tells when,
not over how long, and another figure is another plan. Must not: compare the figure itself
(``numeric``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.comparison import compare, describe
from ..model import Qualifier, Status
from .base import Context, Finding
from .figure_kinds import kinds_match

CODE = "NUM-span"

_COUNTS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten "
                                      "eleven twelve".split(), start=1)}
_SPAN = re.compile(r"\bover (?:the )?(?:next |coming |following )?(?P<n>\d{1,2}|"
                   rf"{'|'.join(_COUNTS)})[- ]years?\b", re.IGNORECASE)


def _span(text: str) -> int | None:
    """The number of years of the one "over N years" the text gives, or None."""
    found = {m.group("n").lower() for m in _SPAN.finditer(text)}
    if len(found) != 1:
        return None
    n = found.pop()
    return int(n) if n.isdigit() else _COUNTS[n]


def check(ctx: Context) -> Finding | None:
    """The claim's span against that of the stored plan whose figure it gives."""
    claim = ctx.claim
    said = _span(claim.standalone)
    if said is None:
        return None
    for candidate in ctx.candidates:
        fact = candidate.fact
        value = fact.value
        stored = _span(f"{fact.measure}. {fact.statement}")
        known = fact.published or fact.as_of or fact.date
        if value is None or stored is None or stored == said or \
                ctx.article_date is not None and known is not None and known > ctx.article_date:
            continue  # (a plan made public after the article is not the one it tells)
        # the very figure, whatever the words around it: "up to $500 billion" is no plan of
        # "over $400 billion", though the two ranges meet
        exact = replace(value, qualifier=Qualifier.EXACT, high=None)
        same = [i for i, q in enumerate(claim.quantities) if kinds_match(q, value) and
                compare(replace(q, qualifier=Qualifier.EXACT, high=None), exact,
                        fact.tolerance).outcome == "consistent"]
        if same:
            return Finding(Status.CONTRADICTED,
                           f"article: {describe(claim.quantities[same[0]])} over {said} "
                           f"years; store: {describe(value)} over {stored} years "
                           f"({fact.measure}); the span differs", (fact,), rule=CODE,
                           strength=0.8, covered_quantities=frozenset(same))
    return None
