"""Benchmark suite (not a test): start-up, the seed, and synthetic stores of growing size.

Every measurement runs in a fresh child process, so its CPU time and peak memory (max RSS,
from ``os.wait4``) are its own:

- ``help``: ``factcheck --help``; ``check-warm``: ``factcheck check SEED`` with the store
  already built and the compiled patterns and dataclass methods of an earlier run kept
  (``factcheck/cli/kept.py``); ``check-cold``: the same with an empty cache (a fresh CI
  runner, which compiles them all and writes them). Both from
  compiled bytecode, as an installed package runs (the package is compiled first).
- ``seed``: the seed checked in-process against the bundled store (median of repeats).
- for each store size (``--sizes 10k,100k``; ``1m`` takes a while): the fact files are
  generated once into ``--work`` (``benchmarks/synth.py``: deterministic, streamed), then
  ``build`` (in-process: the time reading and validating YAML apart from writing SQLite),
  ``rebuild, 1 file changed`` (a copy of that store rebuilt after one value of one fact file
  was edited: only that file is read again),
  the same quantity facts as a JSON Lines table through ``factcheck store import``,
  ``open``, per-claim retrieval (``facts_about`` for a claim's names, ``search`` for a claim
  that names no known entity: the full-text fallback), and whole articles: the seed, a
  fallback article (8 claims about product lines that name no company, each searched
  afresh: ``synth.fallback_article``) and a 5,000-word article about the store's companies.
- ``ci N articles`` (``--ci 200,1000``): ``factcheck ci`` over N articles in a fresh process
  with the cache warm, as a CI job runs it after its first run: the articles of
  ``bench_ci.py`` (a quarter variants of the seed, the rest 3 to 8 of its paragraphs as
  Markdown, HTML and text); articles per CPU second is the per-core throughput, and the peak
  memory at 200 and at 1,000 articles shows whether it stays flat.

Prints a table of medians and writes the figures to a JSON file (``--json``) to compare runs.

Run: .venv/bin/python benchmarks/bench_check.py [--sizes 10k,100k] [--repeat 5]
     [--ci 200,1000] [--ci-repeat 1] [--json bench.json] [--work /tmp/factcheck-bench]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
FACTCHECK = [sys.executable, "-m", "factcheck"]
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

Row = dict[str, Any]


def run_child(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float,
                                                                                float, str]:
    """Wall seconds, CPU seconds, peak MB and stdout of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env={**os.environ, **(env or {})})
    assert child.stdout is not None
    out = child.stdout.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"benchmark step failed ({child.returncode}): {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def row(name: str, walls: list[float], cpus: list[float], peaks: list[float],
        **extra: Any) -> Row:
    return {"name": name, "runs": len(walls), "wall_ms": statistics.median(walls) * 1000,
            "cpu_ms": statistics.median(cpus) * 1000 if cpus else None,
            "peak_mb": max(peaks) if peaks else None, **extra}


def repeated(name: str, command: list[str], repeat: int,
             env_for: Any = None) -> Row:
    walls, cpus, peaks = [], [], []
    for i in range(repeat):
        wall, cpu, peak, _ = run_child(command, env_for(i) if env_for else None)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    return row(name, walls, cpus, peaks)


def startup(repeat: int, work: Path) -> list[Row]:
    # An installed factcheck starts from bytecode (pip compiles it at install time); a
    # source tree run with PYTHONDONTWRITEBYTECODE set (CI, containers) compiles every module
    # again on every start, a tenth of a second no user pays. Timed as installed:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "factcheck")],
                   check=True, stdout=subprocess.DEVNULL)
    warm = work / "cache-warm"
    env = {"FACTCHECK_CACHE_DIR": str(warm)}
    run_child([*FACTCHECK, "check", str(SEED)], env)  # builds the cache once
    cold_dirs = [Path(tempfile.mkdtemp(prefix="cold-", dir=work)) for _ in range(repeat)]
    rows = [
        repeated("help", [*FACTCHECK, "--help"], repeat),
        repeated("check-warm", [*FACTCHECK, "check", str(SEED)], repeat, lambda i: env),
        repeated("check-cold", [*FACTCHECK, "check", str(SEED)], repeat,
                 lambda i: {"FACTCHECK_CACHE_DIR": str(cold_dirs[i])}),
    ]
    return rows


