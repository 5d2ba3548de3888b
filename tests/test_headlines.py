"""Headlines: title case and slugs."""

from __future__ import annotations

import pytest

from factcheck.language.headlines import slug, title_case


@pytest.mark.parametrize("line", [
    "acme raises 66 billion in funding at 157 billion valuation",
    "globex shares fall 17 percent in 2025",
])
def test_a_line_in_lower_case_without_marks_and_with_a_figure_is_a_slug(line: str) -> None:
    assert slug(line)


@pytest.mark.parametrize("line", [
    "acme raises $6.6 billion in funding",  # its marks are kept
    "Acme raises 66 billion in funding",  # a capital: written, not taken from an address
    "acme raises new funding from investors",  # no figure to lose its decimal point
    "acme raises 6 billion",  # too short to tell
])
def test_what_is_no_slug(line: str) -> None:
    assert not slug(line)


def test_title_case_is_most_long_words_capitalised_and_no_full_stop() -> None:
    assert title_case("Acme Widgets Hits 300 Million Users")
    assert not title_case("Acme widgets hits 300 million users.")


def test_a_short_headline_is_title_case_when_every_long_word_is_capitalised() -> None:
    # "Forge Houses 100,000 GPUs": two long words, both capitalised, no full stop
    assert title_case("Forge Houses 100,000 GPUs")
    assert not title_case("Forge houses 100,000 GPUs")
    assert not title_case("Forge Houses 100,000 GPUs.")
    assert not title_case("Forge Houses")  # a name alone, no headline
