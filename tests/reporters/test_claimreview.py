"""ClaimReview JSON-LD: golden output, which claims are exported, and only properties
schema.org defines for the types used."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from factcheck.cli.cli import cli
from factcheck.model import ReviewedClaim, Source
from factcheck.reporters import render
from factcheck.reporters.claimreview import render_reviewed

from .sample_report import SAMPLE_REPORT

FACTS = str(Path(__file__).parent.parent / "fixtures" / "facts")

# The properties schema.org defines for each type we write, its own and inherited
# (https://schema.org/ClaimReview, /Rating and /Claim, schema.org release 28.1: ClaimReview <
# Review < CreativeWork < Thing; Rating < Intangible < Thing; Claim < CreativeWork < Thing).
# Only the ones a writer of ClaimReview is likely to reach for are listed: the test fails
# when the reporter writes a property that is not here, which is then looked up and added.
THING = {"name", "alternateName", "description", "identifier", "url", "sameAs", "image",
         "disambiguatingDescription", "mainEntityOfPage", "potentialAction",
         "subjectOf", "additionalType"}
CREATIVE_WORK = THING | {"author", "creator", "datePublished", "dateCreated", "dateModified",
                         "headline", "text", "about", "publisher", "inLanguage", "position",
                         "citation", "isBasedOn", "keywords", "abstract", "license",
                         "sourceOrganization", "version", "mentions"}
SCHEMA_PROPERTIES: dict[str, set[str]] = {
    "ClaimReview": CREATIVE_WORK | {"claimReviewed", "reviewRating", "itemReviewed",
                                    "reviewBody", "reviewAspect", "associatedClaimReview",
                                    "associatedMediaReview", "associatedReview",
                                    "negativeNotes", "positiveNotes"},
    "Rating": THING | {"ratingValue", "bestRating", "worstRating", "ratingExplanation",
                       "reviewAspect", "author"},
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "CreativeWork": CREATIVE_WORK,
}
JSON_LD_KEYWORDS = {"@context", "@type"}

REVIEWED = ReviewedClaim(
    id="acme-early-globex", claim="Acme invested in Globex early in its history.",
    entities=("acme", "globex"), cues=(("invested",), ("early",)), rating="false",
    explanation="Acme bought Globex in 2019; it made no earlier investment.",
    facts=("acme-globex",),
    sources=(Source("https://acme.example/2019-globex", "Acme buys Globex", "Acme",
                    dt.date(2019, 4, 2), "primary"),
             Source("https://news.example/acme", "Acme's deal", "News", dt.date(2019, 5, 1),
                    "news")))


def rendered() -> list[dict[str, Any]]:
    out = io.StringIO()
    render(SAMPLE_REPORT, "claimreview", out)
    data: list[dict[str, Any]] = json.loads(out.getvalue())
    return data


def _properties(node: Any, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(type, property) for every property of every typed object inside ``node``."""
    if isinstance(node, list):
        for item in node:
            _properties(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in JSON_LD_KEYWORDS:
                found.append((node["@type"], key))
            _properties(value, found)
    return found


def test_golden(golden: Callable[[str, str], None]) -> None:
    out = io.StringIO()
    render(SAMPLE_REPORT, "claimreview", out)
    golden("report.claimreview.json", out.getvalue())
    out = io.StringIO()
    render_reviewed([REVIEWED], out)
    golden("reviewed.claimreview.json", out.getvalue())


def test_one_review_per_contradicted_imprecise_or_outdated_claim() -> None:
    reviews = rendered()
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "contradicted", "imprecise", "outdated"]
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [1, 2, 3]
    first, claim = reviews[0], SAMPLE_REPORT.claims[1]
    assert first["claimReviewed"] == claim.claim.standalone
    assert first["itemReviewed"]["appearance"]["url"] == "articles/ai-titans.md"
    assert first["itemReviewed"]["appearance"]["position"] == claim.claim.position.line
    assert first["datePublished"] == "2025-03-25"
    assert first["url"] == "https://openai.com/index/openai-elon-musk/"


def test_unknown_dates_and_sources_are_left_out() -> None:
    article = replace(SAMPLE_REPORT.article, date=None, title=None)
    claims = tuple(replace(c, verdict=replace(c.verdict, evidence=()))
                   for c in SAMPLE_REPORT.claims)
    out = io.StringIO()
    render(replace(SAMPLE_REPORT, article=article, claims=claims), "claimreview", out)
    for review in json.loads(out.getvalue()):
        assert "datePublished" not in review and "url" not in review
        assert set(review["itemReviewed"]["appearance"]) == {"@type", "url", "position"}


def test_a_reviewed_claim_keeps_its_reviewers_rating_and_newest_source_date() -> None:
    out = io.StringIO()
    render_reviewed([REVIEWED, replace(REVIEWED, id="m", rating="misleading")], out)
    first, second = json.loads(out.getvalue())
    assert first["reviewRating"]["alternateName"] == "false"
    assert (first["reviewRating"]["ratingValue"], second["reviewRating"]["ratingValue"]) == (1, 2)
    assert first["datePublished"] == "2019-05-01"
    assert first["url"] == "https://acme.example/2019-globex"


def test_every_property_is_one_schema_org_defines_for_its_type() -> None:
    out = io.StringIO()
    render_reviewed([REVIEWED], out)
    reviews = [*rendered(), *json.loads(out.getvalue())]
    assert all(r["@context"] == "https://schema.org" for r in reviews)
    used = _properties(reviews, [])
    assert {t for t, _ in used} == {"ClaimReview", "Rating", "Claim", "CreativeWork"}
    assert [(t, p) for t, p in used if p not in SCHEMA_PROPERTIES[t]] == []


def test_text_is_escaped_like_every_json_format() -> None:
    claim = SAMPLE_REPORT.claims[1]
    hostile = replace(claim, claim=replace(claim.claim, standalone="Musk\x1b[2K \u202e2017"))
    out = io.StringIO()
    render(replace(SAMPLE_REPORT, claims=(hostile,)), "claimreview", out)
    assert "\x1b" not in out.getvalue() and "\u202e" not in out.getvalue()
    assert json.loads(out.getvalue())[0]["claimReviewed"] == "Musk\x1b[2K \u202e2017"


def test_store_export_writes_one_review_per_reviewed_claim(tmp_path: Path) -> None:
    target = tmp_path / "reviews.jsonld"
    result = CliRunner().invoke(cli, ["store", "export", "--store", FACTS, "-o", str(target)])
    assert result.exit_code == 0, result.output
    reviews = json.loads(target.read_text())
    assert [r["identifier"] for r in reviews] == ["acme-early-globex"]
    assert reviews[0]["reviewRating"]["alternateName"] == "false"


def test_check_writes_a_review_per_finding_with_the_usual_exit_status(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("---\ntitle: Acme today\ndate: 2025-03-01\n---\n\n"
                       "Acme has over $2 trillion in assets under management.\n\n"
                       "Jane Doe co-founded Acme in 2012.\n")
    result = CliRunner().invoke(cli, ["check", str(article), "--store", FACTS,
                                      "--format", "claimreview"])
    assert result.exit_code == 1  # a contradicted claim, as in every format
    (review,) = json.loads(result.stdout)
    assert review["claimReviewed"] == "Jane Doe co-founded Acme in 2012"
    assert review["reviewRating"]["alternateName"] == "contradicted"
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "url": str(article), "headline": "Acme today",
        "datePublished": "2025-03-01", "position": 8}
