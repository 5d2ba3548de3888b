"""NUM: compare the claim's figures with the recorded figure of the same subject and measure.

Why: most checkable errors in articles are numbers. A figure is compared only with facts of
the same subject whose cue the claim uses, of the same kind (money with money, percent with
percent), for the period the claim names or, when it names none, the latest value known on
the article's date. A figure that misses its own measure but matches another measure of the
same subject is "imprecise: measure mislabelled", not a contradiction; a differing figure
that may be true of something else (``guards``) leaves the claim unverified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..language.comparison import Comparison, compare, describe, finer_than_agrees
from ..language.expectations import expected_by_market, told_as_forecast
from ..language.lexicon import lazy
from ..language.sizes import sized_elsewhere
from ..language.units import convert
from ..model import Claim, Fact, Kind, Quantity, Status
from .acted_on import acted_on
from .base import Context, Finding, when
from .bases import changes_checked
from .basis import basis_apart, other_basis
from .beside import beside, named_before, names_apart
from .change import amount_of_change, is_change, is_earlier, may_be_rate, same_series, step
from .deals import bought_whole, earlier_tranche, party_named
from .figure_kinds import kinds_match
from .guards import (
    another_period,
    cannot_contradict,
    earlier_total,
    names_quarter,
    part_of_statement,
    quarter_of,
)
from .matching import Candidate, party_with_figure
from .measure_kinds import measures_change, planned
from .measure_nouns import another_measure_named, holding_apart, measure_told
from .money_sides import sides_apart
from .owners import another_party_s, figure_party, owned_by_another
from .periods import a_year_before, known_from, named_dates
from .pinning import counted_by_cue, figure_of, pins_measure, plain, sole_of_dimension
from .plans import another_stage, another_tense, forecast_of_result
from .pool import pool
from .prior_values import prior_value
from .quarters import not_its_quarter, of_quarter_named, part_of_year
from .rate_facts import rate_fact
from .rival_figures import held_apart, rivalled
from .segments import line_told
from .shares import shares_checked
from .staleness import of_another_day, older_than_cadence
from .stems import stems
from .told import of_event_told

CODE = "NUM"
_ORDER = {"consistent": 0, "loose": 1, "near": 1, "unknown": 2, "inconsistent": 3}
_VERDICT = {"consistent": "consistent", "near": "close but outside the tolerance",
            "loose": "true as a bound, but far from the recorded figure",
            "inconsistent": "inconsistent"}


def best_fact(q: Quantity, facts: list[Fact], when: Sequence[dt.date] = (),
          today: dt.date | None = None) -> tuple[Comparison, Fact] | None:
    """The fact the figure agrees with best; among equals, the one dated nearest a date the
    claim names (``when``: "raised $6 billion in December" is the December round, not May's
    of the same size), then the newest known by the article's date (``today``: "as much as
    $72 billion in 2025" in July is July's outlook, not January's, whose range it also
    meets), then the first by id."""
    results = []
    for f in facts:
        if f.value is None:
            continue
        # "930,000 miles" against "1.5 million km": one dimension, compared after conversion
        stated = q if kinds_match(q, f.value) else convert(q, f.value)
        if stated is not None and kinds_match(stated, f.value):
            results.append((compare(stated, f.value, f.tolerance), f))
        elif (agrees := counted_by_cue(q, f)) is not None:  # a cue's noun: only confirms
            results.append((agrees, f))
    if not results:
        return None
    def apart(fact: Fact) -> int:
        known = fact.as_of or fact.date
        return min((abs((known - d).days) for d in when), default=0) if known else 0

    def newest(fact: Fact) -> tuple[bool, int]:
        known = known_from(fact)
        later = bool(today and known and known > today)
        return later, -known.toordinal() if known and today else 0

    return min(results, key=lambda r: (_ORDER[r[0].outcome], r[0].gap, apart(r[1]),
                                       newest(r[1]), r[1].id))


_FROM = lazy(r"(?i)\bfrom\s+(?:(?:about|around|roughly|some|nearly|just|over|under)\s+)?$")
def _top(candidates: tuple[Candidate, ...], ctx: Context) -> list[Candidate]:
    """The most specific candidates with a value. When the claim names a day and no fact
    of that tier holds on it, a less specific cue whose fact does: "On Jan. 27 it lost $589
    billion of market value" is that day's loss, not a market value of another day. (A
    year is too loose for this: "has invested $13 billion since 2019" is no 2019 figure.)"""
    valued = [c for c in candidates if c.fact.value is not None]
    # a sum is held to sums, a count to counts: "$80 billion to build data centres" is no
    # count of data centres, however well the cue fits (a rate may be computed from sums)
    kinds = {q.kind for q in ctx.claim.quantities}
    if Kind.PERCENT not in kinds:
        valued = [c for c in valued if c.fact.value.kind in kinds] or valued  # type: ignore[union-attr]
    tiers = sorted({(c.specificity, c.coverage) for c in valued}, reverse=True)
    by_day = any(q.unit == "day" for q in ctx.claim.dates)
    for tier in tiers if by_day else tiers[:1]:
        chosen = [c for c in valued if (c.specificity, c.coverage) == tier]
        if not by_day or pool([c.fact for c in chosen], ctx):
            return chosen
    return []


def _named_less(other: Fact, fact: Fact, ctx: Context) -> bool:
    """Does the claim name most of ``fact``'s measure words (three in five) and few of
    ``other``'s (under one in three)? Then ``other`` is no reading its words allow."""
    coverage = {c.fact.id: c.coverage for c in ctx.candidates}
    return coverage.get(fact.id, 0.0) >= 0.6 and coverage.get(other.id, 0.0) < 0.3


