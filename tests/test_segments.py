"""A figure of a part of a company (a segment, a business line) is not the whole's: it is
never held to the company's total (rules/segments.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-q4-revenue
    kind: quantity
    subject: zeta
    measure: quarterly revenue
    cues: [fourth-quarter revenue, revenue in the quarter, quarter]
    value: "$30 billion"
    tolerance: 0.01
    as_of: 2025-01-31
    published: 2025-02-20
    statement: Zeta Labs' revenue for the fourth quarter (ended 31 January 2025) was $30 billion.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    "Zeta's gaming revenue was $2.9 billion in the quarter.",
    "Zeta reported revenue for the quarter. Its cloud revenue rose to $4 billion in the "
    "quarter.",
    "In the quarter, Zeta's automotive sales came to $0.6 billion.",
    "Zeta's Azure and other cloud services revenue grew to $12 billion in the quarter.",
    # a line named before and pointed back to: "this business" is a part all the same
    "Zeta leads the market for cloud chips. It had revenue of $12 billion in this business "
    "in the quarter.",
    "Zeta had a turnover of $12 billion in that segment in the quarter.",
])
def test_a_business_line_s_figure_is_not_held_to_the_company_s_total(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(STORE), text)[-1] is Status.UNVERIFIED


@pytest.mark.parametrize("part", ["the unit", "the division", "that segment", "the arm"])
def test_a_part_told_as_the_subject_is_not_held_to_the_company_s_total(
        bundled_store: Any, statuses_in: Callable[..., list[Status]], part: str) -> None:
    """A real report: "Services revenue amounted to $28.75 billion ... For fiscal 2025, the
    unit generated $109.16 billion for Apple" was held to Apple's total revenue: the unit,
    its line named only before, is a part all the same."""
    text = ("Apple's Services revenue rose 15% to $28.75 billion in the quarter. In fiscal "
            f"2025 {part} generated $109.2 billion for Apple.")
    assert statuses_in(bundled_store, text, dt.date(2025, 11, 1))[-1] is Status.UNVERIFIED
    # the company itself is still held to its total
    text = text.replace(f"{part} generated $109.2 billion for Apple", "Apple generated "
                        "$109.2 billion")
    assert statuses_in(bundled_store, text, dt.date(2025, 11, 1))[-1] is Status.CONTRADICTED


@pytest.mark.parametrize("text", [
    "Zeta's revenue was $25 billion in the quarter.",
    "Zeta's record quarterly revenue was $25 billion.",
    "Zeta's fourth-quarter revenue was $25 billion.",
    "Zeta's total revenue in the quarter came to $25 billion.",
    "The company's net revenue was $25 billion in the quarter, Zeta said.",
    "Zeta (ZETA) revenue was $25 billion in the quarter.",  # a ticker is no business line
    # "final" and "bottom-line" tell which total, not a business line (issue 8)
    "Zeta's final revenue for the quarter was $25 billion.",
    "Zeta's bottom-line revenue in the quarter came to $25 billion.",
])
def test_the_whole_s_revenue_told_with_a_period_or_a_kind_is_still_held_to_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(STORE), text)[-1] is Status.CONTRADICTED


LINES = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-datacenter-2024
    kind: quantity
    subject: zeta
    measure: data center revenue
    cues: [data center revenue, data center segment revenue]
    value: "$7.1 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    period: 2024
    published: 2025-02-04
    statement: Zeta's data center revenue for 2024 was $7.1 billion.
    {SOURCE}
  - id: zeta-q1-datacenter
    kind: quantity
    subject: zeta
    measure: quarterly data center revenue
    cues: [first-quarter data center revenue, data center revenue in the quarter]
    value: "$1.9 billion"
    tolerance: 0.01
    as_of: 2025-03-29
    published: 2025-05-06
    statement: Zeta's Data Center segment revenue in the first quarter of 2025 was $1.9 billion.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # the British spelling names the same line as the store's American one
    ("Zeta's data centre revenue came to $1.9 billion.", Status.SUPPORTED),
    ("The data centre unit of Zeta posted $1.9 billion in revenue.", Status.SUPPORTED),
    ("Zeta's data centre revenue was $7.1 billion.", Status.SUPPORTED),
    # a line the store does not name is still a part, not the store's line
    ("Zeta's storage unit posted $1.9 billion in revenue.", Status.UNVERIFIED),
])
def test_a_line_spelt_the_british_way_is_the_store_s_line(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(LINES), text, dt.date(2025, 5, 7))[-1] is status


# The whole's fourth quarter, and one line's quarter before it: the store knows the line.
WHOLE_AND_LINE = STORE + f"""
  - id: zeta-q3-gaming
    kind: quantity
    subject: zeta
    measure: quarterly gaming revenue
    cues: [gaming revenue, gaming sales]
    value: "$2.5 billion"
    tolerance: 0.01
    as_of: 2024-10-31
    published: 2024-11-20
    statement: Zeta Labs' gaming revenue for the third quarter (ended 31 October 2024) was $2.5
      billion.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # a line the store keeps for the company, right at the figure's measure noun after the
    # company's verb: the line's figure, neither confirmed nor refuted by the whole's
    ("Zeta posted gaming revenue of $30 billion in the fourth quarter.", Status.UNVERIFIED),
    ("Zeta posted gaming revenue of $25 billion in the fourth quarter.", Status.UNVERIFIED),
    ("Zeta booked $30 billion in gaming sales in the fourth quarter.", Status.UNVERIFIED),
    ("Zeta reported revenue from its gaming business of $30 billion in the fourth quarter.",
     Status.UNVERIFIED),
    # the whole, told after the verb with a period or a kind, is still the whole
    ("Zeta posted revenue of $30 billion in the fourth quarter.", Status.SUPPORTED),
    ("Zeta posted record fourth-quarter revenue of $25 billion.", Status.CONTRADICTED),
    ("Zeta reported strong sales of $30 billion in the fourth quarter.", Status.SUPPORTED),
])
def test_a_line_the_store_keeps_told_after_the_company_s_verb_is_not_the_whole(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    assert statuses_in(literal_store(WHOLE_AND_LINE), text)[-1] is status


@pytest.mark.parametrize("text", [
    # chipmakers' real news: a figure told as a part of the whole the store records is no
    # wrong value of that whole
    "Zeta reported $11 billion in networking sales, part of the quarter's revenue.",
    "Zeta's networking products brought in $11 billion as part of revenue in the quarter.",
    "Zeta booked $11 billion from networking (included in the quarter's revenue).",
])
def test_a_figure_told_as_part_of_the_whole_is_not_held_to_the_whole(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str) -> None:
    assert statuses_in(literal_store(STORE), text)[-1] is Status.UNVERIFIED


def test_the_whole_named_as_the_figure_s_own_is_still_held_to_it(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # "part of" elsewhere in the claim does not make its figure a part
    assert statuses_in(literal_store(STORE), "As part of its results, Zeta's revenue in "
                       "the quarter was $25 billion.")[-1] is Status.CONTRADICTED


LOSS_STORE = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-net-loss-2024
    kind: quantity
    subject: zeta
    measure: net loss
    value: "$18.8 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    period: 2024
    published: 2025-01-30
    statement: Zeta Labs' net loss for 2024 was $18.8 billion.
    {SOURCE}
"""


@pytest.mark.parametrize(("text", "status"), [
    # real news: a manufacturing business's loss was held to the whole company's net loss
    ("Zeta's manufacturing business posted $13 billion in losses for 2024.", Status.UNVERIFIED),
    ("Zeta's foundry division posted $13 billion in losses for 2024.", Status.UNVERIFIED),
    ("Zeta posted $13 billion in losses for 2024.", Status.CONTRADICTED),
    ("Zeta's business posted $13 billion in losses for 2024.", Status.CONTRADICTED),
])
def test_a_line_named_a_business_is_a_part_too(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]], text: str, status: Status) -> None:
    assert statuses_in(literal_store(LOSS_STORE), text)[-1] is status
