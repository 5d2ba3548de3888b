"""Reading web pages: the main text without boilerplate, metadata, and exact offsets."""

from __future__ import annotations

import datetime as dt
import html
import random
import time

import pytest
from webserver import EXCERPT_PAGES, PAGE_JSON_LD, PAGE_META

from factcheck.errors import DocumentError
from factcheck.read.documents import read_text
from factcheck.read.htmlpage import HtmlPage, parse_html
from factcheck.read.page_dates import parse_date


def assert_offsets_map(raw: str, page: HtmlPage) -> None:
    """Every text character comes from the raw character its offset names."""
    assert len(page.offsets) == len(page.text)
    assert list(page.offsets) == sorted(page.offsets)
    for i, ch in enumerate(page.text):
        at = page.offsets[i]
        source = raw[at]
        if ch == "\n":  # a block separator: the offset of the next block's first character
            assert page.text[i + 1] == "\n" or page.offsets[i + 1] == at
        elif source == "&" and ch != "&" or raw.startswith(("&amp;", "&#38;"), at):
            entity = raw[at:raw.index(";", at) + 1] if ";" in raw[at:at + 12] else raw[at:at + 6]
            assert ch in html.unescape(entity).replace("\xa0", " "), (i, ch, entity)
        elif ch == " ":
            assert source.isspace(), (i, source)
        else:
            assert source == ch, (i, ch, raw[at - 10:at + 10])


def block_texts(page: HtmlPage, kind: str | None = None) -> list[str]:
    return [page.text[b.span.start:b.span.end] for b in page.blocks
            if kind is None or b.kind == kind]


def test_main_text_leaves_out_navigation_scripts_ads_and_footers() -> None:
    page = parse_html(PAGE_META, source="https://news.example/acme?utm=1")
    assert block_texts(page) == [
        "Acme grows again",
        "Acme has over $2 trillion in assets under management, the company said on Tuesday.",
        "Jane Doe co-founded Acme in 2012 & still runs it.",
    ]
    assert [b.kind for b in page.blocks] == ["heading", "prose", "prose"]
    for left_out in ("Home", "tracking", "$9 trillion", "Buy our product", "Copyright"):
        assert left_out not in page.text
    assert page.title == "Acme grows again"
    assert page.canonical_url == "https://news.example/news/acme-grows"
    assert page.published == dt.date(2025, 1, 15)
    assert_offsets_map(PAGE_META, page)


def test_offsets_point_into_the_original_html_never_into_attributes() -> None:
    raw = ('<html><body><script>var s = "Acme has 5 plants";</script>\n'
           '<p title="Acme has 5 plants" data-x="a>b">Acme has 5 plants &amp; 3&nbsp;mills'
           ' &#8220;said&#x201d; <b>today</b>.</p><!-- Acme has 5 plants --></div>\r\n'
           '<p>Second\r\n   line, with &unknown; &T and a&lt;b.</p></body></html>')
    page = parse_html(raw, source="a.html")
    assert block_texts(page) == [
        "Acme has 5 plants & 3 mills \u201csaid\u201d today.",
        "Second line, with &unknown &T and a<b.",
    ]
    assert_offsets_map(raw, page)
    first = page.offsets[0]
    assert raw[first:first + 17] == "Acme has 5 plants" and raw[first - 1] == ">"
    assert raw[page.offsets[page.text.index("&")]:].startswith("&amp;")
    assert raw[page.offsets[page.text.index("\u201c")]:].startswith("&#8220;")


def test_a_document_read_from_html_reports_positions_in_the_file() -> None:
    raw = "<html>\n<body>\n<nav>Menu</nav>\n<p>Intro &amp; more.</p>\n<p>Acme grew 5%.</p>\n"
    doc = read_text(raw, "story.html", "html")
    at = doc.text.index("Acme grew")
    span = doc.original_span(type(doc.blocks[0].span)(at, at + len("Acme grew 5%.")))
    assert raw[span.start:span.end] == "Acme grew 5%."
    position = doc.position(span.start)
    assert (position.line, position.column) == (5, 4)


def test_headings_and_prose_blocks_from_lists_tables_and_quotes() -> None:
    raw = ("<main><h2>Results <small>2024</small></h2><ul><li>One item.</li><li>Two item."
           "</li></ul><table><tr><td>Cell A</td><td>Cell B</td></tr></table>"
           "<blockquote>Quoted words.</blockquote><div>Loose <em>div</em> text<br>after "
           "break</div></main>")
    page = parse_html(raw, source="a.html")
    assert block_texts(page, "heading") == ["Results 2024"]
    assert block_texts(page, "prose") == ["One item.", "Two item.",
                                          "Quoted words.", "Loose div text", "after break"]
    [row] = [b for b in page.blocks if b.kind == "row"]
    assert [page.text[c.start:c.end] for c in row.cells] == ["Cell A", "Cell B"]
    assert row.header == ()
    assert_offsets_map(raw, page)


