"""Words that read like an event's cue but tell no event (rules/not_events.py)."""

from __future__ import annotations

import pytest

from factcheck.rules.not_events import not_event_words


@pytest.mark.parametrize(("text", "word"), [
    ("Huang said so in the earnings release.", "release"),
    ("The company said in a press release on Monday.", "release"),
    ("Nvidia also announced a dividend based on post-split holdings.", "split"),
    # being a part founds nothing (thirteenth real set: supported by OpenAI's founding)
    ("The contract forms part of a wider chip push by AMD.", "forms"),
    ("The deal formed a key part of its plans.", "formed"),
    # an attempt, not an offer: "lost his bid to block the conversion" (real news, March
    # 2025: supported by the record of Musk's $97.4 billion bid for OpenAI)
    ("Musk has lost his bid to block the conversion.", "bid"),
    ("The company failed in its bid to overturn the ruling.", "bid"),
    # a place bought, not a company (real news, March 2025: "xAI has acquired a
    # 1-million-square-foot property in Memphis" was refuted by the date of xAI's deal for X)
    ("Zeta has acquired a 1-million-square-foot property in Ohio.", "acquired"),
    ("Zeta bought a former factory site near the river.", "bought"),
    ("The purchase of the land closed in May.", "purchase"),
])
def test_a_word_that_tells_no_event_is_found(text: str, word: str) -> None:
    assert [text[at:at + len(word)] for at in not_event_words(text)] == [word]


def test_a_product_s_release_is_an_event() -> None:
    assert not_event_words("OpenAI announced the release of GPT-5.") == []


@pytest.mark.parametrize("text", [
    "Musk made a $97.4 billion bid for OpenAI.",
    "The group's bid to take control of OpenAI was rejected.",
    "Its bid to buy the chipmaker failed.",
    "Zeta acquired a data-labelling startup.",
    "Zeta bought a 49% stake in the builder.",
])
def test_a_bid_for_a_company_is_an_event(text: str) -> None:
    assert not_event_words(text) == []


def test_a_company_formed_is_an_event() -> None:
    assert not_event_words("Zeta was formed in 2015 as part of a wider plan.") == []


@pytest.mark.parametrize("text", [
    "Investors in Anthropic are watching Amazon closely.",
    "The sale surprised some investors.",
    "OpenAI's backers want a return.",
    "Buyers of the shares were not named.",
    # a clause of its own after "and": the group's mood, no party's act
    "Acme reported results on Thursday and investors were pleased.",
    "Zeta posted a loss, and some investors fled the stock.",
])
def test_a_group_named_by_a_deal_s_agent_noun_tells_no_event(text: str) -> None:
    assert len(not_event_words(text)) == 1


@pytest.mark.parametrize("text", [
    "Nvidia, an investor in xAI, reported results.",
    "Investors in xAI include Nvidia and AMD.",
    "Oracle and MGX are the other initial equity investors.",
    "AMD and Nvidia came in as strategic investors.",
    "It brought in Nvidia as a first-time investor alongside Microsoft.",
    "Nvidia and other investors put in $6 billion.",
])
def test_an_agent_noun_told_of_a_party_is_its_act(text: str) -> None:
    assert not_event_words(text) == []
