"""Dataclass methods compiled once and kept are the methods ``dataclasses`` makes itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli.methods import KeptMethods


def make() -> type[Any]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Figure:
        value: float
        unit: str = "USD"
        notes: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Figure


def methods(cls: type[Any]) -> dict[str, Any]:
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__lt__")
    return {n: (getattr(cls, n).__code__.co_code, getattr(cls, n).__code__.co_consts,
                getattr(cls, n).__code__.co_filename, getattr(cls, n).__annotations__)
            for n in names}


def made_with(kept: KeptMethods, monkeypatch: pytest.MonkeyPatch) -> type[Any]:
    with monkeypatch.context() as patched:
        patched.setattr(dataclasses, "exec", kept.exec, raising=False)
        return make()


def test_kept_methods_are_the_ones_dataclasses_compiles(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "methods.marshal"
    first = KeptMethods(path)
    ours = made_with(first, monkeypatch)
    assert first.added >= 5
    first.save()
    again = KeptMethods(path)
    read_back = made_with(again, monkeypatch)
    assert again.added == 0  # every method read from the file, none compiled
    own = make()
    assert methods(ours) == methods(read_back) == methods(own)
    figure = read_back(2.5, notes=("est.",))
    assert (figure, hash(figure)) == (read_back(2.5, "USD", ("est.",)),
                                      hash(read_back(2.5, notes=("est.",))))
    assert repr(figure).endswith("Figure(value=2.5, unit='USD', notes=('est.',))")
    assert read_back(1.0) < figure
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 3.0  # type: ignore[misc]


def test_a_damaged_file_is_compiled_afresh(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "methods.marshal"
    path.write_bytes(b"\xe3garbage")
    kept = KeptMethods(path)
    assert methods(made_with(kept, monkeypatch)) == methods(make())
    kept.save()
    assert KeptMethods(path).entries()


def test_the_library_leaves_dataclasses_as_it_found_it() -> None:
    import factcheck.pipeline  # noqa: F401 -- everything a check imports

    assert "exec" not in vars(dataclasses)


def test_a_file_others_may_change_is_not_read(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """What the file holds is run as code: only a file no one else may write is trusted."""
    path = tmp_path / "methods.marshal"
    first = KeptMethods(path)
    made_with(first, monkeypatch)
    first.save()
    assert KeptMethods(path).entries()
    path.chmod(0o666)
    assert KeptMethods(path).entries() == {}
    path.chmod(0o644)
    assert KeptMethods(path).entries()


def test_the_file_is_written_for_its_user_alone_whatever_the_umask(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "methods.marshal"
    kept = KeptMethods(path)
    made_with(kept, monkeypatch)
    old = os.umask(0o002)
    try:
        kept.save()
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600
    assert KeptMethods(path).entries()
