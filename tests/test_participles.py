"""A participle after a sentence that opens on a business line or a measure of its subject
tells the line's or the measure's doing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.read.documents import read_text


@pytest.mark.parametrize("sentence", [
    "Acme's foundry business struggled with losses, posting $13 billion in losses for 2024.",
    "Acme's cloud unit grew fast, reporting $9 billion in sales.",
])
def test_a_participle_after_a_line_opening_the_sentence_is_the_line_s(
        acme_store: Any, sentence: str) -> None:
    """Real news: "Intel's manufacturing business has struggled with losses, reporting $13
    billion in losses for 2024" read "Intel is reporting $13 billion in losses", the
    segment's loss held against the whole company's net loss."""
    found = extract_claims(read_text(sentence, "a.txt"), acme_store.entities)
    assert found[-1].standalone.startswith("Acme's "), found[-1].standalone
    assert (" business is " in found[-1].standalone) or (" unit is " in found[-1].standalone)



@pytest.mark.parametrize(("sentence", "reads"), [
    ("Acme reported results. Cloud revenue more than doubled, reaching $9 billion.",
     "Acme Corp's cloud revenue is reaching $9 billion"),
    ("Acme reported results. The gross margin showed an improvement, reaching 62% in the "
     "quarter.", "Acme Corp's gross margin is reaching 62% in the quarter"),
    # (after a change with a figure, the level stays in the change's claim)
    ("Acme reported results. For context, cloud revenue grew by only 2%, reaching $9 billion.",
     "For context, cloud revenue grew by only 2%, reaching $9 billion"),
    # the company's own measure, named with it
    ("Acme's revenues also topped forecasts, rising 30% to $50 billion in the year.",
     "Acme Corp's revenues is rising 30% to $50 billion in the year"),
    # the company's doing, another measure its object: no measure's level
    ("Acme reported results. Sales rose to $9 billion, narrowing its net loss to $1 billion.",
     "Acme Corp is narrowing its net loss to $1 billion"),
])
def test_a_participle_after_a_measure_opening_the_sentence_is_the_measure_s(
        acme_store: Any, sentence: str, reads: str) -> None:
    found = extract_claims(read_text(sentence, "a.txt"), acme_store.entities)
    assert found[-1].standalone == reads


def test_a_measure_s_level_told_by_a_participle_is_checked(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Real news: "AI-related revenue more than doubled year over year, reaching $8.4
    billion during the quarter" read "Broadcom is reaching $8.4 billion"."""
    assert bundled_statuses("Broadcom reported results. AI revenue more than doubled from a "
                            "year earlier, reaching $8.4 billion during the quarter.",
                            dt.date(2026, 3, 5))[-1] is Status.SUPPORTED


@pytest.mark.parametrize(("sentence", "reads"), [
    ("Acme released its results for the second quarter of fiscal 2025 on Tuesday, posting "
     "revenue of $9 billion.",
     "Acme Corp is posting revenue of $9 billion for the second quarter of fiscal 2025"),
    ("Acme gave its figures for the fourth fiscal quarter of 2024 (Q4 FY2024), showing sales "
     "of $9 billion.",
     "Acme Corp is showing sales of $9 billion for the fourth fiscal quarter of 2024"),
    ("Acme published results for fiscal 2024, reporting revenue of $30 billion.",
     "Acme Corp is reporting revenue of $30 billion for fiscal 2024"),
    # a period of its own stays its own
    ("Acme published results for fiscal 2024, reporting revenue of $9 billion in the fourth "
     "quarter.", "Acme Corp is reporting revenue of $9 billion in the fourth quarter"),
])
def test_a_participle_after_results_of_a_period_is_of_that_period(
        acme_store: Any, sentence: str, reads: str) -> None:
    """Real news: "Apple announced its financial results for the fourth fiscal quarter of 2025
    (Q4 FY2025), revealing total revenue of $90.15 billion" read "Apple is revealing total
    revenue of $90.15 billion", held to the fiscal year's revenue, not the quarter's."""
    found = extract_claims(read_text(sentence, "a.txt"), acme_store.entities)
    assert found[-1].standalone == reads
