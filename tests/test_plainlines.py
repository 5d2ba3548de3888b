"""The line-by-line tier of the fact-file YAML reader reads a text whose every line holds one
thing exactly as PyYAML's positioned loader reads it, declines anything else (the next tier
reads it), and remembers lines without ever sharing a mutable value between two places."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.store import plainlines, plainyaml
from factcheck.store.plainlines import LineCache, LineReader, Outside
from tests.test_plainyaml import FACT_FILES, pyyaml, same

ROOT = Path(__file__).resolve().parent.parent


def lines_read(text: str, cache: LineCache | None = None) -> object:
    plainyaml.read("a: 1\n")  # makes the module's scalar resolver
    assert plainyaml._scalars is not None
    return LineReader(text, plainyaml._scalars, cache or LineCache()).document()


ONE_THING_A_LINE = {
    "typed scalars": "a: 2024\nb: 0.02\nc: 2025-02-04\nd: yes\ne: ~\nf: null\ng: -3\n"
                     "h: text, with [brackets] and C#\ni: 1_000\nj: http://x.org/a:b\n",
    "quoted": "a: \"x: #y \\\"q\\\" \\\\\"\nb: 'it''s'\nc: \"\"  # empty\nd: \"plain\"\n",
    "spaces and comments": "# head\na:   b  # tail\n\n  # indented comment\nc: d # x\ne:   \n",
    "flow lists": "a: [x, \"y, z\", 'w', 2024, -1]\nb: []\nc: [ one two ,three ]\n",
    "lists level with their key": "facts:\n- id: a\n  cues:\n  - x\n  - y\n- id: b\n",
    "nested lists": "facts:\n  - id: a\n    sources:\n      - url: u\n        date: 2024-01-02"
                    "\n      - url: v\n  - id: b\n    kind:\n",
    "scalar items": "a:\n  - x\n  - \"y\"\n  - 3\n  - [p, q]\n",
    "keys that resolve": "yes: 1\nnull: 2\n",
    "a top-level list": "- a\n- b: 1\n  c: 2\n",
    "empty": "# nothing\n",
}


@pytest.mark.parametrize("name", ONE_THING_A_LINE)
def test_a_text_of_one_thing_a_line_is_read_as_pyyaml_reads_it(name: str) -> None:
    text = ONE_THING_A_LINE[name]
    assert same(lines_read(text), pyyaml(text))


@pytest.mark.parametrize("text", [
    "a: >-\n  one\n  two\n",  # block text
    "a: |\n  x\n",
    "d: [long, list\n    over, lines]\n",  # a flow list over two lines
    "a: one\n  two\n",  # a plain scalar over two lines
    "a: 1\na: 2\n",  # a duplicate key
    "a:\n  b: 1\n   c: 2\n",  # a misaligned key
    "a:\n  - b\n   - c\n",  # a misaligned item
    "a: 1\n- b\n",  # an item where a key belongs
    "  a: 1\n",  # an indented document
    "a: b: c\n",
    "-\n",
])
def test_anything_else_is_declined(text: str) -> None:
    with pytest.raises(Outside):
        lines_read(text)


def test_the_next_tier_reads_what_this_one_declines() -> None:
    text = "a: >-\n  one\n  two\nb: [x,\n  y]\nc: 1\n"
    assert same(plainyaml.read(text), pyyaml(text))


@pytest.mark.parametrize("path", [p for p in FACT_FILES if p.name != "acme.yaml"],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fact_file_without_block_text_is_read_by_this_tier(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        found = lines_read(text)
    except Outside:
        assert any(f": {mark}" in text for mark in (">", "|", "[")) or "\\" in text
        return
    assert same(found, pyyaml(text))


def test_a_repeated_line_gives_each_place_a_list_of_its_own() -> None:
    cache = LineCache()
    data = lines_read("a:\n  cues: [x, y]\nb:\n  cues: [x, y]\n", cache)
    assert isinstance(data, dict)
    data["a"]["cues"].append("z")
    assert data["b"]["cues"] == ["x", "y"]
    again = lines_read("c:\n  cues: [x, y]\n", cache)
    assert isinstance(again, dict) and again["c"]["cues"] == ["x", "y"]


def test_lines_that_repeat_outlive_lines_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plainlines, "_LINE_CACHE_SIZE", 3)
    cache = LineCache()
    lines_read("kind: quantity\nid: a\n", cache)
    lines_read("kind: quantity\nid: b\n", cache)  # the second time: kept for good
    for name in "cdefgh":
        lines_read(f"id: {name}\n", cache)  # read once, forgotten in bulk
    assert "kind: quantity" in cache.seen
    assert len(cache.once) <= 3
