"""Figures a claim sets a result against as the market's expectation, not as a result.

Owns: ``expected_by_market(text, q)``: whether a figure is the consensus or the analysts'
estimate a result is compared with ("topping the $1.25 consensus", "beating expectations of
around $2.18 a share", "ahead of analysts' estimates of $13.1 billion", "versus the $2.18
analysts had expected", "above the anticipated 26.5 percent", a results list's "$81.6
billion (est. $82.8 billion)"). A store records results and a company's own guidance, not
what analysts expected: such a figure is neither confirmed nor refuted by the result of the
same measure (an EPS of $2.31 refutes no consensus of $2.18), and it is a standard outside
what the claim asserts. A company's own forecast or outlook ("above its forecast of $55
billion") is not the market's: it stays a figure to check. The market may also be named as
the one expecting, before the figure in its clause ("analysts had expected sales of $3.9
billion", "Wall Street expected it to post $3.9 billion").

Also owns ``told_as_forecast(text, q)``: whether a figure is told as a forecast (the
company's or anyone's: "expects revenue of about $65 billion", "had guided to", "its
forecast of $54 billion", "a $65 billion outlook") rather than as a result, so that a
result is held to results and a forecast to forecasts. Must not: know the store or judge.
"""

from __future__ import annotations

import re

from ..model import Kind, Quantity
from .lexicon import lazy
from .markers import without_benchmarks

# The words that set a result against a standard, ending where the standard is named.
_SET_AGAINST = (r"\b(?:beat|beats|beating|top|tops|topped|topping|exceed(?:s|ed|ing)?|"
                r"surpass(?:es|ed|ing)?|above|ahead\s+of|below|short\s+of|shy\s+of|"
                r"miss(?:es|ed|ing)?|versus|vs\.?|against|compared\s+(?:with|to)|than|"
                r"in\s+line\s+with|matching|matched|met|meeting)\s+")
# The market as the one expecting: "analysts'", "Wall Street's", "the Street's", "LSEG's".
_MARKET = r"(?:(?:analysts?|Wall\s+Street|the\s+Street|the\s+market|market)(?:['’]s?)?\s+)"
_STANDARD = r"(?:consensus|expectations?|estimates?|(?:[\w-]+\s+){0,2}?forecasts?|projections?)"
# Words that end the standard's phrase and start the result's: "beat estimates with sales of".
_GAP = r"(?!(?:with|on|as|after|by|posting|reporting)\b)"
_ROUGHLY = r"(?:(?:about|around|roughly|approximately|some|nearly|near|close\s+to)\s+)?"
# "beating analysts' estimates of $13.1 billion", "exceeding expectations around $2.18",
# "against a consensus estimate for earnings per share of $2.18": the standard, then it
_BEFORE_FIGURE = lazy(
    rf"{_SET_AGAINST}(?:(?:the|a|an|Wall\s+Street|LSEG|FactSet)\s+)?{_MARKET}?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_STANDARD}\s+(?:{_GAP}[\w-]+\s+){{0,5}}?"
    rf"(?:(?:of|at|for|calling\s+for)\s+)?{_ROUGHLY}$", re.IGNORECASE)
_EXPECTING_WORDS = r"(?:anticipated|expected|estimated|predicted|forecast)"
# "topping the $1.25 consensus", "versus the $2.18 analysts had expected", "above the
# anticipated 26.5 percent": the figure between the comparison and the standard
_BEFORE_OWN = lazy(rf"{_SET_AGAINST}(?:the|a|an)\s+{_ROUGHLY}(?:{_EXPECTING_WORDS}\s+)?$",
                   re.IGNORECASE)
_AFTER_OWN = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:consensus|estimates?|"
                  rf"{_MARKET}(?:had\s+|were\s+|have\s+)?(?:expected|forecast|estimated|"
                  r"predicted|projected|anticipated|penciled\s+in|pencilled\s+in)|"
                  # the passive: "the $3.9 billion expected by analysts"
                  r"(?:expected|forecast|estimated|predicted|projected|anticipated)\s+by\s+"
                  r"(?:the\s+)?(?:analysts?|Wall\s+Street|Street|market|investors))\b",
                  re.IGNORECASE)
# "$4.13 adjusted vs. $3.67 per share expected": the comparison right before the figure,
# the expecting word right after it and its unit
_AGAINST_BARE = lazy(rf"{_SET_AGAINST}{_ROUGHLY}$", re.IGNORECASE)
_EXPECTED_AFTER = lazy(rf"(?:\s+(?:per|a)\s+share)?\s+{_EXPECTING_WORDS}\b(?!\s+(?:to|that)\b)",
                       re.IGNORECASE)
# An analyst's shorthand: "$82.9B vs. $81.5B Street", "vs. $4.04 consensus".
_MARKET_AFTER = lazy(r"\s+(?:the\s+)?(?:Street|consensus|est\.|estimates?)\b", re.IGNORECASE)
# ... and the margin by which the result beat it, in the bracket right after: "(+1.8%, ...".
_MARGIN_OPENS = lazy(r"\b(?:Street|consensus|est\.|estimates?|expected)\s*\(\s*$",
                     re.IGNORECASE)
