"""Lexicons of single words, found in a text whatever their case.

Owns: ``Lexicon``, which finds what ``\\b(?:word|word|...)\\b`` with ``re.IGNORECASE`` finds,
the first such word, for a fraction of the cost: the regex engine tries every alternative at
every position of the text, where a lexicon looks each word of the text up once in a set.
The lexicons of a hundred words read off every claim (``worthiness.py``) cost more than
anything else there. Must not: hold phrases or patterns (those stay regular expressions).
"""

from __future__ import annotations

import re
from functools import cached_property

_WORD = re.compile(r"\w+")


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
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word.isascii():
                found = word.lower() in self.words
            else:
                found = self._pattern.fullmatch(word) is not None
            if found:
                return m
        return None
