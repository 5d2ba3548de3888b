"""References the checker resolved to the wrong entity on fresh real news reports (issue 8),
or left unresolved where the sentence before settles them. Each sentence here was written for
the project in the manner of the reports that were missed; the real reports stay out. A
reference that stays unsure is left as written: never given to an entity the sentence rules
out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.groups import described_subject
from factcheck.model import Status
from factcheck.read.documents import read_text


def standalones(store: Any, text: str) -> list[str]:
    return [c.standalone for c in extract_claims(read_text(text, "a.txt"), store.entities)]


@pytest.fixture
def verdicts(bundled_store: Any) -> Callable[[str, dt.date], list[tuple[str, Status]]]:
    """Each claim's standalone form and status, as the bundled store judges a short article."""
    from factcheck.pipeline import check

    def judged(text: str, date: dt.date) -> list[tuple[str, Status]]:
        report = check(read_text(text, "a.txt"), bundled_store, article_date=date)
        return [(c.claim.standalone, c.verdict.status) for c in report.claims]

    return judged


# --- a capitalised greeting is no name a later "he" could mean ---------------------------

@pytest.mark.parametrize("greeting", ["Thank you, Mr. Roe.", "Thanks, everyone.",
                                      "Welcome, friends."])
def test_a_greeting_in_a_quote_is_no_one_he_points_back_to(acme_store: Any,
                                                            greeting: str) -> None:
    found = standalones(acme_store, f"John Roe spoke on Monday. \u201c{greeting} We could "
                                    f"not do it alone,\u201d he said. He then said Acme "
                                    f"would open a plant in Ohio.")
    assert found[-1] == "John Roe then said Acme would open a plant in Ohio"


def test_whom_a_quote_addresses_is_not_the_subject_when_its_speaker_is_named(
        acme_store: Any) -> None:
    found = standalones(acme_store, "John Roe spoke on Monday. \u201cGood news, Mr. Chairman. "
                                    "We did it,\u201d Roe told reporters. He then said Acme would "
                                    "open a plant in Ohio.")
    assert found[-1] == "John Roe then said Acme would open a plant in Ohio"


# --- what an owner holds in a company is never held in itself -----------------------------

@pytest.mark.parametrize("owner", ["Acme's", "the conglomerate's"])
@pytest.mark.parametrize("held", ["initial investment in", "stake in", "holding in"])
def test_an_owner_s_stake_in_the_company_is_in_another_company(acme_store: Any, owner: str,
                                                                held: str) -> None:
    found = standalones(acme_store, "Acme put $4 billion into Globex last year. Acme is a "
                                    "conglomerate. Acme sells widgets. "
                                    f"This move doubled {owner} {held} the company.")
    named = "Acme's" if owner == "Acme's" else "Acme Corp's"  # a name stays as written
    assert found[-1] == f"This move doubled {named} {held} Globex"


def test_an_owner_before_a_verb_may_still_be_the_company(acme_store: Any) -> None:
    # "Acme's chief co-founded the company": a verb stands between, so the owner may be meant
    found = standalones(acme_store, "Globex sued Initech. Acme's founder John Roe "
                                    "co-founded the company in 1990.")
    assert found[-1].endswith("co-founded Acme Corp in 1990")


# --- a description its own words define names no entity of the store ---------------------

@pytest.mark.parametrize("described", [
    "The partnership between Microsoft and OpenAI has lasted since 2019.",
    "The alliance among Microsoft, Nvidia and OpenAI has lasted since 2019.",
])
def test_a_description_defined_by_between_names_no_stored_entity(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status]]], described: str) -> None:
    found = verdicts(f"BlackRock and Microsoft launched an AI infrastructure fund in 2024. "
                     f"{described}", dt.date(2024, 10, 1))
    assert "Partnership has lasted" not in found[-1][0]
    assert found[-1][0] == described.rstrip(".")


# --- "they" after names given together is those names, together --------------------------

def test_they_after_two_people_named_together_is_both(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status]]]) -> None:
    # a name the store lacks is one of them too ("John Jumper")
    found = verdicts("Demis Hassabis and John Jumper of Google DeepMind won a Nobel Prize on "
                     "Wednesday. They share the prize with David Baker.",
                     dt.date(2024, 10, 10))
    assert found[-1][0] == "Demis Hassabis and John Jumper share the prize with David Baker"
    assert found[-1][1] not in (Status.CONTRADICTED, Status.OUTDATED)


def test_they_after_partners_is_not_one_of_them_alone(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status]]]) -> None:
    # one partner's own figure never stands for what the three plan together
    found = verdicts("SoftBank, OpenAI and Oracle announced Stargate in January. "
                     "They will invest $500 billion over four years.", dt.date(2025, 2, 1))
    assert found[-1][0] == "SoftBank, OpenAI and Oracle will invest $500 billion over four years"
    assert found[-1][1] not in (Status.CONTRADICTED, Status.OUTDATED)


