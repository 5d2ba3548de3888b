"""The curation commands of ``factcheck store``: validate, stats, search, inspect and add.

Owns: their options, how they print (one problem a line as ``file:line: field: message``;
tables for people, ``--format json`` for programs) and their exit statuses (``validate``: 1
when any problem is found). Must not: read or write fact files itself (``store/folder.py``,
``store/facts.py`` and ``store/draft.py`` do) or judge claims.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import FactFileError, UsageError
from .common import errors_handled, store_option

if TYPE_CHECKING:
    from ..model import Fact
    from ..store.stats import StoreStats

OUTPUTS = ("terminal", "json")

__all__ = ["CURATION_COMMANDS", "problem_line"]


def problem_line(error: FactFileError) -> str:
    """``file:line: field: message``, leaving out what the problem has no place for."""
    where = f"{error.path}:{error.line}" if error.line else error.path
    field = f"{error.field}: " if error.field else ""
    return f"{where}: {field}{error.reason}"


@click.command("validate")
@click.argument("folder", required=False)
@errors_handled()
def store_validate(folder: str | None) -> None:
    """Validate fact files without building: every problem, one a line, as
    file:line: field: message.

    Exit status: 0 when every file is valid, 1 when any problem is found, 2 when the folder
    cannot be read. (check and store build stop at the first problem: run this to see them
    all.) A draft written by store add is reported here until its TODO fields are filled.

    Example:

    \b
        factcheck store validate claims/
    """
    from ..store.folder import validate_facts
    from ..store.store import bundled_facts_dir

    facts, problems = validate_facts(Path(folder) if folder else bundled_facts_dir())
    # by file and line, as an editor walks them (references across files come last otherwise)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    for problem in problems:
        click.echo(problem_line(problem))
    if problems:
        files = len({p.path for p in problems})
        click.echo(f"{len(problems)} problem{'s' * (len(problems) != 1)} in {files} "
                   f"file{'s' * (files != 1)}")
        raise SystemExit(1)
    click.echo(f"ok: {len(facts.facts)} facts, {len(facts.entities)} entities, "
               f"{len(facts.reviewed)} reviewed claims")


def _where(fact: Fact) -> str:
    return f"{fact.path}:{fact.line}" if fact.path and fact.line else fact.path or "-"


def _format_option(command: Any) -> Any:
    return click.option("--format", "fmt", type=click.Choice(OUTPUTS), default="terminal",
                        show_default=True, help="Output format.")(command)


@click.command("stats")
@click.option("--oldest", type=click.IntRange(0), default=5, show_default=True,
              metavar="N", help="How many of the oldest facts to list.")
@_format_option
@store_option
@errors_handled(json_errors=True)
def store_stats(oldest: int, fmt: str, store_path: str | None) -> None:
    """Count what the store holds: facts per entity, per measure and per most reliable
    source, the oldest facts (by as_of, else date, else published), and the number of
    entities, facts and reviewed claims.

    Example:

    \b
        factcheck store stats
        factcheck store stats --store claims/ --format json --oldest 10
    """
    from ..store.stats import store_stats as count
    from ..store.store import open_store

    store = open_store(store_path)
    stats = count(store.entities.entities.values(), store.facts(),
                  store.counts()["reviewed"], oldest=oldest)
    if fmt == "json":
        click.echo(json.dumps(_stats_json(store.label, stats), indent=2, ensure_ascii=False))
        return
    click.echo(_stats_text(store.label, stats), nl=False)


def _stats_json(label: str, stats: StoreStats) -> dict[str, Any]:
    return {
        "store": label, "entities": stats.entities, "facts": stats.facts,
        "reviewed": stats.reviewed,
        "per_entity": [{"entity": e, "name": n, "facts": c} for e, n, c in stats.per_entity],
        "per_measure": [{"measure": m, "facts": c} for m, c in stats.per_measure],
        "per_reliability": [{"reliability": r, "facts": c}
                            for r, c in stats.per_reliability],
        "oldest": [{"fact": f.id, "date": d.isoformat(), "path": f.path, "line": f.line,
                    "statement": f.statement} for f, d in stats.oldest]}


def _stats_text(label: str, stats: StoreStats) -> str:
    lines = [f"store: {label}",
             f"{stats.facts} facts, {stats.entities} entities, {stats.reviewed} reviewed claims"]

    def table(title: str, rows: list[tuple[str, int]]) -> None:
        lines.extend(["", title])
        width = max((len(str(c)) for _, c in rows), default=1)
        lines.extend(f"  {c:>{width}}  {name}" for name, c in rows)

    table("facts per entity", [(f"{e} ({n})" if n != e else e, c)
                               for e, n, c in stats.per_entity])
    table("facts per measure", list(stats.per_measure))
    table("facts by their most reliable source", list(stats.per_reliability))
    lines.extend(["", "oldest facts"])
    lines.extend(f"  {d.isoformat()}  {f.id}  {_where(f)}" for f, d in stats.oldest)
    return "\n".join(lines) + "\n"


@click.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, metavar="N",
              help="At most N facts, best match first.")
@_format_option
@store_option
@errors_handled(json_errors=True)
def store_search(query: str, limit: int, fmt: str, store_path: str | None) -> None:
    """Find the facts whose statement, measure, cues or entity names match QUERY (the
    store's full-text index: any of the words, word endings ignored, best match first).

    Example:

    \b
        factcheck store search "assets under management"
        factcheck store search launch --store claims/ --format json
    """
    from ..store.store import open_store

    found = open_store(store_path).search(query, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([{"fact": f.id, "path": f.path, "line": f.line,
                                "statement": f.statement} for f in found],
                              indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no fact matches '{query}'", err=True)
    for fact in found:
        click.echo(f"{fact.id}  {_where(fact)}  {fact.statement}")


@click.command("inspect")
@click.argument("ident", metavar="ID")
@store_option
@errors_handled()
def store_inspect(ident: str, store_path: str | None) -> None:
    """Show one fact (as its fact file writes it) or one entity (with the facts about it)
    in full.

    Example:

    \b
        factcheck store inspect blackrock-aum-2024
        factcheck store inspect nvidia --store claims/
    """
    import difflib

    from ..store.facts import dump_facts
    from ..store.store import open_store

    store = open_store(store_path)
    fact = store.fact(ident)
    if fact is not None:
        click.echo(f"fact {fact.id}  {_where(fact)}")
        click.echo(dump_facts([fact]), nl=False)
        return
    entity = store.entities.entities.get(ident)
    if entity is None:
        known = [*store.entities.entities, *(f.id for f in store.facts())]
        close = difflib.get_close_matches(ident, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise UsageError(f"no fact or entity '{ident}' in {store.label}{hint}")
    about = [f.id for f in store.facts_about([entity.id])]
    rows = [("entity", entity.id), ("name", entity.name), ("kind", entity.kind),
            ("aliases", ", ".join(entity.aliases)),
            ("descriptors", ", ".join(entity.descriptors)),
            ("affiliation", entity.affiliation or ""),
            (f"facts ({len(about)})", ", ".join(about))]
    for name, value in rows:
        if value:
            click.echo(f"{name}: {value}")


CURATION_COMMANDS = (store_validate, store_stats, store_search, store_inspect)
