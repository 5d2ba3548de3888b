"""Finding named entities in text: the store's entities by alias, and names it does not know.

Owns: ``EntityIndex`` (alias -> entity lookup over word n-grams, so it stays fast with tens
of thousands of aliases) and ``unknown_names`` (capitalised names no entity covers).
Must not: read the store itself; the store hands it entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Entity
from .lexicon import lazy, runtime_pattern
from .places import is_place

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
because unless once whether
regardless confronting navigating leveraging recognizing concerns companies enterprises
usd eur gbp jpy cny rmb chf cad aud gaap non eps ebitda net
governments investors analysts experts critics observers there here what which who whom whose
why how all any both each every few many most much other others some such no not one two three
ceo cfo cto coo ceos cfos yoy qoq ytd ai agi asi ml llm llms gpu gpus cpu cpus tpu tpus r&d
us usa uk eu un it's sir dame dr prof professor mr mrs ms mx
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
""".split())
# Adverbs that open a sentence before a comma ("Together, the two rounds ..."): no suffix
# tells them from a name, and a name opening a sentence may be followed by a comma too.
_OPENING_ADVERBS = frozenset("together altogether overall instead otherwise elsewhere "
                             "indeed again later earlier afterwards nonetheless".split())
_COMMON_SUFFIXES = ("ly", "ing", "ed", "ies", "tion", "ment", "ness", "ity", "ance", "ence",
                    "al", "ive", "ous", "ic", "ary", "ful", "less", "ers", "ism")


@dataclass(frozen=True)
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
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
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


def _bare(text: str) -> list[str]:
    """``_norm`` of each of ``_tokens``' words: the word as the token pattern finds it (a
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
        self._lowered: dict[str, str] | None = None  # the exact aliases, for lower-case text
        # mentions per text: a heading or a question is read for its names twice
        self._found: dict[str, tuple[Mention, ...]] = {}
        # The objects of the relation facts about one name (a person's roles): the same.
        self.roles: Callable[[str], frozenset[str]] = _no_partners
        for entity in entities:
            known[entity.id] = entity
            for alias in (entity.name, *entity.aliases):
                key = " ".join(_norm(w) for _, _, w in _tokens(alias))
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
        tokens = _tokens(text)
        bare = _bare(text)
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
        for (start, _end, _word), bare in zip(_tokens(text), _bare(text), strict=True):
            if not bare[:1].isupper() or any(m.start <= start < m.end for m in mentions):
                continue
            entity_id = next((e for owner, e in table.get(bare.lower(), ())
                              if owner in owners and e not in owners), None)
            if entity_id is not None:
                entity = self.entities[entity_id]
                found.append(Mention(start, start + len(bare), entity_id, entity.kind,
                                     entity.name))
        return found

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


# After a sentence's first word, these show it to be a common noun written with a capital
# only because it opens the sentence: "Research firm TechInsights", "Demand for chips".
_AFTER_COMMON = frozenset("""
for of in on at to from by about over under among between into than with firm firms company
companies group groups maker makers giant giants analyst analysts chief executive officer
officers head heads director directors chair chairman chairwoman president founder founders
""".split())


def _common_head(tokens: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Is the first word of a sentence a common noun ("Research firm ...", "Chair and chief
    executive Lisa Su") rather than a name ("Tesla said", "Bezos and Musk")?"""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1][2]
    if following.lower() in ("and", "or"):
        return index + 2 < len(tokens) and tokens[index + 2][2][:1].islower()
    return following.islower() and following in _AFTER_COMMON


def _title_before_name(tokens: tuple[tuple[int, int, str], ...], index: int,
                       covered: list[tuple[int, int]]) -> bool:
    """Is the first word of a sentence the head of a title before a known name
    ("Semiconductor designer Advanced Micro Devices", "Giant private asset manager
    BlackRock")? Lower-case words follow it, then the name."""
    following = tokens[index + 1:index + 5]
    if not following or not following[0][2].islower():
        return False
    for start, _end, word in following:
        if any(s <= start < e for s, e in covered):
            return True
        if not word.islower() or word.endswith(("ed", "s")) or word in _VERBS:
            return False  # "Bezos co-founded Acme", "Bezos sells", "Bezos is": a verb
    return False


_VERBS = frozenset("is was are were has had have will would can could may might did does do "
                   "to said says told led won ran met".split())


# Epithets a headline puts before a person's name: "Billionaire Musk's xAI", "Tycoon Doe".
_EPITHETS = frozenset("billionaire billionaires tycoon mogul magnate entrepreneur".split())


def _epithet_before_person(tokens: tuple[tuple[int, int, str], ...], index: int,
                           people: set[int]) -> bool:
    """Is the first word of a sentence an epithet right before a known person's name?"""
    return tokens[index][2].lower() in _EPITHETS and index + 1 < len(tokens) and \
        tokens[index + 1][0] in people


def _trade_right_before_name(text: str, tokens: tuple[tuple[int, int, str], ...], index: int,
                             named: set[int]) -> bool:
    """Is the first word of a sentence a company's trade right before its name ("Chipmaker
    Nvidia"), with nothing but a space between and a name that is no person's (a title
    before a person is read by the roles)?"""
    if index + 1 >= len(tokens):
        return False
    start = tokens[index + 1][0]
    return start in named and not text[tokens[index][1]:start].strip()


_HYPHENATED = lazy(r"-[a-z]")
# Titles written with capitals ("Chief Executive Officer", "Senior Vice President"): a word
# that is a name elsewhere ("Technology", "General") is a title's only inside one.
_TITLE_WORDS = (
    r"\b(?:(?:Senior|Executive|Deputy|Acting|Interim|Former|Founding)\s+)*(?:Vice\s+)?"
    r"(?:Chief(?:\s+[A-Z][a-z]+){1,2}\s+Officer|Chief\s+Executive|Chief\s+Scientist|"
    r"Chair(?:man|woman|person)?|President|Co-?[Ff]ounder|Founder|Managing\s+Director|"
    r"Director|General\s+(?:Manager|Counsel)|Prime\s+Minister|Minister|Secretary|Senator|"
    r"Governor|Chancellor|Analyst|Spokes(?:man|woman|person))\b")