def _older_match(q: Quantity, current: Fact, ctx: Context) -> Fact | None:
    """An earlier value of the same series that the stated figure matches."""
    moment = current.as_of or current.date
    series = [f for f in ctx.subject_facts if same_series(f, current) and f.value and
              (f.as_of or f.date) and moment and (f.as_of or f.date) < moment]  # type: ignore[operator]
    found = best_fact(q, series)
    return found[1] if found and found[0].outcome == "consistent" else None


def _on_its_day(fact: Fact, claim: Claim) -> bool:
    """Does the claim name the very day of a one-time event the store records ("On Jan. 27,
    Nvidia lost $489 billion of market value")? The day says which event its figure is, as
    a cue of two words would; a month or a year does not."""
    return fact.kind == "event" and fact.date is not None and any(
        q.unit == "day" and abs(dt.date.fromordinal(int(q.value)) - fact.date).days <= 1
        for q in claim.dates)


def _said_in_sentence(fact: Fact, other: Fact, claim: Claim) -> bool:
    """Does the claim's sentence give the words that set ``other``'s measure apart from
    ``fact``'s ("a global leader in infrastructure investment, boasting $170 billion in
    assets under management" is the infrastructure assets, said a clause earlier)?"""
    extra = set(stems(other.measure)) - set(stems(fact.measure))
    return bool(extra) and extra <= set(stems(claim.sentence))


def _told_apart(q: Quantity, fact: Fact, ctx: Context) -> bool:
    """Is the figure told of what the fact's value is not: on another accounting basis, on
    the other side of a round, as a holding ("a 27% stake") of a measure that is none, or of
    a business line the store keeps apart from the fact's whole ("posted gaming revenue of
    $30 billion")?"""
    text = ctx.claim.standalone
    return basis_apart(text, q, fact) or sides_apart(text, q, fact) or \
        holding_apart(q, text, fact) or \
        line_told(ctx.claim, q, fact, ctx.subject_facts) is not None


def _line(q: Quantity, fact: Fact) -> str:
    """The comparison an explanation shows: "article: $39.3B; store: $39.3B as of ..."."""
    return (f"article: {describe(q)}; store: {describe(fact.value)} "  # type: ignore[arg-type]
            f"{when(fact)} ({fact.measure})")


