"""Events as referents: "the takeover", "the round", "the deal" name the parties told before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.events import EventMemory
from factcheck.language.markers import NEGATION
from factcheck.model import Status

SOURCES = "[{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization, descriptors: [chipmaker]}}
  - {{id: zeta, name: Zeta, kind: organization}}
  - {{id: omni, name: Omni, kind: organization}}
facts:
  - {{id: acme-zeta-completed, kind: event, subject: acme, object: zeta, date: 2022-02-14,
     measure: acquisition of Zeta (completion), value: "$49 billion", tolerance: 0.02,
     cues: [acquisition, completed, closed, close, takeover], sources: {SOURCES},
     statement: Acme completed its acquisition of Zeta on 14 February 2022 for $49 billion.}}
"""
STORY = "Acme agreed to buy Zeta in October 2020. Regulators took their time. "


def test_a_definite_event_noun_points_to_the_parties_of_the_event_told() -> None:
    memory = EventMemory()
    memory.note("Acme agreed to buy Zeta in October 2020", ["acme", "zeta"])
    memory.note("Omni reported revenue of $3 billion", ["omni"])
    assert memory.parties("the takeover did not close until 2022") == {"acme", "zeta"}
    assert memory.parties("the deal closed in 2022") == {"acme", "zeta"}  # the latest told
    assert memory.parties("the round closed in 2022") == set()  # no round was told
    # told again with fewer names, it keeps its parties
    memory.note("Acme announced its purchase of the chipmaker", ["acme"])
    assert memory.parties("The acquisition closed") == {"acme", "zeta"}
    memory.note("Omni bought Delta", ["omni"])  # another acquisition, other parties
    assert memory.parties("the takeover closed") == {"omni"}


def test_a_sum_put_in_with_no_object_goes_into_the_round_just_told() -> None:
    memory = EventMemory()
    memory.note("Take Zeta's October round", ["zeta"])
    memory.note("Omni led it with roughly $1.3 billion", ["omni"])
    assert memory.put_into("Acme put in about $100 million") == {"zeta"}
    assert memory.put_into("Acme invested around $250 million") == {"zeta"}
    # a sum put into something named is no part of the round; nor is a clause without a sum
    assert memory.put_into("Acme invested $2 billion in Delta") == set()
    assert memory.put_into("Acme put in an offer") == set()
    # long after the round, a sum put in may be another deal's
    for n in range(5):
        memory.note(f"Omni said something else {n}", ["omni"])
    assert memory.put_into("Acme put in about $100 million") == set()


def test_taking_over_as_chief_is_no_takeover() -> None:
    """Issue 8: "Doe took over as chief executive of Acme" was read as Acme bought, and a
    later "the takeover" (of Zeta) was given Doe and Acme alone as its parties."""
    memory = EventMemory()
    memory.note("Jane Doe took over as chief executive of Acme in 2014", ["jane-doe", "acme"])
    assert memory.parties("the takeover closed in 2022") == set()


def test_the_biggest_deal_introduces_an_event_and_points_back_to_none() -> None:
    """Issue 8: "she struck the biggest deal in its history, agreeing to buy Zeta" tells an
    acquisition; read as pointing back to the last round, the takeover lost Zeta."""
    memory = EventMemory()
    memory.note("investors backed Omni", ["omni"])
    memory.note("Acme struck the biggest deal in its history, agreeing to buy Zeta",
                ["acme", "zeta"])
    assert memory.parties("the takeover closed in 2022") == {"acme", "zeta"}


def test_not_until_says_when_and_denies_nothing() -> None:
    assert NEGATION.search("the takeover did not close until Feb. 14, 2021") is None
    assert NEGATION.search("the takeover did not close") is not None


@pytest.mark.parametrize("text", ["this isn't just a financial bet", "not only a buyer",
                                  "it is not merely a loan", "doesn't simply sell chips"])
def test_not_just_adds_and_denies_nothing(text: str) -> None:
    assert NEGATION.search(text) is None


