"""TMP: a year is compared with the recorded event whose cue stands nearest to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.model import Status

STORY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(("sentence", "status"), [
    # a name the event's own record gives is a party to it, not another deal's
    ("MGX is a technology investment company set up by Abu Dhabi in 2023.",
     Status.CONTRADICTED),
    ("MGX is a technology investment company set up by Abu Dhabi in 2024.", Status.SUPPORTED),
    ("xAI released Grok as a limited beta to X Premium+ subscribers in November 2022.",
     Status.CONTRADICTED),
    # a name the record does not give may be another party's event: left unchecked
    ("MGX is a technology investment company set up by Vanguard in 2023.",
     Status.UNVERIFIED),
])
def test_a_year_beside_a_name_the_record_gives_is_checked(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, STORY) == [status]


def test_a_year_after_since_dates_a_state_not_the_event(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    assert bundled_statuses("The Stargate Project has been planned since 2022 and was "
                            "formally announced on January 21, 2025.",
                            dt.date(2025, 1, 28)) == [Status.UNVERIFIED]
