"""Markdown articles never lose a sentence: markers, footnotes, front matter and tables; front
matter is read with its aliases bounded, and code spans are found in one pass."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import DocumentError
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import load_document, read_text
from factcheck.read.markdown import _code_spans, read_markdown

DATE = dt.date(2025, 3, 1)
FALSE = "Acme has over $80 trillion in assets under management."


def statuses(store: Any, text: str, name: str) -> list[tuple[str, Status]]:
    fmt = "markdown" if name.endswith(".md") else "text"
    report = check(read_text(text, name, fmt), store, article_date=DATE)
    return [(" ".join(c.claim.text.split()), c.verdict.status) for c in report.claims]


@pytest.mark.parametrize("marker", ["[^1]", "[1]", "[12]", "[^note]"])
def test_a_marker_after_the_full_stop_never_hides_the_sentence(acme_store: Any,
                                                               marker: str) -> None:
    text = f"Acme is a company that makes widgets.{marker} {FALSE}{marker}\n"
    plain = statuses(acme_store, text.replace(marker, ""), "a.txt")
    assert (FALSE.rstrip("."), Status.CONTRADICTED) in plain
    assert statuses(acme_store, text, "a.md") == plain


def test_a_paragraph_ending_in_a_marker_is_prose_not_a_heading(acme_store: Any) -> None:
    found = statuses(acme_store, f"Intro paragraph of the story, as it was told.\n\n{FALSE}[2]\n",
                     "a.md")
    assert (FALSE.rstrip("."), Status.CONTRADICTED) in found


def test_markers_are_blanked_in_place_and_footnote_text_is_prose() -> None:
    text = "Acme grew fast.[^1] It said so.[3]\n\n[^1]: Acme makes widgets in Ohio.\n"
    doc = read_text(text, "a.md", "markdown")
    assert len(doc.text) == len(text)
    assert "[" not in doc.text and "]" not in doc.text
    prose = [doc.text[b.span.start:b.span.end].strip() for b in doc.blocks
             if b.kind == "prose"]
    assert prose[-1] == "Acme makes widgets in Ohio."


def test_links_and_reference_definitions_are_unchanged() -> None:
    text = "See [the filing][1] and [this](https://example.com).\n\n[1]: https://example.com/f\n"
    doc = read_text(text, "a.md", "markdown")
    assert " ".join(doc.text.split()) == "See the filing and this ."


def test_toml_front_matter_gives_title_and_date() -> None:
    doc = read_text('+++\ntitle = "Hello"\ndate = 2024-05-01T10:00:00Z\n+++\n\n'
                    "Body text is here and it ends.\n", "a.md", "markdown")
    assert (doc.title, doc.date) == ("Hello", dt.date(2024, 5, 1))
    assert "Hello" not in doc.text and "+++" not in doc.text


def test_broken_toml_front_matter_names_the_line() -> None:
    with pytest.raises(DocumentError, match=r"a\.md:3: front matter"):
        read_text('+++\ntitle = "x"\ndate = = 2\n+++\nBody.\n', "a.md", "markdown")


def test_shortcodes_and_templating_are_not_prose() -> None:
    text = ('Acme grew. {{< figure src="a.png" caption="Acme has $9 trillion" >}}\n'
            "{% include note.html text='Acme has $8 trillion' %}\n")
    doc = read_text(text, "a.md", "markdown")
    assert "$9" not in doc.text and "$8" not in doc.text and "Acme grew." in doc.text


@pytest.mark.parametrize("table", [
    "| Firm | Assets under management |\n|---|---|\n| Acme | $80 trillion |\n",
    "Firm | Assets under management\n--- | ---\nAcme | $80 trillion\n",
])
def test_claims_in_table_cells_are_read_with_their_header(acme_store: Any, table: str) -> None:
    found = statuses(acme_store, f"# Managers\n\n{table}", "a.md")
    assert [s for _, s in found] == [Status.CONTRADICTED]


HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
# The pattern inline code was found with; _code_spans must match exactly what it matched.
INLINE_CODE = re.compile(r"(`+)[^`\n]*?\1")


@pytest.mark.parametrize("name", ["alias-bomb.md", "recursive-alias.md"])
def test_an_alias_bomb_is_refused_before_it_is_expanded(name: str) -> None:
    path = str(HOSTILE / name)
    with pytest.raises(DocumentError, match=rf"{name}:2: front matter: aliases expand to "
                                            r"more than 10,000 values"):
        load_document(path)


def test_a_few_aliases_in_ordinary_front_matter_still_work() -> None:
    doc = read_text("---\ntitle: &t Acme at work\nog_title: *t\ntags: &k [a, b]\nalso: *k\n"
                    "date: 2025-03-01\n---\n\nAcme grew fast in 2024.\n", "a.md", "markdown")
    assert doc.title == "Acme at work" and str(doc.date) == "2025-03-01"


def test_front_matter_nested_too_deeply_is_one_error() -> None:
    text = "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nAcme grew fast.\n"
    with pytest.raises(DocumentError, match=r"a\.md:2: front matter: nested too deeply"):
        read_text(text, "a.md", "markdown")


def test_code_spans_are_what_the_inline_code_pattern_matched() -> None:
    for size in range(8):
        for chars in itertools.product("`a\n", repeat=size):
            text = "".join(chars)
            assert _code_spans(text) == [m.span() for m in INLINE_CODE.finditer(text)], text


def test_code_spans_in_prose() -> None:
    text = "Use `pip` here, ``` a long one ``` there, and a lone ` tick."
    assert [text[s:e] for s, e in _code_spans(text)] == ["`pip`", "``` a long one ```"]


def test_a_run_of_backticks_is_read_in_one_pass() -> None:
    """100,000 backticks took over a minute: the pattern tried every shorter opener."""
    text = "A " + "`" * 99_997 + "\n\nAcme grew fast in 2024.\n"  # not a fence: "A " first
    assert _code_spans(text) == [(2, 99_998)]
    assert "Acme grew fast" in read_text(text, "a.md", "markdown").text


@pytest.mark.parametrize("underline", ["---", "  -----  ", "==="])
def test_a_heading_underlined_with_dashes_is_a_heading_not_a_rule(underline: str) -> None:
    document = read_markdown(f"Intro sentence is here.\n\nThe money behind the labs\n"
                             f"{underline}\n\nOpenAI raised $6.6 billion.\n", "a.md")
    blocks = [(b.kind, document.text[b.span.start:b.span.end]) for b in document.blocks]
    assert ("heading", "The money behind the labs") in blocks
    assert document.title == "The money behind the labs"


def test_a_table_s_header_row_is_no_title() -> None:
    """Real news with no marked heading: the header row of a results table ("Metric | Q3")
    was taken as the article's title, and the table's rows lost the story's subject."""
    document = read_markdown("---\ndate: 2025-11-11\n---\nAcme's Surge Tests Nerves\n\n"
                             "Acme grew fast.\n\n| Metric | Q3 |\n|---|---|\n"
                             "| Revenue | $1.4B |\n", "a.md")
    assert document.title != "Metric   Q3"
    assert document.title is None or "Metric" not in document.title


