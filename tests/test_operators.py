"""What a claim's operators assert that the facts behind its support do not state
(rules/operators.py): here, what a rank ranks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

JUNE_20_2024 = dt.date(2024, 6, 20)


@pytest.mark.parametrize(("text", "status"), [
    # the store ranks NVIDIA first among listed companies by market value, on the day
    # before: a rank among fabless chip companies, or among chipmakers, is another rank
    ("Nvidia is the world's largest fabless chip company.", Status.UNVERIFIED),
    ("Nvidia is the most valuable chipmaker.", Status.UNVERIFIED),
    # the thing ranked the store states
    ("Nvidia is now the world's largest company by market value.", Status.SUPPORTED),
    ("Nvidia became the world's most valuable company.", Status.SUPPORTED),
])
def test_a_rank_is_confirmed_only_among_the_things_the_facts_rank(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, JUNE_20_2024) == [status]


@pytest.mark.parametrize(("text", "date", "status"), [
    # what a thing reaches beyond, or comes after, is a standard taken as known: its record
    # confirms neither the reach nor the order
    ("The fight over OpenAI's future goes well beyond Musk's bid.", dt.date(2025, 2, 16),
     Status.UNVERIFIED),
    ("Meta agreed to invest in Scale AI. This big move comes weeks after the release of "
     "Llama 4, Meta's newest model.", dt.date(2025, 6, 12), Status.UNVERIFIED),
    # an order the clause tells of its own event is its event's record
    ("AMD launched the MI325X after the MI300X.", dt.date(2024, 10, 10), Status.SUPPORTED),
])
def test_a_standard_past_which_or_after_which_a_thing_comes_confirms_nothing(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


SITES = "OpenAI, Oracle and SoftBank named five new Stargate sites. "


@pytest.mark.parametrize(("text", "status"), [
    # how far along the way to a recorded goal the venture stands is not the goal
    (SITES + "The venture is said to be ahead of schedule to reach its 10-gigawatt goal.",
     Status.UNVERIFIED),
    (SITES + "The venture is on track to reach its 10-gigawatt goal.", Status.UNVERIFIED),
    (SITES + "The venture aims to reach 10 gigawatts.", Status.SUPPORTED),
])
def test_a_plan_s_progress_is_not_confirmed_by_its_goal(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 9, 24))[-1] is status


@pytest.mark.parametrize(("text", "date", "status"), [
    # the store records Microsoft as the second company to pass the mark, after NVIDIA
    ("Microsoft became the first company to pass $4 trillion in market value.",
     dt.date(2025, 8, 2), Status.UNVERIFIED),
    ("Microsoft became the second company to pass $4 trillion in market value.",
     dt.date(2025, 8, 2), Status.SUPPORTED),
    ("Nvidia became the first chipmaker to reach a $1 trillion market value.",
     dt.date(2023, 6, 1), Status.SUPPORTED),
])
def test_a_place_in_the_order_of_firsts_is_confirmed_only_by_the_same_place(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date)[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the condition is the fact's own: its figure is what debt financing adds
    ("The AI Infrastructure Partnership could mobilise up to $100 billion if debt financing "
     "is included.", "supported"),
    ("The partnership, the AI Infrastructure Partnership, could grow to $100 billion if "
     "combined with debt financing.", "supported"),
    # a condition the store does not record is more than it says
    ("The AI Infrastructure Partnership could mobilise up to $100 billion if its members "
     "agree.", "unverified"),
])
def test_a_condition_a_cue_of_the_fact_states_is_the_fact_s_own(
        bundled_statuses: Any, text: str, status: str) -> None:
    """issue 8: "potentially increasing to $100 billion if combined with debt financing"
    was left unverified ("the store does not say: if") beside the record of up to $100
    billion including debt financing."""
    assert [s.value for s in bundled_statuses(text, dt.date(2025, 3, 25))][-1] == status


_RESULTS = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-q4-revenue
    kind: quantity
    subject: acme
    measure: quarterly revenue
    cues: [revenue, fourth quarter]
    value: "$7.66 billion"
    as_of: 2024-12-31
    statement: Acme's revenue for the fourth quarter of 2024 was $7.66 billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - id: acme-2024-revenue
    kind: quantity
    subject: acme
    measure: revenue
    cues: [revenue, full year]
    value: "$25.8 billion"
    as_of: 2024-12-31
    statement: Acme's revenue for 2024 was a record $25.8 billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("text", "status"), [
    # a figure told as a record, or as the highest ever, needs a fact that says so (tenth
    # real set: "made $7.7 billion in revenue, the highest in its history" was supported)
    ("In the fourth quarter of 2024, Acme made $7.7 billion in revenue, the highest in "
     "its history.", Status.UNVERIFIED),
    ("Acme's revenue in the fourth quarter of 2024 was a record $7.7 billion.",
     Status.UNVERIFIED),
    ("In the fourth quarter of 2024, Acme made $7.7 billion in revenue.", Status.SUPPORTED),
    # the record before a measure with words of its own ("record gaming revenue")
    ("Acme posted record fourth-quarter revenue of $7.7 billion.", Status.UNVERIFIED),
    # the fact that says so confirms the record
    ("For the full year 2024, Acme's revenue reached $25.8 billion, a new record.",
     Status.SUPPORTED),
])
def test_a_figure_told_as_a_record_needs_a_fact_that_says_so(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(_RESULTS), text, dt.date(2025, 2, 5)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the store's exclusivity is of a cloud provider, beside a record of an investment
    ("Microsoft is OpenAI's only investor.", Status.UNVERIFIED),
    ("Microsoft is OpenAI's exclusive cloud provider.", Status.SUPPORTED),
    # a first of all time the facts do not tell
    ("Meta's $14.3 billion Scale AI deal was its first investment ever.", Status.UNVERIFIED),
])
def test_an_exclusivity_or_a_first_is_confirmed_only_of_what_the_facts_tell_it_of(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: "the only investor" was supported because a fact said "exclusive" of
    something else; "its first investment ever" went unread."""
    assert bundled_statuses(text, dt.date(2025, 7, 1))[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # a superlative over a span of time the facts do not tell (h12fs's probe)
    ("In the fourth quarter of 2024, Acme's revenue was $7.7 billion, its strongest quarter "
     "since 2019.", Status.UNVERIFIED),
    # a span with no count (issue 8, the probe)
    ("In the fourth quarter of 2024, Acme's revenue was $7.7 billion, its strongest quarter "
     "in years.", Status.UNVERIFIED),
    ("In the fourth quarter of 2024, Acme's revenue was $7.7 billion.", Status.SUPPORTED),
])
def test_a_best_over_a_span_needs_a_fact_that_says_so(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(_RESULTS), text, dt.date(2025, 2, 5)) == [status]


