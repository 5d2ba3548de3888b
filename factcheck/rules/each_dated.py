"""Several named things in one claim, each with its own date: every date is its own thing's.

Why: "OpenAI launched ChatGPT in 2022 and GPT-4 in 2022" gives two events, each dated right
after its name. The rules compare the claim's years with each event as a set, so the
record of ChatGPT's launch in 2022 checks both years, and GPT-4's wrong year goes unseen
(as does a wrong month: "Claude 3.7 Sonnet in February 2025 and Claude 4 in March 2025").
When the claim pairs two names or more with dates, each pair needs a fact behind the
support that dates that thing then.

Must not: decide a verdict (``rules`` makes the claim unverified with the pair the facts
do not date), or read a single name with its date (the rules compare that one already).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .parties import occurrences

Names = Callable[[str], tuple[str, ...]]

_MONTHS = "|".join(calendar.month_name[1:])
# A date right after a name: "GPT-4 in 2023", "Claude 4 in May 2025", "Rubin on 18 March
# 2025", "Blackwell in March, 2024".
_DATED = lazy(rf"\s+(?:in|on)\s+(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTHS})\s+"
              rf"(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _pairs(claim: Claim, names: Names) -> list[tuple[str, int, int | None, str]]:
    """(entity, year, month or None, words) for each name the claim dates right after it."""
    text = claim.standalone
    out = []
    for _start, end, entity in occurrences(text, claim.entities, names):
        m = _DATED.match(text, end)
        if m is None:
            continue
        month = list(calendar.month_name).index(m.group("month").title()) \
            if m.group("month") else None
        out.append((entity, int(m.group("year")), month, text[_start:m.end()]))
    return out


def undated_pair(claim: Claim, facts: Sequence[Fact], names: Names) -> str | None:
    """The first of the claim's name-and-date pairs (when it gives two names or more, each
    dated) that no fact among ``facts`` dates: an event of that thing in that year (and
    month, when given)."""
    if not claim.years:
        return None
    pairs = _pairs(claim, names)
    if len({entity for entity, *_ in pairs}) < 2:
        return None
    for entity, year, month, words in pairs:
        if not any(entity in (f.subject, f.object) and (moment := f.date or f.as_of) and
                   moment.year == year and (month is None or moment.month == month)
                   for f in facts):
            return words
    return None
