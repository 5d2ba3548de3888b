"""What a claim's operators assert that the facts behind its support do not state.

Owns: the operators of a claim (a denied verb, an obligation, a condition, a rank or
exclusivity, a comparison with a standard, a title given as its predicate; read by
``language.scope``) that none of its facts states. Why: "did not disclose the amount of the
investment", "is required to restructure", "could fall to $10 billion if ...", "the only
provider that resells ...", "the largest round ever" and "cheaper than the $20 plan" each
say something of the fact's event that the fact does not; such a claim is left unverified,
with the operator the store does not state. Must not: judge figures or dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.lexicon import lazy
from ..language.scope import (
    EXCLUSIVE,
    EXTENT,
    SIZE,
    Scope,
    comparisons,
    denied_verbs,
    main_verb_at,
    news_placed,
    obligations,
    ranks,
)
from ..model import Claim, Fact
from .predicate import held_in
from .stems import phrase_in, stems

# What a fact says to tell that a place was lost, not won.
_LOSING = frozenset(stems("lost lose loses ceded dethroned relinquished overtaken toppled "
                          "ousted unseated"))


# A condition a claim sets ("if", "unless"; not "even if", "as if", "if any"), and the words
# a fact states one in.
_CONDITION = re.compile(r"(?<!\beven )(?<!\bas )(?<!\bwhat )\bif\b(?!\s+any\b)|\bunless\b|"
                        r"\bprovided that\b|\bon condition that\b", re.IGNORECASE)
_CONDITIONAL = frozenset(stems("if unless condition conditions conditional contingent"))


def conditional(text: str) -> bool:
    """Does ``text`` set a condition ("If Doe can raise ...", "... unless ...")?"""
    return _CONDITION.search(text) is not None
# A clause cut from a sentence that opens on an act of causing: its subject is what the
# sentence told before ("received a grant, prompting the initial $65 billion tranche").
_CAUSING = re.compile(r"^\W*(?:and\s+)?(prompting|triggering|spurring|sparking|causing|"
                      r"motivating)\b", re.IGNORECASE)
# A place in the order things first did something: "the first company to pass $4 trillion"
# (a record stating "the second company to reach the mark" gives another place).
_ORDINAL_TO = re.compile(r"\b(?:the|its)\s+(first|second|third|fourth|fifth)\s+([a-z][\w-]*)"
                         r"\s+(?:ever\s+)?to\s", re.IGNORECASE)
# A figure told as a record: "a record $7.7 billion", "record revenue", "a new record", "an
# all-time high"; and the words a fact tells one in.
_RECORD = re.compile(r"\b(?:a|an|its|their|the)\s+(?:new\s+|fresh\s+)?(?:record|all-time\s+"
                     r"(?:high|record))\b(?![- ](?:of|for)\b)|\brecord[- ](?:[a-z][\w-]*\s+){0,2}?"
                     r"(?:high|revenue|sales|quarter|quarterly|profits?|earnings|results|levels?|"
                     r"breaking)\b", re.IGNORECASE)  # ("record fourth-quarter revenue")
# "its first investment ever", "the first-ever acquisition": a place among all of them.
_FIRST_EVER = re.compile(r"\bfirst-ever\s+([a-z][\w-]*)|\b(?:the|its|their|his|her)\s+first\s+"
                         r"([a-z][\w-]*)\s+(?:ever|in\s+(?:its|their|the\s+company's)\s+"
                         r"history)\b", re.IGNORECASE)
# An act told as the first of its kind: "is cutting 3% of its staff for the first time". (A
# level crossed for the first time, "topped $4 trillion for the first time", its record
# implies; "for the first time in two years" is read below as a span.)
_FIRST_TIME = lazy(r"\bfor\s+the\s+(?:very\s+)?first\s+time\b(?!\s+(?:in|since)\b)", re.IGNORECASE)
_CROSSING = lazy(r"\b(?:top|tops|topped|cross\w*|pass|passed|passes|surpass\w*|hit|hits|reach\w*|"
                 r"above|past|exceed\w*|broke|breaks|break)\b", re.IGNORECASE)
# "its best quarter in five years", "their steepest fall since 2020": a superlative over a
# span of time, confirmed only by a fact that gives the same superlative. (A first in a
# span, "past $10 trillion for the first time in two years", a record of the crossing
# implies; a superlative of all time is a record's, read above.)
_SPAN = (r"(?:in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|more\s+than\s+"
         r"a|over\s+a)\s+(?:years?|quarters?|decades?|months?)|in\s+(?:years|decades|months)|"
         r"since)")
_BEST_SINCE = re.compile(rf"\b(?:the|its|their|his|her)\s+(best|worst|biggest|largest|steepest|"
                         rf"sharpest|strongest|weakest|highest|lowest|fastest|slowest|deepest)"
                         rf"\s+(?:[a-z][\w-]*\s+){{1,4}}?{_SPAN}\b", re.IGNORECASE)
_RECORD_TOLD = lazy(r"\b(?:record|all-time|highest|biggest|largest|most\s+ever)\b",
                          re.IGNORECASE)
# A rank of all time set off after a figure: "$7.7 billion in revenue, the highest in its
# history", "..., the biggest ever".
_ALL_TIME = frozenset({"history", "ever", "alltime", "record"})
_AFTER_FIGURE = lazy(r"[,\u2014\u2013]\s*$")
# How a plan is faring against its goal or timetable, and the words a fact states it in.
_PROGRESS = re.compile(r"\b(?:ahead\s+of|behind|on)\s+(?:its\s+|the\s+)?schedule\b|\bon\s+"
                       r"(?:track|course|pace)\s+(?:to|for)\b|\bahead\s+of\s+(?:plan|target)\b",
                       re.IGNORECASE)
_ON_SCHEDULE = frozenset(stems("schedule scheduled track pace ahead behind delay delayed"))
# An obligation is stated by a fact that words it as one.
_OBLIGING = frozenset(stems("required requires require requirement must obliged obligated "
                            "obligation condition conditions conditional"))


_CLAUSE_END = lazy(r"[,;:.]")


def _recorded_condition(after: str, facts: Sequence[Fact]) -> bool:
    """Is the condition (the words ``after`` "if", to the end of its clause) one a fact
    records its figure under, by a cue of its own: "up to $100 billion if combined with
    debt financing" beside the record of up to $100 billion "including debt financing"?"""
    end = _CLAUSE_END.search(after)
    clause = stems(after[:end.start()] if end else after)
    # a figure's fact, by a cue of two words or more: one word ("debt") may be any debt
    return any(phrase_in(c, clause) for f in facts if f.value is not None for c in f.cues
               if len(stems(c)) > 1)


