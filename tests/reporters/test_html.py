"""The HTML report: golden output, every piece of text escaped, links only to http(s), the
problems first, and the article's text with its claims marked where they stand."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable
from pathlib import Path

from factcheck.model import Report, Source, Span, Status
from factcheck.read.hidden import UNSAFE
from factcheck.reporters import render

from .sample_report import SAMPLE_REPORT


def with_text(report: Report = SAMPLE_REPORT) -> Report:
    """The sample report with an article text its claims' spans point into."""
    end = max(c.claim.span.end for c in report.claims) + 20
    chars = list(" ".join(f"w{n}" for n in range(end))[:end])  # no two stretches alike
    for checked in report.claims:
        span = checked.claim.span
        chars[span.start:span.end] = checked.claim.text
    return dataclasses.replace(report, text="".join(chars))


def page(report: Report) -> str:
    out = io.StringIO()
    render(report, "html", out)
    return out.getvalue()


def test_golden(golden: Callable[[str, str], None]) -> None:
    """The page's structure and text; its style sheet and script are code, kept out of the
    golden file (the browser test checks what they do)."""
    text = page(with_text())
    text = re.sub(r"<style>.*?</style>", "<style>...</style>", text, flags=re.DOTALL)
    text = re.sub(r"<script>.*?</script>", "<script>...</script>", text, flags=re.DOTALL)
    golden("report.html", re.sub(r">(?=<[^/])", ">\n", text))  # a line per element opened


def test_self_contained_with_problems_first() -> None:
    text = page(with_text())
    assert text.startswith("<!DOCTYPE html>\n") and text.endswith("</html>\n")
    assert not re.search(r"""(?:src|href)=["'](?!#|https?://)""", text)  # no local assets
    assert "<link" not in text and "@import" not in text and "src=" not in text
    problems = re.findall(r'class="claim-link s-(\w+)"', text)
    assert problems == ["contradicted", "imprecise", "outdated"]
    marks = re.findall(r'<mark id="m-(c\d)" class="claim s-(\w+)"', text)
    assert [status for _, status in marks] == [c.verdict.status.value
                                               for c in SAMPLE_REPORT.claims]
    assert text.count('<article class="detail"') == len(SAMPLE_REPORT.claims)
    assert 'aria-label="1 contradicted, 1 imprecise, 1 outdated, 2 unverified, 1 supported, ' \
           '1 opinion"' in text


def test_every_piece_of_text_is_escaped_and_only_http_links_are_made() -> None:
    hostile = "<script>alert('x')</script> & \"quotes\""
    first = SAMPLE_REPORT.claims[1]
    evil = Source(url="javascript:alert(1)", title=hostile, publisher=hostile, date=None,
                  reliability="news")
    evidence = dataclasses.replace(first.verdict.evidence[0], statement=hostile,
                                   sources=(evil,))
    checked = dataclasses.replace(
        first, claim=dataclasses.replace(first.claim, text=hostile),
        verdict=dataclasses.replace(first.verdict, explanation=hostile, evidence=(evidence,),
                                    status=Status.CONTRADICTED))
    report = dataclasses.replace(
        SAMPLE_REPORT, claims=(checked,), text=hostile * 3,
        article=dataclasses.replace(SAMPLE_REPORT.article, title=hostile))
    text = page(report)
    assert "<script>alert" not in text and "javascript:" not in text
    assert text.count("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;") >= 6
    assert text.count("<script>") == 1  # the page's own


def test_claims_of_an_html_article_are_marked_through_its_offsets() -> None:
    """For an HTML file the report's text is the prose read out of the markup, and a claim's
    span (in the file) is found in it through the offsets."""
    claim = SAMPLE_REPORT.claims[1]
    span = claim.claim.span
    text = "Intro. " + claim.claim.text
    offsets = tuple(range(100, 107)) + tuple(range(span.start, span.end))
    report = dataclasses.replace(SAMPLE_REPORT, claims=(claim,), text=text,
                                 text_offsets=offsets)
    assert (f'aria-label="contradicted claim: {claim.claim.text}">{claim.claim.text}</mark>'
            in page(report))


def test_marking_claims_in_a_long_html_article_needs_no_map_of_every_character() -> None:
    """Finding the claims' places in 2 million characters of an HTML article's text: the
    memory is the page's, not a dictionary entry per character (some 200 MB)."""
    import tracemalloc
    from array import array

    claim = SAMPLE_REPORT.claims[1]
    span = claim.claim.span
    filler = 2_000_000
    text = "x" * filler + claim.claim.text
    start = span.start + 20 + filler  # where the claim is in the file
    offsets = array("q", range(span.start + 10, span.start + 10 + filler))
    offsets.extend(range(start, start + len(claim.claim.text)))
    moved = dataclasses.replace(claim.claim, span=Span(start, start + len(claim.claim.text)))
    report = dataclasses.replace(SAMPLE_REPORT, text=text, text_offsets=offsets,
                                 claims=(dataclasses.replace(claim, claim=moved),))
    tracemalloc.start()
    try:
        text = page(report)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f">{claim.claim.text}</mark>" in text
    assert peak < 40_000_000, peak


def test_control_and_bidi_characters_are_shown_and_warnings_listed() -> None:
    """A bidi override or an ESC in the article, its title or the store is shown as an
    escape, never obeyed or hidden; the article's and a claim's warnings are on the page."""
    first = SAMPLE_REPORT.claims[1]
    words = "$\u202e21\u202c\x1b[2K"
    span = Span(first.claim.span.start, first.claim.span.start + len(words))
    claim = dataclasses.replace(first.claim, text=words, span=span,
                                warnings=("bidi controls removed before reading",))
    checked = dataclasses.replace(first, claim=claim, verdict=dataclasses.replace(
        first.verdict, explanation="store: \x9b31m$12"))
    text = " " * span.start + claim.text + " \x1b]0;owned\x07"
    report = dataclasses.replace(
        SAMPLE_REPORT, claims=(checked,), text=text, article=dataclasses.replace(
            SAMPLE_REPORT.article, title="Acme\u2066", warnings=("line 1: 'Feb 30' is not a "
                                                                 "real date",)))
    out = page(report)
    assert UNSAFE.search(out) is None
    assert "$\\u202e21\\u202c\\x1b[2K</mark>" in out and "Acme\\u2066" in out
    assert "store: \\x9b31m$12" in out and "\\x1b]0;owned\\x07" in out
    assert '<ul class="warnings"><li>warning: line 1: &#x27;Feb 30&#x27; is not a real date' \
        in out
    assert "<dt>Warnings</dt><dd><ul class=\"warnings\"><li>bidi controls removed" in out


def test_a_claim_after_a_hidden_character_is_marked_where_it_stands() -> None:
    """The reader takes a zero-width space out; the page marks the claim's own words."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text
    from factcheck.store.store import open_store

    document = read_text("Intro\u200b text here.\n\nJane Doe co-founded Acme in 2012.\n",
                         "a.txt")
    store = open_store(str(Path(__file__).parent.parent / "fixtures" / "facts"))
    report = check(document, store)
    assert document.dropped and report.text_offsets is not None
    out = page(report)
    marked = re.findall(r'<mark id="m-c\d+"[^>]*>([^<]*)</mark>', out)
    assert "Jane Doe co-founded Acme in 2012" in marked
