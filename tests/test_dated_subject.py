"""A year checked before the clause's verb dates the event its subject or lead-in names;
what the predicate says of that event is not confirmed by the event's record
(rules/dated_subject.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

DAY = dt.date(2025, 12, 10)


DATED_ONLY = Status.UNVERIFIED


@pytest.mark.parametrize(("text", "status"), [
    # a judgement of a dated event, linked by a copula: one word held nowhere is the claim
    ("AMD's 2022 purchase of Xilinx was a masterstroke.", DATED_ONLY),
    ("The 2023 launch of the MI300X was a watershed moment for AMD.", DATED_ONLY),
    ("Nvidia's 1999 IPO was a modest affair by today's standards.", DATED_ONLY),
    # what the dated event did, or what was done since a dated lead-in
    ("ChatGPT's launch in 2022 changed the industry forever.", DATED_ONLY),
    ("Since its founding in 1993, Nvidia has reshaped computing.", DATED_ONLY),
    # a dated lead-in, the event met only in an aside closing the point
    ("In 2024, BlackRock made its boldest bet yet on infrastructure with the purchase of GIP.",
     DATED_ONLY),
    # a year that modifies a noun after the verb dates that noun, not what the clause says
    ("Microsoft and OpenAI signed a new deal. It lifts old limits tied to their 2019 "
     "partnership, which had capped OpenAI's cloud options.", DATED_ONLY),
    ("The deal ends limits set by Microsoft's 2019 investment in OpenAI.", DATED_ONLY),
    ("The 2022 completion of the Xilinx deal made AMD a leader in adaptive computing.",
     DATED_ONLY),
    # the point tells the event the year dates
    ("In 2022, AMD completed its acquisition of Xilinx.", Status.SUPPORTED),
    ("In March 2024, Nvidia unveiled Blackwell at GTC.", Status.SUPPORTED),
    ("Back in 2019, Microsoft made its first investment in OpenAI.", Status.SUPPORTED),
    # a year after the verb dates what the clause asserts
    ("Anthropic was founded in 2021 by former OpenAI researchers.", Status.SUPPORTED),
])
def test_a_judgement_of_a_dated_event_is_not_confirmed_by_its_year(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, DAY)[-1] is status
