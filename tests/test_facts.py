"""Fact files: every mistake names the file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.errors import FactFileError
from factcheck.model import Kind, Qualifier
from factcheck.store import facts, fields
from factcheck.store.folder import BASE_MEASURES, load_facts
from factcheck.store.plainfacts import plain_fact, plain_row
from factcheck.store.records import fact_row
from factcheck.store.vocabulary import Vocabulary, read_measures

FIXTURES = Path(__file__).parent / "fixtures" / "facts"
GOOD = """\
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
  - id: acme-revenue
    kind: quantity
    subject: acme
    measure: revenue
    cues: [revenue]
    value: "more than $5 billion"
    period: 2024
    statement: Acme made more than $5 billion in 2024.
    sources:
      - url: https://example.com/a
        title: A
        publisher: P
        date: 2025-01-01
        reliability: news
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "topic.yaml").write_text(text)
    return tmp_path


def test_a_valid_file_loads(tmp_path: Path) -> None:
    facts = load_facts(write(tmp_path, GOOD))
    fact = facts.facts[0]
    assert fact.value is not None
    assert (fact.value.kind, fact.value.value, fact.value.qualifier) == (
        Kind.MONEY, 5e9, Qualifier.OVER)
    assert fact.line == 4 and fact.path.endswith("topic.yaml")


@pytest.mark.parametrize("change, line, field, message", [
    (("    value:", "    valeu:"), 9, "valeu", "did you mean 'value'"),
    (("reliability: news", "reliability: blog"), 17, "reliability", "expected one of"),
    (("date: 2025-01-01", "date: 2025-13-01"), 16, "date", "expected a date"),
    (('"more than $5 billion"', '"lots"'), 9, "value", "cannot read a single quantity"),
    (("subject: acme", "subject: acmee"), 6, "subject", "did you mean 'acme'"),
    (("kind: quantity", "kind: number"), 5, "kind", "expected one of"),
    (("https://example.com/a", "example.com/a"), 13, "url", "not an http(s) URL"),
    (("    period: 2024\n", "    period: 2024\n    period: 2023\n"), 11, "period",
     "duplicate key"),
])
def test_typos_name_file_line_and_field(tmp_path: Path, change: tuple[str, str], line: int,
                                        field: str, message: str) -> None:
    write(tmp_path, GOOD.replace(*change))
    with pytest.raises(FactFileError) as error:
        load_facts(tmp_path)
    assert (error.value.line, error.value.field) == (line, field)
    assert message in str(error.value)
    assert str(error.value).startswith(f"{tmp_path / 'topic.yaml'}:{line}:")


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("cues: [revenue]", "cues: [revenue"))
    with pytest.raises(FactFileError, match=r"topic\.yaml:\d+: invalid YAML"):
        load_facts(tmp_path)


def test_a_key_yaml_reads_as_a_list_is_named_at_its_line(tmp_path: Path) -> None:
    """A key written as a list ("[cue]: x", a mangled line) is a mistake named at its line,
    never a traceback."""
    write(tmp_path, GOOD.replace("    statement:", "    [cue]: x\n    statement:"))
    with pytest.raises(FactFileError, match=r"topic\.yaml:\d+: .*key must be a name"):
        load_facts(tmp_path)


def test_missing_fields_and_sources(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("    statement: Acme made more than $5 billion in 2024.\n", ""))
    with pytest.raises(FactFileError, match="missing required field 'statement'"):
        load_facts(tmp_path)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    (tmp_path / "other.yaml").write_text(GOOD.split("facts:")[0].replace("name: Acme",
                                                                       "name: Acme Two"))
    with pytest.raises(FactFileError, match=r"topic\.yaml:2: entity id .acme. is defined twice"):
        load_facts(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FactFileError, match="no fact files"):
        load_facts(tmp_path)


def test_the_bundled_fact_files_validate() -> None:
    from factcheck.store.store import bundled_facts_dir

    facts = load_facts(bundled_facts_dir())
    assert len(facts.facts) >= 60
    assert all(f.sources for f in facts.facts)


