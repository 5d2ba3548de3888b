"""Benchmark (not a test): instructions executed, counted by valgrind's cachegrind.

CPU time on a shared machine moves by a tenth from run to run; the number of instructions a
workload executes moves by a thousandth, so a change of 1% is seen in one run. Each workload
runs in a fresh ``python`` under ``valgrind --tool=cachegrind --cache-sim=no`` (some fifty
times slower than without) with ``PYTHONHASHSEED=0`` (set and dict orders, and so the work,
the same every run), and its ``I refs`` is read from valgrind's summary:

- ``seed``: the seed checked in-process against the bundled store, warm (the store open, its
  patterns compiled, one check done): the instructions of ``N + 1`` checks less those of
  one, divided by ``N`` (``--count``): the steady cost of checking the seed once;
- ``first``: the seed's first check in a fresh process, less a process that only opened the
  store and read the seed: what a library user's first check costs (patterns compiled,
  every text cache cold);
- ``first-text``: the seed's first check after a warm-up check of another article (a
  corpus article), less the warm-up alone: the patterns compiled, the text caches cold, as
  a long-running process meets a new article;
- ``prose``: ``--prose`` bytes of ordinary prose (``bench_hostile.prose``: the seed's and the
  corpus's sentences, figures drawn again), checked once after a warm-up check of the seed,
  less the warm-up alone: what a long article costs a process already warm, per KB and per
  claim;
- ``check-cold`` and ``check-warm``: the whole ``factcheck check SEED`` command, from
  bytecode, with an empty cache (patterns compiled, the store built) and with the cache of
  an earlier run;
- ``ci``: ``factcheck ci -q`` over ``--ci`` articles of ``bench_ci.py``, the cache warm; per
  article, less ``check-warm`` as the start-up.

``--root DIR`` measures the code of another tree (an export of a commit: ``git archive
COMMIT | tar -x -C DIR``): it comes first on ``PYTHONPATH`` and is the working directory, so
two versions are compared on the same interpreter and store. ``--json FILE`` writes the
counts; ``--base FILE`` prints each next to that file's and the change in per cent.

Run: .venv/bin/python benchmarks/bench_instructions.py [--only seed first prose ...] [--count 3]
     [--prose 50000] [--ci 40] [--root DIR] [--json FILE] [--base FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
WORKLOADS = ("seed", "first", "first-text", "prose", "check-cold", "check-warm", "ci")
# the corpus article a ``first-text`` process checks before the seed
OTHER = Path("tests") / "corpus" / "articles" / "b-nvidia-q4-results.txt"


def instructions(command: list[str], root: Path, env: dict[str, str] | None = None) -> int:
    """The instructions ``command`` executes under cachegrind, run in ``root``."""
    environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(root), **(env or {})}
    done = subprocess.run([*VALGRIND, *command], cwd=root, env=environment,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = _REFS.findall(done.stderr)
    if done.returncode not in (0, 1) or not found:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n"
                         f"{done.stderr[-2000:]}")
    return int(found[-1].replace(",", ""))


def _seed(root: Path) -> Path:
    return next((root / "seeds").glob("*.txt"))


def in_process(root: Path, step: str, *args: str) -> int:
    return instructions([sys.executable, str(HERE / "bench_instructions.py"), "--step", step,
                         *args], root)


def measure(workloads: list[str], root: Path, count: int, prose: int, ci: int,
            work: Path) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    seed = str(_seed(root))
    # once without valgrind: the store built and the bytecode written before anything counts
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "factcheck")],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, str(HERE / "bench_instructions.py"), "--step", "seed", seed,
                    "0"], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, check=True)
    if "seed" in workloads:
        once, more = (in_process(root, "seed", seed, str(n)) for n in (0, count))
        out["seed"] = {"per_check": (more - once) / count, "total": more}
    if "first" in workloads:
        opened, checked = (in_process(root, "first", seed, str(n)) for n in (0, 1))
        out["first"] = {"per_check": checked - opened}
    if "first-text" in workloads:
        other = str(root / OTHER)
        warm, checked = (in_process(root, "prose", other, seed, str(n)) for n in (0, 1))
        out["first-text"] = {"per_check": checked - warm}
    if "prose" in workloads:
        sys.path.insert(0, str(HERE))
        from bench_hostile import prose as make_prose

        article = work / "prose.txt"
        article.write_text(make_prose(prose), encoding="utf-8")
        warm, checked = (in_process(root, "prose", seed, str(article), str(n)) for n in (0, 1))
        claims = int(subprocess.run(
            [sys.executable, str(HERE / "bench_instructions.py"), "--step", "claims",
             str(article)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
            check=True, capture_output=True, text=True).stdout)
        out["prose"] = {"per_check": checked - warm, "bytes": article.stat().st_size,
                        "claims": claims,
                        "per_kb": (checked - warm) / (article.stat().st_size / 1000),
                        "per_claim": (checked - warm) / claims}
    cli = [sys.executable, "-m", "factcheck"]
    cache = work / "cache-warm"
    needs_cache = {"check-warm", "ci"} & set(workloads)
    if needs_cache:
        subprocess.run([*cli, "check", seed], cwd=root, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(root),
                            "FACTCHECK_CACHE_DIR": str(cache)})
    warm_env = {"FACTCHECK_CACHE_DIR": str(cache)}
    if "check-cold" in workloads:
        cold = Path(tempfile.mkdtemp(prefix="cold-", dir=work))
        out["check-cold"] = {"total": instructions([*cli, "check", seed], root,
                                                   {"FACTCHECK_CACHE_DIR": str(cold)})}
    if needs_cache:
        out["check-warm"] = {"total": instructions([*cli, "check", seed], root, warm_env)}
    if "ci" in workloads:
        from bench_ci import write_articles

        folder = work / f"ci-{ci}"
        if not folder.exists():
            write_articles(folder, ci)
        total = instructions([*cli, "ci", "-q", str(folder)], root, warm_env)
        out["ci"] = {"total": total,
                     "per_article": (total - out["check-warm"]["total"]) / ci}
    return out


def step(name: str, args: list[str]) -> None:
    """One workload in-process (the child valgrind runs)."""
    from factcheck.pipeline import check
    from factcheck.read.documents import load_document
    from factcheck.store.store import open_store

    store = open_store()
    if name == "claims":  # not counted: how many claims the article has
        print(len(check(load_document(args[0]), store).claims))
        return
    seed = load_document(args[0])
    if name == "first":
        if int(args[1]):
            check(seed, store)
        return
    check(seed, store)  # the warm-up: store open, patterns compiled
    if name == "seed":
        for _ in range(int(args[1])):
            check(seed, store)
    else:
        article = load_document(args[1])  # read in both runs: the check is what differs
        for _ in range(int(args[2])):
            check(article, store)


def show(counts: dict[str, dict[str, float]], base: dict[str, dict[str, float]]) -> None:
    print(f"{'workload':12} {'measure':12} {'instructions':>16} {'base':>16} {'change':>8}")
    for workload, values in counts.items():
        for measure_name, value in values.items():
            if measure_name in ("bytes", "claims"):
                continue
            before = base.get(workload, {}).get(measure_name)
            change = f"{(value - before) / before * 100:+7.2f}%" if before else ""
            print(f"{workload:12} {measure_name:12} {value:16,.0f} "
                  f"{f'{before:,.0f}' if before else '':>16} {change:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=WORKLOADS, default=list(WORKLOADS))
    parser.add_argument("--count", type=int, default=3, help="seed checks counted")
    parser.add_argument("--prose", type=int, default=50_000, help="bytes of prose")
    parser.add_argument("--ci", type=int, default=40, help="articles for factcheck ci")
    parser.add_argument("--root", default=str(HERE.parent), help="the tree to measure")
    parser.add_argument("--json", help="where to write the counts")
    parser.add_argument("--base", help="counts of an earlier run (--json) to compare with")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.step:
        step(args.step, rest)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="factcheck-instructions-") as work:
        counts = measure(args.only, Path(args.root).resolve(), args.count, args.prose,
                         args.ci, Path(work))
    base = json.loads(Path(args.base).read_text(encoding="utf-8")) if args.base else {}
    show(counts, base)
    print(f"({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(counts, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
