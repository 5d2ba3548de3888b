"""Which recorded values a claim's figure is held to (rules/pool): a deal told as pending
is held to what was recorded when it closed, soon after the article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

# OpenAI's $40 billion round at a $300 billion valuation was announced on 31 March 2025
_DAYS_BEFORE = dt.date(2025, 3, 27)


@pytest.mark.parametrize(("sentence", "date", "status"), [
    # told as pending, closed four days later as told (ninth real set)
    ("OpenAI is close to finalising a $40bn funding round led by Japan's SoftBank Group.",
     _DAYS_BEFORE, Status.SUPPORTED),
    ("OpenAI nears $40bn funding led by SoftBank, report says.", _DAYS_BEFORE,
     Status.SUPPORTED),
    ("The round is expected to value OpenAI at $300bn.", _DAYS_BEFORE, Status.SUPPORTED),
    # a rumoured size the round did not keep is never refuted by what came later
    ("OpenAI nears $50bn funding led by SoftBank, report says.", _DAYS_BEFORE,
     Status.UNVERIFIED),
    # months before, a pending deal is not the one that closed long after
    ("OpenAI nears $40bn funding led by SoftBank, report says.", dt.date(2024, 12, 1),
     Status.UNVERIFIED),
])
def test_a_deal_told_as_pending_is_held_to_the_values_recorded_when_it_closed(
        bundled_statuses: Callable[..., list[Status]], sentence: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(sentence, date) == [status]


def test_a_date_told_of_another_thing_s_act_dates_no_figure(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Real news (February 2026): 'monthly active users ... surged to 750 million, mainly
    thanks to the Gemini 3 model launched last November' was held to October's 650 million."""
    told = dt.date(2026, 2, 5)
    # the date dates the newer model's release, not the app's users: held to the latest
    # count (the release's own date is left unchecked)
    assert bundled_statuses("The Gemini app grew to 750 million monthly users, driven by the "
                            "Gemini 3 model released in November 2025.", told) == [
        Status.UNVERIFIED]
    assert bundled_statuses("The Gemini app reached 750 million monthly users thanks to "
                            "Gemini 3 launched last November.", told) == [Status.UNVERIFIED]
    # a date told of the subject's own figure still picks the period's value
    assert bundled_statuses("The Gemini app had 650 million monthly users in October 2025.",
                            told) == [Status.SUPPORTED]


_OUTLOOKS = """
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
""" + "".join(f"""
  - id: acme-capex-outlook-{day}
    kind: quantity
    subject: acme
    measure: planned capital expenditure for 2025
    cues: [capital expenditures, capex]
    range: ["{low}", "{high}"]
    as_of: 2025-{day}
    published: 2025-{day}
    statement: On 2025-{day} Acme guided 2025 capex to {low} to {high}.
    sources: [{{url: "https://example.com/a", title: A, publisher: P, reliability: news}}]
""" for day, low, high in (("01-24", "$6 billion", "$6.5 billion"),
                           ("04-30", "$6.4 billion", "$7.2 billion"),
                           ("10-29", "$7 billion", "$7.2 billion")))


@pytest.mark.parametrize(("sentence", "status"), [
    # held to January's outlook, the one known on 1 February
    ("Acme expects 2025 capital expenditures of $8 billion.", Status.CONTRADICTED),
    ("Acme expects 2025 capital expenditures of $6.8 billion.", Status.IMPRECISE),
    ("Acme expects 2025 capital expenditures of $6.2 billion.", Status.SUPPORTED),
])
def test_a_period_s_value_is_held_to_what_was_known_on_the_article_s_date(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """A period the claim names let in every value of that period, the outlooks of April
    and October too: $6.8 billion was supported by April's range, which the article of 1
    February could not know, and $8 billion kept from a verdict by October's."""
    assert statuses_in(literal_store(_OUTLOOKS), sentence, dt.date(2025, 2, 1)) == [status]


_YEARLY = """
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
""" + "".join(f"""
  - id: acme-capacity-{year}
    kind: quantity
    subject: acme
    measure: compute capacity
    cues: [capacity, computing capacity]
    value: "{value}"
    as_of: {year}-12-31
    published: {year + 1}-01-18
    statement: Acme's computing capacity reached {value} in {year}.
    sources: [{{url: "https://example.com/a", title: A, publisher: P, reliability: news}}]
""" for year, value in ((2024, "0.6 gigawatts"), (2025, "1.9 gigawatts")))


def test_a_year_s_value_known_later_is_not_replaced_by_another_year_s(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    """Only values of the same year are held to what was known on the article's date: 2024's
    capacity, known by then, says nothing against what 2025's became (it contradicted it)."""
    assert statuses_in(literal_store(_YEARLY), "Acme's computing capacity reached about 1.9 "
                       "gigawatts in 2025, three times the 2024 level.",
                       dt.date(2025, 3, 25)) == [Status.UNVERIFIED]
