"""Atomic claims: sentences, clauses, subjects, standalone forms and markers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.read.documents import read_text


def claims(store: Any, text: str) -> list[Any]:
    return extract_claims(read_text(text, "a.txt"), store.entities)


def texts(store: Any, text: str) -> list[str]:
    return [c.text for c in claims(store, text)]


def test_while_splits_two_subjects_and_carries_the_year(acme_store: Any) -> None:
    found = claims(acme_store, "In 2024, Acme anticipates over $45 billion in sales, while its "
                               "rival Globex is projected to achieve only $5 billion in revenue.")
    assert [c.text for c in found] == [
        "In 2024, Acme anticipates over $45 billion in sales",
        "its rival Globex is projected to achieve only $5 billion in revenue"]
    assert found[1].standalone.startswith("In 2024, ")
    assert [c.subject for c in found] == ["acme", "globex"]


def test_coordinated_verb_phrases_share_their_subject(acme_store: Any) -> None:
    found = claims(acme_store, 'Acme is big. It has invested in Globex, provided technical '
                               'support for "Initech," and now participates in RocketChip.')
    assert [c.standalone for c in found[1:]] == [
        "Acme Corp has invested in Globex",
        'Acme Corp provided technical support for "Initech,"',
        "Acme Corp now participates in RocketChip"]


def test_appositives_and_participles_are_claims_of_their_own(acme_store: Any) -> None:
    found = claims(acme_store, "Acme, a leading US asset manager, holds a pivotal position, "
                               "effectively dominating the market.")
    assert [c.standalone for c in found] == [
        "Acme is a leading US asset manager",
        "Acme Corp holds a pivotal position",
        "Acme Corp is effectively dominating the market"]


def test_a_judgement_in_an_opening_frame_does_not_judge_the_statement(acme_store: Any) -> None:
    found = claims(acme_store, "In a significant step toward robust growth, Acme Corp "
                               "acquired Globex in 2019.")
    assert found[0].opinion_marker is None
    found = claims(acme_store, "Acme Corp made a significant bet on Globex in 2019.")
    assert found[0].opinion_marker == "significant"


def test_who_told_it_after_a_comma_is_no_appositive(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp has joined a group backed by Globex and Initech, the "
                               "companies announced on Wednesday.")
    assert not any(c.role == "appositive" for c in found), [c.standalone for c in found]
    found = claims(acme_store, "Acme Corp is a partner in Globex, the Initech-led venture "
                               "announced at a summit in January.")
    assert any(c.role == "appositive" for c in found), [c.standalone for c in found]


@pytest.mark.parametrize("source", [
    "a person with knowledge of the talks said",
    "two people familiar with the matter told reporters",
    "an executive briefed on the plans said on Monday",
])
def test_an_unnamed_source_after_a_comma_is_no_appositive(acme_store: Any,
                                                          source: str) -> None:
    found = claims(acme_store, f"Acme Corp is buying a stake in Globex, {source}.")
    assert len(found) == 1 and found[0].role == "main"


def test_what_a_name_owns_before_an_aside_is_the_subject_after_it(acme_store: Any) -> None:
    found = claims(acme_store, "Acme's widget unit, which makes the chips, generated $5 "
                               "billion in sales.")
    assert found[-1].standalone == "Acme's widget unit generated $5 billion in sales"
    assert found[-1].subject == "acme"


def test_fiscal_periods_are_no_names(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp posted revenue of $50 billion for FY25, up from FY24 "
                               "and Q4 2023.")
    assert found[0].unknown_names == ()


def test_a_past_participle_after_a_name_is_a_claim_of_its_own(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp, founded in 2010 as Acme Widgets, will from now on be "
                               "called Acme.")
    assert [c.standalone for c in found if c.role == "appositive"] == [
        "Acme Corp was founded in 2010 as Acme Widgets"]


def test_a_perfect_participle_is_told_as_a_perfect(acme_store: Any) -> None:
    found = claims(acme_store, "Acme built a similar tie with Globex, having first bought a "
                               "stake in it in 2019.")
    assert found[-1].standalone == "Acme Corp had first bought a stake in it in 2019"


def test_leading_pronouns_resolve_to_the_last_name_of_their_kind(acme_store: Any) -> None:
    found = claims(acme_store, "Jane Doe met Acme. In 2010, she co-founded Acme. It grew fast.")
    assert found[1].standalone == "In 2010, Jane Doe co-founded Acme"
    assert found[2].standalone == "Acme Corp grew fast"


def test_headings_questions_and_datelines_are_not_claims(acme_store: Any) -> None:
    text = "03/25 2025\nAcme Corp News\nHow did this happen?\nAcme acquired Globex in 2019.\n"
    assert texts(acme_store, text) == ["Acme acquired Globex in 2019"]


def test_markers(acme_store: Any) -> None:
    found = claims(acme_store, "Regulators should act. The upcoming RocketChip ships soon. "
                               "Acme has not acquired Initech.")
    assert found[0].opinion_marker == "!should"
    assert found[1].future_marker == "upcoming"
    assert found[2].negated


def test_a_headline_s_capitals_are_names_only_when_the_story_capitalises_them(
        acme_store: Any) -> None:
    found = claims(acme_store, "Acme Hits $50 Billion In Record Widget Sales As Bezos Cheers"
                   "\n\nAcme sold more widgets than ever, and Bezos said he was pleased.")
    assert found[0].text.startswith("Acme Hits")
    assert found[0].unknown_names == ("Bezos",)  # "Hits", "Record Widget Sales" are case
    # a name that ends a sentence of the story is told there all the same
    found = claims(acme_store, "Acme Hits $50 Billion In Record Widget Sales As Bezos Cheers"
                   "\n\nAcme sold more widgets than ever, a record cheered by Bezos.")
    assert found[0].unknown_names == ("Bezos",)


def test_a_particle_of_a_headline_is_no_name_though_capitalised_elsewhere(
        acme_store: Any) -> None:
    """issue 8: "Doubling Down", "Ramps Up": a capitalised particle is case, not a name, even
    when another heading of the article capitalises it too."""
    found = claims(acme_store, "Acme Doubles Down On $50 Billion Sales, Ramps Up Output\n\n"
                   "The Road So Far: Breaking Down, Ramping Up and what comes next for Acme. "
                   "Acme sold widgets.")
    assert found[0].text.startswith("Acme Doubles Down")
    assert found[0].unknown_names == ()


@pytest.mark.parametrize("text", ["Today, Acme Corp earned $50 billion.",
                                  "Yesterday Acme Corp earned $50 billion."])
def test_a_day_word_opening_a_sentence_is_no_name(acme_store: Any, text: str) -> None:
    assert claims(acme_store, text)[0].unknown_names == ()


def test_unknown_names_are_kept(acme_store: Any) -> None:
    found = claims(acme_store, "Bezos co-founded Acme in 2010 with Intel.")
    assert found[0].unknown_names == ("Bezos", "Intel")
    assert found[0].subject is None and found[0].subject_name == "Bezos"


def test_offsets_line_and_column_point_into_the_file(acme_store: Any) -> None:
    text = "Title Line Here\nAcme is old. Acme acquired Globex.\n"
    found = claims(acme_store, text)
    last = found[-1]
    assert text[last.span.start:last.span.end] == "Acme acquired Globex"
    assert (last.position.line, last.position.column) == (2, 14)


def test_claim_ids_are_stable_and_follow_the_words(acme_store: Any) -> None:
    first = claims(acme_store, "Acme acquired Globex. Acme acquired Globex.")
    again = claims(acme_store, "Intro line is here. Acme acquired Globex. Acme acquired Globex.")
    assert first[0].id == again[-2].id
    assert first[0].id != first[1].id


def test_a_round_letter_ends_its_sentence(acme_store: Any) -> None:
    found = texts(acme_store, "Acme raised money in a Series C. Acme acquired Globex in 2019.")
    assert found == ["Acme raised money in a Series C", "Acme acquired Globex in 2019"]


def test_a_relative_clause_after_a_name_is_a_claim_about_it(acme_store: Any) -> None:
    found = claims(acme_store, "Acme, which acquired Globex in 2019, joined Initech.")
    assert [(c.text, c.standalone) for c in found] == [
        ("Acme, which acquired Globex in 2019", "Acme acquired Globex in 2019"),
        ("joined Initech", "Acme Corp joined Initech")]


def test_a_whose_clause_after_a_name_is_a_claim_about_it(acme_store: Any) -> None:
    """"Acme, whose shares have doubled this year, bought Globex": the shares' figure is a
    claim of its own, the purchase is checked without it (issue 8)."""
    found = claims(acme_store, "Acme, whose shares have risen 40% this year, bought Globex "
                               "in 2019.")
    assert [(c.text, c.standalone) for c in found] == [
        ("Acme, whose shares have risen 40% this year",
         "Acme's shares have risen 40% this year"),
        ("bought Globex in 2019", "Acme Corp bought Globex in 2019")]


@pytest.mark.parametrize(("text", "parts"), [
    ("Acme chief executive Jane Doe, whose firm bought Globex in 2019, opened the fair.",
     ["Jane Doe, whose firm bought Globex in 2019", "opened the fair"]),
    ("Acme chief executive Jane Doe, whose firm bought Globex in 2019.",
     ["Jane Doe, whose firm bought Globex in 2019"]),
])
def test_the_title_before_a_whose_clause_is_no_claim_of_its_own(
        acme_store: Any, text: str, parts: list[str]) -> None:
    assert texts(acme_store, text) == parts


def test_a_capitalised_compound_or_ordinal_opening_a_sentence_is_not_a_name(
        acme_store: Any) -> None:
    found = claims(acme_store, "Fourth-quarter revenue at Acme Corp was $12 billion.")
    assert found[0].unknown_names == ()
    assert found[0].subject == "acme"


def test_an_appositive_does_not_take_the_sentence_s_year(acme_store: Any) -> None:
    found = claims(acme_store, "In 2017, Jane Doe visited Globex, the rival of Initech.")
    appositive = [c for c in found if c.role == "appositive"]
    assert appositive and not appositive[0].standalone.startswith("In 2017")


def test_thousands_separators_and_dates_never_split_a_clause(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp shipped 930,000 widgets on March 11, 2019 and "
                               "Globex shipped 77,593.")
    assert found[0].text.startswith("Acme Corp shipped 930,000 widgets on March 11, 2019")


def test_promising_as_a_verb_is_a_pledge_not_a_judgement(acme_store: Any) -> None:
    assert claims(acme_store, "Acme Corp is promising a $5 billion plant.")[0].opinion_marker \
        is None
    assert claims(acme_store, "Acme Corp has a promising plant.")[0].opinion_marker == \
        "promising"
    # a participle that pledges: "unveiled its plans, promising a factory"
    assert claims(acme_store, "Acme Corp unveiled its plans in May 2021, promising a single "
                              "$5 billion plant.")[-1].opinion_marker is None


def test_and_before_a_new_definite_subject_and_verb_starts_a_clause(acme_store: Any) -> None:
    assert texts(acme_store, "Regulators took their time, and the takeover did not close "
                             "until 2021.") == ["Regulators took their time",
                                                "the takeover did not close until 2021"]
    assert len(texts(acme_store, "Acme builds data centers, and the power plants behind "
                                 "them.")) == 1


def test_a_people_that_acts_is_no_subject_a_known_name_after_it_is(acme_store: Any) -> None:
    found = claims(acme_store, "Panamanians approved Acme's plan in a 2007 referendum.")
    assert found[0].subject == "acme"
    found = claims(acme_store, "Americans bought widgets in 2007.")
    assert found[0].subject is None


def test_a_description_that_names_an_entity_is_no_judgement(bundled_store: Any) -> None:
    found = claims(bundled_store, "Microsoft backs OpenAI. The software giant is not among "
                                  "the funders of Stargate.")
    assert found[-1].subject == "microsoft"
    assert found[-1].opinion_marker is None
    # a word of judgement outside the description still is one
    assert claims(bundled_store, "Microsoft is a giant.")[-1].opinion_marker is not None


@pytest.mark.parametrize(("text", "not_a_name"), [
    ("Widget maker Acme Corp shipped 5 million units in 2020.", "Widget"),
    ("Giant private conglomerate Acme Corp shipped 5 million units in 2020.", "Giant"),
    ("Acme Corp (ACME, Industrials) shipped 5 million units in 2020.", "Industrials"),
    ("Acme Corp invested $5 billion USD in Globex in 2020.", "USD"),
    # a headline's epithet before a person: "Billionaire Doe's Acme" is Doe's Acme
    ("Billionaire Doe's Acme Corp invested $5 billion in Globex in 2020.", "Billionaire"),
    ("Tycoon Jane Doe's Acme Corp invested $5 billion in Globex in 2020.", "Tycoon"),
])
def test_titles_tickers_and_currency_codes_are_no_names(acme_store: Any, text: str,
                                                        not_a_name: str) -> None:
    found = claims(acme_store, text)
    assert found[0].subject == "acme"
    assert not any(not_a_name in n for n in found[0].unknown_names)


def test_a_clause_after_and_with_a_subject_of_its_own_is_a_claim_of_its_own(
        acme_store: Any) -> None:
    # "Stargate's chairman is Masayoshi Son, and its first campus is rising in Abilene"
    found = claims(acme_store, "Jane Doe runs Acme, and its first plant is rising in Ohio.")
    assert [c.standalone for c in found] == ["Jane Doe runs Acme",
                                             "Acme Corp's first plant is rising in Ohio"]
    found = claims(acme_store, "Acme raised $5 billion, and Globex invested $1 billion.")
    assert [c.text for c in found] == ["Acme raised $5 billion", "Globex invested $1 billion"]


def test_a_relative_clause_ends_before_the_verb_of_its_name(acme_store: Any) -> None:
    found = claims(acme_store, "RocketChip, which Acme showed in 2020, brought in $3 billion "
                               "in its first year.")
    assert [c.role for c in found] == ["relative", "verb-phrase"]
    assert found[1].standalone.startswith("RocketChip brought in $3 billion")


def test_a_together_with_lead_in_names_co_parties_not_the_subject(acme_store: Any) -> None:
    found = claims(acme_store, "Together with Globex, Acme built RocketChip in 2020.")
    assert found[0].subject == "acme"


def test_names_in_a_list_are_separate_names(acme_store: Any) -> None:
    """Tokens drop the comma; a list of investors read as one long name blocked every
    claim that named them (issue 8)."""
    found = extract_claims(read_text("Acme raised $2 billion from Hooli, Vandelay Industries "
                                     "and Pied Piper.", "a.txt"), acme_store.entities)
    assert found[0].unknown_names == ("Hooli", "Vandelay Industries", "Pied Piper")


@pytest.mark.parametrize("word", ["About", "Nearly", "Roughly", "Almost", "More"])
def test_a_word_of_degree_opening_a_sentence_is_no_name(acme_store: Any, word: str) -> None:
    found = extract_claims(read_text(f"{word} 500 million people use Acme widgets.", "a.txt"),
                           acme_store.entities)
    assert found[0].unknown_names == ()


@pytest.mark.parametrize("opening", ["Under the terms,", "Among other things,", "Amid the rally,",
                                     "Via its fund,", "Beyond that,", "Per the filing,"])
def test_a_preposition_opening_a_sentence_is_no_name(acme_store: Any, opening: str) -> None:
    """Issue 8: "Under the terms, BlackRock paid $3 billion" was partly checked: "Under"
    was an unknown name beside the subject."""
    found = extract_claims(read_text(f"{opening} Acme paid $3 billion in cash.", "a.txt"),
                           acme_store.entities)
    assert found[0].unknown_names == ()


@pytest.mark.parametrize(("text", "parts"), [
    ("Acme bought Globex in 2020 after its shares jumped 12%.",
     ["Acme bought Globex in 2020", "its shares jumped 12%"]),
    ("Acme opened a plant in 2021 because demand for widgets had outstripped supply.",
     ["Acme opened a plant in 2021", "demand for widgets had outstripped supply"]),
    ("Acme raised $2 billion as its revenue climbed to $5 billion.",
     ["Acme raised $2 billion", "its revenue climbed to $5 billion"]),
    # "when" with a named subject of its own tells another event, not the main clause's date
    ("Ties between Acme and Globex frayed in 2022 when Globex was briefly delisted.",
     ["Ties between Acme and Globex frayed in 2022", "Globex was briefly delisted"]),
])
def test_an_adverbial_clause_with_its_own_subject_is_a_claim_of_its_own(
        acme_store: Any, text: str, parts: list[str]) -> None:
    """A true main clause is not held back by what the clause beside it adds (issue 8)."""
    assert texts(acme_store, text) == parts


@pytest.mark.parametrize("text", [
    "Acme served as co-chair of what was then a small lab.",  # "as" before a noun
    "Acme grew 5% as expected by analysts.",
    "Acme passed $10 billion when it reported $10.2 billion in 2021.",  # "when" dates it
    "Acme has raised $12 billion since it was founded in 2019.",  # "since" opens a span
    "Acme cut prices because of weak demand.",
    "Acme trails giants such as Hooli and well-funded rivals such as Globex.",  # "such as"
])
def test_what_is_no_adverbial_clause_of_its_own(acme_store: Any, text: str) -> None:
    assert len(texts(acme_store, text)) == 1


def test_a_scale_word_of_a_title_is_no_name(acme_store: Any) -> None:
    """'The $8 Billion Total: ...' made 'Billion Total' the claim's unknown subject."""
    found = extract_claims(read_text("The $8 Billion Total: Breaking Down Acme's Widget "
                                     "Deals", "a.txt"), acme_store.entities)
    assert not any("Billion" in n for c in found for n in c.unknown_names)


