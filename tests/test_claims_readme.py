"""claims/README.md's worked examples of matching, run through the checker.

Each example in "How a claim meets a fact" is a YAML snippet of facts (with the section's
shared entities) and a table of articles with the verdict of their last claim and the rule
that decided it. The snippet is built into a store of its own and every article is checked
against it, so the documented rules cannot drift from what the code does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.store.build import build_store
from factcheck.store.folder import load_facts
from factcheck.store.store import Store

README = Path(__file__).parent.parent / "claims" / "README.md"
SECTION = "## How a claim meets a fact"
ARTICLE_DATE = dt.date(2025, 3, 1)
# The README leaves sources out of its snippets to keep them short; matching never reads
# them, and a fact file needs one.
SOURCE = {"url": "https://science.nasa.gov/mission/webb/", "title": "James Webb Space Telescope",
          "publisher": "NASA", "reliability": "primary"}


@dataclass(frozen=True)
class Example:
    title: str
    snippet: str  # the YAML of the example's store
    article: str
    verdict: str
    rule: str  # the code of the rule that decided it


def _section() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start:end if end >= 0 else None].splitlines()


def examples() -> tuple[dict[str, Any], list[Example]]:
    """The shared entities (the section's first snippet) and every row of every table,
    each with the snippet above it."""
    lines = _section()
    shared: dict[str, Any] | None = None
    title, snippet, found = "", "", []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("### "):
            title = line[4:]
        elif line == "```yaml":
            end = lines.index("```", i)
            block = "\n".join(lines[i + 1:end])
            if shared is None:
                shared = yaml.safe_load(block)
            else:
                snippet = block
            i = end
        elif line.startswith("| ") and not line.startswith("| the article says"):
            article, verdict, rule = (cell.strip() for cell in line.strip("|").split("|"))
            found.append(Example(title, snippet, article, verdict, rule))
        i += 1
    assert shared is not None
    return shared, found


SHARED, EXAMPLES = examples()


def _store(snippet: str, tmp: Path) -> Store:
    data = yaml.safe_load(snippet)
    entities = {e["id"]: e for e in SHARED["entities"]}
    entities.update({e["id"]: e for e in data.get("entities", [])})
    records = {"entities": list(entities.values())}
    for key in ("facts", "reviewed"):
        if key in data:
            records[key] = [{**item, "sources": [SOURCE]} for item in data[key]]
    folder = tmp / "facts"
    folder.mkdir()
    (folder / "example.yaml").write_text(yaml.safe_dump(records, sort_keys=False),
                                         encoding="utf-8")
    return Store(build_store(load_facts(folder), tmp / "example.db"))


def test_every_section_has_examples_and_every_verdict_is_a_status() -> None:
    titles = {e.title for e in EXAMPLES}
    assert len(titles) >= 11
    assert {e.verdict for e in EXAMPLES} <= {"supported", "contradicted", "imprecise",
                                              "outdated", "unverified", "opinion"}
    assert {"supported", "contradicted", "unverified"} <= {e.verdict for e in EXAMPLES}


@pytest.mark.parametrize("example", EXAMPLES,
                         ids=[re.sub(r"\W+", "-", f"{e.title[:2]}{e.article}")[:60]
                              for e in EXAMPLES])
def test_the_example_gets_the_verdict_the_readme_gives(example: Example,
                                                      tmp_path: Path) -> None:
    store = _store(example.snippet, tmp_path)
    report = check(read_text(example.article, "<example>"), store, article_date=ARTICLE_DATE)
    last = report.claims[-1]
    assert (last.verdict.status.value, last.verdict.rule) == (example.verdict, example.rule), (
        f"{example.title}: {example.article!r}: {last.verdict.status.value} "
        f"[{last.verdict.rule}] {last.verdict.explanation}")
