"""A description names an entity by its partners: "a fund backed by Acme and Globex"."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language.extract import extract_claims
from factcheck.language.relational import premodifiers_start
from factcheck.model import Status
from factcheck.read.documents import read_text

STORE = """
entities:
  - {id: harbor, name: Harbor Alliance, kind: project, descriptors: [fund, alliance, group]}
  - {id: pier, name: Pier Capital, kind: organization, descriptors: [fund, investor]}
  - {id: acme, name: Acme, kind: organization}
  - {id: globex, name: Globex, kind: organization}
  - {id: initech, name: Initech, kind: organization}
  - {id: hooli, name: Hooli, kind: organization}
facts:
  - id: harbor-launch
    kind: event
    subject: harbor
    mentions: [acme, globex, initech]
    measure: launch
    cues: [launched, set up]
    date: 2024-05-02
    statement: Acme, Globex and Initech launched the Harbor Alliance on 2 May 2024.
    sources: [{url: "https://example.com/a", title: A, publisher: P, reliability: news}]
  - id: hooli-joins-harbor
    kind: event
    subject: hooli
    object: harbor
    measure: joining
    cues: [joined, join, signed up]
    date: 2025-02-10
    statement: Hooli joined the Harbor Alliance on 10 February 2025.
    sources: [{url: "https://example.com/b", title: B, publisher: P, reliability: news}]
  - id: pier-acme
    kind: relation
    subject: pier
    mentions: [acme]
    measure: partnership
    cues: [partner]
    statement: Pier Capital is a partner of Acme.
    sources: [{url: "https://example.com/c", title: C, publisher: P, reliability: news}]
"""


@pytest.fixture(scope="module")
def store(literal_store: Any) -> Any:
    return literal_store(STORE)


def standalone(store: Any, text: str) -> list[str]:
    return [c.standalone for c in extract_claims(read_text(text, "a.txt"), store.entities)]


@pytest.mark.parametrize("phrase", [
    "an investment group backed by Acme and Globex",
    "a fund set up last year with Globex, Acme and Initech",
    "an Acme and Globex-backed fund",
    "the alliance that Acme and Globex set up in May",
    "a group between Globex and Initech",
    # the members it counts: "a group that includes Acme and Globex"
    "a group that includes Acme and Globex",
    "an alliance including Globex, Initech and Acme",
    "a fund whose members include Acme and Initech",
    # an abbreviation in brackets is part of the description
    "a new artificial intelligence (AI) group that includes Acme and Globex",
    # the parties it comes from
    "a fund from Acme, Globex and Initech",
    "a new fund involving Acme, Globex and Initech",
])
def test_a_description_with_two_partners_names_the_one_entity_they_back(
        store: Any, phrase: str) -> None:
    assert standalone(store, f"Hooli joined {phrase} in February 2025.") == [
        "Hooli joined Harbor Alliance in February 2025"]


def test_the_named_entity_is_checked_and_its_partners_need_no_checking(
        store: Any, statuses_in: Any) -> None:
    found = statuses_in(store, "Hooli signed up to a fund backed by Acme and Globex in "
                               "February 2025.")
    assert [s.value for s in found] == ["supported"]


@pytest.mark.parametrize("text", [
    "Hooli joined a fund backed by Acme in 2025.",  # one partner names no one
    "Hooli joined a fund backed by Acme and Pier Capital in 2025.",  # not both partners
    "Harbor Alliance is a fund backed by Acme and Globex.",  # says what the name is
    "Harbor Alliance, a fund backed by Acme and Globex, grew.",
    "Hooli joined a fund that includes Acme and Pier Capital in 2025.",
])
def test_no_entity_is_named_without_two_of_its_partners_or_as_a_predicate(
        store: Any, text: str) -> None:
    claims = extract_claims(read_text(text, "a.txt"), store.entities)
    assert all(c.standalone.count("Harbor Alliance") <= text.count("Harbor Alliance")
               for c in claims)


def test_a_relative_clause_after_the_partners_keeps_them_names(store: Any) -> None:
    """"..., A and B, which ...": the aside is about B, so the list stays names."""
    found = standalone(store, "Hooli joined a fund backed by Globex and Acme, which "
                              "makes anvils.")
    assert "Harbor Alliance" not in " ".join(found)


def test_signing_up_to_the_partnership_is_joining_it(bundled_statuses: Any) -> None:
    """The bundled store: 'signed up to' is a cue of joining the AI Infrastructure
    Partnership, which a fund backed by BlackRock and Microsoft names."""
    assert [s.value for s in bundled_statuses(
        "Nvidia signed up to an investment group backed by BlackRock and Microsoft.")] == [
        "supported"]


class _Unscanned(dict):  # type: ignore[type-arg]
    """The store's entities, looked up by id only: going through them all is a failure."""

    def values(self) -> Any:
        raise AssertionError("went through every entity of the store")

    def items(self) -> Any:
        raise AssertionError("went through every entity of the store")

    def __iter__(self) -> Any:
        raise AssertionError("went through every entity of the store")


