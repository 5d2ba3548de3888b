"""A founder told as the only one, where the store records co-founders.

Why: "Elon Musk founded OpenAI in 2015" meets the record of OpenAI's founding (its year, and
Musk among its founders), yet says Musk founded it alone; the store records him as one of
several ("co-founded", "with Elon Musk and Sam Altman as co-chairs", "founded by A, B and
C"). A claim that gives one name the act of founding, with no "co-", no other founder and no
"with", says more than such a record, which then does not confirm it. "Musk co-founded
OpenAI", "Musk and Altman founded OpenAI", "Musk, a founder of OpenAI" say what it says.

Must not: decide a verdict (``rules`` makes the claim unverified with the reason), or
doubt a founding the store records of one founder ("Morris Chang founded TSMC").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact
from .parties import occurrences

Names = Callable[[str], tuple[str, ...]]

_FOUNDED = r"(?:founded|established|set\s+up|started)"
# "<name> founded", "<name>, who later founded", "<name> has founded": the name acts alone
# unless a list ends in it ("Musk and Altman founded") or "with" names a partner after it.
_FOUNDER_FIRST = lazy(rf"^(?:['’]s)?\s+(?:(?:who|has|had|once|first|originally|also|"
                      rf"personally|himself|herself|then|later|alone|single-?handedly|solely)\s+){{0,2}}"
                      rf"{_FOUNDED}\b",
                      re.IGNORECASE)
# "founded by <name>", "the founder of ... <name>" before the name; "the founder of"
# after it ("Altman is the founder of OpenAI", "Altman, the founder of OpenAI").
_FOUNDER_AFTER = lazy(rf"\b{_FOUNDED}\s+(?:in\s+\d{{4}}\s+)?by\s+$", re.IGNORECASE)
_SOLE_TITLE = lazy(r"^(?:['’]s)?(?:,|\s+(?:is|was|remains))\s+(?:the|its)\s+(?:sole\s+|only\s+)?"
                   r"founder\s+of\b", re.IGNORECASE)
_LISTED_BEFORE = lazy(r"(?:\band|&|,)\s*$")
_LISTED_AFTER = lazy(r"^\s*(?:,\s*[A-Z]|(?:and|&)\s)")  # "by Huang and two others"
_PARTNERED = lazy(r"\b(?:with|alongside|along\s+with|together\s+with|co-?\w*|among|one\s+of|"
                  r"others|partners?|fellow)\b", re.IGNORECASE)
# What a fact says of several founders.
_SEVERAL = lazy(r"\bco-?found(?:ed|er|ers|ing)\b|\bco-?chairs?\b|\bfounders\b|"
                r"\bfounded\b[^.;]{0,60}?\bby\s+[A-Z][^.;]*?(?:,|\band\b)\s*(?:[A-Z]|siblings)",
                re.IGNORECASE)


def _sole_founders(claim: Claim, names: Names) -> list[tuple[str, str]]:
    """(founder, founded) for each entity the claim tells as founding another alone."""
    text = claim.standalone
    if not re.search(r"found|establish|set\s+up|start", text, re.IGNORECASE) or \
            re.search(r"\bco-?found|\bhelped\s+(?:to\s+)?(?:found|start|set)", text,
                      re.IGNORECASE):
        return []
    named = occurrences(text, claim.entities, names)
    out = []
    for index, (start, end, entity) in enumerate(named):
        rest, head = text[end:], text[:start]
        after = _FOUNDER_FIRST.match(rest) or _SOLE_TITLE.match(rest)
        before = _FOUNDER_AFTER.search(head) if after is None else None
        if after is None and before is None or _LISTED_BEFORE.search(head) or \
                _LISTED_AFTER.match(rest):
            continue
        clause = re.split(r"[;:]|,\s+(?:which|who|and|but)\b", rest)[0]
        if _PARTNERED.search(clause) or _PARTNERED.search(head[-25:]):
            continue
        # what was founded: the next name after the act, or the last before "founded by"
        founded = named[index + 1:index + 2] if after is not None else \
            named[max(0, index - 1):index]
        if founded and founded[0][2] != entity:
            out.append((entity, founded[0][2]))
    return out


def sole_founder(claim: Claim, facts: Sequence[Fact], names: Names) -> str | None:
    """The name the claim tells as the only founder of what ``facts`` record as founded by
    several, that name among them; None when the claim says no such thing."""
    told = [f for f in facts if _SEVERAL.search(f.statement)]
    if not told:
        return None
    for founder, founded in _sole_founders(claim, names):
        if any(occurrences(f.statement, (founder,), names) and
               occurrences(f.statement, (founded,), names) for f in told):
            return names(founder)[0]
    return None
