"""Rebuilding a store from the one before: only the changed fact files are read, and the
store comes out table for table, row for row, as a full build writes it; a problem, or an
earlier store that cannot serve, gives the full build and its usual words."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import FactFileError
from factcheck.store import build, facts, folder
from factcheck.store.build import build_store
from factcheck.store.incremental import Previous
from tests.test_build import LATER


def tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, rowids included (``meta`` without the build's time)."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = "
                                            "'table' and name not like 'facts_fts_%'")]
        found = {name: conn.execute(f"select rowid, * from [{name}] order by rowid").fetchall()
                 for name in names if name not in ("meta", "fact_terms")}
        found["fact_terms"] = conn.execute("select * from fact_terms order by term").fetchall()
        found["meta"] = conn.execute("select * from meta where key != 'built_at' order by key"
                                     ).fetchall()
        found["search"] = conn.execute("select rowid from facts_fts where facts_fts match "
                                       "'acme' order by rank, rowid").fetchall()
        return found
    finally:
        conn.close()


@pytest.fixture
def folder_read(facts_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """The Acme fact files and a later file, and the names of the files each build reads."""
    (facts_dir / "zz-hooli.yaml").write_text(LATER)
    read: list[str] = []
    real = facts.parse_fact_file

    def counted(path: Path, raw: bytes, *args: Any) -> Any:
        read.append(path.name)
        return real(path, raw, *args)

    monkeypatch.setattr(facts, "parse_fact_file", counted)
    return facts_dir, read


def rebuilt(facts_dir: Path, db: Path, read: list[str]) -> list[str]:
    """The files a rebuild read; the rebuilt store equals a full build of the folder."""
    read.clear()
    build_store(facts_dir, db, carry_from=db)
    files = list(read)
    full = build_store(facts_dir, db.with_name("full.db"))
    assert tables(db) == tables(full)
    return files


def test_a_rebuild_reads_only_what_changed_and_equals_a_full_build(
        folder_read: tuple[Path, list[str]], tmp_path: Path) -> None:
    facts_dir, read = folder_read
    db = build_store(facts_dir, tmp_path / "s.db", carry_from=tmp_path / "s.db")
    assert rebuilt(facts_dir, db, read) == []  # nothing changed
    edited = facts_dir / "zz-hooli.yaml"
    edited.write_text(LATER.replace("1999", "2001"))
    assert rebuilt(facts_dir, db, read) == ["zz-hooli.yaml"]
    (facts_dir / "zz-more.yaml").write_text(
        LATER.replace("hooli", "vandelay").replace("Hooli", "Vandelay"))
    assert rebuilt(facts_dir, db, read) == ["zz-more.yaml"]
    edited.unlink()
    assert rebuilt(facts_dir, db, read) == []
    assert sqlite3.connect(db).execute(
        "select value from meta where key = 'fingerprint'").fetchone()[0] == \
        folder.fingerprint(facts_dir)


def test_a_renamed_entity_renames_the_facts_of_the_files_kept(
        folder_read: tuple[Path, list[str]], tmp_path: Path) -> None:
    """The full-text index knows a fact by its entities' names and aliases: a file that
    changes them changes what the facts of other files are found by."""
    facts_dir, read = folder_read
    (facts_dir / "aa-hooli.yaml").write_text(LATER.split("facts:")[0])
    (facts_dir / "zz-hooli.yaml").write_text("facts:" + LATER.split("facts:")[1])
    db = build_store(facts_dir, tmp_path / "s.db")
    (facts_dir / "aa-hooli.yaml").write_text(
        LATER.split("facts:")[0].replace("name: Hooli", "name: Hooli, aliases: [Nucleus]"))
    assert rebuilt(facts_dir, db, read) == ["aa-hooli.yaml"]
    assert sqlite3.connect(db).execute("select names from facts where id = 'hooli-founded'"
                                       ).fetchone()[0].startswith("Hooli Nucleus")


def test_a_changed_vocabulary_reads_every_file(folder_read: tuple[Path, list[str]],
                                               tmp_path: Path) -> None:
    facts_dir, read = folder_read
    db = build_store(facts_dir, tmp_path / "s.db")
    (facts_dir / "measures.yaml").write_text(
        "measures:\n  - name: staff churn\n    dimension: percent\n    words: [churn]\n")
    assert sorted(rebuilt(facts_dir, db, read)) == sorted(
        p.name for p in folder.fact_files(facts_dir))


def test_a_store_built_by_other_code_is_rebuilt_in_full(
        folder_read: tuple[Path, list[str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows of an unchanged file are what the code that read it wrote: a store built by
    other code (another ``revision.reader_fingerprint``, as after an upgrade) gives none."""
    facts_dir, read = folder_read
    db = build_store(facts_dir, tmp_path / "s.db")
    assert rebuilt(facts_dir, db, read) == []  # the same code: nothing is read again
    monkeypatch.setattr(build, "reader_fingerprint", lambda: "the next version's")
    assert sorted(rebuilt(facts_dir, db, read)) == sorted(
        p.name for p in folder.fact_files(facts_dir))
    assert sqlite3.connect(db).execute(
        "select value from meta where key = 'reader'").fetchone()[0] == "the next version's"
    assert rebuilt(facts_dir, db, read) == []  # built by this code now


@pytest.mark.parametrize("change", [
    LATER.replace("object: acme", "object: acmee"),  # a reference to no entity
    LATER.replace("hooli-founded", "acme-revenue-2024"),  # a fact id of a kept file
    LATER.replace("name: Hooli", "name: Acme Corp"),  # an alias of a kept file's entity
])
def test_a_problem_is_said_as_a_full_build_says_it_and_the_last_good_store_stays(
        change: str, folder_read: tuple[Path, list[str]], tmp_path: Path) -> None:
    facts_dir, _ = folder_read
    db = build_store(facts_dir, tmp_path / "s.db")
    before = db.read_bytes()
    (facts_dir / "zz-hooli.yaml").write_text(change)
    with pytest.raises(FactFileError) as full:
        build_store(facts_dir, tmp_path / "full.db")
    with pytest.raises(FactFileError) as again:
        build_store(facts_dir, db, carry_from=db)
    assert str(again.value) == str(full.value)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_interrupted_rebuild_leaves_the_last_good_store(
        folder_read: tuple[Path, list[str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    facts_dir, _ = folder_read
    db = build_store(facts_dir, tmp_path / "s.db")
    before = db.read_bytes()
    (facts_dir / "zz-hooli.yaml").write_text(LATER.replace("1999", "2001"))

    def interrupted(*args: Any) -> dict[str, int]:
        raise KeyboardInterrupt

    monkeypatch.setattr(Previous, "copy", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_store(facts_dir, db, carry_from=db)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("old", [b"not a store at all", b""])
def test_an_earlier_store_that_cannot_serve_gives_a_full_build(
        old: bytes, folder_read: tuple[Path, list[str]], tmp_path: Path) -> None:
    facts_dir, read = folder_read
    db = tmp_path / "s.db"
    db.write_bytes(old)
    build_store(facts_dir, db, carry_from=db)
    assert sorted(read) == sorted(p.name for p in folder.fact_files(facts_dir))
    assert tables(db) == tables(build_store(facts_dir, tmp_path / "full.db"))
