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


def test_a_fact_read_back_has_every_field_of_its_own_as_its_class_would_set_it() -> None:
    """``fact_from_json`` sets the fields without the class's ``__init__``: none is left to a
    class default, and the fact is equal, hashed and shown as one made by the class."""
    from dataclasses import fields

    from factcheck.model import Fact

    for fact in load_facts(FACTS).facts:
        back = fact_from_json(fact_to_json(fact))
        assert type(back) is Fact and list(vars(back)) == [f.name for f in fields(Fact)]
        made = Fact(**vars(back))
        assert back == made and hash(back) == hash(made) and repr(back) == repr(made)


def test_a_fact_is_written_as_the_json_encoder_writes_its_fields() -> None:
    """``fact_to_json`` writes the text ``json.dumps(..., sort_keys=True)`` would: the stored
    JSON is the same whichever way it is written."""
    import json

    from factcheck.model import Kind, Quantity, Source
    from factcheck.store.records import fact_json_dict

    root = Path(__file__).parent.parent
    facts = [f for folder in (root / "claims", FACTS, root / "tests" / "corpus" / "stores" / "webb")
             for f in load_facts(folder).facts]
    odd = replace(facts[0], statement='Quotes " and \\ and \n, é, 中文, \u2028 and 😀',
                  note=None, quote="x", object=None, period=None, tolerance=1e-20,
                  value=Quantity(Kind.MONEY, 1e21, text="$1e21", high=float("inf")),
                  sources=(Source(url="https://a.example/\u00e9", title="t", publisher="p",
                                  date=None, reliability="news", excerpt="«x»"),),
                  single_value=False, line=0)
    for fact in [*facts, odd, replace(odd, value=None, tolerance=float("nan"), sources=())]:
        assert fact_to_json(fact) == json.dumps(fact_json_dict(fact), sort_keys=True)
