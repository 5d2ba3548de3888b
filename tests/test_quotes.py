"""QTE: quotations against what the store records being said, and when it was said."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: reyes, name: Dana Reyes, kind: person}}
  - {{id: forum, name: Harbor Forum, kind: organization}}
  - {{id: pell, name: Owen Pell, kind: person}}
facts:
  - id: reyes-forum-quote
    kind: quote
    subject: reyes
    mentions: [forum]
    measure: remark on tides (Harbor Forum 2019)
    cues: [tides, said, told, warned]
    date: 2019-06-12
    quote: "The tides will not wait for our committees"
    statement: At the Harbor Forum on 12 June 2019, Dana Reyes said "The tides will not wait
      for our committees".
    {SOURCE}
"""


@pytest.mark.parametrize("text", [
    'Dana Reyes told the Harbor Forum in 2021 that "the tides will not wait for our '
    'committees".',
    # the words reported without quotation marks, the occasion and the month named
    "In June 2021, Dana Reyes warned the Harbor Forum that the tides will not wait for our "
    "committees.",
    # the date in the frame that closes the quotation
    '"The tides will not wait for our committees," Dana Reyes told the Harbor Forum in 2021.',
])
def test_recorded_words_put_in_another_year_at_their_occasion_are_contradicted(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    """issue 8: the store dates these words and the occasion they were said at; a claim
    that names the occasion and another year misdates them."""
    assert statuses_in(literal_store(STORE), text) == [Status.CONTRADICTED]


def test_recorded_words_in_their_own_year_are_supported(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    assert statuses_in(literal_store(STORE), 'Dana Reyes told the Harbor Forum in 2019 that '
                       '"the tides will not wait for our committees".') == [Status.SUPPORTED]


@pytest.mark.parametrize("text", [
    # no occasion named: she may have said it again
    'In 2021, Dana Reyes said "the tides will not wait for our committees".',
    # the year dates what came after the words, not the words
    'Dana Reyes told the Harbor Forum that "the tides will not wait for our committees", a '
    'line Owen Pell repeated in 2021.',
])
def test_a_year_that_may_date_another_saying_is_never_a_contradiction(
        literal_store: Callable[[str], Any], statuses_in: Callable[[Any, str], list[Status]],
        text: str) -> None:
    assert Status.CONTRADICTED not in statuses_in(literal_store(STORE), text)


def test_a_misquote_shares_the_recorded_words_not_only_their_letters(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """A report's short quote "benefit of humanity" was called a misquote of a recorded remark
    on civilization: letters in common, not words."""
    store = literal_store(STORE)
    assert statuses_in(store, 'Dana Reyes told the Harbor Forum that "the tides will not '
                       'wait for committees".') == [Status.IMPRECISE]
    assert statuses_in(store, 'Dana Reyes told the Harbor Forum that the port stood at "the '
                       'tides of history".') == [Status.UNVERIFIED]


SPELT = STORE.replace("The tides will not wait for our committees",
                      "Our civilization will not wait for our committees").replace(
                      "wait\n      for our committees", "wait\n      for our committees")


def test_reported_words_spelt_the_british_way_report_the_recorded_ones(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    """Issue 8: 'civilisation' broke the run of words a report must share with the
    recorded 'civilization'."""
    assert statuses_in(literal_store(SPELT), "Dana Reyes told the Harbor Forum in 2019 that "
                       "our civilisation will not wait for our committees.") == \
        [Status.SUPPORTED]