def test_they_after_several_companies_named_together_is_all_of_them(acme_store: Any) -> None:
    found = standalones(acme_store, "Acme, Globex and Initech set up a venture in 2020. "
                                    "They are building plants in Ohio.")
    assert found[-1] == "Acme Corp, Globex and Initech are building plants in Ohio"


def test_they_after_one_company_is_still_that_company(acme_store: Any) -> None:
    found = standalones(acme_store, "Acme reported record revenue. They said demand was strong.")
    assert found[-1] == "Acme Corp said demand was strong"


@pytest.mark.parametrize(("text", "standalone"), [
    ("Acme and Globex signed a pact. The companies said it runs to 2030. They also agreed on "
     "prices.", "Acme Corp and Globex also agreed on prices"),
    ("Acme and Globex signed a pact. The firms said it runs to 2030.",
     "Acme Corp and Globex said it runs to 2030"),
    ("Jane Doe and John Roe won a prize in 2024. The duo shared it with Ann Poe.",
     "Jane Doe and John Roe shared it with Ann Poe"),
])
def test_the_companies_or_the_duo_after_two_named_together_is_both_and_they_goes_on(
        acme_store: Any, text: str, standalone: str) -> None:
    """"The companies said ..." after two companies named together was read as the story's
    topic, and "They" after it as one of them: both, as "The two companies" already was."""
    assert standalones(acme_store, text)[-1] == standalone


def test_they_after_names_given_apart_is_not_read_as_a_group(acme_store: Any) -> None:
    # only names the clause gives together as its subject make a group
    found = standalones(acme_store, "Acme sued Globex and Initech in 2020. "
                                    "They are building plants in Ohio.")
    assert not found[-1].startswith("Acme Corp, Globex")
    assert not found[-1].startswith("Globex and Initech")


# --- a description that tells a rank or a record says what something is -----------------

@pytest.mark.parametrize(("text", "kept"), [
    ("Acme's market value passed $5 trillion on Monday, becoming the first company ever to "
     "do so.", "the first company ever to do so"),
    ("Acme passed $1 trillion, becoming the first conglomerate to reach the mark.",
     "the first conglomerate to reach the mark"),
    ("Acme bought Globex. Acme would also become, by some estimates, the largest company in "
     "the world.", "the largest company in the world"),
    ("Acme bought Globex. It is now the only company in the industry with two plants.",
     "the only company in the industry"),
])
def test_a_ranked_description_is_a_predicate_not_a_referent(acme_store: Any, text: str,
                                                             kept: str) -> None:
    assert kept in standalones(acme_store, text)[-1]


def test_a_ranked_description_as_a_subject_still_points_back(acme_store: Any) -> None:
    found = standalones(acme_store, "Acme reported results on Monday. The world's largest "
                                    "conglomerate said revenue rose to $50 billion.")
    assert found[-1] == "Acme Corp said revenue rose to $50 billion"


# --- "it happened" tells when, of no company ----------------------------------------------

@pytest.mark.parametrize("lead", ["It happened after", "This happened after",
                                  "It occurred after", "It took place after"])
def test_an_event_it_is_no_company(acme_store: Any, lead: str) -> None:
    found = standalones(acme_store, f"Acme shares fell 17% on Monday. {lead} Globex cut its "
                                    f"prices.")
    assert not any(s.startswith("Acme Corp happened") or "Acme Corp occurred" in s or
                   "Acme Corp took place" in s for s in found)
    assert found[-1].endswith("Globex cut its prices")


# --- a name that only gives where something came from is not what "the company" means ----

@pytest.mark.parametrize(("text", "told"), [
    ("Acme raised $2 billion on Monday. Acme plans new plants. The round drew new money from "
     "Globex and comes at a time when the company is reshaping its leadership.",
     "when Acme Corp is reshaping its leadership"),
    # the object of the verb itself, not a source, is what a later clause may switch to
    ("Acme raised $2 billion on Monday. Acme plans new plants. The round drew in Globex and "
     "comes at a time when the company is reshaping its leadership.",
     "when Globex is reshaping its leadership"),
    # "from" that the verb takes is no source
    ("Acme sued Initech in May. Globex was founded in 1990. John Roe walked away from Initech "
     "in 2018 and has taken jabs at the company since.", "jabs at Initech since"),
])
def test_a_source_named_after_from_does_not_take_the_company(acme_store: Any, text: str,
                                                              told: str) -> None:
    assert standalones(acme_store, text)[-1].endswith(told)


# --- a maker named by its product ----------------------------------------------------------

