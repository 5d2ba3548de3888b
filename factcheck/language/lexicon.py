"""Lexicons found in a text whatever their case, for a fraction of the regex engine's cost.

Owns: ``Lexicon``, which finds what ``\\b(?:word|word|...)\\b`` with ``re.IGNORECASE`` finds,
the first such word, for a fraction of the cost: the regex engine tries every alternative at
every position of the text, where a lexicon looks each word of the text up once in a set.
The lexicons of a hundred words read off every claim (``worthiness.py``) cost more than
anything else there. And ``FoldedPattern``, for the lexicons of phrases and patterns
(``markers``, ``checkability``): the same pattern without the flag, over the lowered text,
runs three to four times faster, and its leftmost match lies where the case-insensitive one
does, with the same groups, so it is given over the text itself (``FoldedMatch``, in the
text's case): the case-insensitive pattern is compiled only for a text that cannot be
lowered, or for ``match`` and ``fullmatch``. ``str.lower``
maps every character to the one a case-insensitive pattern compares it with, keeps the
text's length and what counts as a word, a digit or a space, for every character but three:
U+0130 (İ, which lowers to two characters), U+0131 (ı) and U+017F (ſ), which the engine
folds to ASCII letters and ``lower`` does not; a text that holds one is searched the slow way.
``may_hold`` tells, by the same lowering, when such a pattern cannot match at all, and a
folded pattern is searched only in a lowered text that holds one of the strings every match
of it holds (``literals.needed``): most texts hold none of a lexicon's phrases.
``folded_finditer`` finds every match so (the figures' patterns).
And ``lazy``: a module's pattern compiled the first time it is used, not when the module is
imported (a process compiles only the patterns its texts reach; a fresh one compiles each
in Python code).
Must not: hold a lexicon itself (each stays next to the rule that reads it).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from re import _compiler  # type: ignore[attr-defined]
from typing import Any, cast

from .literals import needed

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Words:
    plain: frozenset[str]  # the ASCII words, lower-cased
    other: bool  # a word with letters outside ASCII


@lru_cache(maxsize=16)  # one text is looked up in several lexicons in a row
def _words(text: str) -> _Words:
    if text.isascii():  # most texts: lowering keeps every word where it is, whole
        return _Words(frozenset(_WORD.findall(text.lower())), False)
    words = _WORD.findall(text)
    return _Words(frozenset(w.lower() for w in words if w.isascii()),
                  any(not w.isascii() for w in words))


# The re module keeps the last 512 patterns it compiled and forgets the oldest first: the
# patterns made at run time from a store's names, a year or an abbreviation (hundreds in a
# long article) pushed the fixed ones out, and both were compiled again and again (541
# compiles in 100 KB of prose). Those made here are kept here, as many as a store names,
# and only here (``held``).
@lru_cache(maxsize=4096)
def runtime_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern made at run time, compiled once."""
    return held(source, flags)


