"""Ignore comments: scoped by status or rule code, on the claim's line or the line before,
off/on blocks, the whole file, and the comments that accepted nothing."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.ci.comments import apply_comments, ignore_comments
from factcheck.ci.findings import Finding, Level, Suppressed
from factcheck.model import Status


def make(line: int, status: Status = Status.CONTRADICTED, rule: str = "NUM",
         start: int = 0, **kw: Any) -> Finding:
    return Finding(path="a.md", claim_id=f"c{line}{status.value}", status=status,
                   level=Level.ERROR, text="claim", line=line, column=1, end_line=line,
                   end_column=5, start=start, end=start + 4, explanation="why", evidence=(),
                   rule=rule, confidence=0.9, **kw)


def accepted(text: str, findings: list[Finding]) -> list[bool]:
    marked, _ = apply_comments(findings, ignore_comments(text))
    return [f.suppressed is Suppressed.COMMENT for f in marked]


def test_ignore_comments_with_and_without_reasons() -> None:
    text = ("<!-- factcheck: ignore -->\nA.\n<!--factcheck:ignore: quoted from the filing -->\n"
            "<!-- factcheck: ignore-file  legacy\n  article -->\n<!-- factcheck: ignored -->\n"
            "<!-- FactCheck: Ignore   -->")
    found = ignore_comments(text)
    assert [(c.whole_file, c.reason) for c in found] == [
        (False, None), (False, "quoted from the filing"), (True, "legacy article"),
        (False, None)]
    assert text[found[0].start:found[0].end] == "<!-- factcheck: ignore -->"


@pytest.mark.parametrize("comment, scope, reason", [
    ("ignore[contradicted]: quoted as published", ("contradicted",), "quoted as published"),
    ("ignore[Imprecise, TMP]", ("imprecise", "TMP"), None),
    ("ignore imprecise", ("imprecise",), None),
    ("ignore imprecise, outdated: kept", ("imprecise", "outdated"), "kept"),
    ("ignore quoted as published", (), "quoted as published"),
    ("off[opinion]", ("opinion",), None),
])
def test_scopes_and_reasons(comment: str, scope: tuple[str, ...], reason: str | None) -> None:
    (found,) = ignore_comments(f"<!-- factcheck: {comment} -->")
    assert (found.scope, found.reason) == (scope, reason)


def test_an_ignore_for_imprecise_never_accepts_a_contradicted_claim() -> None:
    text = "<!-- factcheck: ignore imprecise -->\nAcme has $9 trillion.\n"
    assert accepted(text, [make(2, Status.CONTRADICTED)]) == [False]
    assert accepted(text, [make(2, Status.IMPRECISE)]) == [True]


def test_a_scope_may_name_a_rule_code_or_its_family() -> None:
    text = "<!-- factcheck: ignore[TMP] -->\nline two\n"
    assert accepted(text, [make(2, rule="TMP"), make(2, rule="NUM")]) == [True, False]


def test_same_line_and_line_before() -> None:
    text = ("Acme grew. <!-- factcheck: ignore -->\n"   # line 1: its own line
            "Acme shrank.\n"                             # line 2: not reached from line 1
            "<!-- factcheck: ignore[contradicted] -->\n"  # line 3: alone, reaches line 5
            "\n"
            "Acme bought Globex.\n")
    assert accepted(text, [make(1), make(2), make(5)]) == [True, False, True]


def test_off_and_on_accept_everything_between() -> None:
    text = "A.\n<!-- factcheck: off -->\nB.\nC.\n<!-- factcheck: on -->\nD.\n"
    starts = [text.index(x) for x in "ABCD"]
    findings = [make(n + 1, start=s) for n, s in enumerate(starts)]
    assert accepted(text, findings) == [False, True, True, False]


def test_unused_comments_are_returned() -> None:
    text = ("<!-- factcheck: ignore[imprecise] -->\nAcme.\n<!-- factcheck: ignore -->\n"
            "Globex.\n<!-- factcheck: off -->\n<!-- factcheck: on -->\n")
    _, unused = apply_comments([make(2), make(4)], ignore_comments(text))
    assert [(c.line, c.directive) for c in unused] == [(1, "ignore[imprecise]"), (5, "off")]


def test_the_narrowest_comment_is_the_one_used() -> None:
    text = "<!-- factcheck: ignore-file -->\n<!-- factcheck: ignore -->\nAcme.\n"
    _, unused = apply_comments([make(3)], ignore_comments(text))
    assert [c.directive for c in unused] == ["ignore-file"]
