"""Where an event's parties stand in a claim, beside its cue and its year.

Owns: whether the claim names the event's other party beside the cue ("presented Orbitron"),
leaves it implicit after the sentence before, names the doer before a chain of its verbs,
or puts another name between the cue and the year (another event's year); which main
clause of a coordination gives a year; and the nearest events the claim names clearly
beside their party. Why apart from ``temporal``: that module compares years; this one says
which event a year can be of. Must not: compare dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..language.comparison import compare
from ..language.lexicon import lazy, runtime_pattern
from ..language.places import is_place
from ..model import Claim, Fact
from .base import Context, names_event
from .figure_kinds import kinds_match
from .matching import Candidate
from .pinning import pins_measure
from .stems import stems

EVENT_WINDOW = 5  # words between an event's verb and the party it acts on ("acquired Mellanox")


def party_spots(candidate: Candidate, ctx: Context) -> list[int]:
    """Where the event's other party (its object, else its subject) is named in the claim."""
    words = stems(ctx.claim.standalone)
    party = candidate.fact.object or candidate.fact.subject
    return [i for name in ctx.names(party) for i in find_words(stems(name), words)]


def party_beside(candidate: Candidate, ctx: Context) -> bool:
    """Is that party named within a few words of the event's cue ("presented Orbitron")?"""
    return any(abs(p - s) <= EVENT_WINDOW for p in candidate.positions
               for s in party_spots(candidate, ctx))


def beside_cue(candidate: Candidate, ctx: Context) -> bool:
    """Is the event's other party (its object, else its subject) named next to its cue?

    "launched xAI in July 2023 with a team from OpenAI" is not about OpenAI's founding.
    """
    fact = candidate.fact
    claim = ctx.claim
    if fact.subject in (claim.subject, *claim.acts_for) and (
            fact.object is None or fact.object in claim.named):
        return True  # the claim's own subject did it, to the party the fact names
    if not party_spots(candidate, ctx) and (fact.object or fact.subject) == claim.subject:
        return True  # the subject is a resolved pronoun, not a word in the claim
    if names_event(claim, fact):
        return True  # "The takeover closed in 2021": the event itself, named back
    return party_beside(candidate, ctx) or doer_leads(candidate, ctx)


def implicit_party(candidate: Candidate, ctx: Context, year: int, spots: list[int]) -> bool:
    """Does the claim's own subject do the event to the party the story just named and the
    claim leaves implicit, naming no other, with the event's own figure and its year beside
    the cue, in the year's own clause ("in January 2022 it announced a multiyear commitment
    ... put at $10 billion", after a sentence on OpenAI)? The figure says which of the two
    parties' deals it is."""
    fact, claim = candidate.fact, ctx.claim
    value = fact.value
    if value is None or fact.object is None or fact.subject != claim.subject or \
            fact.object not in claim.context or set(claim.named) - {fact.subject} or \
            not all(is_place(name) for name in claim.unknown_names):
        return False
    clause = coordinate(claim.standalone, year)
    return any(kinds_match(q, value) and q.text and q.text in clause and compare(
        q, value, fact.tolerance).outcome == "consistent" for q in claim.quantities) and any(
        abs(p - s) <= EVENT_WINDOW for p in candidate.positions for s in spots)


def doer_leads(candidate: Candidate, ctx: Context) -> bool:
    """Is the claim about the party the event acts on, with the doer named right before a
    chain of its verbs ("Xilinx, the designer AMD agreed to buy in 2020 and completed in
    2022")? Every verb of the chain up to the cue is the doer's, when no other name and no
    relative pronoun (another clause's subject) stands between them."""
    fact, claim = candidate.fact, ctx.claim
    if fact.object is None or fact.object != claim.subject or fact.subject not in claim.named:
        return False
    words = stems(claim.standalone)
    doers = [i for name in ctx.names(fact.subject) for i in find_words(stems(name), words)]
    others = {i for entity in claim.entities if entity not in (fact.subject, fact.object)
              for name in ctx.names(entity) for i in find_words(stems(name), words)}
    others |= {i for name in claim.unknown_names for i in find_words(stems(name), words)}
    return any(d < p and not any(d < o < p for o in others) and
               not _RELATIVE & set(words[d:p]) for d in doers for p in candidate.positions)


