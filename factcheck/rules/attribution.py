"""REV and REL: reviewed claims and qualitative assertions.

Why: some errors are not numbers. A claim that repeats a known false or misleading claim is
judged by the reviewer's rating (REV). A claim that names a fact's subject and object and
uses its cue is supported by a relation or event fact (REL), unless it negates the very verb
the fact records; a role only one holds, given to another, is contradicted (REL-sole).
Quotations are ``quotes.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..language.comparison import compare
from ..language.lead_ins import LEAD_IN
from ..language.lexicon import lazy, runtime_pattern, whole_words
from ..language.quantities import find_quantities
from ..model import Claim, Fact, Kind, Quantity, Status
from .base import Context, Finding, another_round
from .cue_roles import aside
from .denials import denies_cue, ends_state, tells_denial, tells_ending
from .derived import stated_figures
from .described import in_background
from .holders import co_holders, rival_listed
from .matching import Candidate, reviewed_matches
from .measure_kinds import one_day_move
from .periods import DATE_SLACK
from .plans import REPORTING_STEMS, predicted
from .role_ends import one_end
from .rulings import counterparty_only, ruled_on
from .scene import taken_for_granted
from .staleness import of_another_day
from .stems import phrase_in, stemmed_words, stems
from .undergone import acts_itself
from .withdrawn import ended_before, told_live

# A clause of time with a subject of its own: "two months after Donald Trump announced ...".
_TIME_CLAUSE = lazy(r"\b(?:after|before|since|until|while|when)\s+(?P<who>[A-Z][\w.'’-]*"
                    r"(?:\s+[A-Z][\w.'’-]*)*)\s+[a-z][\w-]*[^,;]*", re.UNICODE)


def _own_words(ctx: Context) -> Claim:
    """The claim without its clauses of time told of a party no review names: what another
    did before or after ("after Trump announced") is not the claim's own act."""
    claim = ctx.claim
    reviewed = {n for r in ctx.reviewed for e in r.entities for n in ctx.names(e)}
    kept = claim.standalone
    for m in reversed(list(_TIME_CLAUSE.finditer(kept))):
        if not any(whole_words(n).search(m.group("who")) for n in reviewed if n):
            kept = kept[:m.start()] + kept[m.end():]
    return claim if kept == claim.standalone else replace(claim, standalone=kept)


def reviewed(ctx: Context) -> Finding | None:
    # most claims meet no review: the clauses of time are read only for one that does
    matches = reviewed_matches(ctx.claim, ctx.reviewed)
    matches = reviewed_matches(_own_words(ctx), matches) if matches else matches
    if not matches:
        return None
    item = matches[0]
    status = Status.CONTRADICTED if item.rating == "false" else Status.IMPRECISE
    facts = tuple(f for f in ctx.subject_facts if f.id in item.facts)
    return Finding(status, f"matches a reviewed claim rated {item.rating}: {item.explanation}",
                   facts, (item,), rule="REV", strength=0.85)


_MODALS = frozenset({"can", "could", "may", "might"})


def _presupposed(ctx: Context, best: Candidate) -> bool:
    """Does the fact speak only to a lead-in that a possibility takes for granted?

    "By joining the fund, xAI can expand its resources" asserts what xAI can do; the joining
    is background. A lead-in's event confirms nothing of a clause that says "can" or "may".
    """
    claim = ctx.claim
    if (claim.opinion_marker or "").lower() not in _MODALS:
        return False
    lead = LEAD_IN.match(claim.standalone)
    if lead is None or not best.positions:
        return False
    return all(p < len(stems(lead.group(0))) for p in best.positions)


_DETERMINERS = frozenset(stems("the this that a an its their"))
_AUXILIARIES = frozenset(stems("is was are were will would has have had can could may might "
                               "should must did does"))


