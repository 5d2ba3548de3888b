"""The measure vocabulary: measures defined once, which facts name instead of listing cues."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.errors import FactFileError
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.store.build import build_store
from factcheck.store.folder import fingerprint, load_facts, validate_facts
from factcheck.store.store import Store
from factcheck.store.vocabulary import base_vocabulary

ENTITIES = """\
entities:
  - {id: acme, name: Acme, kind: organization}
  - {id: jane, name: Jane Doe, kind: person}
"""
SOURCE = ('    sources: [{url: "https://example.com/a", title: A, publisher: P, '
          'reliability: news}]\n')


def fact(body: str) -> str:
    return "facts:\n  - id: f\n    subject: acme\n    statement: S.\n" + body + SOURCE


def store(tmp_path: Path, facts: str, measures: str | None = None) -> Path:
    (tmp_path / "topic.yaml").write_text(ENTITIES + facts)
    if measures is not None:
        (tmp_path / "measures.yaml").write_text(measures)
    return tmp_path


def problems(folder: Path) -> list[str]:
    """As ``store validate`` prints them: file:line: field: message."""
    return [f"{Path(p.path).name}:{p.line}: " + (f"{p.field}: " if p.field else "") + p.reason
            for p in validate_facts(folder)[1]]


def test_the_base_vocabulary_finds_a_measure_by_name_or_alias_in_any_case() -> None:
    vocabulary = base_vocabulary()
    assert vocabulary.find("Revenue") is vocabulary.find("sales")
    assert vocabulary.find("AUM") is not None
    assert vocabulary.find("founding").name == "founded"  # type: ignore[union-attr]
    assert vocabulary.find("gross merchandise volume") is None


def test_every_base_measure_has_words_and_a_known_dimension() -> None:
    vocabulary = base_vocabulary()
    assert len(vocabulary) >= 40
    for measure in vocabulary:
        assert measure.words, measure.name
        assert measure.single_holder is False or measure.dimension == "text", measure.name


def test_a_fact_that_names_a_vocabulary_measure_needs_no_cues(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: revenue\n'
                                  '    value: "$5 billion"\n'))
    (loaded,) = load_facts(folder).facts
    assert {"revenue", "sales", "turnover", "brought in"} <= set(loaded.cues)
    assert loaded.single_value is True


def test_a_quarter_s_net_income_answers_to_its_bottom_line(tmp_path: Path) -> None:
    """Relation and measure wording (tenth real set, "final profit" for the net income):
    a quarter's net income is its bottom line, wherever a fact names the measure."""
    folder = store(tmp_path, fact('    kind: quantity\n    measure: quarterly net income\n'
                                  '    value: "$482 million"\n    as_of: 2024-12-31\n'))
    (loaded,) = load_facts(folder).facts
    assert {"bottom line", "net income", "quarterly profit"} <= set(loaded.cues)
    report = check(read_text("Acme's bottom line in the fourth quarter of 2024 was $482 "
                             "million.", "a.txt"),
                   Store(build_store(load_facts(folder), tmp_path / "s.db")),
                   article_date=dt.date(2025, 2, 5))
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED]


def test_a_release_and_an_acquisition_answer_to_the_words_news_tells_them_with(
        tmp_path: Path) -> None:
    """Tenth real set: "Google is deploying its new Gemini 3 model across its search engine"
    met no cue of the release; "scooped up" is a purchase as "bought" is."""
    folder = store(tmp_path, fact('    kind: event\n    measure: release of Zeta 3\n'
                                  '    date: 2025-11-18\n'))
    assert {"deploying", "deployed across"} <= set(load_facts(folder).facts[0].cues)
    folder = store(tmp_path, fact('    kind: event\n    measure: acquisition of Zeta\n'
                                  '    date: 2024-08-19\n'))
    assert {"snapped up", "scooped up", "bought out"} <= set(load_facts(folder).facts[0].cues)


def test_an_acquisition_answers_to_the_transaction_as_to_the_takeover(tmp_path: Path) -> None:
    """issue 8: "The strategic transaction includes a contingent payment of up to $400
    million" after an acquisition told: the acquisition's record answers to the word."""
    folder = store(tmp_path, fact('    kind: event\n    measure: acquisition of Zeta\n'
                                  '    date: 2024-08-19\n'))
    (loaded,) = load_facts(folder).facts
    assert {"takeover", "transaction"} <= set(loaded.cues)


