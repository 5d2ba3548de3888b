"""NUM-sized: the size of a thing, as a sum written before its name.

Why: news gives a venture's, a fund's or a deal's size before its name ("the $500 billion
Stargate venture", "a $30 billion fund" for a fund named earlier) and says nothing of what
the sum measures: the planned investment, the capital target, the price. The language stage
gives such a sum a part of its own about the thing named (role ``SIZED``). A money figure
the store records for that thing, and equal to the sum, confirms it. Never a flag: which of
the thing's figures the writer meant is not said, so another figure refutes nothing.
"""

from __future__ import annotations

from ..language.comparison import compare, describe
from ..language.sizes import SIZED
from ..model import Kind, Status
from .base import Context, Finding
from .numeric import kinds_match

CODE = "NUM-sized"


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.role != SIZED or claim.subject is None or len(claim.quantities) != 1:
        return None
    q = claim.quantities[0]
    if q.kind is not Kind.MONEY:
        return None
    for fact in ctx.subject_facts:
        if claim.subject not in (fact.subject, fact.object) or fact.value is None or \
                not kinds_match(q, fact.value):
            continue
        if compare(q, fact.value, fact.tolerance).outcome == "consistent":
            return Finding(Status.SUPPORTED, f"article: {describe(q)}; store: "
                           f"{describe(fact.value)} ({fact.measure}), a figure of "
                           f"{claim.subject_name}; consistent", (fact,), rule=CODE,
                           strength=0.7, covered_quantities=frozenset({0}))
    return None
