"""Parties named together: a claim's list of co-parties against the list a fact gives.

Why: "SoftBank, OpenAI, Oracle and MGX are putting up the equity" names four parties of one
joint act, which the store records as a fact about Stargate that lists them ("Stargate's
initial equity funders are SoftBank, OpenAI, Oracle and MGX"). Read as a claim about
SoftBank alone, it meets no fact of SoftBank's, and its other names go unchecked. A list of
several parties is the fact's own list when the fact's statement gives the same parties
together, in the part of the statement that holds a cue the claim uses: then the claim
speaks of the joint act, and every name in it is checked. A list that only overlaps ("Oracle
and MGX are the lead partners" against "SoftBank and OpenAI are the lead partners") is
another claim; a subset fits only when the claim says its list is partial ("also", "other",
"among"). A complete list that gives the joint act a party the fact does not record at all
("founded by BlackRock, GIP, Microsoft and SoftBank" against "BlackRock, GIP, Microsoft and
MGX announced ...") names a wrong party: ``wrong_party`` says which.

Must not: decide a verdict (``attribution`` and ``judge`` do); read the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..language.comparison import compare
from ..language.lexicon import held, lazy, may_hold, whole_words
from ..language.quantities import find_quantities
from ..model import Claim, Fact, Kind, Status
from .attribution import names_only
from .base import Context, Finding, another_round
from .stems import phrase_in, stems

Names = Callable[[str], tuple[str, ...]]

# What stands between two names of one list: a comma, "and", "&", "as well as", and a
# place that only locates the next name ("Oracle and Abu Dhabi's MGX").
# After a conjunction, a description may stand before the next name ("and the Abu Dhabi
# investment firm MGX"), words that relate it to another ("the parent of") may not.
_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|as well as\s+)(?:the\s+)?"
                    r"(?:(?<=and the )(?:(?!(?:of|in|at|for|from|by|with|to|on)\b)"
                    r"[a-z][\w-]*\s+){1,5})?"
                    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?$")
_AND = re.compile(r"\b(?:and|as well as)\b|&")
# What joins a list to the subject of its sentence: "(with Arm and Oracle)", "alongside AMD".
_WITH = lazy(r"(?:\b(?:with|alongside|together with|joined by)|\(with)\s+(?:the\s+)?$",
             re.IGNORECASE)
# A list the claim itself says is partial: "also took part", "the other investors",
# "among the backers", "including", "alongside".
_PARTIAL = re.compile(r"\b(?:also|other|others|among|including|include|includes|alongside|"
                      r"too|as well)\b", re.IGNORECASE)
# Where a statement's parts end: each part says one thing of its own parties.
_PART = lazy(r";|:\s|\.\s+(?=[A-Z])")
MIN_LIST = 2  # names a list must hold to be a list
# "Ann Ross of Acme": the person and the organisation she speaks for are one item of a list.
_OF = re.compile(r"\s+of\s+")
_LED_BY = lazy(r"\b(?:co-)?led\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# Names the store does not know may end the list: "BlackRock, Fidelity, Sequoia Capital and
# Andreessen Horowitz", "A, B and others".
_UNKNOWN_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
_AND_OTHERS = re.compile(rf"(?:,\s*{_UNKNOWN_NAME})*,?\s*(?:and|&)\s+"
                         rf"(?:(?i:others|other|more|several|many)\b|{_UNKNOWN_NAME})")


def _exact(name: str) -> bool:
    """Is the name matched as written (an acronym, a dotted name), not regardless of case?"""
    return name.isupper() or "." in name


def _pattern(name: str) -> re.Pattern[str]:
    flags = 0 if _exact(name) else re.IGNORECASE
    return held(rf"(?<![\w-]){re.escape(name)}(?:['’]s)?(?![\w-])", flags)  # kept below


_PATTERNS: dict[str, re.Pattern[str]] = {}


def occurrences(text: str, ids: Sequence[str], names: Names) -> list[tuple[int, int, str]]:
    """Where each entity is named in ``text``: the longest name wins an overlap."""
    found: list[tuple[int, int, str]] = []
    for entity in dict.fromkeys(ids):
        for name in names(entity):
            if len(name) < 2 or not (name in text if _exact(name) else may_hold(text, name)):
                continue  # not there: most names of most entities, no pattern to compile
            pattern = _PATTERNS.get(name) or _PATTERNS.setdefault(name, _pattern(name))
            found += [(m.start(), m.end(), entity) for m in pattern.finditer(text)]
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def name_lists(text: str, ids: Sequence[str], names: Names,
               companion: str | None = None) -> list[tuple[str, ...]]:
    """The lists of the given entities that ``text`` names together, in order: "BlackRock,
    GIP, Microsoft and MGX" is one list of four. A possessive before a name only says whose
    it is ("Elon Musk's xAI" is xAI in a list); a single name is no list, nor are names
    joined by commas alone ("ChatGPT, OpenAI's product" is an apposition). A list after
    "with" or "alongside" joins ``companion`` (a statement's subject: "NVIDIA is a partner
    (with Arm, Microsoft and Oracle)" lists all four)."""
    lists: list[list[str]] = []
    starts: list[int] = []
    ends: list[int] = []
    joined: list[bool] = []  # a conjunction seen: "A, B" is an apposition, "A and B" a list
    last_end = -1
    previous = ""
    for start, end, entity in occurrences(text, ids, names):
        gap = text[last_end:start] if last_end >= 0 else None
        if gap is not None and entity == previous and re.fullmatch(r"\s*\(\s*", gap):
            last_end = end + 1 if text[end:end + 1] == ")" else end  # "Partners (GIP)"
            continue
        previous = entity
        if gap is not None and lists and not gap.strip() and \
                re.search(r"['’]s$", text[:last_end]):
            lists[-1][-1] = entity  # "Elon Musk's xAI": the owned one stands in the list
        elif gap is not None and lists and _OF.fullmatch(gap):
            lists[-1].append(entity)  # one item: a list only if a conjunction joins others
        elif gap is not None and lists and _JOINT.match(gap):
            lists[-1].append(entity)
            joined[-1] = joined[-1] or _AND.search(gap) is not None
        else:
            lists.append([entity])
            starts.append(start)
            joined.append(False)
        last_end = end
        if len(ends) < len(lists):
            ends.append(end)
        ends[-1] = end
    out = []
    for i, (group, conj, at, end) in enumerate(zip(lists, joined, starts, ends, strict=True)):
        # "(with Arm and Oracle)" joins the statement's subject; "alongside Bolt Capital's
        # investment" names Bolt's money, not a party beside it
        if companion and _WITH.search(text, 0, at) and not re.search(r"['’]s$", text[:end]):
            group, conj = [*group, companion], True
            # "a round led by Acme, with Bolt and Crane among the investors": the lead too
            if i and _LED_BY.search(text, 0, starts[i - 1]) and \
                    re.fullmatch(r",?\s*(?:\(\s*)?(?:with|alongside|together with)\s+(?:the\s+)?",
                                 text[ends[i - 1]:at]):
                group = [*lists[i - 1], *group]
        # "Acme, Bolt, Crane and others": the conjunction joins the list to the rest
        conj = conj or _AND_OTHERS.match(text, end) is not None
        if len(set(group)) >= MIN_LIST and conj:
            out.append(tuple(dict.fromkeys(group)))
    return out


def fact_parties(fact: Fact) -> tuple[str, ...]:
    return tuple(p for p in (fact.subject, fact.object, *fact.mentions) if p)


@lru_cache(maxsize=4096)
def _parts(statement: str) -> tuple[str, ...]:
    return tuple(p for p in _PART.split(statement) if p.strip())


def _told_parts(claim: Claim, fact: Fact, names: Names | None = None) -> tuple[str, ...]:
    """The parts of the fact's statement that hold a cue the claim uses; all of them when
    none does (the cue then names the fact as a whole: "founded" for "announced"). With
    ``names``, a cue met only inside the name of a party ("funders" in "the Orbit Fund")
    is not used: a name says who, not what."""
    text = claim.standalone
    if names is not None:
        for start, end, _ in reversed(occurrences(text, fact_parties(fact), names)):
            text = text[:start] + " " + text[end:]
    words = stems(text)
    used = [c for c in fact.cues if phrase_in(c, words)]
    parts = _parts(fact.statement)
    told = tuple(p for p in parts if any(phrase_in(c, stems(p)) for c in used))
    return told or parts


def _statement_lists(claim: Claim, fact: Fact, names: Names,
                     strict: bool = False) -> list[tuple[str, ...]]:
    """The lists of the fact's statement in the parts that speak of what the claim says
    (``strict``: by a cue that is not only a word of a party's name)."""
    return [group for part in _told_parts(claim, fact, names if strict else None)
            for group in _part_lists(part, fact_parties(fact), names, fact.subject)]


@lru_cache(maxsize=4096)
def _part_lists(part: str, parties: tuple[str, ...], names: Names,
                subject: str | None = None) -> tuple[tuple[str, ...], ...]:
    """``name_lists`` of a part of a statement, read once for every claim of an article
    compared with the fact, or of a claim, read once for all the facts it is compared with
    (``names`` is the article's own: a new check reads again)."""
    return tuple(name_lists(part, parties, names, subject))


def claim_list(claim: Claim, names: Names) -> tuple[str, ...]:
    """The list of known names in the claim that holds its subject, if it gives one."""
    for group in _part_lists(claim.standalone, claim.named or claim.entities, names):
        if claim.subject in group:
            return group
    return ()


# "MGX is one of the equity funders", "is also among the backers", "remains a founding
# member": one party of several.
_ONE_OF = lazy(r"\b(?:is|was|are|were|remains|became|becomes)\s+(?:also\s+|now\s+|still\s+)?"
               r"(?:(?:one\s+of|among)\s+(?:the|its|their)|an?)\b", re.IGNORECASE)


def claim_group(claim: Claim, names: Names) -> tuple[str, ...]:
    """The claim's list of names that holds its subject, or its subject alone told as one of
    several (``member``)."""
    return claim_list(claim, names) or member(claim)


def member(claim: Claim) -> tuple[str, ...]:
    """The claim's subject alone, when the claim tells it as one of several parties of a
    joint thing ("MGX is also among the initial equity funders of Stargate"): a list of
    one, which the list of the fact's statement must hold."""
    if claim.subject and _ONE_OF.search(claim.standalone):
        return (claim.subject,)
    return ()


def listed_together(claim: Claim, facts: Sequence[Fact], names: Names,
                    known: Sequence[Fact] = (), sums: Sequence[Fact] = ()
                    ) -> tuple[frozenset[str], frozenset[str]]:
    """The parties of the claim's list that the facts do not vouch for as a list, and those
    that another record of the same event vouches for.

    "SoftBank and Oracle are the lead partners" says it of both. A fact about Oracle that
    only mentions SoftBank says nothing of SoftBank's role: SoftBank is checked by a fact
    about it, or by a fact whose statement lists both with the cue, not by the mention.
    Another record of the same event (in ``known``: an event of the same day about the same
    thing) may give the list: one fact says who announced, another who stood on stage.
    A sum of money the list is told to give ("Amazon and Google are pouring another $4
    billion") is vouched for each party only by a fact of that sum it is a side of
    (``sums``: the facts that checked the claim's money), not by another deal of its own."""
    group = claim_list(claim, names)
    if not group or any(set(group) <= set(s) for f in facts
                        for s in _statement_lists(claim, f, names)):
        return frozenset(), frozenset()
    if any(set(group) <= set(s) for f in same_event(facts, known)
           for s in _statement_lists(claim, f, names)):
        return frozenset(), frozenset(group)
    sides = {p for f in (sums or facts) for p in (f.subject, f.object) if p}
    return frozenset(group) - sides, frozenset()


def same_event(facts: Sequence[Fact], known: Sequence[Fact]) -> list[Fact]:
    """The events of ``known`` that record the same event as one of ``facts``: dated the
    same day, about the same thing (its subject or object among the fact's) and told with a
    word in common (a registration and a presentation on one day are two events)."""
    days = [(f.date, {f.subject, f.object} - {None}, {c.lower() for c in f.cues})
            for f in facts if f.kind == "event" and f.date and f.date_precision == "day"]
    return [k for k in known if k.kind == "event" and k not in facts and any(
        k.date == day and k.date_precision == "day" and {k.subject, k.object} & things
        and {c.lower() for c in k.cues} & cues for day, things, cues in days)]


def joint_act(claim: Claim, fact: Fact, names: Names, group: tuple[str, ...]) -> bool:
    """Does the claim's subject act in the fact as one of the parties the fact lists with
    it? Every party of the claim's list (``group``, from ``claim_list``: read once for
    all the facts a claim is matched with) is in one list of the fact's statement, in a part
    with a cue the claim uses, and the two lists are the same (or the claim says its own is
    partial). The joint thing itself (the fact's subject, and its object) is named in the
    claim, just before it, or in the list."""
    if not group or fact.kind not in ("relation", "event", "quantity"):
        return False  # most claims list no one: asked of every fact about their names
    parties = fact_parties(fact)
    if claim.subject not in parties or not set(group) <= set(parties):
        return False
    around = {*claim.entities, *claim.context}
    if fact.subject not in around:
        return False
    # a list of one ("one of the funders") is partial by what it says, and the part of the
    # statement whose list must hold it is told by the claim's own cue
    one = len(group) == 1
    partial = one or _PARTIAL.search(claim.standalone) is not None
    listed = _statement_lists(claim, fact, names, strict=one)
    if not any(set(group) == set(s) or partial and set(group) < set(s) for s in listed):
        return False
    if fact.object is None or fact.object in around:
        return True
    # The joint thing unsaid ("joined the investment group founded by A, B and C"): enough
    # of the fact's own lists in the claim say which it is.
    told = [g for g in _part_lists(claim.standalone, claim.named or claim.entities, names)
            if any(set(g) == set(s) for s in listed)]
    return sum(len(g) for g in told) > MIN_LIST


def wrong_party(claim: Claim, fact: Fact, names: Names) -> tuple[str, tuple[str, ...]] | None:
    """A known party the claim puts in the fact's list where the fact records another:
    (the wrong party, the fact's list). The claim's list must be as long as a list of a
    statement part holding a cue the claim uses and differ from it in one party (at least
    two shared), a party the fact does not record at all; neither may say it is partial."""
    if _PARTIAL.search(claim.standalone) or fact.subject not in claim.entities:
        return None
    parties = set(fact_parties(fact))
    known = [e for e in claim.named if e not in claim.incidental]
    told = fact.statement.lower()
    for group in _part_lists(claim.standalone, tuple(known), names):
        # a party the statement names, though the fact does not list it, is no stranger
        strangers = [e for e in group if e not in parties and not any(
            whole_words(n.lower()).search(told) for n in names(e))]
        if not strangers or len(set(group) & parties) < MIN_LIST:
            continue
        for part in _told_parts(claim, fact):
            if _PARTIAL.search(part):
                continue
            for listed in name_lists(part, tuple(parties), names):
                # the same list with one party put in another's place
                if len(listed) == len(group) and \
                        len(set(group) & set(listed)) >= max(MIN_LIST, len(group) - 1):
                    return strangers[0], listed
    return None


def check(ctx: Context) -> Finding | None:
    """REL-parties: a joint act given a party the store does not record in it."""
    if ctx.claim.negated:
        return None
    for candidate in ctx.candidates:
        fact = candidate.fact
        if fact.kind not in ("relation", "event") or names_only(candidate, ctx):
            continue  # "fund" in "Orbit Fund" says who, not what
        wrong = wrong_party(ctx.claim, fact, ctx.names)
        if wrong:
            stranger, listed = wrong
            recorded = ", ".join(ctx.names(p)[0] for p in listed)
            return Finding(Status.CONTRADICTED, f"the store records {recorded} in this, not "
                           f"{ctx.names(stranger)[0]}: {fact.statement}", (fact,),
                           rule="REL", strength=0.7)
    return None


# A lead is a role one party holds in a round ("Nvidia and SoftBank led the round"): a list
# of those who took part says nothing of who led it.
_LEAD = re.compile(r"\b(?:co-?)?(?:led|lead|leads|leading|headed)\b", re.IGNORECASE)


def listed(ctx: Context) -> Finding | None:
    """REL-listed: the parties the claim lists are the parties a recorded figure's statement
    lists for the same thing ("Acme, Bolt and Crane also took part in the round" after the
    article named Orbit's $2 billion round, against "Orbit closed a $2 billion round, with
    Acme, Bolt, Crane and Delta among the investors").

    The claim gives no figure or year of its own (a figure is the numeric rules' to judge),
    no judgement ("the collaboration between A and B potentially strengthens ..." is not
    their taking part) and names no lead; the fact is a candidate only as the claim's joint act
    (``joint_act``: the same list, or part of it where the claim says so, with the fact's
    subject named in the claim or just before)."""
    claim = ctx.claim
    if claim.negated or claim.quantities or claim.years or claim.opinion_marker or \
            _LEAD.search(claim.standalone):
        return None
    group = claim_list(claim, ctx.names)
    if not group:
        return None
    for candidate in ctx.candidates:
        fact = candidate.fact
        if fact.kind != "quantity" or names_only(candidate, ctx) or \
                not joint_act(claim, fact, ctx.names, group) or other_occasion(claim, fact):
            continue
        return Finding(Status.SUPPORTED, f"store records ({candidate.cue}): {fact.statement}",
                       (fact,), rule="REL", strength=0.7)
    return None


# "another round", "a further investment", "its previous funding": not the round just named
# ("the new investment firm MGX" says nothing of the round: only a word before the noun)
_OTHER_ROUND = lazy(r"\b(?:further|another|additional|second|third|fourth|next|"
                          r"previous|prior|earlier|last|first)\s+(?:[\w$.-]+\s+){0,2}?"
                          r"(?:round|funding|financing|investment|raise)s?\b", re.IGNORECASE)


def other_occasion(claim: Claim, fact: Fact) -> bool:
    """Does the claim speak of another occasion than the fact's: a sum its standalone form
    names the thing by ("the $40 billion round", from the sentence before) that is not the
    fact's figure, another round's letter, or a word such as "further" before the noun?"""
    text = claim.standalone
    sums = [q for q in find_quantities(text) if q.kind is Kind.MONEY]
    if sums and (fact.value is None or not any(
            compare(q, fact.value, fact.tolerance).outcome == "consistent" for q in sums)):
        return True
    return another_round(text, fact) or _OTHER_ROUND.search(text) is not None
