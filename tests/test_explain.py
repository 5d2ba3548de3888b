"""`factcheck explain`: what one sentence's claims read, the facts looked at, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from factcheck.cli.cli import cli
from factcheck.language.extract import extract_claims
from factcheck.read.documents import read_text
from factcheck.rules.trace import considered, passed_over

FACTS = str(Path(__file__).parent / "fixtures" / "facts")


def claims(store: Any, text: str) -> list[Any]:
    return extract_claims(read_text(text, "a.txt"), store.entities)


def test_explain_lists_what_was_read_and_why_each_fact_was_passed_over() -> None:
    result = CliRunner().invoke(cli, ["explain", "Acme Corp bought Globex for $5 billion.",
                                      "--store", FACTS, "--date", "2025-03-01"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    out = result.output
    assert "claim 1: Acme Corp bought Globex for $5 billion" in out
    assert "figures:   $5B" in out
    assert "acme-globex: candidate" in out
    assert "acme-aum-2024: passed over: none of its cues in the claim" in out
    assert "verdict:" in out
    assert "worth checking: " in out and "gives a figure +0.20" in out


def test_a_fact_needing_an_unnamed_object_says_so(acme_store: Any) -> None:
    claim = claims(acme_store, "Acme Corp completed an acquisition in 2020.")[0]
    reasons = {c.fact.id: c.reason for c in considered(claim, acme_store.facts_about(["acme"]))}
    assert reasons["acme-globex"] == "needs its object globex named too"


def test_an_unverified_verdict_names_the_facts_it_passed_over(acme_store: Any) -> None:
    claim = claims(acme_store, "Acme Corp spent $5 billion on a new campus in 2024.")[0]
    why = passed_over(claim, acme_store.facts_about(["acme"]))
    assert why.startswith("read: subject Acme Corp; figures $5B; passed over ")
    assert "passed over acme-aum-2021 (none of its cues in the claim" in why
