"""Facts from a table: each row checked like a fact in a fact file, errors at row and column,
and nothing half-written when a row fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.cli import cli
from factcheck.errors import FactFileError, UsageError
from factcheck.model import Kind
from factcheck.store.folder import FactReader, load_facts
from factcheck.store.store import Store
from factcheck.store.table import ColumnMap, Table, table_facts

FACTS = Path(__file__).parent / "fixtures" / "facts"
CSV = """\
company,metric,amount,year,url
acme,revenue,$12.5 billion,2023,https://example.com/acme-2023
globex,revenue,$3.1 billion,2023,https://example.com/globex-2023
"""
MAP = ("subject=company", "measure=metric", "value=amount", "period=year", "source_url=url")


def write(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def facts_of(path: Path, mapping: tuple[str, ...] = MAP) -> list[object]:
    return [f for batch in table_facts(path, ColumnMap.parse(mapping)) for f in batch]


def test_a_row_is_a_quantity_fact(tmp_path: Path) -> None:
    acme, globex = facts_of(write(tmp_path, CSV))
    assert (acme.subject, acme.measure, acme.period, acme.cues) == (  # type: ignore[attr-defined]
        "acme", "revenue", 2023, ("revenue",))
    assert acme.value.kind is Kind.MONEY and acme.value.value == 12.5e9  # type: ignore[attr-defined]
    assert acme.sources[0].publisher == "example.com"  # type: ignore[attr-defined]
    assert acme.line == 2 and globex.line == 3  # type: ignore[attr-defined]


def test_json_lines_and_a_unit_column(tmp_path: Path) -> None:
    rows = [{"subject": "acme", "measure": "market share", "value": 31.5, "unit": "%",
             "as_of": "2024-12-31", "source_url": "https://example.com/s",
             "cues": "market share|share of the market"}]
    (fact,) = facts_of(write(tmp_path, "\n".join(json.dumps(r) for r in rows) + "\n",
                             "rows.jsonl"), ())
    assert fact.value.kind is Kind.PERCENT and fact.value.value == 31.5  # type: ignore[attr-defined]
    assert fact.cues == ("market share", "share of the market")  # type: ignore[attr-defined]


@pytest.mark.parametrize("change, message", [
    (("$3.1 billion", "lots"), "rows.csv:3: row 2, column 'amount': cannot read a single "
                               "quantity from 'lots'"),
    (("2023,https://example.com/globex", "1066,https://example.com/globex"),
     "rows.csv:3: row 2, column 'year': period is a year"),
    (("https://example.com/globex-2023", "example.com/globex"),
     "rows.csv:3: row 2, column 'url': 'example.com/globex' is not an http(s) URL"),
    (("globex,revenue,$3.1 billion", "globex,,$3.1 billion"),
     "rows.csv:3: row 2, column 'metric': empty or missing"),
])
def test_a_bad_row_names_its_row_and_column(tmp_path: Path, change: tuple[str, str],
                                            message: str) -> None:
    path = write(tmp_path, CSV.replace(*change))
    with pytest.raises(FactFileError) as failure:
        facts_of(path)
    assert str(failure.value).startswith(f"{tmp_path}/{message}")


def test_an_unknown_entity_names_the_column(tmp_path: Path) -> None:
    table = Table(write(tmp_path, CSV.replace("globex,", "globexx,")), ColumnMap.parse(MAP))
    with pytest.raises(FactFileError, match=r"rows\.csv:3: column 'company': unknown entity "
                                            r"'globexx' \(did you mean 'globex'\?\)"):
        list(FactReader(FACTS, tables=(table,)))


def test_a_mapping_names_known_fields_only() -> None:
    with pytest.raises(UsageError, match="unknown field 'subjet'"):
        ColumnMap.parse(["subjet=company"])
    with pytest.raises(UsageError, match="FIELD=COLUMN"):
        ColumnMap.parse(["subject"])


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_import_into_a_store_with_the_fact_files(tmp_path: Path) -> None:
    path = write(tmp_path, CSV)
    db = tmp_path / "big.db"
    code, out = run("store", "import", str(path), "--facts", str(FACTS), "-o", str(db),
                    *(a for m in MAP for a in ("--map", m)))
    assert code == 0, out
    store = Store(db)
    assert store.counts()["facts"] == len(load_facts(FACTS).facts) + 2
    assert {f.id for f in store.facts_about(["globex"]) if f.path.endswith("rows.csv")} == {
        "globex-revenue-3"}


def test_a_failing_row_leaves_no_half_written_store(tmp_path: Path) -> None:
    path = write(tmp_path, CSV)
    db = tmp_path / "big.db"
    mapping = [a for m in MAP for a in ("--map", m)]
    assert run("store", "import", str(path), "--facts", str(FACTS), "-o", str(db),
               *mapping)[0] == 0
    before = db.read_bytes()
    path.write_text(CSV + "acme,revenue,lots,2024,https://example.com/a\n")
    code, out = run("store", "import", str(path), "--facts", str(FACTS), "-o", str(db),
                    *mapping)
    assert code == 2 and "row 3, column 'amount'" in out
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.db", "rows.csv"]


def test_import_to_a_fact_file_that_builds_like_any_other(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "acme.yaml").write_text((FACTS / "acme.yaml").read_text())
    path = write(tmp_path, CSV)
    mapping = [a for m in MAP for a in ("--map", m)]
    target = facts / "imported.yaml"
    code, out = run("store", "import", str(path), "--facts", str(facts), "-o", str(target),
                    *mapping)
    assert (code, out.strip()) == (0, f"{target}: 2 facts")
    written = [f for f in load_facts(facts).facts if f.path == str(target)]
    imported = facts_of(path)
    assert [(f.id, f.value, f.period, f.sources) for f in written] == [
        (f.id, f.value, f.period, f.sources) for f in imported]  # type: ignore[attr-defined]
    # Importing again replaces the file instead of clashing with its own ids.
    assert run("store", "import", str(path), "--facts", str(facts), "-o", str(target),
               *mapping)[0] == 0
    path.write_text(CSV.replace("$3.1 billion", "lots"))
    before = target.read_text()
    assert run("store", "import", str(path), "--facts", str(facts), "-o", str(target),
               *mapping)[0] == 2
    assert target.read_text() == before
    assert sorted(p.name for p in facts.iterdir()) == ["acme.yaml", "imported.yaml"]
