"""Building the store: streamed file by file, atomic, and tidy after a build that died."""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import FactFileError
from factcheck.model import Entity, Fact, Source
from factcheck.store import facts, folder, records
from factcheck.store.build import build_store
from factcheck.store.folder import FactSet, load_facts
from factcheck.store.store import Store

LATER = """\
entities:
  - {id: hooli, name: Hooli, kind: organization}
facts:
  - id: hooli-founded
    kind: event
    subject: hooli
    object: acme
    measure: founding
    cues: [founded]
    date: 1999-02-19
    statement: Hooli was founded in 1999 by former Acme staff.
    sources:
      - {url: "https://example.com/hooli", title: I, publisher: P, reliability: news}
"""


@pytest.fixture
def two_files(facts_dir: Path) -> Path:
    (facts_dir / "zz-hooli.yaml").write_text(LATER)
    return facts_dir


def test_a_folder_is_built_file_by_file(two_files: Path, tmp_path: Path) -> None:
    store = Store(build_store(two_files, tmp_path / "s.db"))
    assert store.fingerprint == folder.fingerprint(two_files)
    assert {f.id for f in store.facts_about(["hooli"])} == {"hooli-founded"}
    # The full-text index knows a fact by the names of the entities it links, even one
    # defined in a later file than the fact.
    assert [f.id for f in store.search("Hooli staff")] == ["hooli-founded"]
    assert store.counts()["facts"] == len(load_facts(two_files).facts)


