"""A plan the store records confirms the plan, never the same thing told as done
(rules/plans.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
  - {{id: forge, name: Forge, aliases: [the Forge cluster], kind: project}}
facts:
  - id: forge-planned-expansion
    kind: quantity
    subject: forge
    measure: planned GPU count
    cues: [double, doubling, expand, expansion, planned, plans, grow]
    value: "200,000 GPUs"
    as_of: 2024-12-23
    published: 2024-12-23
    statement: In December 2024 Zeta Labs planned to double Forge to 200,000 GPUs.
    {SOURCE}
  - id: zeta-planned-investment
    kind: quantity
    subject: zeta
    measure: planned investment in Forge
    cues: [investment, invest, invested]
    value: "$50 billion"
    as_of: 2024-12-23
    published: 2024-12-23
    statement: In December 2024 Zeta Labs committed $50 billion to building Forge.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    "Zeta doubled Forge to 200,000 GPUs.",
    "Forge now runs 200,000 GPUs after its expansion.",
    # a sum pledged, told as paid out
    "Zeta has invested $50 billion in Forge.",
    "Zeta completed its $50 billion investment in Forge.",
])
def test_a_plan_confirms_nothing_told_as_done(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(STORE), text)[-1] is Status.UNVERIFIED


@pytest.mark.parametrize("text", [
    "Zeta plans to double Forge to 200,000 GPUs.",
    "Forge will grow to 200,000 GPUs.",
    "Zeta announced an expansion of Forge to 200,000 GPUs.",
    # a sum committed is told as invested as often as not: the commitment is the news
    "Zeta's investment in Forge totals $50 billion.",
])
def test_the_plan_told_as_a_plan_is_confirmed(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(STORE), text)[-1] is Status.SUPPORTED
