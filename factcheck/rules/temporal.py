"""TMP: years against recorded events.

Why: "In 2016, he co-founded OpenAI" is wrong by its year alone. A year is compared only with
events whose cue the claim uses, to the precision the claim gives (a month, a quarter). Things
presented as future that already happened are ``outdated.py``'s; whether a date agrees with
the event's, at the precision of each, is ``event_dates.py``'s; where the event's parties
stand beside its cue and year, ``event_parties.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.comparison import compare
from ..language.lexicon import lazy, runtime_pattern
from ..model import Claim, Fact, Kind, Qualifier, Status
from .base import Context, Finding, another_instance, on_date
from .cues import acts_unnamed
from .event_dates import (
    TO_COME,
    agrees,
    another_quarter,
    dated_by,
    deal_stages,
    expected_by,
    modifies_noun,
    names_only_its_thing,
    one_acquisition,
    same_date,
    stage_of,
    stage_told,
    stated_dates,
    still_to_come,
)
from .event_parties import (
    RELATIVE_PRONOUNS,
    another_thing_s_act,
    before_its_relative,
    coordinate,
    listed_with_another,
    other_party_between,
    party_beside,
    pinned_events,
    unknown_thing_acted_on,
)
from .figure_kinds import kinds_match
from .matching import Candidate
from .measure_kinds import moves_daily, one_day_move
from .ongoing import another_time_told
from .stems import phrase_in, stems

CODE = "TMP"


# Verbs of showing a product only ("introduced" and "launched" also name its release).
_SHOWING = frozenset(stems("announced announces announce announcing unveiled unveils unveil "
                           "unveiling revealed reveals reveal presented presents showed shows "
                           "shown teased previewed"))
_RELEASE = lazy(r"\b(?:launch|release|ship|availab|deliver|sale)", re.IGNORECASE)
_SHOWN_MEASURE = lazy(r"\b(?:announc|unveil|reveal|introduc|present|show)",
                      re.IGNORECASE)
SHOWN_AHEAD_YEARS = 2  # a product is shown at most this long before it ships


def _shown_before(candidate: Candidate, year: int, claim: Claim) -> bool:
    """Does the claim date a showing ("unveiled", "announced") before the release the fact
    records ("launch of the MI300X", 6 December 2023), and whose statement does not tell of
    a showing? Products are shown months or a year ahead, so an earlier year may be true; a
    showing after the release cannot be."""
    fact = candidate.fact
    words = stems(claim.standalone)
    said = {words[p] for p in candidate.positions if p < len(words)}
    return bool(said) and said <= _SHOWING and fact.date is not None and \
        bool(_RELEASE.search(fact.measure)) and \
        not _SHOWN_MEASURE.search(f"{fact.measure} {fact.statement}") and \
        fact.date.year - SHOWN_AHEAD_YEARS <= year <= fact.date.year


# A relative clause on a common noun just before the year: "a footprint that got its start".
_RELATIVE_ON = lazy(r"\b(?P<noun>[a-z][\w-]*)\s*,?\s+(?:that|which)\s+(?P<clause>[^,;]*)$")
# Nouns a report uses for the organisation itself ("the chipmaker that was founded in 1987").
_ITSELF = frozenset("company firm chipmaker startup start-up maker group business giant "
                    "manufacturer foundry lab laboratory venture fund partnership consortium "
                    "organisation organization".split())


def _of_another_thing(candidate: Candidate, year: int, claim: Claim) -> bool:
    """Does the event's cue stand in a relative clause on another thing than the fact's
    subject, right before the year ("a U.S. footprint that got its start in 2020")? The
    year then dates that thing's event, not the subject's founding."""
    text = claim.standalone
    at = text.find(str(year))
    if at < 0:  # a year read from a weekday or a month alone: the cue's own clause decides
        at = len(text) if not candidate.positions else next(
            (m.end() for m in re.finditer(r"[^,;]+", text)
             if len(stems(text[:m.end()])) > min(candidate.positions)), len(text))
    found = _RELATIVE_ON.search(text[:at]) if at > 0 else None
    if found is None or found.group("noun").lower() in _ITSELF:
        return False
    words = stems(text)
    cues = {words[p] for p in candidate.positions if p < len(words)}
    return bool(cues & set(stems(found.group("clause"))))


_SINCE = stems("since")[0]


# A title says what a person is ("xAI's founder, speaking in 2024"): when it is the claim's
# only word for the founding, the year beside it dates something else; it can confirm the
# founding, never refute it.
_FOUNDER = lazy(r"(?i)\b(?:co-?)?founders?\b")
_FOUNDING = lazy(r"(?i)\b(?:co-?)?found(?:ed|ing)\b|\bestablish|\bset up\b|\bcreat")


_LAUNCH = lazy(r"(?i)\blaunch")


def _launched_then(fact: Fact, year: int, claim: Claim, ctx: Context) -> bool:
    """Is the event the founding of an organisation whose public launch the store records at
    the claim's date? Reports date a company's start by its incorporation or by its launch
    ("founded in July 2023" for a firm incorporated in March and launched in July): the
    launch confirms no founding, but a founding told by its date is not refuted."""
    founded = fact.object or fact.subject
    return bool(_FOUNDING.search(fact.measure)) and any(
        f.kind == "event" and f.subject == founded and f.object is None and
        _LAUNCH.search(f.measure) is not None and agrees(f, year, claim)
        for f in ctx.subject_facts)


def _picked_by_figure(tier: list[Fact], claim: Claim) -> list[Fact]:
    """Among nearest events of several dates, those whose recorded value a figure of the
    claim gives: "its $10 billion commitment in 2024" means the $10 billion deal, not the
    $1 billion one made by the same parties years before. Only a claim of one figure and
    one year says which figure the year dates."""
    if len({f.date for f in tier}) < 2 or len(claim.quantities) != 1 or \
            len(set(claim.years)) != 1 or _apart(claim):
        return tier
    picked = [f for f in tier if f.value is not None and any(
        kinds_match(q, f.value) and compare(q, f.value, f.tolerance).outcome == "consistent"
        for q in claim.quantities)]
    return picked or tier


_RELATIVE_WORD = lazy(rf"\b(?:{'|'.join(RELATIVE_PRONOUNS)})\b", re.IGNORECASE)


def _apart(claim: Claim) -> bool:
    """Does a relative clause stand between the claim's figure and its date ("investing $10
    billion in OpenAI, whose ChatGPT ... since its introduction in November")? The date is
    then the relative clause's, not the figure's."""
    text, figure = claim.standalone, claim.quantities[0].text
    at = text.find(figure) if figure else -1
    if at < 0:
        return False
    return _RELATIVE_WORD.search(text, at + len(figure)) is not None


# What dates the start of a state rather than an event: "served as president, starting in
# 2014", "beginning in March 2024".
_BEGAN = re.compile(r"\b(?:starting|beginning|effective)\s+(?:in|from|on)?\s*(?:(?:early|late|"
                    r"mid|the end of|the start of|[A-Z][a-z]+)\s+)?$")


def _state_began(text: str, year: int) -> bool:
    """Is every mention of ``year`` in ``text`` the start of a state ("starting in 2014")?"""
    found = [m.start() for m in runtime_pattern(rf"\b{year}\b").finditer(text)]
    return bool(found) and all(_BEGAN.search(text[:at]) for at in found)


def _year_positions(claim: Claim, year: int) -> list[int]:
    words = stems(claim.standalone)
    return [i for i, w in enumerate(words) if w == str(year)]


def another_amount(fact: Fact, claim: Claim) -> bool:
    """Does the claim give the event an amount unlike the stored one? Then it tells of
    another event of the same kind, whose date the store does not hold."""
    value = fact.value
    if value is None:
        return False
    amounts = [q for q in claim.quantities if q.kind is value.kind and
               q.kind not in (Kind.YEAR, Kind.DATE)]
    return bool(amounts) and all(
        compare(q, value, fact.tolerance).outcome == "inconsistent" for q in amounts)


def earlier_bid(fact: Fact, year: int, ctx: Context) -> bool:
    """Does the claim date a stage of an acquisition before the deal's first recorded stage,
    with sums all unlike its price ("In June 2024, Core Scientific rejected a CoreWeave
    offer valuing it at about $1 billion", the $9 billion deal announced in July 2025)? It
    tells of an earlier bid between the same parties, which the store does not hold."""
    stages = deal_stages(fact, ctx.subject_facts)
    first = min((f.date for f in stages if f.date), default=None)
    prices = [f.value for f in stages if f.value is not None and f.value.kind is Kind.MONEY]
    sums = [q for q in ctx.claim.quantities if q.kind is Kind.MONEY]
    return first is not None and year < first.year and bool(prices) and bool(sums) and all(
        compare(q, price, fact.tolerance).outcome == "inconsistent"
        for q in sums for price in prices)


def _valued_then(event: Fact, year: int, ctx: Context, stage: str | None) -> bool:
    """Does a figure of the claim give a value the store records for the event's parties at
    the claim's date, in another record ("unveiled its $40 billion plan in December 2022",
    the event the 2020 announcement of the plant, the $40 billion recorded in December
    2022)? The date then belongs to that record, not to the event. A record of another
    stage of a deal than the one the claim tells (``stage``) dates nothing of it: "the $6.9
    billion purchase closed in 2019" gives the close a year, though the sum was agreed then."""
    claim = ctx.claim
    amounts = [q for q in claim.quantities if q.kind not in (Kind.YEAR, Kind.DATE)]
    parties = {event.subject, event.object} - {None}
    for fact in ctx.subject_facts:
        moment = fact.as_of or fact.date
        if fact.id == event.id or fact.value is None or fact.subject not in parties or \
                moment is None or moment.year != year or not same_date(claim.dates, moment):
            continue
        if stage and stage_of(fact) not in (None, stage):
            continue
        if any(kinds_match(q, fact.value) and
               compare(q, fact.value, fact.tolerance).outcome == "consistent" for q in amounts):
            return True
    return False