# The relative pronouns that open a clause about another thing; read as stems of a claim's
# words (``_RELATIVE``) and in its raw text (``_RELATIVE_WORD``).
RELATIVE_PRONOUNS = ("which", "who", "whose", "whom")
_RELATIVE = frozenset(stems(" ".join(RELATIVE_PRONOUNS)))


def other_party_between(candidate: Candidate, spots: list[int], claim: Claim,
                         names: tuple[str, ...] = ()) -> bool:
    """Does a name the fact does not know stand between the event's verb and the year, or
    between the fact's own name and the verb ("ChatGPT's record was surpassed by Threads,
    which ... after its launch in July": Threads' launch)? A name its own statement gives
    ("set up by Abu Dhabi", "a beta for X Premium+") is a party to the recorded event, not
    another one."""
    words = stems(claim.standalone)
    told = stems(candidate.fact.statement)
    cue = min(candidate.positions, default=0)
    own = max((at for name in names for at in find_words(stems(name), words) if at < cue),
              default=None)
    for name in claim.unknown_names:
        if find_words(stems(name), told) or is_place(name):
            continue  # a party its record gives, or where it happened ("in Austin")
        for at in find_words(stems(name), words):
            if any(p < at < s for p in candidate.positions for s in spots) or \
                    own is not None and own < at < cue and _RELATIVE & set(words[at:cue]):
                return True
    return False


NAME_TO_ACT = 1  # words between a thing's name and its act ("the Gemini 3 model launched")


def another_thing_s_act(candidate: Candidate, ctx: Context) -> bool:
    """Does the name of another thing than the event's parties stand right before its cue,
    with no break between them ("usage jumped, helped by the Gemini 3 model launched last
    November")? The act told is that thing's (the newer model's release), not the recorded
    event of a name it holds (Gemini's launch). Of names ending at one word, the longest is
    the one written; a comma between ("GPT-4, trained on Azure supercomputers, followed")
    leaves the act to the clause's subject."""
    fact, claim = candidate.fact, ctx.claim
    if not candidate.positions:
        return False
    words = stems(claim.standalone)
    cue = min(candidate.positions)
    # (the claim's own subject, or a person acting for a party, acts in the claim's own act:
    # "John Roe acquired Globex" is Acme's acquisition)
    parties = {fact.subject, fact.object, *fact.mentions, claim.subject} - {None}
    if set(claim.acts_for) & parties:
        return False
    spans = [(at + len(told), len(told), name, entity not in parties)
             for entity in claim.entities for name in ctx.names(entity)
             for told in [stems(name)] for at in find_words(told, words)
             if at + len(told) <= cue]
    if not spans:
        return False
    end, _, name, other = max(spans, key=lambda span: span[:2])
    if not other or cue - end > NAME_TO_ACT:
        return False
    return any((words[cue],) in (stems(m.group("next")), stems(m.group("after") or ""))
               for m in _name_then_act(name).finditer(claim.standalone))


def unknown_thing_acted_on(candidate: Candidate, ctx: Context) -> bool:
    """Does a name the store does not know stand right after the event's cue ("left Google
    DeepMind last year to launch the start-up Ineffable Intelligence")? The act told is on
    that new thing (its launch), not the recorded event of a party (DeepMind's founding)."""
    claim = ctx.claim
    if not candidate.positions or not claim.unknown_names:
        return False
    words = stems(claim.standalone)
    return any(0 < at - cue <= _UNKNOWN_REACH and set(words[cue + 1:at]) <= _NEW_THING and
               set(words[cue + 1:at]) & _FIRM_NOUNS
               for name in claim.unknown_names if name not in claim.incidental
               for at in find_words(stems(name), words) for cue in candidate.positions)


_UNKNOWN_REACH = 4  # words from the cue to the thing acted on ("launch the start-up X")
# The new thing's own noun, one of which must stand between the cue and its name ("launch
# the start-up X", "found a new AI company called X"; "won the Widget Prize" names no firm)
_FIRM_NOUNS = frozenset(stems("start up startup company firm venture lab laboratory business "
                              "fund called named"))
# ... and what else may: its determiner and modifiers, never a place or a time.
_NEW_THING = _FIRM_NOUNS | frozenset(stems("the a an his her their its new own ai"))