def test_a_date_after_an_appositive_belongs_to_the_main_clause(acme_store: Any) -> None:
    # "Acme bought Globex, the rival of Initech, in 2019": the year dates the purchase, not
    # the description of Globex
    found = claims(acme_store, "Acme Corp bought Globex, the maker of paper clips, in 2019.")
    main = [c for c in found if c.role != "appositive"]
    assert [c.standalone for c in main] == ["Acme Corp bought Globex in 2019"]
    appositive = [c for c in found if c.role == "appositive"]
    assert [c.standalone for c in appositive] == ["Globex is the maker of paper clips"]


@pytest.mark.parametrize(("sentence", "main"), [
    ("Acme Corp agreed to buy Globex, the maker of paper clips, for about $2.5 billion in "
     "cash.", "Acme Corp agreed to buy Globex for about $2.5 billion in cash"),
    ("Acme Corp hired Jane Doe, a former Initech engineer, on March 3, 2020.",
     "Acme Corp hired Jane Doe on March 3, 2020"),
])
def test_a_price_or_date_after_an_appositive_belongs_to_the_main_clause(
        acme_store: Any, sentence: str, main: str) -> None:
    found = claims(acme_store, sentence)
    assert [c.standalone for c in found if c.role != "appositive"] == [main]


def test_a_past_participle_aside_closes_before_a_present_verb_and_figure(
        acme_store: Any) -> None:
    # "The X1, launched in 2021, carries 64 GB": the aside tells when it came out, the
    # sentence what it carries; "The" before the name is no clause of its own
    found = claims(acme_store, "The Widget X1, launched in March 2021, carries 64 GB of "
                               "memory.")
    assert [c.standalone for c in found] == [
        "The Widget X1 was launched in March 2021", "Widget X1 carries 64 GB of memory"]






