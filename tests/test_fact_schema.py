"""The JSON Schema of fact files (``factcheck/schemas/fact-file.schema.json``), for editors:
every fact file shipped validates, each common mistake fails it (and ``store validate``
refuses it too), a top-level ``measures`` key is left open, and the schema names the very
fields and choices the validator reads."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import factcheck
from factcheck.errors import FactFileError
from factcheck.store import facts, fields
from factcheck.store.folder import fact_files

PROJECT = Path(__file__).parent.parent
SCHEMA: dict[str, Any] = json.loads(
    (resources.files("factcheck") / "schemas" / "fact-file.schema.json").read_text("utf-8"))
STORES = [PROJECT / "claims", PROJECT / "tests" / "fixtures" / "facts",
          *sorted(p for p in (PROJECT / "tests" / "fixtures" / "topics").iterdir() if p.is_dir()),
          *sorted((PROJECT / "tests" / "corpus" / "stores").iterdir())]


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2: a date is text)."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def schema_errors(text: str) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(yaml.load(text, Loader=EditorLoader))]


def validator_problems(text: str, tmp_path: Path) -> list[FactFileError]:
    problems: list[FactFileError] = []
    facts.parse_fact_file(tmp_path / "topic.yaml", text.encode(), problems)
    return problems


def test_the_schema_is_draft_7_and_named_by_the_homepage() -> None:
    """Draft 7: what YAML language servers read."""
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"] == f"{factcheck.HOMEPAGE}/schemas/fact-file.schema.json"


@pytest.mark.parametrize("store", STORES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_every_fact_file_shipped_validates(store: Path) -> None:
    files = fact_files(store)
    assert files
    for path in files:
        assert schema_errors(path.read_text(encoding="utf-8")) == [], path


GOOD = """\
entities:
  - {id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}
  - {id: globex, name: Globex, kind: organization}
facts:
  - id: acme-revenue-2024
    kind: quantity
    subject: acme
    measure: revenue
    cues: [revenue, sales]
    value: "$2.4 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    statement: Acme's revenue was $2.4 billion in 2024.
    sources:
      - {url: "https://example.com/acme", title: Results, publisher: Acme, reliability: primary}
reviewed:
  - id: acme-bought-globex
    claim: Acme bought Globex.
    entities: [acme, globex]
    cues: [[bought, acquired]]
    rating: false
    explanation: Acme never bought Globex.
    sources:
      - {url: "https://example.com/acme", title: Results, publisher: Acme, reliability: news}
"""


def test_a_good_file_validates_both_ways(tmp_path: Path) -> None:
    assert schema_errors(GOOD) == [] and validator_problems(GOOD, tmp_path) == []


def test_a_top_level_measures_key_is_left_open() -> None:
    """A store's own measures may come to be written in a fact file: room for them, and
    nothing said about their form (the measure vocabulary owns it)."""
    assert schema_errors(GOOD + "measures:\n  - {name: revenue, words: [sales]}\n") == []
    assert schema_errors(GOOD + "measure:\n  - {name: revenue}\n") != []


# One mistake each, made in the good file above: (what it replaces, with what).
MISTAKES = {
    "misspelt field": ("    cues: [revenue, sales]", "    cue: [revenue, sales]"),
    "no statement": ("    statement: Acme's revenue was $2.4 billion in 2024.\n", ""),
    "quantity without value": ('    value: "$2.4 billion"\n', ""),
    "value and range": ('    value: "$2.4 billion"\n',
                        '    value: "$2.4 billion"\n    range: ["$2B", "$3B"]\n'),
    "id with capitals": ("id: acme-revenue-2024", "id: Acme-Revenue-2024"),
    "unknown fact kind": ("    kind: quantity", "    kind: number"),
    "unknown entity kind": ("kind: organization, aliases", "kind: company, aliases"),
    "bad reliability": ("reliability: primary}", "reliability: official}"),
    "url without scheme": ('url: "https://example.com/acme", title: Results, publisher: Acme, '
                           'reliability: primary', 'url: "example.com/acme", title: Results, '
                           'publisher: Acme, reliability: primary'),
    "source without publisher": ("publisher: Acme, reliability: primary", "reliability: primary"),
    "no sources": ("""    statement: Acme's revenue was $2.4 billion in 2024.
    sources:
      - {url: "https://example.com/acme", title: Results, publisher: Acme, reliability: primary}
