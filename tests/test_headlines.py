"""Headlines: title case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck.language.entities import Mention
from factcheck.language.headlines import capitalised_elsewhere, headline_names, title_case
from factcheck.model import Status


def test_title_case_is_most_long_words_capitalised_and_no_full_stop() -> None:
    assert title_case("Acme Widgets Hits 300 Million Users")
    assert not title_case("Acme widgets hits 300 million users.")


def test_a_short_headline_is_title_case_when_every_long_word_is_capitalised() -> None:
    # "Forge Houses 100,000 GPUs": two long words, both capitalised, no full stop
    assert title_case("Forge Houses 100,000 GPUs")
    assert not title_case("Forge houses 100,000 GPUs")
    assert not title_case("Forge Houses 100,000 GPUs.")
    assert not title_case("Forge Houses")  # a name alone, no headline


def test_a_one_word_name_heading_a_common_noun_phrase_in_a_title_is_no_name(
        bundled_statuses: Any) -> None:
    """issue 8: "AMD Sells ZT Systems Manufacturing Arm to Sanmina for $3 Billion": a title
    capitalises every word, and "Arm" there heads "manufacturing arm", a division, not the
    chip designer; read as the company, it was a name no fact covered."""
    article = ("AMD Sells ZT Systems Manufacturing Arm to Sanmina for $3 Billion\n\n"
               "AMD has agreed to sell the manufacturing business of ZT Systems to Sanmina "
               "in a $3 billion deal.\n")
    assert bundled_statuses(article, dt.date(2025, 5, 20))[0] is Status.SUPPORTED


def _named(title: str, body: str, name: str) -> bool:
    at = title.index(name)
    mention = Mention(at, at + len(name), name.lower(), "organization", name)
    return headline_names([mention], f"{title}\n\n{body}", title) == [mention]


def test_a_name_in_a_title_stays_one_after_a_preposition_or_told_elsewhere() -> None:
    assert not _named("Acme Sells Its Chip Arm", "Acme sold its chip business.", "Arm")
    # told once, after a preposition: "... In Anthropic"
    assert _named("Acme Invests $4 Billion In Anthropic", "Acme said the chip deal ...",
                  "Anthropic")
    # written with its capital elsewhere, in any case: "NVIDIA" for "Nvidia"
    assert _named("Acme Chip Nvidia Deal", "The chip deal with NVIDIA ...", "Nvidia")
    assert capitalised_elsewhere("Nvidia", "Nvidia Beats Estimates\n\nNVIDIA said ...",
                                 "Nvidia Beats Estimates")
