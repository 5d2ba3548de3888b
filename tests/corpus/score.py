"""Score the checker on the development corpus: precision and recall per status.

Run ``python tests/corpus/score.py`` (``-v`` lists every miss and false alarm). Each article in
``articles/`` has a gold file (see README.md); the scorer runs the real pipeline on it, pins each
gold quote to the claim of the report that holds it, and compares statuses. Claims of the
report that no gold entry names are expected to be ``unverified`` or ``opinion``: a flag there
is a false alarm. ``tests/test_corpus.py`` holds the floors this prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.model import CheckedClaim, Document, Report, Span, Status
from factcheck.pipeline import check
from factcheck.read.documents import load_document
from factcheck.store.store import Store, open_store

CORPUS = Path(__file__).parent
ARTICLES = CORPUS / "articles"
STORES = CORPUS / "stores"
FLAGS = {Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED}
CAUGHT = {Status.CONTRADICTED, Status.IMPRECISE}
MISSING = "missing"  # no claim of the report holds the quote: the sentence was never read


class GoldError(Exception):
    """A gold file that cannot be scored: names the file and the entry."""


@dataclass(frozen=True)
class Outcome:
    article: str
    quote: str
    expected: Status
    got: str  # a Status value, or MISSING
    planted: str | None
    claim: str
    explanation: str


@dataclass
class Score:
    outcomes: list[Outcome] = field(default_factory=list)
    unlabelled: list[tuple[str, CheckedClaim]] = field(default_factory=list)  # flagged, no gold
    articles: int = 0

    def predicted(self, status: Status) -> int:
        extra = sum(1 for _, c in self.unlabelled if c.verdict.status == status)
        return sum(1 for o in self.outcomes if o.got == status) + extra

    def correct(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.expected == status and o.got == status)

    def expected(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.expected == status)

    def false_alarms(self, status: Status) -> int:
        """Claims given ``status`` (contradicted or outdated) that a correct report would not."""
        return self.predicted(status) - self.correct(status)

    def planted_caught(self) -> tuple[int, int]:
        planted = [o for o in self.outcomes if o.planted]
        return sum(1 for o in planted if o.got in CAUGHT), len(planted)


def _store(name: str | None, cache: dict[str | None, Store]) -> Store:
    if name not in cache:
        cache[name] = open_store(STORES / name if name else None)
    return cache[name]


def _find(document: Document, quote: str, gold: Path) -> Span:
    """The quote's span in the original file: found in the prose, or in the raw file."""
    for text, mapped in ((document.text, True), (document.original, False)):
        at = text.find(quote)
        if at >= 0:
            if text.find(quote, at + 1) >= 0:
                raise GoldError(f"{gold}: quote {quote!r} occurs more than once")
            span = Span(at, at + len(quote))
            return document.original_span(span) if mapped else span
    raise GoldError(f"{gold}: quote {quote!r} is not in the article")


def _holder(report: Report, span: Span) -> CheckedClaim | None:
    """The claim holding the span: the one containing it, else the one overlapping it most."""
    best: tuple[int, int, CheckedClaim] | None = None
    for checked in report.claims:
        c = checked.claim.span
        overlap = min(c.end, span.end) - max(c.start, span.start)
        if overlap <= 0:
            continue
        contains = int(c.start <= span.start and span.end <= c.end)
        # Prefer containment, then overlap, then the shortest claim (the most atomic).
        key = (contains, overlap)
        if best is None or key > best[:2] or (key == best[:2] and
                                              len(checked.claim.text) < len(best[2].claim.text)):
            best = (contains, overlap, checked)
    return best[2] if best else None


def gold_path(article: Path) -> Path:
    return article.with_name(article.name.split(".")[0] + ".gold.yaml")


def score_article(article: Path, cache: dict[str | None, Store]) -> tuple[list[Outcome],
                                                                         list[CheckedClaim]]:
    gold_file = gold_path(article)
    gold = yaml.safe_load(gold_file.read_text()) or {}
    date = gold.get("date")
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    document = load_document(str(article), date=date)
    report = check(document, _store(gold.get("store"), cache), article_date=date)
    outcomes = []
    labelled: set[str] = set()
    for entry in gold.get("claims") or []:
        try:
            quote, expected = entry["quote"], Status(entry["status"])
        except (KeyError, ValueError, TypeError) as exc:
            raise GoldError(f"{gold_file}: bad entry {entry!r} ({exc})") from None
        holder = _holder(report, _find(document, quote, gold_file))
        if holder is not None:
            labelled.add(holder.claim.id)
        got, claim, why = ((holder.verdict.status.value, holder.claim.standalone,
                            holder.verdict.explanation) if holder else (MISSING, "", ""))
        outcomes.append(Outcome(article.name, quote, expected, got, entry.get("planted"),
                                claim, why))
    flagged = [c for c in report.claims
               if c.claim.id not in labelled and c.verdict.status in FLAGS]
    return outcomes, flagged


def articles() -> list[Path]:
    """Every article of the corpus (a file beside its gold file, or alone)."""
    return sorted(p for p in ARTICLES.iterdir()
                  if not p.name.endswith(".gold.yaml") and not p.name.startswith("."))


def score_corpus(only: str | None = None) -> Score:
    score = Score()
    cache: dict[str | None, Store] = {}
    for article in articles():
        if only and only not in article.name:
            continue
        if not gold_path(article).exists():
            print(f"warning: {article.name} has no gold file; skipped", file=sys.stderr)
            continue
        outcomes, flagged = score_article(article, cache)
        score.outcomes += outcomes
        score.unlabelled += [(article.name, c) for c in flagged]
        score.articles += 1
    return score


def table(score: Score) -> str:
    rows = [f"{score.articles} articles, {len(score.outcomes)} gold claims",
            f"{'status':<13}{'gold':>6}{'got':>6}{'right':>7}{'precision':>11}{'recall':>8}"]
    for status in Status:
        gold, got, right = score.expected(status), score.predicted(status), score.correct(status)
        precision = f"{right / got:.0%}" if got else "-"
        recall = f"{right / gold:.0%}" if gold else "-"
        rows.append(f"{status.value:<13}{gold:>6}{got:>6}{right:>7}{precision:>11}{recall:>8}")
    missing = sum(1 for o in score.outcomes if o.got == MISSING)
    caught, planted = score.planted_caught()
    rows += [f"never read (no claim holds the quote): {missing}",
             f"planted falsehoods caught (contradicted or imprecise): {caught}/{planted}",
             f"false contradicted: {score.false_alarms(Status.CONTRADICTED)}, "
             f"false outdated: {score.false_alarms(Status.OUTDATED)}"]
    return "\n".join(rows)


def details(score: Score) -> str:
    lines = []
    for o in score.outcomes:
        if o.got != o.expected:
            lines.append(f"{o.article}: {o.quote!r}: want {o.expected.value}, got {o.got}\n"
                         f"    claim: {o.claim}\n    why: {o.explanation[:300]}")
    for name, c in score.unlabelled:
        lines.append(f"{name}: unlabelled claim flagged {c.verdict.status.value}\n"
                     f"    claim: {c.claim.standalone}\n    why: {c.verdict.explanation[:300]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--only", help="score only articles whose file name contains this")
    args = parser.parse_args(argv)
    try:
        score = score_corpus(args.only)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print(details(score), end="\n\n")
    print(table(score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
