"""REL: a relation or event the claim names with its cue supports it; what the store records
as beginning after the article's date cannot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: orbit, name: Orbit Fund, kind: project}}
  - {{id: volta, name: Volta Grid, kind: organization}}
facts:
  - id: volta-joins-orbit
    kind: event
    subject: volta
    object: orbit
    measure: energy collaboration
    cues: [collaborate, collaboration, supply chain, energy]
    date: 2025-03-19
    statement: On 19 March 2025 Volta Grid agreed to collaborate with the Orbit Fund on energy
      and supply chains for data centres.
    {SOURCE}
"""


def test_a_relation_recorded_after_the_article_does_not_support_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE)
    # the article is of 1 March 2025: the collaboration of 19 March is news it could not tell
    assert statuses_in(store, "Volta Grid works on energy with the Orbit Fund.") == \
        [Status.UNVERIFIED]


def test_a_relation_without_a_date_began_when_it_became_public(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # a standing relation has no date of its own; the day it became public is its start:
    # the article of 1 March 2025 could not tell of a chair first named on 19 March
    relation = STORE.replace("kind: event", "kind: relation").replace(
        "date: 2025-03-19", "published: 2025-03-19").replace(
        "energy collaboration", "chair").replace(
        "collaborate, collaboration, supply chain, energy", "chairs, chair")
    assert statuses_in(literal_store(relation), "Volta Grid chairs the Orbit Fund.") == \
        [Status.UNVERIFIED]
    known = relation.replace("published: 2025-03-19", "published: 2025-02-10")
    assert statuses_in(literal_store(known), "Volta Grid chairs the Orbit Fund.") == \
        [Status.SUPPORTED]


def test_an_event_the_sentence_is_about_confirms_nothing_it_says_of_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE.replace("2025-03-19", "2025-01-10").replace(
        "19 March 2025", "10 January 2025"))
    assert statuses_in(store, "Volta Grid collaborates with the Orbit Fund.") == \
        [Status.SUPPORTED]
    # the collaboration is taken as known; that it was praised is not what the store holds
    assert statuses_in(store, "The Volta Grid collaboration with the Orbit Fund was praised "
                       "by analysts.") == [Status.UNVERIFIED]
    # what the description names is what it says: the parties after the verb
    assert statuses_in(store, "The energy collaboration is Volta Grid's, with the Orbit "
                       "Fund.") == [Status.SUPPORTED]


def test_an_event_the_clause_opens_with_as_known_confirms_nothing_it_asserts(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STORE.replace("2025-03-19", "2025-01-10").replace(
        "19 March 2025", "10 January 2025"))
    # "Despite the collaboration," sets the scene; the clause asserts another thing
    assert statuses_in(store, "Despite the collaboration, Volta Grid remains short of power "
                       "for the Orbit Fund.") == [Status.UNVERIFIED]
    assert statuses_in(store, "After the collaboration with the Orbit Fund, Volta Grid "
                       "hired new engineers.") == [Status.UNVERIFIED]


MOVE = STORE.replace("energy collaboration", "one-day share price fall (10 January 2025)").replace(
    "collaborate, collaboration, supply chain, energy", "shares fell, stock fell").replace(
    "2025-03-19", "2025-01-10").replace(
    "On 19 March 2025 Volta Grid agreed to collaborate with the Orbit Fund on energy\n      and "
    "supply chains for data centres.", "Volta Grid's shares fell 9% on 10 January 2025.").replace(
    "    object: orbit\n", "")


