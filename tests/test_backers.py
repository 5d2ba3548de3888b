"""The investors a claim lists for a funding round are checked against the round's record."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status

# xAI's Series B (May 2024) names Fidelity, Kingdom Holding, Valor, Vy Capital, Andreessen
# Horowitz and Sequoia Capital among its backers; its Series C (December 2024) adds NVIDIA,
# AMD, BlackRock, Lightspeed, MGX and others.
AFTER_B = dt.date(2024, 6, 10)
AFTER_C = dt.date(2025, 1, 10)


@pytest.mark.parametrize("sentence, date", [
    ("xAI's Series B was backed by Fidelity, Sequoia Capital and Andreessen Horowitz.",
     AFTER_B),
    ("Fidelity, Sequoia Capital and Andreessen Horowitz backed xAI's Series B.", AFTER_B),
    ("xAI's Series C brought in Nvidia and AMD as strategic investors, along with BlackRock "
     "and Fidelity.", AFTER_C),
    # the owner named in the sentence before, the round by its letter
    ("xAI went back to investors in December. That Series C drew Nvidia, AMD and Fidelity.",
     AFTER_C),
    # "its latest round": the newest the store knows on the article's date
    ("OpenAI's latest funding round drew investors including SoftBank, Coatue and "
     "Microsoft.", dt.date(2025, 4, 10)),
])
def test_a_round_s_backers_are_checked_by_the_round_s_record(
        bundled_statuses: Any, sentence: str, date: dt.date) -> None:
    """A report's "The Series B was backed by A, B and C" was unverified: the names were not
    the round's subject, and the list held no subject of a fact of its own."""
    assert bundled_statuses(sentence, date)[-1:] == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence, date", [
    # a known name the round's record does not list
    ("xAI's Series B was backed by Fidelity and Microsoft.", AFTER_B),
    # the letter names the round: NVIDIA and AMD came in with the Series C
    ("xAI's Series B was backed by Nvidia and AMD.", AFTER_C),
    # who led is a role of its own, and a list said to be whole is more than the record says
    ("xAI's Series B was led by Fidelity and Sequoia Capital.", AFTER_B),
    ("xAI's Series B was backed only by Fidelity and Sequoia Capital.", AFTER_B),
    # another round than the one recorded
    ("xAI's next round was backed by Fidelity and Sequoia Capital.", AFTER_C),
    # Khosla Ventures backed OpenAI's October 2024 round, not its latest of March 2025
    ("OpenAI's latest funding round drew investors including Coatue and Khosla Ventures.",
     dt.date(2025, 4, 10)),
    # a round made public after the article
    ("OpenAI's funding round drew investors including SoftBank and Coatue.",
     dt.date(2024, 10, 10)),
])
def test_a_round_s_backers_are_never_confirmed_by_another_list_or_round(
        bundled_statuses: Any, sentence: str, date: dt.date) -> None:
    assert Status.SUPPORTED not in bundled_statuses(sentence, date)