def _described(ctx: Context, best: Candidate) -> bool:
    """Is the cue only a word of the description the claim opens with, before its first
    auxiliary ("The Amazon investment is the latest in a series of bets", "The announcement
    was made at a conference", "A portion of the funding will go to ...")? The event is what
    the sentence is about, taken as known; what it says of it is another thing."""
    words = stems(ctx.claim.standalone)
    if not words or words[0] not in _DETERMINERS or not best.positions:
        return False
    verb = next((i for i, w in enumerate(words[:9]) if w in _AUXILIARIES), None)
    if verb is None or any(p >= verb for p in best.positions):
        return False
    # "The initial equity funders are SoftBank, OpenAI, ...": the parties are what it says
    fact = best.fact
    after = words[verb + 1:verb + 3]
    return not any(stems(name)[:1] == after[:1] or stems(name)[:1] == after[1:2]
                   for party in (fact.subject, fact.object, *fact.mentions) if party
                   for name in ctx.names(party))


_REPORTING_STEMS = REPORTING_STEMS
_DOCUMENT_LEAD = frozenset(stems("the a an its their his her"))


def _cited_document(ctx: Context, best: Candidate) -> bool:
    """Is the cue the document a statement was made in ("said in the release", "wrote in
    a statement")? It says where the words were published, not what happened."""
    words = stems(ctx.claim.standalone)
    for at in best.positions:
        before = words[max(0, at - 4):at]
        if len(before) >= 3 and before[-1] in _DOCUMENT_LEAD and before[-2] == "in" and \
                any(w in _REPORTING_STEMS for w in before[:-2]):
            return True
        if before and before[-1] == "press":
            return True  # "as per a press release by BlackRock"
    return False


_CLAUSE_START = frozenset(stems("that it they he she we its their this these"))
_WHEN_SAID = frozenset(stems("monday tuesday wednesday thursday friday saturday sunday today "
                             "yesterday on late earlier last this week"))


# Who told it, at the end: ", the company announced", ", it said on Monday".
_TOLD_TAIL = re.compile(r",\s+(?:(?:the|its|their|a|an|it|they)\b[^,]{0,40}|"
                        r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}\s+(?:said|says|"
                        r"announced|added|told|noted|confirmed|reported|wrote|stated)\b"
                        r"[^,]{0,30})$")


def _reports(ctx: Context, best: Candidate) -> bool:
    """Is the cue a verb of saying that reports a clause ("OpenAI announced Monday it has
    raised $40 billion", "said that"), or that tells who reported it (", the company
    announced")? What was said is the claim, not the saying."""
    words = stems(ctx.claim.standalone)
    tail = _TOLD_TAIL.search(ctx.claim.standalone)
    if tail:
        start = len(stems(ctx.claim.standalone[:tail.start()]))
        if all(at >= start and words[at] in _REPORTING_STEMS for at in best.positions):
            return True
    for at in best.positions:
        if words[at] not in _REPORTING_STEMS:
            continue
        after = [w for w in words[at + 1:at + 5] if w not in _WHEN_SAID]
        if after and after[0] in _CLAUSE_START:
            return True
    return False


_PRONOUN = re.compile(r"\s*(?:it|its|they|their|he|she|his|her|this|that)\b", re.IGNORECASE)


def names_only(candidate: Candidate, ctx: Context) -> bool:
    """Is the matched cue only a word inside the name of one of the fact's parties
    ("partnership" in "AI Infrastructure Partnership")? A name says who, not what."""
    cue = stems(candidate.cue)
    if len(cue) != 1 or candidate.hits > 1:
        return False
    fact = candidate.fact
    parties = [p for p in (fact.subject, fact.object) if p]
    # a word inside a longer name; a whole name ("NASA", "CUDA") does say who took part
    return any(cue[0] in words for p in parties for n in ctx.names(p)
               if len(words := stems(n)) >= 2)


# Words ending in -ly that are not adverbs of manner.
_NOT_MANNER = frozenset("supply apply reply rely family rally italy july assembly monopoly "
                        "anomaly ally only early".split())


def manner_only(candidate: Candidate, claim: Claim) -> bool:
    """Is the matched cue an adverb of manner alone ("publicly", "officially")? It tells how
    something was done, not what: "publicly warned" is not the launch done publicly (but
    "introduced to the public" is)."""
    if candidate.hits > 1 or " " in candidate.cue:
        return False
    raw = stemmed_words(claim.standalone)
    said = [raw[at] for at in candidate.positions if at < len(raw)]
    return bool(said) and all(w.endswith("ly") and w not in _NOT_MANNER for w in said)


