"""Accepting a finding on purpose: the baseline file (ignore comments are ``comments``).

Owns: the baseline file (JSON: one entry per finding, keyed by path, claim id and status, with the
claim's words for people reading it), loading it, applying it and writing its new text.
Suppressed findings are marked, never dropped: every format counts them.
Must not: run the pipeline or write files (the command line writes the baseline atomically).

A claim id comes from the claim's words, so a baseline entry survives lines moving around it,
and a claim whose text changes is new again. A changed status is new as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ConfigError
from .discover import absolute
from .findings import ArticleResult, Finding, Suppressed

BASELINE_VERSION = 1


# --- the baseline --------------------------------------------------------------------------

@dataclass(frozen=True)
class BaselineEntry:
    path: str  # relative to the baseline file's folder, with "/"
    claim: str
    status: str
    text: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.claim, self.status)


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: tuple[BaselineEntry, ...] = ()

    def keyed(self, finding: Finding, cwd: Path | None = None) -> BaselineEntry:
        """The entry that would record ``finding``."""
        return BaselineEntry(self.relative(finding.path, cwd), finding.claim_id,
                             finding.status.value, finding.text)

    def relative(self, path: str, cwd: Path | None = None) -> str:
        base = absolute(self.path).parent
        full = absolute(Path(path), cwd)
        try:
            return full.relative_to(base).as_posix()
        except ValueError:
            return full.as_posix()


def load_baseline(path: Path) -> Baseline:
    """The baseline at ``path``; an absent file is an empty baseline."""
    if not path.exists():
        return Baseline(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline is not valid JSON: {exc.msg}", path=str(path),
                          line=exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the baseline: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError("baseline must be an object with a 'findings' list", path=str(path),
                          key="findings")
    if data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"baseline version {data.get('version')!r} is not "
                          f"{BASELINE_VERSION}; run --update-baseline", path=str(path),
                          key="version")
    entries = []
    for number, item in enumerate(data["findings"]):
        if not isinstance(item, dict):
            raise ConfigError(f"findings[{number}] must be an object", path=str(path),
                              key="findings")
        for field in ("path", "claim", "status"):
            if not isinstance(item.get(field), str) or not item[field]:
                raise ConfigError(f"findings[{number}]: '{field}' must be a string",
                                  path=str(path), key=field)
        entries.append(BaselineEntry(item["path"], item["claim"], item["status"],
                                     str(item.get("text", ""))))
    return Baseline(path, tuple(entries))


def apply_baseline(articles: Sequence[ArticleResult], baseline: Baseline,
                   cwd: Path | None = None) -> tuple[tuple[ArticleResult, ...], int]:
    """The articles with baseline findings marked, and how many entries about the checked
    files matched nothing (fixed claims, or claims whose words or status changed)."""
    used: set[tuple[str, str, str]] = set()
    out = []
    for article in articles:
        marked, keys = mark_baseline(article, baseline, cwd)
        used |= keys
        out.append(marked)
    return tuple(out), stale_entries(baseline, out, used, cwd)


def mark_baseline(article: ArticleResult, baseline: Baseline, cwd: Path | None = None
                  ) -> tuple[ArticleResult, set[tuple[str, str, str]]]:
    """One article with its baseline findings marked, and the baseline keys it used."""
    known = {entry.key for entry in baseline.entries}
    used: set[tuple[str, str, str]] = set()
    findings = []
    for f in article.findings:
        # no baseline entries (most runs): no path to resolve for each finding
        key = baseline.keyed(f, cwd).key if known and f.active else None
        if key in known:
            used.add(key)
            f = f.suppress(Suppressed.BASELINE)
        findings.append(f)
    return replace(article, findings=tuple(findings)), used


def stale_entries(baseline: Baseline, articles: Sequence[ArticleResult],
                  used: set[tuple[str, str, str]], cwd: Path | None = None) -> int:
    """Baseline entries about the checked files that matched nothing."""
    if not baseline.entries:
        return 0
    checked = {baseline.relative(a.path, cwd) for a in articles if a.error is None}
    return sum(1 for e in baseline.entries if e.path in checked and e.key not in used)


def updated_baseline(baseline: Baseline, articles: Iterable[ArticleResult],
                     cwd: Path | None = None) -> Baseline:
    """Today's findings (those no ignore comment accepts) for the checked files, plus the old
    entries of files this run did not check (so ``--changed-since`` keeps the rest)."""
    articles = list(articles)
    checked = {baseline.relative(a.path, cwd) for a in articles if a.error is None}
    kept = [e for e in baseline.entries if e.path not in checked]
    new = [baseline.keyed(f, cwd) for a in articles if a.error is None for f in a.findings
           if f.suppressed is not Suppressed.COMMENT]
    unique = {e.key: e for e in (*kept, *new)}
    return Baseline(baseline.path, tuple(unique[k] for k in sorted(unique)))


def baseline_text(baseline: Baseline) -> str:
    """The baseline file's JSON: sorted, one entry per finding, stable across runs."""
    data = {"version": BASELINE_VERSION,
            "findings": [{"path": e.path, "claim": e.claim, "status": e.status,
                          "text": e.text} for e in sorted(baseline.entries,
                                                           key=lambda e: e.key)]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
