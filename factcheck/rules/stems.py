"""Word stems, and phrases found in a claim by them.

Owns: the stem of a word (so "invested" meets the cue "investment", "overtook" meets
"overtaking", "sales" are "revenue"), the stems of a text (cached: every rule asks for the
same claim's, cue's and name's), the function words, and whether a phrase stands in a
claim's words (in order, a phrasal verb's particle set apart by its object) or is scattered
through them. Must not: know facts or claims (that is ``rules/cues.py``, ``matching.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_SUFFIXES = ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ers",
             "er", "ors", "or", "ies", "es", "ed", "ly", "s", "e")
# The suffixes by their last letter, in their order: a word is tried only against those
# it may end with (the first that fits is the one ``_SUFFIXES`` gives first).
_BY_LAST = {last: tuple(s for s in _SUFFIXES if s[-1] == last)
            for last in {s[-1] for s in _SUFFIXES}}
STOP_WORDS = frozenset("a an the of in on at to for and or by with its his her their as is are "
                       "was were be been has have had it this that from into than".split())


# Words articles use for the same measure; compared as one ("sales" are "revenue"; a
# change "sequentially", "on a sequential basis", is from the quarter before: a quarter's;
# a "market cap" is a market capitalization; a stock "finishes" a session as it closes it).
SYNONYMS = {"sale": "revenu", "sal": "revenu", "turnover": "revenu", "centr": "cent",
            "sequential": "quart", "cap": "capitaliz", "finish": "clos"}


# Irregular forms of the verbs news tells deals and moves with: "overtook" is a form of
# "overtake" as "overtaking" is ("led", "left", "found" and "given" stay: each is a word of
# its own, "given the competition" gives nothing).
_IRREGULAR = dict(pair.split(":") for pair in """
took:take taken:take overtook:overtake overtaken:overtake undertook:undertake rose:rise
risen:rise fell:fall fallen:fall grew:grow grown:grow bought:buy sold:sell won:win
began:begin begun:begin paid:pay spent:spend built:build brought:bring struck:strike
sought:seek became:become oversaw:oversee overseen:oversee withdrew:withdraw
withdrawn:withdraw shrank:shrink shrunk:shrink sank:sink sunk:sink drew:draw drawn:draw
wrote:write written:write gave:give chose:choose chosen:choose broke:break swung:swing
""".split())


# Words whose ending is part of the word: a "foundation" (a base; "foundation models") is
# no form of "found"/"founded", so a founding fact is never held to its year; "former" is no
# one who forms ("former OpenAI employees" met the cue "formed"); a "sale" is a deal (a
# stake sale), while "sales" are revenue ("expected to post far larger sales").
WHOLE_WORDS = {"foundation": "foundation", "foundations": "foundation", "former": "former",
               "formerly": "formerly", "sale": "sale"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: "management", "manages", "managed" -> "manag"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in WHOLE_WORDS:
        return WHOLE_WORDS[word]
    word = _IRREGULAR.get(word, word).replace("isation", "ization")  # British spelling
    for suffix in _BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-3] + "y" if suffix == "ies" else word[: -len(suffix)]
            if word.endswith("e") and len(word) > 4:
                word = word[:-1]  # "manage(ment)" meets "manag(es)"
            break
    return SYNONYMS.get(word, word)


@lru_cache(maxsize=16384)
def stems(text: str) -> tuple[str, ...]:
    """Stems of a text's words; cached, since the same claim, cue, measure and name are
    asked about by every rule."""
    return tuple(part for w in _WORD.findall(text)
                 for part in _CLOSED.get(w.lower(), (stem(w),)))


# Compounds written closed that cues write open: "datacenter" is a "data center".
# A quarter written Q1-Q4 is the quarter cues write out: "Q1 revenue", "first-quarter revenue".
_CLOSED = {"datacenter": ("data", "cent"), "datacenters": ("data", "cent"),
           "datacentre": ("data", "cent"), "datacentres": ("data", "cent"),
           "q1": ("first", "quart"), "q2": ("second", "quart"), "q3": ("third", "quart"),
           "q4": ("fourth", "quart")}


_WORD = re.compile(r"[A-Za-z0-9]+(?:'s)?")


def stemmed_words(text: str) -> list[str]:
    """A text's words in lower case, one for each of its stems (``stems``): a compound
    written closed stands once for each of its parts ("q4" twice), so that a cue's position
    among the stems is the word's position here."""
    return [w.lower() for w in _WORD.findall(text)
            for _ in _CLOSED.get(w.lower(), _ONE)]


def stem_count(text: str) -> int:
    """How many stems ``stems(text)`` gives, without stemming a word: one a word, two a
    compound written closed."""
    return sum(len(_CLOSED.get(w.lower(), _ONE)) for w in _WORD.findall(text))


_ONE = ("",)
phrase_stems = stems  # a cue or phrase: the same words, the same cache


# The stems of the function words, for rules that read a claim word by word.
FUNCTION_WORDS = frozenset(stems(" ".join(STOP_WORDS)))


def phrase_in(phrase: str, words: Sequence[str]) -> bool:
    """Is ``phrase`` (by stems, in order) inside ``words``?"""
    target = phrase_stems(phrase)
    if not target or target[0] not in words:
        return False  # both readings below start where its first word stands
    first, n = target[0], len(target)
    # Only where the first word stands: far fewer slices than trying every position.
    if any(words[i:i + n] == target for i, w in enumerate(words) if w == first):
        return True
    # A phrasal verb split by its object: "put in" in "put $500 million into the round",
    # "sold to" in "sold the company to Acme".
    particle = (SPLIT_PARTICLES.get(target[-1]) or _SPLIT_VERBS.get(target)) if n == 2 \
        else None
    return particle is not None and any(
        any(later in particle for later in words[i + 2:i + 2 + SPLIT_GAP])
        for i, w in enumerate(words) if w == first)


SPLIT_GAP = 5  # words an object may put between a verb and its particle
SPLIT_PARTICLES = {"in": ("into",), "up": ("up",), "off": ("off",), "out": ("out",),
                    "back": ("back",), "down": ("down",)}
# Verbs whose preposition their object may stand before, unlike most ("shares fell on Monday
# to a low" is no "fall to"): a sale goes to its buyer after the thing sold.
_SPLIT_VERBS: dict[tuple[str, ...], tuple[str, ...]] = {("sell", "to"): ("to",)}


def scattered_in(phrase: str, words: Sequence[str]) -> bool:
    """Are all of a multi-word cue's content words in the claim, in any order?

    "data center revenue in the fourth quarter" uses the cue "fourth-quarter data center
    revenue" in other words.
    """
    target = content_stems(phrase)
    return len(target) >= 2 and all(w in words for w in target)


@lru_cache(maxsize=16384)
def content_stems(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in phrase_stems(phrase) if w not in STOP_WORDS)
