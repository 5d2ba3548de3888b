"""The ``ci`` command: check many articles the way a linter checks code.

Owns: the options of ``factcheck ci``, putting the policy together (configuration file, then
command-line options on top), choosing the articles (paths or ``--changed-since``), the
baseline file (read, ``--update-baseline`` written atomically), picking the format, printing
each article's lint lines as soon as it is done (with a progress line on a terminal),
writing ``-o``/``--sarif`` files atomically and the GitHub step summary. Must not: judge claims or
format findings itself; the exit status comes from ``findings.exit_code``.
"""

from __future__ import annotations

import functools
import io
import itertools
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

import click

from ..ci.batch import iter_check_files
from ..ci.config import LEVELS, load_policy, parse_selectors, parse_statuses
from ..ci.discover import changed_since, discover, select
from ..ci.findings import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    ArticleResult,
    CiResult,
    FileError,
    Skipped,
    Suppressed,
    exit_code,
)
from ..ci.suppress import (
    apply_baseline,
    baseline_text,
    load_baseline,
    mark_baseline,
    stale_entries,
    updated_baseline,
)
from ..errors import UsageError
from ..reporters import ci_html, ci_json, ci_markdown, github, lint, sarif
from .common import (
    CONTEXT_SETTINGS,
    atomic_file,
    color_options,
    echoed,
    emit_colored,
    errors_handled,
    parse_date,
    store_option,
    wants_color,
    write_atomically,
)
from .derived import checking
from .progress import Progress

CI_FORMATS = ("lint", "github", "sarif", "markdown", "json", "html")
CLAIM_FORMATS = ("json", "html")  # the formats that show every claim of every article
STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY"


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, metavar="[PATHS]...")
@click.option("--changed-since", "ref", metavar="REF",
              help="Only articles changed since this git ref (e.g. origin/main); PATHS, if "
                   "given, narrow them.")
@click.option("--format", "fmt", type=click.Choice(CI_FORMATS), default="lint",
              show_default=True, help="Output format.")
@click.option("-o", "--output", metavar="FILE", help="Write the output to FILE.")
@click.option("--sarif", "sarif_path", metavar="FILE",
              help="Also write a SARIF log to FILE (whatever --format is).")
@click.option("--config", "config_path", metavar="PATH",
              help="Configuration file. Default: the nearest factcheck.toml or "
                   "pyproject.toml with [tool.factcheck], from here up.")
@store_option
@click.option("--fail-on", metavar="STATUSES",
              help="Comma list of statuses that fail the run. [default: contradicted]")
@click.option("--warn-on", metavar="STATUSES",
              help="Comma list of statuses shown as warnings. [default: imprecise,outdated]")
@click.option("--min-level", type=click.Choice(LEVELS),
              help="Leave out findings below this level (note: also unverified claims). "
                   "[default: warning]")
@click.option("--select", "select_words", metavar="CODES",
              help="Comma list of statuses and rule codes to report (NUM, TMP, contradicted); "
                   "replaces the configured list.")
@click.option("--ignore", "ignore_words", metavar="CODES",
              help="Comma list of statuses and rule codes never to report.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Which files in a folder are articles (repeatable; replaces the "
                   "configured list).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Files or folders to leave out (repeatable; adds to the configured list).")
@click.option("--baseline", "baseline_path", metavar="PATH",
              help="Baseline of accepted findings. Default: .factcheck-baseline.json if it "
                   "exists.")
@click.option("--update-baseline", is_flag=True,
              help="Record today's findings in the baseline, so only new ones fail.")
@click.option("--workers", type=click.IntRange(min=0), default=None, metavar="N",
              help="Check articles in N processes (0: one per CPU). [default: 1]")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="The date of articles that give none of their own.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print the problems only: no summary line, no progress.")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when a finding fails the policy (2 still for errors).")
@click.option("--statistics", is_flag=True,
              help="Print how many findings of each status and rule code, not the findings "
                   "(lint format).")
@color_options
@click.option("--min-worthiness", type=click.FloatRange(0, 1), default=None, metavar="SCORE",
              help="Leave out claims whose check-worthiness (0-1) is below SCORE. "
                   "[default: 0]")
