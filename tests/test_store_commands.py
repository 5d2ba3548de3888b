"""The curation commands: validate reports every problem in one run, stats, search, inspect
and add (which writes drafts without disturbing the file around them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.cli import cli

FACTS = Path(__file__).parent / "fixtures" / "facts"

# One mistake of each kind; each file is read to the end whatever it holds.
TOPIC = """\
entities:
  - {id: acme, name: Acme, kind: organization, aliases: [ACME]}
  - {id: hooli, name: Hooli, kind: company, aliases: [ACME]}
  - {id: Bad_Id, name: Bad, kind: other}
facts:
  - id: acme-revenue
    kind: quantity
    subject: acme
    measure: revenue
    cues: [revenue]
    valeu: "$5 billion"
    statement: Acme made $5 billion.
    sources:
      - url: example.com/a
        title: A
        publisher: P
        date: 2025-13-01
        reliability: blog
  - id: acme-revenue
    kind: number
    subject: acmee
    measure: revenu
    value: "lots"
    tolerance: 2
    period: 99
    sources: []
  - id: acme-launch
    kind: event
    subject: acme
    measure: launched
    cues: [launched]
    statement: Acme launched.
    sources:
      - url: TODO
        title: TODO
        publisher: P
        reliability: news
reviewed:
  - id: acme-false
    claim: Acme is old.
    entities: [acme]
    cues: [old]
    rating: wrong
    explanation: It is not.
    facts: [acme-age]
    sources:
      - {url: "https://example.com/b", title: B, publisher: P, reliability: news}
"""
EXPECTED = """\
a-topic.yaml:3: kind: expected one of person, organization, product, project, place, other, \
got 'company'
a-topic.yaml:3: aliases: alias 'ACME' of 'hooli' is already an alias of 'acme'
a-topic.yaml:4: id: 'Bad_Id' is not a valid id (lowercase letters, digits, '-')
a-topic.yaml:6: a quantity fact needs 'value' or 'range'
a-topic.yaml:11: valeu: unknown field in fact (did you mean 'value'?)
a-topic.yaml:14: url: 'example.com/a' is not an http(s) URL
a-topic.yaml:17: date: invalid value (month must be in 1..12); expected a date YYYY-MM-DD
a-topic.yaml:18: reliability: expected one of primary, news, secondary, got 'blog'
a-topic.yaml:19: missing required field 'statement'
a-topic.yaml:19: id: fact id 'acme-revenue' is used twice (first defined at a-topic.yaml:6)
a-topic.yaml:20: kind: expected one of quantity, event, relation, quote, got 'number'
a-topic.yaml:21: subject: unknown entity 'acmee' (did you mean 'acme'?)
a-topic.yaml:22: measure: needs 'cues' (the words an article uses for this measure): \
'revenu' is not a measure of the vocabulary (did you mean 'revenue'?)
a-topic.yaml:23: value: cannot read a single quantity from 'lots' (write it as an article \
would: "$11.6 trillion", "98%", "2.5x")
a-topic.yaml:24: tolerance: tolerance is a relative number from 0 to 1 (0.05 = 5%)
a-topic.yaml:25: period: period is a year, such as 2024
a-topic.yaml:26: sources: needs at least one source
a-topic.yaml:27: an event fact needs 'date'
a-topic.yaml:34: url: to do: a draft's field left to fill in
a-topic.yaml:35: title: to do: a draft's field left to fill in
a-topic.yaml:42: cues: cues is a list of groups, each a list of phrases
a-topic.yaml:43: rating: expected one of false, misleading, got 'wrong'
a-topic.yaml:45: facts: unknown fact 'acme-age' (did you mean 'acme-launch'?)
b-dup.yaml:3: id: duplicate key 'id'
c-yaml.yaml:2: invalid YAML: expected the node content, but found '<stream end>'
25 problems in 3 files
"""
DUPLICATE_KEY = """\
facts:
  - id: acme-cost
    id: acme-cost-2
    kind: relation
    subject: acme
    measure: partner
    cues: [partner]
    statement: Acme has partners.
    sources:
      - {url: "https://example.com/c", title: C, publisher: P, reliability: news}
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_validate_reports_every_problem_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "a-topic.yaml").write_text(TOPIC)
    (tmp_path / "b-dup.yaml").write_text(DUPLICATE_KEY)
    (tmp_path / "c-yaml.yaml").write_text("entities: [\n")
    code, out, err = run("store", "validate", str(tmp_path))
    assert code == 1, err
    assert out.replace(f"{tmp_path}/", "") == EXPECTED


