"""The SQLite store built from the fact files, and the queries the matcher asks of it.

Owns: building the store with sqlite-utils (tables ``entities``, ``aliases``, ``facts``,
``fact_entities``, ``reviewed``, ``meta``, and an FTS5 index on facts), rebuilding it only when
the fact files change and atomically (a temp file renamed into place, so a reader never sees a
half-built store), carrying source snapshots over a rebuild, and opening a store read-only.
Must not: judge claims.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import StoreError
from ..language.entities import EntityIndex
from ..model import Entity, Fact, Kind, Qualifier, Quantity, ReviewedClaim, Source
from .facts import FactSet, fingerprint, load_facts

SCHEMA_VERSION = 4
ABOUT_CACHE = 4096  # sets of names whose facts are kept, oldest dropped first
DEFAULT_CACHE_ENV = "FACTCHECK_CACHE_DIR"
SNAPSHOT_TABLE = re.compile(r"^snapshots?(_\w+)?$")


def bundled_facts_dir() -> Path:
    """The fact files shipped with the package: ``factcheck/facts_data/`` once installed
    (pyproject maps ``claims/`` there), ``claims/`` beside the package in a checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "facts_data"
    if any(installed.glob("*.yaml")):
        return installed
    return package.parent / "claims"


def cache_dir() -> Path:
    base = os.environ.get(DEFAULT_CACHE_ENV)
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "factcheck"


# --- serialising facts ---------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (Kind, Qualifier)):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _source(data: dict[str, Any]) -> Source:
    return Source(url=data["url"], title=data["title"], publisher=data["publisher"],
                  date=_date(data["date"]), reliability=data["reliability"],
                  excerpt=data.get("excerpt"))


def fact_from_json(text: str) -> Fact:
    data = json.loads(text)
    value = data["value"]
    quantity = None
    if value:
        quantity = Quantity(kind=Kind(value["kind"]), value=value["value"],
                            qualifier=Qualifier(value["qualifier"]), unit=value["unit"],
                            text=value["text"], high=value["high"])
    return Fact(
        id=data["id"], kind=data["kind"], subject=data["subject"], measure=data["measure"],
        statement=data["statement"], cues=tuple(data["cues"]),
        sources=tuple(_source(s) for s in data["sources"]), object=data["object"],
        value=quantity, tolerance=data["tolerance"], as_of=_date(data["as_of"]),
        period=data["period"], date=_date(data["date"]), published=_date(data["published"]),
        state=data["state"], quote=data["quote"], mentions=tuple(data["mentions"]),
        note=data["note"], path=data["path"], line=data["line"],
        sole=tuple(data.get("sole") or ()))


def fact_to_json(fact: Fact) -> str:
    data = asdict(fact)
    if data["value"]:
        data["value"].pop("span", None)
    return json.dumps(_jsonable(data), sort_keys=True)


def reviewed_from_json(text: str) -> ReviewedClaim:
    data = json.loads(text)
    return ReviewedClaim(
        id=data["id"], claim=data["claim"], entities=tuple(data["entities"]),
        cues=tuple(tuple(g) for g in data["cues"]), rating=data["rating"],
        explanation=data["explanation"], facts=tuple(data["facts"]),
        sources=tuple(_source(s) for s in data["sources"]), path=data["path"],
        line=data["line"])


# --- building ------------------------------------------------------------------------------

