"""A figure given per unit is not a figure of a whole of several units."""

from __future__ import annotations

import pytest

from factcheck.model import Fact
from factcheck.rules.per_unit import of_a_whole

FACT = Fact("f", "quantity", "acme-chip", "peak compute per GPU (X1)", "X1 does 5 PF.", (), ())


@pytest.mark.parametrize(("text", "whole"), [
    ("The board, which pairs two X1 GPUs, does 5 petaflops", True),
    ("A rack of 72 GPUs does 5 petaflops", True),
    ("Each of the two GPUs does 5 petaflops", False),
    ("The X1 GPU does 5 petaflops", False),
])
def test_a_count_of_the_unit_makes_the_figure_the_whole_s(text: str, whole: bool) -> None:
    assert of_a_whole(text, FACT) is whole


def test_a_measure_given_for_the_whole_has_no_unit_to_count() -> None:
    total = Fact("f", "quantity", "acme", "revenue", "Acme made $5B.", (), ())
    assert not of_a_whole("Acme's two GPUs made $5 billion", total)
