"""The SQLite store built from the fact files, and the queries the matcher asks of it.

Owns: opening a store read-only and the lookups the matcher asks of it (facts about names, the
full-text search for claims that name no one, reviewed claims), deciding when a folder's
cached store must be (re)built: its fact files changed, it was built by other code
(``revision.py``), or it fails an integrity check after a crash or a damaged disk. Building
is ``build.py``. Must not: judge claims.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..language.entities import EntityIndex
from ..language.lexicon import lazy
from ..model import Fact, ReviewedClaim
from .cachedir import cache_dir
from .entity_table import INDEX_KEY, LazyEntities, read_entities
from .figures import money_figures
from .folder import fingerprint, fingerprint_files
from .marks import fact_marks
from .records import READER_KEY, SCHEMA_VERSION, fact_from_json, reviewed_from_json
from .revision import reader_files, reader_fingerprint

if TYPE_CHECKING:
    import sqlite_utils

ABOUT_CACHE = 4096  # sets of names whose facts are kept, oldest dropped first
SEARCH_CACHE = 4096  # full-text queries whose facts are kept, oldest dropped first
_WORD = lazy(r"[A-Za-z][A-Za-z0-9]+")


def bundled_facts_dir() -> Path:
    """The fact files shipped with the package: ``factcheck/facts_data/`` once installed
    (pyproject maps ``claims/`` there), ``claims/`` beside the package in a checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "facts_data"
    if any(installed.glob("*.yaml")):
        return installed
    return package.parent / "claims"


# --- opening -------------------------------------------------------------------------------

SEARCH_BUDGET = 2000  # rows the full-text search may rank for one claim, whatever the size
# The facts that rank best (bm25), the first id on a tie. Only those whose rank reaches the
# ``limit``-th best are read from the facts: ranked with the facts joined, every matching
# fact's record was read (half the time of a search in a million facts).
_SEARCH = ("with found as (select rowid, rank from facts_fts where facts_fts match ?1) "
           "select f.id, f.data from found join facts f on f.rowid = found.rowid where "
           "found.rank <= (select max(rank) from (select rank from found order by rank "
           "limit ?2)) order by found.rank, f.id limit ?2")


