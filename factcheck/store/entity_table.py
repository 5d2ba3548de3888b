"""The store's ``entities`` table read back: every entity in order, or one by one as asked.

Owns: the columns an entity is stored in and the ``Entity`` made from a row, the order a
store's entity index is built in (``build.py`` makes the index at build time from
``read_entities``; ``store.py`` opens it over ``LazyEntities``), and the meta row that keeps
the index. Must not: write the table (``build.py``) or find names in text
(``language/entities.py``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping

from ..model import Entity

INDEX_KEY = "entity_index"  # the meta row holding the entity index's tables (JSON)
_ENTITY_COLUMNS = "id, name, kind, aliases, descriptors, affiliations"


def _entity(row: tuple[str, str, str, str, str, str]) -> Entity:
    return Entity(row[0], row[1], row[2], tuple(json.loads(row[3])), tuple(json.loads(row[4])),
                  tuple(json.loads(row[5])))


def read_entities(conn: sqlite3.Connection) -> Iterator[Entity]:
    """Every entity of a store, in its order (the order its index was built in)."""
    for row in conn.execute(f"select {_ENTITY_COLUMNS} from entities"):
        yield _entity(row)


class LazyEntities(Mapping[str, Entity]):
    """A store's entities by id, read when first asked for: one by one, or all at once
    when iterated."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._some: dict[str, Entity] = {}
        self._all: dict[str, Entity] | None = None

    def __getitem__(self, entity_id: str) -> Entity:
        if self._all is not None:
            return self._all[entity_id]
        found = self._some.get(entity_id)
        if found is None:
            row = self._conn.execute(f"select {_ENTITY_COLUMNS} from entities where id = ?",
                                     [entity_id]).fetchone()
            if row is None:
                raise KeyError(entity_id)
            found = self._some[entity_id] = _entity(row)
        return found

    def _every(self) -> dict[str, Entity]:
        if self._all is None:
            self._all = {e.id: e for e in read_entities(self._conn)}
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())
