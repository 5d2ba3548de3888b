"""What a fact's measure names: a plan or a forecast, a change, one event, a value that
moves from day to day, a period's flow.

Owns: reading a stored measure's words ("planned capital expenditure for 2025", "one-day
share price fall", "investment in OpenAI's October 2024 round") for the guards the figure
rules ask. Must not: read the claim or decide anything (``guards``, ``staleness``).
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy
from ..model import Fact

_PLANNED = re.compile(r"\b(?:expect\w*|forecast\w*|outlook|guidance|project\w*|plan\w*|"
                      r"under construction|being built|"
                      r"targets?|intended|goal|potential|pledged?|commitment)\b", re.IGNORECASE)
_CHANGE_MEASURE = lazy(r"\b(?:loss|gain|change|increase|decline|drop|growth|added|"
                       r"inflows?|outflows?)\b", re.IGNORECASE)
FORECAST = lazy(r"\b(?:forecasts?|forecasted|outlook|guidance|guided|projected)\b",
                re.IGNORECASE)
# A forecast of a period's figure ("expected revenue for 2024"): no result refutes it.
_FORECAST_OF = lazy(r"\b(?:expect\w*|forecast\w*|outlook|guidance|project\w*)\b.*"
                    r"\b((?:19|20)\d\d)\b", re.IGNORECASE)
# A measure that names one event: a round, a deal, a dated occasion.
_ONE_TIME = re.compile(r"\b(?:(?:19|20)\d\d|round|deal|acquisition|purchase|takeover|IPO|"
                       r"offering|announcement|completion|Series [A-H]|pre-money|post-money)\b",
                       re.IGNORECASE)
# A value that moves from day to day: a figure of another day is not a wrong one.
_DAILY = re.compile(r"\b(?:market (?:value|cap\w*)|share price|stock price|most valuable)\b",
                    re.IGNORECASE)
# Measures of a period's flow: a later article still speaks of the stored period.
_FLOW = re.compile(r"\b(?:revenue|sales|income|profit|earnings|spending|capex|capital\s+"
                   r"expenditures?|loss|margin)\b", re.IGNORECASE)


def planned(fact: Fact) -> bool:
    """Is the fact a plan, a target or a forecast rather than a result?"""
    return _PLANNED.search(fact.measure) is not None


def measures_change(fact: Fact) -> bool:
    """Is the fact's measure a change (a loss, a gain, an increase) rather than a level?"""
    return _CHANGE_MEASURE.search(fact.measure) is not None


def forecast_year(fact: Fact) -> int | None:
    """The year a forecast measure is of ("expected revenue for 2024"), or None."""
    m = _FORECAST_OF.search(fact.measure)
    return int(m.group(1)) if m else None


# A forecast of one quarter ("revenue outlook for the fourth quarter of fiscal 2025"): renewed
# with every quarterly report.
_QUARTER_FORECAST = lazy(r"\b(?:forecasts?|outlook|guidance|expected)\b.*\bquarter\b",
                         re.IGNORECASE)


def quarter_forecast(fact: Fact) -> bool:
    """Is the fact a forecast of one quarter's figure, which the next report replaces?"""
    return _QUARTER_FORECAST.search(fact.measure) is not None


def one_time(fact: Fact) -> bool:
    """Does the fact's measure name one event (a round, a deal, a dated occasion)?"""
    return _ONE_TIME.search(fact.measure) is not None


def moves_daily(fact: Fact) -> bool:
    """Is the fact's measure a value, or a rank by a value, that moves from day to day (a
    market value, a share price, the most valuable company)? What it reached once, it may
    reach again."""
    return _DAILY.search(fact.measure) is not None


_ONE_DAY = lazy(r"\b(?:one|single)[- ]day\b", re.IGNORECASE)


def one_day_move(fact: Fact) -> bool:
    """Is the fact one day's move of a value that moves daily ("one-day share price fall (27
    January 2025)")? It happened once, on its day; the level or rank it left may be reached
    again."""
    return moves_daily(fact) and _ONE_DAY.search(fact.measure) is not None


def is_flow(fact: Fact) -> bool:
    """Is the fact's measure a period's flow (revenue, income, spending)?"""
    return _FLOW.search(fact.measure) is not None
