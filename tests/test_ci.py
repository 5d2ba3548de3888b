"""``factcheck ci`` end to end, in a real temporary git repository with the Acme store.

Each test gets a repository with a pyproject.toml whose [tool.factcheck] table points at a
copy of the Acme fact files, two committed articles on ``main`` and a ``feature`` branch.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

import click
import pytest
from click.testing import CliRunner

from factcheck.ci.findings import ArticleResult
from factcheck.cli.ci import CI_FORMATS, CLAIM_FORMATS, ci
from tests.test_sarif import validate

FACTS = Path(__file__).parent / "fixtures" / "facts"
PROJECT = Path(__file__).parent.parent
DATED = "---\ntitle: {title}\ndate: 2025-03-01\n---\n\n"
CLEAN = DATED.format(title="Assets") + "Acme has over $2 trillion in assets under management.\n"
FALSE = (DATED.format(title="Founding") + "Acme has over $2 trillion in assets under "
         "management.\n\nJane Doe co-founded Acme in 2012.\n")
FALSE_LINE = ("articles/false.md:8:1: contradicted: Jane Doe co-founded Acme in 2012 (article: "
              "2012; store: founding of Acme on 2010-05-04; the date differs; "
              "evidence: acme-founded) [TMP]")
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, check=True,
                   capture_output=True)


def write(repo: Path, name: str, text: str) -> Path:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "newsroom"
    shutil.copytree(FACTS, root / "facts")
    write(root, "pyproject.toml", '[project]\nname = "newsroom"\n\n[tool.factcheck]\n'
                                  'store = "facts"\n')
    write(root, "articles/clean.md", CLEAN)
    write(root, "articles/false.md", FALSE)
    write(root, ".gitignore", "*.sarif\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Two articles")
    git(root, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return root


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(ci, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def configure(repo: Path, lines: str) -> None:
    with open(repo / "pyproject.toml", "a", encoding="utf-8") as out:
        out.write(lines)


# --- exit statuses and the lint format -----------------------------------------------------

def test_a_clean_article_exits_0_and_prints_one_summary_line(repo: Path) -> None:
    code, out, err = run("articles/clean.md")
    assert code == 0 and err == ""
    assert out == "factcheck: checked 1 article: no findings\n"


def test_a_contradicted_claim_exits_1_naming_file_line_column_and_fact(repo: Path) -> None:
    code, out, _ = run("articles")
    assert code == 1
    assert out.splitlines() == [FALSE_LINE,
                                "factcheck: checked 2 articles: 1 failing (1 contradicted)"]


def test_min_worthiness_leaves_claims_less_worth_checking_out_of_the_run(repo: Path) -> None:
    assert run("articles", "--min-worthiness", "1")[1].splitlines()[-1] == \
        "factcheck: checked 2 articles: no findings"
    configure(repo, "min-worthiness = 1\n")
    assert run("articles")[0] == 0
    assert run("articles", "--min-worthiness", "0")[0] == 1  # the option goes on top


def test_warnings_are_shown_but_do_not_fail(repo: Path) -> None:
    write(repo, "articles/near.md", DATED.format(title="Near") +
          "Acme has about $2.2 trillion in assets under management.\n")
    code, out, _ = run("articles/near.md")
    assert code == 0
    assert out.splitlines()[0].startswith("articles/near.md:6:1: imprecise: Acme has about")
    assert out.splitlines()[-1] == "factcheck: checked 1 article: 1 warning (1 imprecise)"


def test_html_and_text_articles_are_checked_too(repo: Path) -> None:
    write(repo, "articles/page.html", "<html><head><meta property='article:published_time' "
          "content='2025-03-01'></head><body><article><p>Acme reported revenue of $70 billion "
          "for 2024.</p></article></body></html>\n")
    write(repo, "articles/note.txt", "Jane Doe co-founded Acme in 2012.\n")
    code, out, _ = run("articles/page.html", "articles/note.txt")
    assert code == 1
    assert "articles/note.txt:1:1: contradicted: Jane Doe co-founded Acme in 2012" in out
    assert "articles/page.html:1:" in out and "revenue of $70 billion" in out


# --- --changed-since -----------------------------------------------------------------------

def test_changed_since_checks_only_what_changed(repo: Path) -> None:
    write(repo, "articles/clean.md", CLEAN + "\nAcme acquired Globex in 2019.\n")
    write(repo, "articles/new.md", CLEAN)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Edit and add")
    code, out, _ = run("--changed-since", "main")
    assert code == 0  # false.md did not change, so its contradiction is not ours
    assert out == "factcheck: checked 2 articles: no findings\n"
    assert run("articles")[0] == 1

    write(repo, "articles/false.md", FALSE + "\n")  # uncommitted edits count too
    code, out, _ = run("--changed-since", "main")
    assert code == 1 and FALSE_LINE in out
    assert "checked 3 articles" in out
    code, out, _ = run("--changed-since", "main", "articles/new.md")
    assert code == 0 and "checked 1 article:" in out


def test_changed_since_with_nothing_changed_is_clean(repo: Path) -> None:
    assert run("--changed-since", "main") == (0, "factcheck: checked 0 articles: no findings\n",
                                              "")


def test_changed_since_errors_exit_2(repo: Path, tmp_path_factory: pytest.TempPathFactory,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("--changed-since", "origin/main")
    assert code == 2 and out == ""
    assert err.strip() == ("factcheck: error: --changed-since: unknown git ref 'origin/main' "
                           "(in a shallow CI checkout, fetch the history: fetch-depth: 0)")
    plain = tmp_path_factory.mktemp("plain")
    monkeypatch.chdir(plain)
    code, _, err = run("--changed-since", "main")
    assert code == 2 and "not inside a git repository" in err


# --- suppression ---------------------------------------------------------------------------

def test_an_ignore_comment_accepts_the_next_claim_and_is_counted(repo: Path) -> None:
    write(repo, "articles/false.md", FALSE.replace(
        "Jane Doe", "<!-- factcheck: ignore as the founder tells it -->\nJane Doe"))
    code, out, _ = run("articles")
    assert code == 0
    assert out == ("factcheck: checked 2 articles: no findings, 1 suppressed (1 by comment)\n")
    data = json.loads(run("articles", "--format", "json")[1])
    (finding,) = data["findings"]
    assert (finding["suppressed"], finding["reason"]) == ("comment",
                                                          "as the founder tells it")
    assert data["summary"]["suppressed"] == {"comment": 1}


def test_an_ignore_comment_only_covers_the_next_claim(repo: Path) -> None:
    write(repo, "articles/false.md", FALSE.replace(
        "Acme has over", "<!-- factcheck: ignore -->\nAcme has over"))
    code, out, _ = run("articles/false.md")
    assert code == 1 and "contradicted: Jane Doe co-founded Acme in 2012" in out


def test_ignore_file_accepts_every_claim_of_the_file(repo: Path) -> None:
    write(repo, "articles/false.md", FALSE + "\nAcme bought Globex in 2015.\n\n"
          "<!-- factcheck: ignore-file legacy article, kept as published -->\n")
    code, out, _ = run("articles/false.md")
    assert code == 0 and "2 suppressed (2 by comment)" in out


def test_the_baseline_accepts_todays_findings_and_fails_new_ones(repo: Path) -> None:
    code, out, err = run("articles", "--update-baseline")
    assert code == 0 and "1 suppressed (1 by baseline)" in out
    assert "1 findings recorded in the baseline" in err
    data = json.loads((repo / ".factcheck-baseline.json").read_text())
    assert data == {"version": 1, "findings": [{
        "path": "articles/false.md", "claim": data["findings"][0]["claim"],
        "status": "contradicted", "text": "Jane Doe co-founded Acme in 2012"}]}

    assert run("articles") == (0, ("factcheck: checked 2 articles: no findings, 1 suppressed "
                                  "(1 by baseline)\n"), "")
    write(repo, "articles/false.md", "Acme reported revenue of $70 billion for 2024.\n\n"
          + FALSE)  # a new finding; the old one moves down two lines and stays accepted
    code, out, _ = run("articles")
    assert code == 1
    assert out.splitlines()[0].startswith("articles/false.md:1:1: contradicted: Acme reported")
    assert FALSE_LINE not in out and "1 suppressed (1 by baseline)" in out

    write(repo, "articles/false.md", FALSE.replace("in 2012", "in 2011"))
    code, out, _ = run("articles")  # new words, new claim: it fails again
    assert code == 1 and "Jane Doe co-founded Acme in 2011" in out
    assert "1 baseline entry no longer found" in out


def test_an_explicit_baseline_must_exist_unless_it_is_being_written(repo: Path) -> None:
    code, _, err = run("articles", "--baseline", "ci/accepted.json")
    assert code == 2 and "ci/accepted.json: no such baseline file" in err
    (repo / "ci").mkdir()
    assert run("articles", "--baseline", "ci/accepted.json", "--update-baseline")[0] == 0
    assert run("articles", "--baseline", "ci/accepted.json")[0] == 0


def test_updating_the_baseline_on_changed_files_keeps_the_others(repo: Path) -> None:
    run("articles", "--update-baseline")
    write(repo, "articles/new.md", "Acme bought Globex in 2015.\n")
    code, _, _ = run("--changed-since", "main", "--update-baseline")
    assert code == 0
    paths = [e["path"] for e in json.loads(
        (repo / ".factcheck-baseline.json").read_text())["findings"]]
    assert paths == ["articles/false.md", "articles/new.md"]


# --- the policy from pyproject.toml --------------------------------------------------------

def test_policy_from_pyproject(repo: Path) -> None:
    write(repo, "articles/near.md", DATED.format(title="Near") +
          "Acme has about $2.2 trillion in assets under management.\n")
    write(repo, "articles/undated.txt", "The upcoming RocketChip will launch soon.\n")
    write(repo, "articles/drafts/wip.md", "Acme bought Globex in 2015.\n")
    # Undated, "will launch" is a prediction no recorded event can confirm: unverified, a
    # note, left out below the default minimum level.
    assert run("articles")[1].splitlines()[-1] == (
        "factcheck: checked 5 articles: 2 failing (2 contradicted), 1 warning (1 imprecise)")
    assert run("articles", "--min-level", "note")[1].splitlines()[-1] == (
        "factcheck: checked 5 articles: 2 failing (2 contradicted), 1 warning (1 imprecise), "
        "1 note (1 unverified)")
    configure(repo, 'fail-on = ["contradicted", "imprecise"]\nwarn-on = ["outdated"]\n'
                    'exclude = ["drafts/"]\ndate = 2025-03-01\n')
    code, out, _ = run("articles")
    assert code == 1
    assert "articles/near.md:6:1: imprecise:" in out
    assert "articles/undated.txt:1:1: outdated: The upcoming RocketChip" in out  # the date
    assert "wip.md" not in out
    assert out.splitlines()[-1] == ("factcheck: checked 4 articles: 2 failing (1 contradicted, "
                                    "1 imprecise), 1 warning (1 outdated)")
    code, out, _ = run("articles", "--fail-on", "contradicted", "--warn-on", "")
    assert code == 1 and "imprecise" not in out and "outdated" not in out


def test_a_bad_configuration_exits_2_naming_the_key(repo: Path) -> None:
    configure(repo, 'fail_on = ["contradicted"]\n')
    code, out, err = run("articles")
    assert code == 2 and out == ""
    assert err == (f"factcheck: error: {repo / 'pyproject.toml'}:6: unknown key 'fail_on' in "
                   "[tool.factcheck] (did you mean 'fail-on'?)\n")


@pytest.mark.parametrize("args, message", [
    (["--fail-on", "wrong"], "unknown status 'wrong' in --fail-on"),
    (["--warn-on", "maybe"], "unknown status 'maybe' in --warn-on"),
    (["--date", "01/03/2025"], "--date expects YYYY-MM-DD"),
    (["--config", "missing.toml"], "missing.toml: no such configuration file"),
    (["--store", "nowhere.db"], "nowhere.db: no such store"),
    (["--workers", "-1"], "-1 is not in the range x>=0"),
    (["--format", "xml"], "'xml' is not one of"),
])
def test_usage_errors_exit_2_with_one_line(repo: Path, args: list[str], message: str) -> None:
    code, out, err = run("articles", *args)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


# --- bad articles --------------------------------------------------------------------------

def test_bad_files_are_reported_and_the_rest_still_checked(repo: Path) -> None:
    (repo / "articles/binary.md").write_bytes(b"\x00\x01\x02 not text")
    write(repo, "articles/broken.md", "---\ntitle: [unclosed\n---\n\nText.\n")
    (repo / "articles/unreadable.md").symlink_to(repo / "gone.md")
    locked = None
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway; the dangling link stands in
        locked = write(repo, "articles/locked.md", CLEAN)
        locked.chmod(0)
    try:
        code, out, _ = run("articles", "missing.md")
    finally:
        if locked:
            locked.chmod(0o644)
    lines = out.splitlines()
    assert code == 2
    assert "missing.md: error: no such file or folder" in lines
    assert "articles/binary.md: error: binary file, not an article (found NUL bytes)" in lines
    assert any(line.startswith("articles/broken.md:2: error: front matter:") for line in lines)
    assert "articles/unreadable.md: error: broken symbolic link" in lines
    if locked:
        assert "articles/locked.md: error: cannot read: Permission denied" in lines
    assert FALSE_LINE in lines  # the good articles were still checked
    errors = 5 if locked else 4
    assert lines[-1] == (f"factcheck: checked 2 articles: 1 failing (1 contradicted), "
                         f"{errors} files with errors")


# --- formats -------------------------------------------------------------------------------

def many_findings(repo: Path) -> None:
    false = [f"Acme bought Globex in {1990 + i}." for i in range(12)]
    warnings = [f"Acme opened {i + 2} new offices in Springfield last year." for i in range(11)]
    write(repo, "articles/many.md", DATED.format(title="Many") + "\n\n".join(false + warnings)
          + "\n")


def test_github_annotations_are_capped_with_a_notice_and_a_step_summary(repo: Path) -> None:
    many_findings(repo)
    summary = repo / "summary.md"
    summary.write_text("earlier step\n")
    code, out, _ = run("articles", "--format", "github", "--warn-on", "unverified",
                       env={"GITHUB_STEP_SUMMARY": str(summary)})
    lines = out.splitlines()
    assert code == 1
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    notices = [line for line in lines if line.startswith("::notice ")]
    assert len(errors) == 10 and len(warnings) == 10
    assert notices == [("::notice title=factcheck::3 errors and 1 warning more not annotated: "
                       "GitHub shows 10 of each kind per step. Read them all in this step's "
                       "log below and in the job summary.")]
    assert errors[0] == (
        "::error file=articles/false.md,line=8,col=1,endLine=8,endColumn=33,"
        "title=factcheck%3A contradicted::Jane Doe co-founded Acme in 2012 -- article: 2012; "
        "store: founding of Acme on 2010-05-04; the date differs%0Aacme-founded: Jane Doe "
        "co-founded Acme on 4 May 2010 as a rival to Initech. (Acme Corp: "
        "https://example.com/acme/results)")
    assert FALSE_LINE in lines and lines[-1].startswith("factcheck: checked 3 articles: 13 failing")
    text = summary.read_text()
    assert text.startswith("earlier step\n## factcheck: 13 failing claims\n")
    assert "| `articles/false.md:8:1` | contradicted | Jane Doe co-founded Acme in 2012 |" in text


def test_github_format_without_a_step_summary_points_at_the_log(repo: Path) -> None:
    many_findings(repo)
    out = run("articles", "--format", "github", "--warn-on", "unverified")[1]
    assert "Read them all in this step's log below." in out


def test_markdown_for_a_pull_request_comment(repo: Path) -> None:
    write(repo, "articles/clean.md", "<!-- factcheck: ignore ok -->\nAcme bought Globex in "
          "2015.\n")
    code, out, _ = run("articles", "--format", "markdown")
    assert code == 1
    assert out.startswith("## factcheck: 1 failing claim\n\nfactcheck: checked 2 articles: "
                          "1 failing (1 contradicted), 1 suppressed (1 by comment)\n")
    assert "### Failing" in out
    assert ("| `articles/false.md:8:1` | contradicted | Jane Doe co-founded Acme in 2012 | "
            "article: 2012; store: founding of Acme on 2010-05-04; the date differs | "
            "acme-founded ([Acme Corp](https://example.com/acme/results \"Acme results\") "
            "(2025-01-15)) |") in out
    assert "<details><summary>1 suppressed</summary>" in out and "| comment: ok |" in out


def test_html_is_one_page_with_the_failing_article_first(repo: Path) -> None:
    """The run's page (what is on it: tests/reporters/test_ci_html.py; what it does in a
    browser: tests/test_html_browser.py)."""
    code, out, _ = run("articles", "--format", "html")
    assert code == 1 and out.startswith("<!DOCTYPE html>\n")
    assert "<title>factcheck: 1 failing claim</title>" in out
    order = re.findall(r'<details class="run-article[^"]*" id="(a\d)"[^>]*><summary><h3>'
                       r'<span[^>]*>[^<]*</span> ([^<]+)</h3>', out)
    assert order == [("a1", "articles/false.md"), ("a2", "articles/clean.md")]
    assert "<dt>In this run</dt><dd>error: fails the run</dd>" in out


def test_json_holds_the_run_and_each_check_report(repo: Path) -> None:
    (repo / "articles/binary.md").write_bytes(b"\x00\x01")
    code, out, _ = run("articles", "--format", "json")
    data = json.loads(out)
    assert code == 2
    assert data["summary"] == {"articles": 3, "checked": 2, "failing": 1, "warnings": 0, "notes": 0,
                               "statuses": {"contradicted": 1}, "suppressed": {},
                               "errors": 1, "stale_baseline": 0}
    (finding,) = data["findings"]
    assert (finding["path"], finding["line"], finding["column"], finding["end_column"]) == (
        "articles/false.md", 8, 1, 33)
    assert finding["evidence"][0]["fact"] == "acme-founded"
    assert data["errors"] == [{"path": "articles/binary.md", "line": None,
                               "message": "binary file, not an article (found NUL bytes)"}]
    assert [a["path"] for a in data["articles"]] == ["articles/binary.md", "articles/clean.md",
                                                     "articles/false.md"]
    assert data["articles"][2]["report"]["summary"]["contradicted"] == 1
    code, out, _ = run("articles", "--format", "json", "--fail-on", "nope")
    assert code == 2 and "unknown status 'nope'" in json.loads(out)["error"]


def test_output_files_are_written_atomically_with_the_summary_on_stderr(repo: Path) -> None:
    code, out, err = run("articles", "--format", "markdown", "-o", "report.md",
                         "--sarif", "factcheck.sarif")
    assert code == 1 and out == ""
    assert err == "factcheck: checked 2 articles: 1 failing (1 contradicted)\n"
    assert (repo / "report.md").read_text().startswith("## factcheck: 1 failing claim")
    assert json.loads((repo / "factcheck.sarif").read_text())["version"] == "2.1.0"
    assert not list(repo.glob(".*.tmp"))


# --- workers -------------------------------------------------------------------------------

def test_two_workers_give_the_same_output_in_the_same_order(repo: Path) -> None:
    for i in range(6):
        write(repo, f"articles/more/{i}.md", FALSE if i % 2 else CLEAN)
    one = run("articles")
    two = run("articles", "--workers", "2")
    assert one == two and one[0] == 1
    assert run("articles", "--workers", "0") == one


REBUILD = """
import sys, time
from pathlib import Path
from factcheck.store.folder import load_facts
from factcheck.store.build import build_store
facts, target, stop = load_facts(Path(sys.argv[1])), Path(sys.argv[2]), Path(sys.argv[3])
builds, end = 0, time.time() + 60
while not stop.exists() and time.time() < end:
    build_store(facts, target)
    builds += 1
    stop.with_suffix(".started").touch()
