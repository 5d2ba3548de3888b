"""Rebuilding a store from the one before: only the fact files that changed are read.

Owns: what an earlier build can give a new one. The earlier store's ``files`` table has the
SHA-256 of every file it was built from and the run of rowids its records took in each
table; a file whose bytes (read once, by the build's ``FactReader``, which fingerprints the
same bytes) hash the same, under the same name, folder and vocabulary, and was read by the
same code (the ``reader`` fingerprint, ``revision.py``), has its rows copied
in reading order, so every table comes out row for row (rowids included) as a full build
writes it. What a changed file's entities change in other files' facts (the names the
full-text index holds) is written again, and the checks across files (ids used twice,
aliases given to two entities, references to ids defined nowhere) are made on the new
tables. Anything amiss (a problem in a changed file, a failed check, an unreadable old store)
is ``Fallback``: the caller builds in full, which says what is wrong in its usual words. Must
not: parse fact files (``folder.py``) or define the schema (``build.py``).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .folder import FileBatch
from .records import READER_KEY

REUSE_TABLE = "previous"  # the name the earlier store is attached under


class Fallback(Exception):
    """The earlier store cannot serve: build in full."""


class Previous:
    """An earlier store, attached to the connection of the build that reuses it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, schema_version: int, reader: str,
                 tables: tuple[str, ...]) -> None:
        """``reader`` is the fingerprint of the code reading the files now
        (``revision.py``): rows another code wrote are not taken."""
        self.conn = conn
        self.tables = tables
        try:
            conn.execute(f"attach database ? as {REUSE_TABLE}", [str(path)])
        except sqlite3.DatabaseError:
            raise Fallback from None
        try:
            meta = dict(conn.execute(f"select key, value from {REUSE_TABLE}.meta"))
            if meta.get("schema_version") != str(schema_version) or \
                    meta.get(READER_KEY) != reader:
                raise Fallback
            rows = conn.execute(f"select path, folder, sha256, rows from {REUSE_TABLE}.files"
                                " order by rowid").fetchall()
            # Every entity the earlier store defined, as the full-text index names it.
            self.old_names = {i: _names(n, a) for i, n, a in conn.execute(
                f"select id, name, aliases from {REUSE_TABLE}.entities")}
        except (sqlite3.DatabaseError, ValueError):
            self.detach()
            raise Fallback from None
        self.files = {(path, folder): (digest, json.loads(runs))
                      for path, folder, digest, runs in rows if folder >= 0}
        self.measures = [(path, digest) for path, folder, digest, _ in rows if folder < 0]
        self.measures_read: list[tuple[str, str]] = []
        self.reused = 0

    def detach(self) -> None:
        try:
            self.conn.execute(f"detach database {REUSE_TABLE}")
        except sqlite3.DatabaseError:
            pass

    def reuse(self, folder: int, path: Path, digest: str) -> bool:
        """``FactReader``'s question: are this file's records in the earlier store, read
        with the same vocabulary?"""
        if folder < 0:
            self.measures_read.append((str(path), digest))
            return (str(path), digest) in self.measures
        if self.measures_read != self.measures:
            return False  # a measure file was added or removed
        found = self.files.get((str(path), folder))
        return found is not None and found[0] == digest

    def copy(self, batch: FileBatch, names: dict[str, str]) -> dict[str, int]:
        """Copy a reused file's rows, in order; its entities' names go into ``names``."""
        runs: dict[str, list[int]] = self.files[(str(batch.path), batch.folder)][1]
        for table in self.tables:
            first, count = runs[table]
            if count:
                self.conn.execute(f"insert into main.{table} select * from {REUSE_TABLE}."
                                  f"{table} where rowid between ? and ? order by rowid",
                                  [first, first + count - 1])
        first, count = runs["entities"]
        names.update((i, _names(n, a)) for i, n, a in self.conn.execute(
            f"select id, name, aliases from {REUSE_TABLE}.entities where rowid between ? "
            "and ?", [first, first + count - 1]))
        self.reused += 1
        return {table: runs[table][1] for table in self.tables}

    def rename(self, names: dict[str, str], read: set[str]) -> None:
        """Facts copied from the earlier store that name an entity whose name or aliases
        changed get the names the new entities give them (the facts of the files read,
        ``read``, were written with them)."""
        changed = [e for e in names.keys() | self.old_names.keys()
                   if names.get(e) != self.old_names.get(e)]
        if not changed:
            return
        conn = self.conn
        conn.execute("create temp table changed_entities (id text primary key)")
        try:
            conn.executemany("insert into temp.changed_entities values (?)",
                             [(e,) for e in changed])
            parties: dict[str, list[str]] = {}
            for fact, entity in conn.execute(
                    "select fact, entity from main.fact_entities where fact in (select fact "
                    "from main.fact_entities where entity in temp.changed_entities) "
                    "order by rowid"):
                if fact not in read:
                    parties.setdefault(fact, []).append(entity)
            conn.executemany("update main.facts set names = ? where id = ?", [
                (" ".join(names.get(e, "") for e in entities), fact)
                for fact, entities in parties.items()])
        finally:
            conn.execute("drop table temp.changed_entities")


    def entity_index(self, key: str) -> str | None:
        """The earlier store's entity index (meta ``key``) when the new ``entities`` table
        is the earlier one, row for row: the index is made from that table alone."""
        query = "select rowid, * from {}.entities order by rowid"
        if self.conn.execute(query.format("main")).fetchall() != \
                self.conn.execute(query.format(REUSE_TABLE)).fetchall():
            return None
        row = self.conn.execute(f"select value from {REUSE_TABLE}.meta where key = ?",
                                [key]).fetchone()
        return None if row is None else str(row[0])


def check_across_files(conn: sqlite3.Connection) -> None:
    """The checks a full build makes across files, on the tables written: ``Fallback`` when
    one fails (ids defined twice fail as the rows are written: they are primary keys)."""
    found = conn.execute(
        "select 1 from main.facts join main.reviewed using (id)"
        " union all select 1 from main.fact_entities where entity not in"
        " (select id from main.entities)"
        " union all select 1 from main.entities, json_each(main.entities.affiliations)"
        " where json_each.value not in (select id from main.entities) limit 1").fetchone()
    if found:
        raise Fallback
    owner: dict[str, str] = {}
    for alias, entity in conn.execute("select alias, entity from main.aliases"):
        if owner.setdefault(alias.lower(), entity) != entity:
            raise Fallback
    entities = {row[0] for row in conn.execute("select id from main.entities")}
    for ids, data in conn.execute("select entities, data from main.reviewed"):
        facts = json.loads(data)["facts"]
        if not set(ids.split()) <= entities or facts and conn.execute(
                "select count(*) from main.facts where id in (select value from json_each(?))",
                [json.dumps(facts)]).fetchone()[0] != len(set(facts)):
            raise Fallback


def _names(name: str, aliases: str) -> str:
    return " ".join((name, *json.loads(aliases)))
