"""Finding named entities in text: the store's entities by alias.

Owns: ``EntityIndex`` (alias -> entity lookup over word n-grams, so it stays fast with tens
of thousands of aliases), the words that are never names (``NOT_NAMES``) and a clause's
word tokens; the names no entity covers are ``unknown_names``'s. Must not: read the store
itself; the store hands it entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Entity

MAX_ALIAS_WORDS = 6
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.]*[A-Za-z0-9&]|[A-Za-z0-9]")
_POSSESSIVE_TAIL = re.compile(r"(?:'s|’s)\b")
_ALIAS_BREAK = re.compile(r"[,;:\"“”()]")  # an alias never spans one of these

# Not names: sentence starters, greetings (no one a later "he" points back to), numerals.
NOT_NAMES = frozenset("""
a an the this that these those it its it's he his him she her they their them we our us i you
your in on at by for from with without within into onto of to as after before during since
until while when where whereas although though however moreover furthermore additionally
up down out off over back away ahead across against around under among amid amidst via beyond
toward towards upon between beneath behind throughout unlike besides per
about nearly roughly almost approximately some more less fewer only just below above
thousand million billion trillion percent hundred hundreds thousands millions billions
today yesterday tomorrow tonight now four five six seven eight nine ten eleven twelve
meanwhile also and or but nor so yet if then thus hence therefore still even despite through
because unless once whether whatever whichever whoever whenever wherever
regardless confronting navigating leveraging recognizing concerns companies enterprises
usd eur gbp jpy cny rmb chf cad aud twd ntd hkd krw inr sgd gaap non eps ebitda net
governments investors analysts experts critics observers there here what which who whom whose
why how all any both each every few many most much other others some such no not one two three
another either neither current latest recent
ceo cfo cto coo ceos cfos yoy qoq ytd ai agi asi ml llm llms gpu gpus cpu cpus tpu tpus r&d
us usa uk eu un it's sir dame dr prof professor mr mrs ms mx
jv jvs ppa ppas rpo aum capex opex ttm mau maus dau daus arr fcf roi
ipo api apis hbm fp8 fp4 fp16 tb gb mb pb pf nlp faq q1 q2 q3 q4 fy ii iii iv v vi vii viii ix x
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec christmas easter thanksgiving day eve
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof inc corp ltd llc
on-premise part chapter section figure table note update editor data privacy security
ethical major new old many several artificial generative global computational specific
based led backed owned funded like series round class phase tier
first second third fourth fifth sixth seventh eighth ninth tenth last next previous full-year full
days weeks months years decades hours minutes moments people sources officials having
thank thanks welcome hello hi please congratulations
revenue revenues sales profit profits income earnings turnover margin margins
""".split())
# Adverbs that open a sentence before a comma ("Together, the two rounds ..."): no suffix
# tells them from a name, and a name opening a sentence may be followed by a comma too.


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: str
    kind: str
    name: str
    described: bool = False  # a definite description ("the chipmaker"), not a name
    possessive: bool = False
    by_noun: bool = False  # found by its noun alone ("the $30 billion fund"), no partner named

    def shifted(self, by: int) -> Mention:
        if not by:
            return self  # a sentence's first clause: the same mention (it is frozen)
        # Built directly: ``dataclasses.replace`` costs as much again, on every clause.
        return Mention(self.start + by, self.end + by, self.entity, self.kind, self.name,
                       self.described, self.possessive, self.by_noun)


def _norm(word: str) -> str:
    """The word without its possessive ending ("NVIDIA's", "investors'")."""
    if not word or word[-1] not in "s'’":
        return word  # most words: no ending to try
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


@lru_cache(maxsize=1024)  # a clause's words are asked for its names and again for its subject
def word_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words with their offsets; a possessive stays on its word ("NVIDIA's")."""
    out: list[tuple[int, int, str]] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if text[end:end + 1] in ("'", "’") and (tail := _POSSESSIVE_TAIL.match(text, end)):
            append((start, tail.end(), m.group(0) + tail.group(0)))
        else:
            append((start, end, m.group(0)))
    return tuple(out)


def bare_words(text: str) -> list[str]:
    """``_norm`` of each of ``word_tokens``' words: the word as the token pattern finds it (a
    possessive ending is never part of it), found in one pass."""
    return _TOKEN.findall(text)


_VERSION = re.compile(r"(?!(?:19|20)\d\d$)\d[\w.]*|Ultra|Pro|Max|Mini|Plus|Nano|Turbo|Lite")


# A number with its scale after a name is a figure, not a model: "anthropic 4 billion
# investment" in a slug, where the currency sign was lost.
_SCALE = frozenset({"billion", "million", "trillion", "bn", "percent"})


