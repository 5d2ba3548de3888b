"""Benchmark (not a test): ``factcheck ci`` on 200 articles with 1 and 2 workers.

Writes 200 articles into a temporary folder -- 50 variants of the seed article (its lines in
a shuffled order under a different dateline, as .txt and .md) and 150 small synthetic ones
(3 to 8 sentences drawn from the seed, as Markdown with front matter, HTML and text) -- then
times the whole command in a fresh process, as CI runs it, against the bundled store (built
once into a temporary cache before timing). Reports the median of ``--repeat`` runs.

Prints wall time, CPU time (articles per CPU second: the per-core throughput) and the peak
memory of the largest process (flat memory: the same peak at 200 and 2,000 articles).

Run: .venv/bin/python benchmarks/bench_ci.py [--articles 200] [--repeat 3] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
# As the command runs: through main(), which keeps compiled patterns and methods.
COMMAND = [sys.executable, "-m", "factcheck", "ci"]


def write_articles(folder: Path, count: int, seed: int = 11) -> dict[str, int]:
    rng = random.Random(seed)
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines()[3:]
             if len(line.split()) > 12]
    kinds = {"seed variant": 0, "markdown": 0, "html": 0, "text": 0}
    variants = count // 4
    for i in range(count):
        if i < variants:
            body = lines[:]
            rng.shuffle(body)
            dateline = f"03/{1 + i % 28:02d} 2025"
            text = f"{dateline}\nThe battle of AI titans, take {i}\n" + "\n".join(body) + "\n"
            name = f"seed/variant-{i:03d}.{'md' if i % 2 else 'txt'}"
            if i % 2:
                text = f"---\ntitle: Take {i}\ndate: 2025-03-{1 + i % 28:02d}\n---\n\n" + \
                    "\n\n".join(body) + "\n"
            kinds["seed variant"] += 1
        else:
            picked = rng.sample(lines, rng.randint(3, 8))
            kind = ("markdown", "html", "text")[i % 3]
            if kind == "markdown":
                name = f"small/article-{i:03d}.md"
                text = f"---\ntitle: Short {i}\ndate: 2025-03-25\n---\n\n" + \
                    "\n\n".join(picked) + "\n"
            elif kind == "html":
                name = f"small/article-{i:03d}.html"
                paragraphs = "".join(f"<p>{p}</p>\n" for p in picked)
                text = ("<!doctype html><html><head><title>Short</title><meta property="
                        "\"article:published_time\" content=\"2025-03-25\"></head><body>"
                        f"<article>\n{paragraphs}</article></body></html>\n")
            else:
                name = f"small/article-{i:03d}.txt"
                text = "03/25 2025\n" + "\n".join(picked) + "\n"
            kinds[kind] += 1
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return kinds


def run(folder: Path, workers: int, env: dict[str, str]) -> tuple[float, float, float, int,
                                                                   str]:
    """Wall seconds, CPU seconds (the command with its workers), peak MB of its largest
    process, exit code and summary line of one ``ci`` run."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen([*COMMAND, "--workers", str(workers), "articles"], cwd=folder,
                                 env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert child.stdout is not None
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read()
    elapsed = time.perf_counter() - start
    summary = out.strip().splitlines()[-1] if out.strip() else err
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, \
        child.returncode, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "site"
        kinds = write_articles(folder / "articles", args.articles)
        env = {**os.environ, "FACTCHECK_CACHE_DIR": str(Path(tmp) / "cache"),
               "PYTHONPATH": str(ROOT)}
        cold, _, _, code, summary = run(folder, 1, env)  # builds the bundled store into the cache
        size = sum(p.stat().st_size for p in (folder / "articles").rglob("*") if p.is_file())
        print(f"{args.articles} articles ({', '.join(f'{n} {k}' for k, n in kinds.items())}; "
              f"{size / 1e6:.1f} MB), cpus: {os.cpu_count()}")
        print(f"first run (store built into an empty cache): {cold:.2f} s, exit {code}")
        print(f"  {summary}")
        base = None
        for workers in args.workers:
            times, cpus, peaks = [], [], []
            for _ in range(args.repeat):
                elapsed, cpu, peak, code, summary = run(folder, workers, env)
                times.append(elapsed)
                cpus.append(cpu)
                peaks.append(peak)
            median, cpu = statistics.median(times), statistics.median(cpus)
            base = base or median
            print(f"workers={workers}: median {median:.2f} s over {args.repeat} runs "
                  f"(min {min(times):.2f}, max {max(times):.2f}; "
                  f"{args.articles / median:.0f} articles/s; {base / median:.2f}x), "
                  f"CPU {cpu:.2f} s ({args.articles / cpu:.0f} articles per CPU second), "
                  f"peak {max(peaks):.0f} MB, exit {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
