"""Headlines in title case.

Owns: telling a line written in title case ("OpenAI's ChatGPT Hits 300 Million Users") from
prose, and which capitalised runs of a title-case line are names: those the article writes
with capitals elsewhere too, of the names the store does not know and of the one-word names
it does ("Manufacturing Arm" is no chip designer); a slug, "openai hits 300 million users",
is ``slugs.py``'s.
Must not: find names (``entities``) or make claims (``extract``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .entities import Mention

_CAPITALS = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def title_case(sentence: str) -> bool:
    """Is the sentence written in title case, as headlines are: no full stop at its end, and
    most of its words of four letters or more capitalised? A short headline with only two
    such words ("Forge Houses 100,000 GPUs") needs both, and a word of something else."""
    if sentence.rstrip().endswith((".", "!", "?")):
        return False  # "Other backers are Khosla Ventures, ... and Sequoia Capital."
    words = _CAPITALS.findall(sentence)
    if len(words) == 2:
        return all(w[0].isupper() for w in words) and len(sentence.split()) > 2
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_WORD = re.compile(r"[\w'’&-]+")


@lru_cache(maxsize=4)
def _word_counts(text: str) -> Counter[str]:
    """How often each word stands in ``text``: counted once per article (a string's hash is
    kept with it), not scanned again for every word of every headline line."""
    return Counter(_WORD.findall(text))


def told_elsewhere(name: str, text: str, sentence: str) -> list[str]:
    """The runs of a headline's name ("Bezos Cheers") whose words the article also writes
    elsewhere ("Bezos")."""
    counts, here = _word_counts(text), Counter(_WORD.findall(sentence))
    runs: list[list[str]] = [[]]
    for word in name.split():
        if counts[word] > here[word]:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if run]


def capitalised_elsewhere(word: str, text: str, sentence: str) -> bool:
    """Does the article write ``word`` with its capital (in any case: "NVIDIA" for "Nvidia")
    outside the title-case ``sentence`` too? A title capitalises every word: "Manufacturing
    Arm" is a division, not the chip designer, when the article never writes "Arm" else."""
    found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)

    def capitals(s: str) -> int:
        return sum(1 for m in found.finditer(s) if m.group(0)[0].isupper())
    return capitals(text) > capitals(sentence)


_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z]+)\s+$")
# Words after which a name stands as a name: "In Anthropic", "To Sanmina", "And Meta".
_BEFORE_NAMES = frozenset("in on at to for from with by of and or as vs versus into over "
                          "than after before about against".split())


def _common_head(m: Mention, text: str, sentence: str) -> bool:
    """Is a one-word name in a title the head of a common noun phrase: after a word the
    article writes in lower case elsewhere ("Manufacturing Arm" beside "manufacturing
    operations"), and never written with its capital outside the title?"""
    word = sentence[m.start:m.end]
    before = _WORD_BEFORE.search(sentence, 0, m.start)
    if not _ONE_WORD.fullmatch(word) or before is None or \
            before.group(1).lower() in _BEFORE_NAMES:
        return False
    lower = before.group(1).lower()
    return re.search(rf"\b{lower}\b", text) is not None and \
        not capitalised_elsewhere(word, text, sentence)


def headline_names(mentions: list[Mention], text: str, sentence: str) -> list[Mention]:
    """The mentions of a title-case headline that are names: not a one-word name that heads
    a common noun phrase ("ZT Systems Manufacturing Arm" is a division)."""
    if not title_case(sentence):
        return mentions
    return [m for m in mentions if m.described or not _common_head(m, text, sentence)]
