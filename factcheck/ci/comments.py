"""Ignore comments in an article: accepting findings on purpose, where they stand.

Owns: reading ``<!-- factcheck: ... -->`` comments from an article's original text and
marking the findings they accept, and telling which comments accepted nothing. Must not:
run the pipeline or know the baseline (``suppress`` does).

The forms, each with an optional scope in brackets (statuses or rule codes, comma
separated) and an optional reason after a colon:

- ``ignore[contradicted]: reason`` accepts the findings on its own line, or, standing alone on
  its line, on the next line that is not blank;
- ``ignore-file: reason`` accepts every finding of the file;
- ``off`` ... ``on`` accepts every finding that starts between the two (``off`` alone: to the
  end of the file).

The scope may also follow the word unbracketed (``ignore imprecise: reason``): leading words
that are statuses or rule codes are the scope, never the reason, so ``ignore imprecise``
never accepts a contradicted claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Status
from ..rules.codes import code_selected, is_code
from .findings import Finding, Suppressed

_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*(ignore-file|ignore|off|on)"
                      r"(?=[\s:\[]|-->)(?:\[([^\]]*)\])?(.*?)-->", re.DOTALL | re.IGNORECASE)
_STATUSES = frozenset(s.value for s in Status)


@dataclass(frozen=True)
class IgnoreComment:
    start: int  # offsets of the comment in the file
    end: int
    kind: str  # "ignore", "ignore-file", "off" or "on"
    scope: tuple[str, ...]  # statuses and rule codes; empty: every finding
    reason: str | None
    line: int  # where the comment starts, from 1
    column: int
    target_line: int  # the line whose findings an "ignore" accepts

    @property
    def whole_file(self) -> bool:
        return self.kind == "ignore-file"

    @property
    def directive(self) -> str:
        """The comment as a reader would write it: ``ignore[contradicted]``."""
        return self.kind + (f"[{','.join(self.scope)}]" if self.scope else "")

    def covers(self, finding: Finding) -> bool:
        """Is the finding's status or rule code in this comment's scope?"""
        return not self.scope or any(
            word == finding.status.value if word in _STATUSES else
            code_selected(finding.rule, word) for word in self.scope)


def ignore_comments(text: str) -> tuple[IgnoreComment, ...]:
    """Every ``factcheck:`` comment in an article's original text, in order."""
    found = []
    for m in _COMMENT.finditer(text):
        words = [w for w in re.split(r"[\s,]+", m.group(2) or "") if w]
        rest = re.sub(r"\s+", " ", m.group(3)).strip()
        if m.group(2) is None:
            words, rest = _leading_scope(rest)
        reason = rest.lstrip(":-\u2013\u2014 ").strip() or None
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        found.append(IgnoreComment(m.start(), m.end(), m.group(1).lower(),
                                   tuple(w if is_code(w) and w.lower() not in _STATUSES
                                         else w.lower() for w in words),
                                   reason, line, column, _target_line(text, m.start(),
                                                                      m.end())))
    return tuple(found)


def _leading_scope(rest: str) -> tuple[list[str], str]:
    """"imprecise, outdated: kept as published" -> the scope words and the reason."""
    scope: list[str] = []
    m = re.match(r"[\s,]*([A-Za-z][\w-]*)", rest)
    while m and (m.group(1).lower() in _STATUSES or is_code(m.group(1))):
        scope.append(m.group(1))
        rest = rest[m.end():]
        m = re.match(r"[\s,]*([A-Za-z][\w-]*)", rest)
    return scope, rest


def _target_line(text: str, start: int, end: int) -> int:
    """The comment's own line, or the next non-blank one when it stands alone on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    end_line = text.count("\n", 0, end) + 1
    if text[line_start:start].strip() or text[end:line_end].strip():
        return end_line
    following = text[line_end:]
    skipped = len(following) - len(following.lstrip("\n \t\r"))
    return end_line + following[:skipped].count("\n")


def apply_comments(findings: Sequence[Finding], comments: Sequence[IgnoreComment]
                   ) -> tuple[tuple[Finding, ...], tuple[IgnoreComment, ...]]:
    """The findings with those the comments accept marked, and the comments that accepted
    nothing (``on`` is never unused)."""
    regions = _off_regions(comments)
    # the narrowest comment that reaches a finding is the one that accepts it
    ordered = sorted(comments, key=lambda c: ("ignore", "off", "ignore-file", "on").index(
        c.kind))
    used: set[int] = set()
    out = []
    for f in findings:
        accepting = None if not f.active else next(
            (c for c in ordered if c.covers(f) and _reaches(c, f, regions.get(c.start))),
            None)
        if accepting is None:
            out.append(f)
            continue
        used.add(accepting.start)
        out.append(f.suppress(Suppressed.COMMENT, accepting.reason))
    unused = tuple(c for c in comments if c.kind != "on" and c.start not in used)
    return tuple(out), unused


def _reaches(comment: IgnoreComment, finding: Finding, region_end: int | None) -> bool:
    if comment.kind == "ignore-file":
        return True
    if comment.kind == "ignore":
        return finding.line == comment.target_line
    if comment.kind == "off" and region_end is not None:
        return comment.end <= finding.start < region_end
    return False


def _off_regions(comments: Sequence[IgnoreComment]) -> dict[int, int]:
    """Each ``off`` comment's start -> where its region ends (the next ``on``, or the end)."""
    regions: dict[int, int] = {}
    for i, comment in enumerate(comments):
        if comment.kind == "off":
            closing = next((c for c in comments[i + 1:] if c.kind == "on"), None)
            regions[comment.start] = closing.start if closing else 2 ** 62
    return regions