def test_a_facts_own_cues_come_first_and_the_measures_words_follow(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: sales\n'
                                  '    cues: [widget sales]\n    value: "$5 billion"\n'))
    (loaded,) = load_facts(folder).facts
    assert loaded.cues[0] == "widget sales" and "turnover" in loaded.cues
    assert loaded.measure == "sales"  # the fact keeps the name it gave


def test_a_measure_of_several_values_is_marked_on_its_facts(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: investment\n'
                                  '    value: "$1 billion"\n'))
    assert load_facts(folder).facts[0].single_value is False


def test_a_store_adds_measures_and_extends_the_base_ones(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: gross merchandise volume\n'
                                  '    value: "$5 billion"\n') +
                   fact('    kind: quantity\n    measure: revenue\n    value: "$1 billion"\n'
                        ).replace("facts:\n", "").replace("id: f\n", "id: g\n"),
                   measures="measures:\n"
                            "  - name: gross merchandise volume\n"
                            "    aliases: [GMV]\n    dimension: money\n"
                            "    words: [gross merchandise volume, GMV]\n"
                            "  - name: revenue\n    words: [net sales]\n"
                            "    single_value: false\n")
    gmv, revenue = load_facts(folder).facts
    assert gmv.cues == ("gross merchandise volume", "GMV")
    assert "net sales" in revenue.cues and "turnover" in revenue.cues
    assert revenue.single_value is False


def test_a_single_holder_role_becomes_the_facts_sole_cues(tmp_path: Path) -> None:
    folder = store(tmp_path, "facts:\n  - id: f\n    subject: jane\n    object: acme\n"
                   "    kind: relation\n    measure: chief executive\n    statement: S.\n"
                   + SOURCE)
    (loaded,) = load_facts(folder).facts
    assert "CEO" in loaded.sole and "chief executive" in loaded.sole


def test_a_single_holder_role_without_its_object_is_an_error(tmp_path: Path) -> None:
    folder = store(tmp_path, "facts:\n  - id: f\n    subject: jane\n    kind: relation\n"
                   "    measure: chief executive\n    statement: S.\n" + SOURCE)
    assert problems(folder) == [
        "topic.yaml:5: the measure 'chief executive' is a role with one holder: add 'object' "
        "(what the role is held toward)"]


@pytest.mark.parametrize(("measure", "value", "message"), [
    ("revenue", "98%", "value: the measure 'revenue' is a money, and '98%' reads as a "
                       "percent"),
    ("length", "$3 million", "value: the measure 'length' is a length: give the value with a "
                             "unit of length, not '$3 million'"),
    ("employees", "6.5 metres", "value: the measure 'employees' is a count, and '6.5 metres' "
                                "is a length"),
])
def test_a_value_of_another_dimension_than_its_measure_is_an_error(
        tmp_path: Path, measure: str, value: str, message: str) -> None:
    folder = store(tmp_path, fact(f'    kind: quantity\n    measure: {measure}\n'
                                  f'    value: "{value}"\n'))
    assert problems(folder) == [f"topic.yaml:10: {message}"]


def test_a_length_in_feet_fits_a_length_measure(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: height\n'
                                  '    value: "1,125 feet"\n'))
    assert problems(folder) == []


def test_an_unknown_measure_without_cues_names_the_closest_one(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: revenues\n'
                                  '    value: "$5 billion"\n'))
    assert problems(folder) == [
        "topic.yaml:9: measure: needs 'cues' (the words an article uses for this measure): "
        "'revenues' is not a measure of the vocabulary (did you mean 'revenue'?)"]


def test_mistakes_in_a_measure_file_are_all_reported_with_their_lines(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: revenue\n'
                                  '    value: "$5 billion"\n'),
                   measures="measures:\n"
                            "  - name: gmv\n    dimension: money\n"  # line 2: no words
                            "  - name: arr\n    dimension: cash\n    words: [ARR]\n"
                            "  - name: nrr\n    words: [NRR]\n    single_value: maybe\n"
                            "  - name: GMV\n    words: [x]\n"
                            "  - name: bookings\n    aliases: [sales]\n    words: [bookings]\n")
    assert problems(folder) == [
        "measures.yaml:2: needs 'words': the words and verbs articles use for the measure",
        "measures.yaml:5: dimension: expected one of money, percent, ratio, count, number, "
        "speed, date, text, length, mass, area, data, time, got 'cash'",
        "measures.yaml:9: single_value: expected true or false",
        "measures.yaml:10: name: measure 'GMV' is defined twice in this file (first at line 2)",
        "measures.yaml:13: aliases: 'sales' already names the measure 'revenue'",
    ]


