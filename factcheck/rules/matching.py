"""Candidate facts for a claim, and how well each fits.

Owns: the candidates of a claim (the facts one of whose cues it uses: ``cues.py``, by word
stems: ``stems.py``; a product's launch for an apposition that names its maker:
``makers.py``), the subject and object conditions (numbers are compared only between
the same subject and measure), measure specificity (a claim about "revenue" is compared with
total revenue, not with a narrower "data-center GPU revenue"), and the nearest fact for a
claim nothing settles (rapidfuzz).
Must not: decide a verdict (that is ``rules/``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from ..language.lexicon import lazy, runtime_pattern
from ..language.objects import gives_object
from ..language.places import is_place
from ..model import Claim, Fact, Kind, ReviewedClaim
from .actors import acted_on
from .cues import best_cues, cue_positions, is_name_cue, word_set
from .day_gap import days_apart
from .fields import another_field, prize_fields
from .makers import maker_facts
from .not_events import not_event_words
from .stems import STOP_WORDS, phrase_in, stem_count, stems


class FactSource(Protocol):
    def facts_about(self, entity_ids: Iterable[str]) -> list[Fact]: ...

    def search(self, text: str, limit: int = 20) -> list[Fact]: ...

    def reviewed_about(self, entity_ids: Iterable[str]) -> list[ReviewedClaim]: ...


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


def measure_coverage(fact: Fact, words: Sequence[str]) -> float:
    wanted = [w for w in stems(fact.measure) if w not in STOP_WORDS]
    if not wanted:
        return 0.0
    have = set(words)
    return sum(1 for w in wanted if w in have) / len(wanted)


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|first|also)\s+)?"
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
                not _told_by(claim, fact) or _founding_of_others(claim, fact):
            return False
        if fact.object is None and _mention_acted_on(claim, fact):
            # "Dario Amodei co-founded OpenAI": the act falls on a party the record only
            # mentions ("founded by former OpenAI staff"), not on the organisation it is of
            return False
        subject_named = True
        object_named = object_named or fact.object == fact.subject
    if not subject_named and _of_event_told(claim, fact):
        subject_named = object_named = True
    if not subject_named:
        # "Acme was founded in 2010" says of Acme what "Jane Doe founded Acme" says: an
        # event told in the passive names only its object.
        # Only when the object is all the claim names: another name may be the real actor.
        return fact.kind == "event" and fact.object == claim.subject is not None and \
            set(claim.named) <= {fact.object} and _PASSIVE.search(claim.standalone) is not None \
            or party_with_figure(claim, fact)
    if fact.object and not object_named and not on_its_day(claim, fact) and (
            fact.object not in claim.context or claim.subject != fact.subject or
            gives_object(claim.standalone, claim.subject_name) or
            _names_another(claim, fact)):
        # an object left implicit must be the counterparty of the claim's subject, and the
        # claim must not give one of its own ("invested in its own data centres", "in AI",
        # "announced Stargate UAE" beside the record of Stargate's announcement)
        return False
    if claim.subject is None and claim.subject_name:
        return False  # the claim is about a name the store does not know
    if fact.subject in claim.acts_for and claim.subject not in (fact.subject, fact.object):
        # the organisation named too: its acts (its founding is its founders', recorded as
        # the fact's mentions, not of whoever acts for it later: "Murati co-founded OpenAI")
        return fact.kind == "event" and not _founding_of_others(claim, fact)
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


# The record of an organisation's own coming into being ("founding", "founded", "founding of
# DeepMind", "TSMC founding year"), not what was pledged at it.
_FOUNDING = re.compile(r"^(?:founding|founded)$|^founding of\b|\bfounding year$", re.IGNORECASE)


def _founding_of_others(claim: Claim, fact: Fact) -> bool:
    """Is the fact its subject's own founding, done by founders among whom the record does
    not name the claim's subject (neither a mention nor its surname in the statement)?"""
    if fact.object is not None or _FOUNDING.search(fact.measure) is None:
        return False
    surname = (claim.subject_name or "").split()[-1:]
    return claim.subject not in fact.mentions and not (
        surname and re.search(rf"\b{re.escape(surname[0])}\b", fact.statement))


