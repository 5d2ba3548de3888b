"""An organisation named in full, then without its corporate word: "Ampere Computing ...
Ampere has become ...", "Blue Owl Capital ... Blue Owl said".

Owns: ``ShortNames``, the article's memory of the organisations it named by a full name that
ends in a corporate word (Computing, Capital, Partners, Group, Holdings, Technologies ...),
and the mentions the name without that word makes later in the article. Writers name a
firm in full once and by its short name after; the store need not list every short name
as an alias (and may not: "Ampere" alone is also NVIDIA's architecture). Must not: read
the store; it is handed the mentions the store's aliases found, which always win.
"""

from __future__ import annotations

import re

from .entities import Mention

# The corporate word a firm's full name ends with, which its short name drops.
_CORPORATE = frozenset("""computing capital partners group holdings holding technologies
technology systems management investments ventures corporation corp inc labs energy
""".split())
_AFTER = re.compile(r"\s+[A-Z][a-z]")  # a name going on: "Ampere Altra", another name


def _short(name: str) -> str | None:
    """The full name without its trailing corporate word ("Ampere Computing" -> "Ampere"),
    when what is left is a capitalised word or two."""
    words = name.rstrip(".").split()
    if len(words) < 2 or words[-1].lower().rstrip(".,") not in _CORPORATE:
        return None
    kept = words[:-1]
    if len(kept) > 2 or not all(w[:1].isupper() and w.isalpha() for w in kept):
        return None
    return " ".join(kept)


class ShortNames:
    """The short names an article has given organisations by naming them in full; a short
    name two organisations share points to no one."""

    def __init__(self) -> None:
        self._firms: dict[str, tuple[str, str, str]] = {}  # short name -> entity, kind, name
        self._shared: set[str] = set()

    def note(self, sentence: str, mentions: list[Mention]) -> None:
        """Remember the organisations ``sentence`` names in full with a corporate word."""
        for m in mentions:
            if m.kind != "organization" or m.described:
                continue
            short = _short(sentence[m.start:m.end])
            if short is None:
                continue
            if self._firms.get(short, (m.entity,))[0] != m.entity:
                self._shared.add(short)
            self._firms.setdefault(short, (m.entity, m.kind, m.name))

    def find(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions of organisations the article named in full before, by short name."""
        found: list[Mention] = []
        for short, (entity, kind, name) in self._firms.items():
            if short in self._shared or short not in sentence:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?:['’]s)?(?![\w-])", sentence):
                end = m.start() + len(short)
                if any(o.start <= m.start() < o.end for o in mentions) or \
                        _AFTER.match(sentence, end):
                    continue  # the full name read again, or a longer name of its own
                found.append(Mention(m.start(), end, entity, kind, name,
                                     possessive=m.end() != end))
        return found
