"""A description's referent: the entity named before it that its noun and its clause fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language.discourse import Discourse
from factcheck.language.entities import Mention
from factcheck.language.extract import extract_claims
from factcheck.language.nouns import KIND_DESCRIPTORS
from factcheck.model import Entity, Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def test_a_noun_kept_for_a_name_outside_the_sentence_is_looked_up_not_searched_for() -> None:
    # "the group", told of a name earlier in the article, is left to it: which earlier name
    # answers to the noun was found by going through every name the article had given, in
    # every such sentence; it is looked up in the store's index of nouns now.
    entities = {f"firm{i}": Entity(f"firm{i}", f"Firm {i}", "organization", ()) for i in
                range(300)}
    entities["pact"] = Entity("pact", "Pact Alliance", "project", (), descriptors=("group",))
    context = Discourse(entities)
    for entity_id in entities:
        context.note(entity_id, entities[entity_id].name, "organization")
    asked: list[str] = []
    nouns, referents = context._nouns, context._referents
    nouns.answering("group")  # the store's index of nouns, made once per store, is made
    own = nouns.own
    nouns.own = lambda entity: asked.append(entity.id) or own(entity)  # type: ignore[method-assign]
    # "Firm 1 and Firm 2 met, and the group ...": neither firm is a group; the Pact is
    assert referents.back_in_sentence([(0, 6, "firm1"), (11, 17, "firm2")], "group", 0, 30,
                                      60) is None
    assert len(asked) <= 4  # the two names of the sentence, not the 301 of the article


# --- a description's referent is looked up, not scanned -----------------------------------

_KINDS = ("organization", "person", "project", "product", "place")
_NOUNS = ("company", "chipmaker", "startup", "group", "project", "product", "city", "lab")
_ENTITIES = {f"e{i}": Entity(id=f"e{i}", name=f"E{i}", aliases=(), kind=_KINDS[i % 5],
                             descriptors=tuple(_NOUNS[j] for j in (i % 3, (i * 5) % 8) if i % 4))
             for i in range(14)}


def _scanned_referent(context: Any, noun: str, excluded: set[str], nearest: set[str],
                      present: list[str]) -> str | None:
    """The former scan of every entity named so far, kept as the specification."""
    best: tuple[int, int, int, str] | None = None
    recent = {**context._salience.seen, **{e: context._clock + 1 for e in (*present, *nearest)}}
    for entity_id, when in recent.items():
        entity = _ENTITIES.get(entity_id)
        if entity is None or entity_id in excluded:
            continue
        if noun in context.own(entity):
            key = (1, when, 0, entity_id)
        elif noun in KIND_DESCRIPTORS.get(entity.kind, ()):
            salience = 10_000 if entity_id in nearest else \
                context._salience.count.get(entity_id, 0)
            key = (0, salience, when, entity_id)
        else:
            continue
        if best is None or key > best:
            best = key
    topic, count = context._salience.topic(), context._salience.count
    if best and best[0] == 1 and topic and topic != best[3] and topic not in excluded and \
            topic not in (*present, *nearest) and topic in _ENTITIES and \
            noun in context.own(_ENTITIES[topic]) and topic in recent and \
            count.get(best[3], 0) <= 1 < count.get(topic, 0) // 2:
        return topic  # the story's topic over a thing named once in passing
    return best[3] if best else None


_IDS = st.sampled_from([*_ENTITIES, "unknown-id"])
_STEP = st.one_of(
    st.tuples(st.just("named"), _IDS),
    st.tuples(st.just("headlined"), _IDS),
    st.tuples(st.just("ask"), st.sampled_from(_NOUNS), st.sets(_IDS, max_size=3),
              st.sets(_IDS, max_size=2), st.lists(_IDS, max_size=2)),
)


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.lists(_STEP, max_size=60))
def test_a_referent_is_the_one_a_scan_of_every_name_finds(steps: list[tuple[Any, ...]]) -> None:
    context = Discourse(_ENTITIES)
    for step in steps:
        if step[0] == "named":
            entity = _ENTITIES.get(step[1])
            context.note(step[1], step[1], entity.kind if entity else "thing")
        elif step[0] == "headlined":
            context.headline([Mention(0, 1, step[1], "organization", step[1])])
        else:
            _, noun, excluded, nearest, present = step
            assert context._referents.referent(noun, set(excluded), set(nearest), (),
                                               present) == \
                _scanned_referent(context, noun, set(excluded), set(nearest), present)


def test_a_thing_named_once_in_passing_does_not_take_the_topic_s_noun() -> None:
    # "Acme ... (four times) ... a counterweight to Globex, which had bought Initech. The lab
    # got its first server": Initech, named once in passing, is a lab too, but the story's
    # lab is Acme; a lab named again is the one the noun means
    entities = {e: Entity(e, e.title(), "organization", (), descriptors=("lab",))
                for e in ("acme", "initech")}
    entities["globex"] = Entity("globex", "Globex", "organization", ())
    context = Discourse(entities)
    for _ in range(4):
        context.note("acme", "Acme", "organization")
    context.note("globex", "Globex", "organization")
    context.note("initech", "Initech", "organization")
    assert context._referents.referent("lab", set()) == "acme"
    context.note("initech", "Initech", "organization")
    assert context._referents.referent("lab", set()) == "initech"


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
_CHIPMAKERS = f"""
entities:
  - {{id: acme, name: Acme Corp, aliases: [Acme], kind: organization, descriptors: [chipmaker]}}
  - {{id: globex, name: Globex, kind: organization, descriptors: [chipmaker]}}