def test_a_description_looks_up_who_answers_to_its_noun_not_every_entity(store: Any) -> None:
    # It went through every entity of the store for each description: a million-entity
    # store paid that for every "a fund backed by A and B" of an article.
    from factcheck.language.nouns import entity_nouns
    from factcheck.language.relational import relational_descriptions

    finder = store.entities
    nouns = entity_nouns(finder.entities)
    nouns.answering("fund")  # the index is made once per store, here
    sentence = "Hooli joined an investment group backed by Acme and Globex."
    named = [(m.start, m.end, m.entity) for m in finder.find(sentence)]
    assert nouns.pattern is not None
    found = relational_descriptions(sentence, named, nouns.find(sentence),
                                    _Unscanned(finder.entities), nouns.answering,
                                    finder.partners)
    assert [(sentence[d.start:d.end], d.entity) for d in found] == [
        ("an investment group backed by Acme and Globex", "harbor")]
    assert nouns.answering("fund") == {"harbor", "pier"}


@pytest.mark.parametrize(("text", "said"), [
    ("Acme and Globex are set to launch a $5 billion fund for ports.",
     "Acme and Globex are set to launch a $5 billion Harbor Alliance for ports"),
    ("Acme, Globex And Initech Team Up For $5B Port Fund",
     "Acme, Globex And Initech Team Up For $5B Harbor Alliance"),
    # a headline's capitals: "Billion" is the sum's scale, no word of the description
    ("Acme, Globex And Initech Form $5 Billion Port Fund",
     "Acme, Globex And Initech Form $5 Billion Harbor Alliance"),
    # a plan announced is a launch
    ("Acme and Globex announced plans for a $5 billion fund for ports.",
     "Acme and Globex announced plans for a $5 billion Harbor Alliance for ports"),
    ("Acme and Globex are collaborating on a $5 billion fund for ports.",
     "Acme and Globex are collaborating on a $5 billion Harbor Alliance for ports"),
    ("Acme and Globex unveiled a $5 billion fund for ports.",
     "Acme and Globex unveiled a $5 billion Harbor Alliance for ports"),
])
def test_partners_that_launch_a_description_name_the_entity_they_back(
        store: Any, text: str, said: str) -> None:
    """issue 8: "A and B launch a fund", "A and B Team Up For $5B Fund": the partners are the
    subject of the verb that brings the description in."""
    assert standalone(store, text) == [said]


def test_a_description_after_one_named_by_its_partners_points_back_to_it(store: Any) -> None:
    """"a fund backed by Acme and Globex" names the Harbor Alliance: "the fund" after it is
    that fund, not a thing brought in without a name."""
    found = standalone(store, "Hooli joined a fund backed by Acme and Globex in 2025. "
                              "The fund grew to $5 billion in 2025.")
    assert found[-1] == "Harbor Alliance grew to $5 billion in 2025"


def test_a_headline_s_description_may_open_with_its_sum(store: Any) -> None:
    """issue 8: a headline drops the article ("Roe touts $5 billion fund from A, B, C"): the
    sum opens the description, which its partners name."""
    assert standalone(store, "Jane Roe touts $5 billion port fund from Acme, Globex, "
                             "Initech") == ["Jane Roe touts $5 billion Harbor Alliance"]
    # one partner names no one
    assert standalone(store, "Jane Roe touts $5 billion port fund from Acme") == [
        "Jane Roe touts $5 billion port fund from Acme"]



