"""Facts and reviewed claims survive the store's JSON form unchanged."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from factcheck.store.folder import load_facts
from factcheck.store.records import (
    fact_from_json,
    fact_to_json,
    reviewed_from_json,
    reviewed_to_json,
)

FACTS = Path(__file__).parent / "fixtures" / "facts"


def test_every_fixture_fact_and_reviewed_claim_round_trips() -> None:
    loaded = load_facts(FACTS)
    assert loaded.facts and loaded.reviewed
    for fact in loaded.facts:
        back = fact_from_json(fact_to_json(fact))
        if fact.value is not None:  # where the figure stood in the file is not kept
            assert back.value is not None and back.value.span is None
            fact = replace(fact, value=back.value)
        assert back == fact
    for item in loaded.reviewed:
        assert reviewed_from_json(reviewed_to_json(item)) == item
