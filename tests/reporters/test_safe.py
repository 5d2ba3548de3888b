"""Untrusted text is data: no format writes a control, invisible or bidi character raw.

Golden files show what each format makes of ``hostile_report``; the other tests pin the
escapes themselves (``\\x1b`` for controls, ``\\u202e`` for format characters, JSON's own
``\\u`` escapes, which keep the text exact).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import model as m
from factcheck.read.hidden import UNSAFE
from factcheck.reporters import ci_html, ci_json, ci_markdown, github, lint, sarif
from factcheck.reporters import render as render_report
from factcheck.reporters.safe import json_text, link_target, shown, visible

from .hostile_report import HOSTILE_REPORT, HOSTILE_RESULT
from .sample_report import SAMPLE_REPORT


def _report(fmt: str) -> str:
    out = io.StringIO()
    if fmt == "terminal-color":
        from factcheck.reporters.terminal import render

        render(HOSTILE_REPORT, out, color=True, width=80)
    elif fmt == "terminal":
        from factcheck.reporters.terminal import render

        render(HOSTILE_REPORT, out, width=80)
    else:
        render_report(HOSTILE_REPORT, fmt, out)
    return out.getvalue()


def _page(text: str) -> str:
    """The page without its own style sheet and script (code, not data), an element a line."""
    text = re.sub(r"<style>.*?</style>", "<style>...</style>", text, flags=re.DOTALL)
    text = re.sub(r"<script>.*?</script>", "<script>...</script>", text, flags=re.DOTALL)
    return re.sub(r">(?=<[^/])", ">\n", text)


def _ci(module: Callable[..., None]) -> str:
    out = io.StringIO()
    module(HOSTILE_RESULT, out)
    return out.getvalue()


OUTPUTS: dict[str, Callable[[], str]] = {
    "hostile.txt": lambda: _report("terminal"),
    "hostile.md": lambda: _report("markdown"),
    "hostile.json": lambda: _report("json"),
    "hostile.html": lambda: _page(_report("html")),
    "hostile-lint.txt": lambda: _ci(lint.render),
    "hostile-github.txt": lambda: _ci(github.render),
    "hostile.sarif": lambda: _ci(sarif.render),
    "hostile-ci.md": lambda: _ci(ci_markdown.render),
    "hostile-ci.json": lambda: _ci(ci_json.render),
    "hostile-ci.html": lambda: _page(_ci(ci_html.render)),
}


@pytest.mark.parametrize("name", OUTPUTS)
def test_golden(golden: Callable[[str, str], None], name: str) -> None:
    golden(name, OUTPUTS[name]())


@pytest.mark.parametrize("name", [*OUTPUTS, "colour"])
def test_no_format_writes_an_unsafe_character(name: str) -> None:
    text = _report("terminal-color") if name == "colour" else OUTPUTS[name]()
    if name == "colour":  # the status colours are the only escapes, and they are the tool's
        from factcheck.reporters.terminal import COLORS, RESET

        for code in (*COLORS.values(), RESET):
            text = text.replace(code, "")
    assert UNSAFE.search(text.replace("\r\n", "\n")) is None, name


def test_the_json_formats_keep_the_exact_text() -> None:
    data = json.loads(OUTPUTS["hostile.json"]())
    assert data["claims"][0]["text"] == HOSTILE_REPORT.claims[0].claim.text
    assert data["article"]["title"] == HOSTILE_REPORT.article.title
    assert "\\u200b" in OUTPUTS["hostile.sarif"]() and "\\u009b" in OUTPUTS["hostile-ci.json"]()


def test_lint_keeps_one_line_per_record() -> None:
    lines = OUTPUTS["hostile-lint.txt"]().splitlines()
    assert lines[0].startswith("articles/a`b\\x1b[31m.md: warning: line 1: 'Feb 30 2025")
    assert lines[2].startswith("bad\\narticles/a`b\\x1b[31m.md:3: error: not valid UTF-8 \\x9b")
    assert len(lines) == 4


def test_a_backtick_in_a_file_name_keeps_its_code_span() -> None:
    assert "| ``articles/a`b\\x1b[31m.md:5:1`` |" in OUTPUTS["hostile-ci.md"]()


@pytest.mark.parametrize("text, expected", [
    ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
    ("\x1b[2K\x1b[1A", "\\x1b[2K\\x1b[1A"),
    ("a\x9bb\x85c\x7f", "a\\x9bb\\x85c\\x7f"),
    ("$\u202e21\u202c \u200bx\ufeff", "$\\u202e21\\u202c \\u200bx\\ufeff"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("cr\rlf\r\nend", "cr\nlf\nend"),  # a CR is a line end, never a return to column 1
    ("Jürgen Müller — 95 % | ok", "Jürgen Müller — 95 % | ok"),
])
def test_shown(text: str, expected: str) -> None:
    assert shown(text) == expected


def test_shown_on_one_line() -> None:
    assert shown("a\nb\rc", one_line=True) == "a\\nb\\nc"


@pytest.mark.parametrize("text, expected, one_line", [
    # text that spells an escape never reads as one: its backslash is doubled
    ("typed \\x1b[2K", "typed \\\\x1b[2K", "typed \\\\x1b[2K"),
    ("typed \\u202e", "typed \\\\u202e", "typed \\\\u202e"),
    ("\\\x1b", "\\\\\\x1b", "\\\\\\x1b"),  # a backslash, then a real ESC
    ("\\\\x1b", "\\\\\\\\x1b", "\\\\\\\\x1b"),  # two backslashes: all doubled
    # on one line, a typed backslash-n is not a line break
    ("a\\nb\nc", "a\\nb\nc", "a\\\\nb\\nc"),
    # any other backslash is the text's own
    ("C:\\users\\xavier \\x1", "C:\\users\\xavier \\x1", "C:\\users\\xavier \\x1"),
])
def test_text_that_spells_an_escape_is_told_apart(text: str, expected: str,
                                                   one_line: str) -> None:
    assert shown(text) == expected
    assert shown(text, one_line=True) == one_line


def _read_back(text: str) -> str:
    """What a reader makes of ``shown`` text, as of a Python string: a run of backslashes
    before an escape is halved, and an odd one ends in the escape."""
    def run(m: re.Match[str]) -> str:
        slashes, escape = m.group(1), m.group(2)
        if escape is None:
            return slashes
        kept = "\\" * (len(slashes) // 2)
        if len(slashes) % 2 == 0:
            return kept + escape
        return kept + ("\n" if escape == "n" else chr(int(escape[1:], 16)))
    return re.sub(r"(\\+)(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|n)?", run, text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(alphabet="\\xun1b02eE \x1b\u202e\x9b\n", max_size=30))
def test_shown_text_reads_back_as_the_text_it_shows(text: str) -> None:
    assert _read_back(shown(text, one_line=True)) == text


def test_a_clean_report_is_returned_as_it_is() -> None:
    assert visible(SAMPLE_REPORT) is SAMPLE_REPORT


def test_json_text_escapes_what_json_leaves_raw() -> None:
    text = json_text({"a": "\x1b\x7f\x9b\u202e\u200b ok"})
    assert text == '{\n  "a": "\\u001b\\u007f\\u009b\\u202e\\u200b ok"\n}'
    assert json.loads(text) == {"a": "\x1b\x7f\x9b\u202e\u200b ok"}


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5) | st.integers(), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_JSON_VALUES)
def test_json_text_is_the_json_module_s_indented_text(value: object) -> None:
    """Written without the json module's generators, but the very same text: any key,
    NaN, nesting, empty containers and characters included."""
    expected = json.dumps(value, indent=2, ensure_ascii=False)
    assert json_text(value) == UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", expected)


def test_the_sources_reports_show_escapes() -> None:
    from factcheck.reporters import sources_json, sources_markdown, sources_text
    from factcheck.store.sources import SourceCheck

    check = SourceCheck(fact_id="acme\x1b[2K", url="https://example.com/\x9b1A",
                        reachable=False, status=None, error="refused\x1b]0;x\x07",
                        redirected_to=None, excerpt="Acme \u202egrew\u202c", match=None,
                        age_days=None, fetched_at=None, failed=True)
    for module in (sources_text, sources_markdown, sources_json):
        out = io.StringIO()
        module.render_verify([check], out)
        assert UNSAFE.search(out.getvalue()) is None, module.__name__


def test_markdown_escapes_entities_so_none_is_decoded_in_the_rendered_report() -> None:
    from factcheck.reporters.markdown_format import escape, link

    assert escape("S&P 500 &#x202e;up") == "S\\&P 500 \\&#x202e;up"
    source = m.Source(url="https://a.example/?x=1&y=2", title="A &#x1b; title",
                      publisher="P&#8238;", date=None, reliability="news")
    assert link(source) == '[P\\&#8238;](https://a.example/?x=1&y=2 "A \\&#x1b; title")'


@pytest.mark.parametrize("url, target", [
    ("https://ir.blackrock.com/news?q=1;2#x", "https://ir.blackrock.com/news?q=1;2#x"),
    ("HTTP://Example.com/a%20b", "HTTP://Example.com/a%20b"),
    ("https://de.example/Müller", "https://de.example/M%C3%BCller"),
    ("https://[::1]/x", "https://[::1]/x"),
    ("https://[::1/x", None),  # a malformed host
    ("https:///x", None),
    ("ftp://example.com/x", None),
    ("javascript:alert(1)", None),
    ("https://a.example/\x1b\\evil", None),
    ("https://a.example/\x07", None),
    ("https://a.example/\x9c", None),
    ("https://a.example/\x7f", None),
    ("https://a.example/\u2066x", None),
    ("https://a.example/\u200bx", None),
    ("https://a.example/a\tb", None),
    ("https://a.example/a\nb", None),
    ("https://a.example/a\u00a0b", None),  # a no-break space is white space too
])
def test_link_target_carries_only_safe_http_urls(url: str, target: str | None) -> None:
    assert link_target(url) == target
