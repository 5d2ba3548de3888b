"""NUM-ratio: a multiple between two parties' stored values is computed from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.model import Status


@pytest.mark.parametrize("sentence, status", [
    # the store: B200 208 billion transistors, H100 80 billion (2.6x)
    ("The B200 has 2.6 times as many transistors as the H100.", Status.SUPPORTED),
    ("The B200 packs more than twice as many transistors as the H100.", Status.SUPPORTED),
    # two fixed counts, each one per chip: a wrong multiple of them is wrong, even when
    # another measure between the two (a 4x training speed-up) has that multiple
    ("The B200 has four times as many transistors as the H100.", Status.CONTRADICTED),
])
def test_a_multiple_of_two_stored_values_is_computed(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence) == [status]


def test_a_multiple_over_a_system_is_not_computed_from_its_single_chip(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    # "Grace Blackwell" (a name the store does not know, around Blackwell) is the system built
    # on the chip, not the B200 whose 192 GB the store records: Rubin's 288 GB per GPU
    # refutes no multiple over it
    assert bundled_statuses("Vera Rubin brings 4.2x the memory of Grace Blackwell.") == [
        Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    # a multiple told as a change is the subject's value against its own earlier one, however
    # the sentence names the parties whose deals drove it
    "Revenue more than doubled on the strength of two large contracts (Meta, OpenAI).",
    "Sales tripled thanks to big deals with Meta and OpenAI.",
])
def test_a_multiple_told_as_a_change_is_no_multiple_between_the_parties_named(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    import datetime as dt

    assert Status.CONTRADICTED not in bundled_statuses(sentence, dt.date(2025, 11, 11))
