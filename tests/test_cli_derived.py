"""What the command line keeps between runs of what the rules read from facts (statements'
figures, cue tables, the stems facts hold) is what they read afresh."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import derived
from factcheck.cli.derived import CUES, FIGURES, HELD, NEEDED, KeptDerived, revision
from factcheck.rules.cues import cue_table, needed_table, read_cue_table, read_needed_table
from factcheck.rules.derived import read_figures, stated_figures
from factcheck.rules.predicate import held_stems, read_held_stems

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
STATEMENTS = [
    "Nvidia reported revenue of $39.3 billion for the quarter, up 12% from the previous "
    "quarter and 78% from a year ago.",
    "OpenAI raised $6.6 billion at a $157 billion valuation in October 2024.",
    "The H100 has 80 billion transistors, between 2 and 3 times as many as before.",
    "No figure here.",
]
CUE_LISTS = [("revenue", "sales", "data center revenue", "put in"), ("founded",), ()]


def not_read(key: object) -> object:
    pytest.fail(f"read again: {key!r}")


@pytest.fixture
def keeping(tmp_path: Path) -> Iterator[KeptDerived]:
    kept = KeptDerived(tmp_path / "derived.marshal")
    stated_figures.keep_with(kept.figures)
    cue_table.keep_with(kept.cues)
    needed_table.keep_with(kept.needed)
    held_stems.keep_with(kept.held)
    yield kept
    stated_figures.keep_with(None)
    cue_table.keep_with(None)
    needed_table.keep_with(None)
    held_stems.keep_with(None)


TEXTS = [*STATEMENTS, "a non-exclusive licence Nvidia", ""]
READ_FROM_TEXT = {FIGURES: read_figures, HELD: read_held_stems}


@pytest.mark.parametrize(("kind", "text"), [(FIGURES, text) for text in STATEMENTS] +
                         [(HELD, text) for text in TEXTS])
def test_what_is_read_from_a_text_kept_and_read_back_is_what_is_read_afresh(
        tmp_path: Path, kind: str, text: str) -> None:
    """A statement's figures; the stems a text of facts holds."""
    read = READ_FROM_TEXT[kind]
    first = KeptDerived(tmp_path / "derived.marshal")
    assert (first.figures if kind == FIGURES else first.held)(text, read) == read(text)
    first.save()
    again = KeptDerived(tmp_path / "derived.marshal")
    assert (kind, text) in again.entries()
    assert (again.figures if kind == FIGURES else again.held)(text, not_read) == read(text)
    assert again.added == 0


@pytest.mark.parametrize("kind", [CUES, NEEDED])
@pytest.mark.parametrize("cues", CUE_LISTS)
def test_cue_tables_kept_and_read_back_from_the_file_are_those_read_afresh(
        tmp_path: Path, cues: tuple[str, ...], kind: str) -> None:
    """Both tables of a fact's cues: by their words, and by the words a claim must hold."""
    read = read_cue_table if kind == CUES else read_needed_table
    first = KeptDerived(tmp_path / "derived.marshal")
    keep = first.cues if kind == CUES else first.needed
    assert keep(cues, read) == read(cues)
    first.save()
    again = KeptDerived(tmp_path / "derived.marshal")
    assert (kind, cues) in again.entries()
    assert (again.cues if kind == CUES else again.needed)(cues, not_read) == read(cues)
    assert again.added == 0


def test_held_stems_are_asked_of_the_keeper_once_per_text(keeping: KeptDerived) -> None:
    for _ in range(2):
        assert held_stems(STATEMENTS[2]) == read_held_stems(STATEMENTS[2])
    assert set(keeping.entries()) == {(HELD, STATEMENTS[2])} and keeping.added == 1


