"""Adding a draft fact to a fact file as text (``factcheck store add``).

Owns: the draft's fields (``TODO`` where the curator must still write something: the
sources, a statement), its id, the file it belongs in (the one that defines its subject
entity) and appending it to that file's ``facts:`` list as text, so the file keeps its order,
comments and layout. The file is replaced through a temp file and a rename, validated again
and put back as it was if the draft brought any problem other than its to-do fields. Must
not: read articles or reports (the CLI turns a report's claim into a ``Draft``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FactFileError, UsageError
from .facts import dump_entries
from .fields import TODO, TODO_MESSAGE
from .folder import FactReader, validate_facts

_FACTS_KEY = re.compile(r"^facts:[ \t]*(?:#.*)?$")
_EMPTY_FACTS = re.compile(r"^facts:[ \t]*\[[ \t]*\][ \t]*(?:#.*)?$")
_ITEM = re.compile(r"^([ \t]*)-(?:[ \t]|$)")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Draft:
    """What the curator (or the reader of an article) knows of a new fact."""

    subject: str
    measure: str = TODO
    kind: str | None = None  # None: quantity with a value, event with a date, else relation
    value: str | None = None
    as_of: dt.date | None = None
    date: dt.date | None = None
    period: int | None = None
    statement: str = TODO
    object: str | None = None
    cues: tuple[str, ...] = ()  # none: the measure's own words
    id: str | None = None
    note: str | None = None
    source_url: str = TODO
    source_title: str = TODO
    source_publisher: str = TODO
    source_date: dt.date | None = None
    source_reliability: str = TODO


@dataclass(frozen=True)
class Added:
    """Where the draft went, and the fields validation will report until they are filled."""

    path: Path
    id: str
    line: int
    todo: tuple[FactFileError, ...]


def _kind(draft: Draft) -> str:
    if draft.kind:
        return draft.kind
    if draft.value is not None:
        return "quantity"
    return "event" if draft.date is not None else "relation"


def fact_id(draft: Draft, taken: set[str]) -> str:
    """``subject-measure-year``, made unique with ``-2``, ``-3``..."""
    when = draft.as_of or draft.date
    year = str(draft.period or (when.year if when else ""))
    measure = "" if draft.measure == TODO else draft.measure
    base = "-".join(p for p in (_SLUG.sub("-", f"{draft.subject} {measure}".lower()).strip("-"),
                                year) if p)
    found, n = base, 1
    while found in taken:
        n += 1
        found = f"{base}-{n}"
    return found


def entry(draft: Draft, fact_id: str, known_measure: bool = False) -> dict[str, Any]:
    """The draft as the fields of a fact file, in the usual order. A measure the vocabulary
    knows (``known_measure``) needs no cues unless the draft gives some."""
    fields: dict[str, Any] = {"id": fact_id, "kind": _kind(draft), "subject": draft.subject}
    if draft.object:
        fields["object"] = draft.object
    fields["measure"] = draft.measure
    if draft.cues or not known_measure:
        fields["cues"] = list(draft.cues or (draft.measure,))
    optional = {"value": draft.value, "as_of": draft.as_of, "period": draft.period,
                "date": draft.date}
    fields.update((k, v) for k, v in optional.items() if v is not None)
    fields["statement"] = draft.statement
    if draft.note:
        fields["note"] = draft.note
    source: dict[str, Any] = {"url": draft.source_url, "title": draft.source_title,
                              "publisher": draft.source_publisher}
    if draft.source_date:
        source["date"] = draft.source_date
    source["reliability"] = draft.source_reliability
    fields["sources"] = [source]
    return fields


def append_fact(text: str, item: list[str]) -> tuple[str, int]:
    """``text`` with ``item`` (the lines of one list item, unindented, each ending in a
    newline) appended to its top-level ``facts:`` list, indented like the items already
    there; and the 1-based line the item starts on. Nothing else of the text changes."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start = next((i for i, line in enumerate(lines) if _FACTS_KEY.match(line)), None)
    if start is None:
        empty = next((i for i, line in enumerate(lines) if _EMPTY_FACTS.match(line)), None)
        if empty is not None:  # "facts: []" becomes a block list
            lines[empty] = "facts:\n"
            start = empty
    if start is None:
        lines += ["\n"] * bool(lines and lines[-1].strip()) + ["facts:\n"]
        start = len(lines) - 1
    end = start + 1  # after the last line that belongs to the list
    indent = None
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if not line.strip() or (line.startswith("#")):
            continue  # blank lines and comments at the margin belong to what follows
        if not line[0].isspace() and not _ITEM.match(line):
            break  # the next top-level key
        end = i + 1
        match = _ITEM.match(line)
        if indent is None and match:
            indent = match.group(1)
    pad = "  " if indent is None else indent
    new = [pad + line if line.strip() else line for line in item]
    return "".join(lines[:end] + new + lines[end:]), end + 1


def _write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` through a temp file and a rename, keeping its mode."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _key(error: FactFileError) -> tuple[str, str | None, str]:
    return (error.path, error.field, error.reason)  # lines move when a draft is inserted


def add_fact(folder: Path, draft: Draft) -> Added:
    """Append ``draft`` to the file of ``folder`` that defines its subject, validate the
    folder again, and put the file back as it was if the draft brought a problem other
    than its to-do fields (raised as that problem)."""
    before: list[FactFileError] = []
    reader = FactReader(folder, problems=before)
    home = None
    for batch in reader:
        if any(e.id == draft.subject for e in batch.entities):
            home = batch.path
    if home is None:
        close = difflib.get_close_matches(draft.subject, sorted(reader.entity_ids), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise UsageError(f"no file in {folder} defines the entity '{draft.subject}'{hint}: "
                         "add the entity first")
    new_id = draft.id or fact_id(draft, reader.fact_ids)
    original = home.read_text(encoding="utf-8")
    vocabulary = reader.vocabulary  # read with the folder's facts
    in_vocabulary = vocabulary is not None and vocabulary.find(draft.measure) is not None
    text, line = append_fact(original, dump_entries([entry(draft, new_id, in_vocabulary)]))
    _write(home, text)
    try:
        _, after = validate_facts(folder)
    except BaseException:
        _write(home, original)
        raise
    known = Counter(_key(e) for e in before)
    new = []
    for error in after:
        if known[_key(error)]:
            known[_key(error)] -= 1
        else:
            new.append(error)
    broken = [e for e in new if e.reason != TODO_MESSAGE]
    if broken:
        _write(home, original)
        raise FactFileError(f"the draft was not added: {broken[0].reason}", str(home),
                            broken[0].line, broken[0].field)
    return Added(home, new_id, line, tuple(new))
