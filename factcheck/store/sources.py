"""Proving the store's sources: fetch each source page once, and check its excerpt is there.

Owns: finding a fact's recorded excerpt in a page's text (verbatim, after normalising, or
fuzzily), fetching every cited URL into a snapshot (``fetch_sources``), and judging each
(fact, source) pair from the snapshots, offline (``verify_sources``).
Must not: format results (``reporters/sources_*.py``), pick exit statuses (``cli_sources``),
or write fact files: a moved or edited source is reported, never "fixed" in the facts.

A source fails verification when its page is gone (a 4xx or 5xx, or unreachable), when it was
never fetched, or when its excerpt is missing. A fuzzy match is reported with its score but
does not fail: the page was edited, and an editor should look.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from ..errors import FactcheckError, FetchError
from ..model import Fact, Source
from ..read.fetch import Fetcher
from .snapshots import Database, Snapshot, get_snapshot, save_snapshot

#: A partial match scoring at least this (0-100, rapidfuzz ``partial_ratio`` on normalised,
#: lower-cased text) counts as "fuzzy"; below it the excerpt is "missing". 90 lets a changed
#: word or two through in a sentence-long excerpt, but not a different sentence.
FUZZY_THRESHOLD = 90.0

MatchKind = Literal["verbatim", "normalized", "fuzzy", "missing"]
SourceItem = tuple[str, Source]  # (fact id, one of its sources)

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-",
    "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
})


@dataclass(frozen=True)
class ExcerptMatch:
    """How an excerpt was found; ``score`` (0-100) for fuzzy and missing, else None."""

    kind: MatchKind
    score: float | None = None

    @property
    def found(self) -> bool:
        return self.kind != "missing"


@dataclass(frozen=True)
class FetchOutcome:
    """What ``fetch_sources`` did for one URL (cited by one or more facts)."""

    url: str
    fact_ids: tuple[str, ...]
    snapshot: Snapshot
    not_modified: bool  # a 304: the stored text is still current
    changed: bool  # the text differs from the one stored before (or none was)
    new: bool = False  # no text was stored before

    @property
    def error(self) -> str | None:
        return self.snapshot.error


@dataclass(frozen=True)
class SourceCheck:
    """The verdict on one (fact, source) pair, from its snapshot."""

    fact_id: str
    url: str
    reachable: bool  # the last fetch got an answer below 400 (2xx, or 304)
    status: int | None  # HTTP status of the last fetch
    error: str | None  # why the last fetch failed, or why there is no snapshot
    redirected_to: str | None  # the final URL, when it is not ``url``
    excerpt: str | None  # as the fact records it
    match: ExcerptMatch | None  # None without an excerpt or without any stored text
    age_days: int | None  # how old the stored text is
    fetched_at: dt.datetime | None
    failed: bool  # gone, never fetched, or an excerpt missing or not checkable


def normalize(text: str) -> str:
    """Text with whitespace, quotes, dashes and compatibility forms (nbsp, ellipsis) folded."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = re.sub(r"\s*-+\s*", "-", text)
    return " ".join(text.split())


def find_excerpt(excerpt: str, page_text: str) -> ExcerptMatch:
    """Where ``excerpt`` stands in ``page_text``: verbatim, normalized, fuzzy or missing."""
    if excerpt in page_text:
        return ExcerptMatch("verbatim")
    needle, haystack = normalize(excerpt), normalize(page_text)
    if needle in haystack:
        return ExcerptMatch("normalized")
    if not needle or not haystack:
        return ExcerptMatch("missing", 0.0)
    score = round(fuzz.partial_ratio(needle.lower(), haystack.lower()), 1)
    return ExcerptMatch("fuzzy" if score >= FUZZY_THRESHOLD else "missing", score)


def sources_of(facts: Iterable[Fact]) -> list[SourceItem]:
    """Every (fact id, source) pair of ``facts``, in fact order."""
    return [(fact.id, source) for fact in facts for source in fact.sources]


