"""A claim of absence (what someone did not do, has not, was left out of) confirmed only by a
fact that tells the absence.

Why: "Microsoft did not take part in OpenAI's $6.6 billion round" meets the record of the
round by its figure and its parties, and "Google has no stake in Anthropic" the record of
Google's stake by the word "stake": the facts tell the act or the thing, and the claim
denies it of someone. A figure or a word the facts confirm is not what such a claim
asserts; the denial is, and a fact that tells no denial ("not", "no", "never", "without",
"declined") never confirms it. (A denial of what a fact records is refuted elsewhere:
``opposites``, ``attribution``.)

Must not: read a denial of anything but taking part as one ("has not recovered the $589
billion", "no longer a club of four", "where no capsule can reach it": other assertions,
which other guards weigh), or decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..model import Claim, Fact

# What tells an absence of a party from an act in a claim: a denial before a word of taking
# part ("did not take part", "no stake", "was not among the investors", "declined to
# invest", "never backed", "has yet to invest"), "left out of", "excluded from", "absent
# from". ("Without" a name is left out: "without Nvidia's approval" is no party's absence.)
_PART = (r"(?:part|parts|stakes?|shares?|roles?|seats?|ties|among|member\w*|partner\w*|"
         r"invest\w*|back(?:s|ed|ing|er|ers)?|fund(?:s|ed|ing|er|ers)?|particip\w*|"
         r"involv\w*|join\w*|contribut\w*|put\s+(?:up|in)|chip\w*\s+in)")
_ABSENT = lazy(rf"\b(?:not|never|no|nor|neither|none\s+of)\b(?!\s+(?:only|just|longer)\b)"
               rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_PART}\b|n['’]t(?:\s+[\w'’-]+){{0,3}}?\s+"
               rf"{_PART}\b|\b(?:declined|refused|failed)\s+to\s+{_PART}\b|"
               rf"\b(?:has|have|had|is|are)\s+yet\s+to(?:\s+[\w'’-]+)?\s+{_PART}\b|"
               r"\bleft\s+out\b|\babsent\s+from\b|"
               r"\bexcluded\s+from\b", re.IGNORECASE)
# How a fact tells one: the same words, and a few of its own ("non-exclusive" is not one).
_TOLD = lazy(r"\b(?:not|never|no|without|nor|neither|none|declined|refused|failed|absent|"
             r"excluded|lack(?:s|ed|ing)?|instead|rather\s+than|denied|rejected|ended|"
             r"dropped|withdrew|pulled\s+out|stepped\s+away)\b|n['’]t\b", re.IGNORECASE)


def absence_unsaid(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The claim's words of absence, when no fact of ``facts`` tells an absence; None when
    the claim tells none or a fact does."""
    said = _ABSENT.search(claim.standalone)
    if said is None or any(_TOLD.search(f"{f.statement} {f.note or ''}") for f in facts):
        return None
    return said.group(0).strip().lower()