""", """    statement: Acme's revenue was $2.4 billion in 2024.
    sources: []
"""),
    "date not ISO": ("as_of: 2024-12-31", "as_of: 31/12/2024"),
    "tolerance in percent": ("tolerance: 0.01", "tolerance: 5"),
    "period not a year": ("    tolerance: 0.01\n", "    tolerance: 0.01\n    period: FY2024\n"),
    "event without date": ('    kind: quantity\n', '    kind: event\n'),
    "draft left TODO": ("statement: Acme's revenue was $2.4 billion in 2024.",
                        "statement: TODO"),
    "sole without object": ("    cues: [revenue, sales]\n",
                            "    cues: [revenue, sales]\n    sole: [revenue]\n"),
    "cue groups flattened": ("cues: [[bought, acquired]]", "cues: [bought, acquired]"),
    "rating not a rating": ("rating: false", "rating: wrong"),
    "facts as a mapping": ("facts:\n  - id: acme-revenue-2024", "facts:\n  acme-revenue-2024:"),
    "misspelt top-level key": ("reviewed:\n", "review:\n"),
}


# Where the schema puts the mistake: an editor underlines that very field.
WHERE = {
    "misspelt field": "facts/0", "no statement": "facts/0", "quantity without value": "facts/0",
    "value and range": "facts/0", "id with capitals": "facts/0/id",
    "unknown fact kind": "facts/0/kind", "unknown entity kind": "entities/0/kind",
    "bad reliability": "facts/0/sources/0/reliability", "url without scheme":
    "facts/0/sources/0/url", "source without publisher": "facts/0/sources/0",
    "no sources": "facts/0/sources", "date not ISO": "facts/0/as_of",
    "tolerance in percent": "facts/0/tolerance", "period not a year": "facts/0/period",
    "event without date": "facts/0", "draft left TODO": "facts/0/statement",
    "sole without object": "facts/0", "cue groups flattened": "reviewed/0/cues/0",
    "rating not a rating": "reviewed/0/rating", "facts as a mapping": "facts",
    "misspelt top-level key": "",
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_common_mistake_fails_the_schema_as_it_fails_validation(
        mistake: str, tmp_path: Path) -> None:
    old, new = MISTAKES[mistake]
    assert GOOD.count(old) == 1, old
    text = GOOD.replace(old, new)
    found = schema_errors(text)
    assert found and found[0].split(": ", 1)[0] == WHERE[mistake], found
    assert validator_problems(text, tmp_path) != []


def _properties(definition: str) -> set[str]:
    return set(SCHEMA["definitions"][definition]["properties"])


def test_the_schema_names_the_fields_and_choices_the_validator_reads() -> None:
    assert set(SCHEMA["properties"]) == facts.TOP_FIELDS | {"measures"}
    assert _properties("entity") == facts.ENTITY_FIELDS
    assert _properties("fact") == facts.FACT_FIELDS
    assert _properties("reviewed") == facts.REVIEWED_FIELDS
    assert _properties("source") == fields.SOURCE_FIELDS
    definitions = SCHEMA["definitions"]
    assert definitions["entity"]["properties"]["kind"]["enum"] == list(facts.ENTITY_KINDS)
    assert definitions["fact"]["properties"]["kind"]["enum"] == list(facts.FACT_KINDS)
    assert definitions["fact"]["properties"]["state"]["enum"] == [None, *facts.STATES]
    assert definitions["source"]["properties"]["reliability"]["enum"] == \
        list(fields.RELIABILITY)
    assert definitions["id"]["pattern"] == fields.ID.pattern
    assert [r for r in definitions["reviewed"]["properties"]["rating"]["enum"]
            if isinstance(r, str)] == list(facts.RATINGS)
