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


DONE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-series-b
    kind: quantity
    subject: zeta
    measure: funding round size (Series B)
    cues: [raise, raised, round, funding]
    value: "$6 billion"
    as_of: 2024-05-26
    published: 2024-05-27
    statement: Zeta Labs raised $6 billion in a Series B round closed on 26 May 2024.
    {SOURCE}
"""


def test_a_deed_done_months_before_confirms_no_plan_told_after_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[..., list[Status]]) -> None:
    """A plan told as "will" or "plans to" is checked against a stored plan, never against
    a done deed: months after a $6 billion round closed, "plans to raise $6 billion" may be
    another round."""
    import datetime as dt
    store = literal_store(DONE)
    later = dt.date(2024, 10, 1)
    assert statuses_in(store, "Zeta plans to raise $6 billion.", later) != [Status.SUPPORTED]
    # told as done, or as a plan in the days of the round, it is the round
    assert statuses_in(store, "Zeta raised $6 billion.", later) == [Status.SUPPORTED]
    assert statuses_in(store, "Zeta plans to raise $6 billion.", dt.date(2024, 5, 28)) == [
        Status.SUPPORTED]


BUILDING = f"""
entities:
  - {{id: forge, name: Forge, aliases: [the Forge campus], kind: project}}
facts:
  - id: forge-halls-under-construction
    kind: event
    subject: forge
    measure: first halls under construction
    cues: [construction, under construction, being built, halls]
    date: 2025-01-20
    statement: On 20 January 2025 the first Forge halls were under construction, ten halls
      of 400,000 square feet each being built.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    "Each Forge hall should measure 400,000 square feet.",
    "The Forge halls will measure 400,000 square feet each.",
])
def test_what_is_under_construction_is_what_will_be(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[..., list[Status]], text: str) -> None:
    """issue 8: "Each data center should measure 500,000 square feet": the store records
    halls being built at that size, which is what they will be; read as what is, the size
    was held to be no answer to a claim of what is still to come (then an opinion)."""
    import datetime as dt
    assert statuses_in(literal_store(BUILDING), text, dt.date(2025, 5, 1)) == [
        Status.SUPPORTED]
