"""Building the SQLite store from fact files, streamed and atomic.

Owns: the store's schema (tables ``meta``, ``entities``, ``aliases``, ``facts``,
``fact_entities``, ``sources``, ``reviewed``, ``files``, ``fact_terms``, and the FTS5 index
``facts_fts``; documented in README.md, "The built store"), writing a
folder's records file by file as ``folder.FactReader`` yields them (a million facts never sit
in memory at once), the document frequency of every indexed term (so the full-text search can
ask only for rare ones), a rebuild over the store before it that reads only the files that
changed (``incremental.py``; the full build when it cannot), carrying source snapshots over a
rebuild, and the temp-file
discipline: a build writes a locked temp file beside the target and renames it into place, so
an interrupted build leaves the last good store, and the next build removes the temp files of
builds that died. Must not: judge claims or query facts (``store.py``).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import suppress
from pathlib import Path

from ..errors import FactFileError
from ..language.entities import EntityIndex
from .entity_table import INDEX_KEY, read_entities
from .folder import FactReader, FactSet, FileBatch
from .incremental import Fallback, Previous, check_across_files
from .records import READER_KEY, SCHEMA_VERSION, FactRow, fact_row, reviewed_to_json
from .revision import reader_fingerprint

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: temp files are then left for the user
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".store-"
TEMP_SUFFIX = ".db.tmp"
SNAPSHOT_TABLE = re.compile(r"^snapshots?(_\w+)?$")

# Foreign keys are declared (not enforced: the fact files were validated) so that a SQLite
# browser such as Datasette links a fact to its entities and a source to its fact.
SCHEMA = """
create table meta (key text primary key, value text);
create table entities (id text primary key, name text, kind text, aliases text,
                       descriptors text, affiliations text);  -- a JSON list of entity ids
create table aliases (alias text, entity text references entities(id));
create table facts (id text primary key, kind text, subject text references entities(id),
                    object text references entities(id), measure text, value text,
                    as_of text, date text, statement text, cues text, names text, path text,
                    line integer, data text);
create table fact_entities (fact text references facts(id),
                            entity text references entities(id), role text);
create table sources (fact text references facts(id), url text, title text, publisher text,
                      date text, reliability text, excerpt text);
create table reviewed (id text primary key, claim text, entities text, rating text,
                       data text);
create table files (path text, folder integer, sha256 text, rows text);
"""
# The full-text index is written in one go and merged once ('optimize'): FTS5's merges as it
# goes (automerge, and crisismerge at 16 segments of a level) would only be merged again,
# 12% of writing the index; the usual settings are put back for whoever writes it later.
INDEXES = """
create index aliases_alias on aliases (alias);
create index fact_entities_entity on fact_entities (entity);
create index fact_entities_fact on fact_entities (fact);
create index facts_subject on facts (subject);
create index sources_fact on sources (fact);
create virtual table facts_fts using fts5 (statement, measure, cues, names, content='facts',
                                           tokenize='porter');
insert into facts_fts (facts_fts, rank) values ('automerge', 0);
insert into facts_fts (facts_fts, rank) values ('crisismerge', 1000);
insert into facts_fts (rowid, statement, measure, cues, names)
    select rowid, statement, measure, cues, names from facts;
