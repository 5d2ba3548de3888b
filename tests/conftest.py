"""Shared fixtures: an isolated home and cache, no network, the small Acme store and the
bundled one."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.webserver import WebServer, forbid_dns, serve

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own store cache, and the user's home is never touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(home / "cache"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections anywhere but loopback fail: tests never touch the network."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost"):
            raise OSError(f"network access in tests is not allowed: {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name lookups fail (IP literals still work): tests never resolve real hosts."""
    forbid_dns(monkeypatch)


@pytest.fixture(scope="session")
def server() -> Iterator[WebServer]:
    """The local HTTP server of fixture pages (tests/webserver.py), on 127.0.0.1."""
    with serve() as running:
        yield running


@pytest.fixture
def web(server: WebServer) -> WebServer:
    server.reset()
    return server


@pytest.fixture
def facts_dir(tmp_path: Path) -> Path:
    """A writable copy of the Acme fact files."""
    target = tmp_path / "facts"
    shutil.copytree(FIXTURES / "facts", target)
    return target


@pytest.fixture(scope="session")
def acme_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from factcheck.store.build import build_store
    from factcheck.store.folder import load_facts

    target = tmp_path_factory.mktemp("store") / "acme.db"
    return build_store(load_facts(FIXTURES / "facts"), target)


@pytest.fixture
def acme_store(acme_store_path: Path) -> Iterator[Any]:
    from factcheck.store.store import Store

    yield Store(acme_store_path)


@pytest.fixture(scope="session")
def bundled_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled store, built once for the session (not once per test's own cache)."""
    from factcheck.store.build import build_store
    from factcheck.store.folder import load_facts
    from factcheck.store.store import bundled_facts_dir

    target = tmp_path_factory.mktemp("bundled") / "bundled.db"
    return build_store(load_facts(bundled_facts_dir()), target)


@pytest.fixture
def bundled_store(bundled_store_path: Path) -> Any:
    from factcheck.store.store import Store

    return Store(bundled_store_path)


@pytest.fixture
def bundled_statuses(bundled_store: Any) -> Callable[..., list[Any]]:
    """The statuses the bundled store gives a short article, as of a date."""
    import datetime as dt

    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    store = bundled_store

    def statuses(text: str, date: dt.date = dt.date(2025, 3, 20)) -> list[Any]:
        report = check(read_text(text, "a.txt"), store, article_date=date)
        return [c.verdict.status for c in report.claims]

    return statuses


@pytest.fixture(scope="session")
def literal_store(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Any]:
    """A store built from the YAML text of one fact file: a test's small literal fixture."""
    from factcheck.store.build import build_store
    from factcheck.store.folder import load_facts
    from factcheck.store.store import Store

    def build(text: str) -> Any:
        folder = tmp_path_factory.mktemp("literal")
        (folder / "facts.yaml").write_text(text)
        return Store(build_store(load_facts(folder), folder / "store.db"))

    return build


@pytest.fixture(scope="session")
def statuses_in() -> Callable[[Any, str], list[Any]]:
    """The statuses a store gives a short article of 1 March 2025 (or of ``date``), claim by
    claim."""
    import datetime as dt

    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    def statuses(store: Any, text: str, date: dt.date = dt.date(2025, 3, 1)) -> list[Any]:
        report = check(read_text(text, "a.txt"), store, article_date=date)
        return [c.verdict.status for c in report.claims]

    return statuses
