"""schema.org ClaimReview: the report's findings, and a store's reviewed claims, as JSON-LD.

Owns: how a finding of the report (a claim whose status is contradicted, imprecise or
outdated) and a reviewed claim of the store are written as one ``ClaimReview`` each, the
rating scale they share, and the properties used (each one schema.org defines for its type;
``tests/reporters/test_claimreview.py`` holds that list). Must not: judge anything -- a claim
is exported for the status its verdict already has, and a reviewed claim with the rating its
reviewer gave.

Which claims: ``contradicted`` (the article says something the facts refute), ``imprecise``
(close to the facts but wrong as written: a misquote, a bound far from the figure, a reviewer's
"misleading") and ``outdated`` (true once, no longer on the article's date). These are the
findings a reader would publish a review of; ``supported`` needs no correction, and
``unverified`` and ``opinion`` were never rated.

The output is one JSON-LD document: a list of ClaimReview objects (``[]`` when there is none),
written through ``safe.json_text`` like every JSON format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from ..model import ArticleInfo, CheckedClaim, Report, ReviewedClaim, Source, Status
from .safe import json_text

CONTEXT = "https://schema.org"
# One scale for every review: 1 is false, BEST_RATING is true. The value follows the
# severity order of ``Status``; a reviewer's "false" and "misleading" sit where the REV rule
# puts them (contradicted and imprecise).
WORST_RATING = 1
BEST_RATING = 5
STATUS_RATINGS: dict[Status, int] = {
    Status.CONTRADICTED: 1,
    Status.IMPRECISE: 2,
    Status.OUTDATED: 3,
}
REVIEWER_RATINGS: dict[str, int] = {"false": 1, "misleading": 2}


def _date(value: dt.date | None) -> dict[str, str]:
    return {"datePublished": value.isoformat()} if value is not None else {}


def _rating(value: int, name: str) -> dict[str, Any]:
    return {"@type": "Rating", "ratingValue": value, "bestRating": BEST_RATING,
            "worstRating": WORST_RATING, "alternateName": name}


def _first_url(sources: Iterable[Source]) -> dict[str, str]:
    for source in sources:
        return {"url": source.url}
    return {}


def _appearance(article: ArticleInfo, line: int) -> dict[str, Any]:
    """Where the claim was read. schema.org has no line number for a CreativeWork: its
    ``position`` ("the position of an item in a series or sequence of items") holds the
    line of the article the claim starts on."""
    work: dict[str, Any] = {"@type": "CreativeWork", "url": article.source}
    if article.title:
        work["headline"] = article.title
    work.update(_date(article.date))
    work["position"] = line
    return work


def finding_review(article: ArticleInfo, checked: CheckedClaim) -> dict[str, Any]:
    """One ClaimReview for a finding of the report (the claim's status is in
    ``STATUS_RATINGS``)."""
    claim, verdict = checked.claim, checked.verdict
    item: dict[str, Any] = {"@type": "Claim",
                            "appearance": _appearance(article, claim.position.line)}
    item.update(_date(article.date))
    review: dict[str, Any] = {
        "@context": CONTEXT, "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.standalone,
        "reviewRating": _rating(STATUS_RATINGS[verdict.status], verdict.status.value),
        "reviewBody": verdict.explanation,
        "itemReviewed": item,
    }
    review.update(_date(article.date))
    review.update(_first_url(s for e in verdict.evidence for s in e.sources))
    return review


def reviewed_review(reviewed: ReviewedClaim) -> dict[str, Any]:
    """One ClaimReview for a reviewed claim of the store. It appeared in no article the
    store knows, so its item has no appearance; the review is dated by its newest source."""
    dates = [s.date for s in reviewed.sources if s.date is not None]
    rating = REVIEWER_RATINGS.get(reviewed.rating, WORST_RATING)
    review: dict[str, Any] = {
        "@context": CONTEXT, "@type": "ClaimReview",
        "identifier": reviewed.id,
        "claimReviewed": reviewed.claim,
        "reviewRating": _rating(rating, reviewed.rating),
        "reviewBody": reviewed.explanation,
        "itemReviewed": {"@type": "Claim"},
    }
    review.update(_date(max(dates, default=None)))
    review.update(_first_url(reviewed.sources))
    return review


def report_reviews(report: Report) -> list[dict[str, Any]]:
    """The report's findings as ClaimReview objects, in article order."""
    return [finding_review(report.article, c) for c in report.claims
            if c.verdict.status in STATUS_RATINGS]


def render(report: Report, out: TextIO, *, color: bool = False) -> None:
    """Write the report's findings as a JSON-LD list of ClaimReview objects and a newline.

    ``color`` is accepted for the common signature and ignored.
    """
    out.write(json_text(report_reviews(report)) + "\n")


def render_reviewed(reviewed: Iterable[ReviewedClaim], out: TextIO) -> None:
    """Write a store's reviewed claims as a JSON-LD list of ClaimReview objects."""
    out.write(json_text([reviewed_review(r) for r in reviewed]) + "\n")
