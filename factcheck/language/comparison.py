"""How a figure stated in an article compares with a recorded one, and how figures are shown.

Owns: ``compare``, the one place that decides whether a stated number agrees with a
recorded one (the intervals a qualifier and a tolerance allow: "about", "over", "nearly"),
and ``describe``, the short form of a figure in explanations ("over $10T", "€15.7B").
Must not: find figures in text (``quantities.py``) or know about claims, facts or the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..model import Kind, Qualifier, Quantity
from .numbers import format_number
from .units import currency_sign

APPROX_WIDTH = 0.05  # "about 90%" admits 85.5-94.5
NEARLY_WIDTH = 0.10  # "nearly $12T" admits 10.8-12
NEAR_GAP = 0.10  # outside the interval by at most 10% of the recorded value: "imprecise"
LOOSE_BOUND = 0.5  # "over $3T" for $11.6T is true but understated: the bound is 50%+ off

# The slack each qualifier gives a stated figure, as shares of it (below, above): the true
# values its words allow, as news rounds. None: no limit that way. ``claim_interval`` reads
# it; ``compare`` adds what intervals cannot say (marked "then").
SLACK: dict[Qualifier, tuple[float | None, float | None]] = {
    # "$13 billion": no slack but the rounding its decimals show ("$3.3 trillion" is
    # 3.25-3.35; ``rounding_width``)
    Qualifier.EXACT: (0.0, 0.0),
    # about, roughly, around, some, approximately: rounded to its last non-zero digit, half
    # a step either way, 2% to 5% (``approx_width``: "about $14 billion" is 13.5-14.5); then
    # the record must round to it, or it lie in the record's tolerance: intervals touching
    # at their edges are two roundings a step apart
    Qualifier.APPROX: (APPROX_WIDTH, APPROX_WIDTH),
    # nearly, almost, close to, just under: short of it by at most 10%, never past it; then
    # as for "about"
    Qualifier.NEARLY: (NEARLY_WIDTH, 0.0),
    # more than, over, topped, at least: past it, without limit; then 50% or more past it
    # is true but "loose", and past a recorded bound "unknown"
    Qualifier.OVER: (0.0, None),
    Qualifier.AT_LEAST: (0.0, None),
    # less than, under: below it; then 50% or more below is "loose"
    Qualifier.UNDER: (None, 0.0),
    # up to, as much as, as many as: the maximum itself (a rating, a cap); then a record
    # below it is "near" within 10%, else "loose", never a contradiction of a bound
    Qualifier.AT_MOST: (None, 0.0),
}


@dataclass(frozen=True, slots=True)
class Comparison:
    outcome: str  # "consistent", "loose" (a true but far-off bound), "near", "inconsistent",
    # or "unknown" (beyond a recorded bound: "over $9B" against "more than $5B")
    gap: float  # relative distance between the intervals (0 when they overlap)
    why: str = "a bound or a range, which one value does not settle"  # of an "unknown"


def fact_interval(value: Quantity, tolerance: float) -> tuple[float, float]:
    """The range of true values a recorded figure admits."""
    low = value.value
    high = value.high if value.high is not None else value.value
    if value.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        high = low * (1 + max(tolerance, 0.1))
    return low * (1 - tolerance), high * (1 + tolerance)


APPROX_FLOOR = 0.02  # "about $1.35 billion" still admits 2% either way
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def approx_width(q: Quantity) -> float:
    """How far "about" reaches: the rounding the figure's own digits show, between 2% and 5%.

    "about 90%" is rounded to tens and admits 85.5-94.5; "about $1.35 billion" is given to
    the cent and admits only 2% either way, so $1.25 billion is not "about $1.35 billion".
    """
    m = _DIGITS.search(q.text)
    if m is None:
        return APPROX_WIDTH
    digits = m.group(0).replace(",", "")
    whole, _, fraction = digits.partition(".")
    if fraction.rstrip("0"):
        step = 10.0 ** -len(fraction.rstrip("0"))
    else:
        stripped = whole.rstrip("0")
        step = 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0
    number = float(digits) or 1.0
    return min(max(step / 2 / number, APPROX_FLOOR), APPROX_WIDTH)


def rounding_width(q: Quantity) -> float:
    """How far an exact figure given with decimals reaches: half its last digit, as a share.

    "$3.3 trillion" is $3.34 trillion rounded, so it admits 3.25-3.35 (at most 5% either
    way). A whole number shows no rounding: "$13 billion" is not $13.75 billion rounded
    down, and trailing zeros ("$10 billion") may be exact.
    """
    m = _DIGITS.search(q.text)
    if m is None:
        return 0.0
    digits = m.group(0).replace(",", "")
    fraction = digits.partition(".")[2]
    number = float(digits)
    if not fraction or not number:
        return 0.0
    return min(10.0 ** -len(fraction) / 2 / number, APPROX_WIDTH)


def _half_step(q: Quantity) -> float | None:
    """Half the unit of a figure's last digit, in its value's terms ("$48.39 billion":
    $0.005 billion; "69%": 0.5), or None when its digits are not read."""
    m = _DIGITS.search(q.text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "")
    number = float(digits)
    if not number:
        return None
    fraction = digits.partition(".")[2]
    return abs(q.value) * 10.0 ** -len(fraction) / 2 / number


def finer_than_agrees(claim: Quantity, fact: Quantity) -> bool:
    """Does an exact figure say digits the record does not round to? "$48.8 billion" is
    no $48.39 billion (rounded to a tenth it is $48.4 billion), though a record's tolerance
    (how far a writer may round it) reaches it. Only a figure given no finer than the
    record is held so: "$3.86 billion" against a recorded "$3.9 billion" may be right; and
    only one with decimals: "$593 billion" may be one report's figure of a loss the record
    gives as $589 billion, its tolerance the spread of reports, not a writer's rounding."""
    if claim.qualifier is not Qualifier.EXACT or fact.qualifier is not Qualifier.EXACT or \
            claim.high is not None or fact.high is not None or claim.kind is not fact.kind or \
            not rounding_width(claim):
        return False
    mine, theirs = _half_step(claim), _half_step(fact)
    if mine is None or theirs is None or mine < theirs * 0.999:
        return False
    return abs(claim.value - fact.value) > mine + theirs + 1e-12 * abs(fact.value)