def _changes_hands(fact: Fact) -> bool:
    """Is the fact a level or a rank of a value that moves daily, which may be reached or
    lost again on another day (the most valuable company, a market value crossed)? A
    one-day change ("one-day share price fall (27 January 2025)") happened once, on its
    day."""
    return moves_daily(fact) and not one_day_move(fact)


def _same_move(fact: Fact, claim: Claim) -> bool:
    """Does the claim give the stored one-day move's own size ("plunged 16.97%" for a fall of
    about 17%), taken as stated ("over $103 billion" is no $279 billion loss)?"""
    value = fact.value
    return value is not None and any(
        kinds_match(q, value) and compare(replace(q, qualifier=Qualifier.EXACT), value,
                                          fact.tolerance).outcome == "consistent"
        for q in claim.quantities)


_QUOTED = lazy(r"[\"“][^\"“”]*[\"”]")


def _said_of(candidate: Candidate, year: int, claim: Claim) -> bool:
    """Is the event told only inside a quotation, and the year outside it? The year then
    dates the saying ("..., Huang told analysts in May"), not the event the words tell of."""
    if not claim.quotes:
        return False
    quoted = " ".join(m.group(0) for m in _QUOTED.finditer(claim.standalone))
    if str(year) in quoted:
        return False
    return not phrase_in(candidate.cue, stems(_QUOTED.sub(" ", claim.standalone)))


