"""Patterns tried only on a text that holds a word every one of their matches holds.

Owns: ``gated``: a pattern whose ``search``, ``match``, ``finditer`` ... first look for the
strings it needs (``literals.needed``: one of them is in every match) in the same text,
between the same bounds, and answer "no match" when none is there, without running the
engine. The regex engine tries every alternative
of an unanchored alternation at every position of the text ("said|says|added|noted|...",
"Reuters|Bloomberg|CNBC|..."); ``in`` looks for a word with a fast string search in C,
and most sentences hold none of the words. Where one is found the pattern runs as before,
so the answer is the pattern's own. A case-insensitive pattern looks in the lowered text
(``lexicon.lowered_text``; a text it cannot lower is searched as it is).
Must not: hold a pattern itself (each stays next to the code that reads it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any, cast

from .lexicon import LazyPattern, lowered_text
from .literals import needed

_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # flags a pattern's source opens with


class GatedPattern:
    """A compiled pattern whose methods first look for a string it needs (``needed``). A
    lazy one (``lexicon.lazy``) is compiled when it first has to run, as before."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.regex = pattern
        self.pattern = pattern.pattern
        self.flags: int
        if isinstance(pattern, LazyPattern):  # its flags as given, and those it opens with
            opening = _INLINE_FLAGS.match(pattern.pattern)
            self.flags = pattern.given_flags | (re.IGNORECASE if opening and
                                                "i" in opening.group(0) else 0)
        else:
            self.flags = pattern.flags
        self._folded = bool(self.flags & re.IGNORECASE)

    @property
    def groups(self) -> int:
        return self.regex.groups

    @property
    def groupindex(self) -> Any:
        return self.regex.groupindex

    @cached_property
    def _words(self) -> tuple[str, ...] | None:
        """The strings needed, longest first; read off the pattern when first asked (a
        process that reads no text parses none)."""
        words = needed(self.pattern, self.flags)
        return tuple(sorted(words, key=lambda w: (-len(w), w))) if words else None

    def holds(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """May the pattern match in ``text[pos:endpos]``? False only when it cannot."""
        words = self._words
        if words is None:
            return True
        if self._folded:
            lowered = lowered_text(text)
            if lowered is None:
                return True
            text = lowered
        if pos > 0 or endpos is not None and endpos < len(text):
            # the engine reads a bound below 0 as 0 (a slice would count it from the end)
            text = text[max(pos, 0):None if endpos is None else max(endpos, 0)]
        return any(map(text.__contains__, words))  # no frame per word

    def search(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        if not self.holds(text, pos, min(endpos, len(text))):
            return None
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        if not self.holds(text, pos, min(endpos, len(text))):
            return None
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 1 << 62
                  ) -> re.Match[str] | None:
        if not self.holds(text, pos, min(endpos, len(text))):
            return None
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62
                 ) -> Iterator[re.Match[str]]:
        if not self.holds(text, pos, min(endpos, len(text))):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> list[Any]:
        if not self.holds(text, pos, min(endpos, len(text))):
            return []
        return self.regex.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.holds(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self.regex.subn(repl, text, count) if self.holds(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.regex.split(text, maxsplit) if self.holds(text) else [text]


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` tried only where a string it needs is found (``GatedPattern``): it
    answers the compiled pattern's methods with the same results, but is no ``re.Pattern``
    to ``isinstance`` or to the ``re`` module's functions: call its own methods."""
    return cast(re.Pattern[str], GatedPattern(pattern))
