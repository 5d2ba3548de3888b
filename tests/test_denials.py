"""A figure in what a claim denies: an equal figure does not confirm the denial, another does
not refute it (rules/denials.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.denials import denies_cue


@pytest.mark.parametrize("sentence", [
    # the act of the figure denied: the record of the act does not confirm that
    "OpenAI did not raise $40 billion in March.",
    "OpenAI never raised $40 billion.",
    # a refusal to say: the record of the cuts is not the refusal
    "Microsoft declined to say whether it is cutting 3% of its global workforce.",
    "Microsoft would not confirm the 3% job cuts.",
    "Nvidia declined to comment on its $5 billion investment in Intel.",
    # a report denied, at another figure: what was denied, not a wrong result
    "Microsoft denied that it is cutting 10% of its global workforce.",
    "Microsoft declined to confirm that it is cutting 10% of its global workforce.",
])
def test_a_figure_in_a_denial_is_neither_confirmed_nor_refuted(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """issue 8 (negated verbs): 'did not raise $40 billion' and 'declined to say ... 3%'
    were supported by the records of the round and of the cuts (a figure checked settled the
    claim), and 'denied that it is cutting 10%' was contradicted by the 3% cut."""
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    # the figure's own act told in a relative clause: what is denied is another act
    "Nvidia has not recovered the roughly $589 billion of market value it lost on Jan. 27.",
    "OpenAI raised $40 billion in March.",
])
def test_a_figure_outside_the_denial_is_checked(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 11, 1)) == [Status.SUPPORTED]


@pytest.mark.parametrize("sentence", [
    # the worth of the shares or the stake, not the company's value or the sale's size
    "OpenAI received warrants for up to 160 million AMD shares, worth $20 billion.",
    "OpenAI received warrants for up to 160 million AMD shares, worth $500 billion.",
    "SoftBank sold its T-Mobile stake, worth $9 billion, in June.",
])
def test_a_worth_told_after_a_holding_prices_the_holding(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """Found by the probe: ', worth $20 billion' after the shares was split off as
    'OpenAI worth $20 billion' and contradicted by OpenAI's valuation; the T-Mobile stake's
    worth was contradicted by the size of one block sale."""
    found = bundled_statuses(sentence, dt.date(2025, 10, 20))
    assert Status.CONTRADICTED not in found
    assert found[-1] is Status.UNVERIFIED  # the part with the worth (or the whole)



@pytest.mark.parametrize("sentence", [
    # the holding named again in an apposition after the share of it: its worth, not the
    # company's value ("a holding valued at", "an investment worth")
    "Following OpenAI's conversion into a public benefit corporation, Microsoft said it "
    "owns 27% of the new company, a holding valued at about $135 billion.",
    "Microsoft owns 27% of OpenAI\u2014an investment valued at roughly $135 billion.",
    "Microsoft said it holds 27% of OpenAI, an investment valued at about $135 billion.",
    # (and the company's own value, told as the holding's, confirms nothing)
    "Microsoft said it holds 27% of OpenAI, a holding valued at about $500 billion.",
])
def test_a_worth_told_in_an_apposition_of_a_holding_prices_the_holding(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """A false contradicted on a held real set: after a company's share of another, 'an
    investment valued at approximately $X' was split off with the other company as its
    subject and refuted by that company's valuation."""
    found = bundled_statuses(sentence, dt.date(2025, 10, 30))
    assert found[0] is Status.SUPPORTED  # the 27%
    assert found[-1] is Status.UNVERIFIED  # the worth


