"""Plans and predictions: when a modal or an intention before a fact's verb makes the claim
a guess about an event, and when it states the plan the store records.

Why: "could be announced", "will begin delivering" and "aims to establish" are not confirmed
by what happened later; but "xAI will join the fund" on the day the store records the joining,
and "the partnership will invest in data centres" beside a standing relation that it invests
in them, state the plan the store records (issue 8: plans were read as opinions). Owns the
test the relation rule (``attribution.py``) applies to its best candidate, and
``another_stage``: a figure told as a result is not held to a forecast, nor a forecast to a
result.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.expectations import told_as_forecast
from ..language.lexicon import lazy
from ..model import Claim, Fact, Kind, Quantity
from .base import Context
from .matching import Candidate
from .measure_kinds import is_flow, one_time, planned
from .periods import DATE_SLACK, NEWS_LAG
from .stems import stems

_REPORTING_WORDS = "said says say announced announces wrote writes stated states noted notes \
    told tells added adds"
REPORTING_STEMS = frozenset(stems(_REPORTING_WORDS))
_REPORTING = re.compile(rf"\b(?:{'|'.join(_REPORTING_WORDS.split())})\b", re.IGNORECASE)


# A stated aim ("aims to build") is a fact about a plan; a modal is a guess about an event.
_MODAL_STEMS = frozenset(stems("could may might would will should"))
# ... and so does a purpose named by a noun ("its initial purpose to create ...").
_INTENT_STEMS = frozenset(stems("aims aim plans plan seeks seek wants want hopes hope intends "
                                "intend expects expect purpose goal mission ambition"))


def predicted(ctx: Context, best: Candidate) -> bool:
    """Is the fact's verb governed by a modal ("could be announced", "will begin
    delivering") or an intention ("aims to establish")? A prediction or a plan is not
    confirmed by what happened."""
    words = stems(ctx.claim.standalone)
    announced = _announced_then(ctx, best.fact) or _standing(best.fact, words)
    for at in best.positions:
        before = [w for w in words[max(0, at - 3):at] if w not in ("be", "been", "begin",
                                                                    "start", "not")]
        if before and before[-1] in _MODAL_STEMS and not (
                (announced or _reported_then(ctx, best.fact, words[:at - 1])) and
                before[-1] in _STATED_STEMS):
            return True
        earlier = words[:at]
        hypothetical = [i for i, w in enumerate(earlier) if w in _HYPOTHETICAL_STEMS]
        if hypothetical and not any(w in REPORTING_STEMS for w in earlier[:hypothetical[0]]):
            return True  # "a change that would allow it to ... compute power": a supposition
        if any(w in _PROSPECT_STEMS for w in words[max(0, at - 4):at]):
            return True  # "its planned conversion to a for-profit": not what happened
        if len(before) >= 2 and before[-1] == "to" and before[-2] in _PURPOSE_STEMS:
            return True  # "GPUs designed to support OpenAI's needs": what a thing is made
            # for, not a relation anyone holds
        if best.fact.kind == "event" and len(before) >= 2 and before[-1] == "to" and \
                before[-2] in _INTENT_STEMS and not announced:
            return True  # "aims to establish": an intention, not the event (a stated aim
            # is a fact about a plan, which a relation may record)
    return False


def _announced_then(ctx: Context, fact: Fact) -> bool:
    """Does the store record the event on the article's day, in the days after it (a
    week's slack) or on the day before it (``NEWS_LAG``)? A plan the article states then
    ("xAI will join the fund", "plans to join") is what was being announced, not a
    prediction. (Told as to come later than that, it is ``outdated.py``'s.)"""
    began = fact.date if fact.kind == "event" else None
    return bool(ctx.article_date and began and
                -NEWS_LAG <= (began - ctx.article_date).days <= DATE_SLACK)


# How long before the article a plan reported with no time of its own may be the store's
# event: "Altman said the company would create jobs" in 2025 is no report of his founding
# OpenAI in 2015 (a claim naming the year of the saying may reach back further).
_REPORT_REACH = 365


def _reported_then(ctx: Context, fact: Fact, earlier: tuple[str, ...]) -> bool:
    """Is the plan told as what someone said ("BlackRock said xAI would join the fund"), of
    an event the store records by the article's date (a week's slack)? The report is of the
    announcement, true long after it the article tells it (up to a year with no time
    named), unlike a plan told in the article's own voice ("xAI will join the fund"),
    which the event overtakes."""
    began = fact.date if fact.kind == "event" else None
    return began is not None and any(w in REPORTING_STEMS for w in earlier) and (
        ctx.article_date is None or -_REPORT_REACH <= (began - ctx.article_date).days
        <= DATE_SLACK or bool(ctx.claim.years) and (began - ctx.article_date).days
        <= DATE_SLACK) and _told_by_teller(ctx, fact)


def _told_by_teller(ctx: Context, fact: Fact) -> bool:
    """Is the one the claim has telling the plan a party to the event, or named in the
    statement as telling it? "Musk announced that xAI will join the fund" is no report of
    the fund's own announcement."""
    verb = _REPORTING.search(ctx.claim.standalone)
    tellers = [e for e in ctx.claim.entities if verb and any(
        n in ctx.claim.standalone[:verb.start()] for n in ctx.names(e) if len(n) > 2)]
    told = _REPORTING.search(fact.statement)
    told_by = fact.statement[:told.start()] if told else ""
    return not tellers or any(t in (fact.subject, fact.object) or any(
        n in told_by for n in ctx.names(t) if len(n) > 2) for t in tellers)


def _standing(fact: Fact, words: tuple[str, ...]) -> bool:
    """Is the fact a standing relation with no date (a purpose, a focus: "the partnership
    invests in data centres"), and the claim's plan no change of state ("will become a
    for-profit")? Then "will invest in data centres" states the plan the store records."""
    return fact.kind == "relation" and fact.date is None and fact.as_of is None and \
        not any(w in _CHANGE_STEMS for w in words)


_CHANGE_STEMS = frozenset(stems("become becomes convert converts turn turns transition "
                                "restructure restructures switch switches change changes "
                                "move moves shift shifts"))
# A plan stated, not a possibility: "will", "would" (reported) and the verbs of intent.
_STATED_STEMS = frozenset(stems("will would"))
# The purpose a made thing is for: "designed to support", "built to serve".
_PURPOSE_STEMS = frozenset(stems("designed built meant engineered tailored optimized "
                                 "optimised"))
_HYPOTHETICAL_STEMS = frozenset(stems("would could might"))
_PROSPECT_STEMS = frozenset(stems("planned proposed potential possible prospective contingent "
                                  "intended"))


# Words that tell a plan, a promise or an outlook rather than a result: "plans to double",
# "will grow", "committed $100 billion", "announced an expansion", "up to".
_PLAN_TOLD = lazy(r"\b(?:plans?|planned|planning|aims?|aiming|aimed|targets?|targeting|"
                  r"expects?|expected|expecting|intends?|intended|goals?|will|would|shall|"
                  r"set to|going to|commit\w*|pledg\w*|promis\w*|agree\w*|announc\w*|"
                  r"unveil\w*|outlook|forecast\w*|guidance|guided|project\w*|"
                  r"letter of intent|up to|seek\w*|sought|hopes?|hoping|wants?|ambition\w*|"
                  r"vision|roadmap|proposal|proposed|future|next|soon|eventually)\b",
                  re.IGNORECASE)


# A sum told as paid out, not pledged: "has invested $100 billion", "completed its $100
# billion investment", "spent $500 billion" ("is to be invested" is still a plan).
_SPENT = lazy(r"\b(?<!be\s)(?<!been\s)(?:invested|spent|poured|deployed|paid\s+out|"
              r"completed|finished)\b", re.IGNORECASE)


def told_as_done(fact: Fact, claim: Claim) -> bool:
    """Does the claim tell as done what the store records only as a plan ("xAI doubled the
    cluster to 200,000 GPUs" against the plan to double it; "Nvidia has invested $100
    billion" against a letter of intent to invest it)? Then the plan confirms nothing of
    it: it may have happened since, or not."""
    # (a count of things a plan will have; a sum planned is often told as spent --
    # "bringing its total investment to $165 billion" tells the commitment -- unless a
    # verb of paying out tells it so)
    if not planned(fact) or fact.value is None or claim.future_marker is not None or \
            _PLAN_TOLD.search(claim.standalone) is not None:
        return False
    return fact.value.kind is Kind.COUNT or fact.value.kind is Kind.MONEY and \
        _SPENT.search(claim.standalone) is not None


def another_tense(fact: Fact, claim: Claim, today: dt.date | None) -> bool:
    """Does the claim tell in another tense than the store records: as done what is only
    planned (``told_as_done``), or as still to come what was done a while before the
    article's date ("xAI plans to raise $6 billion" months after a $6 billion round
    closed)? The done deed confirms no plan told after it: the plan may be another one. A
    deal recorded as announced is still to come until it closes."""
    if told_as_done(fact, claim):
        return True
    moment = fact.date or fact.as_of
    if claim.future_marker is None or today is None or moment is None or planned(fact) or \
            fact.state == "announced" or "announce" in fact.measure.lower():
        return False
    return (fact.kind == "event" or one_time(fact)) and (today - moment).days > DATE_SLACK


# A stored forecast: "revenue outlook for the fourth quarter of fiscal 2026".
_FORECAST_MEASURE = lazy(r"\b(?:forecasts?|forecasted|expected|outlook|guidance|guided|"
                         r"projected|projections?)\b", re.IGNORECASE)


def another_stage(text: str, q: Quantity, fact: Fact) -> bool:
    """Is the figure ``q`` told as a result and the fact a forecast? "Third-quarter
    revenue was $54 billion" is no report of the $54 billion the company had forecast for
    it: the quarter's result is the figure to hold it to."""
    return _FORECAST_MEASURE.search(fact.measure) is not None and \
        not told_as_forecast(text, q)


def forecast_of_result(text: str, q: Quantity, fact: Fact) -> bool:
    """Is the figure ``q`` told as a forecast and the fact a period's result? "Expects
    revenue of $57 billion" is not confirmed by a quarter's $57 billion: the forecast may
    be of another period (whether the result refutes it is ``guards``' question)."""
    return is_flow(fact) and not planned(fact) and told_as_forecast(text, q)