QUALIFIED = """
entities:
  - {id: kestrel, name: Kestrel Foundry, kind: organization, aliases: [Kestrel]}
  - {id: kestrel-ohio, name: Kestrel Ohio, kind: project}
facts:
  - id: kestrel-ohio-announced
    kind: event
    subject: kestrel
    object: kestrel-ohio
    measure: announcement of the Ohio plant
    cues: [announced, unveiled, plans]
    date: 2020-05-15
    statement: Kestrel Foundry announced its Ohio plant on 15 May 2020.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def test_a_word_after_its_owner_s_name_names_the_owner_s_qualified_entity(
        literal_store: Any) -> None:
    # "Kestrel Ohio" is Kestrel's Ohio project: "its Ohio plans" name it once Kestrel is named
    store = literal_store(QUALIFIED)
    found = claims(store, "Kestrel first unveiled its Ohio plans in May 2021.")
    assert found[0].named == ("kestrel", "kestrel-ohio")
    # without its owner, the word is only a place
    assert claims(store, "Ohio unveiled its plans in May 2021.")[0].named == ()


def test_a_leading_when_clause_with_its_own_subject_is_a_claim_of_its_own(
        acme_store: Any) -> None:
    # "When Acme bought Globex in 2019, ...": the purchase and its year are stated too
    found = claims(acme_store, "When Acme bought Globex in 2019, it paid $5 billion.")
    assert [c.standalone for c in found] == ["Acme bought Globex in 2019",
                                             "Acme Corp paid $5 billion"]
    assert [c.standalone for c in claims(
        acme_store, "After Acme bought Globex in 2019, Jane Doe left.")][0] == \
        "Acme bought Globex in 2019"
    # "When asked ...", "After years of delays, ...": no clause of their own
    assert len(claims(acme_store, "When asked about Globex, Jane Doe declined to "
                                  "comment.")) == 1
    assert len(claims(acme_store, "After years of delays, Acme bought Globex.")) == 1
    # no year: the clause only sets the scene
    assert len(claims(acme_store, "When Acme bought Globex, it paid $5 billion.")) == 1


@pytest.mark.parametrize(("text", "parts"), [
    ("Acme topped the widget rankings in May 2021, with its shares up 4% to $52.10.",
     ["Acme topped the widget rankings in May 2021", "its shares up 4% to $52.10"]),
    ("Acme bought Globex in 2020, with its stock down 2% at $18.",
     ["Acme bought Globex in 2020", "its stock down 2% at $18"]),
])
def test_an_absolute_with_phrase_giving_its_own_figure_is_a_claim_of_its_own(
        acme_store: Any, text: str, parts: list[str]) -> None:
    """"with its shares up 4% to $52.10" is said of the shares, not of what the main clause
    says: read with it, the share price was compared with the main clause's fact (issue 8)."""
    found = claims(acme_store, text)
    assert [c.text for c in found] == parts
    assert found[1].standalone == "Acme Corp's " + parts[1].removeprefix("its ")


