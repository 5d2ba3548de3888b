"""Accepting a finding on purpose: ignore comments in the article, and the baseline file.

Owns: reading ``<!-- factcheck: ignore [reason] -->`` (the next claim after the comment) and
``<!-- factcheck: ignore-file [reason] -->`` (every claim of the file) from an article's text;
the baseline file (JSON: one entry per finding, keyed by path, claim id and status, with the
claim's words for people reading it), loading it, applying it and writing its new text.
Suppressed findings are marked, never dropped: every format counts them.
Must not: run the pipeline or write files (the command line writes the baseline atomically).

A claim id comes from the claim's words, so a baseline entry survives lines moving around it,
and a claim whose text changes is new again. A changed status is new as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ConfigError
from ..model import Claim
from .discover import absolute
from .findings import ArticleResult, Finding, Suppressed

BASELINE_VERSION = 1
_IGNORE = re.compile(r"<!--\s*factcheck\s*:\s*(ignore-file|ignore)(?=[\s:]|-->)(.*?)-->",
                     re.DOTALL | re.IGNORECASE)


# --- ignore comments -----------------------------------------------------------------------

@dataclass(frozen=True)
class IgnoreComment:
    start: int  # offsets of the comment in the file
    end: int
    whole_file: bool
    reason: str | None


def ignore_comments(text: str) -> tuple[IgnoreComment, ...]:
    """Every ``factcheck: ignore`` / ``ignore-file`` comment in an article's original text."""
    found = []
    for m in _IGNORE.finditer(text):
        reason = re.sub(r"\s+", " ", m.group(2)).strip().lstrip(":-\u2013\u2014 ").strip()
        found.append(IgnoreComment(m.start(), m.end(), m.group(1).lower() == "ignore-file",
                                   reason or None))
    return tuple(found)


def apply_comments(findings: Sequence[Finding], claims: Sequence[Claim],
                   comments: Sequence[IgnoreComment]) -> tuple[Finding, ...]:
    """Mark the findings that an ignore comment accepts: the first claim that starts after an
    ``ignore`` comment, or every claim of a file with an ``ignore-file`` comment."""
    if not comments:
        return tuple(findings)
    whole = next((c for c in comments if c.whole_file), None)
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end))
    targets: dict[str, str | None] = {}
    for comment in comments:
        if comment.whole_file:
            continue
        following = next((c for c in ordered if c.span.start >= comment.end), None)
        if following is not None:
            targets.setdefault(following.id, comment.reason)
    out = []
    for f in findings:
        if not f.active:
            out.append(f)
        elif f.claim_id in targets:
            out.append(f.suppress(Suppressed.COMMENT, targets[f.claim_id]))
        elif whole is not None:
            out.append(f.suppress(Suppressed.COMMENT, whole.reason))
        else:
            out.append(f)
    return tuple(out)


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
    known = {entry.key for entry in baseline.entries}
    used: set[tuple[str, str, str]] = set()
    out = []
    for article in articles:
        findings = []
        for f in article.findings:
            key = baseline.keyed(f, cwd).key
            if f.active and key in known:
                used.add(key)
                f = f.suppress(Suppressed.BASELINE)
            findings.append(f)
        out.append(replace(article, findings=tuple(findings)))
    checked = {baseline.relative(a.path, cwd) for a in articles if a.error is None}
    stale = sum(1 for e in baseline.entries if e.path in checked and e.key not in used)
    return tuple(out), stale


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
