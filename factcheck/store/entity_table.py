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
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView

from ..model import Entity

INDEX_KEY = "entity_index"  # the meta row holding the entity index's tables (JSON)
_ENTITY_COLUMNS = "id, name, kind, aliases, descriptors, affiliations"


def _entity(row: tuple[str, str, str, str, str, str]) -> Entity:
    return Entity(row[0], row[1], row[2], tuple(json.loads(row[3])), tuple(json.loads(row[4])),
                  tuple(json.loads(row[5])))


def read_entities(conn: sqlite3.Connection) -> Iterator[Entity]:
    """Every entity of a store, in its order (the order its index was built in)."""
    for row in conn.execute(f"select {_ENTITY_COLUMNS} from entities order by rowid"):
        yield _entity(row)


def _all_entities(conn: sqlite3.Connection) -> dict[str, Entity]:
    """``read_entities`` as a dict, the rows made one JSON text by SQLite and read in one
    call: a million-fact store's 60,000 entities in a tenth of the time, row by row."""
    text = conn.execute(
        "select json_group_array(json_array(id, name, kind, json(aliases), json(descriptors), "
        "json(affiliations))) from (select * from entities order by rowid)").fetchone()[0]
    return {row[0]: Entity(row[0], row[1], row[2], tuple(row[3]), tuple(row[4]),
                           tuple(row[5])) for row in json.loads(text)}


class LazyEntities(Mapping[str, Entity]):
    """A store's entities by id, read when first asked for: one by one, or all at once
    when iterated (then held in a dict, whose views it hands out: the discourse of every
    article walks them all)."""

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

    def get(self, entity_id: str, default: Entity | None = None) -> Entity | None:  # type: ignore[override]
        if self._all is not None:
            return self._all.get(entity_id, default)
        try:
            return self[entity_id]
        except KeyError:
            return default

    def _every(self) -> dict[str, Entity]:
        if self._all is None:
            self._all = _all_entities(self._conn)
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())

    def keys(self) -> KeysView[str]:
        return self._every().keys()

    def values(self) -> ValuesView[Entity]:
        return self._every().values()

    def items(self) -> ItemsView[str, Entity]:
        return self._every().items()
