"""A person named in full, then by surname: "Acme chief Jane Quill ... Quill said ...", or,
knighted, by the given name after the title: "Demis Hassabis ... Sir Demis said ...".

Owns: ``Surnames``, the article's memory of the people it named by a full name, and the
mentions a later capitalised surname of one of them makes. Writers name a person in full
once and by surname after; the store need not list every surname as an alias.
Must not: read the store; it is handed the mentions the store's aliases found.
"""

from __future__ import annotations

import re

from .entities import NOT_NAMES, Mention
from .gates import gated
from .lexicon import lazy
from .markers import REPORTS
from .unknown_names import unknown_names

_WORD = re.compile(r"[A-Z][A-Za-z'’-]*[A-Za-z]")
_POSSESSIVE = re.compile(r"['’]s$")
_BEFORE = lazy(r"\b([A-Z][a-z]+)\s+$")  # a first name right before: "Tom Quill"
_AFTER = lazy(r"\s+[A-Z][a-z]")  # a name going on: "Quill Capital"
_TITLE = lazy(r"Chair(?:man|woman)?|Chief|Executive|President|Founder|Director|"
                    r"Mr|Mrs|Ms|Dr|Billionaire|Minister|Secretary|Senator")
# After a surname opening a sentence, what shows it is the person's: a report ("Son said"),
# a possessive ("Son's fund") or a verb of acting in the past ("Quill founded", "Su lifted
# the outlook", "Quill took over").
_ACTS = lazy(rf"(?:['’]s\b|\s+(?:{REPORTS}|told|added|adds|wrote|wants|wanted|founded|"
             r"co-founded|led|leads|owns|owned|has|had|is|was|will|would|did|does|"
             r"announced|plans|planned|pledged|promised|called|invested|[a-z]{2,}ed|took|"
             r"made|cut|sold|bought|became|left|began|gave|set|won|ran|met|spent|sent))\b")


# A knight's or a dame's title before the given name alone: "Sir Demis", "Dame Ann".
_KNIGHTED = gated(lazy(r"\b(?:Sir|Dame)\s+$"))


def _given(name: str) -> str | None:
    """The first word of a full name of two words or more ("Jane Quill" -> "Jane")."""
    words = _POSSESSIVE.sub("", name).split()
    return words[0] if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() \
        else None


def _surname(name: str) -> str | None:
    """The last word of a full name of two words or more ("Jane Quill" -> "Quill")."""
    words = _POSSESSIVE.sub("", name).split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha():
        return None
    return words[-1]


class Surnames:
    """The surnames an article has given a person by naming them in full, sentence by
    sentence; a surname two people share (one the store does not know) points to no one."""

    def __init__(self) -> None:
        self._people: dict[str, tuple[str, str, str]] = {}  # surname -> entity, kind, name
        self._shared: set[str] = set()  # surnames no longer one person's
        # given names, for "Sir Demis" after "Demis Hassabis" (shared ones name no one)
        self._given: dict[str, tuple[str, str, str]] = {}
        self._shared_given: set[str] = set()

    def note(self, sentence: str, mentions: list[Mention]) -> None:
        """Remember the people ``sentence`` names in full, and the unknown full names that
        share a surname with one (that surname then names no one)."""
        for m in mentions:
            if m.kind != "person" or m.described:
                continue
            given = _given(sentence[m.start:m.end])
            if given is not None:
                if self._given.get(given, (m.entity,))[0] != m.entity:
                    self._shared_given.add(given)
                self._given.setdefault(given, (m.entity, m.kind, m.name))
            surname = _surname(sentence[m.start:m.end])
            if surname is None:
                continue
            known = self._people.get(surname)
            if known is not None and known[0] != m.entity:
                self._shared.add(surname)
            self._people.setdefault(surname, (m.entity, m.kind, m.name))
        for name in unknown_names(sentence, mentions):
            given = _given(name)
            if given is not None:
                self._shared_given.add(given)
            surname = _surname(name)
            if surname is not None:
                self._shared.add(surname)  # "John Son, a Tokyo trader": not Masayoshi Son

    def find(self, sentence: str, mentions: list[Mention], raw: str | None = None
             ) -> list[Mention]:
        """Mentions of people the article named in full before, by surname alone; ``raw``
        is the sentence before its asides were blanked ("Son told reporters ...")."""
        if not self._people and not self._given:
            return []
        found: list[Mention] = []
        for w in _WORD.finditer(sentence):
            # the word without its possessive ending (``_POSSESSIVE``), read without the
            # engine: every capitalised word of every sentence comes here
            word = w.group(0)[:-2] if w.group(0).endswith(("'s", "’s")) else w.group(0)
            person = self._people.get(word) if word not in self._shared else None
            if person is None and word not in self._shared_given and \
                    _KNIGHTED.search(sentence, 0, w.start()):
                person = self._given.get(word)  # "Sir Demis", named in full before
            if person is None or \
                    any(m.start <= w.start() < m.end for m in mentions):
                continue
            if self._joined(sentence, w.start(), w.start() + len(word)):
                continue  # "Jane Quill" read again, or "Tom Quill": a name of its own
            if not sentence[:w.start()].strip() and not _ACTS.match(raw or sentence,
                                                                   w.start() + len(word)):
                continue  # "Son of ..." opening a sentence: maybe a common word
            entity, kind, name = person
            found.append(Mention(w.start(), w.start() + len(word), entity, kind, name,
                                 possessive=w.group(0) != word))
        return found

    @staticmethod
    def _joined(sentence: str, start: int, end: int) -> bool:
        """Is the surname part of a longer capitalised name?"""
        before = _BEFORE.search(sentence, 0, start)
        if before is not None and (before.group(1).lower() in NOT_NAMES or
                                   _TITLE.fullmatch(before.group(1))):
            before = None  # "But Son said", "Chairman Son": no first name
        return before is not None or _AFTER.match(sentence, end) is not None
