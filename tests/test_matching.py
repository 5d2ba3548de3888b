"""Cue matching: which words of a claim call up a fact, and which facts fit its parties."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from rapidfuzz import fuzz

from factcheck.language.extract import extract_claims
from factcheck.model import Block, Document, Fact, Span, Status
from factcheck.rules.matching import _word_set, candidates, nearest

Statuses = Callable[..., list[Status]]


@pytest.fixture
def statuses(bundled_statuses: Statuses) -> Statuses:
    """The verdicts the bundled store gives a one-sentence article."""
    return bundled_statuses


def test_a_party_of_an_event_may_tell_it_in_the_active_voice(statuses: Statuses) -> None:
    """The store records the partnership's launch with BlackRock among its founders."""
    assert statuses("BlackRock launched the Global AI Infrastructure Investment Partnership "
                    "with Microsoft in September 2024.") == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence, status", [
    # a party the store records in the deal, its very figure and its object: the deal
    ("BlackRock Leads $40 Billion Deal to Acquire Aligned Data Centers", Status.SUPPORTED),
    ("BlackRock heads a $40 billion purchase of Aligned Data Centers.", Status.SUPPORTED),
    # another figure: maybe another deal of the same parties, not this one
    ("BlackRock heads a $25 billion purchase of Aligned Data Centers.", Status.UNVERIFIED),
])
def test_a_party_of_a_deal_told_as_its_doer_with_its_very_figure_tells_the_deal(
        statuses: Statuses, sentence: str, status: Status) -> None:
    """issue 8: "BlackRock heads $40bn Aligned purchase": the store records the purchase by
    the AI Infrastructure Partnership with BlackRock's GIP among its parties; the claim's doer
    is a party the record names, not its subject, so the record was passed over."""
    assert statuses(sentence, dt.date(2025, 10, 16)) == [status]


def test_an_intention_is_not_the_event_it_intends(statuses: Statuses) -> None:
    assert Status.SUPPORTED not in statuses("Through the fund, BlackRock aims to establish a "
                                            "footprint in the sector.")


def test_the_counted_noun_pins_a_count_but_a_unit_of_measure_does_not(
        statuses: Statuses) -> None:
    assert statuses("Each H100 packs 100 billion transistors.") == [Status.CONTRADICTED]
    assert Status.CONTRADICTED not in statuses("Blackwell linked its dies by a 10 TB/s "
                                               "chip-to-chip connection.")


def test_support_never_rests_on_a_word_of_the_fact_s_own_subject_name(
        statuses: Statuses) -> None:
    """"partnership" is a word of "AI Infrastructure Partnership", not a relation."""
    assert statuses("For xAI, the AI Infrastructure Partnership is the latest step in a "
                    "breakneck two years.")[-1] is not Status.SUPPORTED


def test_a_count_of_a_named_product_counts_what_the_product_is(statuses: Statuses) -> None:
    """The store describes the H100 (Hopper) as a GPU: 100,000 H100 chips are 100,000 GPUs."""
    assert statuses("Colossus came online with 100,000 Nvidia H100 chips.") == [
        Status.SUPPORTED]
    assert statuses("Colossus came online with 300,000 Nvidia H100 chips.") != [
        Status.SUPPORTED]


def test_a_count_of_a_named_product_pins_the_count_of_what_the_product_is(
        statuses: Statuses) -> None:
    """"130,000 H100 processors" count GPUs, the very thing the store's GPU count counts."""
    assert statuses("By the end of September 2024, Colossus was running 130,000 H100 "
                    "processors.", date=dt.date(2024, 12, 1)) == [Status.CONTRADICTED]
    assert statuses("By the end of September 2024, Colossus was running 100,000 H100 "
                    "processors.", date=dt.date(2024, 12, 1)) == [Status.SUPPORTED]



