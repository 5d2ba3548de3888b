"""The ``ci`` command: check many articles the way a linter checks code.

Owns: the options of ``factcheck ci``, putting the policy together (configuration file, then
command-line options on top), choosing the articles (paths or ``--changed-since``), the
baseline file (read, ``--update-baseline`` written atomically), picking the format, writing
``-o``/``--sarif`` files atomically and the GitHub step summary. Must not: judge claims or
format findings itself; the exit status comes from ``findings.exit_code``.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click

from ..ci.batch import check_files
from ..ci.config import load_policy, parse_statuses
from ..ci.discover import changed_since, discover, select
from ..ci.findings import ArticleResult, CiResult, FileError, exit_code
from ..ci.suppress import apply_baseline, baseline_text, load_baseline, updated_baseline
from ..errors import UsageError
from ..reporters import ci_json, ci_markdown, github, lint, sarif
from .common import CONTEXT_SETTINGS, errors_handled, parse_date, store_option, write_atomically

CI_FORMATS = ("lint", "github", "sarif", "markdown", "json")
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
              help="Comma list of statuses shown as warnings. "
                   "[default: imprecise,outdated,unverified]")
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
@click.option("--min-worthiness", type=click.FloatRange(0, 1), default=None, metavar="SCORE",
              help="Leave out claims whose check-worthiness (0-1) is below SCORE. "
                   "[default: 0]")
@errors_handled(json_errors=True)
def ci(paths: tuple[str, ...], ref: str | None, fmt: str, output: str | None,
       sarif_path: str | None, config_path: str | None, store_path: str | None,
       fail_on: str | None, warn_on: str | None, include: tuple[str, ...],
       exclude: tuple[str, ...], baseline_path: str | None, update_baseline: bool,
       workers: int | None, date_text: str | None, min_worthiness: float | None) -> None:
    """Check many articles (files and folders) and report findings like a linter.

    Prints one line per finding, `path:line:col: status: claim (explanation)`, and a
    summary. Exit status: 0 clean, 1 a finding fails the policy (after ignore comments and
    the baseline), 2 a usage, configuration or input error (any article that cannot be
    read, after checking the others).

    Example:

        factcheck ci articles/

        factcheck ci --changed-since origin/main --format github
    """
    policy = load_policy(config_path).with_options(
        fail_on=parse_statuses(fail_on, "--fail-on") if fail_on is not None else None,
        warn_on=parse_statuses(warn_on, "--warn-on") if warn_on is not None else None,
        include=include or None, exclude=exclude, store=store_path,
        date=parse_date(date_text), workers=workers, min_worthiness=min_worthiness)
    if ref is not None:
        selection = select(changed_since(ref), include=policy.include,
                           exclude=policy.exclude, root=policy.root, within=paths)
    else:
        selection = discover(paths or (".",), include=policy.include, exclude=policy.exclude,
                             root=policy.root)
    missing = [ArticleResult(p, error=FileError(p, "no such file or folder"))
               for p in selection.missing]
    articles = missing + list(check_files(selection.files, policy))

    baseline_file = Path(baseline_path or policy.baseline)
    if baseline_path and not baseline_file.exists() and not update_baseline:
        raise UsageError(f"{baseline_path}: no such baseline file (create it with "
                         "--update-baseline)")
    baseline = load_baseline(baseline_file)
    if update_baseline:
        baseline = updated_baseline(baseline, articles)
        write_atomically(str(baseline_file), baseline_text(baseline))
        click.echo(f"factcheck: {baseline_file}: {len(baseline.entries)} findings recorded in "
                   "the baseline", err=True)
    marked, stale = apply_baseline(articles, baseline)
    result = CiResult(marked, policy.fail_on, policy.warn_on, stale)
    code = exit_code(result)

    summary_file = os.environ.get(STEP_SUMMARY_ENV) if fmt == "github" else None
    renderers: dict[str, Callable[[CiResult, TextIO], None]] = {
        "lint": lint.render,
        "github": functools.partial(github.render, step_summary=bool(summary_file)),
        "sarif": functools.partial(sarif.render, exit_code=code),
        "markdown": ci_markdown.render,
        "json": ci_json.render,
    }
    buffer = io.StringIO()
    renderers[fmt](result, buffer)
    if output:
        write_atomically(output, buffer.getvalue())
        click.echo(lint.summary_line(result), err=True)
    else:
        click.echo(buffer.getvalue(), nl=False)
    if sarif_path:
        log = io.StringIO()
        sarif.render(result, log, exit_code=code)
        write_atomically(sarif_path, log.getvalue())
    if summary_file:
        _append_step_summary(summary_file, result)
    sys.exit(code)


def _append_step_summary(path: str, result: CiResult) -> None:
    """GitHub collects the step summary by appending; several steps share one file."""
    text = io.StringIO()
    ci_markdown.render(result, text)
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(text.getvalue())
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the step summary: {exc.strerror}") from None
