"""Units: figures of one dimension compare after conversion; others never do."""

from __future__ import annotations

import pytest

from factcheck.language.comparison import compare
from factcheck.language.quantities import find_quantities
from factcheck.language.units import convert, counts_persons


def one(text: str) -> object:
    [q] = find_quantities(text)
    return q


@pytest.mark.parametrize(("stated", "recorded", "outcome"), [
    ("about 930,000 miles", "1.5 million km", "consistent"),
    ("21.3 feet", "6.5 m", "consistent"),
    ("a 23-foot mirror", "6.5 m", "near"),
    ("6.5 metres", "6.5 m", "consistent"),
    ("about 1.8 square miles", "1,129 acres", "consistent"),
    ("13,600 pounds", "6,200 kg", "consistent"),
    ("500 hectares", "1,129 acres", "near"),  # 1,236 acres: 9% off
    ("300 hectares", "1,129 acres", "inconsistent"),
])
def test_one_dimension_compares_after_conversion(stated: str, recorded: str,
                                                 outcome: str) -> None:
    claim, fact = one(stated), one(recorded)
    converted = convert(claim, fact)  # type: ignore[arg-type]
    assert converted is not None
    assert compare(converted, fact, 0.01).outcome == outcome  # type: ignore[arg-type]


@pytest.mark.parametrize(("stated", "recorded"), [
    ("192 GB", "6.5 m"),          # another dimension
    ("100,000 GPUs", "6.5 m"),    # not a unit at all
])
def test_other_dimensions_never_convert(stated: str, recorded: str) -> None:
    assert convert(one(stated), one(recorded)) is None  # type: ignore[arg-type]


def test_numbers_inside_names_are_not_counts() -> None:
    assert find_quantities("OpenAI released its GPT-4 model") == []
    assert [q.value for q in find_quantities("the 100,000-GPU Colossus")] == [100000.0]


def test_a_counted_noun_in_other_words_is_one_unit() -> None:
    from factcheck.language.units import counted
    assert counted("graphics processors") == "gpus"
    assert counted("nvidia graphic processor") == "nvidia gpu"


def test_people_count_the_persons_a_fact_counts_in_a_role() -> None:
    """'serves 500 million people each week' counts the weekly users (issue 8)."""
    assert counts_persons("people", "weekly users")
    assert counts_persons("people", "employees")
    assert not counts_persons("people", "gpus")
    assert not counts_persons("users", "weekly users")  # the same noun needs no help
