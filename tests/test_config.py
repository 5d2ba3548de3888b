"""The ci policy: where it is found, what it holds, and errors that name file, line and key."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from factcheck.ci.config import (
    DEFAULT_FAIL_ON,
    DEFAULT_INCLUDE,
    DEFAULT_WARN_ON,
    Policy,
    find_config,
    key_line,
    load_policy,
    parse_statuses,
)
from factcheck.errors import ConfigError, UsageError

PYPROJECT = """\
[project]
name = "newsroom"

[tool.factcheck]
store = "facts"
fail-on = ["contradicted", "imprecise"]
warn-on = ["outdated"]
include = ["articles/**/*.md"]
exclude = ["articles/drafts/"]
date = 2025-03-01
workers = 2
baseline = "ci/baseline.json"

[tool.other]
fail-on = "not ours"
"""


def test_defaults_without_a_configuration_file(tmp_path: Path) -> None:
    policy = load_policy(start=tmp_path)
    assert policy.fail_on == DEFAULT_FAIL_ON == ("contradicted",)
    assert policy.warn_on == DEFAULT_WARN_ON == ("imprecise", "outdated")
    assert policy.note_on == ("unverified",) and policy.min_level == "warning"
    assert policy.level("unverified") is None  # a note, below the default minimum level
    assert policy.include == DEFAULT_INCLUDE
    assert policy.exclude == () and policy.stores == () and policy.date is None
    assert policy.workers == 1 and policy.source is None
    assert policy.root == tmp_path.resolve()
    assert policy.baseline == str(tmp_path.resolve() / ".factcheck-baseline.json")


def test_pyproject_table_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    deep = tmp_path / "articles" / "2025"
    deep.mkdir(parents=True)
    policy = load_policy(start=deep)
    assert policy.source == str(tmp_path.resolve() / "pyproject.toml")
    assert policy.root == tmp_path.resolve()
    assert policy.stores == (str(tmp_path.resolve() / "facts"),)
    assert policy.fail_on == ("contradicted", "imprecise")
    assert policy.warn_on == ("outdated",)
    assert policy.include == ("articles/**/*.md",)
    assert policy.exclude == ("articles/drafts/",)
    assert policy.date == dt.date(2025, 3, 1)
    assert policy.workers == 2
    assert policy.baseline == str(tmp_path.resolve() / "ci" / "baseline.json")


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail-on = ["outdated"]\n')
    inner = tmp_path / "site"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "site"\n')
    assert find_config(inner) == tmp_path.resolve() / "factcheck.toml"
    assert load_policy(start=inner).fail_on == ("outdated",)


def test_factcheck_toml_wins_over_pyproject_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "factcheck.toml").write_text('warn-on = []\n')
    policy = load_policy(start=tmp_path)
    assert policy.source and policy.source.endswith("factcheck.toml")
    assert policy.warn_on == () and policy.fail_on == ("contradicted",)


def test_explicit_config_overrides_the_search(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail-on = ["outdated"]\n')
    other = tmp_path / "strict.toml"
    other.write_text('fail-on = "contradicted, imprecise, outdated"\n')
    policy = load_policy(other)
    assert policy.fail_on == ("contradicted", "imprecise", "outdated")
    assert policy.warn_on == ()  # a failing status never also warns
    assert policy.note_on == ("unverified",)
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_policy(tmp_path / "missing.toml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.factcheck\] table"):
        load_policy(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("body, key, line, message", [
    ('fail_on = ["contradicted"]', "fail_on", 6, ("unknown key 'fail_on' in [tool.factcheck] "
                                                  "(did you mean 'fail-on'?)")),
    ('colour = true', "colour", 6, "unknown key 'colour' in [tool.factcheck] (known keys:"),
    ('fail-on = ["contradicted", "wrong"]', "fail-on", 6, "'fail-on': unknown status 'wrong'"),
    ('warn-on = "maybe"', "warn-on", 6, "'warn-on': unknown status 'maybe'"),
    ('workers = -1', "workers", 6, "'workers' must be a whole number, 0 or more"),
    ('workers = "two"', "workers", 6, "not 'two'"),
    ('workers = true', "workers", 6, "not true (a boolean)"),
    ('date = "soon"', "date", 6, "'date' must be a date (YYYY-MM-DD), not 'soon'"),
    ('include = [1, 2]', "include", 6, "'include' must be a list of glob patterns, not a list"),
    ('store = 3', "store", 6, "'store' must be a path"),
    ('min-worthiness = 1.5', "min-worthiness", 6, "'min-worthiness' must be a number from 0"),
    ('min-worthiness = "high"', "min-worthiness", 6, "not 'high'"),
    ('fail-on = ["imprecise"]\nwarn-on = ["imprecise"]', "warn-on", 7,
     "'warn-on': 'imprecise' is also in 'fail-on'"),
])
def test_bad_keys_and_values_name_file_line_and_key(tmp_path: Path, body: str, key: str,
                                                    line: int, message: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f'[project]\nname = "x"\n\n[tool.factcheck]\n# policy\n{body}\n')
    with pytest.raises(ConfigError) as caught:
        load_policy(start=tmp_path)
    error = caught.value
    assert (error.key, error.line, error.path) == (key, line, str(path))
    assert str(error).startswith(f"{path}:{line}: ")
    assert message in str(error)


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('store = "facts"\nfail-on = [,]\nworkers = 2\n')
    with pytest.raises(ConfigError, match=r"factcheck.toml:2: not valid TOML") as caught:
        load_policy(start=tmp_path)
    assert caught.value.line is not None


def test_min_worthiness_from_the_file_and_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("min-worthiness = 0.4\n")
    policy = load_policy(start=tmp_path)
    assert policy.min_worthiness == 0.4
    assert policy.with_options(min_worthiness=0.7).min_worthiness == 0.7
    assert Policy().min_worthiness == 0.0  # every claim by default


def test_date_accepts_a_string_too(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('date = "2024-12-31"\n')
    assert load_policy(start=tmp_path).date == dt.date(2024, 12, 31)


def test_command_line_options_go_on_top() -> None:
    policy = Policy(exclude=("drafts/",), stores=("facts",))
    changed = policy.with_options(fail_on=("contradicted", "unverified"), include=("*.txt",),
                                  exclude=("old/",), workers=0)
    assert changed.fail_on == ("contradicted", "unverified")
    assert changed.warn_on == ("imprecise", "outdated")
    assert changed.include == ("*.txt",) and changed.exclude == ("drafts/", "old/")
    assert changed.stores == ("facts",) and changed.workers == 0
    assert changed.level("unverified") == "error" and changed.level("outdated") == "warning"
    assert changed.level("supported") is None
    assert policy.with_options() == policy


def test_status_lists_from_the_command_line() -> None:
    assert parse_statuses("Contradicted, imprecise", "--fail-on") == ("contradicted",
                                                                      "imprecise")
    assert parse_statuses("", "--warn-on") == ()
    with pytest.raises(UsageError, match="unknown status 'sure' in --warn-on"):
        parse_statuses("sure", "--warn-on")


def test_key_line_reads_tables_and_dotted_keys() -> None:
    text = 'a = 1\n[tool.factcheck]\nstore = "x"\n[tool.other]\nworkers = 1\n'
    assert key_line(text, "store", "[tool.factcheck]") == 3
    assert key_line(text, "workers", "[tool.factcheck]") is None
    assert key_line('tool.factcheck.workers = 3\n', "workers", "[tool.factcheck]") == 1
    assert key_line('"workers" = 3\n', "workers") == 1


def test_levels_minimum_level_select_and_ignore(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text(
        'min-level = "note"\nselect = ["contradicted", "NUM"]\nignore = ["TMP"]\n')
    policy = load_policy(tmp_path / "factcheck.toml")
    assert policy.level("contradicted", "REL") == "error"
    assert policy.level("contradicted", "TMP") is None  # ignored by code
    assert policy.level("unverified", "NUM") == "note"  # selected by code, shown as a note
    assert policy.level("imprecise", "QTE") is None  # not selected
    assert policy.with_options(min_level="error").level("unverified", "NUM") is None


@pytest.mark.parametrize("body, message", [
    ('min-level = "info"', "'min-level' must be one of error, warning, note"),
    ('select = ["NUMBERS"]', "unknown status or rule code 'NUMBERS'"),
    ('note-on = ["maybe"]', "unknown status 'maybe'"),
])
def test_bad_levels_and_selectors_name_the_line(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "factcheck.toml").write_text(f"workers = 1\n{body}\n")
    with pytest.raises(ConfigError, match=re.escape(message)) as error:
        load_policy(tmp_path / "factcheck.toml")
    assert "factcheck.toml:2" in str(error.value)
