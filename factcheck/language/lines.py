"""A company's line of business named in a sentence, and the description that points back to it.

Owns: the business line a sentence names by its noun ("the Data Center segment", "Globex's
cloud division", "its gaming unit") with its owner (the name before it in the possessive,
else the story's subject), and the description that opens a later clause with that noun
alone ("That business generated $51.2 billion", "The segment grew 66%"): the line, not the
whole company, and never a line no sentence just named. Must not: read the store or keep the
memory of names (``discourse.py`` keeps the last line; ``subjects.py`` writes it out).
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import lazy

_NOUNS = ("segment", "division", "unit", "business")
_LINE_NOUNS = rf"(?:{'|'.join(_NOUNS)})"
# "the Data Center segment", "Globex's cloud division", "its gaming unit": one to three words
# of the line, capitalised or not, before the noun.
LINE = lazy(rf"\b(?:(?P<owner>[A-Z][\w&.-]*)['’]s|[Tt]he|[Ii]ts|[Tt]heir)\s+"
             rf"(?P<line>(?:[A-Z][\w&-]*\s+){{1,3}}|(?:[a-z][\w-]*\s+){{1,2}})"
             rf"{_LINE_NOUNS}\b(?!['’]|\s+of\b)")
# The line's noun alone at the head of a clause: "That business", "The segment".
BACK_TO_LINE = lazy(rf"(?:That|This|The)\s+(?P<noun>{_LINE_NOUNS})\b(?!['’])")
# Words of a line that name no line: "the core business", "the whole unit".
NO_LINE = frozenset("core whole entire new same other main overall combined".split())


# A line's own capitalised words after a determiner: "The Data Center division", "its Client
# segment" (the words of a line, no company's name).
_CAPITALISED_LINE = lazy(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<line>(?:[A-Z][\w&-]*\s+){{1,3}})"
                         rf"{_LINE_NOUNS}\b")


def line_words(text: str) -> list[tuple[int, int]]:
    """Where the capitalised words of a business line stand ("The Data Center division":
    "Data Center"): a line's name, not an unknown company's."""
    if not any(map(text.__contains__, _NOUNS)):
        return []
    return [(m.start("line"), m.end("line")) for m in _CAPITALISED_LINE.finditer(text)]


def line_in(sentence: str, named: Sequence[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The last business line ``sentence`` names, as (owner entity id or "", the words before
    its noun and the noun: "Data Center segment")."""
    if not any(map(sentence.__contains__, _NOUNS)):
        return None  # most sentences: the pattern, tried at every position, is not run
    found = None
    for m in LINE.finditer(sentence):
        words = m.group("line").split()
        if words[0].lower() in NO_LINE:
            continue
        owner = next((e for s, _, e in named if s == m.start("owner")), "") \
            if m.group("owner") else ""
        if m.group("owner") and not owner:
            continue  # a name the store lacks owns it: no line of a known company
        found = (owner, m.group(0)[m.start("line") - m.start():])
    return found
