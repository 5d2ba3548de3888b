"""The command line's process ends as soon as the command has said everything: what it
wrote is flushed, the exit functions run and the exit status is the command's, but the
interpreter does not take the heap apart object by object (the modules, patterns and
facts of a check die with the process)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli.leaving import exit_status, leave

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"


def _run(body: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A script that sets things up with ``body`` and runs the command line's ``main``."""
    probe = (f"import atexit, sys, threading\n{body}\n"
             "from factcheck.cli import main; sys.argv[0] = 'factcheck'; main()\n")
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True,
                          text=True)


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), (True, 1),
                                             ("a message", 1)])
def test_the_status_is_the_one_python_gives_for_the_exit_code(code: object,
                                                                status: int) -> None:
    assert exit_status(code) == status


def test_the_heap_is_not_taken_apart_at_exit(tmp_path: Path) -> None:
    body = ("class Noisy:\n"
            "    def __del__(self):\n"
            "        print('taken apart', file=sys.stderr)\n"
            "kept = Noisy()")
    done = _run(body, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert "factcheck" in done.stdout
    assert "taken apart" not in done.stderr


def test_the_exit_functions_run_and_the_output_is_flushed(tmp_path: Path) -> None:
    body = "atexit.register(lambda: print('exit function ran', file=sys.stderr))"
    done = _run(body, tmp_path, "check", str(SEED), "--format", "json")
    assert done.returncode == 1  # the seed has contradicted claims
    assert done.stdout.rstrip().endswith("}")  # the whole report, flushed
    assert "exit function ran" in done.stderr


def test_a_usage_error_keeps_its_status_and_message(tmp_path: Path) -> None:
    done = _run("", tmp_path, "check")
    assert done.returncode == 2
    assert "Missing argument" in done.stderr


def test_a_thread_still_running_is_waited_for_before_the_exit_functions_run(
        tmp_path: Path) -> None:
    body = ("import time\n"
            "def late():\n"  # still running when the command is over
            "    while 'factcheck.cli.leaving' not in sys.modules:\n"
            "        time.sleep(0.01)\n"
            "    time.sleep(0.3); print('thread done', file=sys.stderr)\n"
            "atexit.register(lambda: print('exit function ran', file=sys.stderr))\n"
            "threading.Thread(target=late).start()")
    done = _run(body, tmp_path, "--version")
    assert done.returncode == 0
    # Python's order: the threads first (a pool's workers), then the exit functions
    assert done.stderr.splitlines() == ["thread done", "exit function ran"]


class _Closed(io.StringIO):
    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_output_that_cannot_be_flushed_ends_as_python_ends_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed())
    monkeypatch.setattr(os, "_exit", lambda status: pytest.fail("left without Python"))
    with pytest.raises(SystemExit) as done:
        leave(1)
    assert done.value.code == 1  # Python prints the pipe's error and picks the status


def test_a_message_for_an_exit_code_is_printed_as_python_prints_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "_exit", lambda status: pytest.fail("left without Python"))
    with pytest.raises(SystemExit) as done:
        leave("stopped")
    assert done.value.code == "stopped"