def test_a_share_move_of_a_day_the_claim_does_not_name_is_another_day_s(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(MOVE)
    assert statuses_in(store, "Volta Grid's shares fell after its results.") == \
        [Status.UNVERIFIED]
    assert statuses_in(store, "Volta Grid's shares fell on January 10.") == \
        [Status.SUPPORTED]


PLAN = STORE.replace("2025-03-19", "2025-03-03").replace("19 March 2025", "3 March 2025")


def test_a_plan_stated_in_the_days_the_store_records_it_done_is_what_was_announced(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # the article of 1 March tells the agreement recorded on 3 March as a plan: what was
    # being announced
    store = literal_store(PLAN)
    assert statuses_in(store, "Volta Grid will collaborate with the Orbit Fund.") == \
        [Status.SUPPORTED]
    assert statuses_in(store, "Volta Grid plans to collaborate with the Orbit Fund.") == \
        [Status.SUPPORTED]


def test_a_possibility_or_a_plan_long_after_the_event_is_not_the_event(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    assert Status.SUPPORTED not in statuses_in(literal_store(PLAN), "Volta Grid could "
                                               "collaborate with the Orbit Fund.")
    # done in January: a plan told in March is not it
    old = literal_store(STORE.replace("2025-03-19", "2025-01-10"))
    assert Status.SUPPORTED not in statuses_in(old, "Volta Grid will collaborate with the "
                                               "Orbit Fund.")


STANDING = f"""
entities:
  - {{id: orbit, name: Orbit Fund, kind: project}}
facts:
  - id: orbit-focus
    kind: relation
    subject: orbit
    measure: investment focus
    cues: [data centres, data centers, invest]
    statement: The Orbit Fund invests in data centres, chiefly in Europe.
    {SOURCE}
"""


def test_a_plan_beside_a_standing_relation_is_the_plan_the_store_records(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(STANDING)
    assert statuses_in(store, "The Orbit Fund will invest in data centres.") == \
        [Status.SUPPORTED]
    # a possibility is not what the store records
    assert Status.SUPPORTED not in statuses_in(store, "The Orbit Fund could invest in data "
                                                      "centres.")


_ROUND_STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization, descriptors: [startup]}}
  - {{id: northwind, name: Northwind Capital, kind: organization}}
  - {{id: eastbay, name: Eastbay Group, kind: organization}}
facts:
  - id: northwind-led-zeta-round
    kind: relation
    subject: northwind
    object: zeta
    measure: lead investor of Zeta's May 2024 round
    cues: [led, lead, lead investor]
    statement: Northwind Capital led Zeta Labs' $2.5 billion funding round of May 2024.
    {SOURCE}
"""


def test_a_round_pinned_by_its_size_has_the_lead_the_store_records(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """issue 8: "The round was led by Eastbay" after the $2.5 billion round was told: the
    round is the one of that size, whose lead the store records as Northwind. A lead fact
    says nothing of another round of the same company, so a round of no stated size stays
    unchecked."""
    store = literal_store(_ROUND_STORE)
    told = "In May, Zeta raised $2.5 billion at a $40 billion valuation. "
    assert statuses_in(store, told + "The round was led by Eastbay Group.")[-1] is \
        Status.CONTRADICTED
    assert statuses_in(store, told + "That round was led by Northwind Capital.")[-1] is not \
        Status.CONTRADICTED
    assert statuses_in(store, "In May, Zeta raised new money. The round was led by Eastbay "
                              "Group.")[-1] is Status.UNVERIFIED
    assert statuses_in(store, "Zeta put $3 billion into its own $9 billion funding round. "
                              "The round was led by Eastbay Group.")[-1] is Status.UNVERIFIED
    # a company led by a person, in a sentence giving the round's sum: no round's lead
    assert statuses_in(store, "Zeta Labs, led by Eastbay Group, said its backers put in "
                              "$2.5 billion.")[-1] is not Status.CONTRADICTED


def test_a_plan_reported_as_said_is_the_announcement_however_long_after(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # agreed on 10 February; the article of 1 March tells what Volta Grid said then
    old = literal_store(STORE.replace("2025-03-19", "2025-02-10"))
    assert statuses_in(old, "Volta Grid said it would collaborate with the Orbit Fund.") == \
        [Status.SUPPORTED]
    assert statuses_in(old, "Volta Grid announced that it would collaborate with the Orbit "
                       "Fund.") == [Status.SUPPORTED]
    # told in the article's own voice, the plan is overtaken by the event
    assert Status.SUPPORTED not in statuses_in(old, "Volta Grid will collaborate with the "
                                               "Orbit Fund.")
    # a possibility reported is still a possibility
    assert Status.SUPPORTED not in statuses_in(old, "Volta Grid said it could collaborate "
                                               "with the Orbit Fund.")


def test_a_plan_reported_before_the_store_records_it_is_news_the_article_could_not_tell(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # agreed on 19 March, the article is of 1 March
    assert statuses_in(literal_store(STORE), "Volta Grid said it would collaborate with the "
                       "Orbit Fund.") == [Status.UNVERIFIED]


def test_a_plan_told_the_day_after_the_announcement_is_the_announcement(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # announced on 28 February, reported in the paper of 1 March
    store = literal_store(STORE.replace("2025-03-19", "2025-02-28"))
    assert statuses_in(store, "Volta Grid will collaborate with the Orbit Fund.") == \
        [Status.SUPPORTED]
    # two days later it is not news of the day
    late = literal_store(STORE.replace("2025-03-19", "2025-02-26"))
    assert Status.SUPPORTED not in statuses_in(late, "Volta Grid will collaborate with the "
                                               "Orbit Fund.")


def test_a_plan_reported_from_someone_the_store_does_not_have_telling_it_is_not_the_report(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    told = STORE.replace("2025-03-19", "2025-02-10").replace(
        "On 19 March 2025 Volta Grid agreed", "On 10 February 2025 the Orbit Fund announced "
        "that Volta Grid would agree").replace(
        "entities:", "entities:\n  - {id: kepler, name: Ada Kepler, kind: person}")
    store = literal_store(told)
    # the fund announced it; Volta Grid is a party to it
    assert statuses_in(store, "The Orbit Fund said Volta Grid would collaborate with it.") \
        == [Status.SUPPORTED]
    assert statuses_in(store, "Volta Grid said it would collaborate with the Orbit Fund.") \
        == [Status.SUPPORTED]
    # neither a party nor the one the store has announcing it
    assert Status.SUPPORTED not in statuses_in(
        store, "Ada Kepler said Volta Grid would collaborate with the Orbit Fund.")


@pytest.mark.parametrize("text, rated", [
    ("Elon Musk teamed up with BlackRock to compete against OpenAI.", True),
    # the reviewed words in a clause of time told of another: not the claim's own
    ("The AI Infrastructure Partnership is backed by BlackRock. Musk and Nvidia join the "
     "effort two months after President Donald Trump announced the formation of Stargate.",
     False),
])
def test_a_reviewed_claim_s_words_in_a_clause_of_time_are_not_the_claim_s(
        bundled_store: Any, text: str, rated: bool) -> None:
    """A report's "Musk and Nvidia join the effort two months after Trump announced the
    formation of Stargate" matched the review of "Musk announced ...": Trump's announcing."""
    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 3, 19))
    assert any(c.verdict.rule == "REV" for c in report.claims) is rated


