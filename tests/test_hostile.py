"""The hostile inputs of issue 10, checked end to end: each ends quickly, in a report or in
one clear error. The bound is generous (these took 25 s to minutes before); the timings
themselves are measured by ``benchmarks/bench_hostile.py``, not here."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import DocumentError
from factcheck.pipeline import check
from factcheck.read.documents import load_document
from factcheck.store.store import open_store

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
REFUSED = {"alias-bomb.md", "recursive-alias.md"}
# CPU seconds, not wall time: a shared machine's load stretches the clock, not the work.
BOUND = 10.0  # a tenth of what the slowest took before, many times what they take now


@pytest.fixture(scope="module")
def store() -> Any:
    return open_store()


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.iterdir()
                                        if p.name != "README.md"))
def test_each_hostile_input_ends_quickly(name: str, store: Any) -> None:
    start = time.process_time()
    if name in REFUSED:
        with pytest.raises(DocumentError, match=rf"{name}:2: front matter"):
            load_document(str(HOSTILE / name))
    else:
        check(load_document(str(HOSTILE / name)), store)
    assert time.process_time() - start < BOUND


def test_the_corpus_is_listed_in_its_readme() -> None:
    readme = (HOSTILE / "README.md").read_text()
    for path in HOSTILE.iterdir():
        assert path.name == "README.md" or f"`{path.name}`" in readme
