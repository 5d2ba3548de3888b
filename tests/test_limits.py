"""The limits on one article: the length of a line, with the line named."""

from __future__ import annotations

import pytest

from factcheck.errors import DocumentError
from factcheck.read.documents import read_text
from factcheck.read.limits import DEFAULT_MAX_LINE, check_line_length

LINE = "Acme has over $2 trillion in assets under management. "


def test_a_line_over_the_limit_is_refused_with_its_number() -> None:
    text = f"Title\n\n{LINE}\n" + "x" * 101 + "\n"
    with pytest.raises(DocumentError, match=r"a\.txt:4: a line longer than 100 characters"):
        check_line_length(text, "a.txt", max_line=100)
    check_line_length(text, "a.txt", max_line=101)


def test_a_lone_carriage_return_ends_a_line_too() -> None:
    check_line_length("x" * 60 + "\r" + "x" * 60, "a.txt", max_line=100)
    with pytest.raises(DocumentError):
        check_line_length("x" * 60 + " " + "x" * 60, "a.txt", max_line=100)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_are_held_to_the_default_limit(fmt: str) -> None:
    line = LINE * (DEFAULT_MAX_LINE // len(LINE) + 1)
    with pytest.raises(DocumentError, match=r"a:1: a line longer than 100,000 characters"):
        read_text(line + "\n", "a", fmt)
    assert read_text(line[:DEFAULT_MAX_LINE] + "\n", "a", fmt).text


def test_html_is_exempt_a_minified_page_is_one_long_line() -> None:
    page = "<html><body>" + f"<p>{LINE}</p>" * (DEFAULT_MAX_LINE // len(LINE) + 1) + "</body>"
    assert "Acme" in read_text(page, "a.html", "html").text
