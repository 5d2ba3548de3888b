"""Rule codes: every verdict names a code the list describes, and selectors match families."""

from __future__ import annotations

from pathlib import Path

from factcheck.pipeline import check
from factcheck.read.documents import load_document
from factcheck.rules.codes import CODES, code_selected, is_code
from factcheck.store.store import open_store

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"


def test_every_code_the_seed_gets_is_described() -> None:
    report = check(load_document(str(SEED)), open_store(None))
    used = {c.verdict.rule for c in report.claims}
    assert used <= set(CODES) and {"NUM", "OPN", "REV"} <= used


def test_a_selector_names_a_code_or_its_family() -> None:
    assert code_selected("NUM", "num") and code_selected("TMP-x", "TMP")
    assert not code_selected("NUMBER", "NUM") and not code_selected("NUM", "NUM-2")
    assert is_code("tmp") and not is_code("contradicted")


def test_every_code_is_in_the_readme_rule_table() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for code, rule in CODES.items():
        assert f"| `{code}` | {rule.name} |" in readme, code
