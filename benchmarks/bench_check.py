"""Benchmark (not a test): how long checking the seed article takes, in-process.

1. The seed against the bundled store: median of repeated checks after a warm-up.
2. The same with a synthetic store of 100,000 extra facts (5,000 made-up companies, plus
   500 extra facts about the entities the seed names, so lookups meet crowded subjects):
   build time, open time, median check time, peak memory.

Run: .venv/bin/python benchmarks/bench_check.py [--facts 100000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from factcheck.model import Entity, Fact, Kind, Quantity, Source
from factcheck.pipeline import check
from factcheck.read.documents import load_document
from factcheck.store.facts import FactSet, load_facts
from factcheck.store.store import Store, build_store, bundled_facts_dir, open_store

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
MEASURES = ["revenue", "net income", "headcount", "market share", "assets under management",
            "data center revenue", "capital expenditure", "valuation"]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()  # warm-up: first use compiles regexes and loads pysbd
    times = []
    print(f"  first (cold) run: {(time.perf_counter() - start) * 1000:.1f} ms")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def synthetic(base: FactSet, count: int, seed: int = 7) -> FactSet:
    rng = random.Random(seed)
    source = Source("https://example.com/synthetic", "Synthetic", "Bench", None, "secondary")
    entities = [Entity(f"company-{i:05d}", f"Company {i:05d}", "organization",
                       (f"Co{i:05d}",)) for i in range(5000)]
    real = [e.id for e in base.entities]
    facts = []
    for i in range(count):
        crowded = i < 500
        subject = rng.choice(real) if crowded else entities[i % len(entities)].id
        measure = rng.choice(MEASURES)
        value = rng.uniform(1, 900)
        facts.append(Fact(
            id=f"synthetic-{i:06d}", kind="quantity", subject=subject,
            measure=f"{measure} (synthetic {i})", statement=f"{subject} reported {measure} of "
            f"${value:.1f} billion in {2000 + i % 25}.",
            cues=(f"synthetic cue {i}",), sources=(source,),
            value=Quantity(Kind.MONEY, value * 1e9, unit="USD"), tolerance=0.01,
            period=2000 + i % 25))
    return replace(base, entities=base.entities + tuple(entities),
                   facts=base.facts + tuple(facts), fingerprint=f"synthetic-{count}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    document = load_document(str(SEED))
    store = open_store()
    seed_times = timed(lambda: check(document, store), args.repeat)
    claims = len(check(document, store).claims)
    print(f"seed, bundled store ({store.counts()['facts']} facts): {claims} claims, "
          f"median {statistics.median(seed_times) * 1000:.1f} ms "
          f"(min {min(seed_times) * 1000:.1f}, max {max(seed_times) * 1000:.1f}) "
          f"over {args.repeat} runs")

    base = load_facts(bundled_facts_dir())
    big = synthetic(base, args.facts)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = build_store(big, Path(tmp) / "big.db")
        built = time.perf_counter() - start
        start = time.perf_counter()
        big_store = Store(path)
        opened = time.perf_counter() - start
        big_times = timed(lambda: check(document, big_store), args.repeat)
        size = path.stat().st_size / 1e6
        same = [c.verdict.status for c in check(document, big_store).claims] == [
            c.verdict.status for c in check(document, store).claims]
    ratio = statistics.median(big_times) / statistics.median(seed_times)
    print(f"seed, synthetic store ({len(big.facts)} facts, {len(big.entities)} entities, "
          f"{size:.0f} MB): build {built:.1f} s, open {opened * 1000:.0f} ms, check median "
          f"{statistics.median(big_times) * 1000:.1f} ms ({ratio:.2f}x the bundled store); "
          f"same verdicts: {same}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
