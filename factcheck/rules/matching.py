"""Candidate facts for a claim, and how well each fits.

Owns: cue matching (word stems, so "invested" meets the cue "investment"), the subject and
object conditions (numbers are compared only between the same subject and measure), measure
specificity (a claim about "revenue" is compared with total revenue, not with a narrower
"data-center GPU revenue"), and the nearest fact for a claim nothing settles (rapidfuzz).
Must not: decide a verdict (that is ``rules/``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from ..language.objects import gives_object
from ..language.places import is_place
from ..model import Claim, Fact, ReviewedClaim
from .derived import Derived
from .not_events import not_event_words

_SUFFIXES = ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ers",
             "er", "ors", "or", "ies", "es", "ed", "ly", "s", "e")
# The suffixes by their last letter, in their order: a word is tried only against those
# it may end with (the first that fits is the one ``_SUFFIXES`` gives first).
_BY_LAST = {last: tuple(s for s in _SUFFIXES if s[-1] == last)
            for last in {s[-1] for s in _SUFFIXES}}
STOP_WORDS = frozenset("a an the of in on at to for and or by with its his her their as is are "
                       "was were be been has have had it this that from into than".split())

class FactSource(Protocol):
    def facts_about(self, entity_ids: Iterable[str]) -> list[Fact]: ...

    def search(self, text: str, limit: int = 20) -> list[Fact]: ...

    def reviewed_about(self, entity_ids: Iterable[str]) -> list[ReviewedClaim]: ...


# Words articles use for the same measure; compared as one ("sales" are "revenue").
SYNONYMS = {"sale": "revenu", "sal": "revenu", "turnover": "revenu", "centr": "cent"}


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
# one who forms ("former OpenAI employees" met the cue "formed").
WHOLE_WORDS = {"foundation": "foundation", "foundations": "foundation", "former": "former",
               "formerly": "formerly"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: "management", "manages", "managed" -> "manag"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in WHOLE_WORDS:
        return WHOLE_WORDS[word]
    word = _IRREGULAR.get(word, word)
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
_CLOSED = {"datacenter": ("data", "cent"), "datacenters": ("data", "cent"),
           "datacentre": ("data", "cent"), "datacentres": ("data", "cent")}


_WORD = re.compile(r"[A-Za-z0-9]+(?:'s)?")
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
    # A phrasal verb split by its object: "put in" in "put $500 million into the round".
    particle = _SPLIT_PARTICLES.get(target[-1]) if n == 2 else None
    return particle is not None and any(
        any(later in particle for later in words[i + 2:i + 2 + SPLIT_GAP])
        for i, w in enumerate(words) if w == first)


SPLIT_GAP = 5  # words an object may put between a verb and its particle
_SPLIT_PARTICLES = {"in": ("into",), "up": ("up",), "off": ("off",), "out": ("out",),
                    "back": ("back",), "down": ("down",)}


def scattered_in(phrase: str, words: Sequence[str]) -> bool:
    """Are all of a multi-word cue's content words in the claim, in any order?

    "data center revenue in the fourth quarter" uses the cue "fourth-quarter data center
    revenue" in other words.
    """
    target = _content_stems(phrase)
    return len(target) >= 2 and all(w in words for w in target)


@lru_cache(maxsize=16384)
def _content_stems(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in phrase_stems(phrase) if w not in STOP_WORDS)


@dataclass(frozen=True)
class Candidate:
    """A fact that speaks to a claim: its subject and a cue are in the claim."""

    fact: Fact
    cue: str  # the cue that matched
    specificity: int  # words in the matched cue
    coverage: float  # share of the fact's measure words found in the claim
    similarity: float  # rapidfuzz token_set_ratio of claim and statement, 0-100
    hits: int = 1  # how many distinct cues of the fact the claim uses
    positions: tuple[int, ...] = ()  # word indexes in the claim where its cues begin


def cue_positions(fact: Fact, words: Sequence[str],
                  present: frozenset[str] | None = None) -> tuple[int, tuple[int, ...]]:
    """How many distinct cues the claim uses, and the word indexes where they start."""
    if present is None:
        present = _present(tuple(words))
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
def _present(words: tuple[str, ...]) -> frozenset[str]:
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
        content = _content_stems(cue)
        row = (cue, target, frozenset(target), content,
               len(target) == 2 and target[-1] in _SPLIT_PARTICLES)
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
        present = _present(tuple(words))
    table = needed_table.cached(fact.cues)  # asked of every fact: no frame between
    if present.isdisjoint(table):
        return None
    matched: list[tuple[int, bool, str]] = []
    for word in present.intersection(table):
        for cue, target, target_words, content, particle in table[word]:
            # word for word needs every word of the cue (but a particle set apart);
            # scattered, every content word: set tests spare the scans of the claim's words
            if (particle or target_words <= present) and phrase_in(cue, words):
                matched.append((len(target), True, cue))
            elif len(content) >= 2 and present.issuperset(content):
                matched.append((len(target) - 1, False, cue))
    return max(matched)[2] if matched else None  # a cue met twice is the same maximum


def measure_coverage(fact: Fact, words: Sequence[str]) -> float:
    wanted = [w for w in stems(fact.measure) if w not in STOP_WORDS]
    if not wanted:
        return 0.0
    have = set(words)
    return sum(1 for w in wanted if w in have) / len(wanted)


_NAME_CUE = re.compile(r"[A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)*")


def is_name_cue(cue: str) -> bool:
    """A cue that is a product or brand name ("Instinct", "CUDA"), not a unit ("TB/s")."""
    return _NAME_CUE.fullmatch(cue) is not None


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?"
                      r"(?:\w+ed|\w+en|set up|spun off|built|bought|sold|made|led|held|won)\b",
                      re.IGNORECASE)


def subject_fits(claim: Claim, fact: Fact) -> bool:
    """The fact's subject (and object) are named in the claim, and the claim is not about
    someone else: "AMD's revenue" is never judged by a fact about NVIDIA."""
    # Whether the fact's parties are named: the claim's entities, a handful, asked as they
    # stand (no set made for every fact a claim is compared with).
    subject_named = fact.subject in claim.entities
    object_named = fact.object in claim.entities
    if fact.subject in claim.acts_for and fact.subject not in claim.named:
        # A person acting for their organisation, which the claim does not name: its acts,
        # never its figures or standing relations ("Huang unveiled Blackwell" is NVIDIA's
        # act; his pay is not its revenue, his aims not its mission), and only an act the
        # person's own verb tells ("Musk wrote ... after the announcement" is not xAI's).
        if fact.kind != "event" or claim.subject in (fact.subject, fact.object) or \
                not _told_by(claim, fact):
            return False
        subject_named = True
        object_named = object_named or fact.object == fact.subject
    if not subject_named:
        # "Acme was founded in 2010" says of Acme what "Jane Doe founded Acme" says: an
        # event told in the passive names only its object.
        # Only when the object is all the claim names: another name may be the real actor.
        return fact.kind == "event" and fact.object == claim.subject is not None and \
            set(claim.named) <= {fact.object} and _PASSIVE.search(claim.standalone) is not None
    if fact.object and not object_named and not on_its_day(claim, fact) and (
            fact.object not in claim.context or claim.subject != fact.subject or
            gives_object(claim.standalone, claim.subject_name)):
        # an object left implicit must be the counterparty of the claim's subject, and the
        # claim must not give one of its own ("invested in its own data centres", "in AI")
        return False
    if claim.subject is None and claim.subject_name:
        return False  # the claim is about a name the store does not know
    if fact.subject in claim.acts_for and claim.subject not in (fact.subject, fact.object):
        return fact.kind == "event"  # the organisation named too: its acts
    if claim.subject and claim.subject not in (fact.subject, fact.object) and \
            fact.subject not in claim.subjects:
        if fact.kind == "event" and claim.subject in fact.mentions:
            # The fact's own parties act in it: "BlackRock launched the partnership" tells
            # the partnership's launch, which the store records with BlackRock among its
            # founders.
            return True
        # Another known entity is the grammatical subject. A two-party fact can still
        # speak to it ("With Microsoft's backing, OpenAI ..."); a one-party fact cannot.
        return bool(fact.object) and fact.kind != "quantity"
    return True


DAY_SLACK = 2  # days a report's date of an event may differ from the record's (time zones)


def on_its_day(claim: Claim, fact: Fact) -> bool:
    """Does the claim tell its subject's event on the very day the store records it, naming
    no other party ("AMD announced its purchase of the chip designer on Oct. 27, 2020")? The
    day names the event, and with it the party the claim only describes."""
    if fact.kind != "event" or fact.date is None or fact.date_precision != "day" or \
            fact.subject != claim.subject or set(claim.named) - {fact.subject} or \
            not all(is_place(name) for name in claim.unknown_names):
        return False  # another party, named: maybe the one the day is of
    return any(q.unit == "day" and abs(int(q.value) - fact.date.toordinal()) <= DAY_SLACK
               for q in claim.dates) and _known_party(claim.standalone, fact)


def _known_party(text: str, fact: Fact) -> bool:
    """Is the event, and the party it takes, told as known ("its purchase of the chip
    designer", "Mellanox acquisition completed"), not introduced ("a $2 billion investment",
    "the purchase of a small software firm": that day may have seen another deal)?"""
    if _INTRODUCED.search(text):
        return False
    # ("in a deal valued at ..." gives the terms of the event told, not another one)
    return not any(re.search(rf"(?<!\bin )\b(?:a|an)\s+(?:\S+\s+){{0,3}}{re.escape(cue)}",
                             text, re.IGNORECASE) for cue in fact.cues if " " not in cue)


# A party introduced, not told as known: "of a small software firm", "in an AI startup" (but
# "in a deal valued at ..." is the event itself).
_INTRODUCED = re.compile(r"\b(?:of|in|into|with|for)\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,2}"
                         r"(?:deal|transaction|agreement|move|bid|offer)\b)", re.IGNORECASE)


ACT_GAP = 3  # words between a person's name and the verb of the act ("Huang on Monday unveiled")


def _told_by(claim: Claim, fact: Fact) -> bool:
    """Does a cue of the fact follow the claim's subject name as its verb ("Jensen Huang
    unveiled", not "Musk wrote ... after the announcement")?"""
    words = stems(claim.standalone)
    last = stems(claim.subject_name or "")[-1:]  # "Huang" for "Jensen Huang"
    ends = [i + 1 for i, w in enumerate(words) if last and w == last[0]]
    _, positions = cue_positions(fact, words)
    return any(0 <= p - end <= ACT_GAP for end in ends for p in positions)


