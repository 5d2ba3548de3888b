"""The ``factcheck sources`` commands: snapshot the store's source pages and verify them.

Owns: the options of ``sources fetch`` and ``sources verify``, their exit statuses (0 ok, 1 a
source failed, 2 a usage or input error as one line on stderr, JSON too with
``--format json``) and writing ``-o FILE`` atomically. Each command is a thin call to
``store/sources.py``. ``cli.py`` registers the group with ``cli.add_command(sources)``.
Must not: judge sources or format reports itself.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO, TypeVar

import click

from ..read.fetch import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Fetcher
from ..reporters import sources_json, sources_markdown, sources_text
from ..reporters.safe import shown
from ..store.snapshots import Database, open_database
from ..store.sources import (
    FetchOutcome,
    SourceCheck,
    SourceItem,
    fetch_sources,
    sources_of,
    verification_failed,
    verify_sources,
)
from .common import CONTEXT_SETTINGS, emit, errors_handled, open_chosen_store, store_option

F = TypeVar("F", bound=Callable[..., Any])
VerifyRenderer = Callable[[Sequence[SourceCheck], TextIO], None]
FetchRenderer = Callable[[Sequence[FetchOutcome], TextIO], None]
FORMATS: dict[str, tuple[FetchRenderer, VerifyRenderer]] = {
    "text": (sources_text.render_fetch, sources_text.render_verify),
    "markdown": (sources_markdown.render_fetch, sources_markdown.render_verify),
    "json": (sources_json.render_fetch, sources_json.render_verify),
}


def common_options(command: F) -> F:
    """The options both commands share."""
    for option in reversed([
        click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text",
                     show_default=True, help="Report format."),
        click.option("-o", "--output", metavar="FILE", help="Write the report to FILE."),
        click.option("--allow-private", is_flag=True,
                     help="Allow sources on private or loopback addresses (an intranet)."),
        click.option("--timeout", type=click.FloatRange(min=0.01), default=None,
                     metavar="SECONDS",
                     help=f"Connect and read timeout (default {DEFAULT_CONNECT_TIMEOUT:g}s "
                          f"to connect, {DEFAULT_READ_TIMEOUT:g}s between reads)."),
    ]):
        command = option(command)
    return store_option(command)


def make_fetcher(allow_private: bool, timeout: float | None) -> Fetcher:
    if timeout is None:
        return Fetcher(allow_private=allow_private)
    return Fetcher(allow_private=allow_private, connect_timeout=timeout, read_timeout=timeout)


def exit_status(failed: bool) -> int:
    """0 when every source passed, 1 when one failed (usage errors exit 2 elsewhere)."""
    return 1 if failed else 0


def open_sources(store_path: tuple[str, ...], *, write: bool
                 ) -> tuple[list[SourceItem], Database]:
    """The (fact id, source) pairs of the store, and its database (read-only unless
    ``write``: the store itself is always opened read-only)."""
    store = open_chosen_store(store_path)
    return sources_of(store.facts()), open_database(store.path) if write else store.db


def fetch_all(items: list[SourceItem], db: Database, allow_private: bool,
              timeout: float | None) -> list[FetchOutcome]:
    """Fetch every source, telling a person at a terminal how far it got (on stderr)."""
    total = len({source.url for _, source in items})
    done = 0

    def progress(outcome: FetchOutcome) -> None:
        nonlocal done
        done += 1
        state = f"error: {outcome.error}" if outcome.error else "ok"
        click.echo(shown(f"[{done}/{total}] {outcome.url} {state}", one_line=True), err=True)

    show = sys.stderr.isatty()
    return fetch_sources(items, make_fetcher(allow_private, timeout), db,
                         progress=progress if show else None)


@click.group(context_settings=CONTEXT_SETTINGS)
def sources() -> None:
    """Snapshot and verify the source pages the fact store cites."""


@sources.command("fetch")
@common_options
@errors_handled(json_errors=True, json_version=sources_json.JSON_VERSION)
def fetch_command(store_path: tuple[str, ...], fmt: str, output: str | None, allow_private: bool,
                  timeout: float | None) -> None:
    """Fetch every cited source page into a snapshot in the store (for offline audits).

    Each URL is fetched once, conditionally when a snapshot exists (ETag / Last-Modified);
    an unreachable page gets its own line and keeps its last good snapshot. Fact files are
    never written. Exit status: 0 when every page was fetched, 1 when one was not.

    Example:

        factcheck sources fetch

        factcheck sources fetch --store claims/ --format json -o snapshots.json
    """
    items, db = open_sources(store_path, write=True)
    outcomes = fetch_all(items, db, allow_private, timeout)
    buffer = io.StringIO()
    FORMATS[fmt][0](outcomes, buffer)
    emit(buffer.getvalue(), output)
    raise SystemExit(exit_status(any(o.error for o in outcomes)))


@sources.command("verify")
@click.option("--fetch", "fetch_first", is_flag=True,
              help="Fetch the pages first (else the stored snapshots are used, offline).")
@common_options
@errors_handled(json_errors=True, json_version=sources_json.JSON_VERSION)
def verify_command(fetch_first: bool, store_path: tuple[str, ...], fmt: str, output: str | None,
                   allow_private: bool, timeout: float | None) -> None:
    """Check every source: reachable, redirected, its excerpt still on the page, snapshot age.

    Works offline from the snapshots of ``factcheck sources fetch`` (or pass --fetch). Exit
    status: 0 when every source passed, 1 when a source is gone (4xx/5xx/unreachable), was
    never fetched, or its excerpt is missing; a fuzzy match is a warning.

    Example:

        factcheck sources verify --fetch

        factcheck sources verify --format markdown -o sources.md
    """
    items, db = open_sources(store_path, write=fetch_first)
    if fetch_first:
        fetch_all(items, db, allow_private, timeout)
    checks = verify_sources(items, db)
    buffer = io.StringIO()
    FORMATS[fmt][1](checks, buffer)
    emit(buffer.getvalue(), output)
    raise SystemExit(exit_status(verification_failed(checks)))
