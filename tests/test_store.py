"""The SQLite store: built once per change of the fact files, atomically, read-only."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import FactFileError, StoreError
from factcheck.store.store import Store, ensure_built, open_store

FACTS = Path(__file__).parent / "fixtures" / "facts"


def test_build_is_skipped_when_nothing_changed(facts_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    first = db.stat().st_mtime_ns
    ensure_built(facts_dir, db)
    assert db.stat().st_mtime_ns == first


def test_a_store_built_by_other_code_is_rebuilt(facts_dir: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached store records the fingerprint of the code that read its files: after an
    upgrade that reads facts differently, the same files make a new store."""
    from factcheck.store import build
    from factcheck.store.revision import reader_fingerprint

    db = tmp_path / "s.db"
    with monkeypatch.context() as patch:
        patch.setattr(build, "reader_fingerprint", lambda: "the last version's")
        ensure_built(facts_dir, db)
    first = db.stat().st_mtime_ns
    ensure_built(facts_dir, db)
    assert db.stat().st_mtime_ns != first
    assert Store(db).db.execute("select value from meta where key = 'reader'").fetchone()[0] \
        == reader_fingerprint()


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
    store.conn.set_trace_callback(queries.append)
    assert store.facts_about(["globex", "acme"]) == first
    assert queries == []


def test_a_set_of_names_asks_once_per_name(acme_store_path: Path) -> None:
    """The claims of an article combine the same few names in many ways: each name is read
    once, and a set of them is the union of their facts, sorted by id as SQLite sorts."""
    store = Store(acme_store_path)
    queries: list[str] = []
    store.conn.set_trace_callback(queries.append)
    both = store.facts_about(["globex", "acme"])
    store.facts_about(["acme"])
    store.facts_about(["globex"])
    assert len(queries) == 2
    expected = Store(acme_store_path).conn.execute(
        "select distinct f.id from fact_entities fe join facts f on f.id = fe.fact "
        "where fe.entity in ('acme', 'globex') order by f.id").fetchall()
    assert [f.id for f in both] == [row[0] for row in expected]


