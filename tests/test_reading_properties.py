"""Property tests (Hypothesis) for reading: bytes, plain text, Markdown (front matter too) and
HTML into a Document, and the figures and dates read from any text. Whatever the input, the
only exception is the tool's own ``DocumentError``; the prose holds no control, invisible or
bidi character; every block maps back inside the file; no figure is infinite.

Settings are explicit and small (``derandomize``: the same examples every run); run with
``--hypothesis-show-statistics`` to see how many examples ran.
"""

from __future__ import annotations

import math
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import DocumentError
from factcheck.language.notes import refused_figures
from factcheck.language.quantities import find_quantities
from factcheck.model import Span
from factcheck.pipeline import check
from factcheck.read.blocks import parse_dateline, parse_iso_date
from factcheck.read.documents import decode, read_text
from factcheck.read.hidden import UNSAFE
from factcheck.read.page_dates import parse_date
from factcheck.store.store import Store

PIECES = st.sampled_from([
    "\x1b]0;t\x07", "\x1b[2K", "\x9b1A", "\x7f", "\x00", "\r", "\r\n", "\n", "\n\n", "\t",
    "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\ufeff", "&#x1b;", "&#8238;", "&amp;",
    "<title>", "</title>", "<p>", "</p>", "<h2>", "<!--", "-->", "---\n", "date: ", "title: ",
    "2025-02-30", "Feb 30 2025", "03/25 2025", "# ", "- ", "| a | b |\n|---|---|\n", "`",
    "```\n", "[x](y)", "*", "$", "99999", "9" * 40, "1,000.5", " billion", "%", " in ",
    "Jane Doe co-founded Acme in 2012", "Acme has over $2 trillion in assets. ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(st.characters(exclude_categories=["Cs"]),
                                          max_size=10)), max_size=14).map("".join)
FUZZ = settings(max_examples=150, deadline=2000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])


def _read(text: str, fmt: str) -> Any:
    try:
        return read_text(text, f"a.{fmt}", fmt)
    except DocumentError:
        return None


@FUZZ
@given(st.binary(max_size=200) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")) |
       TEXT.map(lambda t: b"\xff\xfe" + t.encode("utf-16-le", "surrogatepass")[:-1]))
def test_bytes_decode_or_raise_the_tools_own_error(data: bytes) -> None:
    try:
        decode(data, "a.txt")
    except DocumentError as exc:
        assert str(exc).startswith("a.txt") and "\n" not in str(exc)


@FUZZ
@given(TEXT, st.sampled_from(["text", "markdown", "html"]))
def test_a_document_is_read_or_refused_and_its_prose_is_clean(text: str, fmt: str) -> None:
    document = _read(text, fmt)
    if document is None:
        return
    assert UNSAFE.search(document.text.replace("\r", "")) is None
    assert document.original == re.sub(r"\r(?!\n)", "\n", text)  # lone CRs end lines
    for block in document.blocks:
        span = document.original_span(block.span)
        assert 0 <= span.start <= span.end <= len(document.original)
    for offset in range(len(document.text) + 1):
        assert 0 <= document.original_offset(offset) <= len(document.original)


@FUZZ
@given(TEXT, st.sampled_from(["text", "markdown", "html"]))
def test_checking_any_document_raises_nothing(acme_store: Store, text: str,
                                              fmt: str) -> None:
    document = _read(text, fmt)
    if document is None:
        return
    report = check(document, acme_store)
    for checked in report.claims:
        span = checked.claim.span
        assert 0 <= span.start <= span.end <= len(document.original)
        assert all(math.isfinite(q.value) for q in checked.claim.quantities)


@FUZZ
@given(TEXT)
def test_figures_and_dates_read_from_any_text(text: str) -> None:
    for quantity in find_quantities(text):
        assert math.isfinite(quantity.value) and quantity.span is not None
        assert text[quantity.span.start:quantity.span.end] == quantity.text
    refused_figures(text)
    for parse in (parse_dateline, parse_iso_date, parse_date):
        date = parse(text)
        assert date is None or 1 <= date.year <= 9999


def test_a_span_maps_back_through_hidden_characters() -> None:
    document = read_text("a\u200bb\u202ec 1\u2069", "a")
    assert document.text == "abc 1"
    assert [document.original_offset(i) for i in range(6)] == [0, 2, 4, 5, 6, 8]
    assert document.original_span(Span(0, 5)) == Span(0, 7)
