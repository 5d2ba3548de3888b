"""Which stores a command uses (``ci/stores.py``), found like a linter finds its
configuration, and several stores merged into one (``store/store.py``, ``store/folder.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.ci.config import load_policy
from factcheck.ci.stores import choose_stores, find_stores
from factcheck.cli.cli import cli
from factcheck.errors import FactFileError, StoreError
from factcheck.store.folder import fingerprint, load_facts
from factcheck.store.store import bundled_facts_dir, locate_stores

SOURCE = ('{url: "https://example.com/src", title: Results, publisher: Example, '
          'date: 2025-01-15, reliability: primary}')


def fact_file(folder: Path, entity: str, name: str, fact: str = "", value: str = "$2 billion",
              *, filename: str = "facts.yaml", reviewed: str = "") -> Path:
    """A fact file of one entity and (unless ``fact`` is empty) one revenue fact about it."""
    folder.mkdir(parents=True, exist_ok=True)
    text = f"entities:\n  - {{id: {entity}, name: {name}, kind: organization}}\n"
    if fact:
        text += (f"facts:\n  - id: {fact}\n    kind: quantity\n    subject: {entity}\n"
                 f"    measure: revenue\n    cues: [revenue]\n    value: \"{value}\"\n"
                 f"    as_of: 2024-12-31\n    statement: {name} had revenue of {value} in 2024.\n"
                 f"    sources:\n      - {SOURCE}\n")
    text += reviewed
    path = folder / filename
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom's project: a git repository with its own claims/ folder, worked in."""
    (tmp_path / ".git").mkdir()
    fact_file(tmp_path / "claims", "orbex", "Orbex", "orbex-revenue")
    (tmp_path / "article.txt").write_text("Orbex had revenue of $5 billion in 2024.\n",
                                          encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the order of discovery ----------------------------------------------------------------

def test_the_project_claims_folder_at_the_git_root_replaces_the_bundled_store(
        project: Path) -> None:
    (project / "drafts").mkdir()
    choice = find_stores((), start=project / "drafts")  # from a subfolder, like git
    assert choice.locations == (str(project / "claims"),)
    assert choice.labels == ("claims",) and choice.bundled is False


def test_configured_stores_come_before_the_project_folder(project: Path) -> None:
    fact_file(project.parent / "shared-facts", "vexa", "Vexa", "vexa-revenue")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "news"\n[tool.factcheck]\nstores = ["claims", "../shared-facts"]\n')
    choice = find_stores(())
    assert choice.locations == (str(project / "claims"), str(project.parent / "shared-facts"))
    assert choice.origin == str(project / "pyproject.toml") and choice.bundled is False


def test_a_factcheck_toml_is_read_and_its_paths_are_relative_to_it(project: Path) -> None:
    fact_file(project / "facts" / "topic", "vexa", "Vexa", "vexa-revenue")
    (project / "facts" / "factcheck.toml").write_text('stores = ["topic"]\n')
    choice = find_stores((), start=project / "facts")
    assert choice.locations == (str(project / "facts" / "topic"),)


def test_store_options_come_before_the_configuration(project: Path) -> None:
    (project / "factcheck.toml").write_text('stores = ["claims"]\n')
    choice = find_stores(("other/", "more/"))
    assert choice.locations == ("other/", "more/") and choice.origin == "--store"


def test_without_a_project_store_the_bundled_store_is_used(tmp_path: Path) -> None:
    choice = choose_stores((), load_policy(start=tmp_path), start=tmp_path)
    assert choice.locations == () and choice.bundled is True
    assert choice.folders() == (bundled_facts_dir(),)


def test_a_claims_folder_without_fact_files_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "notes.txt").write_text("someone else's claims folder\n")
    choice = choose_stores((), load_policy(start=tmp_path), start=tmp_path)
    assert choice.locations == () and choice.bundled is True


def test_store_validate_without_a_folder_validates_the_stores_check_uses(
        project: Path) -> None:
    fact_file(project / "claims", "vexa", "Vexa", "orbex-revenue", filename="vexa.yaml")
    code, out, err = run("store", "validate")
    assert code != 0 and "vexa.yaml:" in out + err and "'orbex-revenue'" in out + err


def test_a_project_claims_folder_is_found_beside_the_configuration_file(
        tmp_path: Path) -> None:
    fact_file(tmp_path / "site" / "claims", "orbex", "Orbex", "orbex-revenue")
    (tmp_path / "site" / "factcheck.toml").write_text("workers = 1\n")
    choice = find_stores((), start=tmp_path / "site")  # no git repository anywhere
    assert choice.locations == (str(tmp_path / "site" / "claims"),)


# --- the bundled store in and out ----------------------------------------------------------

