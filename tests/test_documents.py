"""Reading articles: formats, metadata, offsets, and bad input."""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import DocumentError
from factcheck.model import Document
from factcheck.read.blocks import parse_dateline
from factcheck.read.documents import decode, load_document, read_text


def prose(doc_text: str, fmt: str) -> list[str]:
    doc = read_text(doc_text, f"a.{fmt}", {"txt": "text", "md": "markdown"}[fmt])
    return [doc.text[b.span.start:b.span.end].strip() for b in doc.blocks if b.kind == "prose"]


def test_plain_text_dateline_title_and_headings() -> None:
    doc = read_text("03/25 2025\n555\nThe battle of titans: a silent war.\nIntro text here "
                    "that is long enough to be prose, with a period.\nI. A Heading\n"
                    "Body sentence is here and ends.\n", "seed.txt")
    assert doc.date == dt.date(2025, 3, 25)
    assert doc.title == "The battle of titans: a silent war"
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["dateline", "noise", "title", "prose", "short", "prose"]


@pytest.mark.parametrize(("byline", "date"), [
    ("By Jane Writer, Tech Correspondent | January 22, 2025", dt.date(2025, 1, 22)),
    ("By Tech Desk | Dec 7, 2023", dt.date(2023, 12, 7)),
    ("By a staff reporter", None),
])
def test_a_byline_is_page_furniture_that_may_date_the_article(byline: str,
                                                              date: dt.date | None) -> None:
    """Issue 8, page furniture: a byline is no claim, and its date is the article's."""
    doc = read_text(f"Acme widens its lead\n{byline}\nAcme sold 5 million widgets in "
                    "2024, the company said.\nShare this story\n", "a.txt")
    assert [b.kind for b in doc.blocks] == ["title", "noise", "prose", "noise"]
    assert doc.date == date


def test_a_line_opening_with_by_and_a_year_is_prose() -> None:
    doc = read_text("Acme news\nBy 2025, Acme had sold 5 million widgets.\n", "a.txt")
    assert doc.blocks[-1].kind == "prose"


@pytest.mark.parametrize("line, date", [
    ("03/25 2025", dt.date(2025, 3, 25)), ("2025-03-25", dt.date(2025, 3, 25)),
    ("March 25, 2025", dt.date(2025, 3, 25)), ("25 March 2025", dt.date(2025, 3, 25)),
    ("25/03/2025", dt.date(2025, 3, 25)), ("Acme grew in 2025", None),
])
def test_datelines(line: str, date: dt.date | None) -> None:
    assert parse_dateline(line) == date


def test_markdown_front_matter_gives_title_and_date() -> None:
    doc = read_text("---\ntitle: Hello\ndate: 2024-05-01\n---\n\n# Heading\n\nBody text is "
                    "here and it ends.\n", "a.md", "markdown")
    assert (doc.title, doc.date) == ("Hello", dt.date(2024, 5, 1))


def test_markdown_keeps_offsets_and_blanks_what_is_not_prose() -> None:
    text = ("Intro with a [link text](https://example.com/x) and `code`.\n\n"
            "```\nAcme has $9 trillion.\n```\n\n<!-- Acme has $8 trillion. -->\n\n"
            "- **Bold** claim item.\n")
    doc = read_text(text, "a.md", "markdown")
    assert len(doc.text) == len(text)
    assert "https" not in doc.text and "$9" not in doc.text and "$8" not in doc.text
    assert [" ".join(p.split()) for p in prose(text, "md")] == [
        "Intro with a link text and .", "Bold claim item."]
    at = doc.text.index("link text")
    assert text[at:at + 9] == "link text"


