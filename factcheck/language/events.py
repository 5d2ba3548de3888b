"""Events as referents: "the round", "the deal", "the takeover" point back to an event told.

Owns: remembering, for each family of events (an acquisition, a funding round, a bid), the
entities of the last clause that told one ("AMD agreed to buy Xilinx"), and handing them to a later
clause that refers back to it with a definite noun ("the takeover did not close until
2022"): the event's parties, which such a clause leaves implicit. A generic noun ("the
deal", "the transaction") points to the latest event of any family. A clause that refers
back adds its own names to the event it refers to ("The acquisition, which AMD paid in
shares, ..."), and one that tells the same event again with fewer names keeps its parties.
Also the company a purchase or a bid is for ("AMD agreed to acquire Xilinx", "Intel offered $6
billion for Mellanox"): what a description after such words names next ("... competing to
acquire the company"). Must not: read the store, or name a party the article has not named.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import FoldedPattern, lazy
from .quantities import find_quantities

# The words that tell an event of a family, and the nouns that refer back to one.
_FAMILIES = {
    # ("took over as chief executive" takes a post, not a company)
    "acquisition": (r"acquir\w*|acquisitions?|buy|buys|buying|bought|takeovers?|"
                    r"(?:take|took) over(?! as\b)|purchas\w*|mergers?|merg\w*|buyouts?",
                    r"acquisition|takeover|purchase|merger|buyout"),
    "funding": (r"rounds?|rais\w*|fund-?raising|funding|invest\w*|backers?|backed|financing",
                r"round|raise|fundraising|funding|investment|financing"),
    # a bid, told by its own noun or an offer for something ("offered $6 billion for"):
    # "the offer" and "the proposal" refer back to it
    "bid": (r"bids?|bidding|bidders?|unsolicited|(?:takeover|buyout|cash|all-cash|"
            r"acquisition)\s+offers?|offer(?:s|ed|ing)?\s+(?:[^,.;]{0,40}?\s+)?for|"
            r"(?:offers?|proposals?|offered|proposed)\s+to\s+(?:buy|acquire|purchase|"
            r"take\s+over)",
            r"bid|offer|proposal"),
}
_GENERIC = r"deal|transaction|agreement"
# Read over the lowered clause (``lexicon.FoldedPattern``): every clause of an article is
# read by all four, a few times each.
_WORDS = {family: FoldedPattern(rf"\b(?:{words})\b") for family, (words, _) in _FAMILIES.items()}
_BACK = FoldedPattern(rf"\b(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?P<noun>{'|'.join(n for _, n in _FAMILIES.values())}|{_GENERIC})\b")
# A deal ranked among others introduces one: "struck the biggest deal in its history"
_RANKED = lazy(r"\b(?:biggest|largest|greatest|richest|costliest|priciest|smallest|"
                     r"first|second|third)\b", re.IGNORECASE)
_NOUNS = {noun: family for family, (_, nouns) in _FAMILIES.items() for noun in nouns.split("|")}
# The size of a round told: the sum right before "round" ("its $6.6 billion funding round")
# or right after "raised" ("raised $6.6 billion at a $157 billion valuation").
_SIZE = re.compile(r"(?P<before>[$€£][\d.,]+\s*(?:billion|million|trillion|bn)?)\s+(?:[\w-]+\s+)"
                   r"?round\b|\brais(?:ed|es|ing)\s+(?:about\s+|roughly\s+|some\s+)?"
                   r"(?P<after>[$€£][\d.,]+\s*(?:billion|million|trillion|bn)?)")
# A round referred back to with no sum of its own: "The round was led by ...".
_SIZELESS = lazy(r"\b(?P<det>[Tt]he|[Tt]hat|[Tt]his)\s+(?P<noun>(?:funding\s+)?round)\b")

# What a purchase or a bid is for comes next: "to acquire Globex", "offered $6 billion for".
_BOUGHT = gated(re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|"
    r"t(?:ake|akes|ook|aking)\s+over|(?:takeover|acquisition|purchase)\s+of|"
    r"bid(?:s|ding)?\s+for|offer(?:s|ed|ing)?\s+[^,.;]{0,40}?\s+for)\s+$"))

_IT = re.compile(r"\b(?:it|It)\b")  # the event the clause before opened with
# A sum put in with no object of its own ("Nvidia put in about $100 million" after "Take
# OpenAI's October round"): a part of the round just told.
_PUT_IN = re.compile(r"\b(?:put\s+in|chipped\s+in|contributed|invested)\s+(?:about\s+|roughly\s+|"
                     r"around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?[$€£]"
                     r"[\d.,]+(?![\d.,])(?!\s*(?:billion|million|bn|m)?\s+(?:in|into|for)\b)",
                     re.IGNORECASE)
_PUT_IN_REACH = 5  # clauses (about two sentences) after the round in which a sum put in is its part
_KEPT = 4  # events of a family kept: the one a clause names a party of may be an earlier one
# The years a clause tells an event in: "\b(?:19[5-9]\d|20\d\d)\b" written digit first (a
# pattern that opens with "\b" is tried at every position; one that opens with a character
# only where that character is), the boundary before it a lookbehind over the digit.
_YEAR = re.compile(r"1(?<!\w1)9[5-9]\d\b|2(?<!\w2)0\d\d\b")
# A year the event is only expected in ("The deal, expected to close by mid-2025", "set to
# complete in 2026") is a plan's, not a time it was told in: a record of the year before
# may still be of it.
_EXPECTED = re.compile(r"\b(?:expect\w*|set\s+to|due\s+to|due\s+(?:in|by)|slated|scheduled|"
                       r"poised|plann\w*|plans?\s+to|will|would|anticipat\w*|target\w*|"
                       r"aim\w*|pending|hopes?\s+to)\b[^,.;]{0,30}$", re.IGNORECASE)


def _told_years(text: str) -> frozenset[int]:
    """The years ``text`` tells an event in: not one it is only expected in."""
    return frozenset(int(m.group(0)) for m in _YEAR.finditer(text)
                     if not _EXPECTED.search(text, max(0, m.start() - 40), m.start()))


class EventMemory:
    """The parties of the last events of each family an article told."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[int, frozenset[str]]] = {}
        self._earlier: dict[str, list[frozenset[str]]] = {}  # the family's events before
        self._clock = 0
        self._size: str | None = None  # the size of the last round told, as written
        self._years: dict[str, frozenset[int]] = {}  # the years the last of a family was told in
        self._teller: dict[str, str] = {}  # the subject of the clause that told it
        self._it: str | None = None  # the family of the event the last clause opened with
        self._target: str | None = None  # the company a purchase or a bid was last for
        self._targets: list[tuple[int, str]] = []  # those of the sentence being read
        # the last clause's event noun: a clause is asked about it three or four times
        self._back: tuple[str, re.Match[str] | None] = ("", None)

    def read_targets(self, sentence: str, named: list[tuple[int, int, str]]) -> None:
        """Note where the names of ``sentence`` that a purchase or a bid is for stand."""
        self._targets = [(s, e) for s, _, e in named
                         if _BOUGHT.search(sentence, max(0, s - 60), s)]

    def bought(self, sentence: str, start: int) -> str | None:
        """The company a description at ``start`` names when a purchase or a bid is for it
        ("Initech offered $6 billion for the company"): the last one named so, in the
        sentence before it or earlier; None when no such words stand before it."""
        before = [e for s, e in self._targets if s < start]
        if before:
            self._target = before[-1]
        return self._target if _BOUGHT.search(sentence, max(0, start - 60), start) else None

    def sentence_read(self) -> None:
        """The sentence's last name a purchase was for is the one later ones mean."""
        if self._targets:
            self._target = self._targets[-1][1]
        self._targets = []

    def between(self, names: frozenset[str]) -> bool:
        """Was the last event told one between two or more of ``names`` ("Acme will invest
        $10 billion in Zeta"): what "the partnership" after it may mean?"""
        latest = max(self._last.values(), key=lambda told: told[0], default=None)
        return latest is not None and len(latest[1] & names) >= 2

    def sized(self, standalone: str) -> str:
        """``standalone`` with a round it refers back to given the size the round was told
        with ("The round was led by Acme" -> "The $6.6 billion round was led by Acme"),
        when the clause gives no sum of its own: the size says which round it is."""
        if "round" not in standalone or self._size is None or "funding" not in self._last:
            return standalone  # most clauses: no round, or none told (``_SIZELESS`` needs one)
        m = _SIZELESS.search(standalone)
        if m is None or any(q.text for q in find_quantities(standalone)):
            return standalone
        return f"{standalone[:m.start('noun')]}{self._size} {standalone[m.start('noun'):]}"

    def put_into(self, text: str) -> frozenset[str]:
        """The parties of the round just told, for a clause that puts a sum in with no
        object of its own ("Nvidia put in about $100 million"): whom the sum went to."""
        told = self._last.get("funding")
        if told is None or self._clock - told[0] >= _PUT_IN_REACH or \
                not _PUT_IN.search(text) or _BACK.search(text):
            return frozenset()
        return told[1]

    def _referred(self, text: str) -> str | None:
        """The family a definite event noun of the clause refers back to, if any."""
        if self._back[0] != text:
            self._back = (text, _BACK.search(text))
        m = self._back[1]
        if m is None:  # "The takeover needed approval. Regulators cleared it in 2020"
            return self._it if self._it in self._last and _IT.search(text) else None
        family = _NOUNS.get(m.group("noun").lower())
        if family is None and _RANKED.search(m.group(0)):
            return None  # "the biggest deal in its history, agreeing to buy ...": a new one
        if family is None:  # "the deal": the latest event told
            latest = max(self._last.items(), key=lambda kv: kv[1][0], default=None)
            return latest[0] if latest else None
        return family if family in self._last else None

    def parties(self, text: str, named: frozenset[str] = frozenset()) -> frozenset[str]:
        """The parties of the event a definite noun of the clause points back to: the last
        of its family, or an earlier one that a name of the clause was a party to ("AMD
        bought Xilinx. Nvidia dropped its bid for Arm. AMD's deal got every approval for the
        acquisition": AMD's)."""
        family = self._referred(text)
        if family is None:
            return frozenset()
        last = self._last[family][1]
        if named and not named & last:
            for told in reversed(self._earlier.get(family, [])):
                if named & told:
                    return told
        return last

    def years(self, text: str, named: frozenset[str] = frozenset()) -> frozenset[int] | None:
        """The years the event a definite noun of the clause points back to was told in
        ("Acme raised $6 billion in 2024. The round valued it at ..." : 2024), empty when it
        was told with none or is an earlier one of its family; None when the clause points
        back to no event told."""
        family = self._referred(text)
        if family is None:
            return None
        last = self._last[family][1]
        return self._years.get(family, frozenset()) if not named or named & last \
            else frozenset()

    def teller(self, text: str, named: frozenset[str], topic: str) -> str | None:
        """Whose is the event a definite noun of the clause points back to, when the story's
        topic was no party to it: the subject of the clause that told it ("Acme agreed to
        buy Zeta. ... The takeover closed in 2022" in a story about Omni: Acme's). None when
        the clause points back to none, or the topic was a party."""
        family = self._referred(text)
        parties = self.parties(text, named)
        if family is None or topic in parties or parties != self._last[family][1]:
            return None
        return self._teller.get(family)

    def note(self, text: str, entities: list[str], when: str = "") -> None:
        """A clause with these entities was read: it may tell an event, or refer to one;
        ``when`` is the clause with the time its sentence opens with ("In 2024, ...")."""
        referred = self._referred(text)
        # a clause that opens with the event ("The takeover needed approval") is what an
        # "it" of the next one means; any other clause's subject is
        self._it = referred if referred and _BACK.match(text.lstrip()) else None
        if not entities:
            return
        self._clock += 1
        years = _told_years(when or text)
        if referred:  # "The deal closed in 2020": the deal's years take in 2020
            self._last[referred] = (self._clock, self._last[referred][1] | set(entities))
            self._years[referred] = self._years.get(referred, frozenset()) | years
            return
        for family, words in _WORDS.items():
            if words.search(text):
                if family == "funding":
                    size = _SIZE.search(text)
                    self._size = (size.group("before") or size.group("after")).strip() \
                        if size else None
                told = self._last.get(family, (0, frozenset()))[1]
                # the same event told again with fewer names ("AMD announced its purchase
                # of the chipmaker") keeps the parties it was told with
                kept = told if set(entities) <= told else frozenset(entities)
                if kept != told and told:
                    self._earlier[family] = [*self._earlier.get(family, [])[1 - _KEPT:], told]
                self._years[family] = (self._years.get(family, frozenset()) if kept == told
                                       else frozenset()) | years
                if kept != told:
                    self._teller[family] = entities[0]
                self._last[family] = (self._clock, kept)