class Store:
    """A built store, opened read-only, with the lookups the matcher needs."""

    def __init__(self, path: Path, *, facts_dir: Path | None = None,
                 label: str | None = None, labels: tuple[str, ...] = ()) -> None:
        """``labels`` name the stores merged into this one (``label``, default: all of
        them joined, is the one-string name)."""
        self.path = path
        self.facts_dir = facts_dir
        self.labels = labels or ((label,) if label else (str(path),))  # how reports name them
        self.label = label or ", ".join(self.labels)
        try:
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                        check_same_thread=False)
            meta = dict(self.conn.execute("select key, value from meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a factcheck store ({exc})", str(path)) from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise StoreError(f"store schema {meta.get('schema_version')} is not "
                             f"{SCHEMA_VERSION}; rebuild it", str(path))
        self.fingerprint = meta.get("fingerprint", "")
        self._fact_cache: dict[str, Fact] = {}
        self._about: dict[tuple[str, ...], tuple[Fact, ...]] = {}
        self._searched: dict[tuple[str, int], tuple[Fact, ...]] = {}
        self._reviewed: list[ReviewedClaim] | None = None
        self._stems: dict[str, str] = {}
        self._df: dict[str, int | None] = {}  # facts a term is in (None: in none)
        state = meta.get(INDEX_KEY)
        # Built with the store (a million-fact store's 60,000 entities take 1.7 s to index),
        # over entities read only when asked for; a store built before has it made here.
        self.entities = EntityIndex.restore(json.loads(state), LazyEntities(self.conn)) if state \
            else EntityIndex(read_entities(self.conn))
        self._partners: dict[str, frozenset[str]] = {}
        self._roles: dict[str, frozenset[str]] = {}
        self.entities.partners = self.partners
        self.entities.roles = self.roles
        self.entities.figures = partial(money_figures, self.facts_about)
        self.entities.marks = fact_marks(self.facts_about)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The same connection through sqlite-utils, for the source snapshots (imported
        only when asked for: a check never needs it)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

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
            if len(ids) == 1:
                # Each fact once, by its id (a key): no temporary tree over the facts' data
                # to make them distinct, as a join would need; half the time.
                rows = self.conn.execute(
                    "select id, data from facts where id in (select fact from fact_entities "
                    "where entity = ?) order by id", ids).fetchall()
                cached = tuple(self._load(rows))
            else:
                # Each name is asked for once; a set of names (the claims of an article
                # combine the same few in many ways) is the union of their facts, in the
                # order SQLite sorts ids (UTF-8 bytes: the order of code points).
                union = {f.id: f for one in ids for f in self.facts_about((one,))}
                cached = tuple(union[key] for key in sorted(union))
            self._about[ids] = cached
            if len(self._about) > ABOUT_CACHE:
                self._about.pop(next(iter(self._about)))
        return list(cached)

    def partners(self, entity_id: str) -> frozenset[str]:
        """The other entities of the facts whose subject or object is ``entity_id``: its
        founders, backers, members ("a fund backed by A and B" names one by them)."""
        found = self._partners.get(entity_id)
        if found is None:
            rows = self.conn.execute(
                "select distinct other.entity from fact_entities own join fact_entities other"
                " on other.fact = own.fact where own.entity = ? and own.role in ('subject',"
                " 'object')", [entity_id]).fetchall()
            found = self._partners[entity_id] = frozenset(r[0] for r in rows) - {entity_id}
        return found

    def roles(self, entity_id: str) -> frozenset[str]:
        """The objects of the relation facts whose subject is ``entity_id``: for a person,
        the organisations the store records a role in ("Jane Doe is Acme's chief
        executive"), what "the Jane Doe-led company" names."""
        found = self._roles.get(entity_id)
        if found is None:
            rows = self.conn.execute(
                "select distinct object from facts where subject = ? and kind = 'relation'"
                " and object is not null", [entity_id]).fetchall()
            found = self._roles[entity_id] = frozenset(r[0] for r in rows) - {entity_id}
        return found

    def search(self, text: str, limit: int = 20) -> list[Fact]:
        """Facts ranked by FTS5 (bm25) for the rare content words of ``text``.

        Only words whose stem is in at most ``SEARCH_BUDGET`` facts together are asked for,
        the rarest first, so the cost is bounded whatever the store's size; in a store that
        small every word is asked for.
        """
        words = self._rare_words([w for w in dict.fromkeys(_WORD.findall(text)) if len(w) > 2])
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in words)
        found = self._searched.get((query, limit))
        if found is None:  # claims that differ in their figures ask the same words
            rows = self.conn.execute(_SEARCH, [query, limit]).fetchall()
            found = self._searched[(query, limit)] = tuple(self._load(rows))
            if len(self._searched) > SEARCH_CACHE:
                self._searched.pop(next(iter(self._searched)))
        return list(found)

    def _rare_words(self, words: list[str]) -> list[str]:
        """The words to search for, in their order: the rarest stems first, while the facts
        they occur in add up to at most the budget; words in no fact are left out (they
        would add nothing to any fact's rank)."""
        stems = self._stem(words)
        unknown = sorted(set(stems) - self._df.keys())
        if unknown:  # each term's count is asked for once: most claims share most words
            marks = ",".join("?" * len(unknown))
            found = dict(self.conn.execute(
                f"select term, df from fact_terms where term in ({marks})", unknown).fetchall())
            self._df.update((term, found.get(term)) for term in unknown)
        df = {t: n for t in set(stems) if (n := self._df[t]) is not None}
        chosen: set[str] = set()
        total = 0
        for stem in sorted(set(stems) & df.keys(), key=lambda t: (df[t], t)):
            if total + df[stem] > SEARCH_BUDGET:
                break
            chosen.add(stem)
            total += df[stem]
        return [w for w, stem in zip(words, stems, strict=True) if stem in chosen]

    def _stem(self, words: list[str]) -> list[str]:
        """Each word's term as the index holds it (SQLite's own porter tokenizer)."""
        missing = [w for w in dict.fromkeys(words) if w not in self._stems]
        if missing:
            stemmer = self._stemmer
            stemmer.execute("delete from words")
            stemmer.execute("insert into words (rowid, text) values (1, ?)", [" ".join(missing)])
            for term, offset in stemmer.execute("select term, offset from terms"):
                self._stems[missing[offset]] = term
        return [self._stems.get(w, w.lower()) for w in words]

    @cached_property
    def _stemmer(self) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("create virtual table words using fts5 (text, tokenize='porter')")
        conn.execute("create virtual table terms using fts5vocab (words, instance)")
        return conn

    def reviewed(self) -> list[ReviewedClaim]:
        """Every reviewed claim of the store, by id."""
        if self._reviewed is None:  # read once: every claim of every article asks
            self._reviewed = [reviewed_from_json(row[0]) for row in self.conn.execute(
                "select data from reviewed order by id")]
        return list(self._reviewed)

    def reviewed_about(self, entity_ids: Iterable[str]) -> list[ReviewedClaim]:
        """Reviewed claims all of whose entities are among ``entity_ids``."""
        ids = set(entity_ids)
        return [r for r in self.reviewed() if set(r.entities) <= ids]

    def fact(self, fact_id: str) -> Fact | None:
        rows = self.conn.execute("select id, data from facts where id = ?",
                                 [fact_id]).fetchall()
        loaded = self._load(rows)
        return loaded[0] if loaded else None

    def facts(self) -> list[Fact]:
        return self._load(self.conn.execute("select id, data from facts order by id").fetchall())

    def counts(self) -> dict[str, int]:
        return {table: self.conn.execute(f"select count(*) from {table}").fetchone()[0]
                for table in ("entities", "facts", "reviewed")}