def _party_names(fact: Fact, ctx: Context) -> list[str]:
    """The names of more than one word the claim gives, in which a word of the fact's cues
    says who, not what ("Investment" in "Global AI Infrastructure Investment Partnership").
    Of a name of those the fact records as taking part, only the words before its head: the
    head says what kind they are, which the fact tells ("agencies" of "the European Space
    Agency" in a record of the agencies behind a telescope)."""
    parties = {p for p in (fact.subject, fact.object) if p}
    named = [(e, e in parties or e not in fact.mentions)
             for e in sorted(parties | set(ctx.claim.entities))]
    return [n if whole else n.rsplit(" ", 1)[0] for e, whole in named
            for n in ctx.names(e) if " " in n]


def relation(ctx: Context) -> Finding | None:
    """A relation or event fact whose subject, object and cue the claim names."""
    named = set(ctx.claim.named)
    if ctx.claim.subject and ctx.claim.role in ("main", "verb-phrase") and \
            not _PRONOUN.match(ctx.claim.text):
        # the predicate of a name its sentence gave it: "Nvidia, which ..., will continue as
        # its adviser" (a pronoun's referent is not the claim's own words)
        named.add(ctx.claim.subject)
    # a state told as live ("keeps the claims alive") is no state the store records ended
    live = told_live(ctx.claim.standalone) is not None
    # The claim's own words must name one of the fact's entities: a bare participle
    # ("requiring computing equipment") is not confirmed by a fact about its sentence.
    pool = [c for c in ctx.candidates if c.fact.kind in ("relation", "event") and
            not (live and ended_before(c.fact, ctx.article_date)) and
            named & {c.fact.subject, c.fact.object, *c.fact.mentions} and
            not names_only(c, ctx) and not _after(c.fact, ctx) and
            not one_end(c, ctx.claim, named, ctx.names) and
            not manner_only(c, ctx.claim) and not another_round(ctx.claim.standalone, c.fact)
            and not taken_for_granted(c, ctx.claim) and
            # a day's share move, told a month away with no day at all, is another day's
            not (one_day_move(c.fact) and not ctx.claim.dates and
                 of_another_day(c.fact, ctx)) and
            not aside(c, ctx.claim.standalone, _party_names(c.fact, ctx)) and
            not acts_itself(c, ctx.claim, ctx.names) and  # "Altman dismissed the bid": no ouster
            not ruled_on(c, ctx.claim) and  # "A judge ruled against ... the lawsuit"
            not counterparty_only(c, ctx.claim, ctx.names)]  # "a deal with OpenAI"
    if not pool:
        return None
    # a fact the claim asserts before one that only confirms how it describes someone ("is
    # suing OpenAI and its CEO Sam Altman": the suit, not the title)
    best = next((c for c in pool if not in_background(c, ctx.claim)), pool[0])
    fact = best.fact
    if _presupposed(ctx, best) or predicted(ctx, best) or _cited_document(ctx, best) or \
            _reports(ctx, best) or _described(ctx, best):
        return None
    ended = ends_state(ctx.claim.standalone, best.cue)
    if ended and not tells_ending(fact):
        return None  # "is no longer its exclusive cloud provider": the state held before
    if ctx.claim.negated and not ended and denies_cue(ctx.claim.standalone, best.cue) and \
            not tells_denial(fact):
        return Finding(Status.CONTRADICTED, f"the article denies what the store records "
                       f"(\u201c{best.cue}\u201d): {fact.statement}", (fact,), rule="REL",
                       strength=0.75)
    strength = 0.75 if fact.object else 0.65
    # the fact it rests on first, then the best other (the one that may confirm a
    # description: "OpenAI's founders, Sam Altman and ..." beside the suit it tells)
    facts = (fact, *(c.fact for c in pool[:2] if c is not best))[:2]
    return Finding(Status.SUPPORTED, f"store records ({best.cue}): {fact.statement}",
                   facts, rule="REL", strength=strength,
                   background=in_background(best, ctx.claim))