def _corrupt_a_page(db: Path) -> None:
    """Overwrite the middle of one page deep in the file: the header (page 1) and the
    ``meta`` table (created first) stay intact, as after a torn write or a bad sector."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        page_size = conn.execute("pragma page_size").fetchone()[0]
        root = conn.execute("select rootpage from sqlite_master where name = 'facts'"
                            ).fetchone()[0]
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * (page_size - 16))
    stat = db.stat()  # the damage comes later than the build, as it would
    os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_a_damaged_cache_is_rebuilt_with_a_notice(facts_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    _corrupt_a_page(db)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("select value from meta where key = 'schema_version'").fetchone()
    notices: list[str] = []
    ensure_built(facts_dir, db, notice=notices.append)
    assert len(notices) == 1 and "damaged" in notices[0] and str(db) in notices[0]
    assert Store(db).fact("acme-aum-2024") is not None
    ensure_built(facts_dir, db, notice=notices.append)  # sound now: checked once, trusted
    assert len(notices) == 1


def test_check_says_so_in_one_line_and_works_on_a_damaged_cache(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    article = tmp_path / "a.txt"
    article.write_text("Acme was founded in 2010.\n")
    command = [sys.executable, "-m", "factcheck", "check", str(article), "--store",
               str(FACTS)]
    subprocess.run(command, env=env, capture_output=True, check=True)
    (db,) = (tmp_path / "cache").glob("store-*.db")
    _corrupt_a_page(db)
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1 and "damaged" in result.stderr
    assert "supported" in result.stdout


def test_search_asks_only_for_the_rarest_words_within_its_budget(
        acme_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.store import store as store_module

    asked: list[str] = []
    acme_store.conn.set_trace_callback(asked.append)
    everything = acme_store.search("Acme reported assets under management for RocketChip")
    assert everything and any("'\"Acme\" OR" in q for q in asked)
    monkeypatch.setattr(store_module, "SEARCH_BUDGET", 1)  # room for one word in one fact
    asked.clear()
    rare = acme_store.search("Acme reported assets under management for RocketChip")
    query = next(q for q in asked if "facts_fts match" in q)
    phrases = re.findall(r'"(\w+)"', query)
    assert len(phrases) == 1 and phrases[0] != "Acme"  # "Acme" is in many facts
    assert len(rare) == 1 and phrases[0] in rare[0].statement


def test_search_runs_a_query_once_and_keeps_a_bounded_number(
        acme_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.store import store as store_module

    monkeypatch.setattr(store_module, "SEARCH_CACHE", 1)
    asked: list[str] = []
    acme_store.conn.set_trace_callback(asked.append)
    first = acme_store.search("Acme reported assets under management in 2019")
    # other figures, the same words: the facts the query found are kept
    assert acme_store.search("Acme reported assets under management in 2024") == first
    assert sum("facts_fts match" in q for q in asked) == 1
    acme_store.search("RocketChip")
    acme_store.search("Acme reported assets under management in 2019")  # dropped: asked again
    assert sum("facts_fts match" in q for q in asked) == 3 and len(acme_store._searched) == 1


def test_words_in_no_fact_change_nothing(acme_store: Store) -> None:
    assert acme_store.search("Acme assets zyzzyva quux") == acme_store.search("Acme assets")


def _index_tables(store: Store) -> dict[str, object]:
    index = store.entities
    return {"exact": index._exact, "folded": index._folded, "max_words": index.max_words,
            "starts": index._starts, "entities": dict(index.entities)}


def test_the_entity_index_made_at_build_time_is_the_one_opening_would_make(
        tmp_path: Path) -> None:
    from factcheck.language.entities import EntityIndex
    from factcheck.store.build import build_store
    from factcheck.store.entity_table import INDEX_KEY, read_entities

    db = build_store(Path(__file__).parent.parent / "claims", tmp_path / "s.db")
    opened = Store(db)
    made = EntityIndex(read_entities(opened.conn))
    assert sorted(vars(made)) == sorted(vars(opened.entities))  # no table left unkept
    # every entity, read at once when walked, as read one by one, in the same order
    assert list(opened.entities.entities.items()) == [(e.id, e) for e in made.entities.values()]
    assert _index_tables(opened) == {
        "exact": made._exact, "folded": made._folded, "max_words": made.max_words,
        "starts": made._starts, "entities": made.entities}
    with sqlite3.connect(db) as conn:  # a store built before the index was kept
        conn.execute("delete from meta where key = ?", [INDEX_KEY])
    assert _index_tables(Store(db)) == _index_tables(opened)


def test_opening_a_store_reads_no_entity_until_one_is_asked_for(tmp_path: Path) -> None:
    from factcheck.store.build import build_store

    store = Store(build_store(FACTS, tmp_path / "s.db"))
    entities = store.entities.entities
    assert entities._all is None  # type: ignore[attr-defined]
    assert [m.entity for m in store.entities.find("Globex sued Acme Corp.")] == [
        "globex", "acme"]
    assert entities["acme"].name == "Acme Corp"
    assert entities.get("nobody") is None
    assert entities._all is None  # type: ignore[attr-defined]
    assert "acme" in list(entities) and len(entities) == len(list(entities))


def _settle(folder: Path) -> None:
    """Date every fact file a minute back, as files saved before a run are."""
    for path in folder.rglob("*.y*ml"):
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60_000_000_000))


def test_an_unchanged_folder_is_not_hashed_again(
        facts_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.store import store as store_module

    _settle(facts_dir)
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    hashed: list[object] = []
    real = store_module.fingerprint
    monkeypatch.setattr(store_module, "fingerprint",
                        lambda folders: hashed.append(folders) or real(folders))
    ensure_built(facts_dir, db)
    assert hashed == []  # sizes, times and inodes as recorded: the stamp's fingerprint holds
    path = facts_dir / "acme.yaml"
    path.write_text(path.read_text().replace("$2.4 trillion", "$2.5 trillion"))
    ensure_built(facts_dir, db)
    assert hashed == [facts_dir]
    assert Store(db).fact("acme-aum-2024").value.value == 2.5e12  # type: ignore[union-attr]
    ensure_built(facts_dir, db)  # saved just now: hashed again until it has settled
    assert hashed == [facts_dir, facts_dir]
    _settle(facts_dir)
    ensure_built(facts_dir, db)
    ensure_built(facts_dir, db)
    assert len(hashed) == 3
    (facts_dir / "new.yaml").write_text("entities:\n  - id: newco\n    name: NewCo\n"
                                        "    kind: organization\n")
    ensure_built(facts_dir, db)  # a file added: hashed, and rebuilt
    assert len(hashed) == 4 and "newco" in Store(db).entities.entities


def test_the_reader_code_is_not_hashed_again_while_unchanged(
        facts_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run asks whether the cached store was built by the running code; the code's
    files are hashed again only when one's size, time or inode changed (a stamp beside the
    store records them), so a warm start reads none of them."""
    from factcheck.store import revision
    from factcheck.store import store as store_module

    code = tmp_path / "factcheck"
    for name in revision.READER_FILES:
        (code / name).parent.mkdir(parents=True, exist_ok=True)
        (code / name).write_bytes((revision.PACKAGE / name).read_bytes())
    monkeypatch.setattr(revision, "PACKAGE", code)

    def settle() -> None:  # saved a minute before the run, as an installed package is
        for path in revision.reader_files():
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60_000_000_000))

    settle()
    db = tmp_path / "s.db"
    ensure_built(facts_dir, db)
    hashed: list[str] = []

    def counted() -> str:
        hashed.append("hashed")
        return revision.reader_fingerprint()

    monkeypatch.setattr(store_module, "reader_fingerprint", counted)
    ensure_built(facts_dir, db)
    assert hashed == []
    built = db.stat().st_mtime_ns
    edited = code / "store" / "plainfacts.py"
    edited.write_text(edited.read_text() + "\n# reads facts another way\n")
    settle()
    ensure_built(facts_dir, db)  # the code changed: hashed, and the store rebuilt
    assert hashed == ["hashed"] and db.stat().st_mtime_ns != built
    ensure_built(facts_dir, db)
    assert hashed == ["hashed"]


