"""Sentences: pysbd's choices, read a bounded window at a time so the cost stays linear."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.language import sentences as module
from factcheck.language.sentences import SENTENCE_WINDOW, sentences
from factcheck.read.documents import load_document

ROOT = Path(__file__).parent.parent
ARTICLES = [ROOT / "seeds" / "2025-03-25-battle-of-ai-titans.txt",
            *sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))]


def paragraphs() -> list[str]:
    found = []
    for path in ARTICLES:
        document = load_document(str(path))
        found += [document.text[b.span.start:b.span.end] for b in document.blocks
                  if b.kind == "prose"]
    return found


class Spy:
    """Wraps pysbd's segmenter and records how much text each call hands it."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.lengths: list[int] = []

    def processor(self, text: str) -> Any:
        self.lengths.append(len(text))
        return self.real.processor(text)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    watcher = Spy(module._segmenter())
    monkeypatch.setattr(module, "_segmenter", lambda: watcher)
    return watcher


def test_a_paragraph_is_split_as_pysbd_splits_it() -> None:
    text = "Acme grew 5% in 2024. Mr. Doe said so. It was the Series C. Then it fell."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Acme grew 5% in 2024.", "Mr. Doe said so.", "It was the Series C.", "Then it fell."]


def test_real_paragraphs_are_read_whole_in_one_call(spy: Spy) -> None:
    for paragraph in paragraphs():
        assert len(paragraph) <= SENTENCE_WINDOW
        sentences(paragraph)
    assert spy.lengths and max(spy.lengths) <= SENTENCE_WINDOW


def test_a_long_paragraph_read_by_windows_gives_the_same_sentences(spy: Spy) -> None:
    text = " ".join(p.replace("\n", " ") for p in paragraphs())
    assert len(text) > 5 * SENTENCE_WINDOW
    windowed = sentences(text)
    assert max(spy.lengths) <= SENTENCE_WINDOW
    whole = module._pysbd_spans(text, 0)  # the text in one call, as pysbd alone reads it
    assert [(s.start, s.end) for s in windowed] == whole


@pytest.mark.parametrize("unit", ["a. ", "Mr. ", "1. ", "e.g. ", "x"])
def test_pathological_paragraphs_cost_bounded_calls(spy: Spy, unit: str) -> None:
    """13,000 "a. " on one line took a minute: pysbd is quadratic in places. Each call now
    gets at most one window, and the calls advance by at least half a window."""
    text = unit * (20_000 // len(unit))
    found = sentences(text)
    assert max(spy.lengths) <= SENTENCE_WINDOW
    assert len(spy.lengths) <= 2 * len(text) // SENTENCE_WINDOW + 2
    assert all(s.end - s.start <= SENTENCE_WINDOW for s in found)
    assert found[-1].end >= len(text.rstrip()) - len(unit)  # nothing dropped at the end


TRICKY = ["Dr. Smith met Mr. Jones at 5 p.m. in the U.S. on Jan. 5. They left.",
          "The co. said no. 5 was e.g. fine, i.e. good. Prof. X agreed.",
          "Apple Inc. rose. Corp. profits fell 3.5%. See fig. 2. The St. Louis Fed said so.",
          "Then ſt. Louis and İnc. rose. The ınc. fell. It ended.",  # letters re folds to s, i
          "The ms team met Mſ. Smith today. It ended.",
          "It sold 5 bn. units. A. B. Smith came. Ph.D. holders."]


@pytest.mark.parametrize("text", [*TRICKY, *paragraphs()[:40]])
def test_the_abbreviation_pass_changes_no_sentence_of_pysbd(text: str) -> None:
    """Abbreviations no period follows are skipped; pysbd alone gives the same sentences."""
    import pysbd

    stock = pysbd.Segmenter(language="en", clean=False)
    assert module._segmenter().processor(text).process() == stock.processor(text).process()
