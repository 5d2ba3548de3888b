"""Benchmark (not a test): what reading checkability adds per sentence, in-process.

Extracts the claims of every sentence of the detection development set once (not timed),
then times ``assess`` (checkability and check-worthiness) over all of them, repeatedly, and
prints the median per sentence and per claim. The budget is 1 ms per sentence.

Run: .venv/bin/python benchmarks/bench_checkability.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from factcheck.language.checkability import assess
from factcheck.language.extract import extract_claims
from factcheck.model import Block, Claim, Document, Span
from factcheck.store.store import open_store

SENTENCES = Path(__file__).resolve().parent.parent / "tests" / "detection" / "sentences.tsv"
BUDGET_MS = 1.0


def claims_of(sentences: list[str]) -> list[Claim]:
    index = open_store().entities
    out: list[Claim] = []
    for text in sentences:
        document = Document(source="<sentence>", original=text, text=text,
                            blocks=(Block(Span(0, len(text)), "prose"),))
        out.extend(extract_claims(document, index))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with SENTENCES.open(encoding="utf-8", newline="") as fh:
        sentences = [r["sentence"] for r in csv.DictReader(fh, delimiter="\t",
                                                           quoting=csv.QUOTE_NONE)]
    claims = claims_of(sentences)
    for claim in claims:  # warm-up: the first use compiles the regular expressions
        assess(claim)
    runs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for claim in claims:
            assess(claim)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    per_sentence = median / len(sentences) * 1000
    print(f"{len(sentences)} sentences, {len(claims)} claims, {args.repeat} runs")
    print(f"median per sentence: {per_sentence:.4f} ms (budget {BUDGET_MS} ms)")
    print(f"median per claim:    {median / len(claims) * 1000:.4f} ms")
    return 0 if per_sentence <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
