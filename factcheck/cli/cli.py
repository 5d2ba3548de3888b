"""The command line: thin click commands over the library.

Owns: options, turning ``FactcheckError`` into one line on stderr and exit status 2, the exit
status policy (0 clean, 1 a claim has a failing status, 2 usage or input error), and writing
output files atomically. Must not: judge claims or format reports itself.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import __version__
from ..errors import UsageError
from ..model import Report
from ..reporters import FORMATS
from ..reporters.safe import shown
from .common import (
    CONTEXT_SETTINGS,
    LazyGroup,
    atomic_file,
    color_options,
    echoed,
    emit,
    errors_handled,
    open_chosen_store,
    parse_date,
    parse_statuses,
    store_option,
    wants_color,
)
from .export import store_export
from .store_commands import CURATION_COMMANDS

if TYPE_CHECKING:
    from ..ci.stores import StoreChoice
    from ..store.folder import FactReader

DEFAULT_FAIL_ON = ("contradicted",)


def exit_status(report: Report, fail_on: tuple[str, ...]) -> int:
    """0 when no claim has a failing status, 1 when one does."""
    return 1 if any(c.verdict.status.value in fail_on for c in report.claims) else 0


# Imported when run: they pull in the batch code, bs4 and httpx, which --help and check
# never need.
LAZY_COMMANDS = {
    "batch": ("factcheck.cli.batch:batch",
              "Re-check an archive: one verdict row per claim, here or on a Dask cluster."),
    "ci": ("factcheck.cli.ci:ci",
           "Check many articles (files and folders) and report findings like a linter."),
    "sources": ("factcheck.cli.sources:sources",
                "Snapshot and verify the source pages the fact store cites."),
}


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check an article's claims against a curated, sourced fact store.

    Offline and deterministic: every claim gets a status (supported, contradicted,
    imprecise, outdated, unverified, opinion) with the fact, the source and the comparison
    it rests on.
    """


@cli.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              default="terminal", show_default=True, help="Report format.")
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="The article's date (overrides its metadata or dateline).")
@click.option("--fail-on", default=",".join(DEFAULT_FAIL_ON), show_default=True,
              metavar="STATUSES", help="Comma list of statuses that make the exit status 1.")
@click.option("--min-worthiness", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              metavar="SCORE", help="Leave out claims whose check-worthiness (0-1) is below "
                                    "SCORE: they are neither shown nor counted.")
@click.option("--encoding", metavar="NAME", help="Decode the article with this encoding.")
@click.option("--allow-private", is_flag=True,
              help="Allow URLs that resolve to private or loopback addresses.")
@color_options
@store_option
@errors_handled(json_errors=True)
def check(source: str, fmt: str, output: str | None, date_text: str | None, fail_on: str,
          min_worthiness: float, encoding: str | None, allow_private: bool, color: str,
          no_color: bool, store_path: tuple[str, ...]) -> None:
    """Check the claims of an article: a file (text, Markdown, HTML) or an http(s) URL.

    Exit status: 0 when no claim has a failing status, 1 when one does (--fail-on), 2 for a
    usage or input error.

    Example:

    \b
        factcheck check seeds/2025-03-25-battle-of-ai-titans.txt
        factcheck check article.md --format markdown -o audit.md
        factcheck check https://example.com/story --format json
        factcheck check article.md --min-worthiness 0.5
    """
    from ..pipeline import check as run_check
    from ..read.documents import load_document
    from ..reporters import render
    from .derived import checking

    checking()

    failing = parse_statuses(fail_on, "--fail-on")
    date = parse_date(date_text)
    fetch = _fetcher(allow_private) if source.lower().startswith(("http://", "https://")) \
        else None
    document = load_document(source, date=date, encoding=encoding, fetch=fetch)
    store = open_chosen_store(store_path)
    report = run_check(document, store, article_date=date, parallel=True).worth_checking(
        min_worthiness)
    for warning in report.article.warnings:  # said where a person sees it, whatever --format
        click.echo(f"factcheck: warning: {shown(f'{source}: {warning}', one_line=True)}",
                   err=True)
    # a file written with -o is coloured only when asked for outright
    use_color = fmt == "terminal" and wants_color(
        color if output is None or color != "auto" else "never", no_color, sys.stdout)
    # Written as it is rendered, never held whole: 5 MB of prose give 100 MB of JSON.
    with atomic_file(output) if output else echoed(use_color) as out:
        render(report, fmt, out, color=use_color)
    sys.exit(exit_status(report, failing))


@cli.command()
@click.argument("sentence")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="The date the sentence was published (for outdated and latest figures).")
@store_option
@errors_handled()
def explain(sentence: str, date_text: str | None, store_path: tuple[str, ...]) -> None:
    """Show how one sentence is read and judged: the names and figures read, every stored
    fact about its names, why each was passed over, and the verdict.

    Use it to see what a fact file is missing when a claim comes out unverified.

    Example:

    \b
        factcheck explain "Nvidia's revenue rose to $39.3 billion." --date 2025-03-01
        factcheck explain "Webb launched in December 2021." --store my-facts/
    """
    from ..pipeline import explain as run_explain
    from ..reporters import explain_text
    from .derived import checking

    checking()

    buffer = io.StringIO()
    store = open_chosen_store(store_path)
    explain_text.render(run_explain(sentence, store, article_date=parse_date(date_text)),
                        buffer, stores=store.labels)
    emit(buffer.getvalue(), None)