def claim_interval(q: Quantity, rounded: bool = True) -> tuple[float, float]:
    """The range of true values a stated figure asserts (``rounded``: with the rounding its
    digits show, which decides agreement but never narrows a disagreement's size), by the
    slack its qualifier allows (``SLACK``)."""
    v = q.value
    if q.high is not None:
        return v, q.high
    below, above = SLACK[q.qualifier]
    if q.qualifier is Qualifier.APPROX:
        below = above = approx_width(q)
    elif q.qualifier is Qualifier.EXACT and rounded:
        below = above = rounding_width(q)
    elif q.qualifier is Qualifier.EXACT:
        return v, v
    low = -float("inf") if below is None else v - abs(v) * below
    high = float("inf") if above is None else v + abs(v) * above
    return low, high


def _one_rounds_to_other(claim: Quantity, fact: Quantity, stated: tuple[float, float],
                         recorded: tuple[float, float]) -> bool:
    """Does an approximate figure ("about", "roughly", "nearly") say the recorded one, as
    news rounds? It does when the recorded value lies in the interval the stated figure
    allows, or the stated figure within the record's tolerance. Intervals that
    only touch at their edges are two roundings a step apart: "about $14 billion" is not
    the recorded $13 billion (give or take 5%), which a writer would round to 13. Exact
    figures and bounds keep the plain overlap of their intervals."""
    if claim.qualifier not in (Qualifier.APPROX, Qualifier.NEARLY) or claim.high is not None \
            or fact.high is not None or fact.qualifier is not Qualifier.EXACT:
        return True
    return stated[0] <= fact.value <= stated[1] or recorded[0] <= claim.value <= recorded[1]


