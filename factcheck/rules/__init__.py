"""Deciding a claim's verdict from the candidate facts and the findings of the rules.

Owns: finding candidate facts for a claim (``matching``; rapidfuzz lives there), the
registry of rules (each with a stable code and a docstring saying why), the order
in which their findings count (contradicted > imprecise > outdated > supported), the coverage
test a claim must pass to be ``supported`` (every name, figure and year in it was checked, and
a claim a relation alone settles says little its facts do not: ``predicate``; nor one a
year before its verb settles, of the event the year dates: ``dated_subject``; nor one the
facts say less than, or another thing: ``doubts``), and the fallbacks: ``opinion`` for
judgements and general statements, ``unverified`` with the nearest fact otherwise. Must
not: render anything.

Rules: OPN opinion markers - REV reviewed claims - NUM figures (NUM-sized: a sum before a
name; NUM-span: the years a plan spans; NUM-slip: a deal's figure a year off; NUM-label: a
quarter's figure under another fiscal year's label; NUM-moved: a plan told raised or cut,
without its figures) - TMP years,
first crossings (TMP-first), the order of two events (TMP-order) and outdated
presentation - QTE quotations and who said
them - REL relations and events (REL-rank: a standing rank; REL-swap: two parties given
each other's part; REL-backers: the investors a claim lists for a round, against the round's
record).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..language.checkability import assess
from ..language.notes import BIDI_REFUSED
from ..model import Checkability, Claim, Evidence, Fact, Status, Verdict
from . import (
    at_hand,
    attribution,
    backers,
    elapsed,
    figure_years,
    fiscal_label,
    horizons,
    milestones,
    numeric,
    ongoing,
    outdated,
    parties,
    portions,
    quoted_by,
    quotes,
    ranks,
    ratios,
    respective,
    revisions,
    schedules,
    sequence,
    sized,
    speech,
    stated,
    temporal,
    two_parties,
    unsaid,
)
from .asides import met_aside, said_beside
from .base import (
    Context,
    Finding,
    evidence_of,
    evidence_of_reviewed,
    names_event,
    noun_told,
    reliability,
)
from .coverage import uncovered
from .dated_subject import dated_subject
from .deals import first_as_further, tells_earlier_instance, the_news
from .directed import sold_away
from .doubts import unconfirmed
from .figure_point import point_beside
from .group_subject import group_subject, no_doer
from .matching import FactSource, candidates, nearest
from .named_day import another_day
from .operators import conditional, unstated_operators
from .opposites import opposite_act
from .predicate import cut_off, says_more
from .stems import phrase_in, stems
from .trace import passed_over

Rule = Callable[[Context], Finding | None]

# Order matters only among findings of equal status: the first explains best.
RULES: dict[str, Rule] = {
    "NUM": numeric.check,
    "NUM-ratio": ratios.check,
    "NUM-2": two_parties.between_parties,
    "NUM-stated": stated.check,
    "NUM-unsaid": unsaid.check,
    "NUM-sized": sized.check,
    "NUM-when": figure_years.check,
    "NUM-slip": figure_years.slipped,
    "NUM-label": fiscal_label.check,
    "NUM-span": horizons.check,
    revisions.CODE: revisions.check,
    "TMP-year": temporal.years,
    "TMP-ago": elapsed.check,
    "TMP-first": milestones.check,
    "TMP-order": sequence.check,
    schedules.CODE: schedules.check,
    "QTE": quotes.quotes,
    "TMP-outdated": outdated.check,
    "REL-listed": parties.listed,  # before REL: the list's own record explains it best
    "REL-backers": backers.check,
    "REL": attribution.relation,
    "REL-sole": attribution.sole_holder,
    "REL-rank": ranks.check,
    "REL-swap": respective.check,
    "REL-parties": parties.check,
}
SEVERITY = (Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED, Status.SUPPORTED)
MAX_EVIDENCE = 4


def _verdict(status: Status, confidence: float, explanation: str,
             evidence: list[Evidence], rule: str) -> Verdict:
    unique = list({e.fact: e for e in evidence}.values())[:MAX_EVIDENCE]
    return Verdict(status, round(min(max(confidence, 0.0), 1.0), 2), explanation,
                   tuple(unique), rule)


def _evidence(findings: list[Finding]) -> list[Evidence]:
    out: list[Evidence] = []
    # a finding on how the claim describes its subject is evidence only alone
    for finding in [f for f in findings if not f.background] or findings:
        out.extend(evidence_of_reviewed(r) for r in finding.reviewed)
        out.extend(evidence_of(f) for f in finding.facts)
    return out


# What an unexplained judgement (``judge(..., explained=False)``) gives a claim nothing
# settles, in place of the verdict that names the nearest fact: the same status and rule.
UNEXPLAINED = Verdict(Status.UNVERIFIED, 0.5, "nothing in the store settles it", (), "NONE")


def judge(claim: Claim, source: FactSource, article_date: dt.date | None,
          names: Callable[[str], tuple[str, ...]],
          reading: Checkability | None = None, *, explained: bool = True) -> Verdict:
    """The verdict on one claim, with its explanation, evidence and confidence. ``reading``
    is whether the claim is checkable at all (``language.checkability``), read if not given.
    Not ``explained``, a claim nothing settles is ``UNEXPLAINED``: for a caller that keeps
    only a settled verdict (the nearest fact was a tenth of judging a long article)."""
    verdict = at_hand.judged(claim, source, names, lambda about, told: _judged(
        about, source, article_date, names, reading or assess(claim), told), explained)
    if BIDI_REFUSED in claim.refused and verdict.status in _FLAGS:
        # Displayed in an order that cannot be told: the reading judged is not surely the
        # one the reader sees, so it may fail no one (nor be supported: ``coverage.uncovered``).
        return _verdict(Status.UNVERIFIED, 0.5, f"not judged: the claim has {BIDI_REFUSED}; "
                        f"read in the order stored it would be {verdict.status.value} "
                        f"({verdict.explanation})", list(verdict.evidence), verdict.rule)
    return verdict


def _judged(claim: Claim, source: FactSource, article_date: dt.date | None,
            names: Callable[[str], tuple[str, ...]], reading: Checkability,
            explained: bool = True) -> Verdict:
    # A recorded quotation given to another speaker, found by its words, not by the names
    # the claim gives (a view or not, the words are someone else's).
    wrong = quoted_by.check(claim, source, names) if claim.quotes else None
    if wrong is not None:
        return _verdict(wrong.status, 0.45 + 0.5 * reliability(wrong.facts) * wrong.strength,
                        wrong.explanation, _evidence([wrong]), wrong.rule)
    subject_facts = source.facts_about(claim.entities) if claim.entities else []
    if subject_facts and article_date and tells_earlier_instance(claim.standalone):
        # "an earlier funding round", "a previous deal": not the one the news is about
        subject_facts = [f for f in subject_facts if not the_news(f, article_date)]
    if reading.firm:  # a recommendation, a hedge, an exhortation: no fact could settle it,
        # unless it forecasts what the store records as done before the article's date
        # ("is expected to complete its takeover" three months after it closed)
        late = _done_already(claim, source, article_date, names, subject_facts)
        if late is not None:
            return _verdict(late.status, 0.45 + 0.5 * reliability(late.facts) * late.strength,
                            late.explanation, _evidence([late]), late.rule)
        return _verdict(Status.OPINION, 0.9, reading.reason, [], "OPN")
    # most claims name no round by its size: then no fact is read for its lead
    rounds = bool(attribution.round_sizes(claim.standalone))
    nearby = [f for f in source.facts_about(claim.context) if f.sole or
              rounds and attribution.round_lead(f, claim)] if claim.context else []
    found_in = candidates(claim, subject_facts, _joint(claim, names))
    away = sold_away(claim, [c.fact for c in found_in], names) if found_in else frozenset()
    found_in = [c for c in found_in if c.fact.id not in away] if away else found_in
    context = Context(claim, article_date, tuple(found_in),
                      tuple(subject_facts), tuple(source.reviewed_about(claim.entities)), names,
                      tuple(nearby))
    found = attribution.reviewed(context)
    verdict, settled_by = _by_rules(claim, context, source, subject_facts, names, reading,
                                    explained)
    if found:
        if verdict.status is Status.SUPPORTED and _in_true_account(claim, found, settled_by):
            # The claim says what the review's own true account says, in words the review
            # also uses ("led by NASA" for a review of "led by ESA"): it is not the false one.
            return verdict
        return _verdict(found.status, 0.5 + 0.4 * reliability(found.facts) * found.strength,
                        found.explanation, _evidence([found]), found.rule)
    return verdict


_FLAGS = (Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED)


def _joint(claim: Claim, names: Callable[[str], tuple[str, ...]]) -> Callable[[Fact], bool]:
    """Does the claim speak of a fact otherwise than by its subject: as one of the parties
    it lists together, or as what its speaker said? The claim's list and its speakers are
    read when a fact first asks (most claims' facts never do: their subject fits, or the
    claim uses no cue of theirs)."""
    read: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

    def joint(fact: Fact) -> bool:
        if not read:
            read.append((parties.claim_group(claim, names), speech.speakers(claim, names)))
        group, said_by = read[0]
        return parties.joint_act(claim, fact, names, group) or \
            not group and respective.own_part(claim, fact, names) or \
            speech.reports_speech(fact, said_by, names, claim)
    return joint


def _done_already(claim: Claim, source: FactSource, article_date: dt.date | None,
                  names: Callable[[str], tuple[str, ...]], subject_facts: list[Fact]
                  ) -> Finding | None:
    """A forecast ("will", "is expected to") of an event the store records as done before
    the article's date (``outdated``): read only for a forecast of a named thing, with a
    date to hold it to."""
    if claim.future_marker is None or article_date is None or not subject_facts:
        return None
    context = Context(claim, article_date, tuple(candidates(claim, subject_facts)),
                      tuple(subject_facts), (), names)
    found = outdated.check(context)
    return found if found is not None and found.status is Status.OUTDATED else None


def _in_true_account(claim: Claim, found: Finding, settled_by: tuple[Fact, ...]) -> bool:
    """Did a fact the review cites settle the claim, and does every phrase of the review the
    claim uses also stand in that fact? A phrase only the review has ("early" in "invested
    early") is the false content the review is about, and the review then applies."""
    words = stems(claim.standalone)
    for review in found.reviewed:
        account = [f for f in settled_by if f.id in review.facts]
        if not account:
            continue
        told = [stems(f"{f.statement} {' '.join(f.cues)}") for f in account]
        used = [p for group in review.cues for p in group if phrase_in(p, words)]
        if all(any(phrase_in(p, t) for t in told) for p in used):
            return True
    return False


def _by_rules(claim: Claim, context: Context, source: FactSource, subject_facts: list[Fact],
              names: Callable[[str], tuple[str, ...]], reading: Checkability,
              explained: bool = True) -> tuple[Verdict, tuple[Fact, ...]]:
    """The verdict of every rule but the reviewed claims, and the facts that settled it."""
    findings = [f for f in (rule(context) for rule in RULES.values()) if f is not None]
    for status in SEVERITY:
        chosen = [f for f in findings if f.status is status]
        if not chosen:
            continue
        # a finding on how the claim describes its subject explains it only alone
        lead = next((f for f in chosen if not f.background), chosen[0])
        explanation = lead.explanation
        supporting = [f for f in findings if f.status is Status.SUPPORTED]
        if status is Status.OUTDATED and supporting and supporting[0].rule == "NUM":
            explanation += f"; figure: {supporting[0].explanation}"
        confidence = 0.45 + 0.5 * reliability(lead.facts) * lead.strength
        if status is Status.SUPPORTED:
            if claim.implied_subject and all(f.rule.startswith("REL") for f in chosen) and \
                    not any(noun_told(claim, f) for c in chosen for f in c.facts):
                # "the hardware arrived" in a story about xAI: a relation told of a thing
                # the claim names by a noun of its own is no act of the story's subject
                return _verdict(Status.UNVERIFIED, 0.5, f"the claim names no one; read as "
                                f"about {claim.subject_name}, it would be supported: "
                                f"{lead.explanation}", _evidence(chosen), lead.rule), ()
            if all(f.background for f in chosen):
                if not reading.checkable:
                    # "Chief executive Jane Doe dismissed the idea ...": her title is no fact
                    # that speaks to what the judgement says
                    return _fallback(claim, source, subject_facts, reading), ()
                return _verdict(Status.UNVERIFIED, 0.5, f"the store confirms only how the "
                                f"claim describes its subject ({lead.explanation}); what it "
                                "says of it is not checked", _evidence(chosen), lead.rule), ()
            later = outdated.completed_later(context)
            if later is not None:
                return _verdict(Status.UNVERIFIED, 0.5, f"the claim tells as done what the "
                                f"store records as completed on {later.date}, after the "
                                f"article's date ({lead.explanation})",
                                _evidence(chosen) + [evidence_of(later)], lead.rule), ()
            earlier = outdated.placed_later(context, tuple(f for c in chosen for f in c.facts))
            if earlier is not None:
                return _verdict(Status.UNVERIFIED, 0.5, f"the claim places what it tells "
                                f"after the article's date; the store records only what "
                                f"happened on {earlier.date} ({lead.explanation})",
                                _evidence(chosen), lead.rule), ()
            facts = [f for c in chosen for f in c.facts]
            going = ongoing.of_another_time(claim, facts, context.article_date) if all(
                c.rule.startswith("REL") for c in chosen) else None
            portion = portions.another_portion(claim, facts) or first_as_further(
                claim, facts, subject_facts) if claim.quantities else None
            if portion is not None:
                return _verdict(Status.UNVERIFIED, 0.5, f"the claim's figure is of a portion "
                                f"(\u201c{portion}\u201d) the store does not record it as "
                                f"({lead.explanation})", _evidence(chosen), lead.rule), ()
            why = unconfirmed(claim, facts, subject_facts, names, context.article_date)
            if why is not None:
                return _verdict(Status.UNVERIFIED, 0.5, f"{why} ({lead.explanation})",
                                _evidence(chosen), lead.rule), ()
            found = going or ongoing.told_again(claim, facts, context.article_date)
            if found is not None:
                words, newest = found
                told = "as going on at the article's date" if going else "as a recurrence"
                return _verdict(Status.UNVERIFIED, 0.5, f"the claim tells {told} "
                                f"(\u201c{words}\u201d) what the store records "
                                f"of {newest.date or newest.as_of} ({lead.explanation})",
                                _evidence(chosen), lead.rule), ()
            missing = uncovered(claim, chosen, names, subject_facts, context.article_date)
            # a size before a name is the name's description, not what the claim says
            relation = all(f.rule.startswith("REL") or f.background and f.rule == sized.CODE
                           for f in chosen)
            if not missing:
                # what it denies, obliges or ranks; then, for a relation, its other words
                more = opposite_act(claim, facts) or unstated_operators(
                    claim, facts, names, relation, subject_facts) or (
                    cut_off(claim, facts, names) or says_more(claim, facts, names) or
                    met_aside(claim, facts, names) or group_subject(claim, names) or
                    no_doer(claim) if relation
                    else
                    said_beside(claim, facts, names) or dated_subject(claim, facts, names) or
                    point_beside(claim, facts, names) or another_day(claim, facts))
                if more:
                    return _verdict(Status.UNVERIFIED, 0.5,
                                    f"partly checked ({lead.explanation}); the store does not "
                                    f"say: {', '.join(more)}", _evidence(chosen), lead.rule), ()
            elif not reading.checkable and claim.opinion_marker and conditional(claim.text):
                # "If Doe can raise $500 billion, it will be ...": a judgement on a condition
                # a fact touches only in part is still a judgement
                return _fallback(claim, source, subject_facts, reading), ()
            if missing:
                return _verdict(Status.UNVERIFIED, 0.5,
                                f"partly checked ({lead.explanation}); not covered by the "
                                f"store: {', '.join(missing)}", _evidence(chosen),
                                lead.rule), ()
            return _verdict(status, confidence, explanation, _evidence(chosen),
                            lead.rule), tuple(f for c in chosen for f in c.facts)
        if claim.implied_subject and not any(names_event(claim, f) for f in lead.facts):
            return _verdict(Status.UNVERIFIED, 0.5, f"the claim names no one; read as about "
                            f"{claim.subject_name}, it would be {status.value}: "
                            f"{lead.explanation}", _evidence([lead]), lead.rule), ()
        # An outdated figure shows the figure it matched too; a wrong one only what refutes it.
        shown = [lead, *supporting] if status is Status.OUTDATED else [lead]
        return _verdict(status, confidence, explanation, _evidence(shown), lead.rule), ()
    unsure = [f for f in findings if f.status is Status.UNVERIFIED]
    if unsure:
        return _verdict(Status.UNVERIFIED, 0.5, unsure[0].explanation, _evidence(unsure),
                        unsure[0].rule), ()
    return _fallback(claim, source, subject_facts, reading, explained), ()


def _fallback(claim: Claim, source: FactSource, subject_facts: list[Fact],
              reading: Checkability, explained: bool = True) -> Verdict:
    """No fact settles the claim: ``opinion`` when no fact could (the reading says why),
    ``unverified`` when one could but the store holds none: a finding for a curator."""
    if not reading.checkable:
        if claim.opinion_marker:
            word = claim.opinion_marker.lstrip("!")  # (a strong word read as an aside)
            return _verdict(Status.OPINION, 0.7, f"judgement or characterisation "
                            f"(\u201c{word}\u201d) that no stored fact settles", [], "OPN")
        return _verdict(Status.OPINION, 0.6, reading.reason, [], "OPN")
    if not explained:
        return UNEXPLAINED
    pool = subject_facts or source.search(claim.standalone)
    close = nearest(claim, pool)
    if close is None:
        return _verdict(Status.UNVERIFIED, 0.5, f"{reading.reason}; nothing in the store "
                        "speaks to this claim", [], "NONE")
    why = f"; {passed_over(claim, subject_facts)}" if subject_facts else ""
    return _verdict(Status.UNVERIFIED, 0.5, f"{reading.reason}; nothing in the store settles "
                    f"it; nearest fact: {close.statement}{why}", [evidence_of(close)], "NONE")
