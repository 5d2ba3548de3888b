"""A folder of fact files: read once, file by file, fingerprinted from the bytes it read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import FactFileError
from factcheck.store import facts
from factcheck.store.folder import FactReader, fingerprint, load_facts
from factcheck.store.store import Store, ensure_built


def test_a_file_edited_while_the_store_is_built_is_picked_up_next_time(
        facts_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    real = facts.parse_fact_file

    def parse_then_edit(path: Path, raw: bytes, *args: Any) -> object:
        parsed = real(path, raw, *args)
        # Someone saves the file after the build has read it and before it is fingerprinted.
        path.write_text(path.read_text().replace("$2.4 trillion", "$2.5 trillion"))
        return parsed

    monkeypatch.setattr(facts, "parse_fact_file", parse_then_edit)
    ensure_built(facts_dir, db)
    monkeypatch.undo()
    store = Store(db)
    assert store.fact("acme-aum-2024").value.value == 2.4e12  # type: ignore[union-attr]
    assert store.fingerprint != fingerprint(facts_dir)  # the store names what it was built from
    ensure_built(facts_dir, db)
    assert Store(db).fact("acme-aum-2024").value.value == 2.5e12  # type: ignore[union-attr]


def test_the_fingerprint_is_known_once_every_file_is_read(facts_dir: Path) -> None:
    reader = FactReader(facts_dir)
    with pytest.raises(RuntimeError):
        reader.fingerprint  # noqa: B018 - the property is what is tested
    batches = list(reader)
    assert [b.path.name for b in batches] == ["acme.yaml"]
    assert reader.fingerprint == fingerprint(facts_dir) == load_facts(facts_dir).fingerprint


def test_references_may_point_to_a_later_file_but_not_nowhere(facts_dir: Path) -> None:
    (facts_dir / "0-early.yaml").write_text(
        "entities:\n  - {id: hooli, name: Hooli, kind: organization, affiliation: acme}\n")
    assert "hooli" in {e.id for e in load_facts(facts_dir).entities}
    (facts_dir / "0-early.yaml").write_text(
        "entities:\n  - {id: hooli, name: Hooli, kind: organization, affiliation: acmee}\n")
    with pytest.raises(FactFileError) as failure:
        load_facts(facts_dir)
    assert (failure.value.line, failure.value.field) == (2, "affiliation")
    assert "unknown entity 'acmee' (did you mean 'acme'?)" in str(failure.value)