_RULING = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-books-ruling
    kind: event
    subject: acme
    measure: ruling on fair use of books
    cues: [fair use, ruled, ruling]
    date: 2025-06-23
    statement: On 23 June 2025 a judge ruled that Acme's training on books was fair use, but
      that its copying of pirated books was not.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - id: acme-patent-ruling
    kind: event
    subject: acme
    measure: ruling on its patent
    cues: [patent, upheld]
    date: 2025-03-02
    statement: On 2 March 2025 a court upheld Acme's chip patent.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # the record itself tells a denial: the claim's may be the one it tells
    ("A judge ruled in June that Acme's copying of pirated books was not fair use.",
     Status.UNVERIFIED),
    # ... or the one it affirms: neither is settled, and none is supported
    ("A judge ruled in June that Acme's training on books was not fair use.",
     Status.UNVERIFIED),
    # a record that tells none is denied
    ("A court never upheld Acme's patent.", Status.CONTRADICTED),
])
def test_a_denial_the_record_itself_tells_is_no_contradiction(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """A false contradicted on the fourteenth real set: 'ruled the pirated-library use was
    not fair use' was held to deny a ruling that says just that ('... was fair use, but
    ... was not')."""
    assert statuses_in(literal_store(_RULING), sentence, dt.date(2025, 9, 6))[-1] is status


_FOR_PROFIT_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-for-profit-2019
    kind: event
    subject: acme
    measure: creation of a for-profit arm
    cues: [for-profit, for-profit arm]
    date: 2019-03-11
    statement: On 11 March 2019 Acme created a for-profit arm under its non-profit parent.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("text", "denied"), [
    # a negation denies the content words of a cue, not a function word it shares: "not
    # for our mission" is no denial of "for-profit" (a false contradicted on the fifteenth
    # real set: a company's quoted statement held to deny its own for-profit arm)
    ("A for-profit Acme would have been good for him, but not for our mission.", False),
    ("Acme never became a for-profit company.", True),
    ("Acme is not a for-profit company.", True),
])
def test_a_negation_denies_a_cue_by_its_content_words(text: str, denied: bool) -> None:
    assert denies_cue(text, "for-profit") is denied


def test_a_negation_of_something_else_leaves_the_record_standing(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    statuses = statuses_in(literal_store(_FOR_PROFIT_STORE),
                           "Acme said a for-profit Acme, merged into the founder's carmaker, "
                           "would have served him well but not for our mission.",
                           dt.date(2025, 3, 5))
    assert Status.CONTRADICTED not in statuses


@pytest.mark.parametrize(("sentence", "status"), [
    # the record of a state is no evidence that it ended, nor against it: it held before
    ("Microsoft is no longer OpenAI's exclusive cloud provider.", Status.UNVERIFIED),
    ("In exchange, Microsoft no longer has a right of first refusal to provide "
     "computing services to OpenAI.", Status.UNVERIFIED),
    # the record of its end is
    ("Elon Musk no longer sits on the board of OpenAI.", Status.SUPPORTED),
    ("Musk is no longer a member of OpenAI's board.", Status.SUPPORTED),
])
def test_a_state_told_ended_is_settled_only_by_a_record_of_its_end(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    """Real news (October 2025): "Microsoft will no longer have a right of first refusal to
    provide computing services" was supported by the record of Azure's exclusivity, and
    "Elon Musk no longer sits on the board of OpenAI" was contradicted by his departure."""
    assert bundled_statuses(sentence, dt.date(2025, 10, 29)) == [status]


@pytest.mark.parametrize("sentence", [
    # a right or a role given up is a state told ended, like "no longer"
    "In return, Microsoft gives up its first claim on supplying OpenAI's computing needs.",
    "Microsoft relinquished its right of first refusal to provide OpenAI's compute.",
    "Microsoft waived its status as OpenAI's exclusive cloud provider.",
    # or taken away by another party: the new terms remove or scrap it
    "The new terms remove Microsoft's right of first refusal to provide OpenAI's compute.",
    "The revised deal scrapped Microsoft's status as OpenAI's exclusive cloud provider.",
    "The agreement eliminates Microsoft's first claim on supplying OpenAI's computing needs.",
])
def test_a_state_given_up_is_settled_only_by_a_record_of_its_end(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    """Real news (October 2025): "In return, Microsoft gives up its first dibs on OpenAI's
    computing needs" was supported by the record of Azure's exclusivity."""
    assert bundled_statuses(sentence, dt.date(2025, 10, 29)) == [Status.UNVERIFIED]