@errors_handled(json_errors=True, json_version=ci_json.CI_JSON_VERSION)
def ci(paths: tuple[str, ...], ref: str | None, fmt: str, output: str | None,
       sarif_path: str | None, config_path: str | None, store_path: tuple[str, ...],
       fail_on: str | None, warn_on: str | None, min_level: str | None,
       select_words: str | None, ignore_words: str | None, include: tuple[str, ...],
       exclude: tuple[str, ...], baseline_path: str | None, update_baseline: bool,
       workers: int | None, date_text: str | None, quiet: bool, exit_zero: bool,
       statistics: bool, color: str, no_color: bool, min_worthiness: float | None) -> None:
    """Check many articles (files and folders) and report findings like a linter.

    Prints one line per finding, `path:line:col: status: claim (explanation) [CODE]`, as
    soon as its article is checked, and a summary. Exit status: 0 clean, 1 a finding fails
    the policy (after ignore comments and the baseline), 2 a usage, configuration or input
    error (any article that cannot be read, after checking the others).

    Example:

        factcheck ci articles/

        factcheck ci --changed-since origin/main --format github

        factcheck ci articles/ --format html -o factcheck.html
    """
    if statistics and fmt != "lint":
        raise UsageError("--statistics goes with --format lint")
    policy = load_policy(config_path).with_options(
        fail_on=parse_statuses(fail_on, "--fail-on") if fail_on is not None else None,
        warn_on=parse_statuses(warn_on, "--warn-on") if warn_on is not None else None,
        include=include or None, exclude=exclude, stores=store_path,
        date=parse_date(date_text), workers=workers, min_level=min_level,
        select=parse_selectors(select_words, "--select") if select_words else None,
        ignore=parse_selectors(ignore_words, "--ignore") if ignore_words else (),
        min_worthiness=min_worthiness)
    if ref is not None:
        selection = select(changed_since(ref), include=policy.include,
                           exclude=policy.exclude, root=policy.root, within=paths)
    else:
        selection = discover(paths or (".",), include=policy.include, exclude=policy.exclude,
                             root=policy.root, ignore_files=policy.respect_gitignore)
    baseline_file = Path(baseline_path or policy.baseline)
    if baseline_path and not baseline_file.exists() and not update_baseline:
        raise UsageError(f"{baseline_path}: no such baseline file (create it with "
                         "--update-baseline)")
    baseline = load_baseline(baseline_file)
    use_color = wants_color(color, no_color, sys.stdout) and not output
    # lint lines go out article by article; other formats are one document, written at the end
    streaming = fmt == "lint" and not output and not statistics and not update_baseline
    missing = [ArticleResult(p, error=FileError(p, "no such file or folder"))
               for p in selection.missing]
    missing += [ArticleResult(p, error=FileError(p, why)) for p, why in selection.refused]
    checking()  # what an earlier run read from the store's facts
    progress = Progress(len(selection.files), sys.stderr, enabled=not quiet)
    progress.show(0, force=True)
    articles: list[ArticleResult] = []
    used: set[tuple[str, str, str]] = set()
    for article in itertools.chain(missing, iter_check_files(selection.files, policy)):
        marked, keys = mark_baseline(article, baseline)
        used |= keys
        if fmt not in CLAIM_FORMATS:
            marked = marked.without_claims()  # memory stays flat over any number of articles
        articles.append(marked)
        lines = lint.article_lines(marked, use_color) if streaming else []
        if lines:
            progress.clear()
            emit_colored("".join(line + "\n" for line in lines), use_color)
        progress.show(len(articles) - len(missing))
    progress.clear()

    if update_baseline:
        baseline = updated_baseline(baseline, articles)
        write_atomically(str(baseline_file), baseline_text(baseline))
        click.echo(f"factcheck: {baseline_file}: {len(baseline.entries)} findings recorded in "
                   "the baseline", err=True)
        marked_all, stale = apply_baseline([_unmarked(a) for a in articles], baseline)
    else:
        marked_all, stale = tuple(articles), stale_entries(baseline, articles, used)
    result = CiResult(marked_all, policy.fail_on, policy.warn_on, stale, policy.note_on,
                      tuple(Skipped(p, why) for p, why in selection.skipped))
    code = exit_code(result)
    if exit_zero and code == EXIT_FINDINGS:
        code = EXIT_CLEAN

    summary_file = os.environ.get(STEP_SUMMARY_ENV) if fmt == "github" else None
    renderers: dict[str, Callable[[CiResult, TextIO], None]] = {
        "lint": functools.partial(lint.render, color=use_color, quiet=quiet,
                                  statistics=statistics),
        "github": functools.partial(github.render, step_summary=bool(summary_file)),
        "sarif": functools.partial(sarif.render, exit_code=code),
        "markdown": ci_markdown.render,
        "json": ci_json.render,
        "html": ci_html.render,
    }
    # Written as it is rendered, never held whole (thousands of articles), to a file only
    # once it is whole.
    with atomic_file(output) if output else echoed(use_color) as out:
        if streaming:
            out.write("".join(line + "\n" for line in lint.skipped_lines(result)))
            if not quiet:
                out.write(lint.summary_line(result) + "\n")
        else:
            renderers[fmt](result, out)
    if output and not quiet:
        click.echo(lint.summary_line(result), err=True)
    if sarif_path:
        with atomic_file(sarif_path) as log:
            sarif.render(result, log, exit_code=code)
    if summary_file:
        _append_step_summary(summary_file, result)
    sys.exit(code)


def _unmarked(article: ArticleResult) -> ArticleResult:
    """The article with its baseline marks taken off, to mark again with a new baseline."""
    return replace(article, findings=tuple(
        replace(f, suppressed=None, reason=None) if f.suppressed is Suppressed.BASELINE else f
        for f in article.findings))


def _append_step_summary(path: str, result: CiResult) -> None:
    """GitHub collects the step summary by appending; several steps share one file."""
    text = io.StringIO()
    ci_markdown.render(result, text)
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(text.getvalue())
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the step summary: {exc.strerror}") from None