print(builds)
"""


def test_workers_never_see_a_store_rebuilt_by_another_process(repo: Path) -> None:
    from factcheck.ci.batch import check_files, resolve_store
    from factcheck.ci.config import load_policy

    for i in range(8):
        write(repo, f"articles/more/{i}.md", FALSE)
    policy = load_policy().with_options(workers=2)
    db = resolve_store(policy).db
    stop = repo / "stop"
    builder = subprocess.Popen(
        [sys.executable, "-c", REBUILD, str(repo / "facts"), str(db), str(stop)],
        env={**os.environ, "PYTHONPATH": str(PROJECT)}, stdout=subprocess.PIPE, text=True)
    try:
        started = stop.with_suffix(".started")
        for _ in range(600):  # the builder imports factcheck first: wait for its first build
            if started.exists() or builder.poll() is not None:
                break
            time.sleep(0.05)
        paths = [f"articles/more/{i}.md" for i in range(8)] * 2
        results = [check_files(paths, policy) for _ in range(8)]
    finally:
        stop.touch()
        out, _ = builder.communicate(timeout=60)
    assert int(out) >= 2  # the store was rebuilt while workers opened and read it
    for result in results:
        assert [a.error for a in result] == [None] * len(paths)
        assert all(len(a.findings) == 1 for a in result)


def test_the_installed_command_runs_ci(repo: Path) -> None:
    """A real process, as CI runs it (through ``python -m factcheck`` once ci is registered)."""
    from factcheck.cli.cli import cli

    if "ci" in cli.commands:
        command = [sys.executable, "-m", "factcheck", "ci"]
    else:
        command = [sys.executable, "-c", ("import factcheck.cli; from factcheck.cli.ci import "
                   "ci; ci(prog_name='factcheck ci')")]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    done = subprocess.run([*command, "--workers", "2", "articles"], cwd=repo, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[0] == FALSE_LINE


def test_ci_has_an_example_in_its_help() -> None:
    assert "Example:" in (ci.help or "")
    assert isinstance(ci, click.Command)


def test_the_action_and_the_hook_call_real_options() -> None:
    import re

    import yaml

    action = yaml.safe_load((PROJECT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    options = {name for param in ci.params for name in getattr(param, "opts", [])}
    used = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", script))
    assert used - {"--disable-pip-version-check", "--quiet"} <= options
    assert "factcheck \"${args[@]}\"" in script and "args=(ci --format github" in script
    (hook,) = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "factcheck" and hook["entry"] == "factcheck ci"


def test_the_action_is_pinned_installs_apart_and_spares_fork_pull_requests() -> None:
    import re

    import yaml

    steps = yaml.safe_load((PROJECT / "action.yml").read_text())["runs"]["steps"]
    pinned = [step["uses"] for step in steps if "uses" in step]
    assert pinned and all(re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", uses) for uses in pinned)
    install = next(step["run"] for step in steps if step.get("name") == "Install factcheck")
    assert '"$RUNNER_TEMP/factcheck-venv"' in install and ".ci/constraints.txt" in install
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == "${{ steps.pip-cache.outputs.dir }}"
    for part in ("runner.os", "steps.python.outputs.python-version",
                 "steps.pip-cache.outputs.hash"):
        assert part in cache["with"]["key"]
    installing = next(step for step in steps if step.get("name") == "Install factcheck")
    assert installing["env"]["PIP_CACHE_DIR"] == "${{ steps.pip-cache.outputs.dir }}"
    upload = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    assert upload["continue-on-error"] is True
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload["if"]


def test_the_action_keys_its_pip_cache_on_the_constraints_file(tmp_path: Path) -> None:
    """The key step, run as the runner runs it: its outputs name the cache folder and the
    constraints file's hash, which changes with the file."""
    import hashlib

    import yaml

    steps = yaml.safe_load((PROJECT / "action.yml").read_text())["runs"]["steps"]
    (key,) = [step for step in steps if step.get("id") == "pip-cache"]

    def outputs(action_path: Path) -> dict[str, str]:
        out = tmp_path / "github-output"
        out.write_text("")
        subprocess.run(["bash", "-e", "-c", key["run"]], check=True, env={
            "PATH": os.environ["PATH"], "RUNNER_TEMP": str(tmp_path), "GITHUB_OUTPUT": str(out),
            "GITHUB_ACTION_PATH": str(action_path), "FC_PYTHON": sys.executable})
        return dict(line.split("=", 1) for line in out.read_text().splitlines())

    constraints = (PROJECT / ".ci" / "constraints.txt").read_bytes()
    assert outputs(PROJECT) == {"dir": f"{tmp_path}/factcheck-pip-cache",
                                "hash": hashlib.sha256(constraints).hexdigest()}
    changed = tmp_path / "action"
    (changed / ".ci").mkdir(parents=True)
    (changed / ".ci" / "constraints.txt").write_bytes(constraints + b"rapidfuzz==3.9.0\n")
    assert outputs(changed)["hash"] != outputs(PROJECT)["hash"]