def unstated_operators(claim: Claim, facts: Sequence[Fact],
                       names: Callable[[str], tuple[str, ...]], relation: bool,
                       known: Sequence[Fact] = ()) -> list[str]:
    """What the claim denies, obliges or ranks that ``facts`` do not state, each as the
    claim's words, when the operator's clause holds a cue of the facts (what they confirm is
    what the operator bears on). A denial of a verb no fact holds ("did not disclose" the
    investment) takes the fact's event for granted and says something else of it; an
    obligation ("is required to restructure") is a condition, not the event; both count only
    for a claim settled by ``relation`` alone (a figure checked settles what it says). A rank
    or exclusivity ("only", "largest") no fact states is a comparison with every other one,
    which neither an event nor a figure makes; nor does a fact that ranks in another thing
    ("the only provider that resells ...": the verb that says in what must be held too). A
    rank may be stated by any of the ``known`` facts between the same two parties ("the
    largest investor" by the record of the biggest backer, beside that of an investment)."""
    holds = held_in(facts, names)
    pairs = {(f.subject, f.object) for f in facts}
    text = claim.standalone

    def said(word: str) -> bool:
        return all(holds(s) for s in stems(word))

    figures = [q.span.end for q in claim.quantities if q.span is not None]

    def bears_on(scope: Scope, among: Sequence[Fact] = facts) -> bool:
        clause = stems(text[scope.clause:scope.end])
        if any(phrase_in(c, clause) for f in among for c in (*f.cues, f.measure) if c):
            return True
        # "made $7.7 billion in revenue, the highest in its history": a record of the figure
        return among is facts and scope.extent in _ALL_TIME and \
            _AFTER_FIGURE.search(text, 0, scope.clause) is not None and \
            any(scope.clause - 40 <= end <= scope.clause for end in figures)

    missing = []
    if relation:
        missing += [f"{s.marker} {s.head}" for s in denied_verbs(text)
                    if not said(s.head) and bears_on(s)]
        missing += [f"{s.marker} {s.head}" for s in obligations(text) if bears_on(s) and (
            not said(s.head) or not any(holds(w) for w in _OBLIGING))]
    ranked_scopes = ranks(text)
    verb_at = main_verb_at(text) if ranked_scopes else -1  # read only for a rank to place
    for scope in ranked_scopes:
        if scope.clause == 0 and scope.start < verb_at:
            continue  # in the subject's description ("The world's richest man helped ..."):
            # it picks who is meant, which the reading of names and descriptions settles
        group = EXCLUSIVE if scope.marker in EXCLUSIVE else \
            SIZE if scope.marker in SIZE else frozenset({scope.marker})
        if scope.lost:
            # A place lost is what the clause says, whatever fact its words met: the
            # record of winning the place, or of the day it was lost, does not tell it.
            if not any(phrase_in(scope.marker, told) and any(s in told for s in _LOSING)
                       for told in (stems(f"{f.statement} {f.note or ''}") for f in facts)):
                missing.append(f"{scope.lost} ... {scope.marker}")
            continue
        if not bears_on(scope) and not any(scope.marker in c.lower().split()
                                           for f in facts for c in f.cues):
            continue  # a rank the facts were met on bears on them, whatever it ranks
        # Another record of the same two parties may state the rank; a one-party record
        # of the subject ranks it in something else ("most valuable" is no largest loss).
        ranked = held_in(_not_the_standard(text, scope, [
            *facts, *(k for k in known if k.object and (k.subject, k.object) in pairs and
                      bears_on(scope, [k]))]), names, ranking=True)
        if not any(all(ranked(s) for s in stems(w)) for w in group) or \
                scope.head and not said(scope.head) or \
                scope.place and not said(scope.place) or \
                scope.extent and not any(all(ranked(s) for s in stems(w)) for w in EXTENT) or \
                group is not EXCLUSIVE and not all(ranked(s) for s in stems(scope.noun)) or \
                group is EXCLUSIVE and scope.noun and not _exclusive_of(claim, facts):
            # what is ranked, too: the most valuable listed company is no "largest fabless
            # chip company" (an exclusive supplier is one whatever it is called)
            missing.append(" ".join(w for w in (scope.place, scope.marker, scope.noun,
                                                 scope.head, scope.extent) if w))
    condition = _CONDITION.search(text)
    # word by word, not by ``holds``: a shared start would take "continued" for "contingent"
    if condition and not any(s in _CONDITIONAL for f in facts
                             for s in stems(f"{f.statement} {f.note or ''}")) and \
            not _recorded_condition(text[condition.end():], facts):
        # "could be reduced to $10 billion if OpenAI fails to restructure": what would
        # follow on a condition is no record of what is, whatever figure it gives
        missing.append(condition.group(0).lower())
    told = " ".join(f"{f.statement} {f.note or ''} {' '.join(f.cues)}" for f in facts)
    missing += [m.group(0).strip() for m in _ORDINAL_TO.finditer(text) if not re.search(
        rf"\b{m.group(1)}\s+(?:[\w-]+\s+)?{re.escape(m.group(2)[:5])}", told, re.IGNORECASE)]
    missing += [m.group(0).strip() for m in _FIRST_EVER.finditer(text) if not re.search(
        rf"\bfirst\b(?:[\s-]+[\w-]+)?\s+{re.escape((m.group(1) or m.group(2))[:5])}", told,
        re.IGNORECASE)]
    missing += [m.group(0).strip() for m in _BEST_SINCE.finditer(text) if not re.search(
        rf"\b{m.group(1)}\b", told, re.IGNORECASE)]
    first = _FIRST_TIME.search(text)
    if first and not _CROSSING.search(text) and not re.search(r"\bfirst\b", told, re.I):
        missing.append(first.group(0).lower())  # no record says it was the first
    record = _RECORD.search(text)
    if record and not any(_RECORD_TOLD.search(f"{f.statement} {f.note or ''}") for f in facts):
        # "a record $7.7 billion", "record revenue": a rank among all the subject's figures,
        # which the figure's record alone does not give
        missing.append(record.group(0).strip().lower())
    progress = _PROGRESS.search(text)
    if progress and not any(holds(s) for s in _ON_SCHEDULE):
        # "is ahead of schedule to reach its 10-gigawatt goal": the goal is recorded, how
        # far along the way to it the project stands is another assertion
        missing.append(progress.group(0).lower())
    caused = _CAUSING.match(claim.text)
    if caused and not said(caused.group(1)):
        # "..., prompting the initial $65 billion tranche": what the clause tells is that the
        # event followed from what came before it; the event's record does not say so
        missing.append(f"{caused.group(1).lower()} (what caused it)")
    missing += unstated_comparisons(text, holds, [q.span.start for q in claim.quantities
                                                  if q.span is not None], claim.text)
    if relation:
        missing += unstated_roles(text, said, verb_at) + unstated_guises(text, holds)
    return missing