def _variant(tokens: tuple[tuple[int, int, str], ...], at: int) -> bool:
    """Is the word after a name a version or model suffix ("Grok 3", "Blackwell Ultra")?"""
    if at >= len(tokens):
        return False
    return _VERSION.fullmatch(tokens[at][2]) is not None and (
        at == 0 or tokens[at][0] - tokens[at - 1][1] <= 1) and not (
        at + 1 < len(tokens) and tokens[at + 1][2].lower() in _SCALE)


# Aliases the store writes in capitals that are common words in lower case.
_COMMON_IN_LOWER_CASE = frozenset("arm arms aim art ace age all and any are can cat war win "
                                  "one net new now gap sun sap".split())


def _no_figures(entity_id: str) -> frozenset[float]:
    return frozenset()


def _no_partners(entity_id: str) -> frozenset[str]:
    return frozenset()


_FOUND_KEPT = 4096  # texts whose mentions an index keeps


class EntityIndex:
    """Alias lookup over word n-grams; case-sensitive for all-capital or dotted aliases."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        known: dict[str, Entity] = {}
        self.entities: Mapping[str, Entity] = known
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._lower: set[str] = set()  # aliases the store writes in lower case ("new locks")
        self.max_words = 1
        self._starts: set[str] = set()  # first words of aliases (folded): cheap rejection
        # The entities the store's facts about one name (its partners): the store sets it.
        self.partners: Callable[[str], frozenset[str]] = _no_partners
        self._qualifiers: dict[str, tuple[tuple[str, str], ...]] | None = None
        self._parts: dict[str, tuple[str, ...]] | None = None
        self._lowered: dict[str, str] | None = None  # the exact aliases, for lower-case text
        # mentions per text: a heading or a question is read for its names twice
        self._found: dict[str, tuple[Mention, ...]] = {}
        # The objects of the relation facts about one name (a person's roles): the same.
        self.roles: Callable[[str], frozenset[str]] = _no_partners
        # The money values of the facts about one name ("a $30 billion fund" must fit one).
        self.figures: Callable[[str], frozenset[float]] = _no_figures
        # The places and partners the facts about one name give it ("Stargate UAE": "abu
        # dhabi", "emirati", "g42"): what tells a named part from its owner.
        self.marks: Callable[[str], frozenset[str]] = _no_partners
        for entity in entities:
            known[entity.id] = entity
            for alias in (entity.name, *entity.aliases):
                key = " ".join(_norm(w) for _, _, w in word_tokens(alias))
                if not key:
                    continue
                self.max_words = min(MAX_ALIAS_WORDS, max(self.max_words, key.count(" ") + 1))
                self._starts.add(key.split(" ")[0].lower())
                if alias.isupper() or "." in alias or len(alias) <= 3:
                    self._exact.setdefault(key, entity.id)
                else:
                    self._folded.setdefault(key.lower(), entity.id)
                    if alias.islower():
                        self._lower.add(key)

    def state(self) -> dict[str, Any]:
        """The lookup tables, as JSON values: a store keeps them, so opening a large one
        does not tokenise every alias again (``restore``)."""
        return {"exact": self._exact, "folded": self._folded, "max_words": self.max_words,
                "starts": sorted(self._starts), "lower": sorted(self._lower)}

    @classmethod
    def restore(cls, state: dict[str, Any], entities: Mapping[str, Entity]) -> EntityIndex:
        """The index whose ``state()`` this was, over ``entities`` (the same entities, which
        may be read lazily)."""
        index = cls(())
        index.entities = entities
        index._exact = state["exact"]
        index._folded = state["folded"]
        index.max_words = state["max_words"]
        index._starts = set(state["starts"])
        index._lower = set(state["lower"])
        return index

    def _lowered_exact(self) -> dict[str, str]:
        """The aliases looked up with their case ("AMD", "H100"), lowered, for a text all in
        lower case ("amd closes xilinx deal"), but one that is a common word ("arm")."""
        if self._lowered is None:
            self._lowered = {k.lower(): v for k, v in self._exact.items()
                             if len(k) >= 3 and k.lower() not in _COMMON_IN_LOWER_CASE}
        return self._lowered

    def find(self, text: str) -> list[Mention]:
        """Entity mentions in ``text``, longest alias first, not overlapping; in a text all
        in lower case (a slug or a lower-case headline), aliases written in capitals too."""
        known = self._found.get(text)
        if known is not None:
            return list(known)
        if len(self._found) >= _FOUND_KEPT:
            self._found.clear()
        mentions = self._find(text)
        self._found[text] = tuple(mentions)
        return mentions

    def _find(self, text: str) -> list[Mention]:
        tokens = word_tokens(text)
        bare = bare_words(text)
        mentions: list[Mention] = []
        # Prose writes names with a capital: "startups thrive" names no Thrive Capital, unless
        # the store writes the alias in lower case ("new locks"). A line wholly in lower case
        # (a web address's slug) has lost its capitals, not its names.
        cased = not text.islower()
        # a line wholly in lower case: the aliases written in capitals too ("amd")
        lowered = {} if cased else self._lowered_exact()
        i = 0  # the first word no mention found covers
        # Only where an alias may start (few of a sentence's words): the others are passed
        # over as a list, never one by one.
        for at in [at for at, word in enumerate(bare) if word.lower() in self._starts]:
            if at < i:
                continue
            i = at
            found = None
            for n in range(min(self.max_words, len(tokens) - i), 0, -1):
                key = " ".join(bare[i:i + n])
                entity_id = self._exact.get(key) or self._folded.get(key.lower()) or \
                    lowered.get(key)
                if not entity_id:
                    continue  # most lengths: no alias (looked up first, the cheapest test)
                # An alias never spans a sentence-internal comma or quote.
                start, end = tokens[i][0], tokens[i + n - 1][1]
                if n > 1 and _ALIAS_BREAK.search(text, start, end):
                    continue
                if any(bare[j] != tokens[j][2] for j in range(i, i + n - 1)):
                    continue  # "NVIDIA's AI" is not the alias "NVIDIA AI"
                if cased and text[start:end].islower() and key.lower() not in self._lower:
                    continue
                if cased and n > 1 and bare[i].islower() and \
                        self._opens_capitalised(entity_id, key):
                    continue  # "large-scale AI": a lower-case word no name opens with
                if entity_id and _variant(tokens, i + n):
                    break  # "Grok 3", "GPT 5": a later model, not the one the store knows
                if entity_id:
                    entity = self.entities[entity_id]
                    found = Mention(start, end, entity_id, entity.kind, entity.name)
                    i += n
                    break
            if found:
                mentions.append(found)
        return mentions


    def _opens_capitalised(self, entity_id: str, key: str) -> bool:
        """Does the store write the alias ``key`` is (in any case) with a capital first?"""
        entity = self.entities.get(entity_id)
        if entity is None:
            return False
        return any(alias[:1].isupper() for alias in (entity.name, *entity.aliases)
                   if " ".join(_norm(w) for _, _, w in word_tokens(alias)).lower() ==
                   key.lower())

    def qualified(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The names a capitalised word of ``text`` makes with an owner ``mentions`` name:
        "TSMC Arizona" for "its Arizona plans" once TSMC is named, "Google Brain" for
        "Google's Brain team". The word alone may be a place or a common word; with its
        owner named it is the owner's entity the store calls by both."""
        table = self._qualifier_table()
        if not table or not mentions:
            return []
        owners = {m.entity for m in mentions}
        found: list[Mention] = []
        for (start, _end, _word), bare in zip(word_tokens(text), bare_words(text), strict=True):
            if not bare[:1].isupper() or any(m.start <= start < m.end for m in mentions):
                continue
            entity_id = next((e for owner, e in table.get(bare.lower(), ())
                              if owner in owners and e not in owners), None)
            if entity_id is not None:
                entity = self.entities[entity_id]
                found.append(Mention(start, start + len(bare), entity_id, entity.kind,
                                     entity.name))
        return found

    def parts_of(self, owner: str) -> tuple[str, ...]:
        """The named parts of ``owner``: the entities the store calls by one of its names and
        one more word ("Stargate UAE" of "Stargate", "TSMC Arizona" of "TSMC")."""
        if self._parts is None:
            parts: dict[str, list[str]] = {}
            for pairs in self._qualifier_table().values():
                for own, part in pairs:
                    parts.setdefault(own, []).append(part)
            self._parts = {own: tuple(sorted(set(p))) for own, p in parts.items()}
        return self._parts.get(owner, ())

    def _qualifier_table(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Last word -> (owner, entity) for every alias that is an owner's alias and one more
        word ("TSMC Arizona": "arizona" -> TSMC's), read once from the alias tables."""
        if self._qualifiers is None:
            keys = {**{k.lower(): v for k, v in self._exact.items()}, **self._folded}
            table: dict[str, list[tuple[str, str]]] = {}
            for key, entity_id in keys.items():
                head, _, last = key.rpartition(" ")
                owner = keys.get(head) if head else None
                if owner and owner != entity_id and last.isalpha():
                    table.setdefault(last, []).append((owner, entity_id))
            self._qualifiers = {word: tuple(pairs) for word, pairs in table.items()}
        return self._qualifiers