def test_a_needed_word_table_is_asked_of_the_keeper_under_its_own_kind(
        keeping: KeptDerived) -> None:
    """Kept apart from the cue table of the same cues: the two tables differ."""
    for _ in range(2):
        assert needed_table(CUE_LISTS[0]) == read_needed_table(CUE_LISTS[0])
    assert read_needed_table(CUE_LISTS[0]) != read_cue_table(CUE_LISTS[0])
    assert set(keeping.entries()) == {(NEEDED, CUE_LISTS[0]), (CUES, CUE_LISTS[0])}


def test_the_rules_ask_the_keeper_once_per_field(keeping: KeptDerived) -> None:
    for _ in range(2):
        assert stated_figures(STATEMENTS[0]) == read_figures(STATEMENTS[0])
        assert cue_table(CUE_LISTS[0]) == read_cue_table(CUE_LISTS[0])
    assert keeping.added == 2
    assert set(keeping.entries()) == {(FIGURES, STATEMENTS[0]), (CUES, CUE_LISTS[0])}


def test_an_entry_this_code_does_not_write_is_read_afresh(tmp_path: Path) -> None:
    kept = KeptDerived(tmp_path / "derived.marshal")
    kept.entries()[(FIGURES, STATEMENTS[1])] = (("no such kind", 1.0, "exact", "", "", -1, -1,
                                                 None),)
    kept.entries()[(CUES, CUE_LISTS[0])] = ["not a table"]
    kept.entries()[(HELD, STATEMENTS[0])] = (frozenset({"revenu"}), {"rev"})
    assert kept.figures(STATEMENTS[1], read_figures) == read_figures(STATEMENTS[1])
    assert kept.cues(CUE_LISTS[0], read_cue_table) == read_cue_table(CUE_LISTS[0])
    assert kept.held(STATEMENTS[0], read_held_stems) == read_held_stems(STATEMENTS[0])
    assert kept.added == 3


def test_the_file_is_named_after_the_code_that_reads_the_facts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    kept = KeptDerived()
    kept.entries()  # named when first read
    assert kept.path.parent == tmp_path and revision() in kept.path.name
    monkeypatch.setattr(derived, "reader_fingerprint", lambda: "another reader")
    assert revision() not in kept.path.name
    monkeypatch.undo()
    monkeypatch.setattr(derived, "PACKAGE", tmp_path)  # the rules' files changed (missing)
    assert revision() not in kept.path.name


def test_commands_called_as_a_library_leave_the_rules_be() -> None:
    import factcheck.pipeline  # noqa: F401 -- everything a check imports

    derived.checking()  # as the commands do: main() did not ask
    assert not stated_figures.kept and not cue_table.kept and not needed_table.kept
    assert not held_stems.kept


def test_a_check_reads_what_an_earlier_run_kept_and_reports_the_same(tmp_path: Path) -> None:
    """The command as run: the first run keeps what it read from the facts it met, the
    second reads it and writes nothing; the same report."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "factcheck", "check", str(SEED), "--format", "json"]
    first = subprocess.run(command, env=env, capture_output=True, text=True)
    (path,) = tmp_path.glob("derived-*.marshal")
    kept = KeptDerived(path)
    assert sum(kind == FIGURES for kind, _ in kept.entries()) > 50
    assert sum(kind == CUES for kind, _ in kept.entries()) > 50
    assert sum(kind == NEEDED for kind, _ in kept.entries()) > 50
    assert sum(kind == HELD for kind, _ in kept.entries()) > 5
    os.utime(path, ns=(0, 0))
    second = subprocess.run(command, env=env, capture_output=True, text=True)
    assert (second.returncode, second.stdout, second.stderr) == \
        (first.returncode, first.stdout, first.stderr) == (1, first.stdout, "")
    assert path.stat().st_mtime_ns == 0  # nothing new to keep
    for kind, field in kept.entries():
        if kind == FIGURES:
            assert kept.figures(field, not_read) == read_figures(field), field
        elif kind == NEEDED:
            assert kept.needed(field, not_read) == read_needed_table(field), field
        elif kind == HELD:
            assert kept.held(field, not_read) == read_held_stems(field), field
        else:
            assert kept.cues(field, not_read) == read_cue_table(field), field