_EXCLUSIVE_WORD = lazy(r"\b(?:only|sole|solely|exclusive|exclusively)\b", re.IGNORECASE)
_NEAR_WORDS = 4  # words after an exclusive word that may name what it is exclusive as


def _exclusive_of(claim: Claim, facts: Sequence[Fact]) -> bool:
    """Does a fact tell an exclusivity of what the claim speaks of: a word of the claim among
    the few words after the fact's exclusive word ("its exclusive cloud provider" for "its
    Azure cloud became OpenAI's exclusive supplier")? "OpenAI's only investor" is not told
    by "its exclusive cloud provider" beside a record of an investment: the exclusivity is of
    another thing."""
    words = set(stems(claim.standalone))
    for fact in facts:
        told = f"{fact.statement} {fact.note or ''} {' '.join(fact.cues)}"
        for m in _EXCLUSIVE_WORD.finditer(told):
            if words & set(stems(" ".join(told[m.end():].split()[:_NEAR_WORDS]))):
                return True
    return False


# What something was founded or began as ("founded as a check on ...", "started as a
# non-profit"), up to the word that ends its noun phrase.
_FOUNDED_AS = re.compile(r"\b(?:founded|established|created|formed|started|launched|began|"
                         r"set\s+up)\s+as\s+(?:a|an|the)\s+((?:[\w’'-]+\s+)*?[\w’'-]+)"
                         r"(?=\s+(?:on|of|to|for|that|which|who|with|by|in|against|and|but|"
                         r"whose)\b|\s*[,;:.(\u2014]|\s*$)", re.IGNORECASE)