def build_store(facts: FactSet, target: Path, *, carry_from: Path | None = None) -> Path:
    """Write ``facts`` to a new SQLite file and rename it onto ``target`` atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".store-", suffix=".db.tmp", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        db = sqlite_utils.Database(temp)
        _write(db, facts)
        if carry_from is not None and carry_from.exists():
            _carry_snapshots(db, carry_from)
        db.conn.commit()
        db.close()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _write(db: sqlite_utils.Database, facts: FactSet) -> None:
    db.table("meta").insert_all([
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": "fingerprint", "value": facts.fingerprint},
        {"key": "built_at", "value": dt.datetime.now(dt.UTC).isoformat()},
    ], pk="key")
    db.table("entities").insert_all(({"id": e.id, "name": e.name, "kind": e.kind,
                                "aliases": json.dumps(list(e.aliases)),
                                "descriptors": json.dumps(list(e.descriptors)),
                                "affiliation": e.affiliation}
                               for e in facts.entities), pk="id")
    db.table("aliases").insert_all({"alias": alias, "entity": e.id}
                              for e in facts.entities for alias in (e.name, *e.aliases))
    db.table("aliases").create_index(["alias"])
    names = {e.id: " ".join((e.name, *e.aliases)) for e in facts.entities}
    db.table("facts").insert_all(({
        "id": f.id, "kind": f.kind, "subject": f.subject, "object": f.object,
        "measure": f.measure, "statement": f.statement, "cues": " | ".join(f.cues),
        "names": " ".join(names.get(e, "") for e in (f.subject, f.object, *f.mentions) if e),
        "data": fact_to_json(f),
    } for f in facts.facts), pk="id")
    db.table("fact_entities").insert_all(({"fact": f.id, "entity": e, "role": role}
                                    for f in facts.facts
                                    for role, e in (("subject", f.subject), ("object", f.object),
                                                    *(("mention", m) for m in f.mentions))
                                    if e))
    db.table("fact_entities").create_index(["entity"])
    # Created even when empty: a store without reviewed claims is an ordinary store.
    db.table("reviewed").create({"id": str, "claim": str, "entities": str, "rating": str,
                                 "data": str}, pk="id")
    db.table("reviewed").insert_all(({
        "id": r.id, "claim": r.claim, "entities": " ".join(r.entities), "rating": r.rating,
        "data": json.dumps(_jsonable(asdict(r)), sort_keys=True),
    } for r in facts.reviewed), pk="id")
    db.table("facts").enable_fts(["statement", "measure", "cues", "names"], create_triggers=False,
                           tokenize="porter")


def _carry_snapshots(db: sqlite_utils.Database, old: Path) -> None:
    """Source snapshots live beside the facts; a rebuild keeps them."""
    try:
        source = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
        tables = [row[0] for row in source.execute(
            "select name from sqlite_master where type = 'table'") if SNAPSHOT_TABLE.match(row[0])]
        source.close()
    except sqlite3.DatabaseError:
        return
    if not tables:
        return
    db.execute("attach database ? as old", [str(old)])
    for table in tables:
        sql = db.execute("select sql from old.sqlite_master where name = ?", [table]).fetchone()
        db.execute(sql[0])
        db.execute(f"insert into [{table}] select * from old.[{table}]")
    db.conn.commit()
    db.execute("detach database old")


# --- opening -------------------------------------------------------------------------------

class Store:
    """A built store, opened read-only, with the lookups the matcher needs."""

    def __init__(self, path: Path, *, facts_dir: Path | None = None,
                 label: str | None = None) -> None:
        self.path = path
        self.facts_dir = facts_dir
        self.label = label or str(path)  # how reports name the store
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            meta = dict(self.db.execute("select key, value from meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a factcheck store ({exc})", str(path)) from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise StoreError(f"store schema {meta.get('schema_version')} is not "
                             f"{SCHEMA_VERSION}; rebuild it", str(path))
        self.fingerprint = meta.get("fingerprint", "")
        self._fact_cache: dict[str, Fact] = {}
        self._about: dict[tuple[str, ...], tuple[Fact, ...]] = {}
        self._reviewed: list[ReviewedClaim] | None = None
        self.entities = EntityIndex(self._entities())

    def _entities(self) -> Iterable[Entity]:
        for row in self.db.execute(
                "select id, name, kind, aliases, descriptors, affiliation from entities"):
            yield Entity(row[0], row[1], row[2], tuple(json.loads(row[3])),
                         tuple(json.loads(row[4])), row[5])

    def _load(self, rows: Iterable[tuple[str, str]]) -> list[Fact]:
        out = []
        for fact_id, data in rows:
            fact = self._fact_cache.get(fact_id)
            if fact is None:
                fact = self._fact_cache[fact_id] = fact_from_json(data)
            out.append(fact)
        return out

    def facts_about(self, entity_ids: Iterable[str]) -> list[Fact]:
        """Facts whose subject, object or mentions include any of ``entity_ids``."""
        ids = tuple(sorted(set(entity_ids)))
        if not ids:
            return []
        cached = self._about.get(ids)
        if cached is None:  # the claims of an article ask about the same few names
            marks = ",".join("?" * len(ids))
            rows = self.db.execute(
                f"select distinct f.id, f.data from fact_entities fe join facts f on "
                f"f.id = fe.fact where fe.entity in ({marks}) order by f.id", ids).fetchall()
            cached = self._about[ids] = tuple(self._load(rows))
            if len(self._about) > ABOUT_CACHE:
                self._about.pop(next(iter(self._about)))
        return list(cached)

    def search(self, text: str, limit: int = 20) -> list[Fact]:
        """Facts ranked by FTS5 (bm25) for the content words of ``text``."""
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", text) if len(w) > 2]
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        rows = self.db.execute(
            "select f.id, f.data from facts_fts join facts f on f.rowid = facts_fts.rowid "
            "where facts_fts match ? order by rank, f.id limit ?", [query, limit]).fetchall()
        return self._load(rows)

    def reviewed_about(self, entity_ids: Iterable[str]) -> list[ReviewedClaim]:
        """Reviewed claims all of whose entities are among ``entity_ids``."""
        if self._reviewed is None:  # read once: every claim of every article asks
            self._reviewed = [reviewed_from_json(row[0]) for row in self.db.execute(
                "select data from reviewed order by id")]
        ids = set(entity_ids)
        return [r for r in self._reviewed if set(r.entities) <= ids]

    def fact(self, fact_id: str) -> Fact | None:
        rows = self.db.execute("select id, data from facts where id = ?", [fact_id]).fetchall()
        loaded = self._load(rows)
        return loaded[0] if loaded else None

    def facts(self) -> list[Fact]:
        return self._load(self.db.execute("select id, data from facts order by id").fetchall())

    def counts(self) -> dict[str, int]:
        return {table: self.db.table(table).count for table in ("entities", "facts",
                                                                 "reviewed")}


def ensure_built(facts_dir: Path, target: Path | None = None) -> Path:
    """Build ``facts_dir`` into ``target`` unless the store there is already current."""
    if target is None:
        import hashlib

        key = hashlib.sha1(str(facts_dir.resolve()).encode()).hexdigest()[:12]
        target = cache_dir() / f"store-{key}.db"
    current = fingerprint(facts_dir)
    if target.exists():
        try:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            row = conn.execute("select value from meta where key = 'fingerprint'").fetchone()
            version = conn.execute(
                "select value from meta where key = 'schema_version'").fetchone()
            conn.close()
            if row and row[0] == current and version and version[0] == str(SCHEMA_VERSION):
                return target
        except sqlite3.DatabaseError:
            pass
    try:
        return build_store(load_facts(facts_dir), target, carry_from=target)
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc.strerror}", str(target)) from None


def locate_store(path: str | os.PathLike[str] | None = None) -> tuple[Path, Path | None, str]:
    """The built .db to open (building or refreshing a folder's cache first), the folder of
    fact files it comes from (if any), and how reports name it."""
    if path is None:
        facts_dir = bundled_facts_dir()
        return ensure_built(facts_dir), facts_dir, "bundled"
    location = Path(path)
    if location.is_dir():
        return ensure_built(location), location, str(path)
    if not location.exists():
        raise StoreError("no such store (give a .db file or a folder of fact files)",
                         str(location))
    return location, None, str(path)


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """The bundled store (built on first use), a directory of fact files, or a built .db."""
    db, facts_dir, label = locate_store(path)
    return Store(db, facts_dir=facts_dir, label=label)