facts:
  - {{id: acme-q4-dc, kind: quantity, subject: acme, measure: quarterly data center revenue,
     cues: [data-centre revenue, data center revenue], value: "$35.6 billion",
     tolerance: 0.01, as_of: 2024-12-31,
     statement: Acme's data center revenue for Q4 2024 was $35.6 billion., {_SOURCE}}}
"""


@pytest.mark.parametrize("opening", ["The chipmaker", "The company"])
def test_a_description_opening_a_sentence_goes_on_with_the_sentence_before_s_opener(
        literal_store: Callable[[str], Any], opening: str) -> None:
    # a rival named late in the sentence before, in a clause of its own, is not whom the
    # next sentence goes on about
    text = ("# Acme sales beat forecasts\n\nAcme's sales topped estimates even as investors "
            f"worried about Globex and its new chips. {opening} said data-centre revenue rose "
            "to $35.6 billion in the quarter.\n")
    report = check(read_text(text, "a.md", "markdown"), literal_store(_CHIPMAKERS),
                   article_date=dt.date(2025, 2, 10))
    last = report.claims[-1]
    assert (last.claim.subject, last.verdict.status) == ("acme", Status.SUPPORTED)


_LABS = """
entities:
  - {id: acme, name: Acme Labs, aliases: [Acme], kind: organization, descriptors: [startup]}
  - {id: globex, name: Globex, kind: organization, descriptors: [startup]}
  - {id: initech, name: Initech, kind: organization, descriptors: [investor]}
facts: []
"""


@pytest.mark.parametrize(("second", "valued"), [
    # the round values whoever raised it, named in the same clause before the participle
    ("In May, Globex raised $6 billion in a round valuing the company at $150 billion.",
     "Globex"),
    ("In May, Globex raised $6 billion from Initech in a round valuing the startup at "
     "$150 billion.", "Globex"),
    ("Initech put $6 billion into Globex in a round valuing the company at $150 billion.",
     "Globex"),
])
def test_a_description_after_a_participle_goes_back_into_the_clause_before_it(
        literal_store: Callable[[str], Any], second: str, valued: str) -> None:
    """A report on one lab said another "raised $6.6bn in a round valuing the company at
    $157bn": the participle opens a clause of its own, whose description was read as the
    story's lab, and the valuation was told of the wrong one."""
    text = ("Acme is close to raising $2 billion at a $60 billion valuation, tripling the "
            f"young company's value. {second}")
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert any(f"valuing {valued} at $150 billion" in c.standalone for c in claims), \
        [c.standalone for c in claims]


_OFFICERS = """
entities:
  - {id: acme, name: Acme Labs, aliases: [Acme], kind: organization, descriptors: [startup]}
  - {id: globex, name: Globex, kind: organization, descriptors: [cloud provider]}
  - {id: jane-roe, name: Jane Roe, kind: person, affiliation: globex}
facts: []
"""


@pytest.mark.parametrize("title", ["CEO", "chief executive", "finance chief"])
def test_a_company_named_before_its_officer_s_title_owns_the_description_after_it(
        literal_store: Callable[[str], Any], title: str) -> None:
    """"Globex CEO Jane Roe said on the company's call ..." is Globex's call, as "Globex's
    CEO" would make it; a report about another company read the call as that company's."""
    text = ("Acme signed a contract with Globex. Acme has used Globex's servers since 2024. "
            f"Globex {title} Jane Roe said on the company's earnings call that three clients "
            "had signed four contracts.")
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_OFFICERS).entities)
    assert "on Globex's earnings call" in claims[-1].standalone, claims[-1].standalone


