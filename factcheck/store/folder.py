"""A folder of fact files, read as a stream, one file at a time.

Owns: the order files are read in, the fingerprint of the folder (every file's name and bytes,
hashed from the very bytes that are parsed, so a file edited during a build can never leave
old facts under a new fingerprint), and the checks that span files: ids used twice, an alias
given to two entities, references to entities and facts defined anywhere in the folder.
Memory holds one file's records at a time plus the ids seen so far (``load_facts`` collects
them all, for tests and small stores; ``validate_facts`` collects every problem too, for
``store validate``). Must not: touch SQLite (``build.py`` writes what this
yields) or know the file format (``facts.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FactFileError
from ..model import Entity, Fact, ReviewedClaim

if TYPE_CHECKING:
    from .facts import FieldLines
    from .records import FactRow
    from .table import Table
    from .vocabulary import Vocabulary

# The base measure vocabulary shipped with factcheck, and the file that extends it in a
# store's folder (``vocabulary.py`` reads them).
BASE_MEASURES = Path(__file__).with_name("measures.yaml")
MEASURE_FILES = ("measures.yaml", "measures.yml")


def measure_file(directory: Path) -> Path | None:
    """A store folder's own vocabulary file, if it has one."""
    for name in MEASURE_FILES:
        path = directory / name
        if path.is_file():
            return path
    return None


def fact_files(directory: Path) -> list[Path]:
    """The fact files of a folder, in reading order (its measure file is not one)."""
    return sorted(p for p in directory.glob("*.y*ml") if p.is_file() and
                  p.name not in MEASURE_FILES)


def measure_files(directories: Path | Sequence[Path]) -> list[Path]:
    """The vocabulary a store's facts are read with: the base vocabulary, then each
    folder's own measure file."""
    found = (measure_file(d) for d in _folders(directories) if d.is_dir())
    return [BASE_MEASURES, *(p for p in found if p is not None)]


def _feed_measures(digest: Any, path: Path, data: bytes) -> None:
    # Measure files change what facts mean: their bytes are part of the fingerprint, with
    # a mark of their own (a file moved from a vocabulary to facts changes the hash).
    digest.update(b"\0measures\0")
    _feed(digest, path, data)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _feed(digest: Any, path: Path, data: bytes) -> None:
    digest.update(path.name.encode())
    digest.update(data)


def _folders(directories: Path | Sequence[Path]) -> tuple[Path, ...]:
    return (directories,) if isinstance(directories, Path) else tuple(directories)


def _mark_folder(digest: Any, index: int) -> None:
    """Between the folders of a merged store: the same file name in two folders, or a file
    moved from one to the other, changes the fingerprint. One folder hashes as it always did
    (its cached store stays current)."""
    if index:
        digest.update(f"\0folder {index}\0".encode())


def fingerprint_files(directories: Path | Sequence[Path]) -> list[Path]:
    """The files whose names and bytes make the fingerprint: the vocabulary's, then each
    folder's fact files."""
    return [*measure_files(directories), *(p for d in _folders(directories)
                                            for p in fact_files(d))]


