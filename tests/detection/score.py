"""Score which sentences the checker treats as checkable claims, on a labelled development set.

Run ``python tests/detection/score.py`` (``-v`` lists the misses of the tuning part). Each row of
``sentences.tsv`` is a sentence written for this set, its label (``check-worthy`` factual,
``unimportant`` factual, ``non-factual``) and its genre (news, speech, company). The scorer runs
the real pipeline on each sentence alone, against the bundled store, and calls the sentence
*checkable* when at least one of its claims comes out with a status other than ``opinion``
(a question or a fragment gives no claim at all: not checkable).

It prints, for the whole set, the tuning part and the held-out part (every fifth sentence,
never looked at while tuning): precision, recall and F1 of "checkable" against the factual
sentences (both factual labels), the share of non-factual sentences called checkable, the
share of check-worthy factual sentences called opinion, the mean check-worthiness of each
label, and the share of each label a threshold of 0.5 keeps. ``tests/test_detection.py``
holds the floors.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.model import Block, Document, Report, Span, Status
from factcheck.pipeline import check
from factcheck.store.store import Store, open_store

SENTENCES = Path(__file__).parent / "sentences.tsv"
LABELS = ("check-worthy", "unimportant", "non-factual")
FACTUAL = ("check-worthy", "unimportant")
HELD_OUT_EVERY = 5  # rows 5, 10, 15...: the held-out part


@dataclass(frozen=True)
class Row:
    number: int  # from 1, counting sentences (not the header)
    label: str
    genre: str
    sentence: str

    @property
    def held_out(self) -> bool:
        return self.number % HELD_OUT_EVERY == 0


@dataclass(frozen=True)
class Outcome:
    row: Row
    checkable: bool
    worthiness: float  # the highest check-worthiness among the sentence's claims (0 if none)
    statuses: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Figures:
    precision: float
    recall: float
    f1: float
    nonfactual_checkable: float  # share of non-factual sentences called checkable
    worthy_opinion: float  # share of check-worthy factual sentences not called checkable
    count: int
    worthiness: dict[str, float]  # mean check-worthiness per label


def rows(path: Path = SENTENCES) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        out = [Row(i, r["label"], r["genre"], r["sentence"]) for i, r in enumerate(reader, 1)]
    bad = [r.number for r in out if r.label not in LABELS]
    if bad:
        raise ValueError(f"{path}: unknown label on sentence(s) {bad}")
    return out


def _document(sentence: str) -> Document:
    return Document(source="<sentence>", original=sentence, text=sentence,
                    blocks=(Block(Span(0, len(sentence)), "prose"),))


def judge_row(row: Row, store: Store) -> Outcome:
    report: Report = check(_document(row.sentence), store)
    statuses = tuple(c.verdict.status.value for c in report.claims)
    checked = [c for c in report.claims if c.verdict.status is not Status.OPINION]
    worth = max((c.worthiness.score for c in report.claims), default=0.0)
    shown = checked[0] if checked else (report.claims[0] if report.claims else None)
    return Outcome(row, bool(checked), worth, statuses,
                   shown.verdict.explanation if shown else "no claim read")


def figures(outcomes: Iterable[Outcome]) -> Figures:
    items = list(outcomes)
    tp = sum(1 for o in items if o.checkable and o.row.label in FACTUAL)
    fp = sum(1 for o in items if o.checkable and o.row.label not in FACTUAL)
    fn = sum(1 for o in items if not o.checkable and o.row.label in FACTUAL)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def share(label: str, checkable: bool) -> float:
        group = [o for o in items if o.row.label == label]
        return sum(1 for o in group if o.checkable is checkable) / len(group) if group else 0.0

    means = {}
    for label in LABELS:
        group = [o.worthiness for o in items if o.row.label == label]
        means[label] = sum(group) / len(group) if group else 0.0
    return Figures(precision, recall, f1, share("non-factual", True),
                   share("check-worthy", False), len(items), means)


def score(store: Store | None = None) -> list[Outcome]:
    store = store or open_store()
    return [judge_row(r, store) for r in rows()]


def table(outcomes: list[Outcome]) -> str:
    parts = {
        "all": outcomes,
        "tuning": [o for o in outcomes if not o.row.held_out],
        "held-out": [o for o in outcomes if o.row.held_out],
        **{f"  {g}": [o for o in outcomes if o.row.genre == g]
           for g in ("news", "speech", "company")},
    }
    lines = [f"{'part':<10} {'n':>4} {'P':>6} {'R':>6} {'F1':>6} {'NFS->chk':>9} "
             f"{'CFS->opn':>9}  worthiness CFS/UFS/NFS"]
    for name, items in parts.items():
        f = figures(items)
        w = f.worthiness
        lines.append(f"{name:<10} {f.count:>4} {f.precision:>6.3f} {f.recall:>6.3f} "
                     f"{f.f1:>6.3f} {f.nonfactual_checkable:>9.1%} {f.worthy_opinion:>9.1%}  "
                     f"{w['check-worthy']:.2f}/{w['unimportant']:.2f}/{w['non-factual']:.2f}")
    kept = {label: [o for o in outcomes if o.row.label == label] for label in LABELS}
    lines.append("worthiness >= 0.5 keeps " + ", ".join(
        f"{sum(o.worthiness >= 0.5 for o in group) / len(group):.0%} {label}"
        for label, group in kept.items() if group))
    return "\n".join(lines)


def misses(outcomes: list[Outcome]) -> str:
    """The tuning part's misses only: the held-out part stays unread."""
    lines = []
    for o in outcomes:
        if o.row.held_out or o.checkable is (o.row.label in FACTUAL):
            continue
        said = "checkable" if o.checkable else "opinion"
        lines.append(f"{o.row.number:>4} {o.row.label:<12} -> {said:<9} {o.row.sentence}\n"
                     f"{'':>19}{','.join(o.statuses) or '-'}: {o.explanation}")
    return "\n".join(lines) or "no misses"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the tuning part's misses")
    args = parser.parse_args(argv)
    outcomes = score()
    print(table(outcomes))
    if args.verbose:
        print()
        print(misses(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
