"""The terminal report: golden output with and without colour, wrapping and the summary."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import ArticleInfo, Report
from factcheck.reporters import render as render_format
from factcheck.reporters.terminal import _wrap, render

from .sample_report import SAMPLE_REPORT

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def rendered(report: Report = SAMPLE_REPORT, *, color: bool = False, width: int = 80) -> str:
    out = io.StringIO()
    render(report, out, color=color, width=width)
    return out.getvalue()


def test_golden(golden: Callable[[str, str], None]) -> None:
    golden("report.txt", rendered())


def test_golden_in_colour(golden: Callable[[str, str], None]) -> None:
    golden("report-color.txt", rendered(color=True))


def test_colour_changes_nothing_but_the_escape_codes_and_the_source_labels() -> None:
    coloured = rendered(color=True)
    assert "\x1b[31mcontradicted\x1b[0m" in coloured
    plain = rendered()
    assert "\x1b" not in plain
    for line, colourless in zip(ANSI.sub("", coloured).splitlines(), plain.splitlines(),
                                strict=True):
        if not colourless.lstrip().startswith("source: "):
            assert line == colourless


def test_in_colour_a_source_is_a_short_label_linking_to_its_url() -> None:
    """OSC 8: the label (publisher and host) is a hyperlink; a long URL takes no columns."""
    lines = rendered(color=True).splitlines()
    assert "                       source: \x1b]8;;https://ir.blackrock.com/news/2025-01-15-q4"\
        "\x1b\\BlackRock (ir.blackrock.com)\x1b]8;;\x1b\\ (+1 more)" in lines
    assert "                       source: \x1b]8;;https://www.iea.org/reports/energy-and-ai" \
        "\x1b\\IEA (www.iea.org)\x1b]8;;\x1b\\" in lines


def with_url(url: str) -> Report:
    first = SAMPLE_REPORT.claims[1]
    (evidence,) = first.verdict.evidence
    source = dataclasses.replace(evidence.sources[0], url=url, publisher="Acme")
    verdict = dataclasses.replace(first.verdict, evidence=(
        dataclasses.replace(evidence, sources=(source,)),))
    return dataclasses.replace(SAMPLE_REPORT, claims=(dataclasses.replace(first,
                                                                          verdict=verdict),))


@pytest.mark.parametrize("url, shown", [
    ("javascript:alert(1)", "javascript:alert(1)"),
    ("file:///etc/passwd", "file:///etc/passwd"),
    ("https://a.example/\x1b]8;;https://evil.example/\x1b\\x",
     "https://a.example/\\x1b]8;;https://evil.example/\\x1b\\x"),
    ("https://a.example/\x07x", "https://a.example/\\x07x"),  # BEL also ends an OSC
    ("https://a.example/\x9cx", "https://a.example/\\x9cx"),  # so does C1 ST
    ("https://a.example/\u202ex", "https://a.example/\\u202ex"),
    ("https://a.example/a b", "https://a.example/a b"),
    ("https:///no-host", "https:///no-host"),
])
def test_a_url_that_is_no_safe_http_url_is_never_linked(url: str, shown: str) -> None:
    text = rendered(with_url(url), color=True)
    assert "\x1b]" not in text and f"source: Acme, {shown}\n" in text


def test_a_non_ascii_url_is_linked_percent_encoded_and_labelled_as_written() -> None:
    text = rendered(with_url("https://de.example/Jürgen_Müller"), color=True)
    assert "\x1b]8;;https://de.example/J%C3%BCrgen_M%C3%BCller\x1b\\Acme (de.example)" in text
    text = rendered(with_url("https://müller.example/a"), color=True)
    assert "\x1b]8;;https://m%C3%BCller.example/a\x1b\\Acme (müller.example)" in text


def test_lines_fit_the_width_and_have_no_trailing_spaces() -> None:
    for width in (60, 80, 120):
        for line in rendered(width=width).splitlines():
            assert line == line.rstrip()
            # Source lines keep their URL whole; everything else is wrapped.
            assert len(line) <= width or line.lstrip().startswith("source: "), line


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("", 10, [""]),
    ("one two three", 7, ["one two", "three"]),
    ("one two", 4, ["one", "two"]),  # the space that fits is no line's end
    ("a https://example.com/a/long/path b", 8, ["a", "https://example.com/a/long/path", "b"]),
    ("  spaced \n  out\tand\u00a0broken  ", 11, ["spaced out", "and broken"]),
])
def test_a_text_is_filled_word_by_word_and_long_words_stay_whole(text: str, width: int,
                                                                 lines: list[str]) -> None:
    assert _wrap(text, width) == lines


@given(st.text(alphabet="ab \n\t\u00a0-", max_size=60), st.integers(1, 12))
def test_the_lines_are_those_textwrap_gives(text: str, width: int) -> None:
    import textwrap

    one_line = " ".join(text.split())
    assert _wrap(text, width) == (textwrap.wrap(one_line, width, break_long_words=False,
                                                break_on_hyphens=False) or [""])


def test_width_is_at_least_60() -> None:
    assert rendered(width=20) == rendered(width=60)


def test_default_width_comes_from_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    out = io.StringIO()
    render(SAMPLE_REPORT, out)
    assert out.getvalue() == rendered(width=100)


def test_header_rows_and_summary() -> None:
    lines = rendered().splitlines()
    assert lines[0] == "articles/ai-titans.md: The Battle of AI Titans (2025-03-25)"
    assert lines[1] == "store: claims/"  # which store the claims were checked against
    assert rendered(width=100).splitlines()[-1] == (
        "7 claims: 1 contradicted, 1 imprecise, 1 outdated, 2 unverified, 1 supported, 1 opinion")
    assert rendered(width=60).splitlines()[-2:] == [
        "7 claims: 1 contradicted, 1 imprecise, 1 outdated,",
        "  2 unverified, 1 supported, 1 opinion"]
    assert lines[3].startswith("5:1    supported     BlackRock manages")
    text = "\n".join(lines)
    assert "source: BlackRock, https://ir.blackrock.com/news/2025-01-15-q4 (+1 more)" in text
    assert "data centres will use twice as much" in text  # a line break in the claim


def test_an_empty_report() -> None:
    text = rendered(Report(ArticleInfo("empty.txt", None, None), ()), width=100)
    assert text == ("empty.txt (date unknown)\n\nNo claims found.\n\n0 claims: 0 contradicted, "
                    "0 imprecise, 0 outdated, 0 unverified, 0 supported, 0 opinion\n")


def test_it_is_the_default_format_in_the_registry() -> None:
    out = io.StringIO()
    render_format(SAMPLE_REPORT, "terminal", out, color=True)
    assert "\x1b[32msupported" in out.getvalue()


def test_article_warnings_sit_under_the_header_wrapped_to_the_width() -> None:
    import dataclasses

    warning = ("line 1: bidi control characters removed before reading (U+202E RIGHT-TO-LEFT "
               "OVERRIDE): the text may display in another order than the one checked")
    report = dataclasses.replace(SAMPLE_REPORT, article=dataclasses.replace(
        SAMPLE_REPORT.article, warnings=(warning,)))
    lines = rendered(report, width=60).splitlines()[1:]  # after the header: the store line
    assert lines[1].startswith("warning: line 1: bidi") and lines[2].startswith("  ")
    assert all(len(line) <= 60 for line in lines[:4])
    assert " ".join(" ".join(lines[1:4]).split()) == f"warning: {warning}"


def test_the_header_names_every_store_merged() -> None:
    import dataclasses

    report = dataclasses.replace(SAMPLE_REPORT, stores=("claims", "../shared-facts", "bundled"))
    assert rendered(report).splitlines()[1] == "stores: claims, ../shared-facts, bundled"
