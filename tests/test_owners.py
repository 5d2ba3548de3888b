"""Whose figure it is: the party a verb values at it (rules/owners.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    # the figure is X's worth, not xAI's, however near xAI's own valuation ($50 billion)
    ("xAI has acquired X in a deal that values X at $49.5 billion.", Status.UNVERIFIED),
    ("xAI has acquired X in a deal that values xAI at $80 billion.", Status.SUPPORTED),
])
def test_a_figure_a_verb_values_another_party_at_is_not_the_subjects(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 3, 30))[-1] is status


SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
ROUND = f"""
entities:
  - {{id: lumo, name: Lumo Labs, kind: organization, aliases: [Lumo]}}
facts:
  - id: lumo-round-2024
    kind: quantity
    subject: lumo
    measure: funding round size
    cues: [raise, raised, new funding, investors]
    value: "$2 billion"
    tolerance: 0.01
    as_of: 2024-06-10
    statement: On 10 June 2024 Lumo Labs closed a $2 billion funding round.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Investors put $300 million into Lumo Labs in its June 2024 round.", Status.UNVERIFIED),
    ("Early backers poured about $300 million into Lumo's June 2024 round.",
     Status.UNVERIFIED),
    ("Backers in Japan put $300 million into Lumo Labs in its June 2024 round.",
     Status.UNVERIFIED),
    ("Investors put $2 billion into Lumo Labs in its June 2024 round.", Status.SUPPORTED),
    ("Lumo Labs raised $3 billion from investors in its June 2024 round.",
     Status.CONTRADICTED),
])
def test_what_others_put_into_a_company_is_a_part_not_its_round(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, status: Status) -> None:
    """"Investors put $300 million into Lumo Labs in its June 2024 round" gives what some
    gave: a part of the round, never a contradiction of its size (it was contradicted)."""
    assert statuses_in(literal_store(ROUND), text)[-1] is status


SALE = f"""
entities:
  - {{id: vexa, name: Vexa Group, kind: organization, aliases: [Vexa]}}
  - {{id: lumo, name: Lumo Labs, kind: organization, aliases: [Lumo]}}
facts:
  - id: vexa-sells-lumo-2025
    kind: event
    subject: vexa
    object: lumo
    measure: sale of its entire Lumo stake
    cues: [sold, sale, sells, stake, shares]
    value: "$2 billion"
    tolerance: 0.01
    date: 2025-05-20
    statement: In May 2025 Vexa Group sold its entire stake in Lumo Labs, 30 million shares,
      for $2 billion.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    ("Vexa Group has sold its whole holding in Lumo Labs. It also said that it sold part of "
     "its Nordwave stake for $7 billion.", Status.UNVERIFIED),
    ("Vexa Group has sold its whole holding in Lumo Labs. The group said it sold 30 million "
     "Lumo shares in May, together with a $7 billion sale of Nordwave shares.",
     Status.UNVERIFIED),
    ("Vexa Group has sold its whole holding in Lumo Labs. It said that it sold the Lumo "
     "stake for $7 billion.", Status.CONTRADICTED),
])
def test_a_figure_of_another_party_s_stake_is_not_the_stake_just_told(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str, status: Status) -> None:
    """Real news (set 11): "It also disclosed that it sold part of its T-Mobile stake for
    $9.17 billion", after a story on SoftBank's Nvidia sale, was contradicted against the
    Nvidia sale: a party the claim names itself (one the store does not know) is not the
    counterparty the story left implicit, and a figure whose own noun is of another party's
    shares is not the fact's."""
    assert statuses_in(literal_store(SALE), text, dt.date(2025, 6, 1))[-1] is status


SPOKEN = """
entities:
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
  - {id: dana-reyes, name: Dana Reyes, aliases: [Reyes], kind: person, affiliation: zeta}
facts:
  - id: zeta-pre-money-2024
    kind: quantity
    subject: zeta
    mentions: [dana-reyes]
    measure: pre-money valuation
    value: "$18 billion"
    tolerance: 0.01
    as_of: 2024-05-26
    statement: Dana Reyes said Zeta's pre-money valuation in its May 2024 round was $18
      billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("text", "status"), [
    # the speaker gives the figure; the store records her saying it of Zeta: Zeta's, and a
    # round's pre-money valuation is that round's for good, months later too
    ("Dana Reyes put the value before the money came in at $20 billion.",
     Status.CONTRADICTED),
    ("Dana Reyes put the value before the money came in at $18 billion.", Status.SUPPORTED),
    # no measure of Zeta's named: her figure may be of anything
    ("Dana Reyes put the value of her art collection at $20 billion.", Status.UNVERIFIED),
])
def test_a_figure_a_speaker_gives_is_the_party_s_she_is_recorded_giving_it_for(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(SPOKEN), text, dt.date(2025, 1, 8)) == [status]


DEAL = f"""
entities:
  - {{id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}}
  - {{id: bolt, name: Bolt Systems, kind: organization, aliases: [Bolt]}}
  - {{id: orbit, name: Orbit, kind: project}}
facts:
  - id: bolt-acme-investment-2025
    kind: quantity
    subject: bolt
    object: acme
    measure: investment in Acme
    cues: [invest, invested, investment]
    value: "$5 billion"
    tolerance: 0.01
    as_of: 2025-03-31
    statement: On 31 March 2025 Bolt Systems invested $5 billion in Acme Corp.
    {SOURCE}
  - id: bolt-orbit-builder
    kind: relation
    subject: bolt
    object: orbit
    measure: builder of Orbit's data centers
    cues: [data centers, build, builds]
    statement: Bolt Systems builds and runs the data centers of Orbit.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "supported"), [
    # twelfth real set: a headline's "$30B Stargate deal" was supported by the same sum
    # one of its partners put into another's funding round
    ("Bolt partners with Acme on $5B Orbit deal to build data centers.", False),
    ("Bolt and Acme signed a $5 billion Orbit contract to build data centers.", False),
    # the thing named after the sum is a party of the record: its deal
    ("Bolt made a $5 billion Acme investment in March 2025.", True),
])
def test_a_sum_that_prices_a_deal_of_another_named_thing_is_not_the_fact_s(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, supported: bool) -> None:
    assert (Status.SUPPORTED in statuses_in(literal_store(DEAL), text)) is supported