def test_check_and_build_still_stop_at_the_first_problem(tmp_path: Path) -> None:
    (tmp_path / "a-topic.yaml").write_text(TOPIC)
    code, out, err = run("store", "build", "--facts", str(tmp_path), "-o",
                         str(tmp_path / "s.db"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert err.startswith("factcheck: error: ") and "a-topic.yaml:17: invalid value" in err
    assert not (tmp_path / "s.db").exists()


def test_a_valid_folder_says_ok() -> None:
    code, out, _ = run("store", "validate", str(FACTS))
    assert (code, out) == (0, "ok: 12 facts, 7 entities, 1 reviewed claims\n")


def test_an_unreadable_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("store", "validate", str(tmp_path / "nope"))
    assert code == 2 and "not a directory" in err


def test_stats_counts_facts_per_entity_measure_and_source() -> None:
    code, out, err = run("store", "stats", "--store", str(FACTS), "--format", "json",
                         "--oldest", "2")
    assert code == 0, err
    stats = json.loads(out)
    assert (stats["entities"], stats["facts"], stats["reviewed"]) == (7, 12, 1)
    assert stats["per_entity"][0] == {"entity": "acme", "name": "Acme Corp", "facts": 7}
    assert {"entity": "globex", "name": "Globex", "facts": 0} in stats["per_entity"]
    assert stats["per_measure"][0] == {"measure": "assets under management", "facts": 2}
    assert stats["per_reliability"] == [{"reliability": "primary", "facts": 12}]
    assert [(o["fact"], o["date"]) for o in stats["oldest"]] == [
        ("acme-founded", "2010-05-04"), ("acme-globex", "2019-06-01")]
    assert stats["oldest"][0]["path"].endswith("acme.yaml") and stats["oldest"][0]["line"] == 35


def test_stats_for_people() -> None:
    code, out, _ = run("store", "stats", "--store", str(FACTS), "--oldest", "1")
    assert code == 0
    assert out.splitlines()[1] == "12 facts, 7 entities, 1 reviewed claims"
    assert "  7  acme (Acme Corp)" in out.splitlines()
    assert out.endswith("oldest facts\n  2010-05-04  acme-founded  "
                        f"{FACTS}/acme.yaml:35\n")


def test_search_finds_facts_by_measure_and_entity_names() -> None:
    code, out, _ = run("store", "search", "revenue", "--store", str(FACTS))
    assert code == 0
    assert [line.split("  ")[0] for line in out.splitlines()] == [
        "acme-revenue-2024", "acme-cloud-revenue-2024"]
    assert f"{FACTS}/acme.yaml:65  Acme reported revenue" in out
    code, out, _ = run("store", "search", "Globex", "--store", str(FACTS), "--format", "json")
    assert "acme-globex" in [hit["fact"] for hit in json.loads(out)]


def test_search_that_finds_nothing_says_so() -> None:
    code, out, err = run("store", "search", "zeppelin", "--store", str(FACTS))
    assert (code, out) == (0, "") and "no fact matches 'zeppelin'" in err


def test_inspect_shows_a_fact_or_an_entity_in_full() -> None:
    code, out, _ = run("store", "inspect", "acme-aum-2024", "--store", str(FACTS))
    assert code == 0
    assert out.startswith(f"fact acme-aum-2024  {FACTS}/acme.yaml:25\n  - id: acme-aum-2024\n")
    assert "    value: $2.4 trillion\n" in out and "reliability: primary" in out
    code, out, _ = run("store", "inspect", "jane-doe", "--store", str(FACTS))
    assert code == 0 and "name: Jane Doe\n" in out and "facts (3): " in out


def test_inspect_of_an_unknown_id_suggests_one() -> None:
    code, _, err = run("store", "inspect", "acme-aum-2023", "--store", str(FACTS))
    assert code == 2 and "did you mean 'acme-aum-2024'" in err


def test_add_from_flags_then_validate_until_filled(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text((FACTS / "acme.yaml").read_text())
    code, out, err = run("store", "add", "--facts", str(tmp_path), "--subject", "rocketchip",
                         "--measure", "price", "--value", "$499", "--as-of", "2025-01-01",
                         "--source-url", "https://example.com/price",
                         "--source-reliability", "primary")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{tmp_path}/acme.yaml:131: added the draft fact 'rocketchip-price-2025'"
    assert [line.split(": ", 2)[1] for line in lines[1:-1]] == [
        "statement", "title", "publisher"]
    code, out, _ = run("store", "validate", str(tmp_path))
    assert code == 1 and out.endswith("3 problems in 1 file\n")
    text = (tmp_path / "acme.yaml").read_text()
    for field in ("statement", "title", "publisher"):
        text = text.replace(f"{field}: TODO", f"{field}: Filled in")
    (tmp_path / "acme.yaml").write_text(text)
    code, out, err = run("store", "validate", str(tmp_path))
    assert (code, out) == (0, "ok: 13 facts, 7 entities, 1 reviewed claims\n"), out


def test_add_from_a_claim_of_a_report(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text((FACTS / "acme.yaml").read_text())
    report = {"article": {"date": "2025-03-01"}, "claims": [
        {"id": "c1", "text": "It sold 2 million units on 4 May 2024",
         "standalone": "RocketChip sold 2 million units on 4 May 2024"}]}
    (tmp_path / "report.json").write_text(json.dumps(report))
    code, out, err = run("store", "add", "--facts", str(tmp_path), "--from-report",
                         str(tmp_path / "report.json"), "--claim", "c1", "--measure",
                         "units sold")
    assert code == 0, err
    assert "added the draft fact 'rocketchip-units-sold-2024'" in out
    text = (tmp_path / "acme.yaml").read_text()
    assert "  - id: rocketchip-units-sold-2024\n    kind: quantity\n    subject: rocketchip\n" \
        in text
    assert "    value: 2 million units\n    as_of: 2024-05-04\n" in text
    code, _, err = run("store", "add", "--facts", str(tmp_path), "--from-report",
                       str(tmp_path / "report.json"), "--claim", "c1x")
    assert code == 2 and "no claim 'c1x' (did you mean 'c1'?)" in err


def test_add_needs_a_subject() -> None:
    code, _, err = run("store", "add", "--facts", str(FACTS), "--measure", "price")
    assert code == 2 and "give --subject" in err


def test_measures_lists_the_vocabulary_with_a_stores_own_measures(tmp_path: Path) -> None:
    (tmp_path / "a-topic.yaml").write_text("entities:\n  - {id: acme, name: Acme, kind: other}\n")
    (tmp_path / "measures.yaml").write_text(
        "measures:\n  - name: gross merchandise volume\n    aliases: [GMV]\n"
        "    dimension: money\n    words: [gross merchandise volume, GMV]\n")
    code, out, _ = run("store", "measures", str(tmp_path), "--search", "gmv")
    assert (code, out) == (0, "gross merchandise volume (also: GMV) [money]\n"
                               "  words: gross merchandise volume, GMV\n1 measure\n")
    code, out, _ = run("store", "measures", str(tmp_path), "--search", "chief",
                       "--format", "json")
    (ceo,) = json.loads(out)
    assert (ceo["name"], ceo["single_holder"], ceo["dimension"]) == (
        "chief executive", True, "text")


def test_inspect_shows_a_fact_as_written_and_the_words_its_measure_adds() -> None:
    topics = Path(__file__).parent / "fixtures" / "topics" / "spotify"
    code, out, _ = run("store", "inspect", "spotify-revenue-2024", "--store", str(topics))
    assert code == 0
    assert "measure: revenue\n" in out and "cues:" not in out  # the file lists none
    assert out.splitlines()[-1].startswith(
        "  # its measure's words, from the vocabulary: revenue, revenues, sales, turnover")


def test_add_writes_to_the_projects_store_by_default_and_never_to_the_bundled_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()  # the project root
    monkeypatch.chdir(tmp_path)
    code, _, err = run("store", "add", "--subject", "acme", "--measure", "revenue")
    assert code == 2 and "no project store here (check uses the bundled store)" in err
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "acme.yaml").write_text(
        "entities:\n  - {id: acme, name: Acme, kind: organization}\n")
    code, out, _ = run("store", "add", "--subject", "acme", "--measure", "revenue",
                       "--value", "$5 billion", "--as-of", "2024-12-31")
    assert code == 0 and "added the draft fact 'acme-revenue-2024'" in out
    assert "measure: revenue\n    value:" in (tmp_path / "claims" / "acme.yaml").read_text()
