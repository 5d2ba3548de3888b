"""A figure set against another party's is a claim about that party."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.language.contrasts import contrast_cut, restate
from factcheck.language.quantities import find_quantities
from factcheck.model import Kind, Status


def test_the_second_statement_starts_at_the_words_that_set_it_against_the_first() -> None:
    text = "Acme sold 5 million widgets against 2 million for Globex"
    figures = [q for q in find_quantities(text) if q.kind is Kind.COUNT]
    globex = text.index("Globex")
    assert contrast_cut(text, figures, [(globex, globex + 6, "globex")]) == (
        text.index(" against"), "globex")
    # a second figure given for no one, or a change, is no contrast
    assert contrast_cut(text, figures, []) is None
    change = "Acme sold 5 million widgets, up from 2 million at Globex"
    assert contrast_cut(change, [q for q in find_quantities(change) if q.kind is Kind.COUNT],
                        [(change.index("Globex"), len(change), "globex")]) is None


@pytest.mark.parametrize("first, second, said", [
    ("Acme sold about 5 million widgets in 2024", "against roughly 2 million for Globex",
     "Globex sold roughly 2 million widgets in 2024"),
    ("The B200 packs 208 billion transistors", "versus 80 billion in the H100",
     "H100 packs 80 billion transistors"),
    ("Acme earned $5 billion in 2024", "compared with $3 billion at Globex",
     "Globex earned $3 billion in 2024"),
])
def test_the_second_statement_is_the_first_said_of_the_other_party(
        first: str, second: str, said: str) -> None:
    subject = "The B200" if first.startswith("The B200") else "Acme"
    other = "H100" if "H100" in second else "Globex"
    assert restate(first, [subject], other, second) == said


def test_a_first_statement_that_does_not_name_its_subject_is_not_restated() -> None:
    assert restate("It sold 5 million widgets", ["Acme"], "Globex",
                   "against 2 million for Globex") is None


@pytest.mark.parametrize("sentence, statuses", [
    # AMD shipped 500,000 data center GPUs in 2023 (the store); Hopper has 80 billion
    ("Nvidia shipped about 3.76 million data-center GPUs in 2023 against roughly 500,000 for "
     "AMD.", [Status.SUPPORTED]),
    ("Nvidia shipped about 3.76 million data-center GPUs in 2023 against roughly 900,000 for "
     "AMD.", [Status.SUPPORTED, Status.CONTRADICTED]),
    ("Blackwell packs 208 billion transistors versus 90 billion in Hopper.",
     [Status.SUPPORTED, Status.CONTRADICTED]),
])
def test_a_figure_set_against_another_entity_s_is_checked_against_that_entity(
        bundled_statuses: Callable[..., list[Status]], sentence: str,
        statuses: list[Status]) -> None:
    assert bundled_statuses(sentence) == statuses


def test_a_second_figure_owned_by_another_party_is_that_partys() -> None:
    """Issue 8: "... of $39.3 billion dwarfed AMD's $7.7 billion" left AMD and its figure
    unchecked, so the true first figure stayed partly checked."""
    text = "Acme's revenue of $5 billion dwarfed Globex's $3 billion"
    figures = [q for q in find_quantities(text) if q.kind is Kind.MONEY]
    globex = text.index("Globex")
    assert contrast_cut(text, figures, [(globex, globex + 6, "globex")]) == (
        text.index(" dwarfed"), "globex")
    assert restate("Acme's revenue of $5 billion", ["Acme"], "Globex",
                   "dwarfed Globex's $3 billion") == "Globex's revenue of $3 billion"


@pytest.mark.parametrize("sentence, statuses", [
    # AMD's fourth-quarter 2024 revenue was $7.66 billion (the store)
    ("Nvidia's fourth-quarter revenue of $39.3 billion dwarfed AMD's $7.7 billion.",
     [Status.SUPPORTED, Status.SUPPORTED]),
    ("Nvidia's fourth-quarter revenue of $39.3 billion dwarfed AMD's $9.7 billion.",
     [Status.SUPPORTED, Status.CONTRADICTED]),
    ("Nvidia's fourth-quarter revenue was $39.3 billion, compared with AMD's $7.7 billion.",
     [Status.SUPPORTED, Status.SUPPORTED]),
])
def test_a_figure_owned_by_another_entity_is_checked_against_that_entity(
        bundled_statuses: Callable[..., list[Status]], sentence: str,
        statuses: list[Status]) -> None:
    assert bundled_statuses(sentence) == statuses
