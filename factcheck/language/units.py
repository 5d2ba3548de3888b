"""Units of measure: figures of one dimension compare after conversion.

Owns: the table of units an article or a fact may write a count in (kilometres, km, miles;
metres, feet; tonnes, kilograms, pounds; hectares, acres, square miles; gigabytes and
terabytes; days and years), their spelling variants, and converting a figure into the unit
of the figure it is compared with. Percent and percentage points, and money in different
currencies, are not units here and never convert. Must not: guess a unit it does not know;
an unknown unit compares only with the same word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Kind, Quantity
from .lexicon import lazy

# unit word (singular, lower case) -> (dimension, size in the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {}


def _add(dimension: str, size: float, *names: str) -> None:
    for name in names:
        UNITS[name] = (dimension, size)


_add("length", 1.0, "m", "metre", "meter", "metres", "meters")
_add("length", 1000.0, "km", "kilometre", "kilometer", "kilometres", "kilometers")
_add("length", 0.01, "cm", "centimetre", "centimeter")
_add("length", 1609.344, "mile", "miles", "mi")
_add("length", 0.3048, "foot", "feet", "ft")
_add("length", 0.0254, "inch", "inches", "in.")
_add("length", 0.9144, "yard", "yards", "yd")
_add("mass", 1000.0, "tonne", "tonnes", "metric ton", "metric tons", "t")
_add("mass", 1.0, "kg", "kilogram", "kilograms", "kilo", "kilos")
_add("mass", 0.45359237, "pound", "pounds", "lb", "lbs")
_add("area", 10_000.0, "hectare", "hectares", "ha")
_add("area", 4046.8564224, "acre", "acres")
_add("area", 2_589_988.110336, "square mile", "square miles", "sq mi")
_add("area", 1_000_000.0, "square kilometre", "square kilometer", "square kilometres",
     "square kilometers", "km2", "sq km")
_add("area", 1.0, "square metre", "square meter", "square metres", "square meters", "m2")
_add("area", 0.09290304, "square foot", "square feet", "sq ft", "sq. ft.")
_add("data", 1e9, "gb", "gigabyte", "gigabytes")
_add("data", 1e12, "tb", "terabyte", "terabytes")
_add("data", 1e6, "mb", "megabyte", "megabytes")
_add("time", 1.0, "day", "days")
_add("time", 7.0, "week", "weeks")
_add("time", 30.4375, "month", "months")
_add("time", 365.25, "year", "years")


# Counted nouns that name one thing in other words: "graphics processors" are GPUs.
COUNTED: dict[str, str] = {
    "graphics processor": "gpu", "graphic processor": "gpu", "graphics processing unit": "gpu",
    "graphic processing unit": "gpu", "graphics chip": "gpu", "graphic chip": "gpu",
    "graphics card": "gpu", "graphic card": "gpu", "employee": "worker", "staff": "worker",
}


def counted(unit: str) -> str:
    """The counted noun in its usual word: "graphics processors" -> "gpu"."""
    lowered = unit.lower()
    for phrase, word in COUNTED.items():
        if phrase in lowered:
            return lowered.replace(phrase, word)
    return lowered


# Nouns that count persons whatever part they play: "500 million people use it each week"
# counts its users, "30,000 people" its staff; the measure's words say which.
_PERSONS = frozenset({"people", "persons", "person", "individuals"})
_PERSON_ROLES = frozenset({"user", "users", "worker", "workers", "employee", "employees",
                           "customer", "customers", "subscriber", "subscribers", "member",
                           "members", "visitor", "visitors", "developer", "developers"})


def counts_persons(claim_unit: str, fact_unit: str) -> bool:
    """Does a count of "people" in a claim count what a fact counts in persons of one role
    ("weekly users", "employees")?"""
    return bool(_PERSONS & set(claim_unit.lower().split())) and \
        bool(_PERSON_ROLES & set(fact_unit.lower().split()))


def counted_nouns(unit: str, stems: Callable[[str], Sequence[str]]) -> list[str]:
    """What a claim's count counts, as ``stems`` gives words: the first words of its unit
    ("100 billion transistors in ..."), and what the named product it counts is, which the
    reading adds in parentheses ("150,000 H100 processors (gpu)" count GPUs)."""
    words, _, kinds = counted(unit).partition(" (")
    return [*stems(words)[:2], *stems(kinds.rstrip(")"))]


# Nouns for other things of the subject's kind: "its smaller 8- and 70-billion-parameter
# siblings", "a 2,000-employee rival": the count is theirs, not the subject's (where "a
# 208-billion-transistor chip" describes the subject itself).
_OTHERS = frozenset("""sibling siblings rival rivals predecessor predecessors successor
successors peer peers competitor competitors cousin cousins""".split())


def counted_apart(claim_unit: str, fact_unit: str) -> bool:
    """Does a claim's count count other things than a fact's of the same noun: a time spent
    by them against the things ("GPU-hours", "GPUs"), or other things of the subject's kind
    ("70-billion parameter siblings" against a model's parameters)?"""
    words = claim_unit.lower().partition(" (")[0].split()
    return time_spent(claim_unit) != time_spent(fact_unit) or \
        bool(words) and words[-1] in _OTHERS


# The period a count is taken over: "weekly users" and "monthly users" are two measures.
_PER_PERIOD = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
               "yearly": "year", "annual": "year", "annually": "year"}