def _fetcher(allow_private: bool) -> Callable[[str], tuple[str, str, str]]:
    from ..read.fetch import Fetcher

    fetcher = Fetcher(allow_private=allow_private)

    def fetch(url: str) -> tuple[str, str, str]:
        result = fetcher.fetch(url)
        return result.final_url, result.content_type, result.text

    return fetch


@cli.group()
def store() -> None:
    """Build, validate, count, search, inspect, grow and export the fact store."""


@store.command("build")
@click.option("--facts", "facts_dirs", metavar="DIR", multiple=True,
              help="Folder of fact files (repeatable: merged). Default: the stores check "
                   "uses here (see --store of check).")
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Where to write the store. Default: the cache check reads for these "
                   "folders.")
@errors_handled()
def store_build(facts_dirs: tuple[str, ...], output: str | None) -> None:
    """Validate the fact files and build them into SQLite (only when they changed).

    Without -o the store goes to the cache, and the last line says whether `check` run here
    reads that same cache.

    Example:

    \b
        factcheck store build
        factcheck store build --facts claims/ --facts ../shared-facts/
        factcheck store build --facts claims/ -o facts.db
    """
    from ..ci.stores import find_stores
    from ..store.build import build_store
    from ..store.store import Store, cache_path, ensure_built

    here = find_stores(())  # what check run in this folder uses
    folders = tuple(Path(f) for f in facts_dirs) or here.folders()
    if not folders:
        raise UsageError("the store check uses here is a built .db: give --facts DIR")
    if output:
        path = build_store(folders[0] if len(folders) == 1 else folders, Path(output),
                           carry_from=Path(output))
    else:
        path = ensure_built(folders[0] if len(folders) == 1 else folders)
    counts = Store(path).counts()
    click.echo(f"{path}: {counts['facts']} facts, {counts['entities']} entities, "
               f"{counts['reviewed']} reviewed claims")
    if output:
        return
    uses = here.folders()
    if uses and cache_path(uses) == path:
        click.echo(f"check here uses this store ({_named(here)})")
    else:
        click.echo(f"note: check here uses other stores ({_named(here)}), cached at "
                   f"{cache_path(uses) if uses else here.locations[0]}")


def _named(choice: StoreChoice) -> str:
    return ", ".join((*choice.labels, *(("bundled",) if choice.bundled else ())))


@store.command("import")
@click.argument("table")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="The column that holds a field (repeatable); other fields are read from "
                   "columns of their own name.")
@click.option("--facts", "facts_dir", metavar="DIR", default=None,
              help="The fact files whose entities the rows name (and, for a .db, built "
                   "with them). Default: the stores check uses here.")
@click.option("-o", "--output", metavar="FILE", required=True,
              help="A store to build (.db) or a fact file to write (.yaml).")
@errors_handled()
def store_import(table: str, mapping: tuple[str, ...], facts_dir: str | None,
                 output: str) -> None:
    """Import a table of facts (CSV or JSON Lines, one quantity fact a row) into a new store
    or a fact file.

    Each row is checked like a fact in a fact file; an error names the row and the column,
    and nothing is written. Fields: subject (an entity id), measure, value (as an article
    writes it: "$11.6 trillion"; or a number with unit), cues (separated by |), as_of,
    period, date, published, tolerance, object, statement, id, note, source_url,
    source_title, source_publisher, source_date, source_reliability, source_excerpt.

    Example:

    \b
        factcheck store import revenue.csv --map subject=company --map value=amount -o big.db
        factcheck store import rows.jsonl --facts claims/ -o claims/imported.yaml
    """
    from ..ci.stores import find_stores
    from ..store.build import build_store
    from ..store.folder import FactReader
    from ..store.store import Store
    from ..store.table import ColumnMap, Table

    source = Path(table)
    if source.suffix.lower() not in (".csv", ".jsonl", ".ndjson"):
        raise UsageError(f"{table}: give a .csv or .jsonl table")
    if not source.is_file():
        raise UsageError(f"{table}: no such file")
    target = Path(output)
    if target.suffix.lower() not in (".db", ".yaml", ".yml"):
        raise UsageError(f"{output}: the output is a store (.db) or a fact file (.yaml)")
    folders = (Path(facts_dir),) if facts_dir else find_stores(()).folders()
    if not folders:
        raise UsageError("the store check uses here is a built .db: give --facts DIR")
    tables = (Table(source, ColumnMap.parse(mapping)),)
    with _progress(source.stat().st_size) as advance:
        reader = FactReader(folders, tables=tables, skip=target, progress=advance)
        if target.suffix.lower() == ".db":
            build_store(reader, target, carry_from=target)
            counts = Store(target).counts()
            summary = (f"{target}: {counts['facts']} facts, {counts['entities']} entities, "
                       f"{counts['reviewed']} reviewed claims")
        else:
            summary = f"{target}: {_write_imported(reader, source, target)} facts"
    click.echo(summary)


def _write_imported(reader: FactReader, source: Path, target: Path) -> int:
    """Write the table's facts as a fact file, atomically, once every row and reference
    has passed."""
    import tempfile

    from ..store.table import write_fact_file

    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            count = write_fact_file((list(b.facts) for b in reader if b.path == source), out)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal (stderr), nothing elsewhere."""
    if not sys.stderr.isatty():
        yield lambda done: None
        return
    with click.progressbar(length=total, label="importing", file=sys.stderr) as bar:
        yield bar.update


for _command in CURATION_COMMANDS:
    store.add_command(_command)

store.add_command(store_export)