def test_a_with_phrase_describing_the_thing_stays_with_its_clause(acme_store: Any) -> None:
    assert len(texts(acme_store, "Acme shipped the Z1 in 2021, with 64GB of memory.")) == 1


LOWER_CASE_STORE = """
entities:
  - {id: zyx, name: ZYX, kind: organization}
  - {id: arm-co, name: ARM, kind: organization}
  - {id: globex, name: Globex, kind: organization}
facts:
  - id: zyx-globex
    kind: event
    subject: zyx
    mentions: [globex]
    measure: acquisition
    cues: [bought, buys]
    date: 2021-05-04
    statement: ZYX bought Globex on 4 May 2021.
    sources: [{url: "https://example.com/a", title: A, publisher: P, reliability: news}]
"""


def test_a_headline_all_in_lower_case_names_what_the_store_writes_in_capitals(
        literal_store: Any) -> None:
    """"zyx buys globex" reads as "ZYX buys Globex" (issue 8); a capital-letter alias that
    is a common word in lower case ("arm") is no name, nor is a lower-case word in prose
    that has capitals."""
    store = literal_store(LOWER_CASE_STORE)
    found = claims(store, "zyx buys globex for an undisclosed sum")
    assert found[0].subject == "zyx" and set(found[0].entities) == {"zyx", "globex"}
    assert "arm-co" not in claims(store, "globex to arm its plants with robots")[0].entities
    assert "zyx" not in claims(store, "Globex said zyx was a placeholder")[0].entities


