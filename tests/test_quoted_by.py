"""QTE-who: a stored quotation's exact words put in another named person's mouth."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.model import Status

WORDS = "\u201cAI is a fundamental risk to the existence of human civilization,\u201d"


@pytest.mark.parametrize("sentence", [
    f"{WORDS} Sam Altman told the governors in 2017.",
    f"{WORDS} said Jensen Huang at a meeting of state governors.",
    # a person the store does not know, given the words on the occasion it records them
    # said (15 July 2017): one sentence that long is one person's on one occasion
    f"{WORDS} Mara Ellingsen told the governors in July 2017.",
    f"{WORDS} said Mara Ellingsen on July 15, 2017.",
])
def test_stored_words_given_to_another_named_person_are_contradicted(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert bundled_statuses(sentence) == [Status.CONTRADICTED]


@pytest.mark.parametrize("sentence", [
    f"{WORDS} Elon Musk told the governors in 2017.",  # the store's speaker
    f"{WORDS} Musk said.",  # by an alias
    f"{WORDS} he told the governors in 2017.",  # no name: who "he" is is not read here
    # a person the store does not know may have said the same words
    f"{WORDS} said Mara Ellingsen, a scientist known to the reporter.",
    f"{WORDS} Mara Ellingsen told the governors in July 2019.",  # another occasion
    f"{WORDS} Mara Ellingsen said in 2017.",  # a year: the words may be another day's
    # eight words: a line others repeat on the same stage
    "\u201cA fundamental risk to the existence of human civilization,\u201d Mara Ellingsen "
    "told the governors in July 2017.",
    "\u201cAI is a risk,\u201d Sam Altman said.",  # too few words to be anyone's own
    # another person quoting the speaker names the speaker too
    f"{WORDS} Sam Altman said, repeating what Elon Musk told the governors.",
])
def test_the_speaker_the_store_records_or_no_named_speaker_is_no_contradiction(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert Status.CONTRADICTED not in bundled_statuses(sentence)