def test_a_review_stands_aside_only_when_its_phrases_are_all_in_the_true_account(
        statuses: Statuses) -> None:
    # "invested" is in the cited 2024 investment fact; "early" is the review's own false
    # content, so the review applies even though the fact supports the investment.
    assert statuses("Early in OpenAI's development, NVIDIA recognized its potential and "
                    "invested, not only offering financial support but also paving the way "
                    "for future collaboration and technological applications between the two "
                    "companies.", dt.date(2025, 3, 25)) == [Status.CONTRADICTED]


SOURCES = "[{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
ACTING = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta Rockets, kind: organization, aliases: [Zeta]}}
  - {{id: widget, name: Widget, kind: product}}
  - {{id: jo, name: Jo Doe, kind: person, affiliation: [acme, zeta]}}
facts:
  - {{id: acme-widget-launch, kind: event, subject: acme, object: widget, date: 2024-03-18,
     measure: launch of the Widget, cues: [unveiled, launched, launch], sources: {SOURCES},
     statement: Acme unveiled the Widget on 18 March 2024.}}
  - {{id: zeta-founding, kind: event, subject: zeta, measure: founding, date: 2021-05-04,
     cues: [founded, announced, announcement], sources: {SOURCES},
     statement: Zeta Rockets was founded on 4 May 2021.}}
  - {{id: zeta-factory, kind: event, subject: zeta, measure: factory opening, date: 2022-06-02,
     cues: [opened, opening], sources: {SOURCES},
     statement: Zeta Rockets opened its Texas factory on 2 June 2022.}}
  - {{id: zeta-mission, kind: relation, subject: zeta, measure: mission, sources: {SOURCES},
     cues: [aims, goal, mission], statement: Zeta Rockets aims to make launches cheap.}}
"""


@pytest.fixture
def acting(literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]]
           ) -> Callable[[str], Status]:
    store = literal_store(ACTING)
    return lambda text: statuses_in(store, text)[-1]


def test_a_person_acts_for_whichever_of_their_organisations_the_act_is_of(
        acting: Callable[[str], Status]) -> None:
    """Jo Doe acts for Acme and for Zeta: each organisation's act is told by her verb."""
    assert acting("Jo Doe unveiled the Widget in March 2024.") is Status.SUPPORTED
    assert acting("Jo Doe unveiled the Widget in March 2023.") is \
        Status.CONTRADICTED
    assert acting("Jo Doe opened the factory in June 2022.") is Status.SUPPORTED


def test_a_person_acting_for_an_organisation_is_not_its_founder_unless_recorded(
        acting: Callable[[str], Status]) -> None:
    """A founding is done by founders, not by whoever acts for the organisation later: the
    record names none, so "Jo Doe founded it" is not confirmed, named or not."""
    assert acting("Jo Doe founded the company in May 2021.") is Status.UNVERIFIED
    assert acting("Jo Doe co-founded Zeta Rockets in May 2021.") is Status.UNVERIFIED
    assert acting("Zeta Rockets was founded in May 2021.") is Status.SUPPORTED


def test_only_an_act_her_own_verb_tells_and_never_a_standing_relation(
        acting: Callable[[str], Status]) -> None:
    # the organisation's event is only mentioned, not done by her
    assert acting("Jo Doe wrote on her blog in May 2021 within hours of the "
                  "announcement.") is Status.UNVERIFIED
    # her aims are not the company's mission
    assert acting("Jo Doe aims to make launches cheap.") is not Status.SUPPORTED


def test_an_object_of_the_subjects_own_is_no_counterparty_left_implicit(
        statuses: Statuses) -> None:
    # "its own data centres" fills the investment's object: the lab named just before is
    # not what Microsoft is said to have invested in
    assert statuses("OpenAI is hiring researchers.\n\nMicrosoft has invested heavily in its "
                    "own data centres.")[1] is not Status.SUPPORTED


def _document(text: str) -> Document:
    return Document(source="<test>", original=text, text=text,
                    blocks=(Block(Span(0, len(text)), "prose"),))


