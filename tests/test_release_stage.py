"""A release told to everyone is not confirmed by the record of a limited one (a preview, a
beta, early access), nor early access by the record of a release to everyone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta, kind: product}}
  - {{id: omega, name: Omega, kind: product}}
facts:
  - id: acme-releases-zeta
    kind: event
    subject: acme
    object: zeta
    measure: release of Zeta
    cues: [released, release, launched]
    date: 2024-09-12
    statement: Acme released Zeta as a research preview for its paying subscribers on 12
      September 2024.
    {SOURCE}
  - id: acme-releases-omega
    kind: event
    subject: acme
    object: omega
    measure: release of Omega
    cues: [released, release, launched, early access]
    date: 2024-10-01
    statement: Acme made Omega generally available on 1 October 2024.
    {SOURCE}
"""


@pytest.fixture(scope="module")
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


@pytest.mark.parametrize("sentence, status", [
    # the record words a preview: the release itself is confirmed ...
    ("Acme released Zeta in September 2024.", Status.SUPPORTED),
    ("Acme released Zeta as a preview in September 2024.", Status.SUPPORTED),
    # ... a release to everyone is not
    ("Acme released Zeta to everyone in September 2024.", Status.UNVERIFIED),
    ("Acme made Zeta generally available in September 2024.", Status.UNVERIFIED),
    ("Acme released Zeta to all of its users in September 2024.", Status.UNVERIFIED),
    # the record words a release to everyone: early access is another step
    ("Acme released Omega in October 2024.", Status.SUPPORTED),
    ("Acme opened early access to Omega in October 2024.", Status.UNVERIFIED),
])
def test_a_release_is_confirmed_only_at_the_reach_the_record_words(
        statuses: Callable[[str], list[Status]], sentence: str, status: Status) -> None:
    assert statuses(sentence) == [status], sentence
