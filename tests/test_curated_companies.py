"""Facts news states about the companies the bundled store follows and their partners
(Broadcom, CoreWeave, Apple, Amazon, Meta's data centers, xAI): a short article in the project's
own words, checked against the bundled store, settles each claim the store now holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status

S, C, U = Status.SUPPORTED, Status.CONTRADICTED, Status.UNVERIFIED


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Broadcom said revenue for its fiscal fourth quarter reached $18.02 billion. AI "
     "semiconductor revenue climbed 74% to $6.5 billion in the quarter.",
     dt.date(2025, 12, 12), [S, S]),
    ("Broadcom completed its takeover of VMware in November 2023.", dt.date(2025, 12, 12), [S]),
    ("Broadcom first passed $1 trillion in market value in December 2024.",
     dt.date(2025, 12, 12), [S]),
    ("CoreWeave said third-quarter revenue rose 134% to $1.36 billion. Its revenue backlog "
     "nearly doubled to $55.6 billion.", dt.date(2025, 11, 12), [S, S]),
    ("CoreWeave went public on Nasdaq in March 2025.", dt.date(2025, 11, 12), [S]),
    ("Shareholders of Core Scientific voted down CoreWeave's $9 billion all-stock takeover in "
     "October 2025.", dt.date(2025, 11, 12), [S]),
    ("In September CoreWeave signed a $14.2 billion contract with Meta.",
     dt.date(2025, 11, 12), [S]),
    ("CoreWeave signed a $12.5 billion contract with Meta in September 2025.",
     dt.date(2025, 11, 12), [C]),
    ("Apple reported revenue of $143.8 billion for its fiscal first quarter. iPhone revenue "
     "jumped 23% to $85.3 billion.", dt.date(2026, 1, 30), [S, S]),
    ("Apple's market value first topped $4 trillion on October 28, 2025.",
     dt.date(2025, 11, 2), [S]),
    # the $4 trillion crossing in 2025 refutes no earlier $3 trillion one
    ("Apple became the first company to close above a $3 trillion market value in June 2023.",
     dt.date(2025, 11, 2), [S]),
    ("Apple first hit a $3 trillion market value in January 2022.", dt.date(2025, 11, 2), [S]),
    ("Apple rolled out ChatGPT in Siri with iOS 18.2 in December 2024.",
     dt.date(2025, 11, 2), [S]),
    # a segment's figure is held to the segment, the group's to the group
    ("Amazon said net sales rose 13% to $180.2 billion in the third quarter. AWS revenue grew "
     "20% to $33 billion.", dt.date(2025, 10, 31), [S, S]),
    ("AWS revenue was $40 billion in the third quarter.", dt.date(2025, 10, 31), [C]),
    ("The AWS backlog reached $200 billion.", dt.date(2025, 10, 31), [S]),
    ("Amazon expects capital spending of about $200 billion in 2026.", dt.date(2026, 2, 6), [S]),
    ("Meta's Prometheus supercluster in New Albany, Ohio, will come online in 2026 with 1 "
     "gigawatt of capacity.", dt.date(2025, 10, 25), [S]),
    ("Meta formed a joint venture with Blue Owl Capital to fund the Hyperion data center in "
     "October 2025. Blue Owl will own 80% of the venture.", dt.date(2025, 10, 25), [S, S]),
    ("SpaceX said on Monday it had acquired xAI, valuing the combined company at $1.25 "
     "trillion.", dt.date(2026, 2, 4), [S, S]),
    ("Last month xAI raised $20 billion in a Series E round.", dt.date(2026, 2, 4), [S]),
    ("Broadcom said first-quarter revenue rose 29% to $19.3 billion, with AI semiconductor "
     "revenue of $8.4 billion.", dt.date(2026, 3, 6), [S]),
    ("CoreWeave reported fourth-quarter revenue of $1.57 billion. Nvidia invested $2 billion "
     "in CoreWeave in January 2026.", dt.date(2026, 3, 6), [S, S]),
    ("Alphabet's market value passed $4 trillion in January 2026.", dt.date(2026, 3, 6), [S]),
    # the September expansion of CoreWeave's OpenAI contracts refutes no other expansion
    ("CoreWeave expanded its OpenAI deal by $6.5 billion. In May, CoreWeave expanded its "
     "OpenAI contract by $4 billion.", dt.date(2025, 10, 5), [S, U]),
    # an earlier quarter of the series, named by its label, meets its own figure
    ("Apple's revenue in the June quarter was $94 billion. Amazon's first-quarter net sales "
     "were $155.7 billion. Broadcom's AI revenue was $4.1 billion in the first quarter.",
     dt.date(2025, 11, 5), [S, S, S]),
    # a round reported after the article is not the article's latest round
    ("Last May xAI raised $6 billion.", dt.date(2025, 2, 14), [S]),
    # "the joint venture" a few sentences on is the Hyperion venture the story opened with
    ("Meta and Blue Owl Capital set up a joint venture to own the Hyperion campus. Meta "
     "keeps the building work. Blue Owl's funds will hold 80% of the joint venture.",
     dt.date(2025, 10, 22), [S, U, S]),
])
def test_curated_facts_settle_news_claims(
    bundled_statuses: Callable[..., list[Any]], text: str, date: dt.date,
    expected: list[Status],
) -> None:
    assert bundled_statuses(text, date) == expected