def _mention_acted_on(claim: Claim, fact: Fact) -> bool:
    """Does a party the fact only mentions stand right after the fact's cue in the claim, as
    the object of its act (its id's words within ``ACT_GAP`` words of the cue)?"""
    words = stems(claim.standalone)
    _, positions = cue_positions(fact, words)
    for e in claim.named:
        if e == claim.subject or e not in fact.mentions:
            continue
        target = tuple(e.split("-"))
        if any(words[p + k:p + k + len(target)] == target for p in positions
               for k in range(1, ACT_GAP + 2)):
            return True
    return False


def party_with_figure(claim: Claim, fact: Fact) -> bool:
    """Does the claim tell the fact's deal from the side of a party it records ("BlackRock
    leads $40 billion deal to acquire Aligned" of the partnership's purchase, BlackRock's
    fund among its parties): the party as the doer, the deal's object named, no name the
    deal does not record, and the deal's very figure? Another figure may be another deal."""
    value = fact.value
    parties = {fact.subject, fact.object, *fact.mentions}
    # or a figure of a joint venture told of its founders: "Acme and Globex aim to raise $30
    # billion" of the fund the two launched, two of its parties named and no one else
    joint = fact.kind == "quantity" and fact.object is None and \
        len(set(claim.named) & set(fact.mentions)) >= 2
    return (joint or fact.kind == "event" and fact.object is not None and
            fact.object in claim.named) and value is not None and \
        claim.subject in fact.mentions and set(claim.named) <= parties and any(
            q.kind is value.kind and q.unit == value.unit and value.value > 0 and
            abs(q.value - value.value) <= max(fact.tolerance, 0.005) * value.value
            for q in claim.quantities)


def _names_another(claim: Claim, fact: Fact) -> bool:
    """Does the claim name, in its own words, a part or an edition of the fact's object
    that the fact does not record ("Stargate UAE" beside the record of Stargate's
    announcement)? The store names such a thing after its whole (``stargate-uae``,
    ``grok-3``, ``webb-mirror``); the claim then tells of it, not of the whole left
    implicit."""
    edition = f"{fact.object}-"
    return any(e.startswith(edition) and e not in fact.mentions for e in claim.named)


def _of_event_told(claim: Claim, fact: Fact) -> bool:
    """Does the claim speak of the fact's event by a noun that points back to the one the
    article told ("Roe rejected the offer" after "Acme bid $20 billion for Zeta"), as one of
    the parties the fact records? The event's parties, which the clause leaves unsaid, are
    the fact's subject and object; the clause's own subject is a party the fact mentions
    (Roe), or its object when the clause gives the event a figure or a day ("the proposal
    reached Zeta's board on Monday"): an object's clause with neither only comments on the
    event ("whether the purchase was worth it"), which the record does not settle."""
    if fact.kind != "event" or claim.event_years is None or fact.subject not in claim.context \
            or claim.subject is None:
        return False
    told = {*claim.context, *claim.entities}
    return (fact.object is None or fact.object in told) and (
        claim.subject in fact.mentions or claim.subject == fact.object and
        bool(claim.dates or claim.quantities))


DAY_SLACK = 2  # days a report's date of an event may differ from the record's (time zones)


def on_its_day(claim: Claim, fact: Fact) -> bool:
    """Does the claim tell its subject's event on the very day the store records it, naming
    no other party ("AMD announced its purchase of the chip designer on Oct. 27, 2020")? The
    day names the event, and with it the party the claim only describes."""
    if fact.kind != "event" or fact.date is None or fact.date_precision != "day" or \
            fact.subject != claim.subject or set(claim.named) - {fact.subject} or \
            not all(is_place(name) for name in claim.unknown_names):
        return False  # another party, named: maybe the one the day is of
    return any(q.unit == "day" and days_apart(dt.date.fromordinal(int(q.value)), fact.date)
               <= DAY_SLACK for q in claim.dates) and _known_party(claim.standalone, fact)


