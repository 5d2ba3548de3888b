"""Slugs: a web address's words as a headline, and the sums that lost their dollar sign."""

from __future__ import annotations

import pytest

from factcheck.language.comparison import describe
from factcheck.language.quantities import find_quantities
from factcheck.language.slugs import lost_signs, slug


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


@pytest.mark.parametrize(("line", "figures"), [
    ("acme raises 6 billion to fuel its expansion", ["$6B"]),
    ("globex bought by acme in deal valued at 33 billion", ["$33B"]),
    ("acme sells globex for 45 billion includes 12 billion debt", ["$45B", "$12B"]),
    ("acme pumps 100bn more into ohio plants", ["$100B"]),
    ("acme announces 500 billion artificial intelligence investment", ["$500B"]),
    # billions of a counted thing stay a count, and so do billions of another currency
    ("acme chatbot passes 1 billion weekly users worldwide", ["1B weekly user"]),
    ("acme unveils a 2 billion transistor chip for phones", ["2B transistor chip"]),
    ("acme raises 6 billion euros from its investors", ["€6B"]),
    # a share or a change lost its percent sign: "27 stake", "17 share value drop"
    ("acme takes 27 stake in globex worth 13 billion", ["27%", "$13B"]),
    ("acme faced 17 share value drop this monday", ["17%"]),
    ("acme stock jumps 9 after its results", ["9%"]),
    # a count stays a count, and a year or a number with its noun is no percent
    ("acme buys 27 stores in ohio this year", ["27 store"]),
    ("acme hires 40 engineers after its results", ["40 engineer"]),
])
def test_a_slugs_billions_are_dollars_unless_they_count_something(
        line: str, figures: list[str]) -> None:
    assert [describe(q) for q in find_quantities(line)] == figures


def test_prose_keeps_its_sums_as_written() -> None:
    assert [describe(q) for q in find_quantities("Acme raised 6 billion to expand.")] == []


@pytest.mark.parametrize(("sentence", "text", "lost"), [
    # a slug's figures may have lost a decimal point or a sign: never flagged
    ("acme raises 66 billion in new funding", "acme raises 66 billion in new funding", True),
    # a clause in lower case whose sum was read without its sign
    ("Acme said: we raised 6 billion to build plants this year",
     "we raised 6 billion to build plants this year", True),
    # a clause in lower case whose figures were read as written
    ("The plant, Acme said, was built in 1993 by three engineers",
     "was built in 1993 by three engineers at the site", False),
    ("Acme raised $6 billion to build plants.", "Acme raised $6 billion to build plants", False),
])
def test_which_claims_figures_may_have_lost_their_marks(
        sentence: str, text: str, lost: bool) -> None:
    assert lost_signs(sentence, text) is lost
