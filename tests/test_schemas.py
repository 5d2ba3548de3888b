"""The JSON Schemas shipped in the package describe the JSON reports exactly: real reports of
both commands validate, and a report that breaks the contract does not."""

from __future__ import annotations

import copy
import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from referencing import Registry, Resource

import factcheck
from factcheck.cli.cli import cli

FACTS = Path(__file__).parent / "fixtures" / "facts"
SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
NAMES = ("check-report.schema.json", "ci-report.schema.json")


def shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources.files("factcheck") / "schemas" / name).read_text(encoding="utf-8"))
    return data


def errors(name: str, instance: Any, part: str = "") -> list[str]:
    """What is wrong with ``instance`` by the schema ``name`` (or its ``$defs`` ``part``)."""
    schemas = {n: shipped(n) for n in NAMES}
    registry: Registry[Any] = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas.values())
    schema = {"$ref": f"{schemas[name]['$id']}#/$defs/{part}"} if part else schemas[name]
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(instance)]


def test_the_schemas_are_valid_and_named_by_the_homepage() -> None:
    for name in NAMES:
        schema = shipped(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$id"] == f"{factcheck.HOMEPAGE}/schemas/{name}"


def test_the_seed_report_matches_the_check_schema() -> None:
    result = CliRunner().invoke(cli, ["check", str(SEED), "--format", "json"])
    report = json.loads(result.stdout)
    assert errors("check-report.schema.json", report) == []
    assert {c["rule"] for c in report["claims"]} >= {"NUM", "OPN"}
    sources = [s for c in report["claims"] for e in c["evidence"] for s in e["sources"]]
    assert {s["reliability"] for s in sources} >= {"primary", "news"}
    broken = copy.deepcopy(report)
    broken["claims"][0]["status"] = "probably"
    del broken["claims"][1]["rule"]
    assert len(errors("check-report.schema.json", broken, "report")) == 2


def test_a_json_error_matches_the_check_schema(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope.md"), "--format", "json"])
    assert errors("check-report.schema.json", json.loads(result.stdout)) == []


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FACTS, tmp_path / "facts")
    (tmp_path / "factcheck.toml").write_text('store = "facts"\n')
    (tmp_path / "a.md").write_text("---\ndate: 2025-03-01\n---\n\nJane Doe co-founded Acme in "
                                   "2012.\n\n<!-- factcheck: ignore[imprecise] -->\n"
                                   "Acme opened 3 new offices in Springfield last year.\n")
    (tmp_path / "b.html").write_bytes(b"\x00\x00")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_ci_report_matches_its_schema_with_the_same_words(site: Path) -> None:
    result = CliRunner().invoke(cli, ["ci", "--format", "json", "--min-level", "note"])
    run = json.loads(result.stdout)
    assert errors("ci-report.schema.json", run) == []
    finding = run["findings"][0]
    (claim,) = [c for c in run["articles"][0]["report"]["claims"] if c["id"] == finding["id"]]
    shared = set(finding) & set(claim)
    assert shared >= {"id", "text", "status", "rule", "explanation", "evidence", "line"}
    assert all(finding[k] == claim[k] for k in shared)
    assert run["unused_ignores"] and run["errors"]
    broken = copy.deepcopy(run)
    broken["findings"][0]["claim"] = broken["findings"][0].pop("id")
    assert sorted(e.split(": ", 1)[1] for e in errors("ci-report.schema.json", broken, "run")) \
        == ["'id' is a required property",
            "Additional properties are not allowed ('claim' was unexpected)"]


def test_reports_with_warnings_match_the_schemas(site: Path) -> None:
    """An impossible date warns on the article, a hidden character on the claim as well."""
    (site / "c.md").write_text("---\ndate: 2025-02-30\n---\n\nJane Doe co-founded Acme in "
                               "20\u200b11.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "c.md", "--store", "facts", "--format", "json"])
    report = json.loads(result.stdout)
    assert report["article"]["warnings"] and report["claims"][0]["warnings"]
    assert errors("check-report.schema.json", report) == []
    result = CliRunner().invoke(cli, ["ci", "c.md", "--format", "json", "--min-level", "note"])
    run = json.loads(result.stdout)
    assert run["findings"][0]["warnings"] == report["claims"][0]["warnings"]
    assert errors("ci-report.schema.json", run) == []
    broken = copy.deepcopy(report)
    broken["claims"][0]["warnings"] = "one line"
    del broken["article"]["warnings"]
    assert len(errors("check-report.schema.json", broken, "report")) == 2