MODIFIED = """
entities:
  - {id: harbor, name: Harbor Alliance, kind: project, descriptors: [fund]}
  - {id: pier, name: Pier Capital, kind: organization, descriptors: [investor]}
  - {id: acme, name: Acme, kind: organization}
  - {id: globex, name: Globex, kind: organization}
facts:
  - {id: harbor-launch, kind: event, subject: harbor, mentions: [acme, globex], measure: launch,
     cues: [launched], date: 2024-05-02, statement: Acme and Globex launched the Harbor Alliance.,
     sources: [{url: "https://example.com/a", title: A, publisher: P, reliability: news}]}
  - {id: pier-clients, kind: relation, subject: pier, mentions: [acme, globex], measure: clients,
     cues: [clients], statement: Acme and Globex are clients of Pier Capital.,
     sources: [{url: "https://example.com/b", title: B, publisher: P, reliability: news}]}
"""


def test_a_noun_before_another_is_its_modifier_not_the_description_s_head(
        literal_store: Any) -> None:
    """"a $5 billion investor fund" is a fund, though an investor is what Pier Capital is,
    whose facts name both partners too."""
    assert standalone(literal_store(MODIFIED), "Acme and Globex announced plans for a $5 "
                      "billion investor fund.") == [
        "Acme and Globex announced plans for a $5 billion Harbor Alliance"]


@pytest.mark.parametrize("text", [
    "Hooli joined a new fund, involving Acme, Globex and Initech, in February 2025.",
    "Hooli joined a fund, backed by Acme and Globex, in February 2025.",
    # a relative clause set off the same way (a real report's "An investment consortium,
    # which includes Nvidia, BlackRock and Microsoft, has agreed to acquire Aligned ..."
    # was read as Nvidia's acquisition)
    "Hooli joined a fund, which includes Acme and Globex, in February 2025.",
])
def test_a_participle_set_off_by_a_comma_names_the_parties_of_the_noun_before_it(
        store: Any, text: str) -> None:
    """issue 8: "Trump announced a new joint venture, involving A, B and C, ...": the
    description is the noun before the comma; the participle, a clause of its own, says whose
    it is."""
    assert standalone(store, text)[0].startswith("Hooli joined Harbor Alliance")
    # one party names no one
    assert standalone(store, "Hooli joined a new fund, backed by Acme, in 2025.")[0] == \
        "Hooli joined a new fund"


def test_a_product_is_never_named_by_the_parties_it_comes_from(
        literal_store: Any) -> None:
    """"a widget from Acme and Globex": a product's facts name its maker's rivals as well as
    its makers, so the parties it comes from name no product."""
    widgets = """
entities:
  - {id: anvil, name: Anvil, kind: product, descriptors: [widget]}
  - {id: acme, name: Acme, kind: organization}
  - {id: globex, name: Globex, kind: organization}
facts:
  - {id: anvil-rivals, kind: relation, subject: anvil, mentions: [acme, globex],
     measure: rivals, cues: [rivals], statement: Anvil competes with Acme and Globex.,
     sources: [{url: "https://example.com/a", title: A, publisher: P, reliability: news}]}
"""
    assert standalone(literal_store(widgets), "Hooli bought a widget from Acme and Globex.") \
        == ["Hooli bought a widget from Acme and Globex"]


# What ``premodifiers_start`` finds, as a pattern: up to eight words of word characters and
# "$.,'’-", each followed by blanks, that end where the noun starts.
PREMODIFIERS = re.compile(r"(?:[\w$.,'’-]+\s+){0,8}?$")


