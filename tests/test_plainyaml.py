"""The fast reader of fact-file YAML gives exactly what PyYAML's positioned loader gives (the
values, their types, the line of every mapping and key), or declines and leaves the file to
PyYAML; it never reads a text PyYAML rejects."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import FactFileError
from factcheck.store import plainyaml
from factcheck.store.fields import _Mapping, read_yaml
from factcheck.store.folder import BASE_MEASURES, load_facts, validate_facts

ROOT = Path(__file__).resolve().parent.parent
FACT_FILES = sorted([*ROOT.glob("claims/*.yaml"), *ROOT.glob("tests/fixtures/**/*.yaml"),
                     *ROOT.glob("tests/corpus/stores/**/*.yaml"), BASE_MEASURES])
FOLDERS = sorted({p.parent for p in FACT_FILES if p != BASE_MEASURES})


def pyyaml(text: str) -> Any:
    return read_yaml("x.yaml", text.encode(), False, fast=False)[0]


def same(fast: Any, slow: Any) -> bool:
    """Equal values of equal types, and for mappings the same lines and key order."""
    if type(fast) is not type(slow):
        return False
    if isinstance(fast, _Mapping):
        return (list(fast) == list(slow) and fast.line == slow.line
                and fast.key_lines == slow.key_lines
                and all(same(fast[k], slow[k]) for k in fast))
    if isinstance(fast, list):
        return len(fast) == len(slow) and all(same(a, b) for a, b in zip(fast, slow, strict=True))
    return bool(fast == slow)


def agrees(text: str) -> bool:
    """The fast reader declines, or reads what PyYAML reads (and never reads what PyYAML
    rejects)."""
    fast = plainyaml.read(text)
    try:
        slow = pyyaml(text)
    except FactFileError:
        return fast is plainyaml.UNREAD
    return fast is plainyaml.UNREAD or same(fast, slow)


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fact_file_reads_the_same_fast(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = plainyaml.read(text)
    if path.name == "acme.yaml":  # written with flow mappings, which PyYAML reads
        assert fast is plainyaml.UNREAD
        return
    assert fast is not plainyaml.UNREAD
    assert same(fast, pyyaml(text))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_folder_gives_the_same_facts_fast_and_slow(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = validate_facts(folder)
    monkeypatch.setattr(plainyaml, "read", lambda text: plainyaml.UNREAD)
    assert validate_facts(folder) == fast


def test_a_bundled_store_reads_the_same_facts_and_lines_fast_and_slow(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = load_facts(ROOT / "claims")
    monkeypatch.setattr(plainyaml, "read", lambda text: plainyaml.UNREAD)
    slow = load_facts(ROOT / "claims")
    assert fast == slow
    assert [(f.path, f.line) for f in fast.facts] == [(f.path, f.line) for f in slow.facts]


READ = {
    "typed scalars": ("a: 2024\nb: 0.02\nc: 2025-02-04\nd: yes\ne: ~\nf: null\ng: -3\n"
                      "h: text, with [brackets] and C#\ni: 1_000\n",
                      {"a": 2024, "b": 0.02, "c": dt.date(2025, 2, 4), "d": True, "e": None,
                       "f": None, "g": -3, "i": 1000}),
    "quoted": ("a: \"x: #y \\\"q\\\" \\\\\"\nb: 'it''s'\nc: \"\"  # empty\n", None),
    "comments": ("# head\na: b  # tail\n\n  # indented comment\nc: d # x\n", None),
    "folded text": ("a: >-\n  one\n  two\n\n  three\nb: >\n  x\n  y\n\n\nc: 1\n", None),
    "literal text": ("a: |\n  one\n  two\n\n  # not a comment\nb: |-\n  x\n", None),
    "flow lists": ("a: [x, \"y, z\", 'w', 2024, -1]\nb: []\nc: [ one two ,three ]\n"
                   "d: [long, list\n    over, lines]\n", None),
    "lists level with their key": ("facts:\n- id: a\n  cues:\n  - x\n  - y\n- id: b\n", None),
    "nested lists": ("facts:\n  - id: a\n    sources:\n      - url: u\n        date: 2024-01-02"
                     "\n      - url: v\n  - id: b\n    kind:\n", None),
    "scalar items": ("a:\n  - x\n  - \"y\"\n  - 3\n", None),
    "keys that resolve": ("yes: 1\nnull: 2\n", None),
    "empty": ("# nothing\n", None),
}


@pytest.mark.parametrize("name", READ)
def test_the_subset_is_read_fast_and_as_pyyaml_reads_it(name: str) -> None:
    text, expected = READ[name]
    fast = plainyaml.read(text)
    assert fast is not plainyaml.UNREAD
    assert same(fast, pyyaml(text))
    if expected is not None:
        assert {k: fast[k] for k in expected} == expected


DECLINED = [
    "a: &x 1\nb: *x\n",  # anchors and aliases
    "a: !!str 1\n",  # tags
    "a: {b: 1}\n",  # flow mappings
    "a: one\n  two\n",  # a plain scalar over two lines
    "a: \"one\n  two\"\n",  # a quoted scalar over two lines
    "a: 1\na: 2\n",  # a duplicate key (PyYAML's loader names it)
    "a:\tb\n",  # tabs
    "a: b\r\nc: d\r\n",  # carriage returns
    "a: \"\\u00e9\"\n",  # escapes other than \" and \\
    "a: >+\n  x\n",  # kept trailing lines
    "a: >2\n   x\n",  # an indentation digit
    "a: >\n  x\n    more\n  y\n",  # more-indented lines in folded text
    "a: >\n\n  x\n",  # leading blank lines
    "a: |\n  x",  # text ending without a line break
    "--- \na: 1\n",  # document markers
    "a: 2025-13-01\n",  # an impossible date (PyYAML's loader says why)
    "a: [x, [y]]\n",  # nested flow lists
    "a: [x, y,]\n",  # a trailing comma
    "a: [x # c\n  , y]\n",  # a comment inside a flow list
    "? a\n: b\n",  # complex keys
    "\"a\": 1\n",  # quoted keys
    "a: b: c\n",  # a mapping value where none is allowed
    "- a\nb: c\n",  # a list, then a mapping
    "  a: 1\n",  # an indented document
    "a:\n  - b\n   - c\n",  # a misaligned item
    "\ufeffa: 1\n",  # a byte order mark
    "a: <<\n",  # the merge key
]


@pytest.mark.parametrize("text", DECLINED)
def test_anything_beyond_the_subset_is_left_to_pyyaml(text: str) -> None:
    assert plainyaml.read(text) is plainyaml.UNREAD


def test_a_mangled_fact_file_is_read_as_pyyaml_reads_it_or_left_to_it() -> None:
    """Characters deleted, doubled or replaced and lines moved at random in a real fact
    file: whatever the fast reader reads, PyYAML reads the same."""
    lines = (ROOT / "claims" / "amd.yaml").read_text(encoding="utf-8").splitlines(True)
    rng = random.Random(12)
    alphabet = [" ", "  ", "-", ":", "#", '"', "'", "[", "]", ",", ">", "|", "\n", "x", "1",
                "{", "&", "!", "?", "\\"]
    read_fast = 0
    for _ in range(400):
        mangled = list(lines)
        for _ in range(rng.randint(1, 3)):
            row = rng.randrange(len(mangled))
            line = mangled[row]
            at = rng.randrange(len(line) + 1)
            roll = rng.random()
            if roll < 0.3:
                line = line[:at] + line[at + 1:]
            elif roll < 0.7:
                line = line[:at] + rng.choice(alphabet) + line[at:]
            elif roll < 0.85:
                mangled.insert(rng.randrange(len(mangled)), line)
            else:
                line = " " * rng.randint(0, 6) + line.lstrip(" ")
            mangled[row] = line
        text = "".join(mangled)
        assert agrees(text), text
        read_fast += plainyaml.read(text) is not plainyaml.UNREAD
    # the test reaches the fast reader, not only its refusals: about a quarter of the tries
    # do, a share that moves with the file's content (89 to 110 of 400 over five seeds)
    assert read_fast > 60


def test_an_error_in_a_file_read_fast_is_reported_at_pyyaml_s_line(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text(
        "entities:\n  - id: acme\n    name: Acme\n    kind: company\n", encoding="utf-8")
    with pytest.raises(FactFileError) as raised:
        load_facts(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'f.yaml'}:4")


def test_the_characters_left_to_pyyaml_are_all_but_those_this_reader_knows() -> None:
    """Newline, printable ASCII and the Unicode planes but line separators, surrogates,
    the byte-order mark and the two non-characters: every other code point is outside."""
    known = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                       "\U00010000-\U0010ffff]")
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in plainyaml._OUTSIDE.finditer(text)] == \
        [m.start() for m in re.finditer(f"(?!{known.pattern}).", text, re.DOTALL)]


def test_block_text_goes_straight_to_the_block_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    # The line-by-line tier declines block text at its first such line, after reading the
    # lines before it: a text holding any is not given to it.
    tried: list[str] = []

    class Counted(plainyaml.LineReader):
        def document(self) -> Any:
            tried.append(self.raw[0])
            return super().document()

    monkeypatch.setattr(plainyaml, "LineReader", Counted)
    block = "facts:\n  - id: a\n    statement: >\n      One line,\n      and another.\n"
    plain = "facts:\n  - id: a\n    statement: One line.\n"
    assert same(plainyaml.read(block), pyyaml(block))
    assert tried == []
    assert same(plainyaml.read(plain), pyyaml(plain))
    assert tried == ["facts:"]