@lru_cache(maxsize=256)
def _name_then_act(name: str) -> re.Pattern[str]:
    """A name and the two words after it, with no punctuation between."""
    return re.compile(rf"\b{re.escape(name)}\s+(?P<next>[A-Za-z][\w-]*)"
                      r"(?:\s+(?P<after>[A-Za-z][\w-]*))?", re.IGNORECASE)


def listed_with_another(candidate: Candidate, ctx: Context) -> bool:
    """Is the event's other party listed beside a name its record does not give ("raised $450
    million from investors including Google and Salesforce")? The claim then tells an event
    of several parties (a round, a consortium), of which the record is one party's own deal:
    its date is no date of the claim's."""
    fact, claim = candidate.fact, ctx.claim
    other = fact.object if fact.subject in (claim.subject, *claim.acts_for) else fact.subject
    if other is None or fact.object is None:
        return False
    told = stems(fact.statement)
    strangers = [n for n in claim.unknown_names if not is_place(n) and
                 not find_words(stems(n), told)]
    strangers += [n for e in claim.entities if e not in (fact.subject, fact.object,
                                                         *fact.mentions) for n in ctx.names(e)]
    # only names the claim writes can stand in its list: a pattern per pair, compiled for
    # every pair of a long article's names, was most of the patterns it compiled
    mine = [n for n in ctx.names(other) if n and _written(n, claim.standalone)]
    strangers = [n for n in strangers if n and _written(n, claim.standalone)] if mine else []
    return any(_listed(a.lower(), b.lower()).search(claim.standalone) or
               _listed(b.lower(), a.lower()).search(claim.standalone)
               for a in mine for b in strangers)


def _written(name: str, text: str) -> bool:
    """Does ``text`` hold ``name`` in any case (as ``_listed`` reads each of its names)?"""
    return runtime_pattern(re.escape(name.lower()), re.IGNORECASE).search(text) is not None


@lru_cache(maxsize=256)
def _listed(first: str, second: str) -> re.Pattern[str]:
    """Two names in one list: "A and B", "A, B", "A, C and B"."""
    return re.compile(rf"\b{re.escape(first)}(?:['’]s)?(?:\s*,\s*[\w&.'’-]+"
                      rf"(?:\s+[\w&.'’-]+){{0,2}})*\s*(?:,|,?\s+(?:and|&))\s+"
                      rf"{re.escape(second)}\b", re.IGNORECASE)


def before_its_relative(spots: list[int], cues: list[int], words: Sequence[str]) -> bool:
    """Does the year stand before a relative clause that holds every cue of the event
    ("founded the lab in 2010, which was acquired in 2014")? The year is then the clause
    before's, not the event's."""
    return bool(spots and cues) and all(
        s < p and _RELATIVE & set(words[s:p]) for s in spots for p in cues)


def find_words(target: Sequence[str], words: Sequence[str]) -> list[int]:
    n = len(target)
    return [i for i in range(len(words) - n + 1) if n and words[i:i + n] == target]


def pinned_events(events: list[Candidate], tier: list[Fact], ctx: Context, year: int,
                  spots: list[int]) -> list[Candidate]:
    """The nearest events the claim names clearly (``pins_measure``) beside their party.
    Records of one date are one event told from two sides ("NVIDIA introduced CUDA", "CUDA
    was introduced"): one side's cue may pin it while the other's party stands beside it."""
    told = [c for c in events if c.fact in tier]
    pins = [c for c in told if pins_measure(c, ctx.claim)]
    beside = [c for c in told if beside_cue(c, ctx) or implicit_party(c, ctx, year, spots)]
    both = [c for c in pins if c in beside]
    if both or len({c.fact.date for c in told}) != 1:
        return both
    return pins if beside else []


# Where a sentence joins two main clauses: "It added more in 2021, and in 2022 it ...".
_COORDINATION = lazy(r";\s+|,\s+(?:and|but)\s+", re.IGNORECASE)


def coordinate(text: str, year: int) -> str:
    """The main clause of ``text`` that gives ``year``: "added more in 2021" tells another
    instance in its own clause, not in the one that dates the recorded event."""
    clauses = _COORDINATION.split(text)
    held = [c for c in clauses if str(year) in c]
    return held[0] if len(held) == 1 else text
