"""The seed article end to end, against the bundled store: the verdicts of
``seed-facts.md`` part 2, and nothing contradicted that the facts support."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.model import CheckedClaim, Report, Status
from factcheck.pipeline import check
from factcheck.read.documents import load_document
from factcheck.store.store import open_store

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
S, C, IMP, OUT, P = (Status.SUPPORTED, Status.CONTRADICTED, Status.IMPRECISE,
                     Status.OUTDATED, Status.OPINION)

# (id, a substring of the seed's claim, the statuses a correct report may give it)
EXPECTED: list[tuple[str, str, tuple[Status, ...]]] = [
    ("S01", "Elon Musk teaming up with BlackRock", (IMP,)),
    ("S02", "has officially announced that his xAI company will join the AI infrastructure "
            "investment fund spearheaded by BlackRock", (IMP,)),
    ("S03", "BlackRock, a leading American asset management firm", (S,)),
    ("S04", 'OpenAI is pushing ahead with its "Stargate"', (S,)),
    ("S05", "In 2015, he co-founded OpenAI", (S,)),
    ("S06", "to foster open-source AI development and counter Google's dominance", (S,)),
    ("S07", "one of the biggest risks to human civilization", (IMP,)),
    ("S08", "prompted Musk to establish xAI in 2023", (S,)),
    ("S09", "comprehend the universe's true nature", (S,)),
    ("S10", "over $10 trillion in assets under management", (S,)),
    ("S11", "includes significant investments in infrastructure essential for AI, such as "
            "data centers", (S,)),
    ("S12", "With Microsoft's strong backing, OpenAI", (S,)),
    ("S13", "products like ChatGPT leading the market", (P,)),
    ("S14", "Leveraging the CUDA system, NVIDIA has cultivated a vast ecosystem", (S,)),
    ("S15", "Through the acquisition of Mellanox", (S,)),
    ("S16", "The upcoming Blackwell series of chips", (OUT,)),
    ("S17", "outstripping Hopper by 2.5 times", (S, IMP)),
    ("S18", "approximately 90% of the data center GPU market", (S,)),
    ("S19", "effectively monopolizing the design of AI-specific semiconductors", (P,)),
    ("S20", "In 2024, NVIDIA anticipates generating over $100 billion in AI system sales", (OUT,)),
    ("S21", "AMD is projected to achieve only $5 billion in revenue", (IMP,)),
    ("S22", "It has invested in OpenAI", (S,)),
    ("S23", 'provided technical support for "Stargate,"', (S,)),
    ("S24", "now participates in BlackRock's AI infrastructure investment fund", (S,)),
    ("S25", "Early in OpenAI's development, NVIDIA recognized its potential and invested", (C,)),
    ("S26", 'When OpenAI launched the "Stargate" plan, NVIDIA actively participated', (S,)),
    ("S27", 'The "Stargate" plan aims to construct a new AI infrastructure', (S,)),
    ("S28", "it faces challenges in computational power", (P,)),
    ("S29a", "will undoubtedly bring unprecedented competitive pressure", (P,)),
    ("S29b", "Governments and relevant authorities should formulate", (P,)),
    ("S29c", "AI is poised to develop in a healthy and sustainable manner", (P,)),
    ("S29d", "striking a balance between encouraging innovation and ensuring safety is crucial",
     (P,)),
    ("S29e", "undoubtedly exerts considerable competitive pressure", (P,)),
]


@pytest.fixture(scope="module")
def report() -> Report:
    return check(load_document(str(SEED)), open_store())


def claim_for(report: Report, anchor: str) -> CheckedClaim:
    """The smallest claim whose words in the file contain ``anchor``."""
    text = SEED.read_text(encoding="utf-8")
    found = [c for c in report.claims if anchor in text[c.claim.span.start:c.claim.span.end]]
    assert found, f"no claim contains {anchor!r}"
    return min(found, key=lambda c: c.claim.span.end - c.claim.span.start)


@pytest.mark.parametrize("sid, anchor, allowed", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_seed_claim_status(report: Report, sid: str, anchor: str,
                           allowed: tuple[Status, ...]) -> None:
    checked = claim_for(report, anchor)
    assert checked.verdict.status in allowed, (sid, checked.claim.text,
                                               checked.verdict.explanation)


def test_nothing_else_is_contradicted(report: Report) -> None:
    contradicted = [c.claim.text for c in report.claims if c.verdict.status is C]
    assert len(contradicted) == 1 and contradicted[0].startswith("Early in OpenAI's development")


def test_the_article_metadata(report: Report) -> None:
    assert str(report.article.date) == "2025-03-25"
    assert report.article.title and report.article.title.startswith("The battle of AI titans")


def test_every_non_opinion_verdict_shows_its_evidence(report: Report) -> None:
    for checked in report.claims:
        verdict = checked.verdict
        assert verdict.explanation
        if verdict.status in (S, C, IMP, OUT):
            assert verdict.evidence, checked.claim.text
            assert all(e.sources for e in verdict.evidence)


def test_the_explanation_quotes_both_figures(report: Report) -> None:
    verdict = claim_for(report, "over $10 trillion in assets under management").verdict
    assert "article: over $10T" in verdict.explanation
    assert "store: $11.6T as of 2024-12-31" in verdict.explanation


def test_spans_point_at_the_words_in_the_file(report: Report) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    for checked in report.claims:
        claim: Any = checked.claim
        assert text[claim.span.start:claim.span.end] == claim.text
        line = lines[claim.position.line - 1]
        assert line[claim.position.column - 1:].startswith(claim.text[:20])


def seed_as(fmt: str) -> str:
    """The seed article rewritten as Markdown or HTML, with non-prose that must be ignored."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    title, paragraphs = lines[2], [line for line in lines[3:] if line.strip()]
    headings = {p for p in paragraphs if not p.rstrip().endswith((".", '"', "”"))}
    if fmt == "markdown":
        body = [f"## {p}" if p in headings else p for p in paragraphs]
        return ("---\ntitle: \"" + title + "\"\ndate: 2025-03-25\n---\n\n# " + title + "\n\n"
                + "\n\n".join(body) + "\n\n```\nNVIDIA controls 5% of the GPU market.\n```\n\n"
                "<!-- BlackRock manages $1 trillion. -->\n[Read more](https://example.com/x)\n")
    body = [f"<h2>{p}</h2>" if p in headings else f"<p>{p.replace('&', '&amp;')}</p>"
            for p in paragraphs]
    return ("<!doctype html><html><head><title>" + title + "</title>"
            "<meta property=\"article:published_time\" content=\"2025-03-25T09:00:00Z\">"
            "</head><body><nav>Home | NVIDIA controls 5% of the GPU market</nav><article>"
            f"<h1>{title}</h1>\n" + "\n".join(body) + "</article><script>var x = 'BlackRock "
            "manages $1 trillion';</script><footer>(c) 2025</footer></body></html>\n")


@pytest.mark.parametrize("fmt, suffix", [("markdown", ".md"), ("html", ".html")])
def test_the_seed_in_markdown_and_html_gets_the_same_verdicts(tmp_path: Path, fmt: str,
                                                             suffix: str) -> None:
    path = tmp_path / f"seed{suffix}"
    path.write_text(seed_as(fmt), encoding="utf-8")
    converted = check(load_document(str(path)), open_store())
    raw = path.read_text(encoding="utf-8")
    assert str(converted.article.date) == "2025-03-25"
    for sid, anchor, allowed in EXPECTED:
        found = [c for c in converted.claims if anchor in c.claim.text.replace("&amp;", "&")]
        assert found, (fmt, sid)
        checked = min(found, key=lambda c: len(c.claim.text))
        assert checked.verdict.status in allowed, (fmt, sid, checked.verdict.explanation)
        assert raw[checked.claim.span.start:checked.claim.span.end].startswith(
            checked.claim.text[:10])
    texts = " ".join(c.claim.text for c in converted.claims)
    assert "5% of the GPU market" not in texts and "$1 trillion" not in texts