def test_the_measure_file_is_part_of_the_fingerprint(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: revenue\n'
                                  '    value: "$5 billion"\n'),
                   measures="measures:\n  - name: gmv\n    words: [GMV]\n")
    before = fingerprint(folder)
    assert load_facts(folder).fingerprint == before  # the build hashes what it reads
    (folder / "measures.yaml").write_text("measures:\n  - name: gmv\n    words: [GMV, volume]\n")
    assert fingerprint(folder) != before


def test_a_broken_measure_file_stops_a_build_with_its_line(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: revenue\n'
                                  '    value: "$5 billion"\n'),
                   measures="measures:\n  - name: gmv\n    wrds: [GMV]\n")
    with pytest.raises(FactFileError) as caught:
        load_facts(folder)
    assert (caught.value.line, caught.value.field, caught.value.reason) == (
        3, "wrds", "unknown field in measure (did you mean 'words'?)")


TOWER = """\
entities:
  - {id: tower, name: Widget Tower, kind: project, aliases: [the tower]}
  - {id: acme, name: Acme, kind: organization}
facts:
  - {id: height, kind: quantity, subject: tower, measure: height, value: "828 metres",
     tolerance: 0.01, statement: The tower is 828 metres tall.,
     sources: [{url: "https://example.com/h", title: H, publisher: P, reliability: news}]}
  - {id: cost, kind: quantity, subject: tower, measure: cost, value: "$1.5 billion",
     tolerance: 0.01, statement: The tower cost $1.5 billion.,
     sources: [{url: "https://example.com/c", title: C, publisher: P, reliability: news}]}
  - {id: spire, kind: quantity, subject: tower, measure: spire height, value: "200 metres",
     tolerance: 0.01, statement: Its spire is 200 metres tall.,
     sources: [{url: "https://example.com/s", title: S, publisher: P, reliability: news}]}
  - {id: stake, kind: quantity, subject: acme, object: tower, measure: investment,
     value: "$300 million", date: 2010-01-04, statement: Acme invested $300 million in 2010.,
     sources: [{url: "https://example.com/i", title: I, publisher: P, reliability: news}]}
"""


@pytest.fixture
def tower(tmp_path: Path) -> Store:
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "tower.yaml").write_text(TOWER)
    return Store(build_store(load_facts(tmp_path / "f"), tmp_path / "t.db"))


def verdicts(store: Store, text: str) -> list[Status]:
    report = check(read_text(text, "a.txt"), store, article_date=dt.date(2025, 1, 1))
    return [c.verdict.status for c in report.claims]


@pytest.mark.parametrize(("text", "status"), [
    ("Widget Tower is 828 metres tall.", Status.SUPPORTED),
    ("Widget Tower is 500 metres tall.", Status.CONTRADICTED),  # "metres" does not narrow
    ("Widget Tower cost $9 billion to build.", Status.CONTRADICTED),
    ("Widget Tower cost €2 billion.", Status.UNVERIFIED),  # euros are not dollars
    ("The spire of Widget Tower is 200 metres tall.", Status.SUPPORTED),
    ("The spire of Widget Tower is 90 metres tall.", Status.CONTRADICTED),
    # a plan to mobilise money is a plan to invest it
    ("In 2010 Acme mobilised $300 million for Widget Tower.", Status.SUPPORTED),
])
def test_facts_without_cues_are_matched_through_their_measure(
        tower: Store, text: str, status: Status) -> None:
    assert verdicts(tower, text) == [status]


def test_a_narrowed_measure_takes_the_vocabulary_words_only_with_its_own(
        tower: Store) -> None:
    spire = tower.fact("spire")
    assert "spire height" in spire.cues and "spire tall" in spire.cues
    assert "tall" not in spire.cues  # a claim of the tower's height is not about the spire


def test_a_measure_of_several_values_does_not_contradict_another_years_figure(
        tower: Store) -> None:
    assert verdicts(tower, "Acme invested $500 million in Widget Tower.") == [
        Status.UNVERIFIED]
    assert verdicts(tower, "Acme invested $500 million in Widget Tower in 2010.") == [
        Status.CONTRADICTED]


def test_a_measure_is_found_by_its_last_words_or_its_head_before_a_link_word() -> None:
    vocabulary = base_vocabulary()
    assert vocabulary.lookup("primary mirror diameter")[1] == "primary mirror"
    assert vocabulary.lookup("primary mirror diameter")[0] is vocabulary.find("diameter")
    assert vocabulary.lookup("funding pledged at founding") == (None, "")
    # the head before a link word: one occasion of the measure, its party named after it
    assert vocabulary.lookup("acquisition of Mellanox (announcement)") == (
        vocabulary.find("acquisition"), "")


