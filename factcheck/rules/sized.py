"""NUM-sized: the size of a thing, as a sum written before its name or its description.

Why: news gives a venture's, a fund's or a deal's size before its name ("the $500 billion
Stargate venture", "a $30 billion fund" for a fund named earlier, "a $500 billion venture
backed by OpenAI and SoftBank") and says nothing of what the sum measures: the planned
investment, the capital target, the price. The language stage gives such a sum a part of its
own about the thing (role ``SIZED``). A money figure the store records for that thing, and
equal to the sum, confirms it. Which of the thing's figures the writer meant is not said, so
a sum is refuted only when the language stage is sure it is the size of a venture, fund or
project (role ``FIRM_SIZE``: a description found by the thing's own noun, or a name followed
by its kind's noun) and every money figure the store has for the thing, as it was known on
the article's date, differs from it beyond rounding.

The claim the size is part of is judged with it: the size covers the sum there as a figure
checked (so "Oracle joined a $500 billion venture backed by OpenAI and SoftBank" is
supported when the store records both Oracle's role and the size), and a refuted size
refutes the claim. Such a finding speaks only to how the claim describes the thing, so it
never supports a claim alone (``background``).
"""

from __future__ import annotations

from ..language.comparison import compare, describe
from ..language.sizes import FIRM_SIZE, SIZED
from ..model import Claim, Fact, Kind, Quantity, Status
from .base import Context, Finding
from .numeric import kinds_match

CODE = "NUM-sized"


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.role in (SIZED, FIRM_SIZE):
        return _size(ctx, claim, 0, background=False)
    for part in claim.parts:  # the claim whose sum a part reads as a size
        if part.role in (SIZED, FIRM_SIZE) and len(part.quantities) == 1:
            q = part.quantities[0]
            index = next((i for i, own in enumerate(claim.quantities)
                          if (own.kind, own.value, own.unit) == (q.kind, q.value, q.unit)), None)
            if index is not None:
                return _size(ctx, part, index, background=True, quantity=q)
    return None


def _size(ctx: Context, part: Claim, index: int, background: bool,
          quantity: Quantity | None = None) -> Finding | None:
    """The finding on the size ``part`` gives, covering the claim's figure ``index``."""
    thing = part.subject
    if thing is None or len(part.quantities) != 1:
        return None
    q = quantity or part.quantities[0]
    if q.kind is not Kind.MONEY:
        return None
    outcomes = [(f, f.value, compare(q, f.value, f.tolerance)) for f in ctx.subject_facts
                if thing in (f.subject, f.object) and f.value is not None and
                kinds_match(q, f.value) and _known_by(f, ctx)]
    for fact, value, comparison in outcomes:
        if comparison.outcome == "consistent":
            return Finding(Status.SUPPORTED, f"article: {describe(q)}; store: "
                           f"{describe(value)} ({fact.measure}), a figure of "
                           f"{part.subject_name}; consistent", (fact,), rule=CODE,
                           strength=0.7, covered_quantities=frozenset({index}),
                           background=background)
    own = [(f, v, c) for f, v, c in outcomes if f.subject == thing]
    if part.role != FIRM_SIZE or not own or any(c.outcome != "inconsistent"
                                                 for _, _, c in outcomes):
        return None
    fact, value, _ = min(own, key=lambda found: found[2].gap)
    return Finding(Status.CONTRADICTED, f"article: {describe(q)} as the size of "
                   f"{part.subject_name}; store: {describe(value)} ({fact.measure}), and "
                   f"no figure of {part.subject_name} the store records is "
                   f"{describe(q)}", (fact,), rule=CODE, strength=0.7,
                   covered_quantities=frozenset({index}))


def _known_by(fact: Fact, ctx: Context) -> bool:
    """Was the figure public on the article's date? A size set later refutes nothing."""
    known = fact.published or fact.date
    return ctx.article_date is None or known is None or known <= ctx.article_date