def _event(fact_id: str, *cues: str) -> Fact:
    return Fact(fact_id, "event", "acme", "launch", "Acme launched Zeta.", cues, ())


def test_candidates_are_the_facts_whose_cues_the_claim_uses_asked_again_or_not(
        bundled_store: Any) -> None:
    """The index of a list of facts is kept for the next claim that asks about the same
    list: each claim still gets only the facts it speaks to."""
    facts = [_event("f1", "launched"), _event("f2", "in production"), _event("f3", "sold")]
    first, second = extract_claims(_document("Acme launched Zeta. Acme sold Zeta in May."),
                                   bundled_store.entities)
    assert [c.fact.id for c in candidates(first, facts, lambda f: True)] == ["f1"]
    assert [c.fact.id for c in candidates(second, facts, lambda f: True)] == ["f3"]


@pytest.mark.parametrize(("sentence", "status"), [
    # the event's own day names the party the claim only describes
    ("AMD announced its all-stock purchase of the programmable-chip designer on Oct. 27, "
     "2020, in a deal valued at about $25 billion.", Status.CONTRADICTED),
    ("AMD announced its all-stock purchase of the programmable-chip designer on Oct. 27, "
     "2020, in a deal valued at about $35 billion.", Status.SUPPORTED),
    # another day, or another party named (one the store does not know): another deal
    ("AMD announced its all-stock purchase of the programmable-chip designer on Nov. 27, "
     "2020, in a deal valued at about $25 billion.", Status.UNVERIFIED),
    ("AMD announced its all-stock purchase of Pensando on Oct. 27, 2020, in a deal valued "
     "at about $25 billion.", Status.UNVERIFIED),
    # a deal or a party introduced ("a", "an"): that day may have seen another deal
    ("AMD announced the purchase of a small software firm on Oct. 27, 2020, for about $300 "
     "million.", Status.UNVERIFIED),
    ("AMD announced a purchase on Oct. 27, 2020, for about $300 million.", Status.UNVERIFIED),
    ("Microsoft announced a $2 billion investment in a robotics startup on Jan. 23, 2023.",
     Status.UNVERIFIED),
])
def test_an_event_told_on_its_recorded_day_names_its_counterparty(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 3, 5))[-1] is status

_STATEMENTS = ["Acme launched Zeta in 2021.", "Zeta was launched by Acme.", "Globex sells widgets.",
               "Acme launched Zeta.", "Acme and Globex launched a joint venture in 2021.",
               "Initech bought Globex for $3 billion.", "Nothing at all here"]


@pytest.mark.parametrize("sentence", ["Acme launched Zeta in 2021.", "Globex launched widgets.",
                                      "Initech bought Globex last year."])
def test_the_nearest_fact_is_the_best_scored_with_a_bonus_for_the_claim_s_subject(
        bundled_store: Any, sentence: str) -> None:
    """Highest token_set_ratio, plus 15 for a fact about a name the claim gives; the smaller
    id among equals (the same statement twice); none below 45."""
    read = extract_claims(_document(sentence), bundled_store.entities)[0]
    rng = random.Random(sentence)
    for entities in ((), ("acme",), ("globex",)):
        claim = replace(read, entities=entities)
        for _ in range(40):
            facts = [Fact(f"f{rng.randint(0, 9)}-{i}", "event", rng.choice(["acme", "globex"]),
                          "launch", rng.choice(_STATEMENTS), (), ())
                     for i in range(rng.randint(0, 8))]
            scored = sorted(((fuzz.token_set_ratio(claim.standalone, f.statement) +
                              (15 if f.subject in entities else 0), f.id, f) for f in facts),
                            key=lambda t: (-t[0], t[1]))
            expected = scored[0][2] if scored and scored[0][0] >= 45 else None
            assert nearest(claim, facts) is expected


