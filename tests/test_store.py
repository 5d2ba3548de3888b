"""The SQLite store: built once per change of the fact files, atomically, read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from factcheck.errors import FactFileError, StoreError
from factcheck.store.store import Store, ensure_built, open_store

FACTS = Path(__file__).parent / "fixtures" / "facts"


@pytest.fixture
def facts_dir(tmp_path: Path) -> Path:
    target = tmp_path / "facts"
    shutil.copytree(FACTS, target)
    return target


def test_build_is_skipped_when_nothing_changed(facts_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    first = db.stat().st_mtime_ns
    ensure_built(facts_dir, db)
    assert db.stat().st_mtime_ns == first


def test_a_changed_file_rebuilds_and_keeps_snapshots(facts_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    with sqlite3.connect(db) as conn:
        conn.execute("create table snapshots (url text primary key, text text)")
        conn.execute("insert into snapshots values ('https://example.com', 'page')")
    path = facts_dir / "acme.yaml"
    path.write_text(path.read_text().replace("$2.4 trillion", "$2.5 trillion"))
    ensure_built(facts_dir, db)
    store = Store(db)
    assert store.fact("acme-aum-2024").value.value == 2.5e12  # type: ignore[union-attr]
    assert store.db.execute("select text from snapshots").fetchone()[0] == "page"


def test_a_failed_build_leaves_the_old_store_whole(facts_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    before = db.read_bytes()
    (facts_dir / "acme.yaml").write_text("facts: [unclosed\n")
    with pytest.raises(FactFileError):
        ensure_built(facts_dir, db)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_queries(acme_store: Store) -> None:
    about = {f.id for f in acme_store.facts_about(["globex"])}
    assert about == {"acme-globex"}
    assert acme_store.search("assets under management")[0].subject == "acme"
    assert [r.id for r in acme_store.reviewed_about(["acme", "globex"])] == ["acme-early-globex"]
    assert acme_store.reviewed_about(["acme"]) == []
    mentions = acme_store.entities.find("ACME and Globex Inc. met; Acme's CEO spoke.")
    assert [m.entity for m in mentions] == ["acme", "globex", "acme"]


def test_the_store_is_read_only(acme_store: Store) -> None:
    with pytest.raises(sqlite3.OperationalError):
        acme_store.db.execute("delete from facts")


def test_not_a_store(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a factcheck store"):
        open_store(junk)
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.db")


def test_the_bundled_store_works_from_any_directory(tmp_path: Path) -> None:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        store = open_store()
    finally:
        os.chdir(cwd)
    assert store.counts()["facts"] >= 60


def test_a_store_without_reviewed_claims_checks_articles(tmp_path: Path) -> None:
    """Fact files with no `reviewed` list build a store that answers like any other."""
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "webb.yaml").write_text(
        "entities:\n  - id: webb\n    name: James Webb Space Telescope\n    kind: product\n"
        "    aliases: [Webb, JWST]\nfacts:\n  - id: webb-launch\n    kind: event\n"
        "    subject: webb\n    measure: launch\n    cues: [launched, launch]\n"
        "    date: 2021-12-25\n    statement: Webb launched on 25 December 2021.\n"
        "    sources:\n      - url: https://example.org/webb\n        title: Webb\n"
        "        publisher: NASA\n        reliability: primary\n")
    store = open_store(facts)
    assert store.reviewed_about(["webb"]) == []


def test_facts_about_the_same_names_are_read_once(acme_store_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(acme_store_path)
    first = store.facts_about(["acme", "globex"])
    queries: list[str] = []
    execute = store.db.execute
    monkeypatch.setattr(store.db, "execute", lambda *a: queries.append(a[0]) or execute(*a))
    assert store.facts_about(["globex", "acme"]) == first
    assert queries == []