def unstated_guises(text: str, holds: Callable[[str], bool]) -> list[str]:
    """What the claim says something was founded or began as, when no fact holds a word of
    it ("OpenAI was founded as a check on ...": the founding is recorded, what it was
    founded as is another assertion; "started as a non-profit" is held by the record that
    says so)."""
    return [m.group(0) for m in _FOUNDED_AS.finditer(text)
            if not any(holds(s) for s in stems(m.group(1)) if len(s) > 2)]


# A rank measured from an event: "the biggest since it bought Barclays Global Investors in
# 2009". The year dates the standard the rank is measured from.
_SINCE_YEAR = lazy(r"\bsince\b[^,;]*?\b((?:19|20)\d\d)\b", re.IGNORECASE)


def _not_the_standard(text: str, scope: Scope, facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` but those of the event a rank is measured from ("the biggest since it bought
    Barclays Global Investors in 2009"): a record dated no later than the year the "since"
    gives tells that event, and whatever it says of ranks ranks something else (its own
    deal), never what came after it."""
    since = _SINCE_YEAR.search(text, scope.start, scope.end)
    if since is None:
        return list(facts)
    year = int(since.group(1))
    return [f for f in facts if f.date is None or f.date.year > year]


# The titles a claim may give a person, each with the words a record may state it in.
_ROLES = re.compile(r"\b(?:co-?founder|founder|chief executive(?: officer)?|CEO|chief "
                    r"financial officer|CFO|chief technology officer|CTO|president|"
                    r"chair(?:man|woman|person)?)\b", re.IGNORECASE)
_SAME_ROLE = {"ceo": ("chief executive",), "chief executive": ("ceo",),
              "chief executive officer": ("ceo", "chief executive"),
              "cfo": ("chief financial officer",), "chief financial officer": ("cfo",),
              "cto": ("chief technology officer",), "chief technology officer": ("cto",),
              "founder": ("founded", "co-founded"), "co-founder": ("founded", "co-founded"),
              "cofounder": ("founded", "co-founded"), "chair": ("chairman", "chairwoman"),
              "chairman": ("chair",), "chairwoman": ("chair",), "chairperson": ("chair",)}


# What makes a title the claim's predicate: a copula or an apposition right before it
# ("remains the company's president", "Jane Doe, founder of Acme"), or another title so
# predicated and "and" ("founder and CEO").
_ROLE_AFTER = lazy(r"(?:\b(?:is|was|are|were|be|been|becomes?|became|remains?|"
                   r"remained|named|as)|,)\s+(?:(?:a|an|the|its|his|her|their|"
                   r"[\w-]+['’]s)\s+){0,2}$", re.IGNORECASE)
_ROLE_AND = lazy(r"\s+and\s+(?:(?:a|an|the|its|his|her|their)\s+)?$", re.IGNORECASE)


def unstated_roles(text: str, said: Callable[[str], bool], verb_at: int) -> list[str]:
    """The titles the claim predicates of its subject that no fact states ("Jensen Huang is
    founder and CEO of NVIDIA" against the record of NVIDIA's founding): each is an
    assertion of its own. A title before the verb only picks who is meant ("Oracle chairman
    Larry Ellison said"), and one given to another describes its holder ("is suing OpenAI
    and its chief executive")."""
    missing, previous = [], None
    for m in _ROLES.finditer(text):
        predicated = m.start() >= verb_at and (
            _ROLE_AFTER.search(text, 0, m.start()) is not None or previous is not None and
            _ROLE_AND.fullmatch(text, previous, m.start()) is not None)
        previous = m.end() if predicated else None
        if predicated and not any(said(role) for role in (
                m.group(0), *_SAME_ROLE.get(m.group(0).lower(), ()))):
            missing.append(m.group(0))
    return missing


# What a fact says to state a comparison of its own.
_COMPARING = frozenset(stems("than same similar similarly like comparable akin equivalent "
                             "identical ahead behind"))
_FIGURE = lazy(r"\d")
# What a fact says to state a reach past a standard, or an order of two events, itself.
_BEYOND = frozenset(stems("beyond"))
_ORDER = frozenset(stems("after before following followed follows preceded precedes ahead"))
_SEQUENCE = {"beyond": _BEYOND, "follows": _ORDER, "precedes": _ORDER, "comes": _ORDER}


def unstated_comparisons(text: str, holds: Callable[[str], bool],
                         figures_at: Sequence[int] = (), told: str = "") -> list[str]:
    """The comparisons ``text`` makes with a standard that no fact states, each as the
    claim's words. A fact met in the standard, or in the thing compared, confirms neither
    the comparison nor its standard ("cheaper than the $20 plan" is no price of the $20
    plan). A "than" or "as ... as" that follows a figure (read at ``figures_at`` or written
    in digits) compares figures, which are checked themselves ("192 GB, far more than the 80
    GB of the H100", "two and a half times faster than Hopper", "2.6 times as many as")."""
    missing = []
    for scope in comparisons(text):
        if scope.marker in ("than", "as") and (_FIGURE.search(text, 0, scope.start) or
                                       any(at < scope.start for at in figures_at)):
            continue
        if any(holds(s) for s in _SEQUENCE.get(scope.marker, _COMPARING)):
            continue
        if scope.marker in _SEQUENCE and news_placed(told):
            continue  # "This follows its $6 billion round" told as "xAI follows ...": the
            # round is what is told
        standard = " ".join(text[scope.start:scope.end].split()[:4])
        missing.append(f"{scope.head} than {standard}" if scope.marker == "than" else
                       f"{scope.head or scope.marker} ... {standard}")
    return missing
