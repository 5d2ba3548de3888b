"""REL-sole: a role several hold together ("led by A and B"), given to another beside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: harbor, name: Harbor Compute, kind: project, descriptors: [venture]}}
  - {{id: alpha, name: Alphacore, kind: organization}}
  - {{id: beta, name: Betaline, kind: organization}}
  - {{id: gamma, name: Gammaworks, kind: organization}}
  - {{id: dana, name: Dana Reyes, kind: person}}
facts:
  - id: harbor-leads
    kind: relation
    subject: alpha
    object: harbor
    mentions: [beta, dana]
    measure: lead partners
    cues: [lead partners, led by, co-led by]
    sole: [lead partners, led by, co-led by]
    statement: Alphacore and Betaline are the lead partners of Harbor Compute.
    {SOURCE}
  - id: harbor-funders
    kind: relation
    subject: harbor
    mentions: [alpha, beta, gamma]
    measure: equity funders
    cues: [funders, funded, backers, backed]
    statement: Harbor Compute is funded by Alphacore, Betaline and Gammaworks.
    {SOURCE}
  - id: dana-runs-alpha
    kind: relation
    subject: dana
    object: alpha
    measure: chief executive
    cues: [chief executive, CEO]
    statement: Dana Reyes is the chief executive of Alphacore.
    {SOURCE}
"""


@pytest.fixture(scope="module")
def store(literal_store: Callable[[str], Any]) -> Any:
    return literal_store(STORE)


@pytest.mark.parametrize("sentence", [
    "Harbor Compute is led by Alphacore and Gammaworks.",  # a holder replaced
    "The venture, co-led by Gammaworks and Betaline, plans ten sites.",
    "Harbor Compute is led by Gammaworks.",  # the holders left unnamed
    "Gammaworks and Alphacore are the lead partners of Harbor Compute.",
])
def test_another_party_put_among_the_holders_is_contradicted(
        store: Any, statuses_in: Callable[..., list[Status]], sentence: str) -> None:
    assert Status.CONTRADICTED in statuses_in(store, "Harbor Compute was set up last year. "
                                              + sentence)


@pytest.mark.parametrize("sentence", [
    "Harbor Compute is led by Alphacore and Betaline.",
    "Betaline and Alphacore are the lead partners of Harbor Compute.",
    "Harbor Compute is led by Alphacore.",  # one of the two holders
    "Harbor Compute is led by Alphacore, Betaline and Gammaworks.",  # every holder, and more
    "Harbor Compute is led by Alphacore, with Gammaworks among its funders.",
    "Harbor Compute, led by Alphacore and Betaline, is funded by Gammaworks too.",
    # a holder's chief executive, among the fact's mentions but not its holders
    "Harbor Compute is led by Dana Reyes.",
    "Harbor Compute is led by Alphacore and Dana Reyes.",
])
def test_the_holders_or_their_people_named_are_not_contradicted(
        store: Any, statuses_in: Callable[..., list[Status]], sentence: str) -> None:
    assert Status.CONTRADICTED not in statuses_in(store, "Harbor Compute was set up last "
                                                  "year. " + sentence)



@pytest.mark.parametrize("sentence", [
    "Stargate is the $500 billion data-center venture led by OpenAI, SoftBank and Oracle.",
    "OpenAI, SoftBank and Oracle are the lead partners of Stargate's data centers.",
])
def test_a_party_added_to_the_holders_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """Not false of the two who hold the role, but Oracle does not: h12fs's probe (the
    claim was supported by Oracle's record as a builder of Stargate's data centers)."""
    assert bundled_statuses(sentence, dt.date(2025, 6, 1))[-1] is not Status.SUPPORTED
