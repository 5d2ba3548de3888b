"""Headline comma splices: two statements a headline joins with a bare comma.

Owns: telling a headline ("Nvidia Beats Estimates, Guides Higher", "Revenue Jumps 78%, Data
Centre Sales Hit Record") from a sentence of prose (a headline ends with no full stop), and
where its comma joins a second statement: a verb phrase of the same subject, or a clause with
a subject of its own. Prose joins them with "and"; a headline drops it, and read as one claim
the first statement's figure and the second's words were judged together (the second held
nowhere left the first unchecked). Must not: cut prose, or a list of names ("Nvidia Unveils
Rubin, Feynman Chips"): a part of fewer than two words, or with its only verb-like word last,
is no statement.
"""

from __future__ import annotations

from .clause_words import COMMON_VERBS
from .lexicon import lazy

_TOKEN = lazy(r"[\w$%.’'-]+")
HEADLINE_WORDS = 25  # longer than any headline: a sentence that lost its full stop


def headline(s: str) -> bool:
    """Is ``s`` written as a headline: no full stop, question or exclamation mark at its end,
    and short?"""
    return not _ends_with_stop(s) and len(s.split()) <= HEADLINE_WORDS


def _ends_with_stop(s: str) -> bool:
    """Does ``s`` end with a stop (".!?:;,"), then closing quotes or brackets, then blanks?
    Read from the end: a pattern searched for it would be tried at every position."""
    end = s.rstrip().rstrip("\"”’')]")  # str.isspace: the blanks of the engine's \s
    return end[-1:] in (".", "!", "?", ":", ";", ",")


def _verb(word: str) -> bool:
    """Could the word be a headline's verb: its present ("Jumps", "guides"), a past, or a
    common verb? (Plural nouns pass too: the part's shape decides.)"""
    low = word.lower()
    return low in COMMON_VERBS or len(low) > 4 and low.endswith("ed") or \
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and \
        low.isalpha()


def _tokens(s: str, start: int, stop: int) -> list[str]:
    return _TOKEN.findall(s[start:stop])


# Words a verb never follows in a headline's subject: "Prophet of Tokenomics" and "Three
# Years" are nouns.
_NOT_BEFORE_VERB = frozenset("of in on at by for from to with the a an its their his her "
                             "two three four five six seven eight nine ten".split())
_JOINING = frozenset("and or but &".split())
# A part that opens on these sets the scene for the statement after the comma ("As Hubble
# turns 35, its successor ..."): no statement of its own.
_SUBORDINATE = frozenset("as when while after before if since because although though once "
                         "until amid despite with without in on at for from by over under "
                         "during".split())


def states(s: str, start: int, stop: int) -> bool:
    """Does ``s[start:stop]`` make a statement of its own: a subject, then a verb with
    something after it ("Data Centre Sales Hit Record", "Nvidia Beats Estimates")? Not a
    scene set before a comma, nor the last names of a list ("Microsoft and MGX adopts"), nor
    a participle ("founded by")."""
    words = _tokens(s, start, stop)
    if len(words) < 3 or _verb(words[0]) or not s[start:stop].lstrip()[:1].isalnum() or \
            words[0].lower() in _SUBORDINATE:
        return False
    for i, w in enumerate(words[1:-1], 1):
        before = words[i - 1].lower()
        if before in _JOINING:
            return False  # "A, B and C adopts ...": a list's end, its verb the whole list's
        if _verb(w) and before not in _NOT_BEFORE_VERB and not before[:1].isdigit() and \
                not (w.lower().endswith("ed") and words[i + 1].lower() == "by"):
            return True
    return False


def verb_phrase(s: str, start: int, stop: int) -> bool:
    """Does ``s[start:stop]`` open with a verb and say something after it ("Guides
    Higher", "cuts 4% of jobs")?"""
    words = _tokens(s, start, stop)
    return len(words) >= 2 and _verb(words[0]) and words[1].lower() not in _JOINING and \
        s[start:stop].lstrip()[:1].isalpha()
