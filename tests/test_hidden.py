"""Characters no reader sees: controls become spaces, invisible and bidi characters are taken
out before reading, and every offset still points into the file as it was written."""

from __future__ import annotations

import pytest

from factcheck.errors import DocumentError
from factcheck.model import Span
from factcheck.read.documents import decode, read_text
from factcheck.read.hidden import blank_controls, remove_hidden


def test_controls_become_spaces_of_the_same_length() -> None:
    text = "Acme\x1b[2K\x1b[1A grew \x9b31m fast\x7f.\tTab\nkept\r\n"
    blanked = blank_controls(text)
    assert len(blanked) == len(text)
    assert "\x1b" not in blanked and "\x9b" not in blanked and "\x7f" not in blanked
    assert "\t" in blanked and "\n" in blanked and "\r" in blanked


def test_hidden_characters_are_taken_out_and_remembered() -> None:
    cleaned, removed = remove_hidden("$\u202e21\u202c billion\u200b.")
    assert cleaned == "$21 billion."
    assert removed.chars == "\u202e\u202c\u200b"
    assert removed.at == (1, 3, 11)  # the cleaned index each one stood before


@pytest.mark.parametrize("fmt, text", [
    ("text", "Acme\u2066 manages $2\u202d.4 trillion.\n\nSecond line of prose here."),
    ("markdown", "# Title\n\nAcme\u2066 manages $2\u202d.4 trillion.\n"),
    ("html", "<html><body><p>Acme&#x2066; manages $2\u202d.4 trillion.</p></body></html>"),
])
def test_offsets_still_point_into_the_file(fmt: str, text: str) -> None:
    document = read_text(text, "a", fmt)
    assert "$2.4 trillion" in document.text
    at = document.text.index("$2.4")
    span = document.original_span(Span(at, at + len("$2.4 trillion")))
    assert text[span.start:span.end] == "$2\u202d.4 trillion"
    assert document.hidden == "\u2066\u202d"
    assert len(document.warnings) == 1 and "U+202D LEFT-TO-RIGHT OVERRIDE" in document.warnings[0]


@pytest.mark.parametrize("zero_width", ["&#x200b;", "\u200b", "\u2060"])
def test_a_zero_width_character_in_a_page_is_reported_too(zero_width: str) -> None:
    page = f"<html><body><p>Acme{zero_width} manages $2\u202e.4 trillion.</p></body></html>"
    document = read_text(page, "a.html", "html")
    assert "Acme manages $2.4 trillion." in document.text
    assert len(document.hidden) == 2 and document.hidden[1] == "\u202e"
    assert document.hidden_at == (page.index(zero_width), page.index("\u202e"))
    assert len(document.warnings) == 1 and "bidi" in document.warnings[0]
    at = document.text.index("Acme")
    assert document.hidden_in(document.original_span(Span(at, at + 27))) == document.hidden


def test_an_entity_borne_escape_is_blanked_after_decoding() -> None:
    page = ("<html><head><title>Acme\x1b]0;owned\x07 news</title></head><body>"
            "<p>Acme&#x1b;[2K manages &#27;$2.4 trillion in assets.</p></body></html>")
    document = read_text(page, "a.html", "html")
    assert "\x1b" not in document.text and "\x07" not in (document.title or "")
    assert "\x1b" not in (document.title or "")


def test_a_trailing_invisible_character_does_not_make_a_heading() -> None:
    document = read_text("First line of the article.\n\nAcme was set up in 2012.\u200b\n\n"
                         "Acme acquired Globex\u2069\n\nLast line of the piece.", "a")
    kinds = [(document.text[b.span.start:b.span.end], b.kind) for b in document.blocks]
    assert ("Acme was set up in 2012.", "prose") in kinds
    assert ("Acme acquired Globex", "short") in kinds  # the extractor knows the name


def test_control_characters_anywhere_in_the_file_count() -> None:
    prose = ("Plain prose goes on for a while. " * 300).encode()  # ~9.9 KB
    with pytest.raises(DocumentError, match="NUL"):
        decode(prose + b"\x00" + prose, "a.txt")  # was only looked for in the first 8 KB
    with pytest.raises(DocumentError, match="control characters"):
        decode(prose + b"\x1b" * 400, "a.txt")
    assert decode(prose + b"\x1b[2K", "a.txt").endswith("\x1b[2K")  # read, then blanked


@pytest.mark.parametrize(("fmt", "written", "read"), [
    ("text", "Sales were $57 .0 billion.", "Sales were $57.0  billion."),
    ("markdown", "Sales were NT$838\u00a0.8 billion.", "Sales were NT$838.8\u00a0 billion."),
    # a sentence's end before a number is left as it is
    ("text", "Sales rose in 2024. 5 rivals fell.", "Sales rose in 2024. 5 rivals fell."),
])
def test_a_decimal_point_spaced_off_its_number_is_closed_up(fmt: str, written: str,
                                                            read: str) -> None:
    """Real copy leaves a space before a decimal point ("$57 .0 billion"): the figure is
    read whole, in a text of the same length (offsets hold)."""
    assert read_text(written, "a.txt", fmt).text.strip() == read
