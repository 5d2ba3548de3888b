"""Source snapshots in the store's SQLite database: one row per URL, updated in place."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from webserver import EXCERPT, PAGE_META, WebServer

from factcheck.errors import FetchError
from factcheck.read.fetch import Fetcher, FetchResult
from factcheck.store.snapshots import (
    COLUMNS,
    TABLE,
    all_snapshots,
    get_snapshot,
    open_database,
    save_snapshot,
)

URL = "https://news.example/acme"
T0 = dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.UTC)
FACTS = Path(__file__).parent / "fixtures" / "facts"


def result(text: str = PAGE_META, *, status: int = 200, content_type: str = "text/html",
           at: dt.datetime = T0, not_modified: bool = False, etag: str | None = '"a"',
           final_url: str = URL, redirects: tuple[str, ...] = ()) -> FetchResult:
    return FetchResult(url=URL, final_url=final_url, status=status, content_type=content_type,
                       text=text, etag=etag, last_modified="Mon, 06 Jan 2025 10:00:00 GMT",
                       redirects=redirects, fetched_at=at, not_modified=not_modified)


@pytest.fixture
def db() -> sqlite_utils.Database:
    return sqlite_utils.Database(memory=True)


def test_a_fetched_page_becomes_one_row_of_extracted_text(db: sqlite_utils.Database) -> None:
    snap = save_snapshot(db, result(redirects=(URL + "/",), final_url=URL + "/"))
    assert snap.url == URL and snap.final_url == URL + "/" and snap.redirects == (URL + "/",)
    assert snap.text is not None and snap.text.startswith("Acme grows again\n\nAcme has over")
    assert "Home" not in snap.text and "tracking" not in snap.text
    assert snap.content_hash == hashlib.sha256(snap.text.encode()).hexdigest()
    assert (snap.title, snap.published) == ("Acme grows again", dt.date(2025, 1, 15))
    assert snap.canonical_url == "https://news.example/news/acme-grows"
    assert (snap.status, snap.etag, snap.fetched_at, snap.error) == (200, '"a"', T0, None)
    assert get_snapshot(db, URL) == snap


def test_the_table_is_plain_sqlite_with_the_url_as_key(db: sqlite_utils.Database) -> None:
    save_snapshot(db, result())
    table = db.table(TABLE)
    assert table.pks == ["url"]
    assert set(table.columns_dict) == set(COLUMNS)
    row = db.execute("select url, status, fetched_at from snapshots").fetchone()
    assert row == (URL, 200, T0.isoformat())


def test_a_second_fetch_updates_the_row_in_place(db: sqlite_utils.Database) -> None:
    save_snapshot(db, result())
    later = T0 + dt.timedelta(days=2)
    snap = save_snapshot(db, result("<p>New text.</p>", at=later, etag='"b"'))
    assert db.table(TABLE).count == 1
    assert (snap.text, snap.etag, snap.fetched_at) == ("New text.", '"b"', later)


def test_not_modified_keeps_the_text_and_refreshes_the_time(db: sqlite_utils.Database) -> None:
    first = save_snapshot(db, result())
    later = T0 + dt.timedelta(days=5)
    snap = save_snapshot(db, result("", status=304, at=later, not_modified=True))
    assert snap.text == first.text and snap.content_hash == first.content_hash
    assert (snap.status, snap.fetched_at, snap.error) == (304, later, None)


def test_a_failure_keeps_the_last_good_text(db: sqlite_utils.Database) -> None:
    first = save_snapshot(db, result())
    later = T0 + dt.timedelta(days=1)
    snap = save_snapshot(db, FetchError("HTTP 404", URL, 404), now=later)
    assert (snap.status, snap.error, snap.attempted_at) == (404, "HTTP 404", later)
    assert snap.text == first.text and snap.fetched_at == T0  # the text is from T0


def test_a_first_failure_is_a_row_without_text(db: sqlite_utils.Database) -> None:
    snap = save_snapshot(db, FetchError("timed out after 5.0s reading", URL), now=T0)
    assert (snap.status, snap.text, snap.fetched_at) == (None, None, None)
    assert snap.error == "timed out after 5.0s reading"


def test_a_page_without_readable_text_is_an_error_row(db: sqlite_utils.Database) -> None:
    snap = save_snapshot(db, result("<nav>Menu only</nav>"))
    assert snap.status == 200 and snap.text is None
    assert snap.error == "no readable text in the page"


def test_a_304_without_stored_text_is_an_error(db: sqlite_utils.Database) -> None:
    snap = save_snapshot(db, result("", status=304, not_modified=True))
    assert snap.error is not None and "no earlier text" in snap.error


def test_plain_text_is_stored_as_is(db: sqlite_utils.Database) -> None:
    snap = save_snapshot(db, result("  Acme grew.\n", content_type="text/plain"))
    assert (snap.text, snap.title) == ("Acme grew.", None)


def test_missing_rows_and_tables(db: sqlite_utils.Database) -> None:
    assert get_snapshot(db, URL) is None and all_snapshots(db) == []
    save_snapshot(db, result())
    assert get_snapshot(db, URL + "/other") is None
    assert [s.url for s in all_snapshots(db)] == [URL]


def test_the_url_key_can_differ_from_the_fetched_url(db: sqlite_utils.Database) -> None:
    save_snapshot(db, result(), url="https://news.example/cited")
    assert get_snapshot(db, "https://news.example/cited") is not None


def test_snapshots_survive_a_store_rebuild(tmp_path: Path, server: WebServer) -> None:
    from factcheck.store.build import build_store
    from factcheck.store.folder import load_facts
    from factcheck.store.store import Store

    path = build_store(load_facts(FACTS), tmp_path / "store.db")
    db = open_database(path)
    url = server.url("/source/intact")
    save_snapshot(db, Fetcher(allow_private=True).fetch(url))
    db.close()
    rebuilt = build_store(load_facts(FACTS), path, carry_from=path)
    snap = get_snapshot(Store(rebuilt).db, url)
    assert snap is not None and snap.text is not None and EXCERPT in snap.text
    with sqlite3.connect(rebuilt) as conn:  # browsable with any SQLite tool
        assert conn.execute("select count(*) from snapshots").fetchone() == (1,)


def test_a_database_that_cannot_be_written_is_a_store_error(tmp_path: Path) -> None:
    from factcheck.errors import StoreError

    path = tmp_path / "ro.db"
    sqlite_utils.Database(path).execute("create table t (x)")
    readonly = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    with pytest.raises(StoreError, match="cannot write the snapshot of"):
        save_snapshot(readonly, result())


@pytest.mark.parametrize("path, published, title", [
    ("/article-meta", dt.date(2025, 1, 15), "Acme grows again"),
    ("/article-jsonld", dt.date(2024, 11, 3), "Widgets report"),
])
def test_fetched_pages_keep_their_dates(server: WebServer, path: str, published: dt.date,
                                        title: str) -> None:
    db = sqlite_utils.Database(memory=True)
    snap = save_snapshot(db, Fetcher(allow_private=True).fetch(server.url(path)))
    assert (snap.published, snap.title, snap.error) == (published, title, None)