def test_a_table_row_carries_its_cells_and_the_header_of_its_table() -> None:
    raw = ("<main><p>Acme had a good year.</p><table><thead><tr><th></th><th>2023</th>"
           "<th>2024</th></tr></thead><tbody><tr><td>Revenue</td><td>$40 billion</td>"
           "<td>$50 billion</td></tr></tbody></table></main>")
    page = parse_html(raw, source="a.html")
    [row] = [b for b in page.blocks if b.kind == "row"]
    assert row.header == ("", "2023", "2024")  # the empty corner cell above the labels
    assert [page.text[c.start:c.end] for c in row.cells] == ["Revenue", "$40 billion",
                                                            "$50 billion"]
    assert_offsets_map(raw, page)


def test_boilerplate_by_class_id_role_and_hidden_attributes() -> None:
    raw = ('<body><div id="cookie-banner">We use cookies.</div>'
           '<div class="social-share">Share on X</div><div role="navigation">Nav</div>'
           '<p>Kept text is here.</p><p hidden>Hidden one.</p><p aria-hidden="true">Icon</p>'
           '<p style="display: none">Invisible.</p><span class="sr-only">Skip</span>'
           '<section class="related-posts">Related story</section>'
           '<div class="shadow download">Also kept.</div></body>')
    page = parse_html(raw, source="a.html")
    assert block_texts(page) == ["Kept text is here.", "Also kept."]


def test_the_longest_article_wins_and_asides_do_not_count() -> None:
    raw = ("<body><aside><article><p>A teaser that is very long indeed, longer than the "
           "real story, about other things entirely.</p></article></aside>"
           "<article><header><h1>Real headline</h1></header><p>Real story.</p>"
           "<footer>Tags: x</footer></article><article><p>Short.</p></article></body>")
    page = parse_html(raw, source="a.html")
    assert block_texts(page) == ["Real headline", "Real story."]


@pytest.mark.parametrize("raw", [
    "<div role='main'><p>Body text.</p></div><div>Other text.</div>",
    "<html><body><p>Body text.</p><header>Site</header></body></html>",
    "<body><header>Site</header><main><header><p>Body text.</p></header></main></body>",
    "<p>Body text.",
])
def test_without_an_article_the_main_role_or_the_body_is_read(raw: str) -> None:
    assert block_texts(parse_html(raw, source="a.html"))[0] == "Body text."


def test_broken_html_still_parses() -> None:
    raw = ("<html><body><div><p>Unclosed paragraph <b>bold <i>both</p></div></div></span>"
           "<p>After stray end tags.<p>Another <a href='x>y'>link</a> here</body>")
    page = parse_html(raw, source="a.html")
    assert block_texts(page) == ["Unclosed paragraph bold both", "After stray end tags.",
                                 "Another link here"]
    assert_offsets_map(raw, page)


def test_deeply_nested_html_does_not_hit_the_recursion_limit() -> None:
    raw = "<body>" + "<div>" * 3000 + "<p>Deep text.</p></body>"
    assert parse_html(raw, source="a.html").text == "Deep text."


def test_whitespace_collapses_and_invisible_characters_go() -> None:
    raw = "<p>  Acme\u00a0\u00a0grew \t\n by five\u00adfold\u200b  percent.  </p>"
    page = parse_html(raw, source="a.html")
    assert page.text == "Acme grew by fivefold percent."
    assert_offsets_map(raw, page)


