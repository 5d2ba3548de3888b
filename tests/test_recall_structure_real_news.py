"""True claims missed on fresh real news reports because of how the sentence is built (issue
8): a change between two bare figures, a duration the sentence's own dates give, a count of
the names listed after it, a speaker's titles between commas, a headline's source tag, a
slug's sums without their dollar sign. Each sentence here was written for the project in
the manner of the reports that were missed; the real reports stay out. What the structure
does not settle stays unverified: never supported, and never flagged either."""

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
    # a count of the names listed right after it restates them
    ("MGX was set up in March by two founding partners — Mubadala and G42 — to back AI.",
     dt.date(2024, 9, 20), SUPPORTED),
    ("MGX was set up in March by three founding partners — Mubadala and G42 — to back AI.",
     dt.date(2024, 9, 20), UNSETTLED),
    # a slug's sums lost their dollar sign; one that also lost its decimal point ("66
    # billion" for $6.6 billion) stays unsettled, never flagged
    ("elon musk says xai bought x in a deal valuing the platform at 33 billion",
     dt.date(2025, 3, 29), SUPPORTED),
    ("openai raises record 66 billion in its latest funding round", dt.date(2024, 10, 3),
     UNSETTLED),
    # a bullet's abbreviated periods are no names
    ("Nvidia's total revenue was $39.3 billion, up 78% YoY and up 12% QoQ.",
     dt.date(2025, 2, 27), SUPPORTED),
    # a headline's closing tag says who told it
    ("Nvidia is the first chipmaker to hit a $1 trillion market value: Report",
     dt.date(2023, 5, 31), SUPPORTED),
    # a "$N trillion company" is a company of that market value, in headline case too
    ("Nvidia Becomes The First $4 Trillion Company In Wall Street History",
     dt.date(2025, 7, 10), SUPPORTED),
    ("Microsoft is now a $4 trillion company after its results.", dt.date(2025, 8, 1),
     SUPPORTED),
    ("Alphabet joined Nvidia and Microsoft as a $3 trillion company.",
     dt.date(2025, 9, 16), SUPPORTED),
    ("Nvidia's m-cap crossed $3 trillion on Wednesday for the first time.",
     dt.date(2024, 6, 6), SUPPORTED),
    # a vague amount the checked figure gives ("multi-billion-dollar ... $10 billion")
    ("Microsoft announced a multiyear, multi-billion-dollar investment of $10 billion in "
     "OpenAI in January 2023.", dt.date(2023, 2, 1), SUPPORTED),
    # the market a company is listed on only locates its shares
    ("Shares of Nvidia, listed on Wall Street, fell about 17% on Monday.",
     dt.date(2025, 1, 28), SUPPORTED),
    ("Nvidia's $589 billion loss on Monday was the biggest one-day drop in market value for "
     "any company in Wall Street history.", dt.date(2025, 1, 28), SUPPORTED),
    # a slug's share whose percent sign was dropped
    ("nvidia faced 17 share value drop this monday", dt.date(2025, 1, 28), SUPPORTED),
])
def test_a_true_claim_built_this_way_is_supported(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status, str]]], text: str,
        date: dt.date, supported: bool) -> None:
    found = verdicts(text, date)
    assert any(status is Status.SUPPORTED for _, status, _ in found) is supported, found
    assert supported or all(status is Status.UNVERIFIED for _, status, _ in found), found


BULLETS = """Nvidia reported its fourth-quarter results on Wednesday.

Quarterly Summary

  \u2022 Total revenue is $39.3 billion, up 78% YoY
  \u2022 Revenue: $39.3 billion
  - Data center revenue of $35.6 billion, up 93%
  1. Total revenue is $41.3 billion
"""
SEGMENTS = """AMD reported its fourth-quarter results on Tuesday.

Data Center segment:

  - Revenue $3.9 billion, up 69% from a year earlier

Client segment:

  - Revenue $9.9 billion, up 69% from a year earlier
"""
# the segments as headings without a colon, each over its own list
SEGMENT_HEADINGS = """AMD reported its fourth-quarter results on Tuesday.

Data Center Segment

- Q4 revenue: $3.9 billion, up 69% from the previous year.

Gaming Segment

- Q4 revenue: $563 million, down 59% from the previous year.
"""
FEB_27_2025, FEB_5_2025 = dt.date(2025, 2, 27), dt.date(2025, 2, 5)


@pytest.mark.parametrize(("article", "date", "words", "status"), [
    # a bullet gives a measure of the story's subject, however it is marked and written
    (BULLETS, FEB_27_2025, "Total revenue is $39.3 billion", Status.SUPPORTED),
    (BULLETS, FEB_27_2025, "Revenue: $39.3 billion", Status.SUPPORTED),
    (BULLETS, FEB_27_2025, "Data center revenue of $35.6 billion", Status.SUPPORTED),
    # the subject stays implied: a wrong figure is told, never flagged
    (BULLETS, FEB_27_2025, "Total revenue is $41.3 billion", Status.UNVERIFIED),
    # the segment stands only in the lead-in above the list: the item is the segment's
    (SEGMENTS, FEB_5_2025, "$3.9 billion", Status.SUPPORTED),
    # another segment's lead-in makes another claim: its wrong figure is not the data
    # center's, and is told, never flagged (the company stays implied)
    (SEGMENTS, FEB_5_2025, "$9.9 billion", Status.UNVERIFIED),
    # a short heading over the list leads it in as well (tenth real set)
    (SEGMENT_HEADINGS, FEB_5_2025, "$3.9 billion", Status.SUPPORTED),
    (SEGMENT_HEADINGS, FEB_5_2025, "$563 million", Status.SUPPORTED),
])
def test_a_list_item_gives_a_measure_of_the_story_or_of_its_lead_in(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status, str]]], article: str,
        date: dt.date, words: str, status: Status) -> None:
    found = verdicts(article, date)
    assert next(s for text, s, _ in found if words in text) is status, found


@pytest.mark.parametrize(("text", "words", "supported"), [
    # a change "representing" or "marking" restates the figure before it: the figure's
    # measure is its measure, and an evaluative word before the change judges nothing more
    ("Nvidia reported data center revenue of $35.6 billion, representing a significant 93% "
     "year-over-year increase.", "93%", SUPPORTED),
    ("Nvidia's quarterly revenue came in at $39.3 billion, marking a 78% rise from a year "
     "earlier.", "78%", SUPPORTED),
    # a change the store does not give is not confirmed by the figure beside it
    ("Nvidia reported data center revenue of $35.6 billion, representing a 95% "
     "year-over-year increase.", "95%", UNSETTLED),
])
def test_a_change_that_restates_the_figure_before_it_is_checked_with_it(
        verdicts: Callable[[str, dt.date], list[tuple[str, Status, str]]], text: str,
        words: str, supported: bool) -> None:
    found = [s is Status.SUPPORTED for t, s, _ in verdicts(text, FEB_27_2025) if words in t]
    assert found and all(found) is supported and any(found) is supported, found