_BEFORE_NAMED = lazy(rf"{_SET_AGAINST}(?:the|a|an)\s+{_ROUGHLY}{_EXPECTING_WORDS}\s+$",
                     re.IGNORECASE)
# The company's own word for what it expected: its guidance is a record to check.
_OWN = lazy(r"\b(?:its|their|own|company['’]s|guidance|outlook)\b", re.IGNORECASE)
REACH = 90  # characters before a figure that may set it against a result
# A results table's or list's bracket after a result: "$81.6 billion (est. $82.8 billion)",
# "(consensus: $2.13)", "(exp. $12.3 billion)", "(vs. $1.25 expected)".
_BRACKETED = lazy(r"\(\s*(?:est(?:imate[sd]?)?\.?|exp(?:ected)?\.?|consensus|forecast|"
                  r"(?:analysts?['’]?\s+)?estimates?|LSEG|FactSet)\s*[:=]?\s*"
                  rf"{_ROUGHLY}$", re.IGNORECASE)


# Where the clause that leads to a figure begins: a comma, a semicolon, a bracket, a dash
# or a conjunction that starts a statement of its own.
_CLAUSE_BREAK = lazy(r"[;:,(\u2013\u2014]|\s(?:and|but|while|whereas|after|before|as|which|"
                     r"when|though|although)\s", re.IGNORECASE)
# The market named as the one expecting: "analysts (polled by LSEG) had expected", "Wall
# Street expected", "the average analyst estimate" (set-against yardsticks without a figure
# of their own are blanked first: "beat analysts' estimates with sales of ...").
_MARKET_EXPECTING = lazy(
    r"\b(?:analysts?|Wall\s+Street|the\s+Street|investors|consensus|LSEG|FactSet|"
    r"Refinitiv|Visible\s+Alpha)(?:['\u2019]s?)?\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:(?:had|have|were|are|was|is)\s+)?(?:expect\w*|forecast\w*|estimat\w*|project\w*|"
    r"anticipat\w*|predict\w*|pencil+ed\s+in|look(?:ing|ed)?\s+for|call(?:ing|ed)?\s+for)\b",
    re.IGNORECASE)
# The words that tell a forecast in the figure's clause, or right after the figure.
_FORECAST_WORDS = lazy(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasted|forecasting|outlook|guidance|"
    r"guided|guiding|projects?|projected|projecting|projections?|anticipates?|anticipated|"
    r"sees|predicts?|predicted|will|would|"
    # a range the company moves is its guidance: "narrowed its 2025 capex range to"
    r"(?:narrow|rais|lift|lower|cut|trimm|tighten|widen|nudg)ed\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?range)\b", re.IGNORECASE)
_FORECAST_AFTER = lazy(r"\s+(?:[\w-]+\s+)?(?:forecasts?|outlook|guidance|projections?)\b",
                       re.IGNORECASE)


def _clause_before(text: str, q: Quantity) -> str:
    """The words of ``q``'s clause before it, yardsticks with no figure blanked."""
    start = q.span.start if q.span else 0
    head = text[max(0, start - REACH):start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    begin = start - len(head) + (breaks[-1].end() if breaks else 0)
    return without_benchmarks(text)[begin:start]  # (blanked whole: "forecast of $54 billion")


def told_as_forecast(text: str, q: Quantity) -> bool:
    """Is the figure ``q`` told as a forecast, not as a result ("expects revenue of about
    $65 billion", "its forecast of $54 billion", "a $65 billion outlook")?"""
    if q.span is None:
        return False
    return _FORECAST_WORDS.search(_clause_before(text, q)) is not None or \
        _FORECAST_AFTER.match(text, q.span.end) is not None


def expected_by_market(text: str, q: Quantity) -> bool:
    """Is the figure ``q`` of ``text`` the market's expectation a result is set against?"""
    if q.span is None:
        return False
    before = text[max(0, q.span.start - REACH):q.span.start]
    if _BRACKETED.search(before) or _MARKET_EXPECTING.search(_clause_before(text, q)):
        return True
    if q.kind is Kind.PERCENT and _MARGIN_OPENS.search(before.rstrip("+-\u2212 ")):
        return True  # "vs. $81.5B Street (+1.8%": how far the result beat the Street
    if _AGAINST_BARE.search(before) and (_EXPECTED_AFTER.match(text, q.span.end) or
                                         _MARKET_AFTER.match(text, q.span.end)):
        return True
    found = _BEFORE_FIGURE.search(before) or _BEFORE_NAMED.search(before)
    if found is None:
        found = _BEFORE_OWN.search(before)
        if found is None or _AFTER_OWN.match(text, q.span.end) is None:
            return False
    return _OWN.search(found.group(0)) is None
