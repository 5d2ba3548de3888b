"""Which part of a company a figure is of.

Owns: telling a figure of a part (a segment, a division, a business line: "AMD's client
segment", "its gaming revenue", "Azure and other cloud services revenue") from the figure of
the whole company that a stored measure records ("quarterly revenue"). A part's figure is no
wrong value of the whole, so it never contradicts it; and a change a fact's statement gives
of one part (or of the whole) confirms no equal change the claim gives of another
(``stated`` asks ``another_line``); and a line the store keeps for the company, named
right at a figure's measure noun after the company's verb ("Zeta posted gaming revenue of
$30 billion"), sets the figure apart from the whole's equal or unequal one (``numeric`` and
``stated`` ask ``line_told``). Must not: compare figures (``numeric``) or decide verdicts
(``guards`` asks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..language.clause_words import is_verb_like
from ..language.lexicon import lazy
from ..model import Claim, Fact, Quantity
from .stems import STOP_WORDS, stem, stems

# A part of a company named as such: "AMD's PC-centric client segment", "its cloud unit".
_PART = lazy(r"\b((?:[\w-]+\s+){1,3}?)(?:segment|division|unit|arm|business)s?\b",
             re.IGNORECASE)
# (a company's "core", "whole" or "main" business is the company)
_PART_STOP = frozenset("""the a an its their his her our this that also and of s core whole
                       entire main overall same""".split())

# A measure of money a business line has as much as its company ("gaming revenue").
_LINE_NOUN = lazy(r"\b(?:revenues?|sales|income|profits?|earnings)\b", re.IGNORECASE)
# What may stand between the noun and the word that opens its noun phrase without naming
# a part: a period, a kind of total, an accounting basis, a degree.
_NEUTRAL = frozenset("""
    quarterly annual yearly total overall record reported full-year fiscal year quarter
    first second third fourth first-quarter second-quarter third-quarter fourth-quarter
    q1 q2 q3 q4 half first-half second-half half-year monthly month net gross consolidated
    combined group company companywide global worldwide sequential gaap non-gaap adjusted
    higher lower strong stronger robust new all-time highest lifetime cumulative trailing
    twelve-month and also other related final bottom-line
    """.split())
# Words that open a noun phrase: a determiner, a preposition, a conjunction.
_OPENERS = frozenset("""
    the a an its their his her our this that these those with of for from in on by to at as
    and while but whereas
    """.split())
_NUMBER = re.compile(r"(?:fy)?'?\d[\d.,]*%?$")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|s'|s\u2019)$")
_RUN = 5  # words at most between the opener and the noun


def part_of(claim: Claim, fact: Fact, names: Callable[[str], tuple[str, ...]]) -> str | None:
    """The part of a company a claim's figure is of, when the fact's measure does not name
    it ("client segment", "gaming revenue" against "quarterly revenue"), or None."""
    return _named_part(claim.standalone, fact) or _told_as_part(claim, fact) or \
        _line_of(claim, fact, names) or _pointed_part(claim.text)


# A part pointed back to: "$37 billion in this business", "sales in that market": which
# part is told before, but a part it is, not the whole company.
_POINTED = lazy(r"\b(?:in|from|of|for)\s+(?P<part>(?:this|that|these|those)\s+(?:business|"
                r"businesses|segment|segments|division|unit|market|category|line\s+of\s+"
                r"business))\b", re.IGNORECASE)


# A part told by its noun alone, its line named before: "For fiscal 2025, the unit
# generated $109 billion for Apple" ("the business" may be the company itself: not here;
# "the unit of" is some other unit).
_TOLD_PART = lazy(r"\b(?P<part>(?:the|this|that)\s+(?:unit|division|segment|arm|subsidiary))"
                  r"\b(?!['’]s|\s+of\b)", re.IGNORECASE)


def _pointed_part(text: str) -> str | None:
    found = _POINTED.search(text) or _TOLD_PART.search(text)
    return found.group("part").lower() if found else None


# A figure told as a part of a whole named after it: "$11 billion in networking sales, part
# of the quarter's data center revenue", "(included in revenue)".
# (Not "a share of": "a 98% share of GPU revenue" gives the share itself.)
_PART_OF = lazy(r"\b(?:(?:as\s+)?(?:a\s+)?part\s+of|included\s+in|counted\s+in)\s+"
                r"(?P<whole>[^.;()]{1,60})", re.IGNORECASE)


def _told_as_part(claim: Claim, fact: Fact) -> str | None:
    """The whole a claim's figure is told as a part of, after the figure, when it is the
    fact's measure ("part of the quarter's data center revenue" against the quarter's data
    center revenue): the figure is a part's, no wrong value of the whole."""
    text = claim.standalone
    first = min((q.span.end for q in claim.quantities if q.span is not None), default=None)
    if first is None:
        return None
    measure = stems(fact.measure)
    for m in _PART_OF.finditer(text, first):
        words = [stem(w) for w in re.findall(r"[A-Za-z]+", m.group("whole").lower())]
        if any(w in measure for w in words if w not in _PART_STOP):
            return f"a part of {m.group('whole').strip()}"
    return None