def test_bundled_true_adds_the_bundled_store_after_the_project_ones(project: Path) -> None:
    (project / "factcheck.toml").write_text("bundled = true\n")
    choice = find_stores(())
    assert choice.bundled is True
    assert choice.folders() == (project / "claims", bundled_facts_dir())
    located = choice.locate()
    assert located.labels == ("claims", "bundled")
    bundled = load_facts(bundled_facts_dir())
    assert located.open().counts()["facts"] == len(bundled.facts) + 1


def test_bundled_false_with_no_store_at_all_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("bundled = false\n")
    choice = find_stores((), start=tmp_path)
    with pytest.raises(StoreError, match="bundled = false"):
        choice.locate()


def test_bundled_must_be_a_boolean(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('bundled = "yes"\n')
    with pytest.raises(Exception, match=r"factcheck.toml:1.*'bundled' must be true or false"):
        load_policy(start=tmp_path)


# --- merging -------------------------------------------------------------------------------

def test_repeated_store_options_merge_and_the_report_names_both(project: Path) -> None:
    fact_file(project / "more", "vexa", "Vexa", "vexa-revenue", "$3 billion")
    (project / "article.txt").write_text(
        "Orbex had revenue of $5 billion in 2024. Vexa had revenue of $3 billion in 2024.\n")
    code, out, err = run("check", "article.txt", "--store", "claims", "--store", "more",
                         "--format", "json")
    report = json.loads(out)
    assert report["stores"] == ["claims", "more"]
    assert [c["status"] for c in report["claims"]] == ["contradicted", "supported"]
    assert code == 1 and err == ""


def test_the_merged_store_is_rebuilt_when_either_folder_changes(tmp_path: Path) -> None:
    first = tmp_path / "a"
    second = tmp_path / "b"
    fact_file(first, "orbex", "Orbex", "orbex-revenue")
    fact_file(second, "vexa", "Vexa", "vexa-revenue")
    before = fingerprint([first, second])
    assert before != fingerprint(first) and before != fingerprint([second, first])
    built = locate_stores([first, second])
    assert built.open().counts()["facts"] == 2
    fact_file(second, "zeta", "Zeta", "zeta-revenue", filename="zeta.yaml")
    again = locate_stores([first, second])
    assert again.db == built.db and again.open().counts()["facts"] == 3


def test_one_folder_keeps_the_fingerprint_and_cache_it_always_had(tmp_path: Path) -> None:
    fact_file(tmp_path / "a", "orbex", "Orbex", "orbex-revenue")
    assert fingerprint([tmp_path / "a"]) == fingerprint(tmp_path / "a")
    assert locate_stores([tmp_path / "a"]).db == locate_stores([str(tmp_path / "a")]).db


@pytest.mark.parametrize("second", [
    "entities:\n  - {id: orbex, name: Orbex Two, kind: organization}\n",
    "entities:\n  - {id: vexa, name: Vexa, kind: organization}\nfacts:\n"
    "  - id: orbex-revenue\n    kind: quantity\n    subject: vexa\n    measure: revenue\n"
    "    cues: [revenue]\n    value: \"$1 billion\"\n    as_of: 2024-12-31\n"
    f"    statement: Vexa had revenue of $1 billion.\n    sources:\n      - {SOURCE}\n",
])
def test_an_id_in_two_stores_is_an_error_naming_both_files(tmp_path: Path,
                                                           second: str) -> None:
    first = fact_file(tmp_path / "a", "orbex", "Orbex", "orbex-revenue")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "more.yaml").write_text(second, encoding="utf-8")
    with pytest.raises(FactFileError) as caught:
        load_facts([tmp_path / "a", tmp_path / "b"])
    message = str(caught.value)
    assert str(tmp_path / "b" / "more.yaml") in message
    assert f"first defined at {first}:" in message


def test_a_reviewed_claim_id_clash_across_stores_exits_2_with_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reviewed = ("reviewed:\n  - id: orbex-myth\n    claim: Orbex was founded on the Moon.\n"
                "    entities: [ENTITY]\n    cues: [[moon]]\n    rating: false\n"
                "    explanation: It was not.\n"
                f"    sources:\n      - {SOURCE}\n")
    fact_file(tmp_path / "a", "orbex", "Orbex", "orbex-revenue",
              reviewed=reviewed.replace("ENTITY", "orbex"))
    fact_file(tmp_path / "b", "vexa", "Vexa", "vexa-revenue",
              reviewed=reviewed.replace("ENTITY", "vexa"))
    (tmp_path / "x.txt").write_text("Orbex had revenue of $2 billion in 2024.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check", "x.txt", "--store", "a", "--store", "b")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "b/facts.yaml:" in err and "'orbex-myth' is used twice" in err
    assert "first defined at a/facts.yaml:" in err


