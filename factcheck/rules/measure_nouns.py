"""The measure a claim names right before its figure.

Owns: reading the measure noun just before a figure ("AI revenue to exceed $10 billion",
"a quarterly dividend of $0.21 per share", "700 million people a month") and telling whether
it names another measure than a fact's, so that an equal value is a coincidence, not
support. Must not: compare figures (``numeric``) or decide a verdict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.lexicon import lazy
from ..language.units import per_period
from ..model import Claim, Fact, Kind, Quantity
from .per_unit import of_a_whole
from .stems import content_stems, stems

# Nouns that name a measure right before its figure ("AI revenue to exceed $10 billion"),
# not inside a compound that names something else ("its for-profit arm").
# A person's own money: "the fortune of the company's CEO ... losing about $10 billion".
_WEALTH_WORDS = r"fortunes?|net worth|wealth"
# (A dividend or a buyback a share is no earnings a share: "a quarterly dividend of $0.21
# per share" against the quarter's EPS.)
# ("Gross profit" is kept whole: the sales less their cost, no net income.)
_MEASURE_NOUN = re.compile(r"(?<![\w-])(gross\s+(?:profits?|income)|"
                           r"revenues?|sales|profits?|income|earnings|valuation|"
                           r"spending|capex|margins?|users|subscribers|employees|shipments|assets|"
                           r"dividends?|buybacks?|repurchases?|"
                           rf"{_WEALTH_WORDS})\b", re.IGNORECASE)
WEALTH = re.compile(rf"\b(?:{_WEALTH_WORDS}|personal wealth|richest|billionaires?)\b",
                     re.IGNORECASE)
NOUN_REACH = 40  # characters before a figure that may name what it measures


# The period a count is per, told after it: "700 million people a month", "each week".
_PERIOD_AFTER = lazy(r"\s+(?:[\w-]+\s+){0,2}?(?:a|per|each|every)\s+(month|week|day)\b",
                     re.IGNORECASE)


def _period_after(text: str, q: Quantity) -> str | None:
    """The period told right after a count ("people a month": "month"), or None."""
    found = _PERIOD_AFTER.match(text, q.span.end) if q.span is not None else None
    return found.group(1).lower() if found else None


def another_measure_named(q: Quantity, text: str, fact: Fact, sentence: str = "") -> bool:
    """Does the claim name, just before the figure, a measure the fact is not of ("positions
    Microsoft's AI revenue to exceed $10 billion" against a $10 billion investment), or a
    whole of the units the fact's figure is per (``per_unit``)? Then an equal value is a
    coincidence, not support."""
    if q.kind is Kind.COUNT and fact.value is not None:
        told = per_period(q.unit) or _period_after(text, q)
        held = per_period(fact.measure) or per_period(fact.value.unit or "")
        if told and held and told != held:
            return True  # "650 million weekly users", "700 million people a month" against
            # a measure of users of another period
    if q.span is None or of_a_whole(sentence or text, fact):  # the sentence: a part may
        return q.span is not None  # have lost the count ("two B200 GPUs")
    before = text[max(0, q.span.start - NOUN_REACH):q.span.start]
    if "stake" in fact.measure.lower() and _VALUES.search(before) and not _HOLDING.search(before):
        return True  # "values OpenAI at $135 billion": the company's worth, not a stake's
    if loss_of_another(q, text, fact) or price_move_of_another(q, text, fact):
        return True
    noun = measure_noun(text, q.span.start)
    if noun in _EARNINGS and _PER_SHARE.match(text, q.span.end) and \
            "per share" in fact.measure.lower():
        return False  # "profit came in at 96 cents per share": earnings per share
    told = f"{fact.measure} {' '.join(fact.cues)}".lower()
    after = _NOUN_AFTER.match(text, q.span.end)
    if after and not any(n in told for n in _KIN.get(after.group(1).lower().rstrip("s"),
                                                     (after.group(1).lower().rstrip("s"),))):
        return True  # "owes Globex $5 billion in royalties": not the $5 billion invested
    if noun is None or noun in told:
        return False
    # "$102.5 billion in revenue and $1.85 EPS": the noun ends the conjunct before; the
    # figure's own cue, right after it, names its measure
    return not (_CONJOINED.search(before) and _cue_after(text, q.span.end, fact))


# A conjunction right before the figure: what stands before it is another conjunct's.
_CONJOINED = lazy(r"\b(?:and|or|as\s+well\s+as)\s+(?:an?\s+|its\s+)?[$€£¥]?$", re.IGNORECASE)


def _cue_after(text: str, end: int, fact: Fact) -> bool:
    """Does one of the fact's cues follow the figure ending at ``end``, maybe after one
    qualifying word ("96 cents adjusted EPS")?"""
    after = text[end:end + 40].lower()
    return any(re.match(rf"\s+(?:[\w-]+\s+)?{re.escape(cue.lower())}\b", after)
               for cue in fact.cues)


# A measure told right after its figure: "$5 billion in royalties", "$13 billion of annual
# revenue" (the nouns of ``_MEASURE_NOUN`` and the sums one party pays another).
_KIN = {"revenue": ("revenue", "sale"), "sale": ("revenue", "sale")}  # one measure in news
_NOUN_AFTER = lazy(r"\s+(?:in|of)\s+(?:[a-z][\w-]*\s+){0,2}?(revenues?|sales|profits?|income|"
                   r"earnings|royalt(?:y|ies)|fees|licensing|dividends?|spending|capex)\b",
                   re.IGNORECASE)


# A loss told right before its sum, by its verb or its noun: "lost $2.3 billion", "an
# operating loss of $2.3 billion", "was losing about $2.3 billion".
_LOSS = lazy(r"\b(?:lost|losing|loses|lose|loss(?:es)?)\b[^.;,$\d]{0,25}$", re.IGNORECASE)
_LOSS_MEASURE = lazy(r"\blos(?:s|ses|t|ing|e)\b", re.IGNORECASE)


def loss_of_another(q: Quantity, text: str, fact: Fact) -> bool:
    """Is the sum a loss ("the foundry unit lost $2.3 billion") held to a fact whose measure
    is no loss (the unit's revenue)? A loss and a revenue of one unit are two measures."""
    if q.kind is not Kind.MONEY or q.span is None or \
            not _LOSS.search(text, max(0, q.span.start - NOUN_REACH), q.span.start):
        return False
    return not _LOSS_MEASURE.search(f"{fact.measure} {' '.join(fact.cues)}")


# A share price's move told right before its figure: "the stock has climbed close to 40%",
# "shares are up 40%", "its share price fell 5%".
_PRICE_MOVE = lazy(r"\b(?:stock|shares|share\s+price|stock\s+price)\s+(?:has\s+|have\s+|had\s+|"
                   r"is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+)?(?:climbed|rose|risen|jumped|surged|"
                   r"soared|gained|fell|fallen|dropped|slid|sank|tumbled|plunged|up|down)\b"
                   r"[^.;,$\d]{0,25}$", re.IGNORECASE)
_PRICE_MEASURE = lazy(r"\b(?:shares?|stock|market\s+(?:value|cap\w*)|valu\w*|price)\b",
                      re.IGNORECASE)


def price_move_of_another(q: Quantity, text: str, fact: Fact) -> bool:
    """Is the figure a share price's move ("the stock has climbed close to 40%") held to a
    fact of no share price or market value (revenue's growth of 38.6%)?"""
    if q.span is None or \
            not _PRICE_MOVE.search(text, max(0, q.span.start - NOUN_REACH - 20), q.span.start):
        return False
    return not _PRICE_MEASURE.search(f"{fact.measure} {' '.join(fact.cues)}")


# Nouns a per-share figure names earnings by ("profit of $1.05 a share"), and the words
# that make a figure one per share.
_EARNINGS = frozenset(("profit", "income", "earning", "earnings"))
_PER_SHARE = lazy(r"\s*(?:per|a)\s+(?:diluted\s+)?share\b", re.IGNORECASE)


# A company's worth given right before the figure, and the words that make it a holding's.
_VALUES = lazy(r"\b(?:values?|valued|valuing|valuation)\b\s+(?:\S+\s+){0,3}?(?:at|of)"
                r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
_HOLDING = lazy(r"\b(?:stakes?|holdings?|shares?|interest)\b", re.IGNORECASE)


_PAYOUTS = frozenset({"dividend", "buyback", "repurchase"})


def payout_named(claim: Claim, fact: Fact) -> str | None:
    """The payout to shareholders named right before one of the claim's figures (a dividend,
    a buyback), when the fact is not of one: a sum a share paid out is no earnings a share."""
    told = f"{fact.measure} {' '.join(fact.cues)}".lower()
    for q in claim.quantities:
        noun = measure_noun(claim.standalone, q.span.start) if q.span else None
        if noun in _PAYOUTS and noun not in told:
            return noun
    return None


@lru_cache(maxsize=4096)  # one claim's figure is asked about with every fact of its names
def measure_noun(text: str, start: int, reach: int = NOUN_REACH) -> str | None:
    """The measure noun just before the figure at ``start`` (within ``reach`` characters),
    singular, or None."""
    found = _MEASURE_NOUN.findall(text[max(0, start - reach):start])
    return " ".join(found[-1].lower().rstrip("s").split()) if found else None


def gross_of_another(q: Quantity, text: str, fact: Fact) -> bool:
    """Is the figure a gross profit ("gross profit was $4.8 billion") held to a fact of no
    gross profit (the quarter's net income)? The two are as far apart as sales and profit."""
    if q.span is None:
        return False
    noun = measure_noun(text, q.span.start, 2 * NOUN_REACH)  # "gross profit for the third
    # quarter of 2025 was $4.78 billion": its period may stand between
    return noun is not None and noun.startswith("gross") and \
        noun not in f"{fact.measure} {' '.join(fact.cues)}".lower()


# A holding's noun right after its figure, after a word or two that qualify it: "a 27%
# economic stake", "a 49% ownership interest", "its 10% holding".
_HOLDING_AFTER = lazy(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>stakes?|holdings?|ownership|"
                      r"interest|equity)\b", re.IGNORECASE)


def holding_apart(q: Quantity, text: str, fact: Fact) -> bool:
    """Is the figure told as a holding by the noun right after it ("a 27% economic stake")
    while the fact measures something else (a share of revenue)? A cue of another part of
    the sentence ("a revenue-sharing arrangement") then pins no measure of this figure."""
    if q.kind is not Kind.PERCENT or q.span is None:
        return False
    after = _HOLDING_AFTER.match(text, q.span.end)
    if after is None:
        return False
    told = f"{fact.measure} {' '.join(fact.cues)}".lower()
    return not any(w in told for w in ("stake", "holding", "ownership", "interest", "equity",
                                       "owns", "owned"))


# The words of a measure that tell its period, not what it measures.
_PERIOD_STEMS = frozenset(content_stems("quarter quarterly year annual full month week fiscal "
                                        "first second third fourth"))


def measure_told(fact: Fact, claim: Claim, periods: bool = True) -> bool:
    """Does the claim use a word of the fact's measure or one of its cues? A figure equal
    to that of a measure the claim has no word for ("a new $4 billion agreement" and an
    expected revenue of $3.6-4 billion) is a coincidence, no mislabelled measure. Without
    ``periods``, a word of the period alone ("quarterly") tells no measure: "headcount rose
    16% from the previous quarter" names none of "quarterly data center revenue"."""
    words = set(stems(claim.standalone))
    if not periods:
        words -= _PERIOD_STEMS
    return bool(words & set(content_stems(fact.measure))) or any(
        set(content_stems(cue)) <= words for cue in fact.cues if content_stems(cue))