def held(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern its holder keeps (``runtime_pattern``, a
    lazy or a folded pattern): compiled by the function ``re.compile`` compiles with (as the
    command line keeps it, ``cli/patterns.py``), and never put in the re module's cache,
    where each new one pushed out a fixed pattern (pysbd's among them) to be compiled again
    (625 of the 2,249 compiles of 300 KB of prose)."""
    return _compiler.compile(source, int(flags))  # type: ignore[no-any-return]


def alternation(words: Iterable[str]) -> str:
    """The source of a pattern for ``w1|w2|...`` (each word literal, tried in this order),
    with the words that share a first character put together behind it, and so on down:
    "cloud|chipmaker|chip" is written "c(?:loud|hip(?:maker|))". The engine tries the
    alternatives of a group one after the other, and at each place of the text it looks at
    the first character of each of the hundreds of nouns or names of a lexicon; here at one
    per group. It matches what the alternation matches, where it does, taking the same word
    first: only words of one group can start at a place, and a group keeps their order. (For
    a pattern without the case flag: under it, two characters may stand for one.)"""
    unique = list(dict.fromkeys(words))  # a word again can add nothing to the first
    if "" in unique[:-1]:
        # An empty word matches wherever another does: tried before some, it keeps its place
        # only in the plain alternation (the longest first, as lexicons are sorted, it is last).
        return "|".join(map(re.escape, unique))
    groups: dict[str, list[str]] = {}
    for word in unique:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        if not first or len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            shared = os.path.commonprefix(rests)  # "hip" of "hipmaker" and "hip"
            rests = [rest[len(shared):] for rest in rests]
            parts.append(f"{re.escape(first + shared)}(?:{alternation(rests)})")
    return "|".join(parts)


@lru_cache(maxsize=4096)  # asked for the same names claim after claim: no escaping again
def whole_words(phrase: str, flags: int = 0) -> re.Pattern[str]:
    """``phrase`` found as whole words: not inside a longer word ("Intel" in "intelligence").
    Its ``search`` and ``finditer`` look for the phrase with ``in`` first (``WholeWords``)."""
    return cast(re.Pattern[str], WholeWords(phrase, flags))


class WholeWords:
    """The pattern ``(?<!\\w)phrase(?!\\w)``, compiled (``runtime_pattern``) and run only
    for a text that holds the phrase (``may_hold`` under the case flag): most names of
    most entities asked about are in no claim, and each was a pattern compiled."""

    __slots__ = ("_flags", "_phrase")

    def __init__(self, phrase: str, flags: int) -> None:
        self._phrase, self._flags = phrase, flags

    @property
    def regex(self) -> re.Pattern[str]:
        return runtime_pattern(rf"(?<!\w){re.escape(self._phrase)}(?!\w)", self._flags)

    def _absent(self, text: str) -> bool:
        if self._flags & re.IGNORECASE:
            return not may_hold(text, self._phrase)
        return self._phrase not in text

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.regex.finditer(text)


def holds_word(text: str, word: str) -> bool:
    """``whole_words(word, re.IGNORECASE).search(text) is not None``: for a word of ASCII
    letters and digits, told by the text's words looked up in a set (as ``Lexicon``), no
    pattern compiled for each word an article's claims are judged by."""
    if word.isascii() and _WORD.fullmatch(word):
        words = _words(text)
        if word.lower() in words.plain:
            return True
        if not words.other:
            return False  # no word outside ASCII that the engine might fold to this one
    return whole_words(word, re.IGNORECASE).search(text) is not None


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
        return held(r"(?:" + "|".join(sorted(self.words)) + r")", re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first word of ``text`` the lexicon holds, as a match over ``text``."""
        words = _words(text)
        if words.plain.isdisjoint(self.words) and not words.other:
            return None  # most texts: one set operation
        for m in _WORD.finditer(text):  # the first of them, as a match over the text
            word = m.group(0)
            if word.isascii():
                found = word.lower() in self.words
            else:
                found = self._pattern.fullmatch(word) is not None
            if found:
                return m
        return None


# The characters whose case-insensitive match ``str.lower`` does not reproduce (see above).
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")
_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes and group names


@lru_cache(maxsize=16)  # every pattern reads the same clause in turn
def lowered_text(text: str) -> str | None:
    """The text lowered, or None when it holds a character ``lower`` does not fold."""
    # (an ASCII text, most of them, holds none: told without the engine)
    return text.lower() if text.isascii() or not _UNFOLDED.search(text) else None


def may_hold_any(text: str, phrases: re.Pattern[str]) -> bool:
    """``may_hold`` for any of several ASCII phrases at once: ``phrases`` is their
    alternation in lower case, searched once over the lowered text."""
    lowered = lowered_text(text)
    return lowered is None or phrases.search(lowered) is not None


def may_hold(text: str, phrase: str) -> bool:
    """Could a case-insensitive pattern for the ASCII ``phrase`` match in ``text``? False
    only when it cannot: the lowered text does not hold the lowered phrase (see above)."""
    lowered = lowered_text(text)
    return lowered is None or not phrase.isascii() or phrase.lower() in lowered


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive ``pattern`` as it reads the lowered text (its letters lowered, but
    for escapes and group names, and the flag taken off); None for a pattern that is not
    case-insensitive or that turns the flag off inside. A lazy pattern is not compiled for
    it: its flags are those it was given (one that sets the flag inside is not folded, and
    is read the slow way)."""
    flags = pattern.given_flags if isinstance(pattern, LazyPattern) else pattern.flags
    if not flags & re.IGNORECASE or "(?-i" in pattern.pattern:
        return None
    source, parts, at = pattern.pattern, [], 0
    for m in _NOT_LETTERS.finditer(source):
        parts += [source[at:m.start()].lower(), m.group(0)]
        at = m.end()
    return re.compile("".join([*parts, source[at:].lower()]), flags & ~re.IGNORECASE)


class FoldedMatch:
    """A match of a folded pattern over the lowered text, read as the case-insensitive
    pattern's match over the text itself: the same spans (see above), the text's strings.
    It answers what a figure's reader asks of a match (spans, groups, the text); no
    case-insensitive pattern is compiled or run for it."""

    __slots__ = ("_found", "string")

    def __init__(self, found: re.Match[str], text: str) -> None:
        self._found, self.string = found, text

    def start(self, group: int | str = 0) -> int:
        return self._found.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._found.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._found.span(group)

    def __getitem__(self, group: int | str) -> str | None:
        start, end = self._found.span(group)
        return None if start < 0 else self.string[start:end]

    def group(self, *groups: int | str) -> Any:
        if len(groups) <= 1:
            return self[groups[0] if groups else 0]
        return tuple(self[g] for g in groups)

    def groups(self) -> tuple[str | None, ...]:
        return tuple(self[g] for g in range(1, self._found.re.groups + 1))

    def groupdict(self) -> dict[str, str | None]:
        return {name: self[name] for name in self._found.re.groupindex}


def folded_finditer(lowered: re.Pattern[str], text: str, lowered_text: str,
                    skip: Callable[[re.Match[str]], bool] | None = None
                    ) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds for a case-insensitive ``pattern``, found by
    ``lowered`` (``folded(pattern)``) over ``lowered_text`` (``lowered_text(text)``, not
    None): the case-insensitive pattern matches where it does, with the same groups (see
    above), so each match is given over ``text`` as a ``FoldedMatch``. A match that ``skip``
    tells is of no use is passed over."""
    for found in lowered.finditer(lowered_text):
        if skip is None or not skip(found):
            yield cast(re.Match[str], FoldedMatch(found, text))


# The most strings a folded pattern looks for before its engine runs (see ``_needed``).
FEW_NEEDED = 8


class FoldedPattern:
    """A case-insensitive pattern (``regex``) with a fast ``search`` that finds the same."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        letters = _NOT_LETTERS.sub("", pattern)
        # a text ``islower`` holds of has no capital: only another one is scanned
        if not letters.islower() and any(ch.isupper() for ch in letters) or "(?-i" in pattern:
            # Lowering the text would not lower the pattern: "[A-Z]" would never match.
            raise ValueError(f"a folded pattern is written in lower case: {pattern[:60]!r}")
        self._pattern, self._flags = pattern, flags

    # Both compiled the first time they are needed, once per process: a command that reads
    # no claim compiles none, and the case-insensitive one serves only a text that matched.
    @cached_property
    def regex(self) -> re.Pattern[str]:
        return held(self._pattern, self._flags | re.IGNORECASE)

    @cached_property
    def _lowered(self) -> re.Pattern[str]:
        return held(self._pattern, self._flags & ~re.IGNORECASE)

    @cached_property
    def _needed(self) -> tuple[str, ...] | None:
        """Strings one of which every match over the lowered text holds (``needed``), when
        they are few: looking for each of a lexicon's fifty phrases costs more than the
        engine's one pass."""
        words = needed(self._pattern, self._flags & ~re.IGNORECASE)
        return tuple(sorted(words, key=lambda w: (-len(w), w))) \
            if words and len(words) <= FEW_NEEDED else None

    def search(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)``, found over the lowered text first, and only in a text
        that holds a string the pattern needs (most texts hold none of a lexicon's)."""
        lowered = lowered_text(text)
        if lowered is None:
            return self.regex.search(text)
        words = self._needed
        if words is not None and not any(map(lowered.__contains__, words)):
            return None
        found = self._lowered.search(lowered)
        # Nothing earlier matched; the same pattern matches here, with the same groups: read
        # over the text, in its own case (the case-insensitive pattern is not run for it).
        return None if found is None else cast(re.Match[str], FoldedMatch(found, text))

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)


_PATTERN_ATTRIBUTES = tuple(name for name in dir(re.Pattern) if not name.startswith("_"))


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time one of its attributes is
    asked for; from then on they are the compiled pattern's own, found on the instance (no
    call in between). ``pattern`` is the source, as a compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.given_flags = pattern, flags

    def __getattr__(self, name: str) -> Any:
        # Asked only for what the instance does not hold yet: the first use.
        if name.startswith("_"):
            raise AttributeError(name)  # copy's and pickle's questions compile nothing
        compiled = held(self.pattern, self.given_flags)
        for attribute in _PATTERN_ATTRIBUTES:
            if attribute != "pattern":
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A module's pattern, compiled when first used (``LazyPattern``): it answers every
    method and attribute of the compiled pattern, but is no ``re.Pattern`` to ``isinstance``
    or to the ``re`` module's functions (``re.sub(pattern, ...)``): call its own methods."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