def test_workflow_command_escaping() -> None:
    from factcheck.reporters.github import command

    assert command("error", "50% done\r\nnext", file="a,b:c.md", line=3) == \
        "::error file=a%2Cb%3Ac.md,line=3::50%25 done%0D%0Anext"
    assert command("notice", "plain") == "::notice::plain"


# --- linter conventions --------------------------------------------------------------------

def test_select_and_ignore_by_rule_code_or_status(repo: Path) -> None:
    write(repo, "articles/near.md", DATED.format(title="Near") +
          "Acme has about $2.2 trillion in assets under management.\n")
    assert run("articles", "--select", "TMP")[0] == 1
    code, out, _ = run("articles", "--select", "NUM")
    assert code == 0 and "1 warning (1 imprecise)" in out and "[TMP]" not in out
    code, out, _ = run("articles", "--ignore", "contradicted,imprecise")
    assert (code, out) == (0, "factcheck: checked 3 articles: no findings\n")
    code, _, err = run("articles", "--select", "NUMB")
    assert code == 2 and "unknown status or rule code 'NUMB' in --select" in err


def test_quiet_prints_problems_only_and_exit_zero_passes(repo: Path) -> None:
    code, out, _ = run("articles", "--quiet")
    assert (code, out.splitlines()) == (1, [FALSE_LINE])
    assert run("articles/clean.md", "-q")[1] == ""
    code, out, _ = run("articles", "--exit-zero")
    assert code == 0 and FALSE_LINE in out
    assert run("missing.md", "--exit-zero")[0] == 2