@pytest.fixture
def last(literal_store: Callable[[str], Any],
         statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], Status]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)[-1]


def test_the_takeover_is_the_one_the_article_told(last: Callable[[str], Status]) -> None:
    assert last(STORY + "The takeover did not close until Feb. 14, 2021.") is \
        Status.CONTRADICTED
    assert last(STORY + "The takeover did not close until Feb. 14, 2022.") is Status.SUPPORTED
    assert last(STORY + "The acquisition was worth about $49 billion when it was "
                "completed.") is Status.SUPPORTED
    # told of no takeover, the claim names no one whose takeover it could be
    assert last("Regulators took their time. The takeover did not close until Feb. 14, "
                "2021.") is Status.UNVERIFIED


@pytest.mark.parametrize(("day", "status"), [("2022", Status.SUPPORTED),
                                              ("2021", Status.CONTRADICTED)])
def test_a_takeover_the_story_s_subject_was_no_party_to_is_its_teller_s(
        last: Callable[[str], Status], day: str, status: Status) -> None:
    """In a story about Omni, "the takeover" told as Acme's is Acme's, not Omni's."""
    story = "Omni reported revenue of $3 billion. Omni sells widgets. Omni grew fast. "
    assert last(story + STORY + f"The takeover did not close until Feb. 14, {day}.") is status


def test_it_after_a_clause_that_opens_with_the_event_is_the_event() -> None:
    memory = EventMemory()
    memory.note("Acme agreed to buy Zeta in October 2020", ["acme", "zeta"])
    memory.note("The takeover needed approval in three countries", [])
    assert memory.parties("Regulators cleared it in 2021") == {"acme", "zeta"}
    memory.note("Omni reported revenue of $3 billion", ["omni"])  # another subject
    assert memory.parties("Regulators cleared it in 2021") == set()


def test_a_leading_it_after_the_event_tells_of_the_event(last: Callable[[str], Status]) -> None:
    told = STORY + "The takeover needed approval in three countries. It closed on Feb. 14, "
    assert last(told + "2022.") is Status.SUPPORTED
    assert last(told + "2021.") is not Status.SUPPORTED


LEADS = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta, kind: organization}}
  - {{id: vc, name: Vanta Ventures, kind: organization}}
