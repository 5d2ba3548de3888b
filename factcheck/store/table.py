"""Facts from a table: a CSV or JSON Lines file whose every row is one quantity fact.

Owns: reading the rows (CSV with a header row, or one JSON object a line), the mapping from
the table's columns to fact fields (``field=column``), turning a row into the record a fact
file would hold and validating it with the very code that validates fact files
(``facts.py``), with errors that name the row and the column. Must not: touch SQLite
(``build.py`` writes the rows into a store) or read fact files (``folder.py``).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import FactFileError, UsageError
from ..model import Fact
from .facts import _fact, dump_facts
from .fields import _File, _Mapping
from .plainfacts import plain_fact
from .vocabulary import Vocabulary

# The fields a row may give, beyond those of a fact: the value's unit ("%", "billion
# dollars") and one source, flattened.
FIELDS = ("id", "subject", "object", "measure", "cues", "value", "unit", "tolerance", "as_of",
          "period", "date", "published", "statement", "note", "source_url", "source_title",
          "source_publisher", "source_date", "source_reliability", "source_excerpt")
REQUIRED = ("subject", "measure", "value", "source_url")
ROWS_PER_BATCH = 5000
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Table:
    """A table of facts and which of its columns holds each field."""

    path: Path
    columns: ColumnMap


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds each field (a field not mapped is read from a column of its name)."""

    columns: dict[str, str]

    @classmethod
    def parse(cls, pairs: tuple[str, ...] | list[str]) -> ColumnMap:
        columns = {}
        for pair in pairs:
            field, sep, column = pair.partition("=")
            field, column = field.strip(), column.strip()
            if not sep or not field or not column:
                raise UsageError(f"--map expects FIELD=COLUMN, got '{pair}'")
            if field not in FIELDS:
                raise UsageError(f"--map: unknown field '{field}' (fields: "
                                 f"{', '.join(FIELDS)})")
            columns[field] = column
        return cls(columns)

    def column(self, field: str) -> str:
        return self.columns.get(field, field)


def _lines(handle: Iterator[str], seen: Callable[[str], None] | None) -> Iterator[str]:
    """The file's lines, each shown to ``seen`` as it is read (fingerprint, progress)."""
    for line in handle:
        if seen is not None:
            seen(line)
        yield line


def _rows(path: Path, seen: Callable[[str], None] | None) -> Iterator[tuple[int,
                                                                         dict[str, Any]]]:
    """Each row with the line it starts on, read as a stream."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise FactFileError(f"cannot read: {exc.strerror}", str(path)) from None
    with handle:
        lines = _lines(handle, seen)
        try:
            if path.suffix.lower() in (".jsonl", ".ndjson"):
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        yield number, _json_row(path, number, line)
            else:
                reader = csv.DictReader(lines)
                start = 2  # the header is line 1
                for row in reader:
                    yield start, row
                    start = reader.line_num + 1
        except UnicodeDecodeError:
            raise FactFileError("not valid UTF-8", str(path)) from None
        except csv.Error as exc:
            raise FactFileError(f"invalid CSV: {exc}", str(path)) from None


def _json_row(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FactFileError(f"invalid JSON: {exc.msg}", str(path), number) from None
    if not isinstance(row, dict):
        raise FactFileError("each line must be a JSON object", str(path), number)
    return row


def _record(row: dict[str, Any], columns: ColumnMap, line: int, path: Path) -> _Mapping:
    """The row as the mapping a fact file would give, each field at the row's line."""
    get = {f: row.get(columns.column(f)) for f in FIELDS}
    given = {f: v for f, v in get.items() if v is not None and str(v).strip() != ""}
    for field in REQUIRED:
        if field not in given:
            raise FactFileError("empty or missing", str(path), line, field)
    value = str(given["value"]).strip()
    if given.get("unit"):
        unit = str(given["unit"]).strip()
        value = f"{value}{unit}" if unit == "%" else f"{value} {unit}"
    source: dict[str, Any] = {
        "url": given["source_url"],
        "title": given.get("source_title") or given.get("source_publisher") or
        given["source_url"],
        "publisher": given.get("source_publisher") or
        urlsplit(str(given["source_url"])).hostname or given["source_url"],
        "reliability": given.get("source_reliability") or "secondary"}
    source.update((k, given[f"source_{k}"]) for k in ("date", "excerpt")
                  if f"source_{k}" in given)
    fields: dict[str, Any] = {
        "id": given.get("id") or _SLUG.sub("-", f"{given['subject']} {given['measure']} "
                                                  f"{line}".lower()).strip("-"),
        "kind": "quantity", "subject": given["subject"], "measure": given["measure"],
        "cues": [c.strip() for c in str(given.get("cues") or given["measure"]).split("|")],
        "value": value,
        "statement": given.get("statement") or _statement(given, value),
        "sources": [_Mapping(source)]}
    fields.update((f, _typed(f, given[f])) for f in ("object", "tolerance", "as_of", "period",
                                                     "date", "published", "note") if f in given)
    item = _Mapping(fields)
    for mapping in (item, *item["sources"]):
        mapping.line = line
        mapping.key_lines = {key: line for key in mapping}
    return item


def _statement(given: dict[str, Any], value: str) -> str:
    when = given.get("period") or given.get("as_of") or given.get("date")
    return f"{given['subject']} {given['measure']}{f' ({when})' if when else ''}: {value}."


def _typed(field: str, value: Any) -> Any:
    """CSV gives text: numbers where a fact file would have them."""
    if isinstance(value, str):
        text = value.strip()
        if field == "period" and text.isdigit():
            return int(text)
        if field == "tolerance":
            try:
                return float(text)
            except ValueError:
                return text
        return text
    return value


# The fact file's field a message names -> the table's field it came from.
_FROM = {"url": "source_url", "title": "source_title", "publisher": "source_publisher",
         "reliability": "source_reliability", "excerpt": "source_excerpt"}


def table_facts(path: Path, columns: ColumnMap, *,
                seen: Callable[[str], None] | None = None,
                vocabulary: Vocabulary | None = None) -> Iterator[list[Fact]]:
    """The table's facts in batches, each validated like a fact in a fact file (its measure
    looked up in ``vocabulary``); the first bad row stops the reading with an error naming
    its row and column. ``seen`` is shown every line of the file as it is read."""
    file = _File(str(path))
    batch: list[Fact] = []
    for row_number, (line, row) in enumerate(_rows(path, seen), 1):
        try:
            record = _record(row, columns, line, path)
            batch.append(plain_fact(file.path, record, vocabulary) or
                         _fact(file, record, vocabulary))
        except FactFileError as exc:
            message = exc.message.split(": ", 1)[-1].rsplit(" (field", 1)[0]
            column = columns.column(_FROM.get(exc.field or "", exc.field or "")) \
                if exc.field else None
            where = f"row {row_number}" + (f", column '{column}'" if column else "")
            raise FactFileError(f"{where}: {message}", str(path), line) from None
        if len(batch) == ROWS_PER_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_fact_file(batches: Iterator[list[Fact]], out: Any) -> int:
    """Write the facts of ``batches`` to ``out`` as one fact file; returns how many."""
    out.write("# Imported with factcheck store import: edit the table and import again.\n"
              "facts:\n")
    count = 0
    for batch in batches:
        out.write(dump_facts(batch))
        count += len(batch)
    return count
