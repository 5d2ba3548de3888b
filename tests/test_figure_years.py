"""NUM-when: the very figure of a one-time deal, put in a year before the store's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: keel, name: Keel Robotics, kind: organization}}
  - {{id: harbor, name: Harbor Agency, kind: organization}}
facts:
  - id: keel-grant
    kind: quantity
    subject: keel
    object: harbor
    measure: federal grant
    cues: [grant, grants, awarded, award]
    value: "$300 million"
    tolerance: 0.01
    as_of: 2023-05-10
    published: 2023-05-10
    statement: The Harbor Agency awarded Keel Robotics a $300 million grant on 10 May 2023.
    {SOURCE}
  - id: keel-revenue-2023
    kind: quantity
    subject: keel
    measure: revenue
    cues: [revenue, sales]
    value: "$1.5 billion"
    tolerance: 0.01
    period: 2023
    as_of: 2023-12-31
    published: 2024-02-01
    statement: Keel Robotics had revenue of $1.5 billion in 2023.
    {SOURCE}
  - id: keel-revenue-2022
    kind: quantity
    subject: keel
    measure: revenue
    cues: [revenue, sales]
    value: "$1.2 billion"
    tolerance: 0.01
    period: 2022
    as_of: 2022-12-31
    published: 2023-02-01
    statement: Keel Robotics had revenue of $1.2 billion in 2022.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    "Keel Robotics won a $300 million grant from the Harbor Agency in 2021.",
    "In March 2022, the Harbor Agency awarded Keel Robotics a $300 million grant.",
])
def test_a_deal_s_figure_in_a_year_before_the_deal_is_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    """issue 8: the figure is the grant's; the grant was made in 2023, not before. (A part
    read without the year may say what is true of the grant.)"""
    statuses = statuses_in(literal_store(STORE), text)
    assert Status.CONTRADICTED in statuses and Status.IMPRECISE not in statuses


def test_the_deal_s_own_year_is_supported(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    assert statuses_in(literal_store(STORE), "Keel Robotics won a $300 million grant from the "
                                             "Harbor Agency in May 2023.") == [Status.SUPPORTED]


@pytest.mark.parametrize("text", [
    # a series: the revenue of 2021 is not recorded, and may have been the same
    "Keel Robotics had revenue of $1.5 billion in 2021.",
    # another figure may be another grant
    "Keel Robotics won a $200 million grant from the Harbor Agency in 2021.",
    # the counterparty unsaid: another agency's grant, perhaps
    "Keel Robotics won a $300 million grant in 2021.",
    # hoped for, not made
    "Keel Robotics expected a $300 million grant from the Harbor Agency in 2021.",
    # the year dates another thing
    "Keel Robotics, which has grown since 2021, won a $300 million grant from the Harbor "
    "Agency.",
    # a year of a lead-in or of a noun: the company's, not the grant's
    "Founded in 2021, Keel Robotics won a $300 million grant from the Harbor Agency.",
    "The 2021 startup Keel Robotics won a $300 million grant from the Harbor Agency.",
    "Keel Robotics won a $300 million grant from the Harbor Agency in 2021 filings.",
    # a year after the deal: the figure may still stand then (a level, a total)
    "Keel Robotics won a $300 million grant from the Harbor Agency in 2024.",
    # a bound below the deal's figure is not its figure: "topped $2 trillion in 2020" says
    # nothing of when a $3 trillion mark was first passed
    "Keel Robotics won a grant of more than $200 million from the Harbor Agency in 2021.",
])
def test_a_year_the_figure_may_belong_to_is_never_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    assert Status.CONTRADICTED not in statuses_in(literal_store(STORE), text)


SLIP_STORE = STORE + f"""
  - id: harbor-invests-keel
    kind: event
    subject: harbor
    object: keel
    measure: investment in Keel Robotics
    cues: [invested, investment]
    value: "$50 million"
    date: 2024-06-03
    published: 2024-06-03
    statement: The Harbor Agency invested $50 million in Keel Robotics on 3 June 2024.
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    # the grant's figure and month (May 2023), a year early, in words no cue lists
    "In May 2022, Keel Robotics received $300 million from the Harbor Agency.",
    # the investment's figure and month (June 2024): an event happens once, a year later too
    "In June 2025, the Harbor Agency handed Keel Robotics $50 million.",
    "In June 2022, Keel Robotics took $50 million from the Harbor Agency.",
])
def test_a_deal_s_figure_in_its_month_of_another_year_is_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    assert statuses_in(literal_store(SLIP_STORE), text) == [Status.CONTRADICTED]


@pytest.mark.parametrize("text", [
    # a one-time figure may still stand a year after it was made public
    "In May 2024, Keel Robotics received $300 million from the Harbor Agency.",
    # another month, another figure, a year far off: nothing says which deal it is
    "In July 2022, Keel Robotics received $300 million from the Harbor Agency.",
    "In May 2022, Keel Robotics received $200 million from the Harbor Agency.",
    "In May 2019, Keel Robotics received $300 million from the Harbor Agency.",
    # the two made a deal the month beside (the grant of May 2023): the claim may mean it
    "In June 2023, Keel Robotics took $50 million from the Harbor Agency.",
    # a figure hoped for, and one party unsaid
    "In June 2023, Keel Robotics hoped to get $50 million from the Harbor Agency.",
    "In June 2023, Keel Robotics took $50 million.",
])
def test_a_figure_the_month_does_not_tie_to_one_deal_is_not_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    assert Status.CONTRADICTED not in statuses_in(literal_store(SLIP_STORE), text)


def test_the_month_may_is_no_hedge(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    # "may" hedges a figure; "May 2021" dates it
    assert Status.CONTRADICTED in statuses_in(
        literal_store(STORE), "In May 2021, the Harbor Agency awarded Keel Robotics a $300 "
                              "million grant.")
