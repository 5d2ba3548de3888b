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

A measure written before a noun (role ``MEASURED``: "the 48-mile canal", "Webb's 21-foot
mirror") is held to the thing's stored figures of its dimension (a length to lengths), and
of those, to the ones whose measure names the noun after the unit ("mirror": the primary
mirror diameter) when the noun is not the thing's own name. A thing's length or area does
not move as a valuation does, so when exactly one stored measure is left, a figure beyond its
tolerance is imprecise (within 10%) or contradicted; with two or more left the writer may
mean either, and the size only confirms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..language.comparison import compare, describe
from ..language.sizes import FIRM_SIZE, MEASURED, SIZED
from ..language.units import convert, unit_of
from ..model import Claim, Fact, Kind, Quantity, Status
from .base import Context, Finding
from .figure_kinds import kinds_match
from .stems import stems

CODE = "NUM-sized"


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if claim.role in (SIZED, FIRM_SIZE):
        return _size(ctx, claim, 0, background=False)
    if claim.role == MEASURED:
        return _measure(ctx, claim, 0, background=False)
    for part in claim.parts:  # the claim whose sum a part reads as a size
        if part.role == MEASURED and len(part.quantities) == 1:
            q = part.quantities[0]
            index = next((i for i, own in enumerate(claim.quantities)
                          if own.value == q.value and unit_of(own) == unit_of(q)), None)
            if index is not None:
                return _measure(ctx, part, index, background=True)
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


_STATUS = {"near": Status.IMPRECISE, "loose": Status.IMPRECISE,
           "inconsistent": Status.CONTRADICTED}


def _measure(ctx: Context, part: Claim, index: int, background: bool) -> Finding | None:
    """The finding on the measure ``part`` gives its thing, covering the claim's figure
    ``index``."""
    thing, q = part.subject, part.quantities[0]
    dimension = unit_of(q)
    if thing is None or dimension is None:
        return None
    facts = [f for f in ctx.subject_facts if f.subject == thing and f.value is not None and
             (unit_of(f.value) or ("",))[0] == dimension[0] and _known_by(f, ctx)]
    # the noun after the unit ("mile canal", "foot gold mirror"), less the thing's own names
    own = {w for name in ctx.names(thing) for w in stems(name)}
    noun = [w for w in stems(q.unit)[1:] if w not in own]
    if noun:  # its head word names which measure of the thing: "mirror"
        facts = [f for f in facts if noun[-1] in stems(f"{f.measure} {' '.join(f.cues)}")]
    outcomes = [(f, compare(stated, f.value, f.tolerance)) for f in facts
                if f.value is not None and (stated := convert(q, f.value)) is not None]
    said = describe(replace(q, unit=q.unit.split()[0]))  # "48 mile", not "48 mile canal"
    for fact, comparison in outcomes:
        if comparison.outcome == "consistent":
            return Finding(Status.SUPPORTED, f"article: {said}; store: "
                           f"{describe(fact.value)} ({fact.measure}), a figure of "  # type: ignore[arg-type]
                           f"{part.subject_name}; consistent", (fact,), rule=CODE,
                           strength=0.7, covered_quantities=frozenset({index}),
                           background=background)
    if len({f.measure for f, _ in outcomes}) != 1 or outcomes[0][1].outcome not in _STATUS:
        return None  # no measure of that dimension, or several the writer may mean
    fact, comparison = outcomes[0]
    return Finding(_STATUS[comparison.outcome], f"article: {said} as the "
                   f"{fact.measure} of {part.subject_name}; store: "
                   f"{describe(fact.value)}", (fact,), rule=CODE,  # type: ignore[arg-type]
                   strength=0.7, covered_quantities=frozenset({index}))


def sized_elsewhere(claim: Claim, facts: Sequence[Fact],
                    names: Callable[[str], tuple[str, ...]]) -> str | None:
    """The thing a sum of the claim is written as the size of ("$30B Stargate deal"), when
    the facts that give that sum are all of things it takes no part in (SoftBank's $30
    billion for OpenAI's round): the sum is the thing's, and another's figure says nothing
    of it. None when a fact that gives the sum has the thing among its parties."""
    for part in claim.parts:
        if part.role not in (SIZED, FIRM_SIZE) or part.subject is None or \
                len(part.quantities) != 1:
            continue
        q = part.quantities[0]
        giving = [f for f in facts if f.value is not None and kinds_match(q, f.value) and
                  compare(q, f.value, f.tolerance).outcome == "consistent"]
        if giving and not any(part.subject in (f.subject, f.object, *f.mentions)
                              for f in giving):
            return names(part.subject)[0]
    return None
