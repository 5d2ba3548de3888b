"""The command line holds the garbage collector back while it starts and lets it run as
usual once a command checks."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import collector
from factcheck.cli.collector import STARTING_THRESHOLDS, started, starting

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"


@pytest.fixture
def collector_as_it_was() -> Iterator[tuple[int, int, int]]:
    usual = gc.get_threshold()
    yield usual
    gc.set_threshold(*usual)
    gc.unfreeze()
    collector._usual = None


def test_starting_raises_the_thresholds_and_started_puts_the_usual_ones_back(
        collector_as_it_was: tuple[int, int, int]) -> None:
    starting()
    assert gc.get_threshold() == STARTING_THRESHOLDS
    starting()  # asked twice: the usual thresholds are still the ones put back
    started()
    assert gc.get_threshold() == collector_as_it_was
    assert gc.isenabled()


def test_what_exists_when_started_is_out_of_the_collectors_sight(
        collector_as_it_was: tuple[int, int, int]) -> None:
    starting()
    before = gc.get_freeze_count()
    started()
    assert gc.get_freeze_count() > before


def test_started_without_starting_changes_nothing(
        collector_as_it_was: tuple[int, int, int]) -> None:
    before = gc.get_freeze_count()
    started()
    assert gc.get_threshold() == collector_as_it_was
    assert gc.get_freeze_count() == before


def test_a_check_from_the_command_line_collects_as_usual_once_it_checks(
        tmp_path: Path) -> None:
    probe = ("import gc, sys; from factcheck.cli import derived; checking = derived.checking\n"
             "def report():\n"
             "    checking(); print(gc.get_threshold(), gc.get_freeze_count() > 0, "
             "file=sys.stderr)\n"
             "derived.checking = report\n"
             "from factcheck.cli import main; sys.argv[0] = 'factcheck'; main()")
    # factcheck.cli.derived is imported before main: the command's own import finds it
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe, "explain", "Nvidia was founded in "
                           "1993.", "--date", "2025-03-01"], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"{gc.get_threshold()} True"
