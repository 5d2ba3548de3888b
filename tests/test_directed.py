"""Who did a directed act to whom: a claim with the buyer and the bought the other way round
is not confirmed by the record of the deal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.directed import roles

NAMES = {"acme": ("Acme", "Acme Corp"), "initech": ("Initech",)}


def names(entity: str) -> tuple[str, ...]:
    return NAMES[entity]


@pytest.mark.parametrize(("text", "read"), [
    ("Acme acquired Initech in 2020.", ("acme", "initech")),
    ("Acme agreed to acquire the software maker Initech for $5 billion.", ("acme", "initech")),
    ("Acme said it would invest a further $4 billion in Initech.", ("acme", "initech")),
    ("Acme completed its roughly $6.9 billion (often rounded) acquisition of Initech.",
     ("acme", "initech")),
    # "by" and "from" turn the two round
    ("Initech was acquired by Acme.", ("acme", "initech")),
    ("Initech took an investment from Acme.", ("acme", "initech")),
    ("Initech acquired Acme Corp.", ("initech", "acme")),
    # a sale is the purchase told from the seller's side: the one it goes to acts
    ("Initech was sold to Acme in 2014.", ("acme", "initech")),
    ("Initech sold its robotics unit to Acme.", ("acme", "initech")),
    ("Acme sold Initech in 2014.", ("initech", "acme")),
    # a purchase "from" names the seller: the buyer still acts
    ("Acme bought the ports from Initech.", ("acme", "initech")),
    ("Initech agreed to sell a group led by Acme its ports.", ("acme", "initech")),
    # an act with no party on one side, or one far from it, is not read
    ("Acme signed a power purchase agreement with Initech.", None),
    ("Acme will buy electricity from a plant to match what Initech sells.", None),
    ("Acme, which backs a rival, praised Initech.", None),
    # a payment: the one who pays acts; a receipt names the payer after "from"
    ("Acme pays Initech about $20 billion a year.", ("acme", "initech")),
    ("Initech receives about $20 billion a year from Acme.", ("acme", "initech")),
    ("Initech was paid $20 billion by Acme.", ("acme", "initech")),
    # a receipt with no "from" names no payer ("received Acme's offer")
    ("Initech received Acme's offer.", None),
])
def test_the_doer_stands_before_the_act_and_the_receiver_after(
        text: str, read: tuple[str, str] | None) -> None:
    assert roles(text, ("acme", "initech"), names) == read


@pytest.mark.parametrize(("text", "status"), [
    ("Anthropic invested another $4 billion in Amazon in November 2024.", Status.UNVERIFIED),
    ("Amazon invested another $4 billion in Anthropic in November 2024.", Status.SUPPORTED),
    ("Mellanox acquired Nvidia in 2020.", Status.UNVERIFIED),
    ("Nvidia acquired Mellanox in 2020.", Status.SUPPORTED),
    ("Mellanox was acquired by Nvidia in 2020.", Status.SUPPORTED),
    ("Nvidia was acquired by Mellanox in 2020.", Status.UNVERIFIED),
    ("Global Infrastructure Partners agreed to acquire BlackRock.", Status.UNVERIFIED),
    # the purchase told from the seller's side (twelfth real set: "sold the company to Google
    # in 2014", of DeepMind)
    ("DeepMind was sold to Google in 2014.", Status.SUPPORTED),
    ("Google was sold to DeepMind in 2014.", Status.UNVERIFIED),
])
def test_a_deal_told_the_other_way_round_is_not_confirmed(bundled_store: Any, text: str,
                                                         status: Status) -> None:
    """issue 8: the acquirer and the target swapped were supported: the facts matched on
    both names, the figure and the year."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 6, 1))
    assert [c.verdict.status for c in report.claims] == [status], report.claims


def test_a_figure_of_others_in_a_statement_is_not_the_subject_s_act(bundled_store: Any) -> None:
    """issue 8: "Nvidia invested $6.6 billion in OpenAI" was supported by a statement of
    OpenAI's that gives $6.6 billion of stock sold by its employees, naming no NVIDIA."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text("Nvidia invested $6.6 billion in OpenAI.", "a.txt"), bundled_store,
                   article_date=dt.date(2025, 11, 1))
    assert [c.verdict.status for c in report.claims] != [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "status"), [
    ("Nokia is betting $1 billion on Nvidia.", Status.UNVERIFIED),
    ("Nvidia is betting $1 billion on Nokia.", Status.SUPPORTED),
    ("Intel infused $2 billion into SoftBank.", Status.UNVERIFIED),
    ("SoftBank infused $2 billion into Intel.", Status.SUPPORTED),
])
def test_a_sum_put_in_by_another_verb_told_the_other_way_round_is_not_confirmed(
        bundled_store: Any, text: str, status: Status) -> None:
    """issue 8, found by the probe: 'bet ... on' and 'infused ... into' were no acts with a
    doer and a receiver, so the investor and the investee swapped were supported."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 11, 1))
    assert [c.verdict.status for c in report.claims] == [status], report.claims


@pytest.mark.parametrize(("text", "status"), [
    ("Google pays Apple about $20 billion a year for Safari's default search.",
     Status.SUPPORTED),
    ("Apple receives about $20 billion a year from Google for Safari's default search.",
     Status.SUPPORTED),
    # the payer and the paid the other way round
    ("Google receives about $20 billion a year from Apple for Safari's default search.",
     Status.UNVERIFIED),
])
def test_a_payment_told_the_other_way_round_is_not_confirmed(
        bundled_statuses: Any, text: str, status: Status) -> None:
    """Real news (January 2026): "Google already receives approximately $20 billion per year
    from Apple to be the default search engine" was supported by Google's payments to Apple."""
    assert bundled_statuses(text, dt.date(2026, 1, 14)) == [status]