_TITLE = re.compile(rf"{_TITLE_WORDS}(?= [A-Z])")
# Titles between commas after a person's name: "Jane Roe, Chairman and CEO, said ..." gives
# what she is, as "Acme Chairman Jane Roe" does.
_TITLES_AFTER = lazy(rf"\s*,\s*(?:{_TITLE_WORDS}|C[EFOT]O)(?:\s*(?:,|and|&)\s*"
                      rf"(?:{_TITLE_WORDS}|C[EFOT]O))*(?=\s*,|\s*$)")
# "Acme tops $1 trillion: Report", "... - Sources": the tag closing a headline says who
# told it; it names no party.
_SOURCE_TAG = lazy(r"\s*(?::|\s[-–—|])\s*(?:(?:a |new |media )?reports?|sources?|"
                    r"filings?|analysts?|study|survey)\s*$", re.IGNORECASE)
_OWNER_BEFORE = lazy(r"[A-Z][\w&.-]*(?:['’]s)? $")
_NUMERAL = re.compile(r"[A-Z]?\d[\w.-]*|[IVXLC]+|[A-Z]|(?:FY|CY|Q[1-4]|H[12])'?\d{2,4}")


def _place_with(tokens: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Does a common word open a place's name with the word after it ("New York", "New
    Delhi")?"""
    return index + 1 < len(tokens) and is_place(f"{tokens[index][2]} {tokens[index + 1][2]}")


def unknown_names(text: str, mentions: list[Mention], sentence_start: bool = True) -> list[str]:
    """Capitalised names in ``text`` that no mention covers ("Bezos", "Intel", "American")."""
    return list(_unknown_names(text, tuple(mentions), sentence_start))


# A clause is read for its unknown names by the claim and again by its subject's reading.
@lru_cache(maxsize=1024)
def _unknown_names(text: str, mentions: tuple[Mention, ...], sentence_start: bool
                   ) -> tuple[str, ...]:
    covered = [(m.start, m.end) for m in mentions]
    inside = {at for s, e in covered for at in range(s, e)}  # the offsets mentions cover
    # an organisation's title is a role at it: "Oracle Chairman Larry Ellison" names no
    # Chairman (a bare one, "President Jane Doe", may be an office: the roles read it)
    inside |= {at for m in _TITLE.finditer(text) if _OWNER_BEFORE.search(text, 0, m.start())
               for at in range(m.start(), m.end())}
    inside |= {at for m in mentions if m.kind == "person"
               for t in [_TITLES_AFTER.match(text, m.end)] if t
               for at in range(t.start(), t.end())}
    tag = _SOURCE_TAG.search(text)
    if tag is not None:  # "...: Report" says who told it, as "according to a report" does
        inside |= set(range(tag.start(), len(text)))
    starts = {m.start for m in mentions if m.kind != "person"}  # "President Trump": a title
    people = {m.start for m in mentions if m.kind == "person"}
    names: list[str] = []
    current: list[str] = []
    tokens = _tokens(text)
    previous_end = 0
    for index, ((start, _end, word), bare) in enumerate(zip(tokens, _bare(text), strict=True)):
        is_name = bool(bare) and bare[0].isupper() and start not in inside
        if is_name and bare.lower() in NOT_NAMES and not _place_with(tokens, index):
            is_name = False
        if is_name and index == 0 and sentence_start and bare == word and (
                bare.lower().endswith(_COMMON_SUFFIXES) or _HYPHENATED.match(text, _end) or
                bare.lower() in _OPENING_ADVERBS and text.startswith(",", _end)):
            is_name = False  # "Currently, ...", "Computational power ...", "Together, ..."
        if is_name and index == 0 and sentence_start and bare == word and (
                _common_head(tokens, index) or _title_before_name(tokens, index, covered)
                or _trade_right_before_name(text, tokens, index, starts)
                or _epithet_before_person(tokens, index, people)):
            is_name = False  # "Research firm TechInsights", "Demand for chips", "Chair and"
        if is_name and _NUMERAL.fullmatch(bare):
            is_name = False  # model numbers and numerals are not names
        if is_name and current and re.search(r"[,;:()]", text[previous_end:start]):
            names.append(" ".join(current))  # "Hooli, Vandelay": two names in a list
            current = []
        previous_end = _end
        if is_name:
            current.append(bare)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    # (the abbreviation, a name of its own, is said once)
    return tuple(n for n in dict.fromkeys(_abbreviated(n, text) for n in names) if n) \
        if "(" in text else tuple(names)


def _abbreviated(name: str, text: str) -> str:
    """"its GPU Technology Conference (GTC 2022)": the name as the text abbreviates it (what
    a fact may call it), when the capitals in brackets after it are the initials of its
    words and of the words just before it."""
    m = runtime_pattern(rf"{re.escape(name)}\s*\(([A-Z]{{2,6}})\b").search(text)
    if m is None or len(name.split()) > len(m.group(1)):
        return name
    words = re.findall(r"[A-Za-z][\w'’-]*", text[:m.start() + len(name)])[-len(m.group(1)):]
    if "".join(w[0] for w in words).upper() != m.group(1):
        return name
    # "Artificial Intelligence (AI)", "Initial Public Offering (IPO)": a term of the trade
    # spelled out is no name at all
    return "" if m.group(1).lower() in NOT_NAMES else m.group(1)