def _after(fact: Fact, ctx: Context) -> bool:
    """Did what the fact records begin after the article's date (beyond a week's slack)? The
    article could not tell of it: "expected to play a role in AI supply chains" in September
    2024 is not the supply-chain work agreed in March 2025. A relation without a date of its
    own began when it became public ("Son is chairman of Stargate" from January 2025)."""
    began = fact.date or fact.as_of or fact.published
    return bool(ctx.article_date and began and
                (began - ctx.article_date).days > DATE_SLACK)


_ATTRIBUTIVE = re.compile(r"\b(a|an|the|its|their|his|her)\s+[a-z]+ing\b(?=\s+[a-z])",
                          re.IGNORECASE)


def sole_holder(ctx: Context) -> Finding | None:
    """A role only one holds ("led the round", "chief executive of GIP") given to another.

    The fact's object must be named or just named before, one of its ``sole`` cues used,
    its holder left unnamed, and another name in the claim put in the holder's place.
    """
    claim = ctx.claim
    words: tuple[str, ...] | None = None  # read for the first fact with a role to give
    around = set(claim.entities) | set(claim.context)
    rounds = bool(round_sizes(claim.standalone))  # most claims name no round: no lead read
    for fact in (*ctx.subject_facts, *ctx.nearby_facts):
        sole = fact.sole or (round_lead(fact, claim) if rounds else ())
        if not sole or fact.object not in around:
            continue
        if words is None:
            # "Nvidia, a leading AI chipmaker": a participle before its noun holds no role
            words = stems(_ATTRIBUTIVE.sub(r"\1 _", claim.standalone))
        cue = next((c for c in sole if phrase_in(c, words)), None)
        if fact.subject in claim.entities:
            # "led by SoftBank and Oracle": a holder named, another listed in a co-holder's
            # place (``holders``)
            rival = rival_listed(fact, cue, ctx) if cue and not claim.negated else None
            if rival is not None:
                return Finding(Status.CONTRADICTED, f"the store records "
                               f"{_holders(fact, ctx)} as the ones who hold this role "
                               f"(\u201c{cue}\u201d), not {ctx.names(rival)[0]}: "
                               f"{fact.statement}", (fact,), rule="REL", strength=0.7)
            continue
        # "X, whose company ..., was named chairman": the clause's holder is the subject it
        # inherits, unless the sentence names the store's holder too
        inherited = (claim.subject,) if claim.subject and claim.subject not in claim.named \
            and not _said(claim.sentence, ctx.names(fact.subject)) else ()
        others = [e for e in (*claim.named, *inherited)
                  if e not in (fact.subject, fact.object, *fact.mentions)]
        if cue is None or not others or claim.negated or any(
                _title_of(claim.standalone, cue, ctx.names(e)) for e in claim.named
                if e != fact.object):
            continue  # "Oracle chairman Larry Ellison": another body's chairman
        if any(_role_of(claim.standalone, cue, ctx.names(e)) for e in claim.named
               if e != fact.object):
            continue  # "Larry Fink, chairman and chief executive of BlackRock": another body's
        if fact.object not in claim.entities and any(
                _titles(claim.standalone, cue, ctx.names(e)) for e in others):
            continue  # "Chairman and Chief Executive Larry Fink": a title of the speaker's
            # own, with the body it heads left unsaid, says nothing of the body just named
        holder = ctx.names(fact.subject)[0]
        return Finding(Status.CONTRADICTED,
                       f"the store records {holder} as the one who holds this role "
                       f"(\u201c{cue}\u201d): {fact.statement}", (fact,), rule="REL",
                       strength=0.7)
    return None


