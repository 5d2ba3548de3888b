"""A count of people a move acts on is no headcount: the layoffs' 6,000 employees against a
workforce of 228,000."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

_HEADCOUNT = """
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
  - id: acme-staff
    kind: quantity
    subject: acme
    measure: employees
    value: "228,000 employees"
    tolerance: 0.01
    as_of: 2025-01-31
    statement: Acme employed about 228,000 people at 31 January 2025.
    sources:
      - {url: "https://example.com/acme", title: Acme annual report, publisher: Acme,
         reliability: primary}
"""


@pytest.mark.parametrize("sentence", [
    "Acme is laying off about 6,000 employees.",
    "Acme announced cuts impacting approximately 6,000 employees across its teams.",
    "Acme said the reorganisation would affect 6,000 employees.",
    "Acme plans to hire 6,000 workers this year.",
    "About 6,000 Acme employees were affected by the cuts.",
])
def test_the_people_a_move_acts_on_are_not_the_headcount(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str) -> None:
    found = statuses_in(literal_store(_HEADCOUNT), sentence)
    assert not set(found) & {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}, found


@pytest.mark.parametrize(("sentence", "status"), [
    ("Acme has about 228,000 employees.", Status.SUPPORTED),
    ("Acme has about 6,000 employees.", Status.CONTRADICTED),
    ("Acme employs about 6,000 people.", Status.CONTRADICTED),
])
def test_a_headcount_is_still_compared(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_HEADCOUNT), sentence) == [status]