@pytest.mark.parametrize("statement", [
    "Acme launched Zeta in 2021, and Acme launched Zeta again in 2022.",
    "Globex  sells\twidgets\nand widgets\r\nand more widgets.",
    "Initech bought Globex\u00a0for $3 billion.",  # a blank the tokenizers may not share
    "", "   ", "Zeta Zeta Zeta"])
def test_a_statement_is_scored_by_its_set_of_words_as_written(statement: str) -> None:
    """nearest hands the scorer each statement's words once each and sorted: the same score
    as the statement itself, whatever its blanks and repeated words."""
    for claim in ("Acme launched Zeta in 2021.", "Globex sells widgets", "Zeta", ""):
        assert fuzz.token_set_ratio(claim, _word_set(statement)) == \
            fuzz.token_set_ratio(claim, statement)


EDITION = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: nova, name: Nova, kind: project}}
  - {{id: nova-mars, name: Nova Mars, kind: project, affiliation: zeta}}
facts:
  - id: zeta-announces-nova
    kind: event
    subject: zeta
    object: nova
    measure: announcement
    cues: [Nova, announced, launched]
    date: 2024-01-10
    statement: Zeta Labs announced the Nova project on 10 January 2024.
    sources: {SOURCES}
  - id: nova-mars-announced
    kind: event
    subject: nova-mars
    mentions: [zeta]
    measure: announcement
    cues: [announced, launched]
    date: 2025-02-01
    statement: On 1 February 2025 Zeta Labs announced Nova Mars, its first Nova site abroad.
    sources: {SOURCES}
"""


def test_an_edition_of_the_object_the_claim_names_is_not_the_whole_left_implicit(
        literal_store: Callable[[str], Any]) -> None:
    """Nova, named a sentence before, is at hand; but the claim tells of Nova Mars, which
    the store names after it: the record of Nova's own announcement is no evidence."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text("Nova is the company's main project. Zeta announced Nova Mars.",
                             "a.txt"), literal_store(EDITION), article_date=dt.date(2025, 3, 1))
    verdict = report.claims[-1].verdict
    assert verdict.status is Status.SUPPORTED
    assert [e.fact for e in verdict.evidence] == ["nova-mars-announced"]


def test_a_measure_the_claim_narrows_is_read_before_the_wider_one(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Found by the probe: 'cloud revenue' of \\$102.3 billion was supported by Alphabet's
    total revenue for the quarter (a cue of the total met 'revenue ... quarter'), though the
    store records the quarter's cloud revenue."""
    when = dt.date(2025, 11, 1)
    assert bundled_statuses("Alphabet's cloud revenue was $15.2 billion in the third "
                            "quarter.", when) == [Status.SUPPORTED]
    assert bundled_statuses("Alphabet's cloud revenue was $102.3 billion in the third "
                            "quarter.", when) == [Status.IMPRECISE]
    assert bundled_statuses("Alphabet's revenue was $102.3 billion in the third quarter.",
                            when) == [Status.SUPPORTED]


@pytest.mark.parametrize(("sentence", "status"), [
    # a person acting for their company, whose act the claim puts on a party the record only
    # mentions (found by the probe: supported by Anthropic's founding by former OpenAI staff)
    ("Dario Amodei co-founded OpenAI.", Status.UNVERIFIED),
    ("Dario Amodei co-founded Anthropic in 2021.", Status.SUPPORTED),
    ("Dario Amodei co-founded the company in 2021 after leaving OpenAI.", Status.SUPPORTED),
])
def test_an_act_put_on_a_party_the_record_only_mentions_is_not_its_act(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [status]



@pytest.mark.parametrize(("sentence", "status"), [
    # a results note's shorthand: the sign says Azure's revenue grew
    ("Azure and other cloud services +39% year over year.", Status.SUPPORTED),
    # a share price's move is no revenue growth
    ("Microsoft shares +39% since the report.", Status.UNVERIFIED),
])
def test_a_signed_rate_in_shorthand_tells_growth(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2026, 1, 30)) == [status]
