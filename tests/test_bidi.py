"""Text between bidi controls is read in the order it displays, or not told."""

from __future__ import annotations

import pytest

from factcheck.language.bidi import as_displayed, displayed
from factcheck.read.documents import read_text

RLO, LRO, PDF = "\u202e", "\u202d", "\u202c"
RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"
RLE, LRE = "\u202b", "\u202a"


@pytest.mark.parametrize("text, shown", [
    ("$12 billion", "$12 billion"),  # nothing to reorder
    (f"${RLO}21{PDF} billion", "$12 billion"),  # an override reverses what it holds
    (f"${RLO}000,5{PDF}", "$5,000"),
    (f"{RLO}olleh{PDF} world", "hello world"),
    (f"${LRO}21{PDF} billion", "$21 billion"),  # left to right: as written
    (f"{LRI}21 billion{PDI}", "21 billion"),
    (f"{LRE}Acme (US){PDF}", "Acme (US)"),
    (f"${RLI}2,000.5{PDI} billion", "$2,000.5 billion"),  # a bare number keeps its order
    (f"${RLE}12{PDF}", "$12"),
    (f"${FSI}12{PDI}", "$12"),
])
def test_what_displays_is_told(text: str, shown: str) -> None:
    assert displayed(text) == shown


@pytest.mark.parametrize("text", [
    f"${RLI}21 billion{PDI}",  # words and spaces move in a right-to-left run
    f"${RLE}21 bn{PDF}",
    f"${FSI}x21{PDI}",
    f"${RLO}21 billion",  # open to the end of the paragraph
    f"$21{PDF} billion",  # a closing control alone: opened before the text given
    f"{RLO}a{RLO}21{PDF}b{PDF}",  # nested
    f"{RLO}(21){PDF}",  # brackets mirror in a right-to-left run
    f"{LRI}\u05d0 21{PDI}",  # a right-to-left letter
    f"{RLO}21\n12{PDF}",  # a paragraph ends every run
])
def test_what_cannot_be_told_is_none(text: str) -> None:
    assert displayed(text) is None


def test_a_document_sentence_is_put_back_together_with_its_controls() -> None:
    document = read_text(f"Acme sold ${RLO}21{PDF} billion.\u200b And ${RLI}5 bn{PDI}.", "a.txt")
    assert document.text == "Acme sold $21 billion. And $5 bn."
    first, second = document.text.index("Acme"), document.text.index("And")
    assert as_displayed(document, first, second) == "Acme sold $12 billion. "
    assert as_displayed(document, second, len(document.text)) is None
    # a control right after the last character is its sentence's: "21" then PDF
    assert as_displayed(document, first, document.text.index(" billion")) == "Acme sold $12"


def test_text_without_bidi_controls_is_itself() -> None:
    document = read_text("Acme sold\u200b $21 billion.", "a.txt")
    assert as_displayed(document, 0, len(document.text)) == "Acme sold $21 billion."


def test_an_html_page_is_never_told_where_it_holds_bidi_controls() -> None:
    document = read_text(f"<p>Acme sold ${RLO}21{PDF} billion. It grew.</p>", "a.html", "html")
    assert as_displayed(document, 0, document.text.index(" It")) is None
    assert as_displayed(document, document.text.index("It"), len(document.text)) == "It grew."