def test_statistics_count_findings_by_status_and_code(repo: Path) -> None:
    many_findings(repo)
    code, out, _ = run("articles", "--statistics", "--min-level", "note")
    assert code == 1
    assert out.splitlines() == [
        "13  contradicted  TMP           years, dates and outdated presentation",
        "11  unverified    NONE          nothing settles it",
        "factcheck: checked 3 articles: 13 failing (13 contradicted), 11 notes (11 unverified)"]
    assert run("articles", "--statistics", "--format", "json")[0] == 2


def test_unused_ignore_comments_are_reported(repo: Path) -> None:
    write(repo, "articles/false.md", FALSE.replace(
        "Jane Doe", "<!-- factcheck: ignore imprecise -->\nJane Doe"))
    code, out, _ = run("articles")
    assert code == 1 and FALSE_LINE.replace(":8:", ":9:") in out
    assert ("articles/false.md:8:1: unused-ignore: 'factcheck: ignore[imprecise]' accepted no "
            "finding") in out
    assert out.endswith("1 failing (1 contradicted), 1 unused ignore comment\n")


def test_lint_colour_follows_no_color_and_force_color(repo: Path) -> None:
    assert "\x1b[31mcontradicted" in run("articles", env={"FORCE_COLOR": "1"})[1]
    assert "\x1b[" not in run("articles", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})[1]
    assert "\x1b[" not in run("articles", "--color=never", env={"FORCE_COLOR": "1"})[1]