@pytest.mark.parametrize("text, start", [
    ("a BlackRock and Microsoft-backed infrastructure fund", 0),
    ("the $500 billion data-center venture", 0),
    ("one two three four five six seven eight nine ten fund", 0),  # eight words at most
    ("a (new) fund", 0),  # a bracket is no premodifier
    ("the fund", 0),
    ("a  wide\t\u00a0open fund", 0),  # any blanks
    ("Acme’s 2024 AI fund", 3),  # from ``start`` on
    ("fund", 0),
    ("a fund\n", 0),
])
def test_the_premodifiers_are_those_the_pattern_finds(text: str, start: int) -> None:
    end = text.rfind("fund") if not text.endswith("\n") else len(text)
    found = PREMODIFIERS.search(text, start, end)
    assert found is not None and premodifiers_start(text, start, end) == found.start()


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(["a", "Acme", "$5", "3.5", "-", "’s", "'", ",", ".", " ", "  ",
                                 "\n", "\t", "(", ")", "é", "²", "_", "—", "\u00a0", "x"]),
                max_size=30).map("".join), st.integers(0, 40), st.integers(0, 60))
def test_the_premodifiers_of_any_text_are_those_the_pattern_finds(text: str, start: int,
                                                                   end: int) -> None:
    end = min(end, len(text))
    start = min(start, end)
    found = PREMODIFIERS.search(text, start, end)
    assert found is not None and premodifiers_start(text, start, end) == found.start()



SIZED = MODIFIED + """
  - {id: harbor-capital, kind: quantity, subject: harbor, measure: initial capital target,
     cues: [capital], value: "$5 billion", as_of: 2024-05-02,
     statement: The Harbor Alliance aims to raise $5 billion at first.,
     sources: [{url: "https://example.com/b", title: B, publisher: P, reliability: news}]}
"""


@pytest.mark.parametrize(("text", "said"), [
    # the sum the store records: that fund, by its own noun or by its kind's ("venture")
    ("Acme and Globex launched a $5 billion fund for ports.",
     "Acme and Globex launched a $5 billion Harbor Alliance for ports"),
    ("Acme and Globex are collaborating on a new port venture exceeding $5 billion.",
     "Acme and Globex are collaborating on Harbor Alliance exceeding $5 billion"),
    # a sum near the stored one: that fund misstated, left to the size check
    ("Acme and Globex launched a $7 billion fund for ports.",
     "Acme and Globex launched a $7 billion Harbor Alliance for ports"),
    # a sum far from every stored one, or none after "a": maybe another venture of the two
    ("Acme and Globex launched a $900 million fund for ports.",
     "Acme and Globex launched a $900 million fund for ports"),
    ("Acme, Globex Launch $900 Million Port Fund", "Acme, Globex Launch $900 Million Port Fund"),
    ("Acme and Globex are collaborating on a new port venture worth $7 billion.",
     "Acme and Globex are collaborating on a new port venture worth $7 billion"),
    ("Acme and Globex are collaborating on a new port venture.",
     "Acme and Globex are collaborating on a new port venture"),
])
def test_a_thing_partners_bring_in_new_is_a_stored_one_only_by_its_sum(
        literal_store: Any, text: str, said: str) -> None:
    """Issue 8: "OpenAI and SoftBank launched a $3 billion joint venture in Japan" was read
    as Stargate (its partners include both) and flagged by Stargate's size and launch date;
    "BlackRock and Microsoft are collaborating on a venture exceeding $30 billion" named
    the partnership whose stored capital target it gives only by its parties and sum."""
    assert standalone(literal_store(SIZED), text) == [said]


def test_another_venture_of_the_same_partners_is_never_flagged(
        literal_store: Any, statuses_in: Any) -> None:
    text = "Acme and Globex launched a $900 million fund in Japan in March 2025."
    assert not set(statuses_in(literal_store(SIZED), text)) & {
        Status.CONTRADICTED, Status.OUTDATED, Status.IMPRECISE}


def test_a_name_after_a_verb_is_no_description_of_the_partners_after_it(store: Any) -> None:
    """"The company unveiled Harbor Alliance with Acme and Globex": the name is the verb's
    object, not the noun of a description running from "The" over the verb (the whole
    sentence was read as one mention of the alliance, and its verb was lost)."""
    found = standalone(store, "Hooli grew. The company unveiled Harbor Alliance with Acme and "
                              "Globex in May 2024.")
    assert found[-1] == "Hooli unveiled Harbor Alliance with Acme and Globex in May 2024"
