"""NUM-stated: a figure that a fact's statement gives besides its value.

Why: a fact records one value, but its statement often says more: "NVIDIA's Data Center
revenue ... was $35.6 billion, up 16% from the previous quarter and 93% from a year
earlier"; "... running the benchmark on 64 GPUs where Hopper needed 256". A claim that
gives one of those figures, about the same parties and in the same words around it, is
confirmed by the statement. It is never refuted by one: a statement's other figures are
not a measure the claim can be held to.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..language.comparison import (
    LOOSE_BOUND,
    ROUNDING_GAP,
    compare,
    describe,
    finer_than_agrees,
    other_digits,
    rounded_from,
)
from ..language.expectations import expected_by_market
from ..model import Claim, Fact, Kind, Qualifier, Quantity, Status
from .base import Context, Finding, another_round
from .basis import basis_apart
from .change import STATEMENT_REACH, direction, is_change
from .deals import bought_whole, earlier_tranche
from .derived import stated_figures
from .directed import doer_unrecorded
from .figure_kinds import kinds_match
from .measure_nouns import another_measure_named, measure_told
from .money_sides import stated_sides_apart
from .owners import figure_owner, priced_elsewhere
from .periods import (
    in_period,
    latest,
    named_dates,
    own_value_of_another_year,
    period_years,
    quarters_named,
    years_fit,
)
from .plans import another_stage, another_tense, forecast_of_result
from .prior_values import periods_apart
from .quarters import not_its_quarter, year_beside_quarter
from .segments import line_told
from .side_figures import set_apart
from .speech import reports_speech, speakers
from .stems import stem
from .told import before_event_told

CODE = "NUM-stated"
WINDOW = 4  # words either side of a figure that say what it counts
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words too common to tie a figure to its meaning.
_PLAIN = frozenset("""a an the of in on at to for and or by with its his her their as is are
was were be been has have had it this that from into than about some roughly nearly around
over more less up down per each all which who what when where while after before also
thousand million billion trillion bn mn tn
""".split())  # (a scale, a neighbouring figure's: "billion" says nothing of what it counts)


def _around(text: str, q: Quantity) -> frozenset[str]:
    """Stems of the content words just before and after a figure, and of what it counts
    (not its scale: "billion" says nothing of what the billion is)."""
    if q.span is None:
        return frozenset()
    before = _WORD.findall(text[:q.span.start])[-WINDOW:]
    after = _WORD.findall(text[q.span.end:])[:WINDOW]
    counted = _WORD.findall(q.unit) if q.kind is Kind.COUNT else []  # "GPUs", "segments"
    return frozenset(stem(w) for w in (*before, *counted, *after) if w.lower() not in _PLAIN)


SAME = 0.005  # a statement's side figure confirms only the same figure, not a near one


# Strict bounds: "above $5 billion" does not say $5 billion; "at least $100 billion" may.
_SIDE = {Qualifier.OVER: "above", Qualifier.UNDER: "below"}


def same_figure(claim: Quantity, given: Quantity) -> bool:
    """The same figure, as written: "about $589 billion" for "roughly $589 billion", never
    $11.5 trillion for "about $11.6 trillion" (a near figure is not what was said), nor
    "only $5 billion" for "above $5 billion" (a bound is not a point), nor a range for
    another with the same bottom or for a point (a point may be a reported range's
    bottom: "a reported $400 million"). "Nearly $5 billion"
    is $4.986 billion, never a round $5 billion: it says the figure falls short of it."""
    if claim.qualifier is Qualifier.NEARLY and given.qualifier is Qualifier.EXACT and \
            given.value >= claim.value:
        return False
    if claim.high is not None and (given.high is None or abs(claim.high - given.high) >
                                   SAME * max(abs(given.high), 1e-9)):
        return False  # a range is its two ends: "$64-70 billion" is not "$64-72 billion"
    return (abs(claim.value - given.value) <= SAME * max(abs(given.value), 1e-9) or
            rounded_from(claim, given)) and \
        _SIDE.get(claim.qualifier) == _SIDE.get(given.qualifier) and \
        not other_digits(claim, given) and not (claim.kind is Kind.PERCENT and
                                                finer_than_agrees(claim, given))
    # ("$48.3 billion" is no $48.39 billion; "73.4%" no 73.6%, though "$118.58" may be $118.42)


# Qualifiers that bound a figure or fall short of it: each says an exact figure that meets
# it as news rounds ("nearly 10%" for 9.5%, "more than 9%" for 9.5%).
_BOUNDS = frozenset((Qualifier.NEARLY, Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.UNDER))


def bound_met(claim: Quantity, given: Quantity) -> bool:
    """Does a bound or a figure fallen short of ("nearly 10%", "more than 9%", "under $5
    billion") say a statement's exact figure, as news rounds it? 9.5% is "nearly 10%" and
    "more than 9%"; 9.5% is no "more than 5%" (true, but a writer who knew 9.5% would not
    say it: ``compare`` calls it loose), and no "about 9%" (a point, not a bound). A
    statement's round 32% is not "nearly 32%" (``same_figure``: it may be 32.3%)."""
    if claim.qualifier not in _BOUNDS or claim.high is not None or given.high is not None or \
            given.qualifier is not Qualifier.EXACT or \
            claim.qualifier is Qualifier.NEARLY and given.value >= claim.value:
        return False
    return compare(claim, given, 0.0).outcome == "consistent"


# A measure that is a proportion of something ("share of wafer revenue", "market share"):
# its word "share" says nothing of a company's shares, which stem alike.
_PROPORTION = re.compile(r"\bshare of\b|\bmarket share\b", re.IGNORECASE)
_SHARE = stem("share")


def _tied(words: frozenset[str], given: Quantity, fact: Fact) -> bool:
    """Do the claim's words around its figure say what the statement's words around the
    same figure say? The fact's own value needs no such words when the fact is between two
    parties the claim has at hand ("NVIDIA contributed about $100 million" in a story on
    OpenAI's round); otherwise a word of its measure or cues ("raised $18 billion in a
    Series B" is not the $18 billion pre-money valuation)."""
    if fact.value is not None and fact.value.kind is given.kind and same_figure(given, fact.value):
        if fact.object is not None:
            return True  # both parties at hand and the very figure between them
        meaning = {stem(w) for text in (fact.measure, *fact.cues) for w in _WORD.findall(text)}
        if _PROPORTION.search(fact.measure):
            meaning.discard(_SHARE)  # a 26% "share of wafer revenue" is no rise of shares
        return bool(words & meaning)
    return bool(words & _around(fact.statement, given))


OWNER_REACH = 30  # characters before a statement's figure that may name whose it is


def _owned_alike(owner: str | None, fact: Fact, given: Quantity, ctx: Context) -> bool:
    """A figure the claim gives as another party's ("Microsoft's $3.32 trillion") is
    checked only by a figure the statement gives as that party's ("ahead of Microsoft
    ($3.32 trillion)"), not by the fact's own value."""
    if owner is None or owner == fact.subject:
        return True
    if given.span is None:
        return False
    before = fact.statement[max(0, given.span.start - OWNER_REACH):given.span.start].lower()
    return any(n.lower() in before for n in ctx.names(owner))


# A statement's figure within this share of a claim's figure may be the same (``same_figure``
# allows SAME of the statement's figure, or ROUNDING_GAP for one the claim's rounds: under
# 1.6% of the claim's): twice that, to be sure.
_NEAR = 2 * max(SAME, ROUNDING_GAP)
_SIDE_VALUES: dict[tuple[int, ...], tuple[Sequence[Fact], list[float], list[int]] | None] = {}


def _side_values(facts: Sequence[Fact]) -> tuple[list[float], list[int]] | None:
    """The value of every figure (not a year or a date) the statements of ``facts`` give,
    sorted, each with the id of its fact; None when one is not a finite number. Made once
    per list of facts (the claims of an article ask about the same few, and most of their
    figures are in no statement: NUM-stated read every statement's figures for each)."""
    key = tuple(map(id, facts))
    if key not in _SIDE_VALUES:
        pairs = sorted((s.value, id(f)) for f in facts for s in stated_figures(f.statement)
                       if s.kind not in (Kind.YEAR, Kind.DATE))
        _SIDE_VALUES[key] = (facts, [v for v, _ in pairs], [i for _, i in pairs]) \
            if all(math.isfinite(v) for v, _ in pairs) else None
        if len(_SIDE_VALUES) > 256:
            del _SIDE_VALUES[next(iter(_SIDE_VALUES))]
    entry = _SIDE_VALUES[key]
    return None if entry is None else (entry[1], entry[2])


def _near_figure(q: Quantity, values: tuple[list[float], list[int]] | None) -> set[int] | None:
    """The ids of the facts whose statements give a figure near ``q`` (every fact that may
    give it by ``same_figure`` or ``bound_met``, and maybe a few more); None when any fact
    may."""
    if values is None or not math.isfinite(q.value):
        return None
    width = _NEAR * abs(q.value) + 1e-9
    low, high = q.value - width, q.value + width
    if q.qualifier in _BOUNDS:  # past this share a bound met is loose (``compare``)
        reach = abs(q.value) * LOOSE_BOUND + width
        low, high = q.value - reach, q.value + reach
    found, ids = values
    return set(ids[bisect_left(found, low):bisect_right(found, high)])


def _parties_fit(claim: Claim, fact: Fact, around: set[str]) -> bool:
    """The fact is about a name the claim gives (or one just named, when the claim's subject
    is someone the fact quotes), and its counterparty, if any, is named or just named
    (``around``: the claim's entities and context)."""
    # A person the fact quotes may tell it of a subject just named: "Musk has added that
    # it took just 19 days" after a sentence on Colossus.
    told = claim.subject in fact.mentions and fact.subject in around
    return (fact.subject in claim.entities or told) and (fact.object is None or
                                                         fact.object in around)


def _known_by(fact: Fact, article_date: dt.date | None) -> bool:
    """Was the fact public on the article's date, as far as its ``published`` date says? A
    statement the store learned later (the round a report of the talks could only expect)
    confirms nothing the article says. A fact without one is taken as known: its ``as_of``
    may be the day a long-known total was last reported."""
    return article_date is None or fact.published is None or fact.published <= article_date


def _newest_first(facts: list[Fact], day: dt.date | None) -> list[Fact]:
    """The facts in the store's order, but within a series (same subject, measure and
    object) those of the article's date or before it first and the newest of them first:
    two rounds of the same size ("has raised $6 billion in its latest round", in December)
    are told by the later one the article could know, when the claim names no time."""
    first: dict[tuple[str, str, str | None], int] = {}
    for i, fact in enumerate(facts):
        first.setdefault((fact.subject, fact.measure, fact.object), i)

    def moment(fact: Fact) -> dt.date:
        return fact.as_of or fact.date or dt.date.min

    def order(fact: Fact) -> tuple[int, bool, int]:
        known = day is None or moment(fact) <= day
        return (first[(fact.subject, fact.measure, fact.object)], not known,
                -moment(fact).toordinal())
    return sorted(facts, key=order)


ANOTHER_EVENT_DAYS = 31  # a later record of the same figure tells another event
# A claim that tells of an earlier one than the latest: "the original plan", "its first round".
_EARLIER = re.compile(r"\b(?:original|originally|initial|initially|first|earlier|previous|"
                      r"previously|prior|former)\b", re.IGNORECASE)


def _newest_giving(fact: Fact, given: Quantity, q: Quantity, claim: Claim, known: list[Fact]
                   ) -> tuple[Fact, Quantity]:
    """The newest of ``known`` (the facts of the claim's parties known on the article's date,
    when the claim names no time) whose statement gives the same figure of the same subject
    as ``fact`` does (``given``, for the claim's ``q``): "has raised $6 billion in new
    capital" in December is the round a December filing gives, not May's round of the same
    size; "would build three new fabs" in March 2025 is that month's plan of three more fabs,
    not the three of the year before. A record of the same month
    tells the same event again (a launch, then the figures of its first days): the first
    stays, with what else its statement gives."""
    def moment(f: Fact) -> dt.date:
        return f.as_of or f.date or dt.date.min

    best = (fact, given)
    words = _around(claim.standalone, q)
    if _EARLIER.search(claim.standalone):
        return best  # "the original $65 billion was to cover three fabs": an earlier one
    for other in known:
        if other.subject != fact.subject or \
                moment(other) <= moment(best[0]) + dt.timedelta(days=ANOTHER_EVENT_DAYS) or \
                another_measure_named(given, claim.standalone, other, claim.sentence):
            continue
        # and of the same kind, by the claim's words or the measure: "$6.6 billion of stock"
        # sold (a valuation's record) is no "$6.6 billion round"
        kin = bool(_measure_words(fact) & _measure_words(other))
        same = next((s for s in stated_figures(other.statement) if s.kind is given.kind and
                     kinds_match(q, s) and same_figure(q, s) and
                     (kin or _tied(words, s, other))), None)
        if same is not None:
            best = (other, same)
    return best


def _gives_level(claim: Claim, change: Quantity, fact: Fact) -> bool:
    """Does the fact's statement give a level the claim gives beside its ``change`` ("rose
    39% to NT$868.46 billion")? The change the statement gives of that level is then the
    claim's, though no word around the two figures is the same."""
    given = [s for s in stated_figures(fact.statement) if s.kind not in (Kind.YEAR, Kind.DATE)]
    return any(other is not change and not is_change(claim.standalone, other) and
               any(s.kind is other.kind and kinds_match(other, s) and same_figure(other, s)
                   for s in given) for other in claim.quantities)


def _measure_words(fact: Fact) -> frozenset[str]:
    """The stems of the content words of a fact's measure."""
    return frozenset(stem(w) for w in _WORD.findall(fact.measure) if w.lower() not in _PLAIN)


_QUARTERLY = re.compile(r"\bquarterly\b", re.IGNORECASE)  # a series told quarter by quarter


def _speaker_only(claim: Claim, fact: Fact, ctx: Context) -> bool:
    """Is the fact about someone the claim names only as the speaker of what it reports
    ("Elon Musk says xAI has acquired X ... at $44 billion"), with its own subject? A
    figure of the speaker's own acts (Musk's $44 billion Twitter purchase) is no figure of
    the report's, unless the fact records the speaker saying it."""
    if claim.subject is None or fact.subject == claim.subject or \
            fact.subject not in speakers(claim, ctx.names) or fact.object in claim.entities:
        return False
    return not reports_speech(fact, (fact.subject,), ctx.names)


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if not claim.quantities:
        return None
    values = _side_values(ctx.subject_facts)
    near = [_near_figure(q, values) for q in claim.quantities]
    if not any(n is None or n for n in near):
        return None  # most claims: no statement gives a figure near one of theirs
    # read once per claim, not once per fact
    around, years = set(claim.entities) | set(claim.context), period_years(claim)
    days = named_dates(claim, "day") if years else []
    months = named_dates(claim, "month") if years else []
    latest_only = ctx.article_date and not (claim.years or claim.dates or claim.fiscal_years
                                            or quarters_named(claim.standalone))
    # only a fact giving a figure near one of the claim's is compared (of a hundred and more)
    wanted = None if latest_only or None in near else {i for n in near if n for i in n}
    facts = [f for f in ctx.subject_facts if (wanted is None or id(f) in wanted) and
             _parties_fit(claim, f, around) and years_fit(f, years, days, months) and
             _known_by(f, ctx.article_date) and not another_round(claim.standalone, f) and
             not before_event_told(claim, f) and  # "the round" told in 2025: not 2023's
             not doer_unrecorded(claim, f, ctx.names) and  # another's act on its subject
             not _speaker_only(claim, f, ctx)]  # "Musk says xAI ...": not Musk's own deal
    if latest_only:
        # a claim that names no period speaks of the latest quarter on the article's date:
        # "rose 17% from the previous quarter" in March 2025 is the fourth quarter's change,
        # not the third's (without the date, which quarter is latest is not known)
        quarterly = [f for f in facts if _QUARTERLY.search(f.measure)]
        newest = latest([f for f in quarterly if in_period(f, (), ctx.article_date)])
        # by identity: the facts are the claim's own, and comparing records field by field
        # for every pair was a tenth of this rule's time on a long article
        older = {id(f) for f in quarterly} - {id(f) for f in newest}
        facts = _newest_first([f for f in facts if id(f) not in older], ctx.article_date)
        # and a change it tells is the latest of any series: "has doubled again" in March
        # 2025 is not the doubling an August 2024 value's statement gives, when a newer
        # value of the series was known (its statement says what came since)
        known = [f for f in facts if in_period(f, (), ctx.article_date)]
        passed = {id(f) for f in known} - {id(f) for f in latest(known)}
    else:
        passed, known = set(), []
    covered: dict[int, tuple[Fact, Quantity]] = {}
    # Names tie the figure to its parties, which are checked already, not to its meaning.
    names = frozenset(stem(w) for e in claim.entities for n in ctx.names(e)
                      for w in _WORD.findall(n))
    # A change of the measure the claim names ("total revenue rose 14%") is that measure's
    # change its statement gives ("up 14% from 2023"), whatever words stand around each.
    named = {c.fact.id for c in ctx.candidates}
    for index, q in enumerate(claim.quantities):
        given = near[index]
        if given is not None and not given or expected_by_market(claim.standalone, q):
            continue  # no statement gives a figure near this one (or the market's estimate)
        words = _around(claim.standalone, q) - names
        changed = is_change(claim.standalone, q)
        owner = figure_owner(q, ctx)
        for fact in facts:
            if given is not None and id(fact) not in given:
                continue  # its statement gives no figure near the claim's
            if changed and id(fact) in passed:
                continue
            # the figures first: most statements give none that is the claim's
            same = [s for s in stated_figures(fact.statement) if
                    s.kind not in (Kind.YEAR, Kind.DATE) and kinds_match(q, s) and
                    (same_figure(q, s) or bound_met(q, s)) and
                    not stated_sides_apart(claim.standalone, q, fact, s) and  # pre-/post-money
                    not periods_apart(claim.standalone, q, fact.statement, s)]  # a year before
            if not same or priced_elsewhere(fact, q, ctx) or \
                    another_measure_named(q, claim.standalone, fact, claim.sentence) or \
                    basis_apart(claim.standalone, q, fact) or \
                    earlier_tranche(fact, q, ctx) or not_its_quarter(fact, ctx) or \
                    own_value_of_another_year(fact, q, claim) or \
                    another_tense(fact, claim, ctx.article_date) or bought_whole(claim, fact) \
                    or another_stage(claim.standalone, q, fact) or \
                    forecast_of_result(claim.standalone, q, fact) or \
                    line_told(claim, q, fact, ctx.subject_facts) is not None:
                continue  # "AI revenue to exceed $10 billion": not the $10 billion investment;
                # "an additional $4 billion": not the first deal's; nor another quarter's
            # ... and of the same business line: a segment's "up 69%" is not another's; a
            # change the other way is no match either: "up 11%" for a statement's "down 11%"
            leveled = changed and _gives_level(claim, q, fact)
            # (a change told is the statement's change, never its level: "jumped 98%")
            match = next((s for s in same if (changed and (_tied(words, s, fact) and (
                measure_told(fact, claim, periods=False)) or fact.id in named or leveled)
                                               and is_change(fact.statement, s, STATEMENT_REACH)
                                              or not changed and _tied(words, s, fact))
                          and _owned_alike(owner, fact, s, ctx) and
                          set_apart(claim, index, fact.statement, s, ctx.names, fact) is None and
                          not (changed and direction(claim.standalone, q) != direction(
                              fact.statement, s, STATEMENT_REACH))), None)
            if match is not None:
                covered[index] = _newest_giving(fact, match, q, claim, known)
                break
    matched = [fact for fact, _ in covered.values()]
    covered = {i: v for i, v in covered.items() if not year_beside_quarter(v[0], matched)}
    if not covered:
        return None
    parts = [f"article: {describe(claim.quantities[i])}; store: {describe(s)} as its statement "
             f"gives it ({fact.measure}); consistent" for i, (fact, s) in covered.items()]
    return Finding(Status.SUPPORTED, "; ".join(parts),
                   tuple(dict.fromkeys(fact for fact, _ in covered.values())), rule=CODE,
                   strength=0.7, covered_quantities=frozenset(covered),
                   covered_years=frozenset(range(len(claim.years))))
