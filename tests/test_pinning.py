"""Whether a claim names a fact's measure: here, a count told by a noun of the fact's cues."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: zorb, name: Zorb Canal, kind: place, aliases: [the Zorb]}}
facts:
  - id: zorb-transits-2023
    kind: quantity
    subject: zorb
    measure: transits in the year
    cues: [ships crossed, vessels crossed, transits]
    value: "14,000 transits"
    as_of: 2023-12-31
    period: 2023
    statement: About 14,000 vessels crossed the Zorb Canal in 2023.
    {SOURCE}
"""


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


def test_a_count_told_by_the_first_word_of_a_cue_is_the_fact_s_count(
        statuses: Callable[[str], list[Status]]) -> None:
    """"ships crossed" is how the curator says the transits are told: 14,000 ships."""
    assert statuses("About 14,000 ships crossed the Zorb Canal in 2023.") == [
        Status.SUPPORTED]
    # a count of another noun is not
    assert statuses("About 14,000 tourists crossed the Zorb Canal in 2023.") != [
        Status.SUPPORTED]
    # the noun counts what the fact counts only to confirm it: never contradicted by it
    assert statuses("About 19,000 ships crossed the Zorb Canal in 2023.") == [
        Status.UNVERIFIED]