def _step(q: Quantity) -> float | None:
    """The size of the last digit a figure with decimals is written to, in its own units
    ("$48.39 billion": $0.01 billion); None for a whole number, whose rounding is unknown."""
    m = _DIGITS.search(q.text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "")
    fraction = digits.partition(".")[2]
    number = float(digits)
    if not fraction or not number:
        return None
    return 10.0 ** -len(fraction) * abs(q.value) / number


def other_digits(claim: Quantity, fact: Quantity) -> bool:
    """Does an exact figure written with decimals give another value than an exact record
    written more finely, though within the record's tolerance ("$48.8 billion" against
    $48.39 billion, which rounds to 48.4)? The writer gave a figure of their own: another
    measure, period or a slip, not the record rounded."""
    if claim.qualifier is not Qualifier.EXACT or fact.qualifier is not Qualifier.EXACT or \
            claim.high is not None or fact.high is not None or claim.unit != fact.unit:
        return False
    stated, recorded = _step(claim), _step(fact)
    if stated is None or recorded is None or recorded * 1.0001 > stated:
        return False  # written as finely as the record: a variance the tolerance admits
        # ("$118.58" some reports give for a close of $118.42)
    return abs(claim.value - fact.value) > (stated + recorded) / 2 * 1.0001


# How far a figure rounded as news writes it may lie from the one it rounds, as a share of
# it: "39%" for 38.8%, "$13.6 billion" for $13.62 billion; never "2%" for 1.6%.
ROUNDING_GAP = 0.015


def rounded_from(claim: Quantity, given: Quantity) -> bool:
    """Is the claim's figure the given one rounded to the digits it is written with ("39%"
    for 38.8%, "$3.9 billion" for $3.86 billion), the given one written more finely? A
    whole number is read as rounded to its last digit."""
    if claim.qualifier is not given.qualifier or claim.high is not None or \
            given.high is not None or claim.unit != given.unit or claim.kind is not given.kind:
        return False
    m = _DIGITS.search(claim.text)
    number = float(m.group(0).replace(",", "")) if m else 0.0
    if not number or not given.value:
        return False
    step = _step(claim) or abs(claim.value) / number  # a whole number: its last digit
    finer = _step(given)
    return finer is not None and finer < step and \
        abs(claim.value - given.value) <= step / 2 * 1.0001 and \
        abs(claim.value - given.value) <= ROUNDING_GAP * abs(given.value)


def _ends(q: Quantity) -> tuple[Quantity, Quantity]:
    """A range's two ends, each a figure as written."""
    assert q.high is not None
    low = replace(q, high=None, qualifier=Qualifier.EXACT)
    return low, replace(low, value=q.high)


def _two_ranges(claim: Quantity, fact: Quantity, tolerance: float) -> Comparison | None:
    """A stated range against a recorded one: the same range when each end says the
    recorded end; another that overlaps it is another outlook or estimate ("$60 billion to
    $65 billion", January's, against April's $64-72 billion), which neither confirms nor
    refutes it ("unknown"); None when they do not overlap (then compared as figures)."""
    if claim.high is None or fact.high is None:
        return None
    if all(compare(mine, theirs, tolerance).outcome == "consistent"
           for mine, theirs in zip(_ends(claim), _ends(fact), strict=True)):
        return Comparison("consistent", 0.0)
    low, high = fact_interval(fact, tolerance)
    return Comparison("unknown", 0.0) if claim.value <= high and low <= claim.high else None


