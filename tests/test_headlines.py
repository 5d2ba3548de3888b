"""Headlines: title case."""

from __future__ import annotations

from factcheck.language.headlines import title_case


def test_title_case_is_most_long_words_capitalised_and_no_full_stop() -> None:
    assert title_case("Acme Widgets Hits 300 Million Users")
    assert not title_case("Acme widgets hits 300 million users.")


def test_a_short_headline_is_title_case_when_every_long_word_is_capitalised() -> None:
    # "Forge Houses 100,000 GPUs": two long words, both capitalised, no full stop
    assert title_case("Forge Houses 100,000 GPUs")
    assert not title_case("Forge houses 100,000 GPUs")
    assert not title_case("Forge Houses 100,000 GPUs.")
    assert not title_case("Forge Houses")  # a name alone, no headline