@pytest.mark.parametrize(("said", "standalone"), [
    ("The deal values the company behind RocketChip at $50 billion.",
     "The deal values Acme Corp at $50 billion"),
    ("The deal values the maker of RocketChip at $50 billion.",
     "The deal values Acme Corp at $50 billion"),
    ("The deal values the firm behind RocketChip at $50 billion.",
     "The deal values Acme Corp at $50 billion"),
    # a product the store gives no maker, a predicate, a noun that fits no maker: as written
    ("The deal values the company behind Widget X1 at $50 billion.",
     "The deal values the company behind Widget X1 at $50 billion"),
    ("Acme is the company behind RocketChip.", "Acme is the company behind RocketChip"),
    ("The deal values the chip behind RocketChip at $50 billion.",
     "The deal values the chip behind RocketChip at $50 billion"),
])
def test_a_description_by_its_product_names_the_product_s_maker(acme_store: Any, said: str,
                                                                 standalone: str) -> None:
    found = standalones(acme_store, f"Globex bought a stake in Initech. {said}")
    assert found[-1] == standalone


def test_the_company_behind_a_product_is_checked_as_its_maker(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status]]]) -> None:
    found = verdicts("SoftBank will lead a $40 billion round in OpenAI. The funding values "
                     "the company behind ChatGPT at $300 billion.", dt.date(2025, 4, 1))
    assert found[-1] == ("The funding values OpenAI at $300 billion", Status.SUPPORTED)


# --- a sentence about a product: "the company" is its maker ------------------------------

def test_a_description_in_a_sentence_about_a_product_is_its_maker(acme_store: Any) -> None:
    found = standalones(acme_store, "Globex sells widgets. In a race against Globex's widgets, "
                                    "RocketChip brought record sales to the company.")
    assert found[-1].endswith("RocketChip brought record sales to Acme Corp")


def test_a_product_with_no_maker_leaves_the_description_to_the_discourse(
        acme_store: Any) -> None:
    found = standalones(acme_store, "Globex sells widgets. In a race against Initech, "
                                    "Widget X1 brought record sales to the company.")
    assert "Acme Corp" not in found[-1]


# --- a short aside in brackets does not cut the clause a description stands in -----------

@pytest.mark.parametrize(("text", "told"), [
    ("Acme shares fell 17% on Monday. With the drop, Acme fell to third place, with Globex "
     "($3.4 trillion) and Initech ($3.2 trillion) now ahead of the company.",
     "now ahead of Acme Corp"),
    ("Acme bought Hooli in May. Acme sells widgets. The main way (Globex) helps the company is "
     "by selling more widgets, Roe said.", "helps Acme Corp is"),
])
def test_names_in_the_description_s_own_clause_are_not_its_referent(acme_store: Any,
                                                                      text: str,
                                                                      told: str) -> None:
    assert told in standalones(acme_store, text)[-1]


# --- a leading "It" after a subject only described is that thing, no company -------------

@pytest.mark.parametrize(("text", "standalone"), [
    ("Acme bought Globex in 2020. The deal closed in April. It was worth $7 billion.",
     "It was worth $7 billion"),
    ("Acme raised $2 billion on Monday. The funding drew investors including Globex and "
     "Initech. It also drew new money from Hooli.", "It also drew new money from Hooli"),
    # a description the store names is that entity, and "It" goes on with it
    ("Acme reported results on Monday. The company said revenue rose. It also cut jobs.",
     "Acme Corp also cut jobs"),
    ("Acme bought Globex. This marks its third deal. It paid $5 billion.",
     "Acme Corp paid $5 billion"),
])
def test_it_after_a_described_subject_is_no_company(acme_store: Any, text: str,
                                                    standalone: str) -> None:
    assert standalones(acme_store, text)[-1] == standalone


@pytest.mark.parametrize(("text", "standalone"), [
    # real news (set 9): "They received the Nobel Prize ..." after "AlphaFold2 has since been
    # used ... Researchers can now ..." was read as the product's
    ("Jane Doe and John Roe designed the RocketChip. The RocketChip has since been used by "
     "a million people. Researchers can now build faster robots. They received a prize in "
     "2024.", "They received a prize in 2024"),
    ("Acme launched the RocketChip. Some analysts expected more. They said demand was weak.",
     "They said demand was weak"),
    # a plural subject named by the store is no described one
    ("Acme launched the RocketChip. Globex and Initech followed. They said demand was weak.",
     "Globex and Initech said demand was weak"),
])
def test_they_after_a_plural_common_noun_is_no_company_or_product(
        acme_store: Any, text: str, standalone: str) -> None:
    assert standalones(acme_store, text)[-1] == standalone


@pytest.mark.parametrize(("text", "pronoun"), [
    ("The deal closed in April", "it"), ("Researchers can now build robots", "they"),
    ("Some analysts expected more", "they"), ("Investors sold their shares", "they"),
    ("Its chips are faster", ""), ("Acme sells chips", ""), ("This is new", ""),
])
def test_a_described_subject_gives_the_pronoun_that_continues_it(text: str,
                                                                 pronoun: str) -> None:
    assert described_subject(text, 0, []) == pronoun


def test_a_time_that_opens_a_clause_is_no_described_subject(acme_store: Any) -> None:
    found = standalones(acme_store, "This year, Acme bought Globex. It paid $5 billion.")
    assert found[-1] == "Acme Corp paid $5 billion"