@pytest.mark.parametrize("text", [
    "The widget venture, funded by Acme, Globex and Initech, a payments firm based in Oslo, "
    "plans to invest $5 billion.",
    "Acme and Globex, a payments firm based in Oslo, plan to invest $5 billion.",
    "Acme is backed by Globex and Initech, a payments firm based in Oslo, and plans to "
    "invest $5 billion.",
])
def test_an_appositive_on_a_listed_name_ends_where_the_sentence_s_verb_resumes(
        acme_store: Any, text: str) -> None:
    """issue 8: the verb phrase after an aside on the last name of a list is the sentence's,
    not the named firm's ("Initech plans to invest" was read, and flagged)."""
    found = claims(acme_store, text)
    plans = [c for c in found if "invest $5 billion" in c.standalone]
    assert plans and all(c.subject != "initech" and not c.standalone.startswith("Initech")
                         for c in plans), [c.standalone for c in found]
    assert any(c.role == "appositive" and c.standalone.startswith("Initech is a payments firm")
               or c.standalone.startswith("Globex is a payments firm") for c in found)


def test_an_aside_between_dashes_is_a_claim_of_its_own_and_leaves_the_subject(
        acme_store: Any) -> None:
    """Issue 8: the $100 billion of the aside was read as Acme's figure; and a verb phrase
    after the closing dash goes on with the sentence's subject, not the described name."""
    found = claims(acme_store, "Acme is backed by Globex—a widget fund with $100 billion to "
                               "deploy—and plans to invest $5 billion in chips.")
    assert [(c.text, c.subject) for c in found] == [
        ("Acme is backed by Globex", "acme"),
        ("Globex—a widget fund with $100 billion to deploy", "globex"),
        ("plans to invest $5 billion in chips", "acme")]
    assert [q.value for q in found[0].quantities] == []