def test_one_occasion_of_a_measure_of_several_values_has_one_value(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: quantity\n    measure: investment in the 2024 round\n'
                                  '    value: "$1 billion"\n'))
    (loaded,) = load_facts(folder).facts
    assert loaded.single_value is True and "invested" in loaded.cues


def test_an_events_value_is_not_held_to_the_dimension_of_its_date(tmp_path: Path) -> None:
    folder = store(tmp_path, fact('    kind: event\n    measure: acquisition\n'
                                  '    date: 2019-03-11\n    value: "$6.9 billion"\n'))
    assert problems(folder) == []


@pytest.mark.parametrize(("name", "measure", "dimension"), [
    ("EPS", "earnings per share", "money"),
    ("diluted earnings per share", "earnings per share", "money"),
    ("quarterly EPS", "quarterly earnings per share", "money"),
    ("share buyback", "share repurchase authorisation", "money"),
    ("repurchase authorization", "share repurchase authorisation", "money"),
    ("exchange ratio", "exchange ratio", "number"),
    ("offer price per share", "price per share", "money"),
    ("stock split", "stock split", "number"),
    ("split effective date", "stock split effective date", "date"),
    ("first crossing", "milestone", ""),
])
def test_results_and_deal_terms_have_measures_of_their_own(
        name: str, measure: str, dimension: str) -> None:
    """issue 8: per-share figures, buybacks, deal terms, splits and milestones were written
    as cues fact by fact."""
    found = base_vocabulary().find(name)
    assert found is not None and (found.name, found.dimension) == (measure, dimension)


ACME_RESULTS = """\
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
  - {id: q3-eps, kind: quantity, subject: acme, measure: quarterly earnings per share,
     value: "$0.78", tolerance: 0.007, as_of: 2024-10-27,
     statement: Acme earned $0.78 per diluted share in its third quarter.,
     sources: [{url: "https://example.com/e", title: E, publisher: P, reliability: news}]}
  - {id: buyback, kind: quantity, subject: acme, measure: share repurchase authorisation,
     value: "$50 billion", tolerance: 0.01, as_of: 2024-08-26,
     statement: Acme's board authorised $50 billion of share repurchases.,
     sources: [{url: "https://example.com/b", title: B, publisher: P, reliability: news}]}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Acme posted diluted EPS of 78 cents for the quarter.", Status.SUPPORTED),
    ("Acme's earnings per diluted share were $0.78.", Status.SUPPORTED),
    ("Acme's third-quarter earnings per diluted share were $1.78.", Status.CONTRADICTED),
    # no period named: perhaps the year's
    ("Acme's earnings per diluted share were $1.78.", Status.UNVERIFIED),
    ("Acme's board approved a $50 billion share buyback.", Status.SUPPORTED),
    # several programmes are normal: another sum is not refuted without its year
    ("Acme's board approved a $25 billion share buyback.", Status.UNVERIFIED),
])
def test_facts_of_the_new_measures_need_no_cues(tmp_path: Path, text: str,
                                                  status: Status) -> None:
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "acme.yaml").write_text(ACME_RESULTS)
    results = Store(build_store(load_facts(tmp_path / "f"), tmp_path / "r.db"))
    assert verdicts(results, text) == [status]


RENAMED = """\
entities:
  - {id: acme, name: Acme Group, kind: organization, aliases: [Acme Widgets Partnership]}
facts:
  - {id: renamed, kind: event, subject: acme, measure: renaming, date: 2020-05-04,
     statement: On 4 May 2020 the Acme Widgets Partnership was renamed Acme Group.,
     sources: [{url: "https://example.com/r", title: R, publisher: P, reliability: news}]}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("The Acme Widgets Partnership changed its name to Acme Group in May 2020.",
     Status.SUPPORTED),
    ("In May 2020 the Acme Widgets Partnership was rebranded as Acme Group.",
     Status.SUPPORTED),
    ("The Acme Widgets Partnership changed its name to Acme Group in May 2018.",
     Status.CONTRADICTED),
])
def test_a_renaming_is_found_by_the_words_news_tells_it_in(
        tmp_path: Path, text: str, status: Status) -> None:
    """issue 8: "... will be known as the AI Infrastructure Partnership" and "changed its
    name to" met no cue of the renaming fact, and the plan fell to opinion."""
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "acme.yaml").write_text(RENAMED)
    store = Store(build_store(load_facts(tmp_path / "f"), tmp_path / "r.db"))
    assert verdicts(store, text)[0] is status