def fetch_sources(items: Sequence[SourceItem], fetcher: Fetcher, db: Database, *,
                  progress: Callable[[FetchOutcome], None] | None = None) -> list[FetchOutcome]:
    """Fetch every cited URL once into its snapshot; a failure is recorded, never raised.

    A URL with a stored snapshot is fetched conditionally (its ETag / Last-Modified), and a
    304 keeps the stored text. ``progress`` is called after each URL. Only a database that
    cannot be written stops the run (StoreError).
    """
    cited: dict[str, list[str]] = {}
    for fact_id, source in items:
        ids = cited.setdefault(source.url, [])
        if fact_id not in ids:
            ids.append(fact_id)
    outcomes = []
    for url, fact_ids in cited.items():
        previous = get_snapshot(db, url)
        # Ask "has it changed?" only when there is a stored text to fall back on.
        known = previous if previous is not None and previous.text is not None else None
        try:
            result = fetcher.fetch(url, etag=known.etag if known else None,
                                   last_modified=known.last_modified if known else None)
        except FactcheckError as exc:
            failure = exc if isinstance(exc, FetchError) else FetchError(str(exc), url)
            outcome = FetchOutcome(url, tuple(fact_ids), save_snapshot(db, failure, url=url),
                                   False, False)
        else:
            snapshot = save_snapshot(db, result, url=url)
            changed = previous is None or previous.content_hash != snapshot.content_hash
            outcome = FetchOutcome(url, tuple(fact_ids), snapshot, result.not_modified,
                                   changed and not result.not_modified,
                                   new=known is None and snapshot.text is not None)
        outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    return outcomes


def verify_sources(items: Sequence[SourceItem], db: Database,
                   now: dt.datetime | None = None) -> list[SourceCheck]:
    """Judge each (fact, source) pair from the stored snapshots, without the network."""
    now = now or dt.datetime.now(dt.UTC)
    checks = []
    snapshots: dict[str, Snapshot | None] = {}
    for fact_id, source in items:
        if source.url not in snapshots:
            snapshots[source.url] = get_snapshot(db, source.url)
        checks.append(check_source(fact_id, source, snapshots[source.url], now))
    return checks


def check_source(fact_id: str, source: Source, snapshot: Snapshot | None,
                 now: dt.datetime) -> SourceCheck:
    """The verdict on one source from its snapshot (None: never fetched)."""
    if snapshot is None:
        return SourceCheck(fact_id=fact_id, url=source.url, reachable=False, status=None,
                           error="not fetched yet (run factcheck sources fetch)",
                           redirected_to=None, excerpt=source.excerpt, match=None,
                           age_days=None, fetched_at=None, failed=True)
    match = None
    if source.excerpt and snapshot.text and snapshot.error is None:  # never on stale text
        match = find_excerpt(source.excerpt, snapshot.text)
    age = None
    if snapshot.fetched_at is not None:
        fetched = snapshot.fetched_at
        if fetched.tzinfo is None:
            fetched = fetched.replace(tzinfo=dt.UTC)
        age = max((now - fetched).days, 0)
    reachable = snapshot.status is not None and snapshot.status < 400
    error = snapshot.error
    if error is None and source.excerpt and not snapshot.text:
        error = "no text stored for the page"
    redirected = snapshot.final_url if snapshot.final_url not in (None, source.url) else None
    unchecked = bool(source.excerpt) and match is None
    failed = not reachable or unchecked or (match is not None and not match.found)
    return SourceCheck(fact_id=fact_id, url=source.url, reachable=reachable,
                       status=snapshot.status, error=error, redirected_to=redirected,
                       excerpt=source.excerpt, match=match, age_days=age,
                       fetched_at=snapshot.fetched_at, failed=failed)


def verification_failed(checks: Iterable[SourceCheck]) -> bool:
    """True when any source failed: the CLI's exit status 1."""
    return any(check.failed for check in checks)