def cache_path(facts_dirs: Path | Sequence[Path]) -> Path:
    """Where the cache of a folder (or of several folders merged, in that order) lives: one
    file per set of folders, whoever asks (``check``, ``ci`` and ``store build`` alike)."""
    import hashlib

    folders = (facts_dirs,) if isinstance(facts_dirs, Path) else tuple(facts_dirs)
    name = "\0".join(str(f.resolve()) for f in folders)
    return cache_dir() / f"store-{hashlib.sha1(name.encode()).hexdigest()[:12]}.db"


def ensure_built(facts_dir: Path | Sequence[Path], target: Path | None = None, *,
                 notice: Callable[[str], None] | None = None) -> Path:
    """Build ``facts_dir`` (one folder, or several merged) into ``target`` unless the store
    there is already current and sound; a damaged one is rebuilt, saying so through
    ``notice`` (default: stderr)."""
    if target is None:
        target = cache_path(facts_dir)
    made = _fingerprints(facts_dir, target)  # taken before a build: it stamps the files
    if target.exists() and _current(target, made, notice or _notice):
        return target
    from .build import build_store  # only when building: the YAML parser and the writer

    try:
        build_store(facts_dir, target, carry_from=target)
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc.strerror}", str(target)) from None
    _stamp(target)
    return target


# A fact file saved this long before the files' fingerprint was taken cannot have changed
# unseen since: an edit after it gives the file a later time.
SETTLED_NS = 2_000_000_000


def _fingerprints(facts_dir: Path | Sequence[Path], target: Path) -> tuple[str, str]:
    """The fingerprint of the fact files (``folder.fingerprint``) and that of the code that
    reads them (``revision.reader_fingerprint``), each taken again only when a file's size,
    time or inode differs from what a stamp beside the store recorded with it: hashing a
    million facts' files costs 0.7 s on every run."""
    return (_stamped(fingerprint_files(facts_dir), partial(fingerprint, facts_dir),
                     target.with_name(target.name + ".files")),
            _stamped(reader_files(), reader_fingerprint,
                     target.with_name(target.name + ".reader")))


