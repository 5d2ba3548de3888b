"""Golden files for the reporters: compare, or rewrite them with UPDATE_GOLDEN=1."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """``golden(name, text)``: assert ``text`` equals golden/<name>.

    With ``UPDATE_GOLDEN=1`` in the environment the file is (re)written instead; review
    the diff before committing it.
    """

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN") == "1":
            path.write_bytes(text.encode("utf-8"))
            return
        assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
        assert text == path.read_bytes().decode("utf-8")

    return check
