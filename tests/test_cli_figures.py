"""The figures of the store's statements the command line keeps between runs are the figures
read afresh."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import figures
from factcheck.cli.figures import KeptFigures, revision
from factcheck.rules import statements
from factcheck.rules.statements import read_figures, stated_figures

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
STATEMENTS = [
    "Nvidia reported revenue of $39.3 billion for the quarter, up 12% from the previous "
    "quarter and 78% from a year ago.",
    "OpenAI raised $6.6 billion at a $157 billion valuation in October 2024.",
    "The H100 has 80 billion transistors, between 2 and 3 times as many as before.",
    "No figure here.",
]


@pytest.fixture
def keeping(tmp_path: Path) -> Iterator[KeptFigures]:
    kept = KeptFigures(tmp_path / "figures.marshal")
    statements.keep_figures_with(kept.figures)
    yield kept
    statements.keep_figures_with(None)


@pytest.mark.parametrize("statement", STATEMENTS)
def test_figures_kept_and_read_back_from_the_file_are_those_read_afresh(
        tmp_path: Path, statement: str) -> None:
    first = KeptFigures(tmp_path / "figures.marshal")
    assert first.figures(statement, read_figures) == read_figures(statement)
    first.save()
    again = KeptFigures(tmp_path / "figures.marshal")
    assert statement in again.entries()
    assert again.figures(statement, lambda s: pytest.fail("read again")) == \
        read_figures(statement)
    assert again.added == 0


def test_the_rules_ask_the_keeper_once_per_statement(keeping: KeptFigures) -> None:
    assert stated_figures(STATEMENTS[0]) == read_figures(STATEMENTS[0])
    assert stated_figures(STATEMENTS[0]) == read_figures(STATEMENTS[0])
    assert keeping.added == 1 and set(keeping.entries()) == {STATEMENTS[0]}


def test_an_entry_this_code_does_not_write_is_read_afresh(tmp_path: Path) -> None:
    kept = KeptFigures(tmp_path / "figures.marshal")
    kept.entries()[STATEMENTS[1]] = (("no such kind", 1.0, "exact", "", "", -1, -1, None),)
    assert kept.figures(STATEMENTS[1], read_figures) == read_figures(STATEMENTS[1])
    assert kept.added == 1


def test_the_file_is_named_after_the_code_that_reads_the_figures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    kept = KeptFigures()
    kept.entries()  # named when first read
    assert kept.path.parent == tmp_path and revision() in kept.path.name
    monkeypatch.setattr(figures, "reader_fingerprint", lambda: "another reader")
    assert revision() not in kept.path.name


def test_commands_called_as_a_library_leave_the_rules_be() -> None:
    import factcheck.pipeline  # noqa: F401 -- everything a check imports

    figures.checking()  # as the commands do: main() did not ask
    assert statements._keeper is None


def test_a_check_reads_the_kept_figures_of_an_earlier_run_and_reports_the_same(
        tmp_path: Path) -> None:
    """The command as run: the first run keeps the figures of the statements it met, the
    second reads them and writes nothing; same report."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "factcheck", "check", str(SEED), "--format", "json"]
    first = subprocess.run(command, env=env, capture_output=True, text=True)
    (path,) = tmp_path.glob("figures-*.marshal")
    kept = KeptFigures(path)
    assert len(kept.entries()) > 50
    os.utime(path, ns=(0, 0))
    second = subprocess.run(command, env=env, capture_output=True, text=True)
    assert (second.returncode, second.stdout, second.stderr) == \
        (first.returncode, first.stdout, first.stderr) == (1, first.stdout, "")
    assert path.stat().st_mtime_ns == 0  # nothing new to keep
    for statement in kept.entries():
        assert kept.figures(statement, lambda s: pytest.fail("not kept")) == \
            read_figures(statement), statement
