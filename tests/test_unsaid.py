"""NUM-unsaid: the very figure of a subject's dated deal confirms it, counterparty unsaid."""

from __future__ import annotations

import datetime as dt

from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.store.store import open_store

STORY = dt.date(2025, 3, 1)


def statuses(sentence: str) -> list[Status]:
    report = check(read_text(sentence, "a.txt"), open_store(), article_date=STORY)
    return [c.verdict.status for c in report.claims]


def test_the_figure_on_the_deal_s_date_confirms_it() -> None:
    assert statuses("Amazon committed up to $4 billion in September 2023.") == [
        Status.SUPPORTED]


def test_another_date_or_another_party_named_does_not() -> None:
    assert statuses("Amazon committed up to $4 billion in September 2022.") != [
        Status.SUPPORTED]
    assert statuses("Amazon committed up to $4 billion to OpenAI in September 2023.") != [
        Status.SUPPORTED]


def test_a_different_figure_is_never_refuted_without_its_counterparty() -> None:
    assert statuses("Amazon committed up to $5 billion in September 2023.") == [
        Status.UNVERIFIED]