# Words between a time and the name a record is known by, within which the time dates the
# record though the claim tells its act in words of its own ("made its debut at GTC
# developer conference in 2021").
_NAME_REACH = 4


# A description set off by commas right after the clause's opening name: "Mira Murati,
# OpenAI's chief technology officer and briefly its interim chief executive in November 2023,
# announced ...".
_APPOSITION = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3},(?P<app>\s+[^,\d]"
                         r"[^,]{2,160}),\s+[a-z]")


def _in_apposition(text: str, year: int) -> bool:
    """Is every mention of the year inside a description of the opening name, with the
    clause's verb after it?"""
    m = _APPOSITION.match(text)
    return m is not None and str(year) in m.group("app") and \
        str(year) not in text[:m.start("app")] + text[m.end("app"):]


def _coordinated(text: str, year: int, other: int) -> bool:
    """Are the two years written side by side as one act's ("in 2019 and 2021")?"""
    return re.search(rf"\b(?:{year}|{other})\s*(?:,\s*)?(?:and|or|,)\s*(?:in\s+)?"
                     rf"(?:{year}|{other})\b", text) is not None


def years(ctx: Context) -> Finding | None:
    """Compare each year of the claim with the event whose cue stands nearest to it.

    Among equally near events (an acquisition announced in 2019 and completed in 2020), a
    year that agrees with any of them is consistent: the claim may mean either.
    """
    claim = ctx.claim
    if not claim.years:
        return None
    events = [c for c in ctx.candidates if c.fact.kind == "event" and c.fact.date and
              not still_to_come(claim, c.fact, ctx.article_date)]
    stage = stage_told(claim.standalone)
    if stage:
        # "the announcement of the acquisition of Xilinx in 2022": the announcing, not the
        # completion of the same deal that year
        events = [c for c in events if stage_of(c.fact) in (None, stage)]
    if not events:
        return None
    expected = TO_COME.search(claim.standalone) is not None and ctx.article_date is not None
    covered: set[int] = set()
    agreed: list[Fact] = []
    words = stems(claim.standalone)
    for index, year in enumerate(dict.fromkeys(claim.years)):
        spots = _year_positions(claim, year)
        if spots and all(s > 0 and words[s - 1] == _SINCE for s in spots) or \
                _state_began(claim.standalone, year):
            continue  # "planned since 2022", "served as its president, starting in 2014":
            # when a state began, no event's year
        if year in claim.fiscal_years:
            continue  # "the second quarter of fiscal 2025": a company's period, no event's year

        def distance(c: Candidate, spots: list[int] = spots) -> int:
            # A year usually follows its verb ("founded OpenAI in 2015"); a cue after the
            # year counts as further away, unless the year leads the sentence ("In 2015, ...").
            return min((s - p if p <= s else (p - s) + (0 if s <= 2 else 3)
                        for p in c.positions for s in spots), default=99)

        tier_key = min((distance(c), -c.hits) for c in events)
        tier = [c.fact for c in events if (distance(c), -c.hits) == tier_key]
        agreeing = [f for f in tier if agrees(f, year, claim)] or [
            c.fact for c in events if agrees(c.fact, year, claim)]
        # "a $10 billion investment in 2019" is not the $1 billion one of that year
        agreeing = [f for f in agreeing if not another_amount(f, claim)]
        if agreeing:
            if all(another_quarter(f, year, claim) for f in agreeing) or \
                    expected_by(claim, year):
                continue  # "expected to close by the third quarter of 2024", closed 1 October
            covered.add(index)
            agreed.append(agreeing[0])
            continue
        if expected:
            continue  # an expectation that was missed was still an expectation
        # Facts of one date are one event told from two sides ("Hopper was announced",
        # "NVIDIA unveiled Hopper").
        tier = _picked_by_figure(tier, claim)
        # "presented Orbitron ..., two years after the Nimbus generation": the event whose
        # party stands beside the verb, when the tier holds events of several dates
        near = [c.fact for c in events if c.fact in tier and party_beside(c, ctx)]
        tier = near if len({f.date for f in tier}) > 1 and len({f.date for f in near}) == 1 \
            else tier
        measures = {f.date for f in tier}
        pinned = pinned_events(events, tier, ctx, year, spots)
        subjects = {claim.subject, *claim.acts_for} - {None}
        # a year written out, not one read from a weekday ("discussed the acquisition Friday")
        deal = one_acquisition(tier) and str(year) in claim.standalone
        if len(measures) != 1 and not deal or not pinned or not subjects & {
                tier[0].subject, tier[0].object}:
            continue  # unclear which event the year belongs to: leave it unchecked
        parties = {tier[0].subject, tier[0].object}
        own = [c for c in events if {c.fact.subject, c.fact.object} == parties]
        if before_its_relative(spots, [p for c in own for p in c.positions], words) and any(
                agrees(c.fact, other, claim) for c in own for other in claim.years
                if other != year):
            continue  # "establishing the lab in 2010, which was acquired in 2014": the event
            # and its own year are told in the relative clause; this year is another act's
        if any(agrees(f, other, claim) and not _coordinated(claim.standalone, year, other)
               for f in tier for other in claim.years if other != year):
            continue  # "left in 2018 and has since sued the ChatGPT maker twice this year":
            # the event's own year is told; another year is another act's (but "acquired
            # Globex in 2019 and 2021" gives one act two years: the wrong one is flagged)
        if another_instance(coordinate(claim.standalone, year), tier[0]):
            continue  # "released a third generation last month": not the recorded launch
        if tier[0].date is not None and another_time_told(claim.standalone, year,
                                                          tier[0].date.year):
            continue  # "had previously exited Nvidia in 2019": an earlier sale than the one
        if _changes_hands(tier[0]) or moves_daily(tier[0]) and not _same_move(tier[0], claim):
            continue  # "surpassed Microsoft's valuation in January": ranks change hands; a
            # day's move of another size ("adding over $103 billion on Tuesday") is another day's
        if _in_apposition(claim.standalone, year):
            continue  # "Mira Murati, ... its interim chief executive in November 2023,
            # announced ...": the year of what describes the subject, not of the act told
        if _FOUNDER.search(claim.standalone) and not _FOUNDING.search(claim.standalone):
            continue  # "xAI's founder, speaking at an event in 2024": another event's year
        if _of_another_thing(pinned[0], year, claim):
            continue  # "a U.S. footprint that got its start in 2020": the footprint's start
        if _shown_before(pinned[0], year, claim):
            continue  # "unveiled the MI300X in June 2023": months before its recorded launch
        if other_party_between(pinned[0], spots, claim, ctx.names(pinned[0].fact.subject)):
            continue  # "since it bought Barclays Global Investors in 2009": another deal
        if listed_with_another(pinned[0], ctx):
            continue  # "from investors including Google and Salesforce": a round, not Google's
        if another_thing_s_act(pinned[0], ctx) or unknown_thing_acted_on(pinned[0], ctx):
            continue  # "helped by the Gemini 3 model launched last November": Gemini 3's;
            # "to launch the start-up Ineffable Intelligence": a thing the store lacks
        if another_amount(tier[0], claim) and not deal:
            continue  # "Google in February invested $400 million": not the $2 billion deal
        if deal and earlier_bid(tier[0], year, ctx):
            continue  # "In June 2024 ... rejected an offer of about $1 billion": an earlier bid
        if _valued_then(tier[0], year, ctx, stage):
            continue  # "unveiled its $40 billion plan in 2022": the 2022 raise, recorded
            # apart from the plant's first announcement
        if modifies_noun(claim.standalone, year):
            continue  # "closed its 2020 purchase of Xilinx": the purchase's year, not the close
        if dated_by(tier[0], year):
            continue  # "began shipping in 2024" against "was shipping by early 2025"
        if names_only_its_thing(pinned[0].fact, claim):
            continue  # "told OpenAI's board in 2023": another act on the departure's thing
        if acts_unnamed(pinned[0].fact, words) and distance(pinned[0]) > _NAME_REACH:
            continue  # "shares fell Wednesday after a beat in Azure growth": the record's
            # name, no act of it, and away from the time ("debuted at GTC in 2021" is close)
        if _said_of(pinned[0], year, claim):
            continue  # '"We unveiled it at GTC," Huang told analysts in May': the words' month
        if any(f.kind == "event" and {f.subject, f.object} == parties and
               agrees(f, year, claim) and (not stage or stage_of(f) in (None, stage))
               for f in (c.fact for c in ctx.candidates)):
            # The same parties did something the claim may also mean that year (a second
            # investment); an event the claim has no word for (a launch, for "founded"),
            # or another stage of the deal than the one it names, is not one it can mean.
            continue
        if _launched_then(tier[0], year, claim, ctx):
            continue  # "xAI, founded in July 2023": a company dated by its public launch
        fact = min(tier, key=lambda f: (abs(f.date.year - year), f.id))  # type: ignore[union-attr]
        return Finding(Status.CONTRADICTED,
                       f"article: {stated_dates(claim)}; store: {fact.measure} {on_date(fact)}; "
                       "the date differs",
                       tuple(dict.fromkeys([fact, *tier]))[:3], rule=CODE, strength=0.9,
                       covered_years=frozenset(range(len(claim.years))))
    if not agreed:
        return None
    explanation = "; ".join(f"article: {stated_dates(claim)}; store: {f.measure} {on_date(f)}; "
                            "consistent" for f in dict.fromkeys(agreed))
    all_years = list(dict.fromkeys(claim.years))
    return Finding(Status.SUPPORTED, explanation, tuple(dict.fromkeys(agreed)), rule=CODE,
                   strength=0.9, covered_years=frozenset(
                       i for i, y in enumerate(claim.years) if all_years.index(y) in covered))