def fingerprint(directories: Path | Sequence[Path]) -> str:
    """A hash of every fact file's name and bytes, folder after folder: the store is rebuilt
    when it changes."""
    digest = hashlib.sha256()
    for path in measure_files(directories):
        _feed_measures(digest, path, path.read_bytes())
    for index, directory in enumerate(_folders(directories)):
        _mark_folder(digest, index)
        for path in fact_files(directory):
            _feed(digest, path, path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class FactSet:
    """Every record of a folder, in memory (for validating and for small stores)."""

    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    reviewed: tuple[ReviewedClaim, ...]
    fingerprint: str


@dataclass(frozen=True)
class FileBatch:
    """The records of one fact file, validated, in file order; with ``reused``, a file
    the caller said it has (``FactReader``'s ``reuse``): its records were not read. Read for
    a build (``FactReader.rows``), a fact file's facts are ``rows`` instead of ``facts``."""

    path: Path
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    reviewed: tuple[ReviewedClaim, ...]
    folder: int = 0  # the place of its folder among the folders read
    digest: str = ""  # the SHA-256 of its bytes ("" for a table's rows)
    reused: bool = False
    rows: tuple[FactRow, ...] = ()


# Asked of each file with the SHA-256 of the bytes read (measure files have folder -1): may
# its records be taken from an earlier build instead of read?
Reuse = Callable[[int, Path, str], bool]


@dataclass(frozen=True)
class _Reference:
    """A reference to an id not (yet) defined, kept with where it was made."""

    ref: str
    what: str  # "entity" or "fact"
    path: str
    line: int | None
    field: str
    column: str | None = None  # the table column it came from, for a row of a table


_FACT, _REVIEWED = 1, 2  # what a record id was defined as (both, when defined twice)


class FactReader:
    """Iterate over the fact files of a folder, or of several folders merged into one store;
    after the last one, ``fingerprint`` is the hash of the bytes that were read, and every
    cross-file reference has been checked. An id defined twice, in one folder or across
    folders, is an error naming both places."""

    def __init__(self, directories: Path | Sequence[Path], *, tables: tuple[Table, ...] = (),
                 skip: Path | None = None,
                 progress: Callable[[int], None] | None = None,
                 problems: list[FactFileError] | None = None,
                 reuse: Reuse | None = None) -> None:
        """``tables`` are read after the files (``table.py``), ``skip`` is a file of the
        folder to leave out (the one an import is about to replace), ``progress`` is told
        how many bytes of the tables were read, ``problems`` collects every problem instead
        of raising the first. ``reuse`` is asked of every file (its bytes are still read
        and fingerprinted): a file it has is yielded without its records, no fact file is
        reused unless every measure file is, and the checks across files are then left to
        the caller (``incremental.py``)."""
        self.problems = problems
        self._reuse = reuse
        self.measure_digests: list[tuple[Path, str]] = []  # the SHA-256 of each, as read
        self.folders: list[tuple[int, Path]] = []  # (folder's place, file), reading order
        for index, directory in enumerate(_folders(directories)):
            if not directory.is_dir():
                raise FactFileError("not a directory of fact files", str(directory))
            files = [p for p in fact_files(directory)
                     if skip is None or not p.exists() or not skip.exists()
                     or not p.samefile(skip)]
            if not files and measure_file(directory) is None:
                raise FactFileError("no fact files (*.yaml) found", str(directory))
            self.folders.extend((index, p) for p in files)
        self.files = [p for _, p in self.folders]
        self.measure_files = measure_files(directories)
        self.vocabulary: Vocabulary | None = None  # read first, when iterating
        self.tables = tables
        self._progress = progress
        self._digest = hashlib.sha256()
        self._done = False
        # Where each id was first defined, as one int (a million facts' ids are most of what
        # a build keeps in memory): the file's number and the line, and for a record (a fact
        # or a reviewed claim, which share their ids) whether it was defined as either.
        self._paths: list[str] = []
        self._path_numbers: dict[str, int] = {}
        self._entity_at: dict[str, int] = {}
        self._record_at: dict[str, int] = {}
        self._aliases: dict[str, str] = {}
        # References to ids not defined when they were read, checked once every file is in.
        self._affiliations: list[_Reference] = []
        self._fact_refs: list[_Reference] = []
        self._reviewed_refs: list[_Reference] = []

    @property
    def fingerprint(self) -> str:
        if not self._done:
            raise RuntimeError("the fingerprint is known once every file has been read")
        return self._digest.hexdigest()

    def __iter__(self) -> Iterator[FileBatch]:
        return self._batches(rows=False)

    def rows(self) -> Iterator[FileBatch]:
        """The batches, each fact file's facts as the rows a build writes (``FactRow``, in
        ``FileBatch.rows``): a plain fact is never made a ``Fact``. The same checks, the
        same messages."""
        return self._batches(rows=True)

    def _batches(self, rows: bool) -> Iterator[FileBatch]:
        from . import facts  # the YAML parser, loaded only to read (a check never does)
        from .vocabulary import Vocabulary, read_measures

        self.vocabulary = Vocabulary()
        reuse = self._reuse
        for path in self.measure_files:
            data = self._read(path)
            if data is not None:
                _feed_measures(self._digest, path, data)
                self.measure_digests.append((path, _sha(data)))
                read_measures(path, data, self.vocabulary, self.problems)
                if reuse is not None and not reuse(-1, path, self.measure_digests[-1][1]):
                    reuse = None  # facts read with another vocabulary: every file is read
        marked = 0
        for index, path in self.folders:
            if index != marked:
                _mark_folder(self._digest, index)
                marked = index
            data = self._read(path)
            if data is None:
                continue
            _feed(self._digest, path, data)
            digest = _sha(data)
            if reuse is not None and reuse(index, path, digest):
                yield FileBatch(path, (), (), (), index, digest, reused=True)
                continue
            if rows:
                entities, read, reviewed, lines = facts.parse_fact_file(
                    path, data, self.problems, self.vocabulary, True)
                self._register(path, entities, read, reviewed, lines)
                yield FileBatch(path, tuple(entities), (), tuple(reviewed), index, digest,
                                rows=tuple(read))
                continue
            entities, records, reviewed, lines = facts.parse_fact_file(
                path, data, self.problems, self.vocabulary)
            self._register(path, entities, records, reviewed, lines)
            yield FileBatch(path, tuple(entities), tuple(records), tuple(reviewed), index,
                            digest)
        yield from self._tables()
        if self._reuse is None:
            self._check_references()
        self._done = True

    def _tables(self) -> Iterator[FileBatch]:
        from .table import table_facts

        def seen(line: str) -> None:
            data = line.encode("utf-8")
            self._digest.update(data)
            if self._progress is not None:
                self._progress(len(data))

        for table in self.tables:
            self._digest.update(table.path.name.encode())
            for batch in table_facts(table.path, table.columns, seen=seen,
                                     vocabulary=self.vocabulary):
                self._register(table.path, [], batch, [], {}, column=table.columns.column)
                yield FileBatch(table.path, (), tuple(batch), ())

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError as exc:
            self._report(FactFileError(f"cannot read: {exc.strerror}", str(path)))
            return None

    def _report(self, error: FactFileError) -> None:
        if self.problems is None:
            raise error
        self.problems.append(error)

    def _register(self, path: Path, entities: list[Entity], facts: list[Fact] | list[FactRow],
                  reviewed: list[ReviewedClaim], lines: FieldLines,
                  column: Callable[[str], str] | None = None) -> None:
        for entity in entities:
            line = _line(lines, entity.id, "id")
            if entity.id in self._entity_at:
                self._report(FactFileError(f"entity id '{entity.id}' is defined twice"
                                           f"{self._first(self._entity_at, entity.id)}",
                                           str(path), line, "id"))
            else:
                self._entity_at[entity.id] = self._place(str(path), line)
            for alias in (entity.name, *entity.aliases):
                key = alias.lower()
                if self._aliases.get(key, entity.id) != entity.id:
                    self._report(FactFileError(
                        f"alias '{alias}' of '{entity.id}' is already an alias of "
                        f"'{self._aliases[key]}'", str(path),
                        _line(lines, entity.id, "aliases"), "aliases"))
                    continue
                self._aliases[key] = entity.id
            self._affiliations += [_Reference(
                home, "entity", str(path), _line(lines, entity.id, "affiliation"),
                "affiliation") for home in entity.affiliations]
        entity_at = self._entity_at
        for fact in facts:
            if fact.id in self._record_at:
                self._report(FactFileError(f"fact id '{fact.id}' is used twice"
                                           f"{self._first(self._record_at, fact.id)}",
                                           fact.path, fact.line, "id"))
            self._define(fact.id, fact.path, fact.line, _FACT)
            if not fact.object and not fact.mentions and (
                    not fact.subject or fact.subject in entity_at):
                continue  # most facts: a subject defined already, nothing to check later
            for field, ref in (("subject", fact.subject), ("object", fact.object),
                               *(("mentions", m) for m in fact.mentions)):
                if ref and ref not in self._entity_at:
                    self._fact_refs.append(_Reference(
                        ref, "entity", fact.path, _line(lines, fact.id, field, fact.line),
                        field, column(field) if column else None))
        for item in reviewed:
            if item.id in self._record_at:
                self._report(FactFileError(f"id '{item.id}' is used twice"
                                           f"{self._first(self._record_at, item.id)}",
                                           item.path, item.line, "id"))
            self._define(item.id, item.path, item.line, _REVIEWED)
            self._reviewed_refs.extend(_Reference(
                ref, "entity", item.path, _line(lines, item.id, "entities", item.line),
                "entities") for ref in item.entities)
            self._reviewed_refs.extend(_Reference(
                ref, "fact", item.path, _line(lines, item.id, "facts", item.line), "facts")
                for ref in item.facts)

    def _place(self, path: str, line: int | None) -> int:
        """A file and line as one int (see ``_first``)."""
        number = self._path_numbers.get(path)
        if number is None:
            number = self._path_numbers[path] = len(self._paths)
            self._paths.append(path)
        return (number << 32 | (line or 0)) << 2

    def _define(self, record_id: str, path: str, line: int | None, kind: int) -> None:
        """Remember where a fact or reviewed claim was first defined (they share their ids),
        and that an id was defined as this kind."""
        old = self._record_at.get(record_id)
        self._record_at[record_id] = self._place(path, line) | kind if old is None \
            else old | kind

    def _first(self, places: dict[str, int], record_id: str) -> str:
        """Where an id used again was first defined: both places go in the one message."""
        place = places[record_id] >> 2
        path, line = self._paths[place >> 32], place & 0xFFFFFFFF
        return f" (first defined at {path}:{line})" if line else f" (first defined at {path})"

    @property
    def entity_ids(self) -> set[str]:
        return set(self._entity_at)

    @property
    def fact_ids(self) -> set[str]:
        return {i for i, place in self._record_at.items() if place & _FACT}

    def _check_references(self) -> None:
        """Every reference, in reading order, to an id defined nowhere in the folder (the
        first raises, unless collecting)."""
        ids: dict[str, set[str]] = {}  # every id of a kind, for the hints, made once needed
        for ref in (*self._affiliations, *self._fact_refs, *self._reviewed_refs):
            if ref.ref in self._entity_at if ref.what == "entity" else \
                    self._record_at.get(ref.ref, 0) & _FACT:
                continue
            if ref.what not in ids:
                ids[ref.what] = self.entity_ids if ref.what == "entity" else self.fact_ids
            message = f"unknown {ref.what} '{ref.ref}'{_hint(ref.ref, ids[ref.what])}"
            if ref.column:
                self._report(FactFileError(f"column '{ref.column}': {message}", ref.path,
                                           ref.line))
            else:
                self._report(FactFileError(message, ref.path, ref.line, ref.field))


def _line(lines: FieldLines, record: str, field: str, default: int | None = None
          ) -> int | None:
    """The line of ``field`` of the record ``record`` (``default`` when not known)."""
    return lines.get(record, {}).get(field, default)


def _hint(name: str, known: Any) -> str:
    import difflib  # only for a mistake: every check imports this module

    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _gather(reader: FactReader) -> FactSet:
    batches = list(reader)
    return FactSet(tuple(e for b in batches for e in b.entities),
                   tuple(f for b in batches for f in b.facts),
                   tuple(r for b in batches for r in b.reviewed), reader.fingerprint)


def load_facts(directory: Path | Sequence[Path]) -> FactSet:
    """Read and validate every fact file in ``directory`` (or in several folders, merged),
    checking ids and references."""
    return _gather(FactReader(directory))


def validate_facts(directory: Path | Sequence[Path]) -> tuple[FactSet, list[FactFileError]]:
    """Every record of ``directory`` (or of several folders, merged) that could be read, and
    every problem found in it, in reading order: each file's own problems, then the
    references across files."""
    problems: list[FactFileError] = []
    return _gather(FactReader(directory, problems=problems)), problems