def test_positions_count_lines_and_columns_from_one() -> None:
    doc = read_text("first line\nsecond line here\n", "a.txt")
    assert doc.position(doc.original.index("here")) .line == 2
    assert doc.position(doc.original.index("here")).column == 13


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary" * 10, "binary"),
    (b"caf\xe9 au lait is good.", "not valid UTF-8"),
])
def test_bad_files_give_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        load_document(str(path))
    assert message in str(error.value) and str(path) in str(error.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(str(tmp_path / "nope.md"))
    with pytest.raises(DocumentError, match="directory"):
        load_document(str(tmp_path))


def test_an_explicit_encoding_decodes_legacy_files(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café owners said the market grew.".encode("cp1252"))
    assert "Café" in load_document(str(path), encoding="cp1252").text
    with pytest.raises(DocumentError, match="unknown encoding"):
        load_document(str(path), encoding="klingon")


def test_broken_front_matter_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody.\n")
    with pytest.raises(DocumentError, match=r"a\.md:\d+: front matter"):
        load_document(str(path))


def test_date_option_overrides_the_article_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("03/25 2025\nSome text that is a sentence of prose.\n")
    assert load_document(str(path), date=dt.date(2020, 1, 1)).date == dt.date(2020, 1, 1)


def test_only_http_urls_are_fetched() -> None:
    with pytest.raises(DocumentError, match="only http:// and https:// URLs"):
        load_document("ftp://example.com/article.txt")


@pytest.mark.parametrize(("opening", "date"), [
    ("TOKYO, Jan. 23, 2025 — SoftBank said on Thursday that it would invest more.",
     dt.date(2025, 1, 23)),
    ("AUSTIN, Texas, March 5, 2025 (Reuters) - AMD said its data center sales rose again.",
     dt.date(2025, 3, 5)),
    ("London, 20 March 2025 -- The partnership said two members had joined it this week.",
     dt.date(2025, 3, 20)),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_article(opening: str,
                                                                  date: dt.date) -> None:
    document = read_text(f"A headline about chips\n\n{opening}\n", "story.txt")
    assert document.date == date


def test_a_date_later_in_the_text_does_not_date_the_article() -> None:
    document = read_text("A headline\n\nSoftBank said on Jan. 23, 2025 that it would invest.\n",
                         "story.txt")
    assert document.date is None


def test_positions_are_placed_from_line_starts_counted_once() -> None:
    """Each claim's line was counted from the start of the file: quadratic on a long one."""
    text = "First line.\n\nSecond para, line 3.\nLine 4 here.\n\n\nLast line.\n"
    doc = read_text(text, "a.txt")
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert (doc.position(offset).line, doc.position(offset).column) == (line, column)
    assert doc.__dict__["_line_starts"] == [0, 12, 13, 34, 47, 48, 49, 60]


# --- dates that name no real day, line endings, broken UTF-16 (issue 10) -------------------

@pytest.mark.parametrize("dateline", ["Feb 30 2025", "02/30/2025", "2025-13-01", "31 April 2025"])
def test_an_impossible_dateline_is_a_warning_not_silence(dateline: str) -> None:
    doc = read_text(f"{dateline}\n\nAcme manages over $2 trillion in assets, a record.\n", "a")
    assert doc.date is None
    assert doc.date_problem == (f"line 1: '{dateline}' is not a real date; the article's "
                                "date is unknown, so nothing is checked as outdated (pass --date)")


def test_an_impossible_opening_dateline_is_a_warning() -> None:
    doc = read_text("TOKYO, Feb. 30, 2025 (Reuters) — Acme manages over $2 trillion.\n", "a")
    assert doc.date is None
    assert "'Feb. 30, 2025' is not a real date" in (doc.date_problem or "")


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "'2025-02-30'"])
def test_an_impossible_front_matter_date_is_a_warning_naming_its_line(value: str) -> None:
    doc = read_text(f"---\ntitle: Acme\ndate: {value}\n---\n\nAcme grew again.\n", "a.md",
                    "markdown")
    assert doc.date is None and doc.title == "Acme"
    assert (doc.date_problem or "").startswith("line 3: '2025-")


def test_front_matter_dates_still_read() -> None:
    for value in ("2025-03-25", "2025-3-5", "2025-03-25T10:00:00Z", "March 25, 2025"):
        doc = read_text(f"---\ndate: {value}\n---\n\nAcme grew again.\n", "a.md", "markdown")
        assert doc.date in (dt.date(2025, 3, 25), dt.date(2025, 3, 5)) and not doc.date_problem


def test_an_explicit_timestamp_that_names_no_day_is_an_input_error() -> None:
    with pytest.raises(DocumentError, match=r"^a\.md:2: front matter: "):
        read_text("---\ndate: !!timestamp 2025-02-30\n---\n\nAcme grew.\n", "a.md", "markdown")


def test_a_lone_cr_ends_a_line() -> None:
    text = "03/25 2025\rAcme Daily\rAcme manages over $2 trillion in assets.\rMore prose here."
    doc = read_text(text, "a")
    assert doc.date == dt.date(2025, 3, 25)
    assert len(doc.original) == len(text) and doc.position(text.index("Acme m")).line == 3


@pytest.mark.parametrize("data", [
    b"\xff\xfeA\x00c\x00m\x00e\x00!",  # an odd number of bytes
    b"\xff\xfeA\x00\x00\xd8c\x00",  # a lone high surrogate
])
def test_broken_utf16_is_one_line_naming_the_file(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"^a\.txt: not valid UTF-16 after its byte-order"):
        decode(data, "a.txt")


@pytest.mark.parametrize("text, fmt", [
    ("9999-01-01\n\nAcme manages over $2 trillion in assets, a record.\n", "text"),
    ("---\ndate: 9999-01-01\n---\n\nAcme grew.\n", "markdown"),
])
def test_a_date_after_2200_is_no_article_date(text: str, fmt: str) -> None:
    doc = read_text(text, "a", fmt)
    assert doc.date is None and "'9999-01-01' is not a real date" in (doc.date_problem or "")


def test_a_page_dated_after_2200_has_no_date() -> None:
    doc = read_text('<html><head><meta property="article:published_time" content="9999-01-01">'
                    "</head><body><p>Acme grew.</p></body></html>", "a.html", "html")
    assert doc.date is None


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(st.integers(0, 40).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.integers(0, n), min_size=1, max_size=8).map(sorted))))
def test_the_offsets_of_a_text_with_hidden_characters_taken_out(case: tuple[int, list[int]]
                                                                 ) -> None:
    """Built a run at a time (a 5 MB article with one zero-width space has 5 million), they
    are each character's own offset in the file."""
    size, dropped = case
    document = Document(source="a.txt", original="x" * (size + len(dropped)), text="y" * size,
                        blocks=(), dropped=tuple(dropped))
    assert list(document.text_offsets() or ()) == [document.original_offset(i)
                                                   for i in range(size)]


