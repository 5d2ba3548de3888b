"""A person named after where they study, research or once worked: that place is not who acts.

Owns: the description a clause opens with before a known person's name, when it ties the
person to an organisation or a school without making them speak for it: "Google researchers
Demis Hassabis and ...", "Cambridge alumnus Jane Doe", "former Acme executive Jane Doe",
"University of Cambridge alumni Sir Demis Hassabis". The person is the subject; the name in
the description only says where they come from. So too with no person named: "founded by
former Acme employees" tells of people who left Acme, never of Acme acting. A title that
does speak for the organisation ("Acme chief executive Jane Doe", "Acme founder Jane Doe")
is not this: ``subjects.py`` keeps the organisation as the subject of what its officer does.
Must not: read the store or choose the subject otherwise (``subjects.py`` asks here).
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Mention
from .gates import gated
from .lead_ins import LEAD_IN
from .lexicon import lazy

# Nouns of people who work, study or research at a place and do not act for it.
_MEMBERS = (r"(?:researchers?|scientists?|engineers?|alumn(?:us|a|i|ae)|graduates?|"
            r"veterans?|employees?|staffers?|professors?|fellows?|students?|"
            r"scholars?|laureates?|mathematicians?|physicists?|chemists?)")
# Any title after "former": a former officer no longer acts for the organisation.
_TITLES = r"(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?|CEO|CFO|CTO|COO|President|Chair(?:man|woman)?)"
# A capitalised name (an organisation, a school, a place), known to the store or not.
_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|for\s+)?[A-Z][\w.&'’-]*){0,5}"
# "Sir Demis Hassabis", "Dr John Jumper", "Prof. David Baker": an honorific before the name.
_HONORIFIC = r"(?:(?:Sir|Dame|Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?"
# Words of a description before its noun: a capitalised one ("AI", "DeepMind") or one of
# rank or field ("senior", "research"); never a verb ("OpenAI hires researcher Jane Doe").
_MODIFIER = r"(?:(?:[A-Z][\w-]*|senior|chief|principal|lead|leading|top|star|longtime|" \
    r"veteran|distinguished|research|staff|computer|software|hardware|chip|data)\s+)"
_DESCRIPTION = gated(lazy(
    rf"(?:(?:[Ff]ormer|[Ee]x-)\s*{_NAME}\s+{_MODIFIER}{{0,2}}?{_TITLES}"
    rf"|(?:(?:[Ff]ormer|[Tt]he)\s+)?{_NAME}\s+{_MODIFIER}{{0,2}}?{_MEMBERS})"
    rf"\s+{_HONORIFIC}"))


# Before a name: "former", "ex-" ("several former OpenAI employees", "ex-Google staff").
_FORMER_BEFORE = lazy(r"\b(?:[Ff]ormer|[Ee]x)[\s-]+$")
# After it: the people who left it ("employees", "research executives", "staff").
_LEFT_AFTER = lazy(rf"\s+{_MODIFIER}{{0,2}}?(?:{_MEMBERS}|executives?|staff|officials?|leaders?|"
                   r"managers?|workers?|members?|insiders?|colleagues?)\b")


def former_members(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The organisations named only as where people once worked ("created by several
    former Acme employees", "ex-Acme researchers"): they left it, so it does not act."""
    return [m for m in mentions if m.kind != "person" and
            _FORMER_BEFORE.search(text, max(0, m.start - 12), m.start) and
            _LEFT_AFTER.match(text, m.end)]


def described_person(text: str, start: int, mentions: Sequence[Mention]) -> int | None:
    """Where the known person's name starts that a description from ``start`` ties to
    where they research, study or once worked ("Google researchers Demis Hassabis won"),
    or None when the clause opens otherwise."""
    person = next((m for m in mentions if m.start > start and m.kind == "person"), None)
    if person is None or person.described or \
            _DESCRIPTION.fullmatch(text, start, person.start) is None:
        return None  # (the names before the person's are in the description's words)
    return person.start


def past_tie(text: str, mentions: Sequence[Mention]) -> tuple[int, int] | None:
    """The description a clause opens with, at its start or after a lead-in ("In 2024, "),
    before a person's name (``described_person``), as a character range."""
    lead = LEAD_IN.match(text)
    for start in (0, lead.end() if lead else 0):
        found = described_person(text, start, mentions)
        if found is not None:
            return start, found
    return None
