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


@pytest.mark.parametrize(("text", "date"), [
    # "prior record": another instance of the measure than the stored one
    ("The plunge eclipsed the prior record for a single-day loss of $279 billion, also set by "
     "Nvidia in September 2024.", dt.date(2025, 1, 27)),
    # "last September" in November may be the September of the year before
    ("AWS was named Anthropic's primary cloud provider through their initial deal last "
     "September.", dt.date(2024, 11, 22)),
    # "next-generation" calls the solutions new, not the platform named before
    ("Nvidia will unite its accelerated computing platform with Mellanox's networking to "
     "create next-generation computing solutions.", dt.date(2019, 3, 11)),
    # an amount unlike the stored deal's tells of another deal, whose month the store lacks
    ("Amazon may invest more in the startup. Google in February invested $400 million in "
     "Anthropic.", dt.date(2023, 10, 30)),
    # "upcoming" calls the products new, not the company named before it
    ("xAI said its most capable model is in training, signalling upcoming product launches "
     "for consumers and businesses.", dt.date(2024, 12, 24)),
    # the launch is of the name told between ChatGPT and the verb
    ("ChatGPT's record was beaten by Meta's Threads app, which reached 100 million users in "
     "under a week after its launch in July.", dt.date(2023, 11, 7)),
    # a manner ("publicly critical") is no launch: a person's lawsuit does not date a company
    ("Elon Musk has since been publicly critical of OpenAI, and in March, he filed a lawsuit "
     "against the company.", dt.date(2024, 5, 27)),
])
def test_another_instance_an_ambiguous_month_or_a_new_thing_is_never_flagged(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date) -> None:
    assert not {Status.CONTRADICTED, Status.OUTDATED} & set(bundled_statuses(text, date))


@pytest.mark.parametrize("sentence", [
    "Elon Musk, xAI's founder, speaking at an event in 2024.",  # a held-out caption (issue 8)
    "Elon Musk, the founder of xAI, spoke in Davos in 2024.",
])
def test_a_founder_s_title_does_not_date_the_founding(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """'Founder' names what a person is; the year is when something else happened."""
    assert Status.CONTRADICTED not in bundled_statuses(sentence, STORY)


def test_the_founding_verb_still_dates_it(bundled_statuses: Callable[..., list[Status]]) -> None:
    assert bundled_statuses("Elon Musk founded xAI in 2024.", STORY) == [Status.CONTRADICTED]


@pytest.mark.parametrize(("sentence", "date", "outdated"), [
    # the store records the announcement of the deal, not the deal: "will acquire" a week
    # later is still to come
    ("BlackRock will acquire Global Infrastructure Partners for $12.5 billion.",
     dt.date(2024, 1, 20), False),
    ("Google has announced that DeepMind will merge with its Brain team.",
     dt.date(2023, 4, 24), False),
    # the announcement itself presented as still to come, after it was made
    ("NVIDIA will unveil Blackwell at GTC.", dt.date(2024, 4, 1), True),
])
def test_an_announced_event_outdates_only_the_announcement_itself(
        bundled_statuses: Callable[..., list[Status]], sentence: str, date: dt.date,
        outdated: bool) -> None:
    assert (Status.OUTDATED in bundled_statuses(sentence, date)) is outdated
