"""Which cues of a fact a claim uses.

Owns: a fact's cues read into tables by the words they need (once per fact, kept between
runs by the command line: ``cli/derived.py``), the most specific cue of a fact a claim uses
(``best_cue``), where in the claim its cues stand (``cue_positions``), and which cues are
product or brand names. Must not: judge whether the fact's parties fit the claim (that is
``matching.py``) or decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Fact
from .derived import Derived
from .stems import SPLIT_PARTICLES, content_stems, phrase_in, phrase_stems


def cue_positions(fact: Fact, words: Sequence[str],
                  present: frozenset[str] | None = None) -> tuple[int, tuple[int, ...]]:
    """How many distinct cues the claim uses, and the word indexes where they start."""
    if present is None:
        present = word_set(tuple(words))
    table = cue_table(fact.cues)
    hits: set[tuple[str, ...]] = set()
    at: set[int] = set()
    for word in present.intersection(table):
        for _, target, target_words, _, _ in table[word]:
            if target[0] != word or not target_words <= present:
                continue  # listed under its content word, or a word of it missing
            n = len(target)
            for i, w in enumerate(words):
                if w == word and words[i:i + n] == target:
                    hits.add(target)
                    at.add(i)
    return len(hits), tuple(sorted(at))


@lru_cache(maxsize=1024)
def word_set(words: tuple[str, ...]) -> frozenset[str]:
    """The set of a claim's words (cached: every fact it is compared with asks)."""
    return frozenset(words)


# A cue, its stems, the set of them, its content stems, and whether a phrasal verb's
# particle may stand apart from it ("put in" in "put $500 million into").
CueRow = tuple[str, tuple[str, ...], frozenset[str], tuple[str, ...], bool]


CueTable = dict[str, tuple[CueRow, ...]]


def read_cue_table(cues: tuple[str, ...]) -> CueTable:
    """A fact's cues by the words they need, read once per fact (``cue_table``) rather than
    once per claim: a cue is used word for word only where its first word stands, and
    scattered only with its first content word (most facts about a claim's subject share
    none with it)."""
    by_word: dict[str, list[CueRow]] = {}
    for cue in cues:
        target = phrase_stems(cue)
        if not target:
            continue
        content = content_stems(cue)
        row = (cue, target, frozenset(target), content,
               len(target) == 2 and target[-1] in SPLIT_PARTICLES)
        by_word.setdefault(target[0], []).append(row)
        if len(content) >= 2 and content[0] != target[0]:
            by_word.setdefault(content[0], []).append(row)
    return {word: tuple(rows) for word, rows in by_word.items()}


cue_table: Derived[tuple[str, ...], CueTable] = Derived(read_cue_table, 65536)


def read_needed_table(cues: tuple[str, ...]) -> CueTable:
    """A fact's cues by a word the claim must hold for each to be met: word for word, all
    its words (a particle set apart: its first); scattered, all its content words. Each is
    listed under its longest such word, which common words ("in", "the") seldom are."""
    by_word: dict[str, list[CueRow]] = {}
    for row in dict.fromkeys(row for rows in cue_table(cues).values() for row in rows):
        _, target, target_words, content, particle = row
        scattered = len(content) >= 2
        keys = ({target[0], content[0]} if scattered else {target[0]}) if particle else \
            {max(sorted(set(content) if scattered else target_words), key=len)}
        for key in sorted(keys):
            by_word.setdefault(key, []).append(row)
    return {word: tuple(rows) for word, rows in by_word.items()}


needed_table: Derived[tuple[str, ...], CueTable] = Derived(read_needed_table, 65536)


def best_cue(fact: Fact, words: Sequence[str],
             present: frozenset[str] | None = None) -> str | None:
    """The most specific cue of ``fact`` the claim uses: longest, then word for word.
    ``present`` is the set of ``words``, when the caller asks for many facts."""
    if present is None:
        present = word_set(tuple(words))
    table = needed_table.cached(fact.cues)  # asked of every fact: no frame between
    if present.isdisjoint(table):
        return None
    matched = [met for word in present.intersection(table) for row in table[word]
               if (met := _met(row, words, present)) is not None]
    return max(matched)[2] if matched else None  # a cue met twice is the same maximum


