"""The curation commands of ``factcheck store``: validate, stats, search, inspect, add and
measures.

Owns: their options, how they print (one problem a line as ``file:line: field: message``;
tables for people, ``--format json`` for programs) and their exit statuses (``validate``: 1
when any problem is found). Must not: read or write fact files itself (``store/folder.py``,
``store/facts.py`` and ``store/draft.py`` do) or judge claims.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import FactFileError, UsageError
from .common import errors_handled, open_chosen_store, parse_date, store_option

if TYPE_CHECKING:
    from ..model import Claim, Fact
    from ..store.draft import Draft
    from ..store.stats import StoreStats

OUTPUTS = ("terminal", "json")

__all__ = ["CURATION_COMMANDS", "problem_line"]


def problem_line(error: FactFileError) -> str:
    """``file:line: field: message``, leaving out what the problem has no place for."""
    where = f"{error.path}:{error.line}" if error.line else error.path
    field = f"{error.field}: " if error.field else ""
    return f"{where}: {field}{error.reason}"


@click.command("validate")
@click.argument("folders", nargs=-1, metavar="[FOLDER]...")
@errors_handled()
def store_validate(folders: tuple[str, ...]) -> None:
    """Validate fact files without building: every problem, one a line, as
    file:line: field: message.

    Several folders are validated as one merged store (an id in two of them is an error).
    Default: the stores check uses here. Exit status: 0 when every file is valid, 1 when any
    problem is found, 2 when a folder cannot be read. (check and store build stop at the
    first problem: run this to see them all.) A draft written by store add is reported here
    until its TODO fields are filled.

    Example:

    \b
        factcheck store validate claims/
    """
    from ..ci.stores import find_stores
    from ..store.folder import validate_facts

    chosen = tuple(Path(f) for f in folders) or find_stores(()).folders()
    if not chosen:
        raise UsageError("the store check uses here is a built .db: give a FOLDER")
    facts, problems = validate_facts(chosen)
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
def store_stats(oldest: int, fmt: str, store_path: tuple[str, ...]) -> None:
    """Count what the store holds: facts per entity, per measure and per most reliable
    source, the oldest facts (by as_of, else date, else published), and the number of
    entities, facts and reviewed claims.

    Example:

    \b
        factcheck store stats
        factcheck store stats --store claims/ --format json --oldest 10
    """
    from ..store.stats import store_stats as count

    store = open_chosen_store(store_path)
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
def store_search(query: str, limit: int, fmt: str, store_path: tuple[str, ...]) -> None:
    """Find the facts whose statement, measure, cues or entity names match QUERY (the
    store's full-text index: any of the words, word endings ignored, best match first).

    Example:

    \b
        factcheck store search "assets under management"
        factcheck store search launch --store claims/ --format json
    """

    found = open_chosen_store(store_path).search(query, limit=limit)
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
def store_inspect(ident: str, store_path: tuple[str, ...]) -> None:
    """Show one fact (as its fact file writes it) or one entity (with the facts about it)
    in full.

    Example:

    \b
        factcheck store inspect blackrock-aum-2024
        factcheck store inspect nvidia --store claims/
    """
    import difflib

    from ..store.facts import dump_facts

    store = open_chosen_store(store_path)
    fact = store.fact(ident)
    if fact is not None:
        click.echo(f"fact {fact.id}  {_where(fact)}")
        click.echo(dump_facts([fact]), nl=False)
        if fact.measure_words:
            click.echo(f"  # its measure's words, from the vocabulary: "
                       f"{', '.join(fact.measure_words)}")
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
            ("affiliation", ", ".join(entity.affiliations)),
            (f"facts ({len(about)})", ", ".join(about))]
    for name, value in rows:
        if value:
            click.echo(f"{name}: {value}")


@click.command("add")
@click.option("--facts", "facts_dir", metavar="DIR",
              help="The folder of fact files to add to. Default: the project's first store "
                   "(configured, or its claims/ folder); never the bundled store, whose "
                   "installed copy is not the place for a draft.")
@click.option("--subject", metavar="ENTITY", help="The entity id the fact is about; the "
              "draft goes into the file that defines it.")
@click.option("--measure", metavar="TEXT", help="What the fact measures or records.")
@click.option("--kind", type=click.Choice(["quantity", "event", "relation", "quote"]),
              help="Default: quantity with --value, event with --date, else relation.")
@click.option("--value", metavar="FIGURE", help='As an article writes it: "$6.6 billion".')
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="When an event happened.")
@click.option("--as-of", "as_of_text", metavar="YYYY-MM-DD",
              help="The date a value holds for.")
@click.option("--period", type=click.IntRange(1800, 2200), metavar="YEAR",
              help="The year a figure covers.")
@click.option("--statement", metavar="TEXT", help="The fact in your own words.")
@click.option("--object", "object_id", metavar="ENTITY", help="A second entity id.")
@click.option("--cue", "cues", multiple=True, metavar="WORDS",
              help="Words an article uses for it (repeatable). Default: the measure.")
@click.option("--id", "fact_id", metavar="ID", help="Default: subject-measure-year.")
@click.option("--source-url", metavar="URL")
@click.option("--source-title", metavar="TEXT")
@click.option("--source-publisher", metavar="TEXT")
@click.option("--source-date", metavar="YYYY-MM-DD")
@click.option("--source-reliability", type=click.Choice(["primary", "news", "secondary"]))
@click.option("--from-report", "report", metavar="FILE",
              help="A JSON report (check --format json) to take the claim from.")
@click.option("--claim", "claim_id", metavar="ID", help="The claim's id in --from-report.")
@errors_handled()
def store_add(facts_dir: str | None, subject: str | None, measure: str | None,
              kind: str | None, value: str | None, date_text: str | None,
              as_of_text: str | None, period: int | None, statement: str | None,
              object_id: str | None, cues: tuple[str, ...], fact_id: str | None,
              source_url: str | None, source_title: str | None,
              source_publisher: str | None, source_date: str | None,
              source_reliability: str | None, report: str | None,
              claim_id: str | None) -> None:
    """Add a draft fact to the file that defines its subject, from options or from a claim
    of a JSON report (the entity, figure and date the reader found in it).

    The draft is appended as text to the file's facts: list (nothing else in the file
    moves, comments stay), then the folder is validated again and the file put back if the
    draft brought any problem. Fields left to fill (the source, the statement) are written
    as TODO: store validate, check and store build report them until they are filled.

    Example:

    \b
        factcheck store add --facts claims/ --subject webb --measure launched \\
            --date 2021-12-25 --statement "Webb was launched on 25 December 2021."
        factcheck store add --facts claims/ --from-report report.json --claim c75349ffd1c
    """
    from dataclasses import replace

    from ..store.draft import Draft, add_fact

    folder = Path(facts_dir) if facts_dir else _project_store()
    if report:
        if not claim_id:
            raise UsageError("--from-report needs --claim ID")
        draft = _draft_from_report(Path(report), claim_id, folder)
    elif subject:
        draft = Draft(subject=subject)
    else:
        raise UsageError("give --subject, or --from-report with --claim")
    given: dict[str, Any] = {"subject": subject, "measure": measure, "kind": kind, "value": value,
             "date": parse_date(date_text, "--date"), "as_of": parse_date(as_of_text, "--as-of"),
             "period": period, "statement": statement, "object": object_id,
             "cues": cues or None, "id": fact_id, "source_url": source_url,
             "source_title": source_title, "source_publisher": source_publisher,
             "source_date": parse_date(source_date, "--source-date"),
             "source_reliability": source_reliability}
    draft = replace(draft, **{k: v for k, v in given.items() if v is not None})
    added = add_fact(folder, draft)
    click.echo(f"{added.path}:{added.line}: added the draft fact '{added.id}'")
    for problem in added.todo:
        click.echo(problem_line(problem))
    if added.todo:
        click.echo("fill these in, then run: factcheck store validate")


def _draft_from_report(report: Path, claim_id: str, folder: Path) -> Draft:
    """A draft from what the reader finds in a report's claim: its subject, its first
    figure and its date (read again from the claim's standalone text, with the entities of
    ``folder``, drafts and all)."""
    import difflib

    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        claims = {c["id"]: c for c in data["claims"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{report}: not a JSON report of factcheck check ({exc})") from None
    claim = claims.get(claim_id)
    if claim is None:
        close = difflib.get_close_matches(claim_id, sorted(claims), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise UsageError(f"{report}: no claim '{claim_id}'{hint}")
    text = claim.get("standalone") or claim["text"]
    article_date = (data.get("article") or {}).get("date")
    read = _read_claim(text, folder, parse_date(article_date, "the report's date"))
    if read is None or read.subject is None:
        raise UsageError(f"{report}: claim '{claim_id}' names no entity of {folder}; "
                         "add the entity, or give --subject")
    return _draft_of(read, f"from {report.name}, claim {claim_id}: {text}")


def _read_claim(text: str, folder: Path, article_date: dt.date | None) -> Claim | None:
    from ..language.entities import EntityIndex
    from ..language.extract import extract_claims
    from ..model import Block, Document, Span
    from ..store.folder import validate_facts

    facts, _ = validate_facts(folder)  # drafts with to-do fields still name their entities
    document = Document(source="<claim>", original=text, text=text,
                        blocks=(Block(Span(0, len(text)), "prose"),), date=article_date)
    claims = extract_claims(document, EntityIndex(facts.entities))
    return next((c for c in claims if c.subject), claims[0] if claims else None)


def _draft_of(claim: Claim, note: str) -> Draft:
    from ..model import Kind
    from ..store.draft import Draft

    value = next((q.text for q in claim.quantities if q.kind not in (Kind.DATE, Kind.YEAR)),
                 None)
    day = next((dt.date.fromordinal(int(q.value)) for q in claim.dates), None)
    year = claim.years[0] if claim.years else None
    if value is not None:
        return Draft(subject=claim.subject or "", value=value, as_of=day,
                     period=year if day is None else None, note=note)
    if day is None and year is not None:  # an event needs a date: the year's first day
        day = dt.date(year, 1, 1)
        note += f" (only the year {year} was read: check the day)"
    return Draft(subject=claim.subject or "", date=day, note=note)


def _project_store() -> Path:
    """The folder ``store add`` writes to when no --facts is given: the first of the stores
    check uses here, unless that is only the bundled store."""
    from ..ci.stores import find_stores

    choice = find_stores(())
    folders = [Path(p) for p in choice.locations if Path(p).is_dir()]
    if not folders:
        raise UsageError("no project store here (check uses the bundled store): give "
                         "--facts DIR, or create a claims/ folder at the project root")
    return folders[0]


@click.command("measures")
@click.argument("folders", nargs=-1, metavar="[FOLDER]...")
@click.option("--search", "query", metavar="WORD",
              help="Only the measures whose name, aliases or words hold WORD.")
@_format_option
@errors_handled(json_errors=True)
def store_measures(folders: tuple[str, ...], query: str | None, fmt: str) -> None:
    """List the measure vocabulary a store's facts are read with: the base vocabulary and
    the measures.yaml of each folder. A fact that names one of these measures (or ends with
    one: "primary mirror diameter") needs no cues.

    Each line gives the measure, its dimension, "several values" when another value does
    not contradict, "one holder" for a role held by one at a time, then its aliases and the
    words articles use for it. Default: the folders of the stores check uses here.

    Example:

    \b
        factcheck store measures --search revenue
        factcheck store measures claims/ --format json
    """
    from ..ci.stores import find_stores
    from ..store.vocabulary import vocabulary_of

    chosen = tuple(Path(f) for f in folders) or find_stores(()).folders()
    word = (query or "").lower()
    measures = [m for m in vocabulary_of(chosen) if word in " | ".join(
        (m.name, *m.aliases, *m.words)).lower()]
    if fmt == "json":
        click.echo(json.dumps([{"name": m.name, "aliases": list(m.aliases),
                                "dimension": m.dimension or None, "words": list(m.words),
                                "single_value": m.single_value,
                                "single_holder": m.single_holder, "defined_in": m.path}
                               for m in measures], indent=2, ensure_ascii=False))
        return
    for m in measures:
        flags = [f for f, on in (("several values", not m.single_value),
                                 ("one holder", m.single_holder)) if on]
        head = ", ".join([m.dimension or "any figure", *flags])
        aliases = f" (also: {', '.join(m.aliases)})" if m.aliases else ""
        click.echo(f"{m.name}{aliases} [{head}]\n  words: {', '.join(m.words)}")
    click.echo(f"{len(measures)} measure{'s' * (len(measures) != 1)}")


CURATION_COMMANDS = (store_validate, store_stats, store_search, store_inspect, store_add,
                     store_measures)
