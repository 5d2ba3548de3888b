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

import difflib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FactFileError
from ..model import Entity, Fact, ReviewedClaim

if TYPE_CHECKING:
    from .facts import FieldLines
    from .table import Table


def fact_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.is_file())


def _feed(digest: Any, path: Path, data: bytes) -> None:
    digest.update(path.name.encode())
    digest.update(data)


def fingerprint(directory: Path) -> str:
    """A hash of every fact file's name and bytes: the store is rebuilt when it changes."""
    digest = hashlib.sha256()
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
    """The records of one fact file, validated, in file order."""

    path: Path
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    reviewed: tuple[ReviewedClaim, ...]


@dataclass(frozen=True)
class _Reference:
    """A reference to an id not (yet) defined, kept with where it was made."""

    ref: str
    what: str  # "entity" or "fact"
    path: str
    line: int | None
    field: str
    column: str | None = None  # the table column it came from, for a row of a table


class FactReader:
    """Iterate over a folder's fact files; after the last one, ``fingerprint`` is the hash of
    the bytes that were read, and every cross-file reference has been checked."""

    def __init__(self, directory: Path, *, tables: tuple[Table, ...] = (),
                 skip: Path | None = None,
                 progress: Callable[[int], None] | None = None,
                 problems: list[FactFileError] | None = None) -> None:
        """``tables`` are read after the files (``table.py``), ``skip`` is a file of the
        folder to leave out (the one an import is about to replace), ``progress`` is told
        how many bytes of the tables were read, ``problems`` collects every problem instead
        of raising the first."""
        self.problems = problems
        if not directory.is_dir():
            raise FactFileError("not a directory of fact files", str(directory))
        self.files = [p for p in fact_files(directory)
                      if skip is None or not p.exists() or not skip.exists()
                      or not p.samefile(skip)]
        self.tables = tables
        self._progress = progress
        if not self.files:
            raise FactFileError("no fact files (*.yaml) found", str(directory))
        self._digest = hashlib.sha256()
        self._done = False
        self.entity_ids: set[str] = set()
        self.fact_ids: set[str] = set()
        self._reviewed_ids: set[str] = set()
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
        from . import facts  # the YAML parser, loaded only to read (a check never does)

        for path in self.files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                self._report(FactFileError(f"cannot read: {exc.strerror}", str(path)))
                continue
            _feed(self._digest, path, data)
            entities, records, reviewed, lines = facts.parse_fact_file(path, data,
                                                                       self.problems)
            self._register(path, entities, records, reviewed, lines)
            yield FileBatch(path, tuple(entities), tuple(records), tuple(reviewed))
        yield from self._tables()
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
            for batch in table_facts(table.path, table.columns, seen=seen):
                self._register(table.path, [], batch, [], {}, column=table.columns.column)
                yield FileBatch(table.path, (), tuple(batch), ())

    def _report(self, error: FactFileError) -> None:
        if self.problems is None:
            raise error
        self.problems.append(error)

    def _register(self, path: Path, entities: list[Entity], facts: list[Fact],
                  reviewed: list[ReviewedClaim], lines: FieldLines,
                  column: Callable[[str], str] | None = None) -> None:
        for entity in entities:
            if entity.id in self.entity_ids:
                self._report(FactFileError(f"entity id '{entity.id}' is defined twice",
                                           str(path), lines.get((entity.id, "id")), "id"))
            self.entity_ids.add(entity.id)
            for alias in (entity.name, *entity.aliases):
                key = alias.lower()
                if self._aliases.get(key, entity.id) != entity.id:
                    self._report(FactFileError(
                        f"alias '{alias}' of '{entity.id}' is already an alias of "
                        f"'{self._aliases[key]}'", str(path), lines.get((entity.id, "aliases")),
                        "aliases"))
                    continue
                self._aliases[key] = entity.id
            if entity.affiliation:
                self._affiliations.append(_Reference(
                    entity.affiliation, "entity", str(path),
                    lines.get((entity.id, "affiliation")), "affiliation"))
        for fact in facts:
            if fact.id in self.fact_ids:
                self._report(FactFileError(f"fact id '{fact.id}' is used twice", fact.path,
                                           fact.line, "id"))
            self.fact_ids.add(fact.id)
            for field, ref in (("subject", fact.subject), ("object", fact.object),
                               *(("mentions", m) for m in fact.mentions)):
                if ref and ref not in self.entity_ids:
                    self._fact_refs.append(_Reference(
                        ref, "entity", fact.path, lines.get((fact.id, field), fact.line), field,
                        column(field) if column else None))
        for item in reviewed:
            if item.id in self._reviewed_ids or item.id in self.fact_ids:
                self._report(FactFileError(f"id '{item.id}' is used twice", item.path,
                                           item.line, "id"))
            self._reviewed_ids.add(item.id)
            self._reviewed_refs.extend(_Reference(
                ref, "entity", item.path, lines.get((item.id, "entities"), item.line),
                "entities") for ref in item.entities)
            self._reviewed_refs.extend(_Reference(
                ref, "fact", item.path, lines.get((item.id, "facts"), item.line), "facts")
                for ref in item.facts)

    def _check_references(self) -> None:
        """Every reference, in reading order, to an id defined nowhere in the folder (the
        first raises, unless collecting)."""
        for ref in (*self._affiliations, *self._fact_refs, *self._reviewed_refs):
            known = self.entity_ids if ref.what == "entity" else self.fact_ids
            if ref.ref not in known:
                message = f"unknown {ref.what} '{ref.ref}'{_hint(ref.ref, known)}"
                if ref.column:
                    self._report(FactFileError(f"column '{ref.column}': {message}", ref.path,
                                               ref.line))
                else:
                    self._report(FactFileError(message, ref.path, ref.line, ref.field))


def _hint(name: str, known: Any) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _gather(reader: FactReader) -> FactSet:
    batches = list(reader)
    return FactSet(tuple(e for b in batches for e in b.entities),
                   tuple(f for b in batches for f in b.facts),
                   tuple(r for b in batches for r in b.reviewed), reader.fingerprint)


def load_facts(directory: Path) -> FactSet:
    """Read and validate every fact file in ``directory``, checking ids and references."""
    return _gather(FactReader(directory))


def validate_facts(directory: Path) -> tuple[FactSet, list[FactFileError]]:
    """Every record of ``directory`` that could be read, and every problem found in it, in
    reading order: each file's own problems, then the references across files."""
    problems: list[FactFileError] = []
    return _gather(FactReader(directory, problems=problems)), problems