# How a claim uses a cue: the cue's words, whether word for word, and the cue; the greatest
# is the most specific.
Use = tuple[int, bool, str]


def _met(row: CueRow, words: Sequence[str], present: frozenset[str]) -> Use | None:
    """How the claim uses the cue of ``row``, if it does."""
    cue, target, target_words, content, particle = row
    # word for word needs every word of the cue (but a particle set apart); scattered,
    # every content word: set tests spare the scans of the claim's words
    if (particle or target_words <= present) and phrase_in(cue, words):
        return len(target), True, cue
    if len(content) >= 2 and present.issuperset(content):
        return len(target) - 1, False, cue
    return None


# A list of facts, the indexes of those with a cue needing each word, their tables by the
# words needed (``needed_table``), and the indexes of the quotations.
Listed = tuple[tuple[Fact, ...], dict[str, list[int]], list[CueTable], tuple[int, ...]]


def best_cues(facts: tuple[Fact, ...], words: Sequence[str],
              present: frozenset[str]) -> tuple[dict[int, Use], tuple[int, ...]]:
    """``best_cue`` of every fact of ``facts`` whose cue the claim uses (by the fact's index),
    and the indexes of the quotations. The facts' rows are read once per list of facts (an
    article's claims ask about the same few), and each cue is looked for in the claim once,
    however many facts share it (a row is read off its cue alone: how the claim uses it is
    read once, a cue of fifty facts read fifty times was a fortieth of a long article)."""
    _, by_word, tables, quotes = _listed(facts)
    best: dict[int, Use] = {}
    used: dict[str, Use | None] = {}
    for word in present.intersection(by_word):
        for at in by_word[word]:
            for row in tables[at][word]:
                met = used[row[0]] if row[0] in used else \
                    used.setdefault(row[0], _met(row, words, present))
                if met is not None and (at not in best or met > best[at]):
                    best[at] = met
    return best, quotes


def _listed(facts: tuple[Fact, ...]) -> Listed:
    """The rows of a list of facts, kept under the facts' identities with the facts
    themselves, so no identity is reused."""
    key = tuple(map(id, facts))
    entry = _LISTED.get(key)
    if entry is None:
        by_word: dict[str, list[int]] = {}
        tables = [needed_table.cached(fact.cues) for fact in facts]
        get = by_word.get
        for at, table in enumerate(tables):
            for word in table:
                listed = get(word)
                if listed is None:  # no list made and thrown away for a word seen before
                    by_word[word] = [at]
                else:
                    listed.append(at)
        entry = _LISTED[key] = (facts, by_word, tables, tuple(
            at for at, fact in enumerate(facts) if fact.kind == "quote"))
        if len(_LISTED) > 256:
            del _LISTED[next(iter(_LISTED))]
    return entry


_LISTED: dict[tuple[int, ...], Listed] = {}


_NAME_CUE = re.compile(r"[A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)*")


def is_name_cue(cue: str) -> bool:
    """A cue that is a product or brand name ("Instinct", "CUDA"), not a unit ("TB/s")."""
    return _NAME_CUE.fullmatch(cue) is not None



def acts_unnamed(fact: Fact, words: Sequence[str]) -> bool:
    """Does the claim use no cue of ``fact`` but its names ("a beat in Azure cloud growth"
    beside a record of an investment whose cues hold "Azure")? It then tells no act of the
    record's, and a time it gives is another act's. ``words``: the claim's stems."""
    acts = tuple(c for c in fact.cues if not is_name_cue(c))
    if not acts:
        return True
    present = word_set(tuple(words))
    table = needed_table.cached(acts)
    return not any(_met(row, words, present) is not None
                   for word in present.intersection(table) for row in table[word])
