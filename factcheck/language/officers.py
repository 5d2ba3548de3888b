"""A person named with the organisation they act for, when the role told is the organisation's.

Owns: "Jane Doe of Acme is lead partner in the venture", "Ann Roe of Globex was an equity
funder": the person is named as the organisation's officer, and the role (a partner, a
funder, a backer, a shareholder, a supplier) is one an organisation holds in a venture, so
the clause is about the organisation; the person stays one of its names. A person's own
role ("Jane Doe of Acme is its chief executive") keeps the person. Must not: read the store
or choose among names otherwise (``subjects.py`` asks here).
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Mention
from .lexicon import lazy

_OF = lazy(r"\s+(?:of|from|at)\s+(?:the\s+)?")
# A copula, then a role an organisation holds: "is lead partner in", "was an equity funder
# and technology partner", "remains one of the backers of".
_ORGANISATION_ROLE = lazy(r"\s*,?\s+(?:is|was|are|were|remains|became|will\s+be|has\s+been|"
                          r"had\s+been)\s+(?:(?:also|now|still)\s+)?(?:(?:the|a|an|one\s+of"
                          r"\s+the|one\s+of\s+its|among\s+the)\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:partners?|funders?|backers?|investors?|shareholders?|"
                          r"suppliers?|sponsors?|lenders?|stakeholders?)\b")


def for_organisation(text: str, mentions: Sequence[Mention]) -> bool:
    """Do ``mentions`` open on a person "of" an organisation whose role the clause tells
    ("Jane Doe of Acme is lead partner ...")? Then the organisation is its subject."""
    if len(mentions) < 2:
        return False
    person, organisation = mentions[0], mentions[1]
    return person.kind == "person" and organisation.kind == "organization" and \
        not person.described and _OF.fullmatch(text, person.end, organisation.start) is not \
        None and _ORGANISATION_ROLE.match(text, organisation.end) is not None
