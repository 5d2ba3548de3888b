"""Whether a figure a fact's statement gives is said of what the claim's equal figure is of.

Owns: reading, for a figure a matched fact's statement gives besides its value, the words
of its own clause that set it apart from the claim's equal figure: a name the claim does not
give ("...; Blackwell data-center revenue grew 17% sequentially" is no "17% increase" of the
whole data-center business), a measure of another kind ("revenue rose 18% to $76.4 billion,
with net income up 24%": the 24% is no revenue growth), another base of a change ("up 5%
from the previous quarter and 56% from a year earlier"), or the change that led up to the
figure the claim's change starts from ("$60.9 billion, up 126%" for "up 126% from the $60.9
billion"). A statement often gives several figures; an equal one of another thing checks
nothing (``coverage`` and ``stated`` ask). Must not: compare values or decide verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind, Quantity
from .bases import BASES, named_base
from .derived import stated_figures
from .measure_nouns import measure_noun
from .segments import another_line
from .stems import stems

Names = Callable[[str], tuple[str, ...]]

# Where the clause of a statement's figure opens: a stop, a bracket, a dash, or a word that
# opens a clause or phrase of its own ("with net income up 24%", "and 56% from ...").
_OPENS = re.compile(r"[;,:()\u2014\u2013]|\.\s|\b(?:and|with|while|but|whereas)\b",
                    re.IGNORECASE)
# Where the words after a figure that may name its base end.
_ENDS = re.compile(r"[;,:()\u2014\u2013]|\.\s|\b(?:and|with|while|but|whereas)\b",
                   re.IGNORECASE)
# A name qualifying the measure a figure is of: "Blackwell data-center revenue grew 17%",
# "Azure and other cloud services revenue" (not the subject of a verb: "NVIDIA reported").
_NAMED_MEASURE = re.compile(r"\b(?P<name>[A-Z][\w-]*)(?:\s+(?:and\s+)?[\w-]+){0,3}?\s+"
                            r"(?:revenues?|sales|income|profits?|earnings|shipments|users|"
                            r"subscribers|bookings|margins?)\b")
# Capitalised words that name a basis or a time, not a thing: "GAAP net income", "Q2".
_NO_THING = frozenset(stems("""GAAP non-GAAP Q1 Q2 Q3 Q4 FY H1 H2 January February March
    April May June July August September October November December Fiscal First Second
    Third Fourth Full Year Quarter""")) | frozenset(("non",))
# A change told before the measure it is of: "a 51% revenue increase", "a 42% year-over-year
# revenue increase" (its noun comes after it, where none before it is read).
_NOUN_AFTER = re.compile(r"\s*(?:(?:year-over-year|year-on-year|yoy|y/y|annual|sequential|"
                         r"quarterly)\s+)?(revenues?|sales|profits?|income|earnings)\s+"
                         r"(?:increase|rise|growth|gain|jump|surge|decline|drop|fall)",
                         re.IGNORECASE)
# Measure nouns read as one measure ("sales" are revenue, "profit" is income).
_FAMILY = {"sale": "revenue", "sales": "revenue", "turnover": "revenue", "profit": "income",
           "earning": "income", "earnings": "income"}


def set_apart(claim: Claim, index: int, statement: str, given: Quantity, names: Names,
              fact: Fact, lines: bool = True) -> str | None:
    """What the statement's words say ``given`` is of that the claim's figure ``index`` is
    not (a name, a measure, a base, and with ``lines`` a business line its measure noun's
    qualifiers name: ``segments.another_line``), or None when nothing sets the two apart."""
    q = claim.quantities[index]
    if given.span is None or q.span is None:
        return None
    start = max((m.end() for m in _OPENS.finditer(statement, 0, given.span.start)), default=0)
    # a figure before it in the same clause ends a phrase of its own
    start = max([start] + [s.span.end for s in stated_figures(statement)
                           if s.span is not None and s.span.end <= given.span.start])
    clause = statement[start:given.span.start]
    known = set(stems(f"{claim.standalone} {claim.sentence}"))
    known |= {s for n in _names(claim, fact, names) for s in stems(n)}
    for m in _NAMED_MEASURE.finditer(clause):
        word = m.group("name")
        if word.isupper() and word.isalpha():
            continue  # "GPU revenue", "AI sales": a common noun, not a product's name
        unknown = [s for s in stems(word) if s not in known and s not in _NO_THING]
        if unknown and not _opens_sentence(statement, start + m.start()):
            return word
    # the claim's: the measure noun last named before its figure ("revenue ... came to $76.4
    # billion, an increase of 24%")
    theirs = measure_noun(clause, len(clause))
    after = _NOUN_AFTER.match(claim.standalone, q.span.end)  # "a 51% revenue increase"
    mine = after.group(1).lower().rstrip("s") if after else \
        measure_noun(claim.standalone, q.span.start, q.span.start)
    if theirs and mine and _FAMILY.get(theirs, theirs) != _FAMILY.get(mine, mine):
        return theirs
    told, stated = _period_after(claim.standalone, q), _period_after(statement, given)
    if told is not None and stated is not None and told != stated:
        return "another period"  # "the $19.3 billion of the previous quarter": a year's
    if q.kind in (Kind.PERCENT, Kind.RATIO):
        base = _base_after(statement, given)
        own = named_base(claim, index)
        if base is not None and own is not None and base != own:
            return "another base"
        if _reached(claim, q, statement, given):
            return "the change that reached its base"
    return another_line(claim, q, statement, given, names) if lines else None


# A change told from a figure: "up 126% from the $60.9 billion"; and a change told after
# the level it reached: "$60.9 billion, up 126%".
_FROM_FIGURE = lazy(r"\s+from\s+(?:the\s+|a\s+|its\s+)?$", re.IGNORECASE)
_AFTER_LEVEL = lazy(r"\s*,?\s*(?:up|down|a\s+rise\s+of|an\s+increase\s+of)\s+$",
                          re.IGNORECASE)


def _reached(claim: Claim, q: Quantity, statement: str, given: Quantity) -> bool:
    """Does the claim give its change from a figure ("up 126% from the $60.9 billion of
    fiscal 2024") that the statement gives as the level the equal change reached ("$60.9
    billion, up 126%")? The statement's change is the one before: it ended where the
    claim's begins."""
    assert q.span is not None and given.span is not None
    base = next((b for b in claim.quantities if b.span is not None and
                 b.span.start >= q.span.end and
                 _FROM_FIGURE.fullmatch(claim.standalone[q.span.end:b.span.start])), None)
    if base is None:
        return False
    return any(s.span is not None and s.span.end <= given.span.start and
               _AFTER_LEVEL.fullmatch(statement[s.span.end:given.span.start]) is not None and
               s.kind is base.kind and abs(s.value - base.value) <= 0.005 * abs(s.value)
               for s in stated_figures(statement))


def _names(claim: Claim, fact: Fact, names: Names) -> Iterable[str]:
    """The names of the claim's parties and of the fact's: checked by coverage itself."""
    for entity in (*claim.entities, fact.subject, fact.object):
        if entity:
            yield from names(entity)


def _opens_sentence(statement: str, at: int) -> bool:
    """Is the word at ``at`` capitalised only because it opens the statement's sentence?"""
    return not statement[:at].strip() or statement[:at].rstrip().endswith(".")


def _base_after(statement: str, given: Quantity) -> int | None:
    """The base the words right after a statement's change figure name (365 or 91 days)."""
    assert given.span is not None
    after = _ENDS.split(statement[given.span.end:], maxsplit=1)[0]
    found = [days for days, pattern in BASES.items() if pattern.search(after)]
    return found[0] if len(found) == 1 else None


# The period a level is told of, right after it: "$26.4 billion in the previous quarter",
# "the $19.3 billion of the previous quarter" (91 days back), "$19.3 billion a year earlier",
# "... in the year-earlier quarter" (365).
_PERIOD_AFTER = {
    91: re.compile(r"\s*,?\s*(?:(?:of|in|for)\s+the\s+(?:previous|prior|preceding|"
                   r"sequential)\s+quarter|(?:a|one)\s+quarter\s+(?:earlier|ago|before))\b",
                   re.IGNORECASE),
    365: re.compile(r"\s*,?\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:of|in|for)\s+"
                    r"the\s+(?:year[- ](?:earlier|ago)|same|prior[- ]year)\s+(?:quarter|period))\b",
                    re.IGNORECASE),
}


def _period_after(text: str, q: Quantity) -> int | None:
    """How far back the words right after a money figure put it (91 or 365 days), or None."""
    if q.kind is not Kind.MONEY or q.span is None:
        return None
    return next((days for days, pattern in _PERIOD_AFTER.items()
                 if pattern.match(text, q.span.end)), None)