def _off_the_calendar(text: str) -> tuple[str, ...]:
    """The stems of ``text``, with each word that tells no event (``not_events``) put out
    of reach of the cues (the stems keep their places, which candidates report)."""
    words = stems(text)
    points = {len(stems(text[:at])) for at in not_event_words(text)}
    if not points:
        return words
    return tuple("" if i in points else w for i, w in enumerate(words))


def candidates(claim: Claim, facts: Iterable[Fact],
               joint: Callable[[Fact], bool] | None = None) -> list[Candidate]:
    """Facts whose subject fits and one of whose cues the claim uses, best first. ``joint``
    lets in a fact the claim speaks of otherwise: as one of several parties it lists
    together, or as what its speaker said."""
    words = _off_the_calendar(claim.standalone)
    present = _present(words)
    out = []
    for fact in _may_cue(tuple(facts), present, bool(claim.quotes)):
        # the cue first: a set test that turns away most facts before their subject is read
        cue = best_cue(fact, words, present)
        if cue is None and not (fact.kind == "quote" and claim.quotes):
            continue
        if not subject_fits(claim, fact) and not (joint and joint(fact)):
            continue
        hits, positions = cue_positions(fact, words, present)
        specificity = len(phrase_stems(cue or "")) - (0 if phrase_in(cue or "", words) else 1)
        if cue and is_name_cue(cue):
            specificity += 1  # a name as cue ("Instinct", "CUDA") is as specific as it gets
        out.append(Candidate(fact, cue or "", max(specificity, 0),
                             measure_coverage(fact, words),
                             fuzz.token_set_ratio(claim.standalone, fact.statement),
                             hits, positions))
    out.sort(key=lambda c: (-c.specificity, -c.hits, -c.coverage, -c.similarity, c.fact.id))
    return out


