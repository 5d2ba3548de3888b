"""How widely a release reached: a limited one (a preview, a beta, early access, a waitlist)
against one to everyone ("generally available", "to all users").

Why: "OpenAI released GPT-4.5 to everyone in February" meets the record of GPT-4.5's release
by its name, its verb and its month; but the record is of a research preview for one tier of
subscribers, and a release to everyone is another, later step (often months later). When the
claim tells a release to everyone and the facts behind its support word only a limited one,
they do not confirm it; nor do they confirm early access told of what they record as released
to everyone. Must not: decide a verdict, or read a fact that words no stage as either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact

# A limited release: "early access", "a research preview", "in beta", "through a waitlist".
_LIMITED = lazy(r"\b(?:early\s+access|(?:research\s+|public\s+|technical\s+|developer\s+)?"
                r"preview|(?:public\s+|limited\s+|closed\s+|private\s+)?beta|waitlist(?:ed)?|"
                r"waiting\s+list|limited\s+(?:release|rollout|roll-out|access|availability)|"
                r"trusted\s+testers)\b", re.IGNORECASE)
# A release to everyone: "generally available", "to all users", "to everyone".
_GENERAL = lazy(r"\b(?:generally\s+available|general\s+availability|to\s+(?:everyone|"
                r"everybody|all\s+(?:[\w+-]+\s+){0,2}?(?:users|customers|subscribers|"
                r"developers))|available\s+to\s+all|widely\s+available|broadly\s+available|"
                r"wide\s+release|full\s+release|fully\s+(?:launched|released|available))\b",
                re.IGNORECASE)


def _told(fact: Fact) -> str:
    return f"{fact.statement} {fact.measure} {fact.note or ''}"


def another_stage(claim: Claim, facts: Sequence[Fact]) -> tuple[str, str] | None:
    """(the claim's words of a release's reach, the facts' words of another), when the
    claim tells a release to everyone and the facts only a limited one, or the claim a
    limited one and the facts one to everyone; None otherwise."""
    general = _GENERAL.search(claim.standalone)
    limited = _LIMITED.search(claim.standalone)
    if (general is None) == (limited is None):
        return None  # neither told, or both ("a preview, then to all users in May")
    told = [_told(f) for f in facts]
    mine, other = (_GENERAL, _LIMITED) if general else (_LIMITED, _GENERAL)
    if any(mine.search(t) for t in told):
        return None
    found = next((m for t in told if (m := other.search(t)) is not None), None)
    said = general or limited
    assert said is not None
    return (_words(said), _words(found)) if found else None


def _words(match: re.Match[str]) -> str:
    return " ".join(match.group(0).split())
