"""Checking many articles: in this process, or in N worker processes that each open the store
once, read-only.

Owns: resolving the store to one built ``.db`` before any article is read (a folder of fact
files is built into the cache first, atomically, so a worker never opens a half-built file),
running ``pipeline.check`` per article, turning each checked claim the policy cares about into
a ``Finding`` with ignore comments applied, collecting per-article errors instead of raising
them, and returning results in input order. Must not: pick an exit code or format output.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import FactcheckError
from ..pipeline import check
from ..read.documents import load_document
from ..store.store import Located, Store
from .comments import apply_comments, ignore_comments
from .config import Policy
from .findings import ArticleResult, FileError, Level, UnusedIgnore, finding
from .stores import choose_stores

_worker_store: Store | None = None  # the store a worker process opened in its initializer


def resolve_store(policy: Policy) -> Located:
    """The built store to open, the folders of fact files it comes from and their names."""
    return choose_stores((), policy, start=policy.root).locate()


def check_article(path: str, store: Store, policy: Policy) -> ArticleResult:
    """One article: its report and findings, or the error that stopped it (never raised)."""
    try:
        document = load_document(path)
        report = check(document, store, article_date=document.date or policy.date)
        report = report.worth_checking(policy.min_worthiness)
    except FactcheckError as exc:
        return ArticleResult(path, error=FileError.from_exception(path, exc))
    # A bug met in one article must not hide the others; it is reported and exits 2.
    except Exception as exc:  # noqa: BLE001
        return ArticleResult(path, error=FileError.from_exception(path, exc))
    findings = []
    for checked in report.claims:
        level = policy.level(checked.verdict.status.value, checked.verdict.rule)
        if level is not None:
            findings.append(finding(path, document, checked, Level(level)))
    marked, unused = apply_comments(findings, ignore_comments(document.original))
    return ArticleResult(path, report, marked, unused_ignores=tuple(
        UnusedIgnore(path, c.line, c.column, c.directive) for c in unused))


def _open_in_worker(located: Located) -> None:
    global _worker_store
    _worker_store = located.open()


def _check_in_worker(job: tuple[str, Policy]) -> ArticleResult:
    if _worker_store is None:  # the initializer always runs first; this guards misuse
        raise RuntimeError("worker store not opened")
    path, policy = job
    return check_article(path, _worker_store, policy)


def worker_count(requested: int, articles: int) -> int:
    """``requested`` workers (0: one per CPU), never more than there are articles."""
    count = requested if requested > 0 else (os.cpu_count() or 1)
    return max(1, min(count, articles))


def check_files(paths: Sequence[str], policy: Policy) -> tuple[ArticleResult, ...]:
    """Check ``paths`` with ``policy.workers`` processes; results in the order of ``paths``."""
    return tuple(iter_check_files(paths, policy))


def iter_check_files(paths: Sequence[str], policy: Policy) -> Iterator[ArticleResult]:
    """Each article's result as soon as it and those before it are done, in the order of
    ``paths`` (so a caller can print findings while the rest are checked)."""
    located = resolve_store(policy)
    probe = located.open()  # a bad store fails here, once, as a StoreError
    workers = worker_count(policy.workers, len(paths))
    if workers == 1 or not paths:
        for path in paths:
            yield check_article(path, probe, policy)
        return
    probe.db.close()  # a forked worker must not share the parent's connection
    chunk = max(1, min(len(paths) // (workers * 8), 4))  # small chunks: results flow early
    # Workers start the platform's default way (fork on Linux before Python 3.14), which is
    # safe here because ci runs no other threads; a threaded caller should use workers=1.
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_open_in_worker,
                                 initargs=(located,)) as pool:
            yield from pool.map(_check_in_worker, [(p, policy) for p in paths],
                                chunksize=chunk)
    except BrokenProcessPool:
        raise FactcheckError("a worker process stopped unexpectedly (out of memory?); "
                             "try --workers 1") from None
