"""A relation or event met only on a word the claim uses for something else is no support
(rules/reactions.py): a group named by the act's agent noun ("some investors", "buyers of
the shares"), a reaction to the event ("surprised", "cheered", "was unhappy with"), or a
measure judged without a figure ("sales are off the charts")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

NOV_12_2025 = dt.date(2025, 11, 12)


@pytest.mark.parametrize("text", [
    # the group named by the agent noun is not the party the record has act
    "OpenAI's investors cheered Microsoft's move.",
    "Amazon's investors were unhappy with Anthropic's results.",
    "Buyers of Xilinx shares welcomed AMD.",
    # a reaction to the recorded event is no part of the record
    "SoftBank's exit surprised some investors in Nvidia.",
    "Some Nvidia investors were rattled by the sale.",
])
def test_a_group_named_by_the_agent_noun_or_a_reaction_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert bundled_statuses(text, NOV_12_2025) == [Status.UNVERIFIED]


@pytest.mark.parametrize(("text", "date"), [
    # the agent noun told of the party itself: its act
    ("Nvidia, an investor in xAI, reported results.", dt.date(2025, 1, 10)),
    ("Investors in xAI include Nvidia and AMD.", dt.date(2025, 1, 10)),
    ("AMD came in as a strategic investor in xAI.", dt.date(2025, 1, 10)),
    # a reaction the record itself tells ("hailed") is what it records
    ("Donald Trump hailed Stargate at the White House.", dt.date(2025, 1, 22)),
])
def test_the_agent_noun_told_of_the_party_or_a_recorded_reaction_is_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date) -> None:
    assert bundled_statuses(text, date)[0] is Status.SUPPORTED


@pytest.mark.parametrize("text", [
    # a quoted or reported judgement of sales, against a quarter's revenue months before
    '"Blackwell sales are off the charts," Jensen Huang said.',
    "Huang said Blackwell sales were stronger than ever.",
    # an earnings release is a document, no release of the product
    '"Blackwell sales are off the charts, and cloud GPUs are sold out," CEO Jensen Huang said '
    'in the earnings release.',
])
def test_a_measure_judged_without_a_figure_is_not_confirmed_by_a_figure(
        bundled_statuses: Callable[..., list[Status]], text: str) -> None:
    assert bundled_statuses(text, dt.date(2025, 11, 20)) == [Status.UNVERIFIED]


def test_an_event_that_comes_as_a_surprise_is_a_reaction(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """issue 8 (shadow11 25:13): "the Nvidia exit may come as a surprise to some investors"
    was supported by NVIDIA's investment in OpenAI, named the sentence before."""
    assert bundled_statuses("SoftBank sold its Nvidia stake. The exit came as a shock to "
                            "some investors.", NOV_12_2025)[-1] is Status.UNVERIFIED


def test_a_group_named_by_the_agent_noun_is_no_party_of_the_record(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """"investors" met the cue "invests" of Amazon's investment in Anthropic."""
    assert bundled_statuses("Investors in Anthropic are watching Amazon closely.",
                            NOV_12_2025) == [Status.UNVERIFIED]
