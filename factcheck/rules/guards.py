"""Why a figure that differs from a stored one may still be true of something else.

Owns: the guards the figure rule (NUM) asks before it says "contradicted": a quarter against
a year, a further deal, a total over several deals, a forecast against a result, a change
against a level, a measure of several values, and (asking ``staleness``) a moving figure the
store last recorded longer ago than its series is renewed. Must not: compare figures
(``numeric``), or read a measure's words (``measure_kinds``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..language.comparison import compare, describe
from ..language.lexicon import lazy
from ..language.markers import without_benchmarks
from ..language.relative_dates import dated_from_today
from ..language.slugs import lost_signs
from ..model import Claim, Fact, Kind, Quantity
from .base import Context, another_instance, fact_year
from .currencies import converted
from .deals import another_counterparty, earlier_deal, later_deal
from .denials import denied_figure, worth_of_another
from .derived import stated_figures
from .event_dates import deal_stages
from .joint import told_of_several
from .measure_kinds import (
    forecast_year,
    is_flow,
    measures_change,
    moves_daily,
    one_time,
    planned,
)
from .measure_nouns import (
    WEALTH,
    gross_of_another,
    loss_of_another,
    payout_named,
    price_move_of_another,
)
from .periods import DATE_SLACK, QUARTERS, known_from, named_dates, quarters_named
from .segments import part_of
from .staleness import later_round, names_day_of, new_level, older_than_cadence

_QUARTER = re.compile(r"\b(?:quarter|quarterly|Q[1-4]|three months|first half|second half|"
                      r"half-year|month|monthly|week|weekly)\b", re.IGNORECASE)
# A figure still to come ("expects revenue of about $43 billion in the current quarter")
# is not a result, and a change ("added more than a trillion dollars") is not a level.
EXPECTED = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecasted|outlook|"
                       r"guidance|guided|projects?|projected|projecting|anticipates?|"
                       r"anticipated|sees|targets?|targeting)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def forecast_told(text: str) -> bool:
    """Does the claim tell a forecast (not a result set against one: "ahead of analysts'
    forecasts")? Asked of every fact a claim meets, so kept per claim text."""
    return EXPECTED.search(without_benchmarks(text)) is not None


# Another deal told, of one a figure sizes ("a new $4 billion agreement", "another
# contract"; not "before the new money came in").
_ANOTHER_DEAL = lazy(r"\b(?:further|another|additional|fresh|new|second|third|follow-on)\s+"
                     r"(?:[\w$.,-]+\s+){0,3}?(?:agreements?|deals?|contracts?|pacts?|orders?|"
                     r"commitments?|investments?|rounds?|tranches?)\b", re.IGNORECASE)
# A forecast recorded ("cloud infrastructure revenue forecast for fiscal 2026").
_FORECAST_MEASURE = re.compile(r"\b(?:forecasts?|expected|outlook|guidance|projected|"
                               r"projections?)\b", re.IGNORECASE)
# Sought, not done: "was seeking new funding at a $40 billion valuation" (a year or not).
_SOUGHT = re.compile(r"\b(?:seek(?:s|ing)?|sought|in talks|looking to|hoping to|"
                     r"considering|exploring|weighing|in discussions|plans?|planning|"
                     r"nearing|mulling|eyeing)\b", re.IGNORECASE)
# A limit set for spending, not the spending: "share repurchase authorization".
_AUTHORIZED = lazy(r"\b(?:authori[sz]\w*|approv\w*|allowance|program(?:me)?s?)\b",
                   re.IGNORECASE)
# A possibility, not an act: "might invest", "could buy", "may acquire" ("May" is a month).
_POSSIBLY = lazy(r"\b(?:[Mm]ight|[Cc]ould|may)\s+(?:(?:also|still|even|yet)\s+)?"
                       r"(?!have\b|be\b)[a-z]+")
# What someone would do, as a report told it: "said that SoftBank would invest as much as $25
# billion" (a plan or a possibility, not the deal done).
_WOULD = lazy(r"\bwould\s+(?:(?:also|still|even|then|now|soon|eventually)\s+)?"
              r"(?!have\b|be\b|not\b)[a-z]+", re.IGNORECASE)
# A value from before the store's latest: "was last valued at $86 billion early this year".
_EARLIER_VALUE = re.compile(r"\b(?:last valued|previously valued|earlier (?:this|that) year|"
                            r"early (?:this|that|last) year)\b", re.IGNORECASE)
# The first of several ("first investment in OpenAI"): only a claim about the first.
# A figure of a thing the subject makes or buys: "creating a platform with more than $150
# billion in assets", "buying a company with 3,000 staff".
_MADE_WITH = re.compile(r"\b(?:creat|form|build|built|launch|establish|buy|bought|acquir|"
                        r"combin|merg)\w*\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+"
                        r"(?:with|of|managing|holding|worth)\s+(?:[\w-]+\s+){0,3}$",
                        re.IGNORECASE)
# The words that make a figure a part of a sum paid in steps: "the first $10 billion",
# "starting with $10 billion", "a first tranche of $10 billion".
_PORTION = lazy(r"\b((?:first|initial|opening)|(?:start|begin)(?:s|ing)?\s+with|(?:tranche|"
                r"installment|instalment)\s+of)\s+(?:about\s+|some\s+|roughly\s+)?$",
                re.IGNORECASE)
# The words that make a figure an amount added to another: "an additional $70 billion",
# "a further $2 billion", "another $4 billion".
_ADDED = re.compile(r"\b(additional|further|another|extra|incremental)\s+(?:[\w-]+\s+)?$",
                    re.IGNORECASE)
_FIRST = re.compile(r"\b(?:first|initial)\b", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:added|adds|adding|gained|gains|shed|sheds|(?:grew|rose|increased|"
                      r"jumped|climbed|fell|dropped|declined|shrank|slid) by)\b", re.IGNORECASE)
# A figure told as a share of a change: "with $700 million of that decline blamed on export
# curbs", "$2 billion of the increase came from cloud": part of the change, not the level.
_OF_CHANGE = lazy(r"^\s*(?:of|in)\s+(?:that|the|this|its|their)\s+(?:[\w-]+\s+)?(?:declines?|"
                  r"drops?|falls?|decreases?|reductions?|shortfalls?|increases?|rises?|growth|"
                  r"gains?|jumps?|losses?)\b", re.IGNORECASE)
# A sum over several deals ("In total, Microsoft has invested about $14 billion").
_TOTAL = lazy(r"\b(?:in total|in all|total|totals|totalling|totaling|cumulative(?:ly)?|"
              r"altogether|to date|so far|combined|all told|overall)\b", re.IGNORECASE)


def cannot_contradict(fact: Fact, ctx: Context) -> str | None:
    """Why a figure that differs from ``fact`` may still be true of something else, or None.

    A quarterly figure and an annual one measure different periods; "a further $1 billion"
    is another deal than the one recorded; and a figure from a series the store last
    recorded long ago (a valuation from May, an article from December) may be newer than
    the store, unless the claim names the stored period.
    """
    text = ctx.claim.standalone
    known = known_from(fact)
    if lost_signs(ctx.claim.sentence, ctx.claim.text):
        return "the line is a web address's slug: its figures may have lost a decimal point"
    if ctx.article_date and known and known > ctx.article_date:
        # "has raised $11 billion in 2024 so far" on 6 December, against a total the store
        # dates 23 December: the article could not know it
        return f"the store's value is from {known}, after the article's date"
    if ctx.article_date is None and dated_from_today(text):
        # "last August" with no article date: the claim's time cannot be placed
        return "the claim dates itself from the article's date, which is unknown"
    worth = worth_of_another(ctx.claim)
    if worth:
        return f"the claim's figure is the worth of the thing before it (\u201c{worth}\u201d)"
    payout = payout_named(ctx.claim, fact)
    if payout:
        # "a quarterly dividend of $0.21 per share" against the quarter's earnings a share
        return f"the claim's figure is a {payout}; the store's is of {fact.measure}"
    denied = denied_figure(ctx.claim)
    if denied:
        # "Microsoft denied that it is cutting 10% of its staff": what it denied, not a result
        return f"the claim tells the figure's act denied (\u201c{denied}\u201d)"
    several = told_of_several(ctx.claim, fact, ctx.names)
    if several:
        # "Acme, Globex and Initech collectively expect $150 billion": their sum
        return f"the claim's figure is told of several parties together ({several})"
    part = part_of(ctx.claim, fact, ctx.names)
    if part:
        return (f"the claim gives a figure of a part ({part}); the store's is of "
                f"{fact.measure}")
    if converted(ctx.claim, fact):
        return "the claim's dollar figure may be the other currency's result converted"
    if any(gross_of_another(q, text, fact) for q in ctx.claim.quantities):
        return f"the claim's figure is a gross profit; the store's is of {fact.measure}"
    if any(loss_of_another(q, text, fact) for q in ctx.claim.quantities):
        # "the foundry unit lost $2.3 billion" against the unit's revenue
        return f"the claim's figure is a loss; the store's is of {fact.measure}"
    if any(price_move_of_another(q, text, fact) for q in ctx.claim.quantities):
        # "the stock has climbed 30%" against revenue's growth
        return f"the claim's figure is a share price's move; the store's is of {fact.measure}"
    if other_span(text, fact):
        return "the claim and the store speak of different periods (a quarter or a year)"
    if (fact.kind == "event" or one_time(fact) and _ANOTHER_DEAL.search(text)) and \
            another_instance(text, fact):
        return "the claim speaks of a further deal than the one the store records"
    if fact.kind == "event" and earlier_deal(text, fact, ctx):
        return "the claim speaks of an earlier deal than the one the store records"
    if WEALTH.search(ctx.claim.sentence) and not WEALTH.search(fact.measure):
        # "Huang's fortune fell, losing about $10 billion": his money, not NVIDIA's value
        return f"the sentence tells of a person's fortune; the store's figure is of {fact.measure}"
    party = another_counterparty(fact, ctx)
    if party is not None:
        return f"the claim's figure is of a deal with {party}, which the store's is not"
    later = later_deal(fact, ctx)
    if later is not None:
        # "has invested over $3 billion" in 2025: the 2023 deal and the 2025 one together
        return (f"the store records a later deal between the same parties "
                f"({later.measure}): the claim's figure may be of it or of them all")
    made = _before_figure(_MADE_WITH, ctx, 80)
    if made:
        # "creating a platform with more than $150 billion in assets": the platform's figure
        return f"the claim gives the figure of a {made} it tells of, not of {fact.subject}'s"
    portion = _before_figure(_PORTION, ctx, 40)
    if portion and not _FIRST.search(fact.measure):
        # "the first $10 billion will come when the first gigawatt is built": a part of the
        # sum the store records whole
        return f"the claim gives a part of a sum (\u201c{portion}\u201d), not the whole"
    added = _before_figure(_ADDED, ctx, 40)
    if added:
        # "leverage an additional $70 billion in debt": what is added to a total, not the total
        return (f"the claim gives an amount added (\u201c{added}\u201d), not the level the "
                f"store records")
    named_years = {*ctx.claim.years, *(dt.date.fromordinal(int(q.value)).year
                                        for q in ctx.claim.dates)}
    other_month = _another_month(fact, ctx)
    if other_month:
        # "Google in February invested $400 million": not the October deal the store records
        return f"the claim names another time ({other_month}) than the store's"
    if not fact.single_value and fact_year(fact) not in named_years:
        # An investment, a round, an acquisition: a subject has several, and a claim that
        # does not name the stored one's year may well speak of another.
        return (f"the measure ({fact.measure}) holds several values for one subject, and the "
                f"claim does not name the year of the one the store records")
    later = later_round(fact, ctx)
    if later is not None:
        return (f"the store's figure is of one round; it records a later one "
                f"({later.measure}) the claim's figure may be of")
    if new_level(fact, ctx):
        return (f"the claim gives a new value, reached after the store's latest "
                f"({fact.as_of or fact.date})")
    if _FIRST.search(fact.measure) and not _FIRST.search(text) and not (
            planned(fact) and _SOUGHT.search(text)):
        # "has already invested over $13 billion": not the first investment of $1 billion
        # (but what a fund "seeks" is a target, held to the target the store records)
        return f"the store's figure is of the first one ({fact.measure}); the claim's is not"
    if _FORECAST_MEASURE.search(fact.measure) and not forecast_told(text) and \
            not ctx.claim.future_marker:
        # "OCI revenue grew 68% to $4.1 billion" against the year's forecast of $18 billion
        return "the claim gives a result; the store's figure is a forecast"
    deal = _before_figure(_DEAL_VALUED, ctx, 60)
    if deal and deal.lower() not in f"{fact.measure} {' '.join(fact.cues)}".lower():
        # "agreed to buy Zeta in a deal valued at $40 billion": the price, not a worth
        return f"the claim's figure is the value of a {deal.lower()}; the store's is of " \
            f"{fact.measure}"
    noun = _noun_after_figure(ctx, fact)
    if noun:
        # "the company's valuation from its $4.1 billion raise": a round's size, no valuation
        return f"the claim's figure is of a {noun}; the store's is of {fact.measure}"
    if _AUTHORIZED.search(fact.measure) and not _AUTHORIZED.search(text):
        # "returned $24.3 billion to shareholders through share repurchases": an amount paid
        # out, not the authorization the store records
        return f"the claim gives an amount paid or spent; the store's is an {fact.measure}"
    if _SOUGHT.search(text) and not planned(fact):
        return "the claim tells of something sought, not done; the store records a result"
    if (fact.kind == "event" or one_time(fact)) and _POSSIBLY.search(text) \
            and not planned(fact):
        # "it was reported that SoftBank might invest $15 billion to $25 billion": a
        # possibility, not the deal the store records as done (what a product "could" do is
        # its rating, held to the record)
        return "the claim tells of a possible deal; the store records one done"
    if (fact.kind == "event" or one_time(fact)) and _WOULD.search(text) \
            and not planned(fact):
        return "the claim tells of a deal someone would make; the store records one done"
    if fact.kind == "quantity" and _EARLIER_VALUE.search(text):
        return (f"the claim gives an earlier value than the store's latest "
                f"({fact.as_of or fact.date})")
    if moves_daily(fact) and not names_day_of(fact, ctx):
        return (f"a {fact.measure} moves from day to day, and the claim does not name the "
                f"day the store's is from")
    if fact.kind == "event" and _TOTAL.search(text) and not _TOTAL.search(fact.measure):
        return "the claim gives a total over several deals; the store records one of them"
    if forecast_told(text) and not ctx.claim.years and not planned(fact):
        # a forecast for a period it does not name: one not yet reported, most likely
        return "the claim gives a forecast; the store records a result"
    over = forecast_year(fact) if ctx.article_date else None
    if over and ctx.article_date and over < ctx.article_date.year and \
            not forecast_told(text):
        return f"the store's figure is a forecast for {over}, a period over by the " \
            "article's date: the result may differ from it"
    quarter = another_quarter(text, fact)
    if quarter:
        return f"the claim speaks of the {quarter} quarter; the store's figure is of another"
    if ctx.claim.future_marker and not ctx.claim.years and not planned(fact):
        # "Colossus will soon be powered by 200,000 GPUs": not its count today
        return "the claim speaks of what is still to come; the store records what is"
    if (_CHANGED.search(text) or _after_figure(_OF_CHANGE, ctx)) and \
            not measures_change(fact):
        return "the claim gives a change; the store records a level"
    if older_than_cadence(fact, ctx):
        return (f"the store's latest value is from {fact.as_of}, older than its usual "
                f"cadence on the article's date")
    if _kept_by_quarter_too(fact, ctx):
        return (f"the claim names no period, and the store keeps {fact.measure} by quarter "
                f"too: the figure may be a quarter's")
    return None


def _before_figure(pattern: re.Pattern[str], ctx: Context, window: int) -> str | None:
    """What ``pattern`` finds in the ``window`` characters before one of the claim's figures
    (its first group)."""
    text = ctx.claim.standalone
    for q in ctx.claim.quantities:
        if q.text:
            m = pattern.search(text.partition(q.text)[0][-window:])
            if m:
                return m.group(1)
    return None


# A deal named right before its value: "in a deal valued at", "a takeover worth".
_DEAL_VALUED = lazy(r"\b(deal|transaction|acquisition|takeover|purchase|merger|agreement)\s+"
                    r"(?:that\s+)?(?:is\s+|was\s+)?(?:valued|worth|priced)\s+(?:at\s+)?(?:about\s+|"
                    r"around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$",
                    re.IGNORECASE)
# A noun right after a sum that names what it is: "its $4.1 billion raise", "$10.3 billion
# worth of shares".
_SUM_NOUN = lazy(r"\s+(?:worth\s+of\s+(?:[a-z-]+\s+)?(?P<of>[a-z]+)|(?:[a-z-]+\s+)?(raise|round|"
                 r"funding|investment|deal|stake|loan|fund|contract|order|bid|offer|tranche|"
                 r"acquisition|takeover|purchase))\b")


def _noun_after_figure(ctx: Context, fact: Fact) -> str | None:
    """The noun right after one of the claim's sums that names another thing than the
    fact's measure and cues ("its $4.1 billion raise" against a valuation), or None."""
    text = ctx.claim.standalone
    told = f"{fact.measure} {' '.join(fact.cues)}".lower()
    for q in ctx.claim.quantities:
        if q.kind is Kind.MONEY and q.span is not None:
            m = _SUM_NOUN.match(text, q.span.end)
            if m is None:
                continue
            # (what a sum is "worth of" is held to the measure alone: a valuation's cues may
            # name the share sale that set it)
            noun, against = (m.group("of"), fact.measure.lower()) if m.group("of") else \
                (m.group(2), told)
            if noun.rstrip("s") not in against:
                return noun  # ("$10.3 billion worth of shares": an amount of shares)
    return None


def _after_figure(pattern: re.Pattern[str], ctx: Context) -> bool:
    """Does ``pattern`` match right after one of the claim's figures?"""
    text = ctx.claim.standalone
    return any(q.text and q.text in text and pattern.search(text.partition(q.text)[2])
               for q in ctx.claim.quantities)


def another_quarter(text: str, fact: Fact) -> str | None:
    """The quarter the claim names, when the fact's own words name only another ("third
    quarter" against a figure of the fourth quarter)."""
    named, own = quarters_named(text), quarters_named(f"{fact.measure} {fact.statement}")
    if named and own and not named & own:
        return sorted(QUARTERS[n - 1] for n in named)[0]
    return None


def _another_month(fact: Fact, ctx: Context) -> str | None:
    """The month the claim names, when none it names is the month of the fact's date."""
    # an acquisition's price is the deal's in the month of each of its stages
    stages = deal_stages(fact, ctx.subject_facts) or [fact]
    moments = [m for f in stages for m in (f.date, f.as_of, f.published) if m]
    days = named_dates(ctx.claim)
    if not moments or not days or any((d.year, d.month) == (m.year, m.month) or
                                      abs((d - m).days) <= DATE_SLACK
                                      for d in days for m in moments):
        return None
    return f"{days[0]:%B %Y}"


def _kept_by_quarter_too(fact: Fact, ctx: Context) -> bool:
    """Is the fact a year's flow the store also keeps by quarter, for a claim that names no
    period? "The company announced revenue of $46.7 billion" in a results story may give
    the quarter's revenue, not the year's."""
    claim = ctx.claim
    if _QUARTER.search(fact.measure) or not is_flow(fact) or claim.years or \
            claim.dates or claim.fiscal_years or _PERIOD.search(claim.standalone) or \
            _ANNUAL.search(claim.standalone):
        return False
    words = set(fact.measure.lower().split())
    return any(f.subject == fact.subject and _QUARTER.search(f.measure) and
               words <= set(f.measure.lower().split()) for f in ctx.subject_facts)


_RUNNING = re.compile(r"\b(?:cumulative|total|to date|so far|in all)\b", re.IGNORECASE)
_NOW = lazy(r"\b(?:has|have|is|are|now|currently|to date|so far|today)\b",
            re.IGNORECASE)


def earlier_total(q: Quantity, fact: Fact, claim: Claim) -> str | None:
    """Why a smaller figure than a running total may be true: a sentence told wholly in
    the past ("... was followed by $2.75 billion in early 2024, bringing the total to $4
    billion") gives the total as it was then, not as the store last recorded it."""
    if fact.value is None or not _RUNNING.search(fact.measure) or \
            q.value >= fact.value.value or _NOW.search(claim.sentence) or \
            not re.search(r"\b(?:19|20)\d\d\b", claim.sentence):
        return None  # a total said now, or undated (a table's row): the store's latest
    return (f"a running total only grows, and the claim tells an earlier one; the store's "
            f"is from {fact.as_of or fact.date}")


_PERIOD = re.compile(r"\b(?:quarterly|quarter|annual|annually|yearly|full-year|full year|"
                     r"fiscal|monthly|(?:first|second|third|fourth)[- ]quarter|Q[1-4])\b",
                     re.IGNORECASE)
# "annual" naming a year's figure, not a change's base ("rose 66% on an annual basis")
ANNUAL_WORD = r"annual(?!\s+(?:basis|growth|increase|rise|gain|decline|drop|change|rate)\b)"
_ANNUAL = lazy(rf"\b(?:{ANNUAL_WORD}|annually|yearly|full-year|full year|for the year|"
               r"fiscal (?:year|20\d\d)|FY\s?'?\d{2,4})\b", re.IGNORECASE)


def another_period(fact: Fact, other: Fact, text: str) -> bool:
    """Is ``other`` the same series as ``fact`` over another period ("quarterly data center
    revenue" beside "data center revenue"), for a claim that names no period? A figure
    that matches it is that period's figure, not a mislabelled measure."""
    return fact.measure != other.measure and _series(fact.measure) == _series(other.measure) \
        and not _QUARTER.search(text) and not _ANNUAL.search(text)


# The year a measure names its period by ("annual revenue for fiscal 2025", "revenue for 2024")
_YEAR_TOLD = re.compile(r"\b(?:(?:for|in|of|during)\s+(?:the\s+)?)?(?:fiscal\s+(?:year\s+)?|"
                        r"FY\s?)?(?:19|20)\d\d\b", re.IGNORECASE)


def _series(measure: str) -> str:
    """A measure without its period's words or year: the series it is one period of."""
    return " ".join(_PERIOD.sub(" ", _YEAR_TOLD.sub(" ", measure.lower())).split())


def other_span(text: str, fact: Fact) -> bool:
    """Does one of the claim and the fact speak of a quarter (or a shorter span) and the
    other not ("capital spending for the current fiscal first quarter" against a year's
    revenue)?"""
    return bool(_QUARTER.search(text)) != bool(_QUARTER.search(fact.measure))


def names_quarter(claim: Claim) -> bool:
    """Does a claim of one figure name a quarter and no year's total ("data center revenue
    Q4 FY2025 was ...")?"""
    text = _QUARTER_OF_YEAR.sub("quarter", claim.standalone)
    return len(claim.quantities) == 1 and bool(_QUARTER.search(text)) and \
        not _ANNUAL.search(text)


def quarter_of(fact: Fact, other: Fact) -> bool:
    """Is ``other`` the quarterly value of ``fact``'s series ("quarterly data center revenue"
    beside "data center revenue")?"""
    return _series(fact.measure) == _series(other.measure) and \
        bool(_QUARTER.search(other.measure)) and not _QUARTER.search(fact.measure)


# A quarter of a fiscal year ("Q4 FY2025", "fourth quarter of fiscal 2025") names the quarter.
_QUARTER_OF_YEAR = re.compile(r"\b(?:Q[1-4]|quarter)\s+(?:of\s+)?(?:FY\s?'?\d{2,4}|fiscal\s+"
                              r"(?:year\s+)?(?:20)?\d\d)\b", re.IGNORECASE)


def part_of_statement(q: Quantity, fact: Fact) -> str | None:
    """Does the fact's own statement give the claim's figure ("about $12.5 billion ($3
    billion in cash plus ...)")? Then it is a part the fact tells of, never refuted by it."""
    for given in stated_figures(fact.statement):
        if given.kind is q.kind and given.unit == q.unit and \
                compare(q, given, 0.005).outcome == "consistent":
            return f"the store's statement gives {describe(q)} as part of it"
    return None