def test_a_participle_after_a_relative_clause_goes_on_with_the_relative(
        acme_store: Any) -> None:
    """A past participle after a relative clause on a name ("..., which was signed in 2019,
    followed by $4 billion in 2023") is no verb phrase of the sentence: read as one, the
    figure it gives confirmed the whole sentence (shadow set, issue 8)."""
    found = claims(acme_store, "Jane Doe argues that Initech abandoned its purpose through "
                               "its deal with Globex, which was signed in 2019, followed by "
                               "another $4 billion in 2023.")
    assert not any("argues" in c.standalone and "$4 billion" in c.standalone for c in found), \
        [c.standalone for c in found]


@pytest.mark.parametrize(("text", "marker"), [
    # a company called a giant is described, not judged (tenth real set: "the tech giant
    # generated $35.08 billion in revenue" was an opinion)
    ("The tech giant Globex generated $35 billion in revenue.", None),
    ("Cloud giant Globex said revenue rose to $35 billion.", None),
    # a giant step is a judgement
    ("Acme Corp took a giant step with its $5 billion plant.", "a giant"),
])
def test_giant_judges_only_as_an_adjective(acme_store: Any, text: str,
                                          marker: str | None) -> None:
    assert claims(acme_store, text)[0].opinion_marker == marker


def test_poised_to_tells_a_plan_of_an_act_and_judges_what_is_to_become(
        acme_store: Any) -> None:
    """Tenth real set: "poised to invest up to $500 billion" was an opinion, though the
    plan it tells is as checkable as "set to invest"; "poised to become the largest" stays
    a prediction."""
    plan = claims(acme_store, "Acme Corp is poised to invest up to $5 billion in a plant.")[0]
    assert plan.opinion_marker is None and plan.future_marker == "is poised to"
    guess = claims(acme_store, "Acme Corp is poised to become the largest widget maker.")[0]
    assert guess.opinion_marker == "!poised to"