@pytest.mark.parametrize("extra, message", [
    ("    sole: [CEO]\n", "'sole' names a role held toward an object: add 'object'"),
    ("    object: globex\n    sole: [chairman]\n", "'sole' cues must also be in 'cues'"),
])
def test_sole_cues_are_checked(tmp_path: Path, extra: str, message: str) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "entities:\n  - {id: acme, name: Acme, kind: organization}\n"
        "  - {id: globex, name: Globex, kind: organization}\n"
        "facts:\n  - id: f\n    kind: relation\n    subject: acme\n    measure: role\n"
        "    cues: [CEO]\n" + extra + "    statement: Acme leads.\n    sources:\n"
        "      - {url: 'https://example.org', title: T, publisher: P, reliability: news}\n")
    with pytest.raises(FactFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_facts(folder)


BROKEN_YAML = [
    "facts: [unclosed\n",
    "facts:\n  - id: a\n    kind: event: event\n",
    "facts:\n  - id: a\n   kind: event\n",
    "facts:\n  - id: 'unterminated\n",
    "- a\nfacts: []\n",
    "facts:\n\t- id: a\n",
    "entities: &x [*y]\n",
    "facts: {a: 1\n",
]


@pytest.mark.parametrize("text", BROKEN_YAML)
def test_yaml_errors_read_the_same_whichever_parser_runs(
        tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write(tmp_path, text)
    with pytest.raises(FactFileError) as fast:
        load_facts(folder)
    monkeypatch.setattr(fields, "_Loader", fields._PureLoader)
    with pytest.raises(FactFileError) as pure:
        load_facts(folder)
    assert str(fast.value) == str(pure.value)
    assert fast.value.line is not None


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_the_c_parser_reads_fact_files_where_present() -> None:
    assert issubclass(fields._Loader, yaml.CSafeLoader)
    assert load_facts(FIXTURES) == _pure(FIXTURES)


def _pure(folder: Path) -> object:
    real = fields._Loader
    fields._Loader = fields._PureLoader  # type: ignore[misc]
    try:
        return load_facts(folder)
    finally:
        fields._Loader = real  # type: ignore[misc]


def test_an_entity_may_act_for_several_organisations(tmp_path: Path) -> None:
    """``affiliation`` takes one id or a list: a person may act for several organisations."""
    text = GOOD.replace("  - {id: acme, name: Acme, kind: organization}\n",
                        "  - {id: acme, name: Acme, kind: organization}\n"
                        "  - {id: zeta, name: Zeta, kind: organization}\n"
                        "  - {id: jo, name: Jo Doe, kind: person, affiliation: [acme, zeta]}\n"
                        "  - {id: al, name: Al Roe, kind: person, affiliation: acme}\n")
    entities = {e.id: e for e in load_facts(write(tmp_path, text)).entities}
    assert entities["jo"].affiliations == ("acme", "zeta")
    assert entities["al"].affiliations == ("acme",)
    assert entities["acme"].affiliations == ()
    (tmp_path / "topic.yaml").write_text(text.replace("[acme, zeta]", "[acme, zetaa]"))
    with pytest.raises(FactFileError, match="zetaa"):
        load_facts(tmp_path)


EVENT = GOOD.replace("""    kind: quantity
    subject: acme
    measure: revenue
    cues: [revenue]
    value: "more than $5 billion"
    period: 2024
""", """    kind: event
    subject: acme
    measure: founding
    cues: [founded]
    date: %s
""")


@pytest.mark.parametrize(("written", "day", "precision", "exported"), [
    ("2006-11-08", dt.date(2006, 11, 8), "day", dt.date(2006, 11, 8)),
    ("2006-11", dt.date(2006, 11, 1), "month", "2006-11"),
    ("2006", dt.date(2006, 1, 1), "year", 2006), ('"2006"', dt.date(2006, 1, 1), "year", 2006)])
def test_an_event_s_date_keeps_the_precision_its_file_states(
        tmp_path: Path, written: str, day: dt.date, precision: str, exported: object) -> None:
    """"date: 2006-11" is November 2006, not its first day: the store keeps how much of
    the date the record states, and writes it back as the file did."""
    from factcheck.store.records import fact_from_json, fact_to_json

    fact = load_facts(write(tmp_path, EVENT % written)).facts[0]
    assert (fact.date, fact.date_precision) == (day, precision)
    assert fact_from_json(fact_to_json(fact)) == fact
    assert facts.fact_file_entry(fact)["date"] == exported


def test_only_an_event_s_date_may_be_a_year_alone(tmp_path: Path) -> None:
    with pytest.raises(FactFileError, match="expected a date"):
        load_facts(write(tmp_path, EVENT.replace("date: 2025-01-01", "date: 2025") % "2006"))


# --- the plain form: a fact read without a guarded check per field is the same fact -------

PLAIN = {"id": "acme-revenue", "kind": "quantity", "subject": "acme", "measure": "revenue",
         "cues": ["sales"], "value": "$5 billion", "tolerance": 0.02, "period": 2024,
         "as_of": dt.date(2024, 12, 31), "statement": "Acme made $5 billion in 2024.",
         "sources": [{"url": "https://example.com/a", "title": "A", "publisher": "P",
                      "date": dt.date(2025, 1, 1), "reliability": "news"}]}


def _item(fields_: dict[str, Any]) -> fields._Mapping:
    item = fields._Mapping({k: [_item(v) if isinstance(v, dict) else v for v in value]
                            if k == "sources" and isinstance(value, list) else value
                            for k, value in fields_.items()})
    item.line, item.key_lines = 4, {k: 4 + i for i, k in enumerate(fields_)}
    return item


def _vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    read_measures(BASE_MEASURES, BASE_MEASURES.read_bytes(), vocabulary)
    return vocabulary


def _checked(item: fields._Mapping, vocabulary: Vocabulary, path: str = "t.yaml") -> Any:
    problems: list[FactFileError] = []
    fact = facts._fact(fields._File(path, problems), item, vocabulary)
    return None if problems else fact


def _read_plain(item: fields._Mapping, vocabulary: Vocabulary, path: str = "t.yaml") -> Any:
    """The fact the plain path reads (None where it leaves the item to the full check),
    checked to be the full check's fact, and its row (what a build writes) that fact's."""
    plain, row = plain_fact(path, item, vocabulary), plain_row(path, item, vocabulary)
    assert (plain is None) == (row is None)
    if plain is not None:
        checked = _checked(item, vocabulary, path)
        assert plain == checked, item.get("id")
        assert row == fact_row(checked), item.get("id")
    return plain


def test_a_plain_fact_is_the_fact_the_full_check_makes() -> None:
    vocabulary = _vocabulary()
    item = _item(PLAIN)
    plain = _read_plain(item, vocabulary)
    assert plain is not None and plain == _checked(item, vocabulary)
    assert plain.cues[:2] == ("sales", "revenue") and plain.measure_words


@pytest.mark.parametrize("change", [
    {"kind": " quantity"}, {"kind": "quote", "quote": "We grew."}, {"measure": " revenue "},
    {"measure": "TODO"}, {"measure": ""}, {"statement": "   "}, {"statement": 5},
    {"note": "   "}, {"note": 7}, {"note": ""}, {"note": "A note."}, {"state": ""},
    {"state": "available"}, {"state": False}, {"tolerance": True}, {"tolerance": 1},
    {"tolerance": 0}, {"period": True}, {"period": 1700}, {"period": None},
    {"as_of": dt.datetime(2024, 12, 31, 8)}, {"as_of": "2024-12"}, {"object": ""},
    {"object": "acme"}, {"object": "Acme"}, {"cues": ["sales", ""]}, {"cues": ["TODO"]},
    {"cues": "sales"}, {"cues": [5]}, {"cues": None}, {"mentions": ["acme"]},
    {"measure": "lunar output", "cues": None}, {"measure": "lunar output"},
    {"measure": "chief executive", "value": None, "kind": "relation"},
    {"measure": "chief executive", "value": None, "kind": "relation", "object": "acme"},
    {"measure": "market share"}, {"measure": "headcount", "value": "5 billion"},
    {"measure": "data center revenue"}, {"value": 500}, {"value": "lots"}, {"value": None},
    {"range": ["$1 billion", "$2 billion"], "value": None}, {"sole": ["sales"]},
    {"kind": "event", "value": None}, {"kind": "event", "date": dt.date(2020, 1, 2)},
    {"id": "Acme-revenue"}, {"id": " acme-revenue"}, {"subject": "TODO"}, {"sources": []},
    {"valeu": 5}, {"published": dt.date(2025, 2, 1)}, {"as_of": "2024-12-31"},
    {"as_of": "2024-13-01"}, {"as_of": " 2024-12-31"}, {"as_of": "2024-02-30"},
    {"date": "2020-01-02", "kind": "event", "value": None}, {"published": "TODO"},
    {"date": "2020-01", "kind": "event", "value": None},
    {"date": 2020, "kind": "event", "value": None},
    {"date": "2020", "kind": "event", "value": None},
    {"statement": 'Acme "grew" \\ 5% \u2014 \u00e9 \u4e2d\u6587 \U0001f600.'}, {"value": 2.5},
    {"measure": "employees", "value": "1,200"}, {"mentions": ["hooli", "acme"]},
    {"object": "hooli", "measure": "partnership", "kind": "relation", "value": None,
     "date": dt.date(2020, 1, 2), "state": "completed", "note": "Said so."},
])
def test_a_fact_outside_the_plain_form_is_left_to_the_full_check(change: dict[str, Any]
                                                                  ) -> None:
    """Whatever the fast path reads is what the full check reads; whatever it cannot, it
    leaves (None), and the full check says what is wrong, if anything."""
    vocabulary = _vocabulary()
    item = _item({k: v for k, v in {**PLAIN, **change}.items() if k not in change or
                  v is not None or k in ("period", "cues")})
    _read_plain(item, vocabulary)


@pytest.mark.parametrize("change", [
    {"url": "example.com/a"}, {"url": " https://example.com/a"}, {"title": "  "},
    {"title": 2024}, {"reliability": "blog"}, {"reliability": " news"}, {"date": "2025-01"},
    {"date": "2025-01-31"}, {"date": "2025-02-31"}, {"date": None},
    {"excerpt": "  "}, {"excerpt": ""}, {"excerpt": "They said so."}, {"note": "x"},
    {"publisher": "TODO"}, {"extra": 1}, {"excerpt": 'They said "so" \u00e9.'},
    {"title": 'A "quoted" title'},
])
def test_a_source_outside_the_plain_form_is_left_to_the_full_check(change: dict[str, Any]
                                                                    ) -> None:
    vocabulary = _vocabulary()
    item = _item({**PLAIN, "sources": [{**PLAIN["sources"][0], **change}]})
    _read_plain(item, vocabulary)


@pytest.mark.parametrize("folder", [Path(__file__).parent.parent / "claims", FIXTURES,
                                    Path(__file__).parent / "fixtures" / "topics"])
def test_every_fact_of_the_stores_reads_the_same_either_way(folder: Path) -> None:
    vocabulary = _vocabulary()
    read = 0
    for path in sorted(folder.glob("*.y*ml")):
        data, _ = fields.read_yaml(str(path), path.read_bytes(), collect=True)
        for item in (data or {}).get("facts") or [] if isinstance(data, dict) else []:
            plain = _read_plain(item, vocabulary, str(path)) \
                if isinstance(item, fields._Mapping) else None
            read += plain is not None
    assert read or folder.name != "claims"


def _values() -> list[str]:
    """Every value of the stores' fact files, and the usual forms with numbers of every
    shape (thousands, decimals, a leading point, years, zero) and each scale word; and
    forms a value seldom takes, which must still read as the language stage reads them."""
    found: set[str] = set()
    for folder in (Path(__file__).parent.parent / "claims", FIXTURES):
        for path in folder.glob("*.y*ml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for item in (data or {}).get("facts") or [] if isinstance(data, dict) else []:
                if isinstance(item, dict) and item.get("value") is not None:
                    found.add(str(item["value"]).strip())
    numbers = ["0", "7", "42", "950", "2024", "1999", "0.5", "1.243", "99.95", ".5", "1,000",
               "12,345.6", "1,234,567", "3.14159", "007", "10.0"]
    scales = ["", " hundred", " thousand", " million", " billion", " trillion"]
    found.update(f"${n}{s}" for n in numbers for s in scales)
    found.update(f"{n}%" for n in numbers)
    found.update(["$5bn", "$1.5  billion", "$ 5", "-3%", "5 %", "$-5", "5.%", "US$5 billion",
                  "$5 Billion", "$5 billions", "1,00%", "$1,2345", "50% ", "€5 billion"])
    return sorted(found)


def test_a_usual_value_reads_as_the_language_stage_reads_it() -> None:
    """Dollars and percents (most values) are read without the language stage's search for
    every kind of figure: to the very quantity it gives, span and all."""
    from factcheck.language.quantities import parse_value

    usual = 0
    for text in _values():
        assert facts.parse_value(text) == parse_value(text), text
        usual += facts.USUAL_VALUE.fullmatch(text) is not None
    assert usual > 300