@pytest.mark.parametrize("text", [
    "Para one is here.\n\n---\n\nPara two is here.\n",  # after a blank line: a rule
    "Short line\n- - -\n\nPara two is here.\n",  # spaced dashes underline nothing
    "- an item of a list\n---\n\nPara two is here.\n",  # a list item is no heading
    "> a quotation here\n---\n\nPara two is here.\n",
])
def test_a_thematic_break_stays_a_break(text: str) -> None:
    document = read_markdown(text, "a.md")
    assert all(b.kind != "heading" for b in document.blocks)
    assert "-" not in document.text.replace("- an", "").replace("-an", "")


@pytest.mark.parametrize("mark", ["•", "–", "·", "▪"])
def test_a_line_opening_with_a_bullet_character_is_a_list_item(mark: str) -> None:
    """Probe (real news): pasted pages mark items with "•" or "–", not Markdown's "-"; read
    as one paragraph, "– Revenue: $12.5 billion" ran into the item before and lost its
    place, and the mark stayed in the claim's text."""
    text = (f"Acme's quarter to May:\n\n{mark} Revenue: $12.5 billion, above the $12 billion "
            f"expected\n{mark} Net income: $3 billion\n")
    document = read_markdown(text, "a.md")
    items = [" ".join(document.text[b.span.start:b.span.end].split()) for b in document.blocks]
    assert "Revenue: $12.5 billion, above the $12 billion expected" in items
    assert "Net income: $3 billion" in items


def test_a_list_item_that_is_only_a_link_is_navigation() -> None:
    """Probe (real news): a "related stories" list of links ("- [Acme ups its spending]
    (url)") was read as claims of the story; a year-old headline there could be flagged as
    outdated. A list item that is one link and nothing else points elsewhere; a link inside
    an item's prose stays prose."""
    text = ("Acme sold 5 million widgets in 2024.\n\n- [Acme ups its spending](https://x.test/a)"
            "\n- [Why Acme spent $5 billion](https://x.test/b)\n\n- Acme hired 50 staff, "
            "[the filing](https://x.test/c) says.\n")
    document = read_markdown(text, "a.md")
    prose = [" ".join(document.text[b.span.start:b.span.end].split()) for b in document.blocks
             if b.kind == "prose"]
    assert prose == ["Acme sold 5 million widgets in 2024.",
                     "Acme hired 50 staff, the filing says."]