def compare(claim: Quantity, fact: Quantity, tolerance: float) -> Comparison:
    """Does the stated ``claim`` agree with the recorded ``fact``?"""
    if (ranges := _two_ranges(claim, fact, tolerance)) is not None:
        return ranges
    if claim.qualifier is Qualifier.AT_MOST and fact.qualifier is Qualifier.AT_MOST:
        claim = replace(claim, qualifier=Qualifier.EXACT)  # two maxima: "up to 25x" each
    c_low, c_high = claim_interval(claim)
    f_low, f_high = fact_interval(fact, tolerance)
    if claim.high is not None and fact.high is None and c_low < fact.value < c_high:
        return Comparison("unknown", 0.0)  # a stated range is an outlook or estimate: one
        # recorded value inside it (another period's, often) does not confirm it
    strict_over = claim.qualifier is Qualifier.OVER and claim.high is None
    if strict_over and f_high > c_low or not strict_over and c_low <= f_high and f_low <= c_high:
        if claim.qualifier in (Qualifier.UNDER,) and f_low >= c_high:
            pass
        elif not _one_rounds_to_other(claim, fact, (c_low, c_high), (f_low, f_high)):
            pass  # "about $14 billion" against $13 billion +-5%: edges touching, a step apart
        elif claim.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and \
                f_low > c_low * (1 + LOOSE_BOUND) and claim.high is None:
            return Comparison("loose", (f_low - c_low) / (abs(fact.value) or 1.0))
        elif claim.qualifier in (Qualifier.UNDER, Qualifier.AT_MOST) and \
                fact.qualifier is not Qualifier.AT_MOST and f_high * (1 + LOOSE_BOUND) < c_high:
            return Comparison("loose", (c_high - f_high) / (abs(fact.value) or 1.0))
        elif claim.qualifier is Qualifier.AT_MOST and claim.high is None and \
                fact.qualifier is Qualifier.EXACT and fact.high is None and \
                f_high < claim_interval(replace(claim, qualifier=Qualifier.EXACT))[0]:
            # "up to 21 petaflops" rates the peak itself: a recorded 20 is not that figure,
            # though no bound is broken either
            gap = (c_high - f_high) / (abs(fact.value) or 1.0)
            return Comparison("near" if gap <= NEAR_GAP else "loose", gap)
        elif other_digits(claim, fact):
            return Comparison("unknown", 0.0, "inside the tolerance, but its digits give "
                              "another figure than the store's to the same precision")
        else:
            return Comparison("consistent", 0.0)
    if fact.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and c_low >= f_high or \
            fact.qualifier is Qualifier.UNDER and c_high <= f_low:
        return Comparison("unknown", 0.0)  # "more than $5B" recorded: $9B may well be true
    c_low, c_high = claim_interval(claim, rounded=False)
    gap = max(c_low - f_high, f_low - c_high, 0.0)
    scale = abs(fact.value) or 1.0
    relative = gap / scale
    return Comparison("near" if relative <= NEAR_GAP else "inconsistent", relative)


def describe(q: Quantity) -> str:
    """A short form for explanations: "over $10T", "about 90%", "2.5x", "2015"."""
    words = {
        Qualifier.OVER: "over ", Qualifier.AT_LEAST: "at least ", Qualifier.UNDER: "under ",
        Qualifier.AT_MOST: "up to ", Qualifier.APPROX: "about ", Qualifier.NEARLY: "nearly ",
        Qualifier.EXACT: "",
    }
    prefix = words[q.qualifier]
    if q.kind is Kind.MONEY:
        body = currency_sign(q.unit) + format_number(q.value)
    elif q.kind is Kind.PERCENT:
        body = f"{q.value:.4g}%"
        if q.high is not None:
            return f"{q.value:.4g}-{q.high:.4g}%"
    elif q.kind is Kind.RATIO:
        body = f"{q.value:.4g}x"
    elif q.kind is Kind.POINTS:
        body = f"{q.value:.4g} pts"
    elif q.kind is Kind.YEAR:
        body = f"{q.value:.0f}"
    elif q.kind is Kind.DATE:
        when = dt.date.fromordinal(int(q.value))
        body = when.isoformat() if q.unit == "day" else when.strftime("%B %Y")
    elif q.kind is Kind.COUNT:
        body = f"{format_number(q.value)} {q.unit}".strip()
    else:
        body = format_number(q.value)
    if q.high is not None:
        upper = replace(q, value=q.high, high=None, qualifier=Qualifier.EXACT)
        body = f"{body} to {describe(upper)}"
    return prefix + body
