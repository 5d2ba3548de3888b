"""The revision of the code that reads fact files: every file that decides a store's rows is
fingerprinted, and the fingerprint follows their bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.store import revision
from tests.test_layers import PACKAGE, imports

# Where a build starts: writing a folder's records (``build``) or a table's (``table``).
READING = ("store/build.py", "store/table.py")


def _module_file(name: str) -> str | None:
    """The package file of a dotted name (a module, or a package's ``__init__``)."""
    parts = name.split(".")[1:]
    for path in (PACKAGE.joinpath(*parts).with_suffix(".py"),
                 PACKAGE.joinpath(*parts, "__init__.py")):
        if parts and path.is_file():
            return path.relative_to(PACKAGE).as_posix()
    return None


def _imported(start: tuple[str, ...]) -> set[str]:
    """Every package file the files ``start`` import, directly or not (themselves too)."""
    found, todo = set(), list(start)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        todo += [f for module, _ in imports(PACKAGE / name) if module.startswith("factcheck.")
                 and (f := _module_file(module)) is not None]
    return found


def test_every_file_the_reader_imports_is_fingerprinted() -> None:
    """A module a build imports decides its rows: one left out of ``READER_FILES`` could
    change how facts are read and leave a store built by the old code looking current."""
    missing = _imported(READING) - set(revision.READER_FILES)
    assert not missing, f"add to revision.READER_FILES: {sorted(missing)}"
    assert "store/measures.yaml" in revision.READER_FILES  # the base vocabulary
    assert all(p.is_file() for p in revision.reader_files())


def test_the_fingerprint_follows_the_bytes_of_the_reader(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    copy = tmp_path / "factcheck"
    for name in revision.READER_FILES:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE / name, copy / name)
    now = revision.reader_fingerprint()
    monkeypatch.setattr(revision, "PACKAGE", copy)
    assert revision.reader_fingerprint() == now  # the same bytes, wherever installed
    plain = copy / "store" / "plainfacts.py"
    plain.write_text(plain.read_text() + "\n# a change to how facts are read\n")
    changed = revision.reader_fingerprint()
    assert changed != now
    plain.unlink()  # a package installed without its sources: known as missing
    assert revision.reader_fingerprint() not in (now, changed)