def test_each_article_is_printed_as_soon_as_it_is_done(repo: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The second article is checked only after the first one's findings are out."""
    import factcheck.cli.ci as ci_module

    real = ci_module.iter_check_files
    seen: list[str] = []

    def watching(paths: list[str], policy: object) -> object:
        for result in real(paths, policy):  # type: ignore[arg-type]
            yield result
            sys.stdout.flush()
            seen.append(sys.stdout.buffer.getvalue().decode())  # type: ignore[union-attr]

    monkeypatch.setattr(ci_module, "iter_check_files", watching)
    write(repo, "articles/zz.md", FALSE)
    run("articles")
    assert FALSE_LINE in seen[1] and "zz.md" not in seen[1]


def test_the_progress_line_is_drawn_on_a_terminal_only() -> None:
    import io

    from factcheck.cli.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress(3, screen)
    progress.show(0, force=True)
    progress.show(3)
    progress.clear()
    assert screen.getvalue() == ("\r\x1b[Kfactcheck: 0/3 articles checked"
                                 "\r\x1b[Kfactcheck: 3/3 articles checked\r\x1b[K")
    piped = io.StringIO()
    Progress(3, piped).show(0, force=True)
    assert piped.getvalue() == ""


def test_notes_are_notices_on_github_and_folded_in_markdown(repo: Path) -> None:
    many_findings(repo)
    out = run("articles", "--format", "github", "--min-level", "note")[1]
    notices = [line for line in out.splitlines() if line.startswith("::notice file=")]
    assert len(notices) == 9 and "title=factcheck%3A unverified" in notices[0]
    assert "3 errors and 2 notes more not annotated" in out
    text = run("articles", "--format", "markdown", "--min-level", "note")[1]
    assert "<details><summary>11 notes</summary>" in text


def test_the_report_goes_out_as_it_is_rendered_never_held_whole(repo: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """The report of thousands of articles is written as it is rendered, to standard output
    or through a temporary file renamed when it is whole."""
    from factcheck.reporters import ci_json

    def render(result: object, out: TextIO) -> None:
        out.write("[" + "1," * 50_000)
        raise RuntimeError("stopped halfway")

    monkeypatch.setattr(ci_json, "render", render)
    result = CliRunner().invoke(ci, ["articles", "--format", "json"])
    assert isinstance(result.exception, RuntimeError)
    assert result.stdout.startswith("[1,1,1,")  # out before the renderer ended
    result = CliRunner().invoke(ci, ["articles", "--format", "json", "-o", "out.json"])
    assert isinstance(result.exception, RuntimeError)
    assert sorted(p.name for p in repo.iterdir() if "out.json" in p.name) == []


# --- links and special files ---------------------------------------------------------------

SECRET = "Jane Doe co-founded Acme in 2012. SECRET-LINE-42\n"


def test_a_link_out_of_the_repository_is_skipped_never_read(repo: Path, tmp_path: Path) -> None:
    """A pull request adding articles/x.md -> /etc/passwd put that file in the CI log."""
    outside = write(tmp_path, "outside/secret.md", SECRET)
    (repo / "articles/x.md").symlink_to(outside)
    (repo / "articles/alias.md").symlink_to(repo / "articles/clean.md")  # inside: read
    skipped = "articles/x.md: skipped: symbolic link to a file outside the repository, not read"
    code, out, _ = run("articles")
    assert code == 1 and skipped in out.splitlines() and "SECRET" not in out
    assert out.splitlines()[-1].endswith(", 1 skipped")
    assert "checked 3 articles" in out  # clean, false and the link inside
    for fmt in ("markdown", "json", "sarif", "github"):
        code, out, _ = run("articles", "--format", fmt)
        assert code == 1 and "SECRET" not in out and "articles/x.md" in out, fmt
        if fmt == "sarif":
            assert validate(json.loads(out)) == []
    code, out, _ = run("articles/x.md")  # named on the command line: skipped all the same
    assert code == 0 and skipped in out.splitlines()
    data = json.loads(run("articles/x.md", "--format", "json")[1])
    assert data["skipped"] == [{"path": "articles/x.md", "reason": skipped.split(": ")[-1]}]


def test_a_link_out_of_the_repository_is_skipped_with_changed_since(repo: Path,
                                                                    tmp_path: Path) -> None:
    (repo / "articles/x.md").symlink_to(write(tmp_path, "outside/secret.md", SECRET))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "A link")
    code, out, _ = run("--changed-since", "main")
    assert code == 0 and "SECRET" not in out
    assert out.splitlines() == [
        "articles/x.md: skipped: symbolic link to a file outside the repository, not read",
        "factcheck: checked 0 articles: no findings, 1 skipped"]


def test_a_fifo_in_a_folder_is_skipped_and_never_blocks(repo: Path) -> None:
    os.mkfifo(repo / "articles/pipe.md")
    code, out, _ = run("articles")
    assert code == 1 and "articles/pipe.md: skipped: a named pipe (FIFO), not read" in out


def test_special_files_named_on_the_command_line_are_errors(repo: Path) -> None:
    os.mkfifo(repo / "pipe.md")
    code, out, _ = run("pipe.md")
    assert code == 2 and "pipe.md: error: is a named pipe (FIFO), not an article" in out
    if os.path.exists("/dev/zero"):  # once exit 0: not an article by its name, so left out
        code, out, _ = run("/dev/zero")
        assert code == 2 and "/dev/zero: error: is a character device, not an article" in out


def test_a_link_loop_is_reported_as_a_loop(repo: Path) -> None:
    (repo / "articles/loop.md").symlink_to(repo / "articles/loop.md")
    code, out, _ = run("articles")
    assert code == 2
    assert "articles/loop.md: error: symbolic link loop (too many levels of symbolic links)" \
        in out.splitlines()


def test_a_backtick_in_a_file_name_keeps_its_code_span(repo: Path) -> None:
    write(repo, "articles/we`ird.md", FALSE)
    (repo / "articles/false.md").unlink()
    code, out, _ = run("articles", "--format", "markdown")
    assert code == 1 and "| ``articles/we`ird.md:8:1`` | contradicted |" in out


def test_a_folder_link_out_of_the_repository_is_never_read(repo: Path, tmp_path: Path) -> None:
    write(tmp_path, "outside/secret.md", SECRET)
    (repo / "articles/more").symlink_to(tmp_path / "outside")
    code, out, _ = run("articles")  # a linked folder inside a walked one is not followed
    assert code == 1 and "SECRET" not in out and "checked 2 articles" in out
    for named in ("articles/more", "articles/more/", "articles/more/secret.md"):
        code, out, _ = run(named)
        assert code == 0 and "SECRET" not in out, named
        assert out.splitlines()[0] == ("articles/more/secret.md: skipped: symbolic link to a "
                                       "file outside the repository, not read"), named


def test_every_folder_link_met_while_walking_is_reported_not_followed(repo: Path,
                                                                    tmp_path: Path) -> None:
    write(tmp_path, "outside/secret.md", SECRET)
    (repo / "articles/more").symlink_to(tmp_path / "outside")
    (repo / "articles/again").symlink_to(repo / "articles")  # inside, and a loop if followed
    code, out, _ = run("articles")
    lines = out.splitlines()
    assert code == 1 and "SECRET" not in out and "checked 2 articles" in out
    assert "articles/more: skipped: symbolic link to a folder, not followed" in lines
    assert "articles/again: skipped: symbolic link to a folder, not followed" in lines
    assert lines[-1].endswith(", 2 skipped")


# --- hostile input: escapes and file names are data (issue 10) -----------------------------

@pytest.mark.parametrize("fmt", ["lint", "github", "markdown", "sarif", "json"])
def test_no_escape_from_an_article_or_its_name_reaches_the_output(repo: Path, fmt: str) -> None:
    write(repo, "articles/x`y\x1b[2K.md", FALSE.replace(
        "in 2012.", "in 2012.\x1b[2K\x1b[1A\x9b1A and \u202eit grew\u202c."))
    write(repo, "articles/bad.md", "---\ndate: 2025-02-30\n---\n\nAcme grew\x1b]0;x\x07 a lot.\n")
    code, out, err = run("articles", "--format", fmt)
    assert code == 1
    assert re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out + err) \
        is None, out
    if fmt == "markdown":
        assert "``articles/x`y\\x1b[2K.md:8:1``" in out


def test_an_impossible_date_is_a_warning_line_in_lint(repo: Path) -> None:
    write(repo, "articles/bad.md", "---\ndate: 2025-02-30\n---\n\nAcme grew a lot.\n")
    _, out, _ = run("articles/bad.md")
    assert out.splitlines()[0] == (
        "articles/bad.md: warning: line 2: '2025-02-30' is not a real date; the article's "
        "date is unknown, so nothing is checked as outdated (pass --date)")


@pytest.mark.parametrize("fmt", [f for f in CI_FORMATS if f not in CLAIM_FORMATS])
def test_a_format_that_shows_no_claim_prints_the_same_without_them(
        repo: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """ci keeps no claim for these formats (memory stays flat); nothing they print is lost."""
    slim = run("--format", fmt, "articles")
    monkeypatch.setattr(ArticleResult, "without_claims", lambda self: self)
    assert run("--format", fmt, "articles") == slim
