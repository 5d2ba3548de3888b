"""Snapshots of source pages, kept in the store's SQLite database so audits work offline.

Owns: the ``snapshots`` table (one row per source URL, updated in place, created by
sqlite-utils and browsable with any SQLite tool), turning a fetch (or its failure) into a
row, and reading rows back. The store's rebuild copies every table named ``snapshots`` or
``snapshot_*``, so snapshots outlive changes to the fact files.
Must not: fetch (``fetch.py``), judge excerpts (``sources.py``), or write fact files: the fact
files stay the human-edited truth and snapshots never rewrite them.

Columns: ``url`` (primary key, as cited by the fact), ``final_url``, ``status`` (of the last
attempt), ``content_type``, ``title``, ``canonical_url``, ``published`` (ISO date),
``text`` (the page's main text as ``htmlpage`` extracts it, or the plain text), ``content_hash``
(sha256 of ``text``), ``etag``, ``last_modified``, ``fetched_at`` (ISO, UTC: when ``text``
was last confirmed, by a 200 or a 304), ``attempted_at`` (the last attempt, failed or not),
``error`` (of the last attempt, else null), ``redirects`` (JSON list of URLs). A failed
attempt keeps the last good text, so an audit can still show what the page used to say.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import DocumentError, FetchError, StoreError
from ..read.fetch import FetchResult
from ..read.htmlpage import parse_html

Database = sqlite_utils.Database  # for callers that must not import sqlite-utils themselves
TABLE = "snapshots"
COLUMNS: dict[str, type] = {
    "url": str, "final_url": str, "status": int, "content_type": str, "title": str,
    "canonical_url": str, "published": str, "text": str, "content_hash": str, "etag": str,
    "last_modified": str, "fetched_at": str, "attempted_at": str, "error": str,
    "redirects": str,
}


@dataclass(frozen=True)
class Snapshot:
    """The stored state of one source URL."""

    url: str
    final_url: str | None
    status: int | None
    content_type: str | None
    title: str | None
    canonical_url: str | None
    published: dt.date | None
    text: str | None
    content_hash: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: dt.datetime | None  # when ``text`` was last confirmed
    attempted_at: dt.datetime | None
    error: str | None  # of the last attempt
    redirects: tuple[str, ...] = ()


def open_database(path: str | os.PathLike[str]) -> Database:
    """A writable connection to the store's database at ``path`` (the store opens read-only)."""
    try:
        db = sqlite_utils.Database(Path(path))
        db.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open for writing ({exc})", str(path)) from None
    return db


def ensure_table(db: sqlite_utils.Database) -> None:
    if not db.table(TABLE).exists():
        db.table(TABLE).create(COLUMNS, pk="url", not_null={"url"})


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(result: FetchResult) -> dict[str, Any]:
    """The columns read from a fetched page: text, title, canonical URL, published date."""
    if result.content_type == "text/plain":
        text = result.text.strip()
        if not text:
            raise DocumentError("the page is empty", result.final_url)
        return {"text": text, "title": None, "canonical_url": None, "published": None}
    page = parse_html(result.text, source=result.final_url)
    return {"text": page.text, "title": page.title, "canonical_url": page.canonical_url,
            "published": page.published.isoformat() if page.published else None}


def save_snapshot(db: sqlite_utils.Database, outcome: FetchResult | FetchError, *,
                  url: str | None = None, now: dt.datetime | None = None) -> Snapshot:
    """Record a fetch (or its failure) for its URL and return the row as it now stands.

    ``url`` is the key, the URL as the fact cites it (default: the URL that was fetched). A
    304 refreshes ``fetched_at`` and keeps the text; an error keeps the last good text.
    """
    key = url or outcome.url
    try:
        return _save(db, key, outcome, now)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot write the snapshot of {key} ({exc})") from None


def _save(db: Database, key: str, outcome: FetchResult | FetchError,
          now: dt.datetime | None) -> Snapshot:
    ensure_table(db)
    previous = get_snapshot(db, key)
    row: dict[str, Any] = {"url": key}
    if isinstance(outcome, FetchError):
        attempted = now or dt.datetime.now(dt.UTC)
        row.update(status=outcome.status, error=_reason(outcome),
                   attempted_at=attempted.isoformat())
    else:
        row.update(final_url=outcome.final_url, status=outcome.status,
                   etag=outcome.etag, last_modified=outcome.last_modified,
                   fetched_at=outcome.fetched_at.isoformat(),
                   attempted_at=outcome.fetched_at.isoformat(), error=None,
                   redirects=json.dumps(list(outcome.redirects)))
        if outcome.not_modified and (previous is None or previous.text is None):
            row["error"] = "304 Not Modified but no earlier text is stored"
            del row["fetched_at"]
        elif not outcome.not_modified:
            row["content_type"] = outcome.content_type
            try:
                row.update(extract(outcome))
            except DocumentError as exc:
                row["error"] = _reason(exc)
                del row["fetched_at"]  # the stored text, if any, was not confirmed
            else:
                row["content_hash"] = content_hash(row["text"])
    if previous is None:
        db.table(TABLE).insert({name: row.get(name) for name in COLUMNS}, pk="url")
    else:
        db.table(TABLE).update(key, row)
    snapshot = get_snapshot(db, key)
    if snapshot is None:  # pragma: no cover - the row was just written
        raise StoreError(f"snapshot of {key} was not saved")
    return snapshot


def _reason(error: FetchError | DocumentError) -> str:
    """The error's message without the URL or path it starts with."""
    where = error.url if isinstance(error, FetchError) else error.path
    return error.message.removeprefix(f"{where}: ")


def get_snapshot(db: sqlite_utils.Database, url: str) -> Snapshot | None:
    """The snapshot of ``url``, or None when it was never fetched."""
    if not db.table(TABLE).exists():
        return None
    rows = list(db.query(f"select * from [{TABLE}] where url = ?", [url]))
    return _snapshot(rows[0]) if rows else None


def all_snapshots(db: sqlite_utils.Database) -> list[Snapshot]:
    if not db.table(TABLE).exists():
        return []
    return [_snapshot(row) for row in db.query(f"select * from [{TABLE}] order by url")]


def _snapshot(row: dict[str, Any]) -> Snapshot:
    def when(value: str | None) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value else None

    return Snapshot(
        url=row["url"], final_url=row.get("final_url"), status=row.get("status"),
        content_type=row.get("content_type"), title=row.get("title"),
        canonical_url=row.get("canonical_url"),
        published=dt.date.fromisoformat(row["published"]) if row.get("published") else None,
        text=row.get("text"), content_hash=row.get("content_hash"), etag=row.get("etag"),
        last_modified=row.get("last_modified"), fetched_at=when(row.get("fetched_at")),
        attempted_at=when(row.get("attempted_at")), error=row.get("error"),
        redirects=tuple(json.loads(row["redirects"])) if row.get("redirects") else ())
