"""Sentences: pysbd's choices, read a bounded window at a time so the cost stays linear."""

from __future__ import annotations

import random
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
    """Wraps the reading of one window (pysbd, or the plain paragraph's own reading) and
    records how much text each call is handed."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.lengths: list[int] = []

    def __call__(self, text: str, base: int) -> Any:
        self.lengths.append(len(text))
        return self.real(text, base)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    watcher = Spy(module._spans)
    monkeypatch.setattr(module, "_spans", watcher)
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


# --- plain paragraphs: read without pysbd, cut where pysbd cuts them --------------------------

def spans_of(text: str, spans: list[tuple[int, int]] | None) -> list[str] | None:
    return None if spans is None else [text[a:b] for a, b in spans]


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme grew 5% in 2024. Its profit rose by $6.6 billion. Analysts expect more in 2026.",
     ["Acme grew 5% in 2024.", "Its profit rose by $6.6 billion.",
      "Analysts expect more in 2026."]),
    ("  The company’s chips sold well. OpenAI's rival bought them  ",
     ["The company’s chips sold well.", "OpenAI's rival bought them"]),
    ("No period at all", ["No period at all"]),
    ("Musk bet on AI. Then xAI raised 2,000 billion.",
     ["Musk bet on AI.", "Then xAI raised 2,000 billion."]),
    # pysbd's abbreviations: their period is kept before a lower-case word, a number or a
    # bracket (a title's before any word); before a capital it ends the sentence
    ("Acme Inc. rose on Jan. 27 in Calif. and Wash. It grew.",
     ["Acme Inc. rose on Jan. 27 in Calif. and Wash.", "It grew."]),
    ("Globex Co. (GBX) hired Mr. Smith from Acme Corp. The deal ranked it No. 1 again.",
     ["Globex Co. (GBX) hired Mr. Smith from Acme Corp.", "The deal ranked it No. 1 again."]),
    # a name written in lower case opens a sentence as a capital does ("xAI", "eBay")
    ("Musk founded a lab in 2023. xAI grew fast. eBay did not. Sales rose. then fell.",
     ["Musk founded a lab in 2023.", "xAI grew fast.", "eBay did not.", "Sales rose.",
      "then fell."]),
    # capitals joined by periods: the last one ends a sentence only before one of pysbd's
    # sentence starters ("The", not "Nvidia"), and only after the few pysbd restores
    ("Sales rose in the U.S. last year. It grew in the U.S. The firm said so. It grew in "
     "the U.K. Nvidia said so. It grew in the N.Y. The firm said so.",
     ["Sales rose in the U.S. last year.", "It grew in the U.S.", "The firm said so.",
      "It grew in the U.K. Nvidia said so.", "It grew in the N.Y. The firm said so."]),
    # periods inside quotations and asides are hidden; one closing a quotation before a
    # capital ends the sentence there; a quotation opens a sentence unless it is one
    ('He said "we grew." Then it fell. It grew (by a lot). It fell (by 3.5%) again.',
     ['He said "we grew."', "Then it fell.", "It grew (by a lot).", "It fell (by 3.5%) again."]),
    ('It grew. "We did" said Acme. "We did it. Again," he said. It was “big.” Then it fell.',
     ["It grew.", '"We did" said Acme.', '"We did it. Again," he said.', "It was “big.”",
      "Then it fell."]),
    # after a percentage, a number with a thousands comma, a model's name
    ("Revenue hit 15,000. Sales rose 5%. It shipped the B200. Then it fell.",
     ["Revenue hit 15,000.", "Sales rose 5%.", "It shipped the B200.", "Then it fell."]),
])
def test_a_plain_paragraph_is_cut_after_each_sentences_period(
        text: str, expected: list[str]) -> None:
    assert spans_of(text, module._plain_spans(text, 0)) == expected
    assert spans_of(text, module._pysbd_spans(text, 0)) == expected


@pytest.mark.parametrize("text", [
    "Acme bought it from Globex -Inc. in 2020.",  # an abbreviation after no blank
    "It ranked No. 1 in 10. Then it fell.",  # an abbreviation; a list's number
    "The A. Then it fell.",  # one capital: an initial
    "The deal closed. 5 of them fell.",  # a digit after the period
    "It grew. (Acme did) Then it fell.",  # an aside opening a sentence
    'It sold "chips and more chips.',  # a quote without its pair
    "It had two aims (a) growth and (b) profit.",  # the items of a list
    "Revenue (2024) rose.",  # a number closing a bracket: a list's item to pysbd
    'It grew "strongly" (by a lot) again.',  # an aside between quotations
    'It fell to a low-" level Then rose.',  # a quote after a dash
    "Did it grow? It did.",
    "It grew... It fell.",
    "It grew 'a lot' again.",  # a quote opened by an apostrophe
    "'Tis the season. It grew.",  # a quote opening the paragraph
    "It grew--then fell. It rose.",
    'It grew. "We did" Acme said.',  # a quotation that may be a sentence of its own
    "It grew. (Acme did) Then it fell.",  # an aside opening a sentence
    "It grew in the U.S. I think so.",  # "I" after capitals joined by periods
    "It opens at 5 P.M. The doors shut.",  # "P.M." ends a sentence before any capital
    "It grew 25. Then it fell.",  # a number of two digits: a list's item to pysbd
])
def test_a_paragraph_with_anything_for_pysbd_to_decide_is_left_to_it(text: str) -> None:
    assert module._plain_spans(text, 0) is None


WORDS = ("the company OpenAI Nvidia raised billion in 2024 10 5 a A I Inc Corp Mr U.S us US "
         "AI it's companies' Microsoft’s $6.6 3.5% No St Jan may May is vs e.g etc Dr co Q4 "
         "H100 GPT-4 — – - said and of The It Ltd fig al ’ ' Zoë café 1,000 100 2025 ii v").split()


def _words(rng: random.Random, most: int, period: float) -> list[str]:
    """Up to ``most`` words drawn from ``WORDS``, a share ``period`` of them ending a
    sentence, the word after a full stop mostly capitalised."""
    words: list[str] = []
    for _ in range(rng.randint(1, most)):
        word = rng.choice(WORDS)
        if words and words[-1].endswith(".") and rng.random() < 0.8:
            word = word[:1].upper() + word[1:]
        words.append(word + ("." if rng.random() < period else ""))
    return words


def _read_plain_as_pysbd_reads(texts: list[str]) -> int:
    """How many of ``texts`` are read as plain, each asserted to be cut where pysbd cuts it."""
    plain = 0
    for text in texts:
        spans = module._plain_spans(text, 7)
        if spans is not None:
            plain += 1
            assert spans == module._pysbd_spans(text, 7), text
    return plain


def test_generated_plain_paragraphs_are_cut_as_pysbd_cuts_them() -> None:
    """Random paragraphs of ordinary and awkward words (abbreviations, initials, numbers,
    apostrophes), a period after a quarter of them: every one read as plain is cut
    exactly where pysbd cuts it."""

    rng = random.Random(12)
    texts = []
    for _ in range(4000):
        words = _words(rng, 30, 0.25)
        texts.append((" " if rng.random() < 0.2 else "") + " ".join(words) +
                     (" " if rng.random() < 0.2 else ""))
    assert _read_plain_as_pysbd_reads(texts) > 400  # the test tries what it claims to


ABBREVIATED = ("Inc. said", "Inc. The", "Corp. in", "Co. (NYSE", "Jan. 27", "Feb. The", "Calif.,",
               "Wash. I", "Ill. I'm", "Mr. Smith", "Gov. Doe", "Sen. 5", "No. 1", "No. The",
               "Nos. (a", "Ltd.-based", "Dec.: it", "vs. Acme", "St. Louis", "is. The", "may. it",
               "fig.", "Inc.", "Prof.:5", "Dr. I", "Mt. Fuji", "Penn. it", "art. 3")


def test_generated_paragraphs_with_abbreviations_are_cut_as_pysbd_cuts_them() -> None:
    """The same, with pysbd's abbreviations put among the words, each before a capital,
    a lower-case word, a number, a bracket or a colon: every paragraph read as plain is
    cut exactly where pysbd cuts it, and most are read so."""

    rng = random.Random(14)
    texts = []
    for _ in range(4000):
        words = _words(rng, 20, 0.15)
        for _ in range(rng.randint(1, 3)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(ABBREVIATED))
        texts.append(" ".join(words))
    assert _read_plain_as_pysbd_reads(texts) > 1000  # most, and the test tries what it claims


PAIRED = ('"', "“", "(")
CLOSING = {'"': '"', "“": "”", "(": ")"}


def test_generated_paragraphs_with_quotations_and_asides_are_cut_as_pysbd_cuts_them() -> None:
    """The same, with double quotes and brackets put around runs of the words (and now and
    then one left alone): every paragraph read as plain is cut exactly where pysbd cuts it."""

    rng = random.Random(13)
    texts = []
    for _ in range(6000):
        words = _words(rng, 24, 0.1)
        for _ in range(rng.randint(1, 3)):
            start = rng.randrange(len(words))
            end = min(len(words) - 1, start + rng.randint(0, 3))
            opening = rng.choice(PAIRED)
            words[start] = opening + words[start]
            if rng.random() < 0.9:
                words[end] = words[end] + CLOSING[opening]
        texts.append(" ".join(words))
    assert _read_plain_as_pysbd_reads(texts) > 400  # the test tries what it claims to


DOTTED = ("U.S.", "A.I.", "U.K.", "E.U.", "N.Y.", "U.S.A.", "The", "It", "In", "I", "We",
          "Nvidia", "15,000", "Q3", "5%", "(AI)", "(U.S.)", '"U.S."', '"we grew."', "A.M.")


def test_generated_paragraphs_with_dotted_capitals_and_quotations_are_cut_as_pysbd_does(
) -> None:
    """The same, with capitals joined by periods, sentence starters, percentages and
    quotations ending in a period among the words: every paragraph read as plain is cut
    exactly where pysbd cuts it."""

    rng = random.Random(15)
    texts = []
    for _ in range(4000):
        words = _words(rng, 20, 0.15)
        for _ in range(rng.randint(1, 4)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(DOTTED))
        texts.append(" ".join(words))
    assert _read_plain_as_pysbd_reads(texts) > 1000  # most, and the test tries what it claims