_LEADS = frozenset({"led", "lead", "lead investor", "leading investor", "led by"})
_SUM = r"[$€£][\d.,]+(?:\s*(?:billion|million|trillion|bn))?"
_ROUND_LED = re.compile(rf"(?P<size>{_SUM})\s+(?:[\w-]+\s+)?round\b(?:\s*,[^,]*,)?\s+"
                        rf"(?:(?:was|is|were)\s+)?(?:co-)?led\b|\b(?:co-)?led\s+(?:\S+\s+){{0,2}}?"
                        rf"(?P<led_size>{_SUM})\s+(?:[\w-]+\s+)?round\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def round_sizes(standalone: str) -> tuple[Quantity, ...]:
    """The sums a claim names a round by, beside its lead: read once per claim, not once
    per fact."""
    return tuple(q for m in _ROUND_LED.finditer(standalone)
                 for q in find_quantities(m.group("size") or m.group("led_size"))
                 if q.kind is Kind.MONEY)


def round_lead(fact: Fact, claim: Claim) -> tuple[str, ...]:
    """The lead cues of a relation that names one round's lead ("Thrive Capital led OpenAI's
    $6.6 billion funding round"), when the claim names that round by its size ("The $6.6
    billion round was led by SoftBank"): a round has the one lead the store records, though
    the company's other rounds have had others (so the fact is not ``sole``)."""
    # the size the round is named by, beside its lead ("the $6.6 billion round was led by",
    # "led OpenAI's $6.6 billion round"), may be in the standalone form only: it names the
    # round, and is no figure the claim asserts ("led by Sam Altman, ... pumped in $6.6
    # billion" names no round's lead)
    money = round_sizes(claim.standalone)
    leads = tuple(c for c in fact.cues if c in _LEADS) if money else ()
    if fact.kind != "relation" or not leads or "round" not in fact.statement.lower():
        return ()  # most claims name no round by its size: no fact is read
    sizes = [q for q in stated_figures(fact.statement) if q.kind is Kind.MONEY]
    return leads if any(compare(q, size, 0.0).outcome == "consistent"
                        for q in money for size in sizes) else ()


def _holders(fact: Fact, ctx: Context) -> str:
    """"SoftBank and OpenAI": the names of a role's holders, its subject first."""
    names = sorted((ctx.names(e)[0] for e in co_holders(fact, ctx)),
                   key=lambda name: name != ctx.names(fact.subject)[0])
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]


def _said(text: str, names: tuple[str, ...]) -> bool:
    """Is one of ``names`` in ``text`` as whole words?"""
    return any(whole_words(n).search(text) for n in names if n)


def _more_titles(words: int) -> str:
    """The titles that may follow another in a chain ("Chairman and CTO", "Chairman and
    Chief Executive"): "and" and up to ``words`` + 1 capitalised words, optional."""
    return rf"(?:\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,{words}}})?"


def _title_of(text: str, cue: str, names: tuple[str, ...]) -> bool:
    """Is ``cue`` a title the claim gives with one of ``names`` before it and its holder
    after it ("Oracle chairman Larry Ellison", "SoftBank's chief executive Masayoshi Son"),
    alone or in a chain of titles ("Oracle Chairman and CTO Larry Ellison")?"""
    alternatives = "|".join(re.escape(n) for n in names if n)
    return bool(alternatives) and runtime_pattern(
        rf"(?<!\w)(?:{alternatives})(?:['’]s)?\s+(?i:{re.escape(cue)})"
        rf"{_more_titles(2)}?\s+[A-Z]").search(text) is not None
    # a title before its holder's name, not a verb ("ESA leads the mission")


def _role_of(text: str, cue: str, names: tuple[str, ...]) -> bool:
    """Is ``cue`` a role the claim gives of one of ``names`` ("chairman and chief executive
    of BlackRock", "CEO at Oracle")?"""
    alternatives = "|".join(re.escape(n) for n in names if n)
    return bool(alternatives) and runtime_pattern(
        rf"(?i:{re.escape(cue)})(?:\s+(?:and|&)\s+[\w-]+(?:\s+[\w-]+){{0,2}})?"
        rf"\s+(?:of|at)\s+(?:the\s+)?(?:{alternatives})\b").search(text) is not None


def _titles(text: str, cue: str, names: tuple[str, ...]) -> bool:
    """Is ``cue`` a title right before one of ``names`` ("Chairman and Chief Executive
    Larry Fink", "chairman Masayoshi Son")?"""
    alternatives = "|".join(re.escape(n) for n in names if n)
    return bool(alternatives) and runtime_pattern(
        rf"(?i:{re.escape(cue)}){_more_titles(3)}\s+(?:{alternatives})\b").search(
        text) is not None