def _known_party(text: str, fact: Fact) -> bool:
    """Is the event, and the party it takes, told as known ("its purchase of the chip
    designer", "Mellanox acquisition completed"), not introduced ("a $2 billion investment",
    "the purchase of a small software firm": that day may have seen another deal)?"""
    if _INTRODUCED.search(text):
        return False
    # ("in a deal valued at ..." gives the terms of the event told, not another one)
    return not any(runtime_pattern(rf"(?<!\bin )\b(?:a|an)\s+(?:\S+\s+){{0,3}}"
                                   rf"{re.escape(cue)}", re.IGNORECASE).search(text)
                   for cue in fact.cues if " " not in cue)


# A party introduced, not told as known: "of a small software firm", "in an AI startup" (but
# "in a deal valued at ..." is the event itself).
_INTRODUCED = lazy(r"\b(?:of|in|into|with|for)\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,2}"
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


@lru_cache(maxsize=1024)  # a claim is read again as about each party at hand
def _off_the_calendar(text: str) -> tuple[str, ...]:
    """The stems of ``text``, with each word that tells no event (``not_events``) put out
    of reach of the cues (the stems keep their places, which candidates report)."""
    words = stems(text)
    # (a word's place is the count of the stems before it: counted, not stemmed again)
    points = {stem_count(text[:at]) for at in not_event_words(text)}
    if not points:
        return words
    return tuple("" if i in points else w for i, w in enumerate(words))


# A rate written with its sign in a results note's shorthand: "Azure and other cloud
# services +39% (+38% constant currency)", "Search +12%": the sign says "grew". Not a
# share price's move ("shares +5%"), nor a rate beside a sum (its own measure's change).
_SIGNED = lazy(r"(?<![\w$])\+\s?\d[\d.]*\s?%")
_PRICE_WORDS = lazy(r"\b(?:shares?|stocks?|price|valuation|market\s+(?:value|cap))\b",
                    re.IGNORECASE)


def _signed_growth(claim: Claim) -> tuple[str, ...]:
    """The word "growth" the sign of a shorthand rate stands for, when the claim has one
    (at the end of the claim's words, so no cue's position moves); none otherwise."""
    if _SIGNED.search(claim.standalone) is None or _PRICE_WORDS.search(claim.standalone) or \
            any(q.kind is Kind.MONEY for q in claim.quantities):
        return ()
    return ("growth",)


def candidates(claim: Claim, facts: Iterable[Fact],
               joint: Callable[[Fact], bool] | None = None) -> list[Candidate]:
    """Facts whose subject fits and one of whose cues the claim uses, best first. ``joint``
    lets in a fact the claim speaks of otherwise: as one of several parties it lists
    together, or as what its speaker said."""
    words = _off_the_calendar(claim.standalone) + _signed_growth(claim)
    present = word_set(words)
    facts = tuple(facts)
    # the cue first: set tests that turn away most facts before their subject is read
    best, quotes = best_cues(facts, words, present)
    fields = prize_fields(claim.standalone)
    out = []
    for at in sorted(best.keys() | quotes if claim.quotes else best):
        fact, use = facts[at], best.get(at)
        if use is None and fact.kind != "quote" or another_field(fields, fact):
            continue  # (a prize of another field than the claim names is another prize)
        if not subject_fits(claim, fact) and not (joint and joint(fact)):
            continue
        if acted_on(claim, fact):
            continue  # the claim's doer is one the record's act falls on ("Brockman sued Musk")
        hits, positions = cue_positions(fact, words, present)
        cue, specificity = (use[2], use[0]) if use else ("", -1)
        if cue and is_name_cue(cue):
            specificity += 1  # a name as cue ("Instinct", "CUDA") is as specific as it gets
        out.append(Candidate(fact, cue, max(specificity, 0), measure_coverage(fact, words),
                             fuzz.token_set_ratio(claim.standalone, _word_set(fact.statement)),
                             hits, positions))
    # "OpenAI, the creator of ChatGPT": the launch of ChatGPT, though no cue of it is used
    known = {c.fact.id for c in out}
    out += [Candidate(fact, noun, 1, measure_coverage(fact, words),
                      fuzz.token_set_ratio(claim.standalone, _word_set(fact.statement)))
            for fact, noun in maker_facts(claim, facts) if fact.id not in known]
    out.sort(key=lambda c: (-c.specificity, -c.hits, -c.coverage, -c.similarity, c.fact.id))
    return _narrowest(out, words)


def _narrowest(found: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    """``found`` without a fact whose measure another candidate of the same subject narrows
    with words the claim gives right before the measure's last word ("cloud revenue": the
    quarter's cloud revenue, not the quarter's total revenue, though a cue of the total
    met the claim's "revenue ... quarter")."""
    if len(found) < 2:
        return found
    measures = {c.fact.id: frozenset(w for w in stems(c.fact.measure) if w not in STOP_WORDS)
                for c in found}
    dropped = set()
    for wide in found:
        for narrow in found:
            extra = measures[narrow.fact.id] - measures[wide.fact.id]
            head = stems(narrow.fact.measure)[-1:]
            if narrow.fact.subject != wide.fact.subject or not extra or not head or \
                    not measures[wide.fact.id] < measures[narrow.fact.id]:
                continue
            told = [i for i, w in enumerate(words) if w == head[0]]
            if any(set(words[max(0, i - len(extra)):i]) == extra for i in told):
                dropped.add(wide.fact.id)
    return [c for c in found if c.fact.id not in dropped]


# The blanks str.split and rapidfuzz's tokenizer both split at: a statement holding only
# these is cut into the same words by both (any other is handed over as it is).
_PLAIN_BLANKS = re.compile(r"[^\S \t\n\r]")


@lru_cache(maxsize=8192)  # the statements of a store, asked for claim after claim
def _word_set(statement: str) -> str:
    """The statement as token_set_ratio reads it: its words, once each, sorted. The scorer
    reads a choice as the set of its words, so the score is the same, but it splits and
    sorts every choice on every call: a quarter of ``nearest``, a tenth of checking a long
    article, went to the statements' repeated words and their order."""
    if _PLAIN_BLANKS.search(statement):
        return statement
    return " ".join(sorted(set(statement.split())))


def nearest(claim: Claim, facts: Iterable[Fact]) -> Fact | None:
    """The stored fact whose statement reads most like the claim (for "unverified"): the
    highest score, a fact of a name the claim gives scoring 15 more, the first id on a tie,
    and none under 45."""
    named = set(claim.entities)
    pool = sorted(facts, key=lambda f: f.id)  # the best of a tie found first is the first id
    best: tuple[float, Fact] | None = None
    # Each side's best in one call: the scorer skips a statement that cannot beat the best so
    # far, and no score is handed back to be compared here (a long article's claims that name
    # nothing known are each scored against twenty facts, those of a name against hundreds).
    for side, bonus in (([f for f in pool if f.subject in named], 15),
                        ([f for f in pool if f.subject not in named], 0)):
        # (a hair under 30 for a fact of a name: its score plus 15 is held to 45 below)
        at_least = max(45.0, best[0]) if best else 45.0 - bonus - 1e-6 * bool(bonus)
        found = process.extractOne(claim.standalone, [_word_set(f.statement) for f in side],
                                   scorer=fuzz.token_set_ratio,
                                   score_cutoff=at_least) if side and at_least <= 100 else None
        if found is None:
            continue
        score, fact = found[1] + bonus, side[found[2]]
        if best is None or score > best[0] or score == best[0] and fact.id < best[1].id:
            best = (score, fact)
    return best[1] if best is not None and best[0] >= 45 else None


def reviewed_matches(claim: Claim, items: Iterable[ReviewedClaim]) -> list[ReviewedClaim]:
    """Reviewed claims whose entities are all named and every cue group is met."""
    words = stems(claim.standalone)
    named = set(claim.entities)
    return [r for r in items if set(r.entities) <= named and all(
        any(phrase_in(p, words) for p in group) for group in r.cues)]


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations read, 0-100 (partial: a quote may be an excerpt)."""
    return max(fuzz.token_set_ratio(a, b) * 0.9, fuzz.partial_ratio(a.lower(), b.lower()))
