"""Benchmark (not a test): ``factcheck batch`` on an archive, here and on a Dask cluster.

Writes the articles of ``bench_ci.py`` (variants of the seed and small synthetic ones) as a
JSON Lines archive, then times the rows of the whole archive: in this process, in two worker
processes, and on a local Dask cluster of two single-threaded worker processes (the same code
a real cluster runs; the store is sent to each worker once). Reports articles per second and
what a million articles cost in worker-hours, from the median of ``--repeat`` runs.

Run: .venv/bin/python benchmarks/bench_batch.py [--articles 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ci import write_articles  # noqa: E402

from factcheck.ci.archive import chunks, read_articles, run_local  # noqa: E402
from factcheck.ci.cluster import run_dask  # noqa: E402
from factcheck.ci.stores import find_stores  # noqa: E402

CHUNK = 16


def archive(folder: Path, count: int) -> Path:
    """The benchmark's articles as one JSON Lines file of records."""
    write_articles(folder / "articles", count)
    path = folder / "archive.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in read_articles(folder / "articles"):
            out.write(json.dumps({"id": article.id, "text": article.text,
                                  "format": article.fmt}) + "\n")
    return path


def timed(run: Callable[[], Iterator[list[dict[str, Any]]]], repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = sum(len(chunk) for chunk in run())
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import distributed

    with tempfile.TemporaryDirectory() as temp:
        path = archive(Path(temp), args.articles)
        located = find_stores(()).locate()
        runs: dict[str, Callable[[], Iterator[list[dict[str, Any]]]]] = {
            "local, 1 process": lambda: run_local(chunks(read_articles(path), CHUNK),
                                                  located, None, 1),
            "local, 2 processes": lambda: run_local(chunks(read_articles(path), CHUNK),
                                                    located, None, 2),
        }
        results = {name: timed(run, args.repeat) for name, run in runs.items()}
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            results["dask, 2 workers"] = timed(
                lambda: run_dask(chunks(read_articles(path), CHUNK), located, None, client),
                args.repeat)
    print(f"{args.articles} articles, median of {args.repeat} runs")
    print(f"{'engine':<22}{'seconds':>9}{'articles/s':>12}{'rows':>7}"
          f"{'worker-hours per 1M articles':>31}")
    for name, (seconds, rows) in results.items():
        workers = 1 if "1 process" in name else 2
        rate = args.articles / seconds
        per_million = 1e6 / rate * workers / 3600
        print(f"{name:<22}{seconds:>9.2f}{rate:>12.1f}{rows:>7}{per_million:>31.1f}")


if __name__ == "__main__":
    main()