ROLE = f"""
entities:
  - {{id: volta, name: Volta Grid, kind: organization}}
  - {{id: jane-roe, name: Jane Roe, kind: person, affiliation: volta}}
facts:
  - id: roe-ceo-volta
    kind: relation
    subject: jane-roe
    object: volta
    measure: leadership of Volta Grid
    cues: [chief executive, CEO, founder]
    published: 2020-01-10
    statement: Jane Roe founded Volta Grid and is its chief executive.
    {SOURCE}
"""


def test_a_role_told_of_a_person_is_supported_but_a_title_before_her_name_is_a_description(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    store = literal_store(ROLE)
    assert statuses_in(store, "Jane Roe, the founder and CEO of Volta Grid, spoke.")[0] is \
        Status.SUPPORTED
    # the title before the name describes her; what the clause says of her is not checked,
    # and a judgement stays a judgement
    assert statuses_in(store, "Volta Grid's lead can be credited to its founder and CEO Jane Roe's "
                       "keen judgment.") == [Status.OPINION]


def test_a_role_does_not_settle_a_claim_that_names_the_person_but_not_the_organisation(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """Jane Roe's role is hers at Volta Grid: "Roe named a new CEO for the unit" uses the
    title of someone else, somewhere the claim does not say, and the role does not confirm it."""
    store = literal_store(ROLE)
    assert statuses_in(store, "Jane Roe named a new CEO for the unit.")[0] is not \
        Status.SUPPORTED
    assert statuses_in(store, "Jane Roe, the chief executive of Volta Grid, named a new "
                       "finance head.")[0] is Status.SUPPORTED
    # a title told as the organisation's points to it
    assert Status.SUPPORTED in statuses_in(store, "Volta Grid beat forecasts. Jane Roe, the "
                                           "company's chief executive, praised the staff.")
    assert statuses_in(store, "Jane Roe is the founder and CEO.") == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence", [
    "xAI's Series B was backed by Nvidia and AMD.",
    "Nvidia was a strategic investor in xAI's Series B.",
])
def test_a_round_named_by_its_letter_is_not_supported_by_another_round_s_record(
        bundled_statuses: Any, sentence: str) -> None:
    """NVIDIA and AMD backed xAI's Series C (December 2024): a claim of the Series B was
    supported by that record, a relation read without the letter that names the round."""
    assert Status.SUPPORTED not in bundled_statuses(sentence, dt.date(2025, 1, 10))


def test_a_plan_reported_with_no_time_is_no_report_of_an_event_years_before(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[..., list[Status]]) -> None:
    # agreed on 10 February 2025; an article of March 2027 telling what Volta Grid said,
    # with no time, reports a saying of its own day, not the agreement two years before
    # (a false supported on the fifteenth real set: "Altman said the new company would
    # create hundreds of thousands of jobs" held to his founding of OpenAI in 2015)
    old = literal_store(STORE.replace("2025-03-19", "2025-02-10"))
    later = dt.date(2027, 3, 1)
    assert Status.SUPPORTED not in statuses_in(
        old, "Volta Grid said it would collaborate with the Orbit Fund.", later)
    # the saying dated to the agreement's year is its report
    assert statuses_in(old, "In February 2025, Volta Grid said it would collaborate with "
                       "the Orbit Fund.", later) == [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "date", "status"), [
    # the founding names what the claim's act moves away from; the act itself is unchecked
    ("Sam Altman is said to be restructuring OpenAI away from the non-profit it was founded "
     "as.", dt.date(2024, 10, 1), Status.UNVERIFIED),
    ("Elon Musk is suing the company he co-founded.", dt.date(2024, 10, 1), Status.UNVERIFIED),
    ("Nvidia is integrating the networking business it acquired from Mellanox.",
     dt.date(2024, 10, 1), Status.UNVERIFIED),
    # the same founding, told as what the claim says of its subject
    ("OpenAI is the non-profit Elon Musk co-founded with Sam Altman.", dt.date(2024, 10, 1),
     Status.SUPPORTED),
    ("Elon Musk co-founded OpenAI as a non-profit.", dt.date(2024, 10, 1), Status.SUPPORTED),
])
def test_a_thing_named_by_what_was_done_to_it_confirms_nothing_the_claim_does_to_it(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date) == [status]