insert into facts_fts (facts_fts) values ('optimize');
insert into facts_fts (facts_fts, rank) values ('automerge', 4);
insert into facts_fts (facts_fts, rank) values ('crisismerge', 16);
create virtual table temp.facts_vocab using fts5vocab (main, facts_fts, row);
create table fact_terms (term text primary key, df integer) without rowid;
insert into fact_terms select term, doc from temp.facts_vocab;
drop table temp.facts_vocab;
"""


def build_store(facts: FactSet | Path | Sequence[Path] | FactReader, target: Path, *,
                carry_from: Path | None = None) -> Path:
    """Write a folder of fact files (or several, merged; streamed, or as a ``FactReader`` set
    up with tables) or a ``FactSet`` to a new SQLite file and rename it onto ``target``
    atomically."""
    # A build makes millions of short-lived objects and no reference cycles: the cyclic
    # collector would only walk them again and again (a tenth of a large build).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(facts, target, carry_from)
    finally:
        if collecting:
            gc.enable()


def _build(facts: FactSet | Path | Sequence[Path] | FactReader, target: Path,
           carry_from: Path | None) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target.parent)
    handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX,
                                         dir=target.parent)
    temp = Path(temp_name)
    try:
        if fcntl is not None:  # held until the rename: a live build's file is not stale
            fcntl.flock(handle, fcntl.LOCK_EX)
        conn = _connect(temp)
        previous: Previous | None = None
        reader = reader_fingerprint()  # the code that reads the files, before reading
        try:
            fingerprint = None
            if carry_from is not None and carry_from.exists() and \
                    not isinstance(facts, (FactSet, FactReader)):
                try:
                    previous = Previous(conn, carry_from, SCHEMA_VERSION, reader, FILE_TABLES)
                    fingerprint = _write_reusing(conn, facts, previous)
                except Fallback:
                    # Rolling back is undefined without a journal: the file starts again.
                    conn.close()
                    previous = None
                    os.ftruncate(handle, 0)
                    conn = _connect(temp)
            if fingerprint is None:
                conn.execute("begin")
                _script(conn, SCHEMA)
                fingerprint = _write_all(conn, facts)
            _script(conn, INDEXES)
            index = previous.entity_index(INDEX_KEY) if previous is not None else None
            if index is None:
                index = json.dumps(EntityIndex(read_entities(conn)).state())
            conn.executemany("insert into meta values (?, ?)", [
                ("schema_version", str(SCHEMA_VERSION)), ("fingerprint", fingerprint),
                ("built_at", dt.datetime.now(dt.UTC).isoformat()), (INDEX_KEY, index),
                (READER_KEY, reader)])
            conn.execute("commit")
            if previous is not None:
                previous.detach()
            if carry_from is not None and carry_from.exists():
                _carry_snapshots(conn, carry_from)
        finally:
            conn.close()
        os.fsync(handle)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)
    return target


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    # Durability comes from the rename of a finished file, not from a journal. Pages of
    # 16 KB (set before the first table; SQLite's default is 4 KB): a quarter as many pages
    # to write, split and index; a million facts build in 6% less CPU, into a file 13%
    # smaller, and the queries of a check take as long.
    conn.executescript("pragma page_size = 16384; pragma journal_mode = off; "
                       "pragma synchronous = off; pragma cache_size = -65536;")
    return conn


def _write_all(conn: sqlite3.Connection, facts: FactSet | Path | Sequence[Path] | FactReader
               ) -> str:
    """Every record, read (or given): the fingerprint of what was read."""
    writer = _Writer(conn)
    if isinstance(facts, FactSet):
        writer.write(FileBatch(Path(), facts.entities, facts.facts, facts.reviewed))
        writer.finish(())
        return facts.fingerprint
    reader = facts if isinstance(facts, FactReader) else FactReader(facts)
    for batch in reader.rows():
        writer.write(batch)
    writer.finish(reader.measure_digests)
    return reader.fingerprint


def _write_reusing(conn: sqlite3.Connection, folders: Path | Sequence[Path],
                   previous: Previous) -> str:
    """The records of the files that changed since ``previous`` was built, read, and those
    of the others copied from it (``incremental.py``): the fingerprint of what was read."""
    conn.execute("begin")
    _script(conn, SCHEMA)
    writer = _Writer(conn)
    reader = FactReader(folders, reuse=previous.reuse)
    read: set[str] = set()
    try:
        for batch in reader.rows():
            if batch.reused:
                writer.record(batch, previous.copy(batch, writer.names))
            else:
                writer.write(batch)
                read.update(f.id for f in batch.rows or batch.facts)
        writer.finish(reader.measure_digests)
        previous.rename(writer.names, read)
        check_across_files(conn)
    except (FactFileError, sqlite3.DatabaseError):
        raise Fallback from None  # the full build says what is wrong, in its words
    return reader.fingerprint


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one (``executescript`` would commit the transaction)."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


def remove_stale_temps(folder: Path) -> None:
    """Delete the temp files of builds that died (``kill -9``, a power cut): a live build
    holds a lock on its file, so only unlocked ones are removed."""
    if fcntl is None:
        return
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # another build is writing it
        try:
            path.unlink(missing_ok=True)
        finally:
            os.close(fd)


# The tables a fact file's records go to, each in reading order: a file's rows are one run
# of rowids in each (``files.rows`` gives the first and the count), so a rebuild can copy them.
FILE_TABLES = ("entities", "aliases", "facts", "sources", "fact_entities", "reviewed")


class _Writer:
    """Writes the records of fact files, batch after batch, and what ``files`` says of them."""

    def __init__(self, conn: sqlite3.Connection, names: dict[str, str] | None = None) -> None:
        self.conn = conn
        # entity id -> its name and aliases, for the full-text index (given: the entities of
        # the files a rebuild copies)
        self.names: dict[str, str] = names if names is not None else {}
        self.late: list[FactRow] = []  # facts naming an entity defined in a later file
        self.next = dict.fromkeys(FILE_TABLES, 1)  # the rowid each table gives next
        self.files: list[tuple[str, int, str, str]] = []

    def record(self, batch: FileBatch, counts: dict[str, int]) -> None:
        """The rows ``batch``'s file took (its measure files are recorded with folder -1)."""
        rows = {}
        for table in FILE_TABLES:
            rows[table] = [self.next[table], counts.get(table, 0)]
            self.next[table] += counts.get(table, 0)
        if batch.digest:
            self.files.append((str(batch.path), batch.folder, batch.digest, json.dumps(rows)))

    def write(self, batch: FileBatch) -> None:
        conn, names = self.conn, self.names
        conn.executemany("insert into entities values (?, ?, ?, ?, ?, ?)", [
            (e.id, e.name, e.kind, json.dumps(list(e.aliases)),
             json.dumps(list(e.descriptors)), json.dumps(list(e.affiliations)))
            for e in batch.entities])
        aliases = [(alias, e.id) for e in batch.entities for alias in (e.name, *e.aliases)]
        conn.executemany("insert into aliases values (?, ?)", aliases)
        names.update((e.id, " ".join((e.name, *e.aliases))) for e in batch.entities)
        # One pass over the facts makes the rows of all three tables (in the order the
        # tables had when each was made by a pass of its own). A batch read for a build has
        # its facts as rows already (``FactReader.rows``).
        rows: list[tuple[object, ...]] = []
        sources: list[tuple[object, ...]] = []
        links: list[tuple[str, str, str]] = []
        for fact in batch.rows or map(fact_row, batch.facts):
            fid, subject, obj, mentions = fact.id, fact.subject, fact.object, fact.mentions
            if subject and not obj and not mentions:  # most facts: their subject alone
                links.append((fid, subject, "subject"))
                known = names.get(subject)
                if known is None:
                    self.late.append(fact)
                    known = ""
            else:
                entities = [subject] if subject else []
                if subject:
                    links.append((fid, subject, "subject"))
                if obj:
                    entities.append(obj)
                    links.append((fid, obj, "object"))
                for mention in mentions:
                    if mention:
                        entities.append(mention)
                        links.append((fid, mention, "mention"))
                found = [names.get(e) for e in entities]
                if None in found:
                    self.late.append(fact)
                known = " ".join([k or "" for k in found])
            rows.append((fid, fact.kind, subject, obj, fact.measure, fact.value, fact.as_of,
                         fact.date, fact.statement, fact.cues, known, fact.path or None,
                         fact.line or None, fact.data))
            sources.extend(fact.sources)
        conn.executemany("insert into facts values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows)
        conn.executemany("insert into sources values (?, ?, ?, ?, ?, ?, ?)", sources)
        conn.executemany("insert into fact_entities values (?, ?, ?)", links)
        conn.executemany("insert into reviewed values (?, ?, ?, ?, ?)", [
            (r.id, r.claim, " ".join(r.entities), r.rating, reviewed_to_json(r))
            for r in batch.reviewed])
        self.record(batch, {"entities": len(batch.entities), "aliases": len(aliases),
                            "facts": len(rows), "sources": len(sources),
                            "fact_entities": len(links), "reviewed": len(batch.reviewed)})

    def finish(self, measures: Iterable[tuple[Path, str]]) -> None:
        """The names of the facts that named an entity before its file was read, and the
        table of files (the measure files first, with folder -1)."""
        names = self.names
        self.conn.executemany("update facts set names = ? where id = ?", [
            (" ".join(names.get(e, "") for e in (f.subject, f.object, *f.mentions) if e), f.id)
            for f in self.late])
        self.conn.executemany("insert into files values (?, ?, ?, ?)", [
            *((str(path), -1, digest, "{}") for path, digest in measures), *self.files])


def _carry_snapshots(conn: sqlite3.Connection, old: Path) -> None:
    """Source snapshots live beside the facts; a rebuild keeps them (unless the old store
    is too damaged to read them)."""
    try:
        source = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
        try:
            tables = [row[0] for row in source.execute(
                "select name from sqlite_master where type = 'table'")
                if SNAPSHOT_TABLE.match(row[0])]
        finally:
            source.close()
    except sqlite3.DatabaseError:
        return
    if not tables:
        return
    conn.execute("attach database ? as old", [str(old)])
    try:
        conn.execute("begin")
        for table in tables:
            sql = conn.execute("select sql from old.sqlite_master where name = ?",
                               [table]).fetchone()
            conn.execute(sql[0])
            conn.execute(f"insert into [{table}] select * from old.[{table}]")
        conn.execute("commit")
    except sqlite3.DatabaseError:
        with suppress(sqlite3.DatabaseError):
            conn.execute("rollback")
    finally:
        conn.execute("detach database old")