def per_period(unit: str) -> str | None:
    """The period a counted unit is per ("monthly active users" -> "month"), if it says."""
    return next((_PER_PERIOD[w] for w in unit.lower().split() if w in _PER_PERIOD), None)


# A count of a time spent by many ("200 million GPU-hours", "10,000 person-days"): hours,
# not GPUs.
_TIME_SPENT = lazy(r"\b\w+[- ](?:hours?|days?|weeks?|months?|years?)\b")


def time_spent(unit: str) -> bool:
    """Is the counted unit a time spent by the thing it names ("GPU-hours", "man-years")?"""
    return bool(_TIME_SPENT.search(unit.lower()))


def unit_of(q: Quantity) -> tuple[str, float] | None:
    """The dimension and size of a count's unit, read from its first words ("feet long")."""
    if q.kind is not Kind.COUNT or not q.unit:
        return None
    words = q.unit.lower().split()
    for n in (2, 1):
        key = " ".join(words[:n])
        if len(words) >= n and key in UNITS:
            return UNITS[key]
    return None


def convert(q: Quantity, into: Quantity) -> Quantity | None:
    """``q`` expressed in the unit of ``into``, when both are of one dimension; else None."""
    source, target = unit_of(q), unit_of(into)
    if source is None or target is None or source[0] != target[0]:
        return None
    factor = source[1] / target[1]
    return replace(q, value=q.value * factor,
                   high=q.high * factor if q.high is not None else None, unit=into.unit)


# A currency's sign or name -> its code; a figure in dollars, or with no currency named, is
# "USD". Money compares only within one currency.
_CURRENCIES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "£": "GBP",
               "pounds": "GBP", "pounds sterling": "GBP", "gbp": "GBP", "¥": "JPY",
               "yen": "JPY", "jpy": "JPY", "twd": "TWD", "taiwan dollars": "TWD",
               "taiwan dollar": "TWD", "new taiwan dollars": "TWD", "new taiwan dollar": "TWD",
               # other dollars, by the letters before the sign: "NT$2.89 trillion" is TWD
               # ("T$989.9 billion": Reuters writes Taiwan dollars so)
               "nt$": "TWD", "t$": "TWD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
               "ca$": "CAD", "s$": "SGD", "sg$": "SGD", "nz$": "NZD", "r$": "BRL",
               "mx$": "MXN",
               # codes written out: "TWD 505.7 billion" ("NTD" and "RMB" as news writes them)
               **{code.lower(): code for code in ("TWD", "HKD", "AUD", "CAD", "CHF", "CNY",
                                                  "KRW", "INR", "SGD")},
               "ntd": "TWD", "rmb": "CNY"}
_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "TWD": "NT$", "HKD": "HK$",
          "AUD": "A$", "CAD": "C$", "SGD": "S$", "NZD": "NZ$", "BRL": "R$", "MXN": "MX$",
          "CHF": "CHF ", "CNY": "CN¥", "KRW": "₩", "INR": "₹"}


def currency(sign: str | None) -> str:
    """The code of the currency a sign or name gives ("€", "euros": "EUR")."""
    return _CURRENCIES.get(" ".join((sign or "").split()).lower(), "USD")


def currency_sign(code: str | None) -> str:
    return _SIGNS.get(code or "USD", "$")
