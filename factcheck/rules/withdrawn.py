"""A state told as live at the article's date that the store records as ended before it.

Why: a record of a suit filed, a bid made or a deal agreed may also tell that it was
withdrawn, dropped or called off. "The ruling keeps Doe's claims of breach of contract
alive", written after the record's withdrawal, tells as live what the store records as over:
the record of the filing confirms nothing of it (the claim may be of a later suit the store
does not hold). Told as done ("Doe sued Acme for breach of contract"), or told before the
ending, the record still confirms it. Must not: decide the verdict (``attribution`` passes
such a fact over) or judge a state told as ended (``denials.ends_state``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..language.lexicon import lazy
from ..language.quantities import find_quantities
from ..model import Fact, Kind

# Words that tell a state as live at the time of telling: "keeps the claims alive", "is
# still pending", "remains in court", "the case can proceed".
_LIVE = lazy(r"\b(?:alive|pending|ongoing|still|remains?|remaining|continu(?:es|ing)|"
             r"(?:can|may|will|to)\s+proceed|proceeds|proceeding|(?:is|are)\s+suing)\b",
             re.IGNORECASE)
# Words of a record that tell the end of what it records: "he withdrew the suit in June".
_ENDED = lazy(r"\b(?:withdr[ae]w\w*|dropped|dismissed|abandoned|settled|called\s+off|"
              r"scrapped|cancell?ed|terminated|abandon\w+)\b", re.IGNORECASE)
_DATE_REACH = 60  # characters after the ending's verb that may date it


def told_live(text: str) -> str | None:
    """The words that tell the claim's state as live at the article's date, or None."""
    found = _LIVE.search(text)
    return found.group(0) if found else None


@lru_cache(maxsize=2048)  # a store's statements, asked claim after claim
def ended_on(statement: str) -> dt.date | None:
    """The day by which a statement tells that what it records had ended ("withdrew the
    suit in June 2024": by the last of June, the day in it not told); None when it tells no
    dated end."""
    for found in _ENDED.finditer(statement):
        for q in find_quantities(statement[found.end():found.end() + _DATE_REACH]):
            if q.kind is Kind.YEAR:
                return dt.date(int(q.value), 12, 31)
            if q.kind is not Kind.DATE:
                continue
            day = dt.date.fromordinal(int(q.value))
            if q.unit == "month":
                return day.replace(day=calendar.monthrange(day.year, day.month)[1])
            return dt.date(day.year, 12, 31) if q.unit == "year" else day
    return None


def ended_before(fact: Fact, day: dt.date | None) -> bool:
    """Does the fact's statement tell that what it records ended on or before ``day``? A
    record of the ending itself ("abandoned acquisition of Arm") is no state that ended."""
    if day is None or _ENDED.search(f"{fact.measure} {' '.join(fact.cues)}"):
        return False
    ended = ended_on(fact.statement)
    return ended is not None and ended <= day
