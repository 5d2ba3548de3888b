"""Headlines in title case.

Owns: telling a line written in title case ("OpenAI's ChatGPT Hits 300 Million Users") from
prose, and which capitalised runs of a title-case line are names: those the article writes
with capitals elsewhere too (a slug, "openai hits 300 million users", is ``slugs.py``'s).
Must not: find names (``entities``) or make claims (``extract``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

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
