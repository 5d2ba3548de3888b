"""Lexicons of single words, found in a text whatever their case.

Owns: ``Lexicon``, which finds what ``\\b(?:word|word|...)\\b`` with ``re.IGNORECASE`` finds,
the first such word, for a fraction of the cost: the regex engine tries every alternative at
every position of the text, where a lexicon looks each word of the text up once in a set.
The lexicons of a hundred words read off every claim (``worthiness.py``) cost more than
anything else there. Must not: hold phrases or patterns (those stay regular expressions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Words:
    matches: tuple[re.Match[str], ...]
    plain: frozenset[str]  # the ASCII words, lower-cased
    other: bool  # a word with letters outside ASCII


@lru_cache(maxsize=16)  # one text is looked up in several lexicons in a row
def _words(text: str) -> _Words:
    matches = tuple(_WORD.finditer(text))
    plain = frozenset(m.group(0).lower() for m in matches if m.group(0).isascii())
    return _Words(matches, plain, any(not m.group(0).isascii() for m in matches))


class Lexicon:
    """Single words, matched whole and regardless of case."""

    def __init__(self, words: str) -> None:
        self.words = frozenset(words.split())
        if not all(w.isascii() and w.islower() and _WORD.fullmatch(w) for w in self.words):
            raise ValueError("a lexicon holds lower-case words only")

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """For a word with letters outside ASCII, where the regex module's case rules ("ſ"
        is an "s", "K" a "k") decide, as they do for the pattern a lexicon stands for.
        Compiled the first time one is met: most texts have none."""
        return re.compile(r"(?:" + "|".join(sorted(self.words)) + r")", re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first word of ``text`` the lexicon holds, as a match over ``text``."""
        words = _words(text)
        if words.plain.isdisjoint(self.words) and not words.other:
            return None  # most texts: one set operation
        for m in words.matches:
            word = m.group(0)
            if word.isascii():
                found = word.lower() in self.words
            else:
                found = self._pattern.fullmatch(word) is not None
            if found:
                return m
        return None