_TIED = """
entities:
  - {id: zeta, name: Zeta Works, kind: organization}
facts:
""" + "".join(f"""  - id: zeta-plant-{key}
    kind: event
    subject: zeta
    measure: plant opening
    cues: [opened]
    date: 2024-05-0{day}
    statement: {statement}
    sources: [{{url: 'https://example.com/{key}', title: T, publisher: P, reliability: news}}]
""" for key, day, statement in [
    ("d", 1, "Zeta Works opened a widget plant in Ohio."),
    ("b", 2, "Zeta Works opened a widget plant in Ohio."),
    ("e", 3, "Zeta Works opened a widget plant and a widget lab in Ohio."),
    ("c", 4, "Zeta Works opened a widget plant in Ohio."),
    ("a", 5, "Zeta Works opened an office in Texas.")])


def test_search_gives_the_best_ranked_facts_and_the_first_ids_of_a_tie(
        literal_store: Any) -> None:
    """Issue 12: the facts that rank best for the words asked, in the order of their rank
    (bm25) and then of their ids: a tie the limit cuts keeps the first ids. (Only the facts
    that may make the limit are read: ranked with every matching fact read, a search in a
    million facts took twice as long.)"""
    store = literal_store(_TIED)
    # the word twice first; three alike, by id; then a plant only in the measure
    assert [f.id for f in store.search("widget plant", limit=5)] == [
        "zeta-plant-e", "zeta-plant-b", "zeta-plant-c", "zeta-plant-d", "zeta-plant-a"]
    assert [f.id for f in store.search("widget plant", limit=3)] == [
        "zeta-plant-e", "zeta-plant-b", "zeta-plant-c"]
    assert [f.id for f in store.search("widget plant", limit=1)] == ["zeta-plant-e"]