@pytest.mark.parametrize(("second", "valued"), [
    # the investor that led the round is never the company the round values
    ("Globex closed a $6 billion round led by Initech, valuing the company at $150 billion.",
     "valuing Globex at $150 billion"),
    ("Globex raised $6 billion in a round led by Initech that valued the company at $150 "
     "billion.", "valued Globex at $150 billion"),
    ("Globex took $6 billion from Initech, which valued the company at $150 billion.",
     "valued Globex at $150 billion"),
])
def test_the_company_a_round_values_is_not_the_investor_behind_it(
        literal_store: Callable[[str], Any], second: str, valued: str) -> None:
    """Real rounds are told "led by SoftBank, valuing the company at $300 billion": the
    company valued is the one raising, never the investor named last (the valuation was
    read as SoftBank's)."""
    text = f"Acme grew. {second}"
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert any(valued in c.standalone for c in claims), [c.standalone for c in claims]


def test_the_company_after_a_paragraph_moved_to_another_company_is_that_one(
        literal_store: Callable[[str], Any]) -> None:
    """A roundup tells of one company, then another: "Globex also raised its guidance. Its
    spending grew 12% ... The company expects ...". Two sentences opening on Globex have
    moved the story to it; "the company" was read as the most-named Acme, and Acme's record
    of another period supported Globex's forecast."""
    text = ("Acme expects to spend $30 billion this quarter. Acme spent $80 billion last year. "
            "The company is growing fast.\n\n"
            "Globex also raised its guidance. Its spending grew 12% to $27 billion. "
            "The company expects to spend $72 billion in 2025.")
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert claims[-1].standalone.startswith("Globex expects"), [c.standalone for c in claims]
    # one sentence about another company is no change of topic
    text = ("Acme expects to spend $30 billion this quarter. Acme spent $80 billion last year. "
            "Globex also raised its guidance. The company expects to spend $72 billion.")
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert claims[-1].standalone.startswith("Acme Labs expects"), [c.standalone for c in claims]


@pytest.mark.parametrize("tail", ["for a minority stake in the startup",
                                  "in exchange for a stake in the company"])
def test_a_stake_in_the_description_is_in_the_firm_the_clause_invests_in(
        literal_store: Callable[[str], Any], tail: str) -> None:
    """"invest $4 billion in Anthropic for a minority stake in the startup": the stake is in
    the firm invested in, named in the same clause; read as another startup of the story,
    Amazon's stake was put in OpenAI."""
    text = f"Globex is a startup. Initech agreed to invest $4 billion in Acme {tail}."
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert claims[-1].standalone.endswith("stake in Acme Labs"), claims[-1].standalone


def test_a_company_named_as_a_former_employer_is_no_referent(
        literal_store: Callable[[str], Any]) -> None:
    """"Acme is led by former Globex executives, including Jane Roe, who runs the company
    as chief executive": the company is Acme; Globex only says where its leaders once
    worked (it was read as Globex, the last company named)."""
    text = ("Acme is led by former Globex executives, including Jane Roe, who runs the "
            "company as chief executive.")
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert not any("runs Globex" in c.standalone for c in claims), \
        [c.standalone for c in claims]


@pytest.mark.parametrize(("text", "reading"), [
    # the subject named: the description goes back to it, not past it to the story's topic
    ("Initech backed Initech Capital. Acme is run by former Globex managers, who steer the "
     "company from Lyon.", "who steer Acme Labs from Lyon"),
    # the subject a description the store resolves: the same entity
    ("Initech backed Acme. The young startup is run by former Globex managers, who steer "
     "the company from Lyon.", "who steer Acme Labs from Lyon"),
    # the subject no one the store names: the description is that one, no name given
    ("Initech backed Acme. The venture is run by former Globex managers, who steer the "
     "company from Lyon.", "who steer the company from Lyon"),
    ("Initech backed Acme. Zorbly is run by former Globex managers, who steer the company "
     "from Lyon.", "who steer the company from Lyon"),
])
def test_a_description_after_a_description_of_people_goes_back_to_the_sentence_subject(
        literal_store: Callable[[str], Any], text: str, reading: str) -> None:
    """"X was founded by former Globex executives, who run the company from Paris": Globex
    only says where the founders once worked, so the company is the sentence's subject; it
    was read as the story's most named company."""
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert claims[-1].standalone.endswith(reading), claims[-1].standalone


@pytest.mark.parametrize("text", [
    "Initech backed two researchers. The company, known at the moment as Zorbly, may build "
    "a new model.",
    "Initech backed two researchers. The startup, known for now as Zorbly, raised $2 "
    "billion.",
])
def test_a_description_an_apposition_names_is_that_name_even_one_the_store_lacks(
        literal_store: Callable[[str], Any], text: str) -> None:
    """"The company, known at the moment as X, ...": the apposition names the company, which
    the store does not know; it was read as the story's company."""
    claims = extract_claims(read_text(text, "a.txt"), literal_store(_LABS).entities)
    assert "Initech" not in claims[-1].standalone, claims[-1].standalone