def _may_cue(facts: tuple[Fact, ...], present: frozenset[str], quotes: bool) -> list[Fact]:
    """The facts, in their order, holding a cue whose needed word is among ``present`` (and
    the quotations, when the claim quotes): the only ones ``best_cue`` can find a cue of.
    The index is made once per list of facts (an article's claims ask about the same few),
    kept under the facts' identities with the facts themselves, so no identity is reused."""
    key = tuple(map(id, facts))
    entry = _BY_NEEDED.get(key)
    if entry is None:
        by_word: dict[str, list[int]] = {}
        for at, fact in enumerate(facts):
            for word in needed_table.cached(fact.cues):
                by_word.setdefault(word, []).append(at)
        entry = _BY_NEEDED[key] = (facts, by_word, [at for at, fact in enumerate(facts)
                                                    if fact.kind == "quote"])
        if len(_BY_NEEDED) > 256:
            del _BY_NEEDED[next(iter(_BY_NEEDED))]
    chosen = {at for word in present.intersection(entry[1]) for at in entry[1][word]}
    return [facts[at] for at in sorted(chosen.union(entry[2]) if quotes else chosen)]


_BY_NEEDED: dict[tuple[int, ...], tuple[tuple[Fact, ...], dict[str, list[int]], list[int]]] = {}


def nearest(claim: Claim, facts: Iterable[Fact]) -> Fact | None:
    """The stored fact whose statement reads most like the claim (for "unverified")."""
    best: tuple[float, str, Fact] | None = None
    pool = list(facts)
    # scored in one call: the claim's words are read once, not once per fact (a tenth of
    # checking a long article went here); the scores are token_set_ratio's own
    for _, score, at in process.extract(claim.standalone, [f.statement for f in pool],
                                        scorer=fuzz.token_set_ratio, limit=None):
        fact = pool[at]
        if fact.subject in claim.entities:
            score += 15
        key = (score, fact.id)
        if best is None or key[0] > best[0] or key[0] == best[0] and key[1] < best[1]:
            best = (score, fact.id, fact)
    if best is None or best[0] < 45:
        return None
    return best[2]


def reviewed_matches(claim: Claim, items: Iterable[ReviewedClaim]) -> list[ReviewedClaim]:
    """Reviewed claims whose entities are all named and every cue group is met."""
    words = stems(claim.standalone)
    named = set(claim.entities)
    return [r for r in items if set(r.entities) <= named and all(
        any(phrase_in(p, words) for p in group) for group in r.cues)]


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations read, 0-100 (partial: a quote may be an excerpt)."""
    return max(fuzz.token_set_ratio(a, b) * 0.9, fuzz.partial_ratio(a.lower(), b.lower()))