@pytest.mark.parametrize(("text", "status"), [
    # the record's own superlative over its span, and another one
    ("Nvidia's shares fell about 17% on Jan. 27, their steepest fall since 2020.",
     Status.SUPPORTED),
    ("Nvidia's shares fell about 17% on Jan. 27, their best day since 2020.",
     Status.UNVERIFIED),
])
def test_a_superlative_since_a_time_is_confirmed_by_the_record_s_own(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 1, 28))[-1] is status


@pytest.mark.parametrize(("sentence", "status"), [
    # an act told as the first of its kind: no record says it was
    ("Microsoft is laying off 3% of its workforce for the first time.", Status.UNVERIFIED),
    ("Google gave Anthropic a $1 billion commitment for the first time.", Status.UNVERIFIED),
    # a level crossed for the first time: the record of the crossing implies it
    ("Nvidia's market value topped $5 trillion for the first time.", Status.SUPPORTED),
    ("Microsoft is laying off 3% of its workforce.", Status.SUPPORTED),
])
def test_an_act_told_as_the_first_is_confirmed_only_by_a_record_that_says_so(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    """issue 8, found by the probe: 'for the first time' the record of the act does not say
    was supported by the act's figure."""
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]


@pytest.mark.parametrize("text", [
    # real news: "This follows its last funding round in late 2024, where xAI raised 6
    # billion dollars" was read as "xAI follows ...", and the sequence left it unchecked
    "xAI is in talks to raise more. This follows its last funding round in late 2024, "
    "where xAI raised $6 billion.",
    "Anthropic is in talks. This comes after a $4 billion deal from Amazon in September "
    "2023.",
])
def test_the_news_placed_after_a_dated_deal_is_held_to_that_deal(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert bundled_statuses(text, dt.date(2025, 3, 7))[-1] is Status.SUPPORTED