def _named_part(text: str, fact: Fact) -> str | None:
    # the first part named by words of its own ("Zeta's business" is Zeta's: none)
    found = next((m for m in _PART.finditer(text) if any(
        w not in _PART_STOP and not _POSSESSIVE.search(w) for w in m.group(1).lower().split())),
        None)
    if found is None:
        return None
    words = [w for w in found.group(1).lower().split() if w not in _PART_STOP and
             not _POSSESSIVE.search(w)]
    measure = fact.measure.lower()
    # by stems too: "data centre unit" names the store's "data center revenue"
    if not words or any(w in measure or stem(w) in stems(measure) for w in words):
        return None
    return " ".join([*words, found.group(0).split()[-1]])


def _line_of(claim: Claim, fact: Fact, names: Callable[[str], tuple[str, ...]]) -> str | None:
    """The business line qualifying the measure noun nearest a figure of the claim ("its
    gaming revenue was $2.9 billion"), when the fact's measure and cues do not name it."""
    text = claim.standalone
    nouns = list(_LINE_NOUN.finditer(text))  # read once, not once per figure
    if not nouns:
        return None
    known = f"{fact.measure} {' '.join(fact.cues)}".lower()
    known_stems = frozenset(stems(known))  # a spelling of the same word: "centre", "center"
    own = {w.lower() for entity in claim.entities for name in names(entity)
           for w in name.split()}
    for q in claim.quantities:
        at = text.find(q.text) if q.text else -1
        if at < 0:
            continue
        noun = min(nouns, key=lambda m: abs(m.start() - at))
        run = _qualifiers(text[:noun.start()], own) or []
        foreign = [w for w in run if w.lower() not in known and stem(w) not in known_stems]
        if foreign:
            return f"{' '.join(run)} {noun.group(0)}"
    return None


def _qualifiers(before: str, own: set[str]) -> list[str] | None:
    """The words qualifying a noun that ``before`` ends just ahead of, when they follow a word
    that opens its noun phrase (a possessive, a determiner, a preposition, punctuation or
    the start of the text, then without a name the claim is about: "Zeta posted revenue" is
    a subject and its verb), less the neutral ones; None when unsure."""
    words = before.split()
    run: list[str] = []
    for word in reversed(words):
        if word.startswith("(") and word.endswith(")"):
            continue  # an aside ("Nvidia (NVDA) revenue"): a ticker, no part
        bare = word.strip("\"'\u2018\u2019\u201c\u201d")
        if _POSSESSIVE.search(word) or _POSSESSIVE.search(bare) or bare.lower() in _OPENERS or \
                word[-1] in ",;:(\u2014":
            break
        run.append(bare)
        if len(run) > _RUN:
            return None
    else:
        if any(w.lower() in own for w in run):
            return None
    run.reverse()
    return [w for w in run if w.lower() not in _NEUTRAL and not _NUMBER.match(w.lower())
            and w.lower() not in own]


# Nouns a part is named with beside its line's words: "Data Center segment revenue" is the
# line "data center" as much as "data-center revenue" is.
_PART_NOUNS = frozenset("segment segments division divisions unit units arm business".split())
# Where a statement's clause opens: its figure is told of the noun of its own clause.
_CLAUSE = re.compile(r";|\b(?:while|whereas|against|versus)\b", re.IGNORECASE)


def another_line(claim: Claim, q: Quantity, statement: str, given: Quantity,
                 names: Callable[[str], tuple[str, ...]]) -> str | None:
    """The claim's figure ``q`` and the equal figure ``given`` of a fact's statement are
    each told of a measure noun ("revenue", "sales"): when the words qualifying the two
    nouns name different business lines ("client revenue rose 69%" against "Data Center
    segment revenue ..., up 69%"; "data center revenue rose 24%" against the whole's
    "revenue ..., up 24%"), the figures are of different things, and the line the claim
    names is returned. None when they agree or either is not read surely."""
    if q.span is None or given.span is None:
        return None
    own = {w.lower() for entity in claim.entities for name in names(entity)
           for w in name.split()}
    start = max((m.end() for m in _CLAUSE.finditer(statement, 0, given.span.start)), default=0)
    clause = statement[start:given.span.start]
    mine = _line_near(claim.standalone, q.span.start, own)
    theirs = _line_near(clause, len(clause), own)
    if mine is None or theirs is None:
        return None
    # each side's line named anywhere in the other ("data center business generated $35.6
    # billion in sales" names the line of "Data Center revenue ... $35.6 billion")
    if _unnamed(mine, clause) or _unnamed(theirs, claim.standalone):
        return " ".join(sorted(mine)) or "the whole"
    return None


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def _unnamed(line: frozenset[str], text: str) -> bool:
    """Does ``text`` leave a word of ``line`` unnamed, in any spelling ("centre" names
    "center")?"""
    words = _words(text)
    return any(w not in words and stem(w) not in stems(text) for w in line)


