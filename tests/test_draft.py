"""Drafts are appended to a fact file as text: nothing else in the file moves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.errors import FactFileError, UsageError
from factcheck.store.draft import Draft, add_fact, append_fact, fact_id
from factcheck.store.folder import validate_facts

SOURCE = "    sources:\n      - {url: 'https://example.com/w', title: W, publisher: P, " \
         "reliability: news}\n"
# Comments everywhere, reviewed claims before the facts, entities last, items at the margin.
ODD = """\
# Webb: the space telescope. Keep this header.
topic: webb
reviewed:   # known false claims first, on purpose
- id: webb-hubble-successor-false
  claim: Webb replaced Hubble.
  entities: [webb]
  cues: [[replaced]]
  rating: misleading
  explanation: Hubble still works.
  sources:
  - {url: 'https://example.com/h', title: H, publisher: P, reliability: news}
facts:
# the launch
- id: webb-launch
  kind: event
  subject: webb
  measure: launched
  cues: [launched]   # the word articles use
  date: 2021-12-25
  statement: Webb was launched on 25 December 2021.
  sources:
  - {url: 'https://example.com/l', title: L, publisher: P, reliability: primary}
  # a trailing comment of the last fact

# entities come last in this file
entities:
- {id: webb, name: James Webb Space Telescope, kind: product, aliases: [Webb, JWST]}
"""
APPENDED = """\
- id: webb-cost-2021
  kind: quantity
  subject: webb
  measure: cost
  cues:
  - cost
  - cost of
  value: $10 billion
  as_of: 2021-12-25
  statement: TODO
  sources:
  - url: TODO
    title: TODO
    publisher: TODO
    reliability: TODO
"""


def test_a_draft_goes_after_the_last_fact_and_nothing_else_moves(tmp_path: Path) -> None:
    path = tmp_path / "webb.yaml"
    path.write_text(ODD)
    added = add_fact(tmp_path, Draft(subject="webb", measure="cost", value="$10 billion",
                                     as_of=dt.date(2021, 12, 25), cues=("cost", "cost of")))
    after = path.read_text()
    cut = ODD.index("\n\n# entities come last")  # the blank line stays before the next key
    assert after == ODD[:cut + 1] + APPENDED + ODD[cut + 1:]
    assert (added.path, added.id, added.line) == (path, "webb-cost-2021", 24)
    assert [(e.line, e.field) for e in added.todo] == [
        (33, "statement"), (35, "url"), (36, "title"), (37, "publisher"), (38, "reliability")]
    facts, problems = validate_facts(tmp_path)
    assert [f.id for f in facts.facts] == ["webb-launch", "webb-cost-2021"]
    assert [p.reason for p in problems] == ["to do: a draft's field left to fill in"] * 5


def test_a_draft_that_breaks_the_folder_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "webb.yaml"
    path.write_text(ODD)
    with pytest.raises(FactFileError, match="the draft was not added: unknown entity 'nasa'"):
        add_fact(tmp_path, Draft(subject="webb", measure="operator", object="nasa"))
    assert path.read_text() == ODD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["webb.yaml"]  # no temp file left
    with pytest.raises(FactFileError, match="fact id 'webb-launch' is used twice"):
        add_fact(tmp_path, Draft(subject="webb", measure="launched", id="webb-launch",
                                 date=dt.date(2021, 12, 25)))
    assert path.read_text() == ODD


def test_the_subject_picks_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(ODD)
    other = "entities:\n  - {id: hubble, name: Hubble, kind: product}\n"
    (tmp_path / "b.yaml").write_text(other)
    added = add_fact(tmp_path, Draft(subject="hubble", measure="launched",
                                     date=dt.date(1990, 4, 24)))
    assert added.path == tmp_path / "b.yaml" and added.id == "hubble-launched-1990"
    assert (tmp_path / "b.yaml").read_text().startswith(other + "\nfacts:\n  - id: hubble-")
    assert (tmp_path / "a.yaml").read_text() == ODD
    with pytest.raises(UsageError, match="did you mean 'hubble'"):
        add_fact(tmp_path, Draft(subject="hubbel", measure="launched"))


def test_a_draft_of_a_vocabulary_measure_has_no_cues_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "webb.yaml").write_text(ODD)
    add_fact(tmp_path, Draft(subject="webb", measure="mass", value="6,161 kg"))
    add_fact(tmp_path, Draft(subject="webb", measure="mirror segments", value="18 segments"))
    drafts = (tmp_path / "webb.yaml").read_text().split("- id: webb-mass")[1]
    mass, segments = drafts.split("- id: webb-mirror-segments")
    assert "cues" not in mass  # the vocabulary gives a mass its words
    assert "  cues:\n  - mirror segments\n" in segments  # a measure it cannot know


@pytest.mark.parametrize("text, expected", [
    ("facts: []  # none yet\nentities: []\n", "facts:\n  - id: x\nentities: []\n"),
    ("facts:\n  - id: a\n    kind: relation", "facts:\n  - id: a\n    kind: relation\n  - id: x\n"),
    ("entities: []\n", "entities: []\n\nfacts:\n  - id: x\n"),
    ("", "facts:\n  - id: x\n"),
])
def test_append_fact_edge_cases(text: str, expected: str) -> None:
    assert append_fact(text, ["- id: x\n"])[0] == expected


def test_ids_are_made_unique() -> None:
    draft = Draft(subject="webb", measure="Mirror size", period=2021)
    assert fact_id(draft, set()) == "webb-mirror-size-2021"
    assert fact_id(draft, {"webb-mirror-size-2021", "webb-mirror-size-2021-2"}) == \
        "webb-mirror-size-2021-3"
