"""Re-checking an archive on a Dask cluster: the same chunks and rows as a local run.

Owns: connecting to a scheduler, getting the built store to every worker once (sent with the
job, or opened from a path every worker can read, such as a shared file system), keeping a
bounded number of chunks in flight so the client's memory stays flat on millions of articles,
and giving the rows back in input order. Each worker opens the store read-only once and keeps
it for every chunk it checks. Must not: read articles or write rows (``archive.py``).

Dask is an optional extra: ``pip install 'factcheck[dask]'``.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..store.store import Located, Store
from .archive import ArchiveArticle, Row, check_chunk

IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: enough to keep it busy, bounded memory
_stores: dict[str, Store] = {}  # per worker process: the store each path opened once


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'factcheck[dask]'") from None
    return distributed


def _worker_store(db: str, uploaded: bool, labels: tuple[str, ...], fingerprint: str) -> Store:
    """The store this worker opened for ``db`` (a file sent to it, or a shared path), opened
    again when the run's store is another build (a long-lived cluster outlives a store)."""
    if uploaded:
        worker = _distributed().get_worker()
        db = str(Path(worker.local_directory) / db)
    store = _stores.get(db)
    if store is None or store.fingerprint != fingerprint:
        store = _stores[db] = Store(Path(db), labels=labels)
    return store


def _check_on_worker(chunk: list[ArchiveArticle], db: str, uploaded: bool,
                     labels: tuple[str, ...], fingerprint: str,
                     date: dt.date | None) -> list[Row]:
    return check_chunk(chunk, _worker_store(db, uploaded, labels, fingerprint), date)


def run_dask(work: Iterable[list[ArchiveArticle]], located: Located, date: dt.date | None,
             scheduler: str | Any, *, shared_store: bool = False,
             fingerprint: str | None = None) -> Iterator[list[Row]]:
    """Each chunk's rows, in input order, checked on the cluster at ``scheduler`` (an address,
    or a ``distributed.Client`` already connected). The built store is sent to every worker
    once, unless ``shared_store``: then every worker opens it at its own path.
    ``fingerprint`` is the build's, when the caller has the store open already."""
    distributed = _distributed()
    own = not isinstance(scheduler, distributed.Client)
    try:
        client: Any = distributed.Client(scheduler) if own else scheduler
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        if shared_store:
            db, uploaded = str(located.db.resolve()), False
        else:
            client.upload_file(str(located.db), load=False)
            db, uploaded = located.db.name, True
        fingerprint = fingerprint or located.open().fingerprint
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque[Any] = deque()
        for chunk in work:
            window.append(client.submit(_check_on_worker, chunk, db, uploaded,
                                        located.labels, fingerprint, date, pure=False))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        if own:
            client.close()