@pytest.mark.parametrize("raw, message", [
    ("", "the page is empty"), ("  \n ", "the page is empty"),
    ("\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("<html><body><nav>Only navigation</nav><script>x()</script></body></html>",
     "no readable text"),
])
def test_pages_without_text_raise_a_document_error(raw: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as error:
        parse_html(raw, source="https://x.example/p")
    assert error.value.path == "https://x.example/p"


@pytest.mark.parametrize("head, body, date", [
    ('<meta property="article:published_time" content="2024-05-01T23:30:00-05:00">', "",
     dt.date(2024, 5, 1)),
    ('<meta name="date" content="2024-05-02">', "", dt.date(2024, 5, 2)),
    ('<meta name="DC.date.issued" content="2024/05/03">', "", dt.date(2024, 5, 3)),
    ('<meta itemprop="datePublished" content="20240504">', "", dt.date(2024, 5, 4)),
    ('<meta name="citation_publication_date" content="May 5, 2024">', "", dt.date(2024, 5, 5)),
    (('<script type="application/ld+json">[{"@type": "Person"}, {"@type": "Article", '
      '"datePublished": "2024-05-06"}]</script>'), "", dt.date(2024, 5, 6)),
    (('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
      '"author": {"name": "A"}, "datePublished": "2024-05-07T08:00:00Z"}]}</script>'), "",
     dt.date(2024, 5, 7)),
    ('<script type="application/ld+json">{not json</script>', "", None),
    ("", '<article><time datetime="2024-05-08T10:00">8 May</time><p>Text.</p></article>',
     dt.date(2024, 5, 8)),
    ("", "<article><time>9 May 2024</time><p>Text.</p></article>", dt.date(2024, 5, 9)),
    ("", "<p>Text without a date.</p>", None),
])
def test_published_date_from_meta_json_ld_or_time(head: str, body: str,
                                                  date: dt.date | None) -> None:
    raw = f"<html><head>{head}</head><body>{body or '<p>Text.</p>'}</body></html>"
    assert parse_html(raw, source="a.html").published == date


def test_json_ld_page_fixture() -> None:
    page = parse_html(PAGE_JSON_LD, source="a.html")
    assert page.published == dt.date(2024, 11, 3)
    assert page.title == "Widgets report"
    assert page.text == "Widget sales rose 12% in the third quarter, the report says."


def test_title_falls_back_to_title_then_h1_and_canonical_to_og_url() -> None:
    page = parse_html('<html><head><meta property="og:url" content="https://x.example/a">'
                      '</head><body><h1>  First\n heading </h1><p>Text.</p></body></html>',
                      source="local.html")
    assert page.title == "First heading"
    assert page.canonical_url == "https://x.example/a"


@pytest.mark.parametrize("name", sorted(EXCERPT_PAGES))
def test_source_fixture_pages_map_exactly(name: str) -> None:
    raw = EXCERPT_PAGES[name]
    page = parse_html(raw, source=name)
    assert "Menu" not in page.text and "Contact" not in page.text
    assert_offsets_map(raw, page)


@pytest.mark.parametrize("value, date", [
    ("2024-05-01T09:00:00Z", dt.date(2024, 5, 1)), ("2024/5/1", dt.date(2024, 5, 1)),
    ("20240501", dt.date(2024, 5, 1)), ("May 1, 2024", dt.date(2024, 5, 1)),
    ("1st May 2024", dt.date(2024, 5, 1)), ("Sept. 17, 2024", dt.date(2024, 9, 17)),
    ("2024-13-01", None), ("yesterday", None), ("12345678", None),
])
def test_parse_date(value: str, date: dt.date | None) -> None:
    assert parse_date(value) == date


def test_random_tag_soup_keeps_the_offset_map() -> None:
    """Seeded tag soup: entities, stray and unclosed tags, comments, scripts, CRLF."""
    pieces = ["<p>", "</p>", "<div class='x'>", "</div>", "<b>", "</b>", "<br>", "<!-- c -->",
              "&amp;", "&nbsp;", "&#8217;", "&foo;", "&T", " ", "\n", "\r\n", "Acme", "grew",
              "5%", "<", ">", "a<b", "<script>x<y</script>", "<a href='p>q'>", "</a>", "<h2>",
              "</h2>", "<li>", "<ul>", "</ul>", '"', "'", "<img alt='Acme grew'>",
              '<span title="Acme grew &amp; x">', "</span>", "&lt;", "&", "<!doctype html>",
              "<nav>", "</nav>", "<![CDATA[z]]>", "</x>", "<p/>", "\u00e9", "\t"]
    rng = random.Random(7)
    for _ in range(300):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) + "<p>end</p>"
        try:
            page = parse_html(raw, source="soup.html")
        except DocumentError:
            continue  # nothing readable left (all inside <nav> or a tag)
        assert_offsets_map(raw, page)


def test_an_unclosed_comment_runs_to_the_end_of_the_page() -> None:
    page = parse_html("<p>Acme grew fast in 2024.</p><!-- never closed <p>Hidden words.</p>",
                      source="a.html")
    assert "Acme grew fast" in page.text and "Hidden" not in page.text


@pytest.mark.parametrize("piece", ["<!--", "<table><tr><td>1</td>", "<header>",
                                   "<thead><tr><th>a</th>", "<time datetime='2025-01-01'>"])
def test_deep_or_endless_markup_is_read_in_linear_time(piece: str) -> None:
    """100,000 characters of one piece: html.parser searched for the end of each unclosed
    comment again, and each cell, header and date asked all its parents (nested, as tags
    never closed are): seconds to minutes. Now a second or two at most."""
    raw = "<p>Acme grew fast in 2024.</p>" + piece * (100_000 // len(piece))
    start = time.process_time()
    try:
        parse_html(raw, source="a.html")
    except DocumentError:
        pass  # the prose may be judged furniture inside the markup: refusing is fine
    assert time.process_time() - start < 10.0


@pytest.mark.parametrize("raw", ["<![0", "<p>Acme grew.</p><![0"])
def test_markup_the_parser_rejects_is_an_input_error(raw: str) -> None:
    """Found by the reader's fuzz test in CI: html.parser rejects a broken declaration
    ("<![0") with bs4's ParserRejectedMarkup, which reached the command line as a traceback.
    It is an input error naming the page."""
    with pytest.raises(DocumentError, match="cannot be read") as raised:
        parse_html(raw, source="page.html")
    assert "page.html" in str(raised.value)
