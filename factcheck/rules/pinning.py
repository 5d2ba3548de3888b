"""Whether a claim names a candidate fact's measure clearly enough to contradict it.

Owns: ``pins_measure`` (the fact's object named, a cue of two or more words or a name, a
count of the same things, most of the measure's words) and what narrows a one-word cue
("AI system sales" is not "sales"), and a count told by a noun the fact's cues give for what
it counts (``counted_by_cue``). A figure that differs from a fact whose measure the claim
barely names is a doubt, never a contradiction (``numeric``, ``temporal``, ``milestones``).
Must not: find candidates (``matching``) or decide a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..language.comparison import Comparison, compare
from ..language.lexicon import lazy, runtime_pattern
from ..language.numbers import SCALES
from ..language.places import is_place
from ..language.units import UNITS, counted, counted_nouns, per_period, time_spent, unit_of
from ..model import Claim, Fact, Kind, Qualifier, Quantity
from .cues import is_name_cue
from .matching import Candidate, on_its_day
from .stems import STOP_WORDS, phrase_in, phrase_stems, stem, stemmed_words, stems

_PARTICLES = frozenset({"up", "off", "out", "in", "on"})  # "set up", "spun off", "took on"


def pins_measure(candidate: Candidate, claim: Claim,
                 names: frozenset[str] = frozenset()) -> bool:
    """Does the claim name this fact's measure clearly enough to contradict it?

    A fact's object named in the claim's own words, or a cue of two or more words met word
    for word ("assets under management"; its words scattered are not it: "over the next
    four years" is no "next year"), pins it. So do most of the measure's words, or a word the
    measure vocabulary gives the measure ("tall" for a height), unless the
    claim narrows a one-word cue with words of its own: "AI system sales" is not "sales".
    ``names`` are stems of entity names, which do not narrow a measure ("AMD's revenue").
    """
    fact = candidate.fact
    if fact.object and (fact.object in claim.named or (
            fact.object in claim.context and fact.subject == claim.subject and
            not _another_named(claim))):
        return True  # the counterparty named, or just named and left implicit
    if on_its_day(claim, fact):
        return True  # the event's own day names it ("its purchase ... on Oct. 27, 2020")
    raw, known = _words_and_known(candidate, claim, names)
    heads = set(phrase_stems(fact.measure))
    if any(stem(w) in heads and _of_another(raw[:at], known) for at, w in enumerate(raw)):
        return False  # "cost of revenue", "share of its sales": another noun's figure
    content = [w for w in phrase_stems(candidate.cue)
               if (len(w) > 2 or w in _PARTICLES) and w not in STOP_WORDS]
    if len(content) >= 2 and phrase_in(candidate.cue, stems(claim.standalone)) or \
            is_name_cue(candidate.cue):  # or a name: "Instinct", "CUDA"
        return True
    if _counts_the_same(claim, fact):
        return True  # "packs 100 billion transistors" against a transistor count
    if _figure_of(candidate.cue, claim):
        return True  # "$150 billion of assets": the figure's own noun is the cue
    if _values_at(candidate, claim, names):
        return True  # "the deal values OpenAI at $135 billion": the verb, its company
    named = candidate.coverage >= 0.5 or candidate.cue in fact.measure_words
    return named and not _narrowed(candidate, claim, names)


def _another_named(claim: Claim) -> bool:
    """Does the claim name, in its own words, a party the store does not know (not a place
    that only locates it)? Then a counterparty just named is not the one it leaves implicit:
    "it sold part of its T-Mobile stake" after a story on its Nvidia stake is another stake."""
    return any(not is_place(n) for n in claim.unknown_names)


def _figure_of(cue: str, claim: Claim) -> bool:
    """Does a figure of the claim name its measure by the cue right after it ("$150 billion
    of assets", "$4 billion in revenue")? A word between them narrows it ("$170 billion of
    infrastructure assets" is no fund manager's assets under management)."""
    text = claim.standalone
    after = runtime_pattern(rf"\s+(?:of|in)\s+{re.escape(cue)}\b", re.IGNORECASE)
    return any(q.text and (at := text.find(q.text)) >= 0 and
               after.match(text, at + len(q.text)) is not None for q in claim.quantities)


# "values OpenAI at", "valuing the startup's parent Acme Corp at": a company valued by a verb.
_VALUES_AT = lazy(r"\bvalu(?:es|ed|ing)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)"
                        r"{0,3})\s+at\s+\S*\d")


def _values_at(candidate: Candidate, claim: Claim, names: frozenset[str]) -> bool:
    """Does the cue's verb value a company the claim names, at a figure ("the deal values
    OpenAI at $135 billion")? The verb then says the figure is the company's valuation,
    whatever noun stands before it ("deal" narrows no measure there)."""
    if not stem(candidate.cue).startswith("valu"):
        return False
    return any(all(w in names for w in stems(found.group("name")))
               for found in _VALUES_AT.finditer(claim.standalone))


def sole_of_dimension(q: Quantity, candidates: Sequence[Candidate], claim: Claim,
                      names: frozenset[str] = frozenset()) -> Fact | None:
    """The one fact among ``candidates`` whose value has the dimension of the unit of the
    claim's figure ``q`` (a length, an area, a mass), when the claim names its measure
    (``pins_measure``) or the figure's own words do ("75 feet long" for a length cued
    "long"). A length is only a length's: beside a figure of another measure ("a five-layer
    sunshield roughly 75 feet long"), it is that fact's figure. None when the figure has no
    such unit, or two facts or none have it."""
    unit = unit_of(q)
    if unit is None:
        return None
    same = [c for c in candidates if c.fact.value is not None and
            (found := unit_of(c.fact.value)) is not None and found[0] == unit[0]]
    if len({c.fact.id for c in same}) != 1:
        return None
    own = set(stems(q.unit)) & {stem(cue) for cue in same[0].fact.cues if " " not in cue}
    return same[0].fact if own or pins_measure(same[0], claim, names) else None


_RATE_UNITS = frozenset(stems("flops petaflops teraflops exaflops gigaflops watts kilowatts "
                              "megawatts gigawatts"))


def _counts_the_same(claim: Claim, fact: Fact) -> bool:
    """Does a figure of the claim count what the fact's value counts (its last word, the
    counted noun: "transistors", "GPUs", "segments")? A unit of measure ("TB/s", "km")
    says only the dimension, which many measures share."""
    value = fact.value
    if value is None or value.kind is not Kind.COUNT or not value.unit or \
            unit_of(value) is not None:
        return False
    head = stems(counted(value.unit))[-1:]
    if head and head[0] in _RATE_UNITS:
        return False
    return bool(head) and any(q.kind is Kind.COUNT and head[0] in counted_nouns(q.unit, stems)
                              for q in claim.quantities)


def counted_by_cue(q: Quantity, fact: Fact) -> Comparison | None:
    """The claim's count compared in the unit of the fact's, when the noun it counts is a
    word the fact's cues give ("100,000 Nvidia chips" against a count of GPUs whose cues
    hold "chips": the curator says the word may name what is counted) and the two agree;
    else None. Read only to confirm (``numeric``): the noun may count other things too."""
    value = fact.value
    if value is None or q.kind is not Kind.COUNT or value.kind is not Kind.COUNT or \
            not value.unit or not q.unit or per_period(q.unit) != per_period(value.unit) or \
            time_spent(q.unit) != time_spent(value.unit):
        return None
    head = stems(counted(q.unit).partition(" (")[0])[-1:]
    # a cue's first word, alone or with the verb of what was counted ("ships crossed")
    words = {cue[0] for cue in map(stems, fact.cues) if cue}
    if not head or head[0] not in words:
        return None
    agreed = compare(replace(q, unit=value.unit), value, fact.tolerance)
    return agreed if agreed.outcome == "consistent" else None


_VERBS = frozenset("""is are was were be been has have had made makes make earned earns earn
posted posts post reported reports report generated generates generate achieved achieves
achieve reached reaches reach booked books book recorded records record brought brings
hit hits topped tops expects expected anticipates anticipated projects projected
forecast forecasts""".split())


# Words before a cue that describe a change, not a narrower measure ("rising revenue");
# other -ing words narrow it ("gaming revenue", "operating income").
_CHANGING = frozenset("""growing rising falling increasing declining soaring surging booming
shrinking climbing slumping recurring""".split())


# Words that belong to a figure: a scale, a unit, a currency.
_FIGURE_WORDS = frozenset({*SCALES, *UNITS, "bn", "percent", "dollars", "euros", "pounds"})


def _words_and_known(candidate: Candidate, claim: Claim,
                     names: frozenset[str]) -> tuple[list[str], set[str]]:
    """The claim's words, and the stems that do not narrow the cue: the fact's own words,
    the names and the stop words."""
    raw = stemmed_words(claim.standalone)
    known = set(phrase_stems(candidate.fact.measure)) | {
        w for cue in candidate.fact.cues for w in phrase_stems(cue)} | names | STOP_WORDS
    return raw, known


def _of_another(before: list[str], known: set[str]) -> bool:
    """Do the words before a cue end in a noun of their own and "of" ("cost of", "share of
    its")? Then the figure is that noun's. A figure's own word ("$4 billion of revenue") or
    one of the fact's words is no other noun."""
    rest = before[:-1] if before and before[-1] in ("its", "the", "their", "his", "her") \
        else before
    if len(rest) < 2 or rest[-1] != "of":
        return False
    head = rest[-2]
    return head.isalpha() and head not in _FIGURE_WORDS and head not in _VERBS and \
        head not in STOP_WORDS and stem(head) not in known


def _narrowed(candidate: Candidate, claim: Claim, names: frozenset[str]) -> bool:
    """Does the word just before the cue qualify it with something the fact does not say?
    ("AI system sales", "quarterly revenue"; not "reported revenue" or "AMD's revenue")."""
    raw, known = _words_and_known(candidate, claim, names)
    for at in candidate.positions:
        if at == 0 or at > len(raw) or at < len(raw) and raw[at].endswith("ed"):
            continue  # "the round valued OpenAI": a verb is not narrowed by its subject (a
            # position past the words is of the whole claim the candidate was found for,
            # not of this part of it: nothing there to narrow the cue)
        word = raw[at - 1]
        if word in _FIGURE_WORDS:
            continue  # "8 metres wide", "$5 billion to build": the figure, not a narrower measure
        verbal = word.endswith(("ed", "'s")) or word in _CHANGING or (
            word.endswith("ing") and word in _VERBS)
        if word.isalpha() and word not in _VERBS and not verbal and stem(word) not in known:
            return True
    return False


def plain(q: Quantity) -> Quantity:
    """The figure on its own ("up to 90x" as 90x): another measure must match it, not
    merely fall under its bound, before it can explain the claim."""
    if q.qualifier in (Qualifier.APPROX, Qualifier.NEARLY, Qualifier.EXACT):
        return q
    return replace(q, qualifier=Qualifier.EXACT)


def figure_of(fact: Fact, q: Quantity) -> bool:
    """Can the claim's figure be the fact's? A stated figure "matches" another measure by
    equalling it, and a recorded bound only on its own side, not through its tolerance:
    "$5 billion" may be the "over $5 billion" of another measure, "$4.9 billion" is not."""
    if fact.value is None:
        return False
    bound = fact.value.value
    if fact.value.high is not None:
        return bound <= q.value <= fact.value.high
    match fact.value.qualifier:
        case Qualifier.OVER | Qualifier.AT_LEAST:
            return q.value >= bound
        case Qualifier.UNDER | Qualifier.AT_MOST:
            return q.value <= bound
    return True
