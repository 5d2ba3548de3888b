"""The side of a round a valuation is told on: a pre-money figure never settles a post-money
one, nor the reverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.quantities import find_quantities
from factcheck.model import Status
from factcheck.rules.money_sides import POST, PRE, told_side

_ACME = """
entities:
  - {id: acme, name: Acme AI, aliases: [Acme], kind: organization}
facts:
  - id: acme-valuation-2025-06
    kind: quantity
    subject: acme
    measure: valuation
    cues: [post-money]
    value: "$90 billion"
    as_of: 2025-06-30
    statement: Acme's June 2025 round of $15 billion valued it at $90 billion post-money.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - id: acme-pre-money-valuation-2025-06
    kind: quantity
    subject: acme
    measure: pre-money valuation
    value: "$75 billion"
    as_of: 2025-06-30
    statement: Acme's $15 billion round at a $90 billion post-money valuation valued it at
      $75 billion before the new money.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def _sides(text: str) -> list[str | None]:
    return [told_side(text, q) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "sides"), [
    ("Acme's pre-money valuation reached $75 billion.", [PRE]),
    ("The deal values Acme at $75 billion before the new money.", [PRE]),
    ("The round gives Acme a $90 billion post-money valuation.", [POST]),
    ("Acme was valued at $90 billion including the new capital.", [POST]),
    ("Acme was valued at $75 billion pre-money and $90 billion post-money.", [PRE, POST]),
    ("Acme was valued at $90 billion.", [None]),
])
def test_the_side_told_is_the_side_word_of_the_figure(text: str,
                                                      sides: list[str | None]) -> None:
    assert _sides(text) == sides


@pytest.mark.parametrize(("sentence", "status"), [
    # the other side's value, equal to the figure, is no support for it
    ("Acme's post-money valuation reached $75 billion in June 2025.", Status.UNVERIFIED),
    ("Acme's post-money valuation reached $75 billion.", Status.UNVERIFIED),
    ("Acme's pre-money valuation reached $90 billion in June 2025.", Status.UNVERIFIED),
    ("The round valued Acme at $90 billion before the new money.", Status.UNVERIFIED),
    # each side confirms its own figure, and a figure told on no side may be either's
    ("Acme's pre-money valuation reached $75 billion in June 2025.", Status.SUPPORTED),
    ("Acme's post-money valuation reached $90 billion in June 2025.", Status.SUPPORTED),
    ("The round valued Acme at $90 billion in June 2025.", Status.SUPPORTED),
])
def test_a_valuation_is_held_to_the_value_of_its_own_side(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    found = statuses_in(literal_store(_ACME), sentence, dt.date(2025, 9, 1))
    assert found[0] is status if status is Status.SUPPORTED else \
        Status.SUPPORTED not in found


def test_a_figure_without_a_side_in_a_valuation_s_statement_is_post_money(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    store = literal_store(_ACME + """
  - id: acme-valuation-2025-12
    kind: quantity
    subject: acme
    measure: valuation
    cues: [share sale]
    value: "$150 billion"
    as_of: 2025-12-01
    statement: A December 2025 share sale valued Acme at $150 billion, up from $90 billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
""")
    found = statuses_in(store, "Acme's pre-money valuation was $90 billion.",
                        dt.date(2025, 12, 10))
    assert Status.SUPPORTED not in found
