"""True claims missed on fresh real news reports because of how the sentence is built (issue
8): a change between two bare figures, a duration the sentence's own dates give, a speaker's
titles between commas, a headline's source tag. Each sentence here was written for the
project in the manner of the reports that were missed; the real reports stay out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status


@pytest.fixture
def verdicts(bundled_store: Any) -> Callable[[str, dt.date], list[tuple[str, Status, str]]]:
    """Each claim's words, status and explanation, as the bundled store judges a short
    article."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    def judged(text: str, date: dt.date) -> list[tuple[str, Status, str]]:
        report = check(read_text(text, "a.txt"), bundled_store, article_date=date)
        return [(c.claim.text, c.verdict.status, c.verdict.explanation)
                for c in report.claims]

    return judged


SUPPORTED, UNSETTLED = True, False


@pytest.mark.parametrize(("text", "date", "supported"), [
    # a change between two bare figures: the first keeps its scale word
    ("In under a year ChatGPT went from 100 million to 200 million weekly active users, "
     "OpenAI said.", dt.date(2024, 9, 2), SUPPORTED),
    # the duration is the gap between the sentence's own two months
    ("ChatGPT grew from 100 million to 200 million weekly active users in nine months, "
     "between November 2023 and August 2024.", dt.date(2024, 9, 2), SUPPORTED),
    # a duration that disagrees with the sentence's own dates is a figure of its own
    ("ChatGPT grew from 100 million to 200 million weekly active users in four months, "
     "between November 2023 and August 2024.", dt.date(2024, 9, 2), UNSETTLED),
    # the speaker's titles between commas are what he is, not a party
    ("C.C. Wei, Chairman and CEO, told reporters that TSMC would build three new fabs in "
     "Arizona.", dt.date(2025, 3, 4), SUPPORTED),
    ("Jane Roe, Chairman and CEO, said TSMC would build nine new fabs in Arizona.",
     dt.date(2025, 3, 4), UNSETTLED),
    # a headline's closing tag says who told it
    ("Nvidia is the first chipmaker to hit a $1 trillion market value: Report",
     dt.date(2023, 5, 31), SUPPORTED),
])
def test_a_true_claim_built_this_way_is_supported(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status, str]]], text: str,
        date: dt.date, supported: bool) -> None:
    found = verdicts(text, date)
    assert any(status is Status.SUPPORTED for _, status, _ in found) is supported, found
