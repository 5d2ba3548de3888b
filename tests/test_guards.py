"""Guards on what a figure measures: an equal value of another measure is no support."""

from __future__ import annotations

import pytest

from factcheck.model import Fact, Kind, Quantity, Span
from factcheck.rules.guards import another_measure_named

STAKE = Fact(id="acme-zeta-stake-value", kind="quantity", subject="acme", object="zeta",
             measure="value of its stake in Zeta", statement="Acme's 27% stake in Zeta was "
             "valued at about $135 billion.", cues=("stake valued", "stake worth"), sources=())


def _figure_in(text: str) -> Quantity:
    at = text.index("$135 billion")
    return Quantity(Kind.MONEY, 135e9, unit="USD", text="$135 billion",
                    span=Span(at, at + len("$135 billion")))


@pytest.mark.parametrize(("text", "other"), [
    # the company's own worth is another measure than a stake's
    ("The agreement values Zeta at $135 billion.", True),
    ("a deal that valued Zeta at about $135 billion", True),
    # a stake or holding said so is the fact's measure
    ("Acme's stake in Zeta is valued at $135 billion.", False),
    ("Acme's holding is worth $135 billion.", False),
])
def test_a_company_s_worth_is_another_measure_than_a_stake_s(text: str, other: bool) -> None:
    assert another_measure_named(_figure_in(text), text, STAKE) is other
