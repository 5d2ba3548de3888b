"""A company's line of business, and the description that points back to it."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.lines import line_in
from factcheck.read.documents import read_text


@pytest.mark.parametrize("sentence, line", [
    ("The real story lives in the Widget Works segment.", ("", "Widget Works segment")),
    ("Acme's cloud division grew fastest.", ("acme", "cloud division")),
    ("Its gaming unit shrank.", ("", "gaming unit")),
    # no line: the whole business, a line of a name the store lacks, a noun of another
    ("The core business held up.", None),
    ("Zorbo's cloud division grew fastest.", None),
    ("Acme sold the unit of Globex.", None),
])
def test_the_business_line_a_sentence_names(sentence: str,
                                            line: tuple[str, str] | None) -> None:
    named = [(sentence.index("Acme"), sentence.index("Acme") + 4, "acme")] \
        if "Acme" in sentence else []
    assert line_in(sentence, named) == line


def _standalones(store: Any, text: str) -> list[str]:
    return [c.standalone for c in extract_claims(read_text(text, "a.txt"), store.entities)]


def test_that_business_is_the_line_just_named_of_the_story_s_subject(acme_store: Any) -> None:
    found = _standalones(acme_store, "Acme reported record sales. The real story lives in the "
                                     "Widget Works segment. That business grew 66% to $5 "
                                     "billion.")
    assert found[-1] == "Acme Corp's Widget Works segment grew 66% to $5 billion"


def test_a_line_s_noun_with_no_line_just_named_is_left_as_written(acme_store: Any) -> None:
    found = _standalones(acme_store, "Acme reported record sales. Prices rose. The unit grew "
                                     "66% to $5 billion.")
    assert found[-1] == "The unit grew 66% to $5 billion"


@pytest.mark.parametrize("sentence", [
    "The Data Center division generated sales of $41.1 billion.",
    "Its Client segment grew 46%.",
])
def test_a_line_s_capitalised_words_are_no_unknown_company(sentence: str) -> None:
    """Real news (August 2025): "The Data Center division generated sales of $41.1 billion"
    had "Center" for its subject, an unknown name, so the story's company never took it."""
    from factcheck.language.unknown_names import unknown_names
    assert unknown_names(sentence, []) == []
