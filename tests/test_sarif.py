"""``ci --format sarif``: valid SARIF 2.1.0 (the OASIS schema ships in tests/schemas), one
result per finding, stable rule ids and fingerprints, suppressions and unreadable files."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import factcheck.cli  # noqa: F401  (cli first: it may register ci itself)
from factcheck.cli.ci import ci

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))
FACTS = Path(__file__).parent / "fixtures" / "facts"
HEAD = "---\ntitle: Acme\ndate: 2025-03-01\n---\n\n"
ARTICLE = (HEAD + "Jane Doe co-founded Acme in 2012.\n\n"
           "Acme opened 3 new offices in Springfield last year.\n\n"
           "<!-- factcheck: ignore quoted from the 2015 interview -->\n"
           "Acme bought Globex in 2015.\n")
OTHER = "RocketChip runs 2.5x faster than Widget X1.\n"


def validate(log: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(log)]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FACTS, tmp_path / "facts")
    (tmp_path / "factcheck.toml").write_text('store = "facts"\n')
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "acme.md").write_text(ARTICLE)
    (tmp_path / "articles" / "chips.txt").write_text(OTHER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(ci, ["articles", "--format", "sarif", *args],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_the_schema_is_the_oasis_2_1_0_schema() -> None:
    """Byte for byte the copy whose source tests/schemas/README.md records."""
    import hashlib

    raw = (Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    assert digest == "ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949"
    assert digest in (Path(__file__).parent / "schemas" / "README.md").read_text()
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert len(SCHEMA["definitions"]) == 52


def test_the_log_is_valid_sarif_with_one_result_per_finding(site: Path) -> None:
    (site / ".factcheck-baseline.json").write_text(json.dumps({"version": 1, "findings": []}))
    CliRunner().invoke(ci, ["articles/chips.txt", "--update-baseline"])
    (site / "articles" / "binary.html").write_bytes(b"\x00\x00\x00")
    code, log = sarif("--min-level", "note")
    assert validate(log) == []
    assert code == 2
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["tool"]["driver"]["name"] == "factcheck"
    assert run["columnKind"] == "unicodeCodePoints"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["factcheck/contradicted/NUM", "factcheck/contradicted/TMP",
                     "factcheck/unverified/NONE"]
    results = run["results"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]
             ["startLine"]) for r in results] == [
        ("factcheck/contradicted/TMP", "error", 6), ("factcheck/unverified/NONE", "note", 8),
        ("factcheck/contradicted/TMP", "error", 11), ("factcheck/contradicted/NUM", "error", 1)]
    for result in results:
        assert rules[result["ruleIndex"]] == result["ruleId"]

    first = results[0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/acme.md"
    region = location["region"]
    assert (region["startColumn"], region["endLine"], region["endColumn"]) == (1, 6, 33)
    start, length = region["charOffset"], region["charLength"]
    assert ARTICLE[start:start + length] == region["snippet"]["text"] == \
        "Jane Doe co-founded Acme in 2012"
    assert first["partialFingerprints"] == {"factcheckClaimId/v1":
                                            first["properties"]["claimId"]}
    text = first["message"]["text"]
    assert text.startswith("Article: 2012; store: founding of Acme on 2010-05-04; the date "
                           "differs.\nContradicted claim: \"Jane Doe co-founded Acme in 2012\"")
    assert "Evidence acme-founded: Jane Doe co-founded Acme on 4 May 2010" in text
    assert "https://example.com/acme/results" in text
    assert "suppressions" not in first

    assert results[2]["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                           "justification": "quoted from the 2015 interview"}]
    assert results[3]["suppressions"][0]["kind"] == "external"
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 2
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "binary file" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "articles/binary.html"


def test_fingerprints_follow_the_claim_not_its_line(site: Path) -> None:
    _, before = sarif("--min-level", "note")
    again = CliRunner().invoke(ci, ["articles", "--format", "sarif", "--min-level", "note"]).stdout
    assert json.loads(again) == before  # the same input, the same log
    (site / "articles" / "acme.md").write_text(
        ARTICLE.replace(HEAD, HEAD + "A new first paragraph.\n\n"))
    _, after = sarif("--min-level", "note")

    def keyed(log: dict[str, Any]) -> dict[str, int]:
        return {r["partialFingerprints"]["factcheckClaimId/v1"]:
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                for r in log["runs"][0]["results"]}

    old, new = keyed(before), keyed(after)
    assert old.keys() == new.keys()
    moved = [k for k in old if new[k] != old[k]]
    assert len(moved) == 3 and all(new[k] == old[k] + 2 for k in moved)


def test_a_clean_run_is_valid_and_empty(site: Path) -> None:
    (site / "articles" / "acme.md").write_text(HEAD + "Acme acquired Globex in 2019.\n")
    (site / "articles" / "chips.txt").unlink()
    code, log = sarif()
    assert code == 0 and validate(log) == []
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_the_validator_really_checks(site: Path) -> None:
    _, log = sarif()
    broken = copy.deepcopy(log)
    del broken["runs"][0]["results"][0]["message"]
    broken["runs"][0]["results"][1]["level"] = "fatal"
    broken["runs"][0]["results"][2]["locations"][0]["physicalLocation"]["region"][
        "startLine"] = 0
    problems = validate(broken)
    assert len(problems) == 3
    assert any("'message' is a required property" in p for p in problems)


def test_rules_carry_help_and_link_into_the_readme(site: Path) -> None:
    import factcheck

    _, log = sarif("--min-level", "note")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == factcheck.HOMEPAGE
    rule = next(r for r in driver["rules"] if r["id"] == "factcheck/contradicted/TMP")
    assert rule["name"] == "ContradictedClaimTmp"
    assert rule["shortDescription"]["text"] == (
        "Contradicted: years, dates and outdated presentation (TMP).")
    assert rule["helpUri"] == f"{factcheck.HOMEPAGE}#rule-codes"
    assert "Rule TMP: The year or date was compared" in rule["help"]["text"]
    assert "(`TMP`)" in rule["help"]["markdown"] and "#rule-codes)" in rule["help"]["markdown"]
    assert {r["defaultConfiguration"]["level"] for r in driver["rules"]} == {"error", "note"}
    # the README has the table the link points at, and the homepage is the project's own
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert "\n### Rule codes\n" in readme
    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text()
    assert f'Homepage = "{factcheck.HOMEPAGE}"' in pyproject


def test_unverified_is_left_out_by_default_and_a_note_when_asked(site: Path) -> None:
    _, log = sarif()
    assert "unverified" not in {r["properties"]["status"] for r in log["runs"][0]["results"]}
    _, log = sarif("--min-level", "note")
    levels = {r["properties"]["status"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels["unverified"] == "note"
