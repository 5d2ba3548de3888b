"""``factcheck batch``: re-check an archive, one verdict row per claim, here or on Dask.

Owns: the command's options, the choice of engine (this machine's processes, or a Dask
cluster), and the one summary line on stderr. Must not: read articles, check them or write
rows itself (``ci/archive.py``, ``ci/cluster.py``).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click

from ..ci.archive import RowWriter, chunks, read_articles, run_local
from ..ci.batch import worker_count
from ..errors import UsageError
from .common import errors_handled, parse_date, store_option

CHUNK = 64  # articles per unit of work: large enough to amortise a task, small enough to spread


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              metavar="FILE", help="Where the rows go: a .jsonl or a .parquet file.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Check here, or on a Dask cluster (--scheduler).")
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler to use with --engine dask (tcp://host:8786).")
@click.option("--shared-store", is_flag=True,
              help="With --engine dask: every worker opens the built store at the same path "
                   "(a shared file system) instead of being sent a copy.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True,
              metavar="N", help="Worker processes with --engine local (0: one per CPU).")
@click.option("--chunk-size", type=click.IntRange(1), default=CHUNK, show_default=True,
              metavar="N", help="Articles per unit of work.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="The date of articles that give none (a record's date or the article's "
                   "own dateline wins).")
@store_option
@errors_handled()
def batch(source: Path, output: Path, engine: str, scheduler: str | None, shared_store: bool,
          jobs: int, chunk_size: int, date_text: str | None,
          store_path: tuple[str, ...]) -> None:
    """Re-check an archive: one verdict row per claim, here or on a Dask cluster.

    SOURCE is a folder of .md, .txt and .html files, or a .jsonl or .parquet file of records
    with id, text and optional format and date; the rows go to a .jsonl or .parquet file.

    Rows: article, claim, line, column, status, rule, confidence, text, explanation, facts
    (the evidence's ids) and error (for an article that could not be read: one row). A Dask
    run gives the same rows, in the same order, as a local one. The output is written to a
    temp file and renamed into place: a failed run leaves none. Parquet needs pyarrow and
    Dask needs dask (pip install 'factcheck[parquet,dask]').

    Example:

    \b
        factcheck batch archive/ -o verdicts.parquet --jobs 0
        factcheck batch articles.jsonl -o verdicts.jsonl \\
            --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from ..ci.stores import find_stores

    if engine == "dask" and not scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    date = parse_date(date_text) if date_text else None
    located = find_stores(store_path).locate()
    store = located.open()  # a bad store fails here, once, before any article is read
    work = chunks(read_articles(source), chunk_size)
    started = time.perf_counter()
    writer = RowWriter(output)
    statuses: Counter[str] = Counter()
    articles: set[str] = set()
    try:
        if engine == "dask":
            from ..ci.cluster import run_dask

            results = run_dask(work, located, date, scheduler, shared_store=shared_store,
                               fingerprint=store.fingerprint)
        else:
            results = run_local(work, located, date, worker_count(jobs, 1 << 30), store)
        for rows in results:
            writer.write(rows)
            for row in rows:
                articles.add(row["article"])
                statuses[row["status"] or "error"] += 1
    except BaseException:
        writer.discard()
        raise
    writer.commit()
    seconds = time.perf_counter() - started
    counts = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    click.echo(f"factcheck: {len(articles)} articles, {writer.rows} rows ({counts or 'none'}) "
               f"-> {output} in {seconds:.1f} s", err=True)