def test_a_fact_naming_an_entity_of_a_later_file_is_indexed_by_its_names(
        tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(LATER.replace("subject: hooli", "subject: globex")
                                     .replace("hooli-founded", "globex-founded"))
    (tmp_path / "b.yaml").write_text("entities:\n  - {id: globex, name: Globex Corporation, "
                                     "kind: organization}\n  - {id: acme, name: Acme, kind: "
                                     "organization}\n")
    store = Store(build_store(tmp_path, tmp_path / "s.db"))
    assert [f.id for f in store.search("Globex Corporation")] == ["globex-founded"]


def test_a_fact_set_in_memory_builds_the_same_store(two_files: Path, tmp_path: Path) -> None:
    from_files = Store(build_store(two_files, tmp_path / "a.db"))
    from_memory = Store(build_store(load_facts(two_files), tmp_path / "b.db"))
    assert from_memory.facts() == from_files.facts()
    assert from_memory.fingerprint == from_files.fingerprint


def test_an_interrupted_build_leaves_the_last_good_store(two_files: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = build_store(two_files, tmp_path / "s.db")
    before = db.read_bytes()
    real = facts.parse_fact_file

    def interrupted(path: Path, raw: bytes, *args: Any) -> object:
        if path.name == "zz-hooli.yaml":  # the first file is already in the new store
            raise KeyboardInterrupt
        return real(path, raw, *args)

    monkeypatch.setattr(facts, "parse_fact_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_store(two_files, db)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# A build killed outright (kill -9, a power cut) while it is half-way through the files: it
# signals from inside the build, then waits to be killed.
KILLED_BUILD = """
import sys, time
from pathlib import Path
from factcheck.store import facts
from factcheck.store.build import build_store

real = facts.parse_fact_file

def parse(path, raw, *args):
    if path.name == "zz-hooli.yaml":  # the first file is already in the new store
        print("half-way", flush=True)
        time.sleep(60)
    return real(path, raw, *args)

facts.parse_fact_file = parse
build_store(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_killed_build_leaves_the_last_good_store_that_still_answers(
        two_files: Path, tmp_path: Path) -> None:
    db = build_store(two_files, tmp_path / "s.db")
    answer = [f.id for f in Store(db).facts_about(["acme"])]
    assert answer
    before = db.read_bytes()
    (two_files / "zz-hooli.yaml").write_text(LATER.replace("1999", "2001"))
    child = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(two_files), str(db)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "half-way\n"
    assert list(tmp_path.glob(".store-*.db.tmp"))  # the new store was being written
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert db.read_bytes() == before
    assert [f.id for f in Store(db).facts_about(["acme"])] == answer
    build_store(two_files, db)  # the next build takes the dead one's temp file away
    assert list(tmp_path.glob(".store-*.db.tmp")) == []
    assert Store(db).facts_about(["hooli"])[0].date.year == 2001  # type: ignore[union-attr]


def test_a_bad_reference_fails_the_build_before_anything_is_written(
        two_files: Path, tmp_path: Path) -> None:
    (two_files / "zz-hooli.yaml").write_text(LATER.replace("object: acme", "object: acmee"))
    with pytest.raises(FactFileError, match="unknown entity 'acmee' .*did you mean 'acme'"):
        build_store(two_files, tmp_path / "s.db")
    assert list(tmp_path.glob("*.db*")) == []


def test_temp_files_of_a_dead_build_are_removed_by_the_next(two_files: Path,
                                                            tmp_path: Path) -> None:
    dead = tmp_path / ".store-dead.db.tmp"  # what kill -9 during a build leaves
    dead.write_bytes(b"half a store")
    live = tmp_path / ".store-live.db.tmp"  # another process is building right now
    live.write_bytes(b"being written")
    fd = os.open(live, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        build_store(two_files, tmp_path / "s.db")
    finally:
        os.close(fd)
    assert not dead.exists()
    assert live.exists()


def test_document_frequencies_are_kept_for_every_indexed_term(tmp_path: Path) -> None:
    source = Source("https://example.com/s", "S", "P", None, "news")
    entity = Entity("acme", "Acme", "organization", ())
    facts = tuple(Fact(f"f{i}", "event", "acme", "launch", f"Acme launched rocket {i}.",
                       ("launched",), (source,)) for i in range(3))
    db = build_store(FactSet((entity,), facts, (), "x"), tmp_path / "s.db")
    with sqlite3.connect(db) as conn:
        df = dict(conn.execute("select term, df from fact_terms").fetchall())
    assert df["rocket"] == 3 and df["launch"] == 3 and df["1"] == 1
    assert records.SCHEMA_VERSION == int(Store(db).conn.execute(
        "select value from meta where key = 'schema_version'").fetchone()[0])


def test_the_built_store_browses_in_any_sqlite_tool(two_files: Path, tmp_path: Path) -> None:
    """Foreign keys link facts to entities and sources to facts; every link resolves, and the
    columns a browser shows hold plain values (no JSON needed to read a fact)."""
    conn = sqlite3.connect(build_store(two_files, tmp_path / "s.db"))
    links = {(row[2], row[3], row[4]) for table in ("facts", "sources", "fact_entities",
                                                     "aliases")
             for row in conn.execute(f"pragma foreign_key_list({table})")}
    assert {("entities", "subject", "id"), ("facts", "fact", "id"),
            ("entities", "entity", "id")} <= links
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    hooli = conn.execute("select kind, subject, object, measure, value, date, path, line "
                         "from facts where id = 'hooli-founded'").fetchone()
    assert hooli[:6] == ("event", "hooli", "acme", "founding", None, "1999-02-19")
    assert hooli[6].endswith("zz-hooli.yaml") and hooli[7] == 4
    assert conn.execute("select url, reliability from sources where fact = 'hooli-founded'"
                        ).fetchall() == [("https://example.com/hooli", "news")]


def test_a_build_makes_no_reference_cycles_and_leaves_the_collector_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cyclic collector is off while a build runs (it would only walk the build's
    objects again and again): that holds only while a build leaves no cycles behind."""
    import gc

    from factcheck.store import build

    seen: list[bool] = []
    write = build._write_all
    monkeypatch.setattr(build, "_write_all",
                        lambda *args: seen.append(gc.isenabled()) or write(*args))
    claims = Path(__file__).parent.parent / "claims"
    assert gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        build_store(claims, tmp_path / "a.db")
        assert not gc.isenabled()  # as it was
        assert gc.collect() == 0
    finally:
        gc.enable()
    build_store(claims, tmp_path / "b.db")
    assert gc.isenabled() and seen == [False, False]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.yaml").write_text("facts: [unclosed\n")
    with pytest.raises(FactFileError):
        build_store(tmp_path / "bad", tmp_path / "c.db")
    assert gc.isenabled()


def test_the_full_text_index_written_in_one_go_answers_as_one_merged_as_it_grew(
        tmp_path: Path) -> None:
    """The index is merged once, at the end, not as it grows: the same terms, document
    frequencies and answers, and FTS5's usual merge settings afterwards."""
    source = Source("https://example.com/s", "S", "P", None, "news")
    entity = Entity("acme", "Acme", "organization", ())
    facts = tuple(Fact(f"f{i}", "event", "acme", "launch",
                       f"Acme launched rocket {i} of revenue segment {i % 11} in quarter "
                       f"{i % 7}.", ("launched", f"segment {i % 11}"), (source,))
                  for i in range(400))
    db = build_store(FactSet((entity,), facts, (), "x"), tmp_path / "s.db")
    conn = sqlite3.connect(db)
    asked = ("launched", "quarter 3", "segment 10", "acme rocket")

    def answers() -> list[Any]:
        return [conn.execute("select term, df from fact_terms order by term").fetchall(),
                *(conn.execute("select rowid from facts_fts where facts_fts match ? "
                               "order by rank, rowid", [q]).fetchall() for q in asked)]

    built = answers()
    settings = dict(conn.execute("select k, v from facts_fts_config").fetchall())
    assert (settings["automerge"], settings["crisismerge"]) == (4, 16)  # FTS5's defaults
    # the index made again the usual way, a segment per flush merged as it grows
    conn.execute("insert into facts_fts (facts_fts) values ('rebuild')")
    conn.execute("delete from fact_terms")
    conn.execute("create virtual table temp.v using fts5vocab (main, facts_fts, row)")
    conn.execute("insert into fact_terms select term, doc from temp.v")
    assert answers() == built
    assert len(built[1]) == 400 and built[2]


def test_a_store_is_written_in_pages_of_16_kb(two_files: Path, tmp_path: Path) -> None:
    # Set before the first table, as SQLite requires, on a full build and on a rebuild
    # that starts its file again.
    built = build_store(two_files, tmp_path / "s.db")
    (two_files / "zz-hooli.yaml").write_text(LATER.replace("1999-02-19", "1999-02-20"))
    rebuilt = build_store(two_files, tmp_path / "again.db", carry_from=built)
    for path in (built, rebuilt):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("pragma page_size").fetchone() == (16384,)
        finally:
            conn.close()
