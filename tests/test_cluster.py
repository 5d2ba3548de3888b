"""Re-checking an archive on a Dask cluster (a local one of two worker processes here): the
same rows, in the same order, as a run in this process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.ci.archive import ArchiveArticle, chunks, run_local
from factcheck.ci.cluster import run_dask
from factcheck.store.store import Located

distributed = pytest.importorskip("distributed")

ARTICLES = [ArchiveArticle(f"a{i}", text, "text") for i, text in enumerate([
    "BlackRock manages $11.6 trillion in assets.",
    "OpenAI was founded in 2016. Musk co-founded OpenAI in 2015.",
    "NVIDIA's revenue was $130.5 billion in fiscal 2025.",
    "The market will surely love it.",
    "xAI raised $6 billion in its Series C round.",
] * 3)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture
def located(bundled_store_path: Path) -> Located:
    return Located(bundled_store_path, (), ("bundled",))


def rows(results: Iterator[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [row for chunk in results for row in chunk]


def test_a_dask_run_gives_the_rows_of_a_local_run(client: Any, located: Located) -> None:
    local = rows(run_local(chunks(ARTICLES, 2), located, None, 1))
    on_cluster = rows(run_dask(chunks(ARTICLES, 2), located, None, client))
    assert on_cluster == local
    assert {r["status"] for r in local} >= {"supported", "contradicted", "opinion"}


def test_workers_may_open_the_store_from_a_shared_path(client: Any, located: Located) -> None:
    local = rows(run_local(chunks(ARTICLES, 4), located, None, 1))
    assert rows(run_dask(chunks(ARTICLES, 4), located, None, client,
                         shared_store=True)) == local


def test_each_worker_opens_the_store_once(client: Any, located: Located) -> None:
    rows(run_dask(chunks(ARTICLES, 1), located, None, client))

    def sent_copies(dask_worker: Any) -> int:
        """Stores this worker opened from the copy it was sent (not from a shared path)."""
        from factcheck.ci import cluster

        return sum(1 for db in cluster._stores if db.startswith(dask_worker.local_directory))

    assert set(client.run(sent_copies).values()) == {1}  # 15 chunks, one store per worker
