"""The accounting basis a figure is told on: a GAAP value never settles an adjusted one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.quantities import find_quantities
from factcheck.model import Status
from factcheck.rules.basis import ADJUSTED, GAAP, told_basis

_ACME = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-q1-2025-net-income
    kind: quantity
    subject: acme
    measure: quarterly net income
    cues: [net income, profit]
    value: "$709 million"
    as_of: 2025-03-29
    statement: Acme's GAAP net income for the first quarter of 2025 was $709 million, or $0.44
      per diluted share.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
  - id: acme-q1-2025-non-gaap-net-income
    kind: quantity
    subject: acme
    measure: quarterly net income (non-GAAP)
    cues: [non-GAAP net income, adjusted net income]
    value: "$1.57 billion"
    as_of: 2025-03-29
    statement: Acme's non-GAAP net income for the first quarter of 2025 was $1.57 billion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
  - id: acme-q1-2025-eps
    kind: quantity
    subject: acme
    measure: quarterly earnings per share (GAAP)
    cues: [earnings per share, EPS, GAAP EPS]
    value: "$0.44"
    as_of: 2025-03-29
    statement: Acme's GAAP diluted earnings per share for the first quarter of 2025 were $0.44.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
  - id: acme-q1-2025-non-gaap-eps
    kind: quantity
    subject: acme
    measure: quarterly earnings per share (non-GAAP)
    cues: [non-GAAP earnings per share, adjusted earnings per share, adjusted EPS]
    value: "$0.96"
    as_of: 2025-03-29
    statement: Acme's non-GAAP diluted earnings per share for the first quarter of 2025 were
      $0.96 (GAAP $0.44).
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
"""


def _basis(text: str) -> list[str | None]:
    return [told_basis(text, q) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "bases"), [
    ("Acme reported adjusted earnings of $0.44 per share.", [ADJUSTED]),
    ("Excluding items, Acme earned $1.05 a share.", [ADJUSTED]),
    ("Acme earned $1.05 a share, excluding certain items.", [ADJUSTED]),
    ("Net income was $482 million, or $1.8 billion on an adjusted basis.", [None, ADJUSTED]),
    ("GAAP EPS was $0.29 and adjusted EPS was $1.09.", [GAAP, ADJUSTED]),
    ("Non-GAAP gross margin was 54%.", [ADJUSTED]),
    # adjusted for a split or the season is no accounting basis
    ("The split-adjusted price was $120.", [None]),
    ("Seasonally adjusted sales rose 3%.", [None]),
    ("Acme earned $1.09 a share.", [None]),
])
def test_the_basis_told_is_the_nearest_basis_word(text: str, bases: list[str | None]) -> None:
    assert _basis(text) == bases


@pytest.mark.parametrize(("sentence", "status"), [
    # a GAAP value equal to the figure told adjusted is a coincidence, not support
    ("Acme's first-quarter adjusted net income was $709 million.", Status.UNVERIFIED),
    ("Acme reported adjusted earnings of $0.44 per share for the first quarter.",
     Status.UNVERIFIED),
    # each basis confirms its own figure
    ("Acme's first-quarter GAAP net income was $709 million.", Status.SUPPORTED),
    ("Acme earned 96 cents a share in the first quarter, excluding items.", Status.SUPPORTED),
    ("Acme earned 44 cents a share in the first quarter, excluding items.", Status.UNVERIFIED),
    # a figure told on no basis may be either basis's: no mislabelled measure
    ("Acme's first-quarter net income was $1.57 billion.", Status.SUPPORTED),
])
def test_a_figure_is_held_to_the_value_of_its_own_basis(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_ACME), sentence, dt.date(2025, 5, 10)) == [status]


@pytest.mark.parametrize(("text", "bases"), [
    # a basis shared by every figure before it
    ("Gross margin was 73.6% and operating margin 65%, both on a non-GAAP basis.",
     [ADJUSTED, ADJUSTED]),
    ("EPS was $1.30, $1.05 and $0.81, all on an adjusted basis.",
     [ADJUSTED, ADJUSTED, ADJUSTED]),
    ("Gross margin was 73.4% and 72.4%, both on a GAAP basis.", [GAAP, GAAP]),
    # two bases handed out in order
    ("Gross margin was 73.4% and 73.6%, respectively, on a GAAP and non-GAAP basis.",
     [GAAP, ADJUSTED]),
    ("Gross margin was 73.4% and 73.6% on a GAAP and non-GAAP basis, respectively.",
     [GAAP, ADJUSTED]),
    # the next sentence's basis is not this one's
    ("Gross margin was 73.4%. Operating margin was 65%, both on a GAAP basis.",
     [None, GAAP]),
])
def test_a_basis_told_once_for_several_figures_is_each_one_s(
        text: str, bases: list[str | None]) -> None:
    assert _basis(text) == bases


_MARGINS = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-q1-2025-gross-margin
    kind: quantity
    subject: acme
    measure: quarterly gross margin (GAAP)
    cues: [gross margin, GAAP gross margin]
    value: "73.4%"
    tolerance: 0.005
    as_of: 2025-03-29
    statement: Acme's GAAP gross margin for the first quarter of 2025 was 73.4%.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
  - id: acme-q1-2025-non-gaap-gross-margin
    kind: quantity
    subject: acme
    measure: quarterly gross margin (non-GAAP)
    cues: [gross margin, non-GAAP gross margin, adjusted gross margin]
    value: "73.6%"
    tolerance: 0.005
    as_of: 2025-03-29
    statement: Acme's non-GAAP gross margin for the first quarter of 2025 was 73.6%.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: primary}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    ("Acme's first-quarter gross margin was 73.4% and 73.6%, respectively, on a GAAP and "
     "non-GAAP basis.", Status.SUPPORTED),
    # the GAAP figure told adjusted: the adjusted 73.6% is within its tolerance, but not the
    # figure rounded (and the GAAP 73.4% is another basis's)
    ("Acme's first-quarter gross margin was 73.4%, on an adjusted basis.", Status.UNVERIFIED),
])
def test_margins_on_two_bases_are_each_held_to_their_own(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_MARGINS), sentence, dt.date(2025, 5, 10)) == [status]


def test_a_statement_s_figure_on_the_other_basis_covers_no_figure_told_on_this_one(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    """The non-GAAP statement's "(GAAP $0.44)" is the GAAP figure: it does not cover a
    $0.44 the claim tells on a non-GAAP basis."""
    assert Status.SUPPORTED not in statuses_in(
        literal_store(_ACME), "Acme posted first-quarter earnings of $0.44 per share and $0.96 "
        "per share, both on a non-GAAP basis.", dt.date(2025, 5, 10))
