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
- ``prose-1mb``, ``prose-2mb``, ``prose-5mb``: ordinary prose of 1, 2 and 5 MB, paragraphs
  drawn from the seed's and the corpus's 471 sentences with their figures and years drawn
  again (seeded: the same bytes every run), to see that time and memory grow linearly;
- ``html-1mb``, ``html-5mb``: the same prose as HTML paragraphs (about 1 and 5 MB).

Run: .venv/bin/python benchmarks/bench_hostile.py [--only NAME ...] [--timeout 120]
[--repeat 3] (medians of three runs)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
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


_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a Markdown link: its text is prose
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_NUMBER = re.compile(r"\d+")


def _corpus_sentences() -> tuple[list[str], list[str]]:
    """The prose sentences (six words or more) and the headings of the seed and the corpus's
    text and Markdown articles, markup taken out: 471 sentences and their headings."""
    sentences: dict[str, None] = {}
    headings: dict[str, None] = {}
    for path in [SEED, *sorted(CORPUS.glob("*.txt")), *sorted(CORPUS.glob("*.md"))]:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            lead = paragraph.lstrip()[:1]
            if paragraph.lstrip().startswith("## "):
                headings[" ".join(paragraph.split()[1:])] = None
            if lead in ("#", "|", "-", ">", "<", "`", "*", "!", "[") or "---" in paragraph:
                continue
            flat = " ".join(_MARKUP.sub(r"\1", paragraph).replace("*", "").split())
            for sentence in _SENTENCE_END.split(flat):
                if len(sentence.split()) >= 6 and sentence[-1] in ".!?\"”":
                    sentences[sentence] = None
    return list(sentences), list(headings)


def _vary(sentence: str, rng: random.Random) -> str:
    """The sentence with every number drawn again: a year stays a year of the last three
    decades, a day of the month a day, any other number keeps its count of digits."""
    def number(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(1995, 2025))
        if len(digits) <= 2:
            return str(rng.randint(1, 28))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))
    return _NUMBER.sub(number, sentence)


def prose(limit: int, seed: int = 10) -> str:
    """Under ``limit`` bytes of ordinary prose, the same for the same arguments: paragraphs of
    three to six sentences drawn from the corpus with their figures and years drawn again, a
    dateline first and a heading every eight paragraphs or so."""
    rng = random.Random(seed)
    sentences, headings = _corpus_sentences()
    out = ["03/25 2025", ""]
    size = len("\n".join(out).encode("utf-8"))
    while True:
        if rng.random() < 0.12:
            paragraph = rng.choice(headings)
        else:
            paragraph = " ".join(_vary(rng.choice(sentences), rng)
                                 for _ in range(rng.randint(3, 6)))
        cost = len(paragraph.encode("utf-8")) + 2
        if size + cost > limit:
            return "\n".join(out) + "\n"
        out += [paragraph, ""]
        size += cost


def _html(text: str) -> str:
    """The same prose as an HTML page: a paragraph element per paragraph."""
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>\n" for p in text.split("\n\n") if p.strip())
    return f"<!doctype html><html><head><title>Prose</title></head><body>\n{body}</body></html>\n"


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "sentences": ("sentences.txt", lambda: "a. " * 13_000 + "\n"),
    "digits": ("digits.txt", lambda: "Acme earned $" + "9" * 10_000 + " in 2024.\n"),
    "backticks": ("backticks.md", lambda: "`" * 100_000 + "\n"),
    "yaml-bomb": ("bomb.md", lambda: YAML_BOMB),
    "honorifics": ("honorifics.txt", lambda: "Mr. " * 20_000 + "\n"),
    "prose-1mb": ("prose-1mb.txt", lambda: prose(FIVE_MB // 5)),
    "prose-2mb": ("prose-2mb.txt", lambda: prose(FIVE_MB * 2 // 5)),
    "prose-5mb": ("prose-5mb.txt", lambda: prose(FIVE_MB)),
    "html-1mb": ("prose-1mb.html", lambda: _html(prose(FIVE_MB // 5 - 100_000))),
    "html-5mb": ("prose-5mb.html", lambda: _html(prose(FIVE_MB - 500_000))),
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
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per case; the medians are reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only:
            filename, make = CASES[name]
            path = Path(tmp) / filename
            path.write_text(make(), encoding="utf-8")
            runs = [run(path, args.timeout, args.format) for _ in range(max(1, args.repeat))]
            seconds, cpu, peak = (statistics.median(r[i] for r in runs) for i in range(3))
            code, last = runs[-1][3], runs[-1][4]
            outcome = "timeout" if code is None else f"exit {code}"
            print(f"{name:11} {path.stat().st_size:>10,} bytes  {seconds:7.2f} s "
                  f"(cpu {cpu:6.2f} s)  {peak:6.0f} MB  {outcome}  {last}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
