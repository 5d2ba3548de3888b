"""Benchmark (not a test): ``factcheck check`` on hostile inputs and on a 5 MB article.

Each case is written into a temporary folder and checked by ``factcheck check --format json``
(``--format`` picks another) in a fresh process (its address space capped at 2 GB), as a
user runs it; the script reports the wall time, the CPU time, the peak memory (max RSS) and
the exit status. The targets (issue 10): every pathological input ends in under 5 s, and
5 MB of ordinary prose in under 30 s and 500 MB on a 2-core machine.

- ``sentences``: 13,000 ``a. `` on one line (the sentence splitter);
- ``digits``: a 10,000-digit figure in a sentence (the figure patterns);
- ``backticks``: 100,000 backticks on one line of Markdown (inline code);
- ``yaml-bomb``: a 412-byte alias bomb in Markdown front matter (exit 2 expected);
- ``honorifics``: 20,000 ``Mr. `` in one paragraph (the splitter's abbreviation rules);
- ``prose-5mb``: the seed and the corpus articles' text repeated to just under 5 MB.

Run: .venv/bin/python benchmarks/bench_hostile.py [--only NAME ...] [--timeout 120]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
CORPUS = ROOT / "tests" / "corpus" / "articles"
FIVE_MB = 5_000_000
MEMORY_CAP = 2 << 30  # bytes of address space per case: a runaway case fails, not the machine

# Nine levels of nine aliases: 9**9 (387 million) strings once expanded.
YAML_BOMB = "---\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
) + "title: *i\n---\nAcme earned $5 billion in 2024.\n"


def _prose(limit: int) -> str:
    paragraphs: list[str] = []
    for path in [SEED, *sorted(CORPUS.glob("*.txt"))]:
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")
                       if p.strip()]
    out: list[str] = []
    size = 0
    while True:
        for paragraph in paragraphs:
            if size + len(paragraph) + 2 > limit:
                return "\n\n".join(out) + "\n"
            out.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "sentences": ("sentences.txt", lambda: "a. " * 13_000 + "\n"),
    "digits": ("digits.txt", lambda: "Acme earned $" + "9" * 10_000 + " in 2024.\n"),
    "backticks": ("backticks.md", lambda: "`" * 100_000 + "\n"),
    "yaml-bomb": ("bomb.md", lambda: YAML_BOMB),
    "honorifics": ("honorifics.txt", lambda: "Mr. " * 20_000 + "\n"),
    "prose-5mb": ("prose.txt", lambda: _prose(FIVE_MB - 1000)),
}


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run(path: Path, timeout: float, fmt: str = "json"
        ) -> tuple[float, float, float, int | None, str]:
    """(wall seconds, CPU seconds, peak MB, exit status or None on timeout, last line of
    stderr). CPU time (user + system) is the steadier figure on a shared machine."""
    command = [sys.executable, "-m", "factcheck", "check", str(path), "--format", fmt]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err,
                                   preexec_fn=_cap_memory)
        timed_out = False
        # wait4 reaps the child and gives its own resource usage (peak memory in KB on Linux);
        # Popen.wait would reap it first and lose that.
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                timed_out = True
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        process.returncode = 0  # reaped above: Popen must not wait for it again
        elapsed = time.perf_counter() - start
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024, None if timed_out else code, (
        lines[-1][:100] if lines else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=list(CASES), default=list(CASES))
    parser.add_argument("--format", default="json", choices=["json", "terminal", "markdown"],
                        help="the report format asked of check (the JSON report is the largest)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before a case is stopped and reported as a timeout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            filename, make = CASES[name]
            path = Path(tmp) / filename
            path.write_text(make(), encoding="utf-8")
            seconds, cpu, peak, code, last = run(path, args.timeout, args.format)
            outcome = "timeout" if code is None else f"exit {code}"
            print(f"{name:11} {path.stat().st_size:>10,} bytes  {seconds:7.2f} s "
                  f"(cpu {cpu:6.2f} s)  {peak:6.0f} MB  {outcome}  {last}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