def test_a_built_store_cannot_be_merged_with_another(tmp_path: Path) -> None:
    fact_file(tmp_path / "a", "orbex", "Orbex", "orbex-revenue")
    db = locate_stores([tmp_path / "a"]).db
    with pytest.raises(StoreError, match="cannot be merged"):
        locate_stores([db, tmp_path / "a"])


# --- what reports say, and the cache store build writes -------------------------------------

def test_check_in_a_project_uses_its_claims_folder_and_says_so(project: Path) -> None:
    code, out, _ = run("check", "article.txt", "--format", "markdown")
    assert "- Store: `claims`\n" in out and code == 1  # $5 billion against $2 billion
    _, terminal, _ = run("check", "article.txt")
    assert terminal.splitlines()[1] == "store: claims"


def test_store_build_writes_the_cache_the_next_check_reads(project: Path) -> None:
    """The issue's trap: a fact file added to claims/ was ignored by check."""
    fact_file(project / "claims", "vexa", "Vexa", "vexa-revenue", "$3 billion",
              filename="vexa.yaml")
    code, out, _ = run("store", "build", "--facts", "claims/")
    assert code == 0 and "2 facts" in out
    assert out.splitlines()[-1] == "check here uses this store (claims)"
    (project / "article.txt").write_text("Vexa had revenue of $3 billion in 2024.\n")
    _, report, _ = run("check", "article.txt", "--format", "json")
    assert [c["status"] for c in json.loads(report)["claims"]] == ["supported"]


def test_store_build_names_every_store_check_merges(project: Path) -> None:
    (project / "factcheck.toml").write_text("bundled = true\n")
    code, out, _ = run("store", "build")
    assert code == 0 and out.splitlines()[-1] == "check here uses this store (claims, bundled)"


def test_store_build_says_when_check_reads_another_cache(project: Path) -> None:
    fact_file(project / "elsewhere", "vexa", "Vexa", "vexa-revenue")
    code, out, _ = run("store", "build", "--facts", "elsewhere")
    assert code == 0 and out.splitlines()[-1].startswith(
        "note: check here uses other stores (claims), cached at ")


def test_ci_reports_against_the_configured_stores(project: Path) -> None:
    (project / "factcheck.toml").write_text('stores = ["claims"]\ninclude = ["*.txt"]\n')
    code, out, _ = run("ci", "article.txt", "--format", "json")
    data = json.loads(out)
    assert data["articles"][0]["report"]["stores"] == ["claims"] and code == 1
    _, markdown, _ = run("ci", "article.txt", "--format", "markdown")
    assert "\nChecked against: `claims`\n" in markdown


# --- small stores (the "no such table: reviewed") ----------------------------------

def test_a_store_with_a_single_fact_and_no_reviewed_claims_or_relations(
        project: Path) -> None:
    assert load_facts(project / "claims").reviewed == ()
    code, out, err = run("check", "article.txt", "--format", "json")
    assert err == "" and code == 1
    assert [c["status"] for c in json.loads(out)["claims"]] == ["contradicted"]
    code, out, _ = run("explain", "Orbex had revenue of $2 billion in 2024.")
    assert code == 0 and "supported" in out and out.startswith("store: claims\n\nclaim 1:")


def test_a_store_of_entities_only_checks_to_unverified(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fact_file(tmp_path / "names", "orbex", "Orbex")  # no facts, no reviewed claims
    (tmp_path / "x.txt").write_text("Orbex had revenue of $5 billion in 2024.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check", "x.txt", "--store", "names", "--format", "json")
    assert code == 0 and err == ""
    assert [c["status"] for c in json.loads(out)["claims"]] == ["unverified"]


def test_store_import_reads_the_entities_of_the_stores_check_uses(project: Path) -> None:
    (project / "rows.csv").write_text(
        "subject,measure,value,as_of,source_url\n"
        "orbex,revenue,$3 billion,2023-12-31,https://example.com/orbex\n", encoding="utf-8")
    code, out, err = run("store", "import", "rows.csv", "-o", "big.db")
    assert code == 0, err
    assert out == "big.db: 2 facts, 1 entities, 0 reviewed claims\n"


def test_store_export_exports_the_reviewed_claims_of_the_stores_check_uses(
        project: Path) -> None:
    fact_file(project / "claims", "vexa", "Vexa", "vexa-revenue", filename="vexa.yaml",
              reviewed=("reviewed:\n  - id: vexa-moon\n    claim: Vexa was founded on the Moon.\n"
                        "    entities: [vexa]\n    cues: [[moon]]\n    rating: false\n"
                        f"    explanation: It was not.\n    sources:\n      - {SOURCE}\n"))
    code, out, _ = run("store", "export")
    assert code == 0 and "Vexa was founded on the Moon." in out