def check(ctx: Context) -> Finding | None:
    claim = ctx.claim
    if not claim.quantities or claim.subject is None or not ctx.candidates:
        return None  # (asked first: no candidate, no value, whoever the figures are of)
    # Numbers are compared only with facts about the claim's own subject, or about the party
    # a figure is given as a part of ("erased $489 billion of Nvidia's market value").
    owners = {figure_party(q, ctx) for q in claim.quantities} - {None}
    own = tuple(c for c in ctx.candidates if c.fact.subject in claim.subjects or
                c.fact.subject in owners or party_with_figure(claim, c.fact))
    # A plan is held to the store's plan ("now plans to expand the machine to 300,000
    # GPUs" against the planned 200,000, not the 100,000 installed), and so is a figure told
    # as a forecast ("lifted its outlook for capital spending to $72 billion": not a
    # quarter's spending, whose measure shares more of the claim's words)
    plans = tuple(c for c in own if planned(c.fact)) if claim.future_marker or any(
        told_as_forecast(claim.standalone, q) for q in claim.quantities) else ()
    top = _top(plans or own, ctx)
    names = frozenset(w for e in claim.entities for n in ctx.names(e) for w in stems(n))
    if names_quarter(claim):
        # "data center revenue Q4": the quarter's value of the series the claim names
        quarterly = [c for c in own if any(quarter_of(t.fact, c.fact) and
                                           pins_measure(t, claim, names) for t in top)]
        top = quarterly or top
        # "the first quarter of fiscal 2026": a half year's record is no quarter's
        top = [c for c in top if not part_of_year(c.fact)] or \
            [c for c in own if not part_of_year(c.fact)] or top
    primary = pool([c.fact for c in top], ctx)
    if not primary:
        return None
    pinned = {c.fact.id for c in top
              if pins_measure(c, claim, names) or _on_its_day(c.fact, claim)}
    secondary = pool([c.fact for c in ctx.candidates if c.fact.subject in claim.subjects], ctx)
    primary_ids = {f.id for f in primary}
    measures = {(f.subject, f.measure) for f in primary}
    # Other measures of the same subject, for telling a mislabelled figure from a wrong one.
    others = pool([f for f in ctx.subject_facts if f.subject in claim.subjects and
                    (f.subject, f.measure) not in measures], ctx)
    worst = "consistent"
    parts: list[str] = []
    used: list[Fact] = []
    covered: set[int] = set()
    mislabelled = stale = unsure = False
    matched: list[Fact] = []  # facts the figures agree with: a change between two is checked
    named_days = named_dates(claim)
    for index, q in enumerate(claim.quantities):
        if sized_elsewhere(q, claim) or expected_by_market(claim.standalone, q):
            continue  # a fund's size ("joined a $30 billion fund"), a consensus: no result
        changed = amount_of_change(claim.standalone, q)
        stepped = step(q, changed, primary, ctx) if changed else None
        if stepped:
            # "raised its forecast by $10 billion": the step between two values, no level
            _, new, old = stepped
            covered.add(index)
            used += [new, old]
            parts.append(f"article: by {describe(q)}; store: {describe(old.value)} "  # type: ignore[arg-type]
                         f"-> {describe(new.value)} ({new.measure}); consistent")  # type: ignore[arg-type]
            continue
        # "an additional $4 billion": not the earlier deal of the same figure; "Microsoft's
        # $3.32 trillion": not the subject's figure
        # ... nor a value on another accounting basis ("adjusted net income" is no GAAP's)
        # ... nor a forecast for a result ("revenue was $54 billion" is no outlook's)
        later = of_quarter_named([f for f in primary if not earlier_tranche(f, q, ctx) and
                                  not another_party_s(f, q, ctx) and not _told_apart(q, f, ctx)
                                  and not another_stage(claim.standalone, q, f)],
                                 claim.standalone, (*claim.years, *claim.fiscal_years))
        rest = [f for f in secondary if f.id not in primary_ids and
                not earlier_tranche(f, q, ctx) and not another_party_s(f, q, ctx) and
                not _told_apart(q, f, ctx) and not another_stage(claim.standalone, q, f)]
        if changed:  # "grew $4.2 billion": not the level itself
            later, rest = ([f for f in facts if measures_change(f)] for facts in (later, rest))
        elif is_change(claim.standalone, q):  # "up 95% from a year ago": no market share
            later, rest = ([f for f in facts if may_be_rate(f)] for facts in (later, rest))
        best = best_fact(q, later, named_days, ctx.article_date)
        if best is None:
            # A figure of another kind than the main measure ("launched ... after a bill
            # that grew to about $10 billion"): another cue-matched fact of the subject may
            # confirm it, never refute it.
            other = best_fact(q, rest, named_days, ctx.article_date)
            if other and other[0].outcome == "consistent" and \
                    not not_its_quarter(other[1], ctx) and \
                    not forecast_of_result(claim.standalone, q, other[1]) and \
                    not finer_than_agrees(q, other[1].value):  # type: ignore[arg-type]
                covered.add(index)
                used.append(other[1])
                parts.append(f"{_line(q, other[1])}; consistent")
                continue
            # (but a length is only a length's: "a five-layer sunshield 75 feet long")
            # ... and a rate of change a rate's ("cloud revenue grew 37%" beside its level)
            ours = [c for c in ctx.candidates if c.fact in rest]
            sole = sole_of_dimension(q, ours, claim, names) or rate_fact(q, ours, claim, names,
                                                                          ctx)
            best = best_fact(q, [sole], named_days, ctx.article_date) if sole else None
            if best is None or sole is None:
                continue
            pinned.add(sole.id)  # its measure named, by the claim or by the figure's words
        comparison, fact = best
        line = _line(q, fact)
        if comparison.outcome != "consistent":
            # A less specific reading the claim's words also allow ("revenue ... in the
            # fourth quarter" read as quarterly revenue) can settle it; not a measure the
            # words barely name when they name this one ("per chip ... FP8" is no rack's),
            # nor one they set its measure apart from ("on Llama 2 70B fine-tuning")
            looser = [f for f in rest if not names_apart(fact, f, claim, names)]
            second = best_fact(plain(q), looser, named_days, ctx.article_date)
            if second and second[0].outcome == "consistent" and \
                    not _named_less(second[1], fact, ctx):
                comparison, fact = second
                line = _line(q, fact)
        if comparison.outcome == "consistent" and (
                another_measure_named(q, claim.standalone, fact, claim.sentence) or
                not_its_quarter(fact, ctx) or another_tense(fact, claim, ctx.article_date) or
                bought_whole(claim, fact) or forecast_of_result(claim.standalone, q, fact)):
            continue  # an equal value of another measure or quarter, a result for a
            # forecast, a plan for an act, an investment for a purchase: left uncovered
        if comparison.outcome == "consistent" and of_another_day(fact, ctx) and \
                not _FROM.search(claim.standalone.partition(q.text)[0] if q.text else ""):
            continue  # "back under $3 trillion" in January is not June's $3 trillion (but
            # "from $1 trillion to $3 trillion" names the earlier value it grew from)
        if comparison.outcome == "consistent" and fact.id in pinned and \
                older_than_cadence(fact, ctx, agreeing=True):
            # a moving figure last recorded long ago: agreeing with it says nothing of today
            unsure = True
            parts.append(f"{line}; agrees, but the store's value is from "
                         f"{(fact.as_of or fact.date)}, older than its usual cadence")
            used.append(fact)
            continue
        if comparison.outcome == "unknown":
            unsure = True
            parts.append(f"{line}; {comparison.why}")
            used.append(fact)
            continue
        if comparison.outcome == "consistent" and finer_than_agrees(q, fact.value):  # type: ignore[arg-type]
            unsure = True  # within the tolerance, but not the recorded figure rounded
            parts.append(f"{line}; within the tolerance, but given to digits the store's "
                         "figure does not round to")
            used.append(fact)
            continue
        prior = prior_value(index, fact, primary, [c.fact for c in own], matched, pinned, ctx)
        if prior is not None:  # "up from $771 million, or 47 cents a share, a year earlier"
            comparison, earlier = prior
            unsure = unsure or comparison.outcome == "unknown"
            covered |= set() if comparison.outcome == "unknown" else {index}
            used.append(earlier)
            matched += [earlier] if comparison.outcome == "consistent" else []
            parts.append(f"article: {describe(q)}, the figure of a period before; store: "
                         f"{describe(earlier.value)} {when(earlier)} ({earlier.measure}); "  # type: ignore[arg-type]
                         f"{_VERDICT.get(comparison.outcome, comparison.why)}")
            worst = worst if comparison.outcome == "unknown" else max(
                worst, comparison.outcome, key=_ORDER.__getitem__)
            continue
        if comparison.outcome != "consistent" and (is_earlier(q, claim.standalone) or
                                                   a_year_before(q, claim.standalone)):
            older = _older_match(q, fact, ctx)  # "to $130.5 billion from $60.9 billion"
            if older is not None:
                covered.add(index)
                used.append(older)
                matched.append(older)
                parts.append(f"article: {describe(q)}, the figure it changed from; store: "
                             f"{describe(older.value)} {when(older)}; "  # type: ignore[arg-type]
                             f"consistent")
                continue
        if comparison.outcome != "consistent" and rivalled(q, index, fact, ctx):
            # which of the claim's figures is this fact's? The measure word beside it says
            mine = best_fact(q, [f for f in pool(beside(claim, index, [c.fact for c in own]), ctx)
                             if not earlier_tranche(f, q, ctx) and not another_party_s(
                                 f, q, ctx) and held_apart(index, f, ctx)], named_days)
            if mine is None:
                continue  # left uncovered: the claim is then not "supported" either
            comparison, fact = mine
            line = _line(q, fact)
            pinned |= {c.fact.id for c in own if c.fact.id == fact.id and
                       pins_measure(c, claim, names)}
        if comparison.outcome != "consistent":
            reason = cannot_contradict(fact, ctx) or part_of_statement(q, fact) or \
                owned_by_another(q, claim, fact, ctx.names) or \
                earlier_total(q, fact, claim) or a_year_before(q, claim.standalone) or \
                acted_on(q, claim.standalone, fact)  # "laying off 6,000": no headcount
            if reason:
                unsure = True
                parts.append(f"{line}; differs, but {reason}")
                used.append(fact)
                continue
            if fact.id not in pinned:
                unsure = True  # a differing figure for a measure the claim barely names
                parts.append(f"{line}; differs, but the claim may mean another measure")
                used.append(fact)
                continue
            found = best_fact(plain(q), [f for f in others if f.id not in primary_ids
                                      and figure_of(f, q) and
                                      not another_stage(claim.standalone, q, f)])
            alt = found[1] if found and found[0].outcome == "consistent" and \
                measure_told(found[1], claim) else None
            if alt and (another_period(fact, alt, claim.standalone) or named_before(
                    q, alt, fact, claim) or _said_in_sentence(fact, alt, claim) or
                        party_named(alt, fact, claim) or
                        other_basis(claim.standalone, q, fact, alt)):
                # "generated $35.6 billion in sales", its quarter named a sentence before:
                # the same series over the period (or the basis) the claim leaves unsaid
                covered.add(index)
                used.append(alt)
                matched.append(alt)
                parts.append(f"{_line(q, alt)}; consistent")
                continue
            if alt:
                # "doubles its bet to $8 billion": the total between the same two parties is
                # no mislabelled tranche, but which one the claim means is not said
                same = q.kind is Kind.MONEY and bool(fact.object) and (
                    alt.subject, alt.object) == (fact.subject, fact.object)
                mislabelled, unsure = mislabelled or not same, unsure or same
                used += [fact, alt]
                covered |= set() if same else {index}
                parts.append(f"{line}; {describe(q)} matches {alt.measure} " + (
                    "between the same parties; which one is meant is not said" if same else
                    f"({describe(alt.value)} {when(alt)}): measure mislabelled"))  # type: ignore[arg-type]
                worst = worst if same else max(worst, "near", key=_ORDER.__getitem__)
                continue
            older = None if claim.years else _older_match(q, fact, ctx)
            if older is not None and claim.event_years is not None:
                # "The round valued it at": that round's figure in its year; else no figure of now
                then = of_event_told(claim, older)
                used += [older] if then else [fact, older]
                covered |= {index} if then else set()
                matched += [older] if then else []
                unsure = unsure or not then
                parts.append(f"{_line(q, older)}; of the event told before; consistent" if then
                             else f"{line}; differs, but {describe(q)} was the figure "
                             f"{when(older)}, and the claim tells of an event before")
                continue
            if older is not None:
                used += [fact, older]
                covered.add(index)
                parts.append(f"{line}; {describe(q)} was the figure {when(older)}: out of date")
                stale = True
                continue
        covered.add(index)
        used.append(fact)
        parts.append(f"{line}; {_VERDICT[comparison.outcome]}")
        worst = max(worst, comparison.outcome, key=_ORDER.__getitem__)
        if comparison.outcome == "consistent":
            matched.append(fact)
    for change in changes_checked(claim, matched, primary, covered, ctx, pinned):
        covered.add(change.index)
        used += [change.new, change.old]
        parts.append(change.line())
        worst = max(worst, change.result.outcome, key=_ORDER.__getitem__)
    for share in shares_checked(claim, matched, pinned, covered, ctx):  # "91% of revenue"
        covered.add(share.index)
        used += [share.part, share.whole]
        parts.append(share.line())
        worst = max(worst, share.result.outcome, key=_ORDER.__getitem__)
    if not parts:
        return None
    if not covered:
        return Finding(Status.UNVERIFIED, "; ".join(parts), tuple(dict.fromkeys(used)),
                       rule=CODE, strength=0.5)
    status = {"consistent": Status.SUPPORTED, "near": Status.IMPRECISE, "loose": Status.IMPRECISE,
              "inconsistent": Status.CONTRADICTED}[worst]
    if stale and status is Status.SUPPORTED:
        status = Status.OUTDATED
    if unsure and status is Status.SUPPORTED:
        status = Status.UNVERIFIED
    return Finding(status, "; ".join(parts), tuple(dict.fromkeys(used)), rule=CODE,
                   strength=0.95 if not mislabelled else 0.8,
                   covered_quantities=frozenset(covered),
                   covered_years=frozenset(range(len(claim.years))))
