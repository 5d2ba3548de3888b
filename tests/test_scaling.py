"""Checking an article costs the same per paragraph at any length (issue 10), measured by
counting work, never by timing it: a reading that looks back over the whole article for
every sentence (the names of a headline counted over the whole text, descriptions matched
against every entity named so far) makes the count per paragraph grow with the article.

The count is of the function calls made while checking, Python's and C's
(``sys.setprofile``): a step repeated per earlier sentence, claim or name shows in it. One
C call over the whole text (a pattern searched through the article for every sentence) does
not: that is left to ``benchmarks/bench_hostile.py``. The same paragraphs are checked at two
lengths, their figures and years drawn again (seeded) so no cache serves a repeat.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from factcheck.pipeline import check
from factcheck.read.documents import read_text

# Sentences of the kinds the readings under suspicion serve: descriptions ("the chipmaker"),
# events and sums pointed back to ("the deal", "that sum"), a description by partners, and
# title-case lines looked up elsewhere in the article.
_PARAGRAPHS = [
    "Nvidia reported revenue of ${b} billion in fiscal {y}. The chipmaker said demand "
    "for its chips grew {p}% and the company expects more.",
    "Microsoft invested ${b} billion in OpenAI in {y}, and that sum was its largest bet. "
    "The software giant later added {m} million more.",
    "Amazon agreed to buy a robotics startup for ${m} million, and the deal closed in {y}. "
    "The retailer said the takeover cost {p}% of its cash.",
    "Anthropic raised ${b} billion in {y}. The AI lab backed by Amazon and Google now "
    "employs {m} people.",
    "Nvidia Beats Estimates Again",
]


def _article(paragraphs: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out = ["03/25 2025"]
    for at in range(paragraphs):
        out.append(_PARAGRAPHS[at % len(_PARAGRAPHS)].format(
            b=rng.randint(2, 90), m=rng.randint(100, 900), p=rng.randint(2, 60),
            y=rng.randint(2015, 2024)))
    return "\n\n".join(out) + "\n"


def _calls(run: Callable[[], Any]) -> int:
    count = 0

    def counted(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counted)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def test_the_work_per_paragraph_does_not_grow_with_the_article(bundled_store: Any) -> None:
    short, long = _article(40), _article(160)
    date = dt.date(2025, 3, 25)
    check(read_text(_article(10, seed=1), "warm.txt"), bundled_store, article_date=date)
    small = _calls(lambda: check(read_text(short, "a.txt"), bundled_store, article_date=date))
    large = _calls(lambda: check(read_text(long, "a.txt"), bundled_store, article_date=date))
    # Four times the paragraphs, four times the calls: a little less (3.93 today), for the
    # work done once per article. Calls are counted, not timed, so the ratio is the same on
    # every run; a lookback of one call per earlier sentence already makes it 4.04.
    assert large / small < 4.0, (small, large)