def ci_rows(counts: list[int], repeat: int, work: Path) -> list[Row]:
    """``factcheck ci`` over each number of articles, the cache warm (built first if the
    start-up rows did not)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_ci import write_articles

    env = {"FACTCHECK_CACHE_DIR": str(work / "cache-warm")}
    run_child([*FACTCHECK, "check", str(SEED)], env)  # the store and kept files, once
    rows = []
    for count in counts:
        folder = work / f"ci-{count}"
        if not folder.exists():
            write_articles(folder, count)
        walls, cpus, peaks = [], [], []
        for _ in range(repeat):
            wall, cpu, peak, _ = run_child([*FACTCHECK, "ci", "-q", str(folder)], env)
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak)
        rows.append(row(f"ci {count} articles", walls, cpus, peaks,
                        articles_per_cpu_s=round(count / statistics.median(cpus), 1)))
    return rows


def in_process(db: str | None, size: int, repeat: int, label: str) -> list[Row]:
    command = [sys.executable, __file__, "--step", "query", "--db", db or "",
               "--size", str(size), "--repeat", str(repeat)]
    wall, cpu, peak, out = run_child(command)
    rows = []
    for name, values in json.loads(out).items():
        rows.append(row(f"{label} {name}", values["times"], values.get("cpu", []), [peak],
                        **values.get("extra", {})))
    return rows


def store_rows(size_name: str, repeat: int, work: Path) -> list[Row]:
    sys.path.insert(0, str(Path(__file__).parent))
    import synth

    size = SIZES[size_name]
    folder = work / f"facts-{size_name}"
    start = time.perf_counter()
    synth.write_store(folder, size)
    print(f"  {size_name}: fact files ready in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    db = work / f"store-{size_name}.db"
    db.unlink(missing_ok=True)
    wall, cpu, peak, out = run_child([sys.executable, __file__, "--step", "build", "--db",
                                      str(db), "--facts", str(folder)])
    rows = [row(f"{size_name} build", [wall], [cpu], [peak],
                db_mb=round(db.stat().st_size / 1e6, 1), **json.loads(out))]
    wall, cpu, peak, out = run_child([sys.executable, __file__, "--step", "rebuild", "--db",
                                      str(db), "--facts", str(folder), "--repeat",
                                      str(repeat)])
    times = json.loads(out)
    rows.append(row(f"{size_name} rebuild, 1 file changed", times["wall"], times["cpu"],
                    [peak]))
    entities, table = synth.write_table(work / f"entities-{size_name}",
                                        work / f"table-{size_name}.jsonl", size)
    imported = work / f"import-{size_name}.db"
    imported.unlink(missing_ok=True)
    wall, cpu, peak, out = run_child([*FACTCHECK, "store", "import", str(table), "--facts",
                                      str(entities), "-o", str(imported)])
    rows.append(row(f"{size_name} import (JSON Lines)", [wall], [cpu], [peak],
                    facts=int(out.split(": ")[1].split()[0])))
    imported.unlink()
    return rows + in_process(str(db), size, repeat, size_name)


def build_step(facts: str, db: str) -> dict[str, float]:
    """Build in-process, telling the time spent reading and validating YAML apart."""
    from factcheck.store import build
    from factcheck.store import facts as fact_files

    spent = [0.0]
    parse = fact_files.parse_fact_file

    def timed(path: Path, raw: bytes, *args: Any) -> Any:
        start = time.process_time()
        try:
            return parse(path, raw, *args)
        finally:
            spent[0] += time.process_time() - start

    fact_files.parse_fact_file = timed  # type: ignore[assignment]
    start = time.process_time()
    build.build_store(Path(facts), Path(db))
    total = time.process_time() - start
    return {"yaml_parse_validate_s": round(spent[0], 1),
            "write_s": round(total - spent[0], 1)}


def rebuild_step(facts: str, db: str, repeat: int) -> dict[str, list[float]]:
    """Rebuild a copy of the built store after one fact file changed (a value edited),
    ``repeat`` times; the file is put back as it was."""
    import shutil

    from factcheck.store import build

    files = sorted(Path(facts).glob("*.yaml"))
    edited = files[len(files) // 2]
    original = edited.read_bytes()
    copy = Path(db).with_name("rebuild-" + Path(db).name)
    shutil.copyfile(db, copy)
    walls, cpus = [], []
    try:
        for turn in range(repeat):
            edited.write_bytes(original.replace(b'value: "$', f'value: "${turn + 1}'.encode(),
                                                1))
            start, cpu = time.perf_counter(), time.process_time()
            build.build_store(Path(facts), copy, carry_from=copy)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
    finally:
        edited.write_bytes(original)
        copy.unlink(missing_ok=True)
    return {"wall": walls, "cpu": cpus}


# --- the in-process step (runs in the child) ----------------------------------------------

def _cpu() -> float:
    return time.process_time()


def _measure(fn: Any, repeat: int) -> dict[str, Any]:
    fn()  # warm-up: the first call compiles patterns and fills caches
    times, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _cpu()
        fn()
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return {"times": times, "cpu": cpus}


def query_step(db: str, size: int, repeat: int) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).parent))
    import synth

    from factcheck.pipeline import check
    from factcheck.read.documents import load_document
    from factcheck.store.store import Store, open_store

    out: dict[str, Any] = {}
    start, cpu = time.perf_counter(), _cpu()
    store = Store(Path(db)) if db else open_store()
    out["open"] = {"times": [time.perf_counter() - start], "cpu": [_cpu() - cpu]}

    seed = load_document(str(SEED))
    out["seed"] = _measure(lambda: check(seed, store), repeat)
    out["seed"]["extra"] = {"claims": len(check(seed, store).claims)}
    if not db:
        return out
    fallback_text = synth.fallback_article(size)
    calls: list[str] = []
    search = store.search

    def counted(text: str, limit: int = 20) -> Any:
        calls.append(text)
        return search(text, limit)

    store.search = counted  # type: ignore[method-assign]
    fallback = load_document_text(fallback_text)
    check(fallback, store)
    store.search = search  # type: ignore[method-assign]
    queries = list(dict.fromkeys(calls))

    def searched(asked: list[str]) -> None:
        store._searched.clear()  # every query run, not found among the ones kept
        for query in asked:
            store.search(query)

    out["search per claim"] = _measure(lambda: searched(queries[:1]), repeat)
    out["search per article"] = _measure(lambda: searched(queries), repeat)
    out["search per article"]["extra"] = {"searches": len(queries)}

    def fallback_checked() -> None:
        store._searched.clear()  # a new article's claims: their searches run, none kept
        check(fallback, store)

    out["fallback article"] = _measure(fallback_checked, repeat)
    names = [e for e in list(store.entities.entities)[:50]]

    def about() -> None:
        store._about.clear()  # every name asked for the first time
        store._fact_cache.clear()
        for name in names:
            store.facts_about([name])

    out["facts_about per claim"] = _measure(about, repeat)
    out["facts_about per claim"]["times"] = [t / len(names) for t in
                                              out["facts_about per claim"]["times"]]
    out["facts_about per claim"]["cpu"] = [t / len(names) for t in
                                            out["facts_about per claim"]["cpu"]]
    long = load_document_text(synth.article(size, 5000))
    report = check(long, store)
    out["5000-word article"] = _measure(lambda: check(long, store), max(1, repeat // 2))
    statuses: dict[str, int] = {}
    for claim in report.claims:
        statuses[claim.verdict.status.value] = statuses.get(claim.verdict.status.value, 0) + 1
    out["5000-word article"]["extra"] = {"claims": len(report.claims), "statuses": statuses}
    return out


def load_document_text(text: str) -> Any:
    """The article read as a plain-text file is, so its dateline dates it."""
    from factcheck.read.documents import load_document

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    try:
        return load_document(handle.name)
    finally:
        os.unlink(handle.name)


# --- the driver ---------------------------------------------------------------------------

def print_table(rows: list[Row]) -> None:
    print(f"{'measure':34} {'runs':>4} {'wall ms':>10} {'CPU ms':>10} {'peak MB':>8}  notes")
    for r in rows:
        cpu = f"{r['cpu_ms']:10.2f}" if r["cpu_ms"] is not None else f"{'':10}"
        peak = f"{r['peak_mb']:8.0f}" if r["peak_mb"] is not None else f"{'':8}"
        notes = ", ".join(f"{k}={v}" for k, v in r.items()
                          if k not in ("name", "runs", "wall_ms", "cpu_ms", "peak_mb"))
        print(f"{r['name']:34} {r['runs']:4} {r['wall_ms']:10.2f} {cpu} {peak}  {notes}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k",
                        help="store sizes, comma list of 10k, 100k, 1m ('' for none)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", default="bench.json", help="where to write the figures")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(),
                                                       "factcheck-bench"))
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--ci", default="200,1000",
                        help="numbers of articles to time 'factcheck ci' on ('' for none)")
    parser.add_argument("--ci-repeat", type=int, default=1,
                        help="runs of each ci measure (1,000 articles take about a minute)")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--facts", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step == "query":
        print(json.dumps(query_step(args.db, args.size, args.repeat)))
        return 0
    if args.step == "build":
        print(json.dumps(build_step(args.facts, args.db)))
        return 0
    if args.step == "rebuild":
        print(json.dumps(rebuild_step(args.facts, args.db, args.repeat)))
        return 0

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    if not args.skip_startup:
        rows += startup(args.repeat, work)
    rows += in_process(None, 0, args.repeat * 4, "bundled")
    rows += ci_rows([int(n) for n in args.ci.split(",") if n], args.ci_repeat, work)
    for size_name in [s for s in args.sizes.split(",") if s]:
        rows += store_rows(size_name, args.repeat, work)
    print_table(rows)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    Path(args.json).write_text(json.dumps({
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "commit": commit,
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "rows": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