def test_a_web_page_is_kept_in_a_few_bytes_a_character() -> None:
    """Where each character came from in the HTML is kept for every character: as a tuple of
    ints that was 40 bytes for each byte of the page (a 5 MB page: 200 MB), not counting the
    parse."""
    raw = "<html><body>" + "<p>Acme earned $5 billion in 2024, the company said.</p>\n" * 4000
    read_text("<p>Warm up.</p>", "warm.html", "html")  # the parser's own imports and caches
    gc.collect()
    tracemalloc.start()
    try:
        document = read_text(raw, "a.html", "html")
        gc.collect()
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(document.text) > 200_000 and kept < 20 * len(raw)


def _prose(doc: object) -> list[str]:
    text = doc.text  # type: ignore[attr-defined]
    return [" ".join(text[b.span.start:b.span.end].split())
            for b in doc.blocks if b.kind == "prose"]  # type: ignore[attr-defined]


def test_a_web_page_s_byline_and_related_links_are_furniture_too() -> None:
    """Probe (real news, HTML): "By Jane Writer and Ann Roe" and "Related: Acme could climb
    30%, analysts say" were read as claims on a page, though the same lines are furniture
    in text and Markdown."""
    page = ("<html><body><article><h1>Acme widens its lead</h1>"
            "<p class='byline'>By Jane Writer and Ann Roe</p>"
            "<p>Acme sold 5 million widgets in 2024, the company said.</p>"
            "<p><strong>Related:</strong> <a href='/x'>Acme could climb 30%, analysts say</a></p>"
            "<figure><figcaption>Acme's chief Jane Roe. Ann Writer/Globex Images for The "
            "Daily</figcaption></figure><p>Read more</p></article></body></html>")
    assert _prose(read_text(page, "a.html", "html")) == [
        "Acme sold 5 million widgets in 2024, the company said.", "Acme's chief Jane Roe."]


@pytest.mark.parametrize("credit", [
    "Image credit: Globex", "Photo: Globex Images", "Source: Acme filings, Globex Data",
    "Jane Writer/Globex Images for The Daily; Ann Roe/Acme",
])
def test_a_picture_s_credit_line_is_furniture(credit: str) -> None:
    """Probe (real news): "Image credit: xAI" and "Source: a stock chart, a data site" were
    read as claims: who took a picture or drew a chart is no statement of the story."""
    for name, fmt in (("a.md", "markdown"), ("a.txt", "text")):
        doc = read_text(f"Acme widens its lead\n\nAcme sold 5 million widgets in 2024.\n\n"
                        f"{credit}\n\nAcme hired 50 staff in 2024.\n", name, fmt)
        kinds = {" ".join(doc.text[b.span.start:b.span.end].split()): b.kind
                 for b in doc.blocks}
        # noise, never a short line the extractor reads when it names someone it knows
        assert kinds[credit] == "noise", (credit, fmt)


@pytest.mark.parametrize("disclosure", [
    "(The Daily Fund owns shares of and has recommended Acme.)",
    "Jane Writer has positions in Acme and recommends Globex.",
    "The Daily Fund has no position in any of the stocks mentioned.",
    "Disclosure: the author owns Acme shares.",
])
def test_a_disclosure_of_who_holds_the_stocks_is_furniture(disclosure: str) -> None:
    """Probe (real news): "(The ... owns shares of and has recommended Nvidia.)" closing a
    syndicated column was read as a claim of the story: who holds the stock is the
    publisher's notice, not what the story reports."""
    doc = read_text(f"Acme widens its lead\n\nAcme sold 5 million widgets in 2024.\n\n"
                    f"{disclosure}\n", "a.md", "markdown")
    kinds = {" ".join(doc.text[b.span.start:b.span.end].split()): b.kind for b in doc.blocks}
    assert kinds[disclosure] == "noise"