def test_what_a_fact_may_lead_to_is_a_judgement(acme_store: Any) -> None:
    """Ninth real set: "..., meaning the acquisition of the firm could help BlackRock play
    big in private markets" was supported by another acquisition of BlackRock's: what a fact
    could lead to is the writer's judgement."""
    found = claims(acme_store, "Globex manages $100 billion, meaning the deal could help "
                               "Acme Corp grow in private markets.")
    assert found[-1].opinion_marker == "!meaning"
    # a consequence told as fact is no judgement
    found = claims(acme_store, "Globex manages $100 billion, meaning Acme Corp now manages "
                               "$2.5 trillion.")
    assert found[-1].opinion_marker is None


@pytest.mark.parametrize("text", [
    # tenth real set: both were supported by a fact about something else in the sentence
    "Investors are particularly focused on the upcoming production of Acme's RocketChip.",
    "Globex builds plants, aligning with Acme Corp's strategic focus on energy.",
    "Analysts remain cautious about Acme Corp.",
])
def test_a_crowd_s_state_of_mind_and_a_fit_with_plans_are_judgements(
        acme_store: Any, text: str) -> None:
    assert claims(acme_store, text)[-1].opinion_marker is not None


def test_what_investors_did_is_no_judgement(acme_store: Any) -> None:
    assert claims(acme_store, "Investors bought $5 billion of Acme Corp shares in 2024."
                  )[0].opinion_marker is None