def _line_near(text: str, at: int, own: set[str]) -> frozenset[str] | None:
    """The words of the business line qualifying the measure noun nearest ``at`` in
    ``text``, hyphens read as spaces and part nouns left out; empty for the whole, None when
    no noun is near or its qualifiers are not read surely."""
    nouns = [m for m in _LINE_NOUN.finditer(text)
             if text[m.start() - 1:m.start()] != "-"]  # "capped-profit" names no measure
    if not nouns:
        return None
    noun = min(nouns, key=lambda m: abs(m.start() - at))
    run = _qualifiers(text[:noun.start()], own)
    if run is None or any(w.islower() and is_verb_like([w]) for w in run):
        return None  # "analysts expected revenue of": a clause, not a noun phrase
    return frozenset(p for w in run for p in w.lower().split("-") if p.isalnum() and
                     p not in _PART_NOUNS and p not in _NEUTRAL and p not in _PERIODS)


# Words of a period or basis a hyphen or a month may give ("year-over-year", "December-
# quarter", "per-share"): no business line.
_PERIODS = frozenset("""over yoy y per share diluted basic january february march april may
    june july august september october november december fy h1 h2 calendar""".split())


# Words that link a measure noun to its figure: "revenue of $30 billion", "sales came to".
_LINKS = frozenset("""of was were is are came to totaled totalled reached hit at about roughly
    nearly some around approximately almost rose grew climbed jumped increased fell
    """.split())
_PREPOSITIONS = frozenset(("in", "of"))  # "$30 billion in gaming sales"
_DETERMINERS = frozenset(("its", "the", "their", "his", "her"))
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_REACH = 3  # words of a line at most


def line_told(claim: Claim, q: Quantity, fact: Fact, facts: Sequence[Fact]) -> str | None:
    """The business line the claim names right at the measure noun of its figure ``q``
    ("posted gaming revenue of $30 billion", "$30 billion in gaming sales", "revenue from
    its gaming business of $30 billion"), when the store keeps that line for the fact's
    subject (a measure of its own that narrows the fact's: "quarterly gaming revenue" beside
    "quarterly revenue") and the fact's measure does not name it. A line's figure is no
    value of the whole, equal or not. Only the words at the noun are read, and only a line
    the store knows counts: the words before a verb ("Acme said Globex reported revenue")
    and a judgement ("strong sales") name none."""
    if q.span is None:
        return None
    told = _line_at(claim.standalone, q.span.start, q.span.end)
    if not told:
        return None
    own = set(stems(f"{fact.measure} {' '.join(fact.cues)}"))
    if told <= own:
        return None  # the fact's own line
    whole = {w for w in stems(fact.measure) if w not in STOP_WORDS}
    for other in facts:
        if other.subject != fact.subject or other.kind != "quantity":
            continue
        measure = set(stems(other.measure))
        if told <= measure and whole < measure:
            return other.measure
    return None


@lru_cache(maxsize=1024)  # asked of one figure once per candidate fact
def _line_at(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the words naming a line right at the measure noun of the figure
    spanning ``start``-``end`` of ``text``, part nouns and neutral words left out; empty
    when none is named there."""
    before = _TOKEN.findall(text[:start])
    at = len(before)
    while at and before[at - 1].lower() in _LINKS:
        at -= 1
    words: list[str] = []
    if at and before[at - 1].lower() in _PART_NOUNS:
        # "revenue from its gaming business of": the line between the determiner and the noun
        stop = at - 1
        opened = next((i for i in range(stop - 1, max(stop - _REACH - 2, -1), -1)
                       if before[i].lower() in _DETERMINERS), None)
        if opened is None or opened < 2 or before[opened - 1].lower() != "from" or \
                not _LINE_NOUN.fullmatch(before[opened - 2]):
            return frozenset()
        words = before[opened + 1:stop]
    elif at and _LINE_NOUN.fullmatch(before[at - 1]):
        words = _directly_before(before[:at - 1])
    else:
        after = _TOKEN.findall(text[end:])[:_REACH + 2]
        if after and after[0].lower() in _PREPOSITIONS:
            noun = next((i for i, w in enumerate(after) if _LINE_NOUN.fullmatch(w)), None)
            words = after[1:noun] if noun is not None else []
    return frozenset(s for w in words for s in stems(w) if w.lower() not in _NEUTRAL and
                     s not in stems(" ".join(_PART_NOUNS)) and not _NUMBER.match(w.lower()))


def _directly_before(words: list[str]) -> list[str]:
    """The words qualifying a noun that ``words`` end just ahead of, back to the verb, the
    determiner or the possessive that opens its phrase (three at most)."""
    run: list[str] = []
    for word in reversed(words[-_REACH - 1:]):
        low = word.lower()
        if low in _OPENERS or _POSSESSIVE.search(word) or not word[:1].isalnum() or \
                word[:1].islower() and is_verb_like([word]):
            break
        run.append(word)
    return run[::-1] if len(run) <= _REACH else []
