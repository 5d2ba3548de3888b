"""Where a sentence's clauses may break: its commas and the words that begin verb phrases.

Owns: the commas outside quotes and parentheses (not a thousands separator, not the comma of
a date), the words after a comma, and the grammar-light tests of whether a phrase opens with a
verb or a participle, or holds a finite verb (so it is a clause, not a lead-in). Must not: cut
sentences into clauses (``clauses.py``) or know names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gates import gated
from .lexicon import lazy

# Words that begin a verb phrase (after an optional adverb) in coordinated lists.
COMMON_VERBS = frozenset("""
is are was were has have had will would can could may might must shall should does did do
be been being became becomes leads led includes included plans planned joins joined makes made
takes took gives gave holds held owns owned runs ran builds built sells sold buys bought
grows grew raises raised invests invested provides provided participates participated
announces announced launches launched controls controlled acquires acquired supports supported
left leaves won wins began begins rose rises fell falls became sold spent spends paid pays
""".split())
ADVERBS = frozenset("""
now also then later recently subsequently even further actively still already thereby thus
effectively officially personally reportedly currently jointly increasingly
""".split())
NON_PARTICIPLES = frozenset("""
including according regarding excluding following concerning ranging starting during
notwithstanding pending something nothing anything everything thing king spring string
""".split())


@lru_cache(maxsize=1024)
def protected(s: str) -> tuple[bool, ...]:
    """True where a character sits inside quotes or parentheses."""
    inside = [False] * len(s)
    quote = False
    depth = 0
    at = 0  # the characters from here to the next quote or bracket are as the last left them
    for m in _QUOTE_OR_BRACKET.finditer(s):
        i, ch = m.start(), m.group(0)
        if quote or depth > 0:
            inside[at:i] = [True] * (i - at)
        if ch == "“":
            quote = True
        elif ch == "”":
            quote = False
        elif ch == '"':
            quote = not quote
        elif ch == "(":
            depth += 1
        else:
            depth = max(0, depth - 1)
        inside[i] = quote or depth > 0
        at = i + 1
    if quote or depth > 0:
        inside[at:] = [True] * (len(s) - at)
    return tuple(inside)


_QUOTE_OR_BRACKET = lazy(r'[“”"()]')


_DATE_COMMA = gated(re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                               r" \d{1,2}(,) (?:1[89]|20)\d\d\b"))


@lru_cache(maxsize=1024)
def top_level_commas(s: str) -> tuple[int, ...]:
    """Positions of commas outside quotes; a comma just before a closing quote counts."""
    inside = protected(s)
    dates = {m.start(1) for m in _DATE_COMMA.finditer(s)}
    out = []
    for m in _COMMA_OR_SEMICOLON.finditer(s):
        i, ch = m.start(), m.group(0)
        if ch == "," and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
            continue  # a thousands separator: "930,000 miles", "$77,593"
        if i in dates:
            continue  # "March 11, 2019 and ...": a date, not a clause break
        closing = i + 1 < len(s) and s[i + 1] in "\"”’"
        if not inside[i] or closing:
            out.append(i)
    return tuple(out)


_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_WORD = lazy(r"[A-Za-z][\w'’-]*")


def after_comma(s: str, comma: int) -> int:
    """Index of the first word after a comma (skipping a closing quote and spaces)."""
    i = comma + 1
    while i < len(s) and s[i] in "\"”’ ":
        i += 1
    return i


def first_words(s: str, at: int, n: int = 3) -> list[str]:
    return _WORD.findall(s[at:at + 80])[:n]


def is_verb_like(words: list[str]) -> bool:
    """Does a phrase begin with a verb ("provided ...", "now participates in ...")?"""
    if not words:
        return False
    if words[0].lower() in ADVERBS and len(words) > 1:
        words = words[1:]
    first = words[0]
    low = first.lower()
    if first[0].isupper():
        return False
    if low in COMMON_VERBS:
        return True
    if low.endswith("ed") and len(low) > 4:
        return True
    nxt = words[1].lower() if len(words) > 1 else ""
    return low.endswith("s") and not low.endswith("ss") and nxt in {
        "in", "on", "with", "the", "a", "an", "to", "for", "its", "their", "his", "over",
        "about", "into", "as", "at", "from"}


def is_participle(words: list[str]) -> bool:
    if not words:
        return False
    if words[0].lower() in ADVERBS and len(words) > 1:
        words = words[1:]
    low = words[0].lower()
    return low.endswith("ing") and len(low) > 4 and low not in NON_PARTICIPLES \
        and words[0][0].islower()


def finite(word: str) -> bool:
    return word in COMMON_VERBS or word.endswith("ed") or word in ("did", "does", "do")


# A verb in the present before a figure: "manages $11.6 trillion", "oversees $148 billion".
VERB_BEFORE_FIGURE = re.compile(r"[a-z]{2,}[^s\W]s\s+(?:about |around |roughly |nearly |"
                                r"more than |over |up to )?[$€£]?\d")
_VERB_AFTER_WORD = re.compile(r"(?<=\w\s)" + VERB_BEFORE_FIGURE.pattern)
_DIGIT = re.compile(r"\d")


def looks_main(s: str, start: int, stop: int) -> bool:
    """Does ``s[start:stop]`` contain a finite verb (so it is a clause, not a lead-in)?"""
    words = _WORD.findall(s[start:stop])
    # (the verb's pattern, which opens with a lookbehind tried at every position, only
    # where its figure's digit is)
    if _DIGIT.search(s, start, stop) and _VERB_AFTER_WORD.search(s, start, stop):
        return True  # "HPS currently oversees $148 billion"
    return any(w.lower() in COMMON_VERBS or (w.lower().endswith("ed") and len(w) > 4)
               or (i > 0 and w[0].islower() and is_verb_like(words[i:i + 2]))
               for i, w in enumerate(words) if i > 0)


# A sentence that opens with a participle's phrase: "Backed by Acme and Globex, ...",
# "Securing $6 billion from ..., ...", "Founded in 2015 by ..., ..." (not a preposition that
# ends in -ing: "According to Acme, ...", "Including Globex, ...").
PARTICIPLE_OPENS = lazy(r"\s*(?:(?:first|initially|originally|jointly|largely|heavily|"
                        r"partly|also|once|now)\s+)?(?!(?:According|Including|Excluding|"
                        r"During|Regarding|Concerning|Notwithstanding|Pending|Nothing|"
                        r"Something|Everything|Anything|Morning|Evening|Spring|Thing|King|"
                        r"Ring|Wing|Sing|Bring|Ceiling|Bed|Red|Ted|Ned|Fed|Speed|"
                        r"Seed|Need|Feed|Creed|Breed|Greed|Hundred|Shed|Wed|Embed)\b)(?:[a-z]{2,}(?:ed|ing)|Built|"
                        r"Led|Run|Held|Made|Known|Born|Set|Won|Given|Taken|Seen|Driven|Chosen|"
                        r"Grown|Sold|Bought|Spun|Brought|Struck|Told|Paid|Kept|Sent|Shown|"
                        r"Owned|Begun)\b", re.IGNORECASE)