def test_an_amount_given_its_noun_from_the_count_before_is_read(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """"Nvidia shipped about 3.76 million" after a count of GPUs: 3.76 million GPUs, a
    figure read and checked, not an amount left unread."""
    assert bundled_statuses("By one estimate AMD shipped roughly 500,000 data-center GPUs "
                            "in 2023, whereas Nvidia shipped about 3.76 million.") == [
        Status.SUPPORTED, Status.SUPPORTED]


@pytest.mark.parametrize(("text", "years"), [
    # a participle after a past event tells that event's terms: of its time, not of now
    ("Acme raised $3.5 billion, putting its valuation at $61.5 billion.", frozenset()),
    ("Acme raised $3.5 billion in 2025, putting its valuation at $61.5 billion.",
     frozenset({2025})),
])
def test_a_participle_after_a_past_event_is_of_that_event(
        acme_store: Any, text: str, years: frozenset[int]) -> None:
    """Said alone as "Acme is putting its valuation at $61.5 billion", the participle read
    as a value of now, and a later valuation made it out of date."""
    found = extract_claims(read_text(text, "a.txt"), acme_store.entities)
    part = next(c for c in found if "putting" in c.text)
    assert part.event_years == years


@pytest.mark.parametrize("text", [
    "Acme Corp reported robust results, with revenue reaching $50 billion.",
    "Acme Corp had a remarkable year, reaching revenue of $50 billion.",
])
def test_a_figure_after_a_judgement_is_told_not_judged(acme_store: Any, text: str) -> None:
    """A real report's "Alphabet reported robust first-quarter results, with total revenue
    reaching US$90.23 billion, ..." was an opinion whole: the judgement of the clause before
    was lent to the clause that gives the figure."""
    found = [c for c in claims(acme_store, text) if c.quantities]
    assert found and found[0].opinion_marker is None


def test_a_participle_without_a_figure_after_a_judgement_elaborates_it(acme_store: Any) -> None:
    found = claims(acme_store, "Acme Corp has great potential, surpassing Globex.")
    assert found[-1].opinion_marker is not None


def test_a_section_s_label_line_opens_on_what_it_names(acme_store: Any) -> None:
    # a roundup's "Name:" lines: "the company" under Acme's label is Acme, not the company
    # the section before was about
    text = ("Globex:\n\nGlobex grew its sales to $9 billion.\n\nAcme:\n\n"
            "Acme spent $2 billion in the quarter. The company plans to spend $8 billion "
            "this year.\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].standalone.startswith("Acme")