facts:
  - {{id: vc-led-acme-round, kind: relation, subject: vc, object: acme, cues: [led],
     measure: lead investor, sources: {SOURCES},
     statement: Vanta Ventures led Acme's 2024 funding round.}}
"""


def test_who_led_the_round_is_checked_against_the_parties_of_the_round_told(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """The round's parties stand in for what the clause leaves unsaid, not every name of
    the sentence before: a rival named in passing is no party to it."""
    store = literal_store(LEADS)
    told = "Acme raised $2 billion in May. The round was led by Vanta Ventures."
    assert statuses_in(store, told)[-1] is Status.SUPPORTED
    other = "Zeta, a rival to Acme, raised $2 billion in May. The round was led by Vanta Ventures."
    assert statuses_in(store, other)[-1] is Status.UNVERIFIED


def test_a_clause_naming_a_party_of_an_earlier_event_points_to_that_one() -> None:
    memory = EventMemory()
    memory.note("Acme bought Zeta in 2022", ["acme", "zeta"])
    memory.note("Omni agreed to buy Delta", ["omni", "delta"])
    assert memory.parties("the acquisition won every approval", frozenset({"acme"})) == \
        {"acme", "zeta"}
    assert memory.parties("the acquisition won every approval", frozenset({"vc"})) == \
        {"omni", "delta"}  # no party named: the last one told


VALUED = f"""
entities:
  - {{id: zeta, name: Zeta Labs, kind: organization, descriptors: [startup]}}
facts:
  - {{id: zeta-valuation-2023, kind: quantity, subject: zeta, measure: valuation,
     value: "$20 billion", tolerance: 0.01, as_of: 2023-06-01, sources: {SOURCES},
     statement: Zeta Labs' June 2023 funding round valued it at $20 billion.}}
  - {{id: zeta-valuation-2025, kind: quantity, subject: zeta, measure: valuation,
     value: "$90 billion", tolerance: 0.01, as_of: 2025-01-15, sources: {SOURCES},
     statement: Zeta Labs' January 2025 funding round valued it at $90 billion.}}
"""


def test_what_a_round_told_before_valued_a_company_at_is_that_round_s_figure(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """"The round valued the startup at $20 billion" tells of the round the article told,
    in its year: the figure then, never out of date because a later round raised it."""
    store = literal_store(VALUED)
    for back in ("The round valued the startup at $20 billion.",
                 "The deal values the company at $20 billion.",
                 "The investment valued Zeta Labs at $20 billion."):
        told = f"Zeta Labs raised $2 billion in June 2023. {back}"
        assert statuses_in(store, told)[-1] is Status.SUPPORTED, back
    # a round told in another year than the figure's: unsure, not out of date
    assert statuses_in(store, "Zeta Labs raised $9 billion in January 2025. The round "
                              "valued the startup at $20 billion.")[-1] is Status.UNVERIFIED
    # no round told: the figure is as of now, and out of date
    assert statuses_in(store, "Zeta Labs is valued at $20 billion.")[-1] is Status.OUTDATED


def test_an_event_s_years_are_those_it_was_told_in() -> None:
    memory = EventMemory()
    assert memory.years("the round valued it at $5 billion") is None  # none told
    memory.note("Acme raised $2 billion in June 2023", ["acme"])
    assert memory.years("the round valued it at $5 billion") == {2023}
    memory.note("The round closed in 2024", ["acme"])  # told again: its years grow
    assert memory.years("the deal valued it at $5 billion") == {2023, 2024}
    memory.note("Zeta raised $1 billion", ["zeta"])  # another round, with no year
    assert memory.years("the round valued it at $5 billion") == set()


BID = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta, kind: organization, descriptors: [chipmaker]}}
  - {{id: jane-roe, name: Jane Roe, kind: person, affiliation: zeta, aliases: [Roe]}}
facts:
  - {{id: acme-zeta-bid, kind: event, subject: acme, object: zeta, mentions: [jane-roe],
     measure: bid for Zeta, cues: [bid, offer, proposal], value: "$20 billion",
     tolerance: 0.01, date: 2025-02-10, sources: {SOURCES},
     statement: "On 10 February 2025 Acme made an unsolicited $20 billion bid for Zeta;
       Zeta's chief executive Jane Roe rejected it the same day."}}
"""


def test_a_bid_is_an_event_its_offer_and_proposal_refer_back_to() -> None:
    memory = EventMemory()
    memory.note("Acme made a $20 billion bid for Zeta", ["acme", "zeta"])
    memory.note("Omni reported revenue of $3 billion", ["omni"])
    assert memory.parties("Roe rejected the offer") == {"acme", "zeta"}
    assert memory.parties("the proposal was sent to the board") == {"acme", "zeta"}
    memory = EventMemory()
    memory.note("Acme made an offer to buy Zeta", ["acme", "zeta"])
    assert memory.parties("Roe rejected the offer") == {"acme", "zeta"}


def test_a_party_of_a_bid_told_before_speaks_of_it_by_its_noun(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """"Roe rejected the offer" tells of the bid the article told: the bid's record, which
    names Roe among its parties, settles it; with no bid told, the offer is no one's."""
    store = literal_store(BID)
    told = "Acme made a $20 billion bid for Zeta on Feb. 10, 2025. "
    assert statuses_in(store, told + "Jane Roe rejected the offer the same day.")[-1] is \
        Status.SUPPORTED
    assert statuses_in(store, "Zeta sells chips. Jane Roe rejected the offer the same "
                              "day.")[-1] is Status.UNVERIFIED
    # the bid's object only commenting on it: nothing the record settles
    assert statuses_in(store, told + "Whether the offer was fair to Zeta remains an open "
                              "question.")[-1] is not Status.SUPPORTED


JOINT = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta, kind: organization}}
  - {{id: harbor, name: Harbor Alliance, kind: project, descriptors: [partnership, venture]}}
facts:
  - {{id: harbor-launch, kind: event, subject: harbor, mentions: [acme, zeta], measure: launch,
     cues: [launched], date: 2024-05-02, sources: {SOURCES},
     statement: Acme and Zeta launched the Harbor Alliance on 2 May 2024.}}
"""


def test_a_partnership_right_after_an_act_of_two_is_theirs_not_a_third_thing_they_back(
        literal_store: Callable[[str], Any]) -> None:
    """"Acme will invest $10 billion in Zeta. The partnership is built around ...": the
    partnership is the investment just told, not another venture whose facts name both."""
    from factcheck.language.extract import extract_claims
    from factcheck.read.documents import read_text

    store = literal_store(JOINT)

    def said(text: str) -> list[str]:
        return [c.standalone for c in extract_claims(read_text(text, "a.txt"),
                                                     store.entities)]
    assert "Harbor Alliance" not in said("Acme will invest $10 billion in Zeta. The "
                                         "partnership is built around 5 gigawatts.")[-1]
    # a venture is no act of theirs: still the one their facts name
    assert "Harbor Alliance" in said("Acme will invest $10 billion in Zeta. The venture "
                                     "is built around 5 gigawatts.")[-1]


def test_a_year_the_event_is_only_expected_in_does_not_date_it() -> None:
    """Real news: "The deal, expected to close by mid-2025, ..." after a deal told with no
    year gave the deal 2025 alone, and a later "The transaction will result in ..." lost
    the December 2024 record that gives its figure."""
    memory = EventMemory()
    memory.note("Acme agreed to buy Zeta for $5 billion", ["acme", "zeta"])
    memory.note("The deal, expected to close by mid-2026, bolsters Acme", ["acme"])
    assert memory.years("the transaction creates a firm worth $9 billion") == set()
    memory.note("The deal, set to complete in 2026, closed early in 2025", ["acme"])
    assert memory.years("the transaction creates a firm worth $9 billion") == {2025}


MERGED = f"""
entities:
  - {{id: acme, name: Acme, kind: organization, descriptors: [asset manager]}}
  - {{id: zeta, name: Zeta Credit, kind: organization, aliases: [Zeta]}}
facts:
  - {{id: acme-zeta-deal, kind: event, subject: acme, object: zeta, date: 2024-11-05,
     measure: acquisition of Zeta Credit, value: "$7 billion", tolerance: 0.02,
     cues: [acquisition, deal, buy], sources: {SOURCES},
     statement: "On 5 November 2024 Acme agreed to buy Zeta Credit for $7 billion; the
       combined lending business would manage about $310 billion."}}
"""


def test_what_the_transaction_results_in_is_its_record_s_figure(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    story = ("Acme has announced a $7 billion acquisition of Zeta Credit. The deal, expected "
             "to close by mid-2025, will widen Acme's lending arm. The transaction will "
             "result in a combined lending business managing about $310 billion in assets.")
    assert statuses_in(literal_store(MERGED), story, dt.date(2024, 11, 6))[-1] is \
        Status.SUPPORTED


@pytest.mark.parametrize(("text", "years"), [
    ("Acme bought Globex in 2019 and sold it in 1995.", {2019, 1995}),
    ("The 1949 plan, the x2024 model, the 20245 units, 2019b and 19501 were no years.", set()),
    ("(2021), 2030. and -1950 are years", {2021, 2030, 1950}),
])
def test_the_years_a_clause_tells_are_whole_numbers_from_1950_on(
        text: str, years: set[int]) -> None:
    from factcheck.language.events import _told_years

    assert _told_years(text) == years