def _stamped(files: list[Path], take: Callable[[], str], stamp: Path) -> str:
    """``take()``, the fingerprint of ``files``, or what ``stamp`` recorded of them as they
    are now."""
    try:
        stats = [(str(p), p.stat()) for p in files]
    except OSError:
        return take()  # a file vanished while listed: the hash says why
    key: list[list[str | int]] = [[name, st.st_size, st.st_mtime_ns, st.st_ino]
                                  for name, st in stats]
    try:
        saved = json.loads(stamp.read_text(encoding="utf-8"))
        if saved["files"] == key:
            return str(saved["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    taken = time.time_ns()
    digest = take()
    if all(taken - st.st_mtime_ns > SETTLED_NS for _, st in stats):
        temp = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps({"files": key, "fingerprint": digest}),
                            encoding="utf-8")
            os.replace(temp, stamp)
        except OSError:  # best effort: without the stamp the next run hashes again
            temp.unlink(missing_ok=True)
    return digest


def _current(target: Path, made: tuple[str, str], notice: Callable[[str], None]) -> bool:
    """Is the store at ``target`` built from these files (``made``: the fingerprints of the
    fact files and of the code that reads them) by this version, and sound?

    Soundness is SQLite's ``quick_check`` (every page read), run only when the file is not
    the one this process family last built or checked (its size and modification time are
    kept in a stamp beside it), so a large store is not read in full on every run.
    """
    try:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("select key, value from meta where key in "
                                     "('fingerprint', 'schema_version', ?)",
                                     [READER_KEY]).fetchall())
            if (meta.get("fingerprint"), meta.get(READER_KEY)) != made or \
                    meta.get("schema_version") != str(SCHEMA_VERSION):
                return False
            if _stamp_path(target).is_file() and \
                    _stamp_path(target).read_text(encoding="utf-8") == _file_key(target):
                return True
            problem = conn.execute("pragma quick_check(1)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem == "ok":
        _stamp(target)
        return True
    problem = " ".join(problem.replace("*** in database main ***", "").split())  # one line
    notice(f"{target}: the cached store is damaged ({problem}); rebuilding it")
    return False


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".checked")


def _file_key(target: Path) -> str:
    stat = target.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def _stamp(target: Path) -> None:
    """Record that the store at ``target`` is sound as it is now (best effort: without the
    stamp the next run checks it again)."""
    stamp = _stamp_path(target)
    temp = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(_file_key(target), encoding="utf-8")
        os.replace(temp, stamp)
    except OSError:
        temp.unlink(missing_ok=True)


def _notice(message: str) -> None:
    sys.stderr.write(f"factcheck: {message}\n")

BUNDLED = "bundled"  # how reports name the store shipped with the package


@dataclass(frozen=True)
class Located:
    """The built .db a command opens, the folders of fact files it was built from (none for
    a .db given as it is) and how reports name each store in it."""

    db: Path
    facts_dirs: tuple[Path, ...]
    labels: tuple[str, ...]

    def open(self) -> Store:
        return Store(self.db, facts_dir=self.facts_dirs[0] if self.facts_dirs else None,
                     labels=self.labels)


def locate_stores(locations: Sequence[str | os.PathLike[str]], *, bundled: bool = False,
                  labels: Sequence[str] | None = None) -> Located:
    """The built store of ``locations`` (folders of fact files, or one built .db) and, when
    ``bundled``, the bundled store after them, merged into one cached build (rebuilt when any
    of their files changes; an id defined in two of them is an error naming both places).

    A folder named twice (or the bundled folder itself) is read once; ``labels`` (default:
    each location as given) name the stores in reports."""
    names = list(labels) if labels is not None else [str(p) for p in locations]
    folders: list[Path] = []
    kept: list[str] = []
    seen: set[Path] = set()
    extra = [(bundled_facts_dir(), BUNDLED)] if bundled else []
    for location, label in [*((Path(p), n) for p, n in zip(locations, names, strict=True)),
                            *extra]:
        if not location.exists():
            raise StoreError("no such store (give a .db file or a folder of fact files)",
                             str(location))
        if not location.is_dir():
            if len(locations) + len(extra) > 1:
                raise StoreError("a built store (.db) cannot be merged with other stores; "
                                 "give the folders of fact files instead", str(location))
            return Located(location, (), (label,))
        if location.resolve() in seen:
            continue
        seen.add(location.resolve())
        folders.append(location)
        kept.append(label)
    if not folders:
        raise StoreError("no store to use: none given or configured, and the bundled store "
                         "is left out (bundled = false)")
    return Located(ensure_built(folders[0] if len(folders) == 1 else folders),
                   tuple(folders), tuple(kept))


def locate_store(path: str | os.PathLike[str] | None = None) -> tuple[Path, Path | None, str]:
    """The built .db to open (building or refreshing a folder's cache first), the folder of
    fact files it comes from (if any), and how reports name it."""
    located = locate_stores([path] if path is not None else [], bundled=path is None)
    return located.db, located.facts_dirs[0] if located.facts_dirs else None, located.labels[0]


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """The bundled store (built on first use), a directory of fact files, or a built .db."""
    return locate_stores([path] if path is not None else [], bundled=path is None).open()
