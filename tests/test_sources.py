"""Proving the store's sources: excerpts, fetching into snapshots, verification, the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from webserver import EXCERPT, WebServer

from factcheck.cli.cli import cli
from factcheck.errors import FetchError
from factcheck.model import Source
from factcheck.read.fetch import Fetcher
from factcheck.reporters import sources_json, sources_markdown, sources_text
from factcheck.store.sources import (
    FUZZY_THRESHOLD,
    ExcerptMatch,
    SourceCheck,
    fetch_sources,
    find_excerpt,
    normalize,
    verification_failed,
    verify_sources,
)

FACTS = Path(__file__).parent / "fixtures" / "facts"


def source(url: str, excerpt: str | None = EXCERPT) -> Source:
    return Source(url=url, title="Press release", publisher="Acme", date=dt.date(2025, 1, 15),
                  reliability="primary", excerpt=excerpt)


# --- finding an excerpt ------------------------------------------------------------------------

PAGE = "Intro.\n\nThe partnership\u2019s  first fund \u2014 worth $30\u00a0billion \u2014 opens."


@pytest.mark.parametrize("excerpt, kind", [
    ("first fund \u2014 worth", "verbatim"),
    ("The partnership's first fund - worth $30 billion - opens.", "normalized"),
    ('partnership\u2019s first fund -- worth $30 billion', "normalized"),
    ("Intro. The partnership's", "normalized"),  # across a block boundary
    ("The partnership's first fund - worth $31 billion - opens.", "fuzzy"),
    ("the partnership's first fund - worth $30 billion", "fuzzy"),  # case only
    ("Acme sold its widget division to Globex for cash.", "missing"),
    ("", "verbatim"),
])
def test_find_excerpt(excerpt: str, kind: str) -> None:
    match = find_excerpt(excerpt, PAGE)
    assert match.kind == kind
    if kind == "fuzzy":
        assert match.score is not None and FUZZY_THRESHOLD <= match.score <= 100
    if kind == "missing":
        assert match.score is not None and match.score < FUZZY_THRESHOLD
    if kind in ("verbatim", "normalized"):
        assert match.score is None


def test_normalize_folds_quotes_dashes_and_spaces() -> None:
    assert normalize("\u201cA\u201d \u2018b\u2019 \u2013 c\u00a0\u00a0d\n e\u2026") == \
        "\"A\" 'b'-c d e..."


def test_find_excerpt_on_an_empty_page() -> None:
    assert find_excerpt("anything", "") == ExcerptMatch("missing", 0.0)


# --- fetching and verifying ---------------------------------------------------------------------

def run_sources(web: WebServer, paths: dict[str, str | None],
                db: sqlite_utils.Database) -> list[SourceCheck]:
    items = [(fact_id, source(web.url(path), EXCERPT if fact_id != "no-excerpt" else None))
             for fact_id, path in paths.items() if path]
    fetch_sources(items, Fetcher(allow_private=True, read_timeout=0.3, retries=0), db)
    return verify_sources(items, db)


def test_every_source_gets_its_own_verdict(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    checks = run_sources(web, {
        "intact": "/source/intact", "reformatted": "/source/reformatted",
        "edited": "/source/edited", "removed": "/source/removed", "moved": "/source/moved",
        "missing": "/missing", "slow": "/slow", "binary": "/binary",
        "no-excerpt": "/article-meta",
    }, db)
    by_fact = {c.fact_id: c for c in checks}
    assert [c.fact_id for c in checks] == ["intact", "reformatted", "edited", "removed",
                                           "moved", "missing", "slow", "binary", "no-excerpt"]
    kinds = {f: (c.match.kind if c.match else None) for f, c in by_fact.items()}
    assert kinds == {"intact": "verbatim", "reformatted": "normalized", "edited": "fuzzy",
                     "removed": "missing", "moved": "verbatim", "missing": None,
                     "slow": None, "binary": None, "no-excerpt": None}
    failed = {f for f, c in by_fact.items() if c.failed}
    assert failed == {"removed", "missing", "slow", "binary"}
    assert by_fact["moved"].redirected_to == web.url("/source/new-home")
    assert by_fact["intact"].redirected_to is None
    assert (by_fact["missing"].reachable, by_fact["missing"].status) == (False, 404)
    assert by_fact["slow"].status is None and "timed out" in (by_fact["slow"].error or "")
    assert by_fact["binary"].reachable and "unsupported content type" in \
        (by_fact["binary"].error or "")
    assert by_fact["edited"].match is not None and by_fact["edited"].match.score
    assert all(c.age_days == 0 for f, c in by_fact.items() if f not in ("slow", "binary",
                                                                        "missing"))
    assert verification_failed(checks)


def test_a_url_cited_twice_is_fetched_once(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    url = web.url("/source/intact")
    items = [("a", source(url)), ("b", source(url, "Questions to the press office")),
             ("b", source(url))]
    outcomes = fetch_sources(items, Fetcher(allow_private=True), db)
    assert len(outcomes) == 1 and outcomes[0].fact_ids == ("a", "b")
    assert web.hits["/source/intact"] == 1
    checks = verify_sources(items, db)
    assert [c.fact_id for c in checks] == ["a", "b", "b"] and not verification_failed(checks)


def test_unreachable_sources_never_abort_the_run(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    items = [("refused", source("http://10.0.0.5/x")), ("bad", source("ftp://x.test/y")),
             ("ok", source(web.url("/source/intact")))]
    outcomes = fetch_sources(items, Fetcher(allowed_networks=["127.0.0.1/32"]), db)
    assert [o.error is None for o in outcomes] == [False, False, True]
    assert "refused: 10.0.0.5 is a private address" in (outcomes[0].error or "")
    checks = verify_sources(items, db)
    assert [c.failed for c in checks] == [True, True, False]


def test_a_second_fetch_is_conditional_and_keeps_the_text(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    items = [("f", source(web.url("/conditional")))]
    first = fetch_sources(items, Fetcher(allow_private=True), db)[0]
    assert first.changed and first.new and not first.not_modified
    second = fetch_sources(items, Fetcher(allow_private=True), db)[0]
    assert second.not_modified and not second.changed and not second.new
    assert second.snapshot.text == first.snapshot.text and second.snapshot.status == 304
    assert verify_sources(items, db)[0].match == ExcerptMatch("verbatim")


def test_age_and_never_fetched_sources(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    items = [("f", source(web.url("/source/intact"))), ("g", source(web.url("/unfetched")))]
    fetch_sources(items[:1], Fetcher(allow_private=True), db)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3, hours=1)
    fetched, never = verify_sources(items, db, now=later)
    assert fetched.age_days == 3 and not fetched.failed
    assert never.failed and never.error is not None and "not fetched yet" in never.error


# --- the reports -----------------------------------------------------------------------------

AT = dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.UTC)
CHECKS = [
    SourceCheck("acme-aum", "https://a.example/r", True, 200, None, "https://a.example/r2",
                "quote", ExcerptMatch("verbatim"), 3, AT, False),
    SourceCheck("acme-founded", "https://b.example/", True, 200, None, None, "words",
                ExcerptMatch("fuzzy", 93.5), 1, AT, False),
    SourceCheck("acme-share", "https://c.example/", False, 404, "HTTP 404", None, "words",
                None, 10, AT, True),
    SourceCheck("acme-x1", "https://d.example/", True, 200, None, None, "words",
                ExcerptMatch("missing", 41.0), 0, AT, True),
]


def test_text_report() -> None:
    out = io.StringIO()
    sources_text.render_verify(CHECKS, out)
    assert out.getvalue() == (
        "ok       acme-aum      https://a.example/r\n"
        "           HTTP 200; redirected to https://a.example/r2; excerpt found verbatim; "
        "snapshot 3 days old\n"
        "warning  acme-founded  https://b.example/\n"
        "           HTTP 200; excerpt found only fuzzily (score 93.5); snapshot 1 day old\n"
        "FAILED   acme-share    https://c.example/\n"
        "           HTTP 404; excerpt not checked; snapshot 10 days old\n"
        "FAILED   acme-x1       https://d.example/\n"
        "           HTTP 200; excerpt missing (best partial score 41.0); snapshot 0 days old\n"
        "\n"
        "4 sources: 1 ok, 1 warning, 2 failed\n")


def test_markdown_report_lists_failures_first() -> None:
    out = io.StringIO()
    sources_markdown.render_verify(CHECKS, out)
    text = out.getvalue()
    assert text.startswith("# Source verification\n\n4 sources: **2 failed**, 1 warning, 1 ok.")
    rows = [line for line in text.splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[0] for row in rows] == ["| FAILED", "| FAILED", "| warning",
                                                     "| ok"]


def test_json_report() -> None:
    out = io.StringIO()
    sources_json.render_verify(CHECKS, out)
    data = json.loads(out.getvalue())
    assert data["summary"] == {"sources": 4, "ok": 1, "warnings": 1, "failed": 2}
    first = data["sources"][0]
    assert first == {"fact": "acme-aum", "url": "https://a.example/r", "result": "ok",
                     "reachable": True, "status": 200, "error": None,
                     "redirected_to": "https://a.example/r2", "excerpt": "quote",
                     "match": {"kind": "verbatim", "score": None}, "age_days": 3,
                     "fetched_at": AT.isoformat(), "failed": False}


# --- the command line --------------------------------------------------------------------------

def facts_dir(tmp_path: Path, web: WebServer, paths: dict[str, str]) -> Path:
    folder = tmp_path / "facts"
    folder.mkdir()
    lines = ["entities:", "  - {id: acme, name: Acme Corp, kind: organization}", "facts:"]
    for fact_id, path in paths.items():
        lines += [f"  - id: {fact_id}", "    kind: relation", "    subject: acme",
                  "    measure: fund", "    cues: [fund]",
                  "    statement: Acme's partnership set up a fund.", "    sources:",
                  f"      - url: {web.url(path)}", "        title: Press release",
                  "        publisher: Acme", "        date: 2025-01-15",
                  "        reliability: primary", f'        excerpt: "{EXCERPT}"']
    (folder / "acme.yaml").write_text("\n".join(lines) + "\n")
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_cli_fetch_then_verify(tmp_path: Path, web: WebServer) -> None:
    folder = facts_dir(tmp_path, web, {"fund-intact": "/source/intact",
                                       "fund-moved": "/source/moved",
                                       "fund-removed": "/source/removed",
                                       "fund-gone": "/missing"})
    before = (folder / "acme.yaml").read_text()
    code, out, _ = run("sources", "verify", "--store", str(folder))
    assert code == 1 and out.count("not fetched yet") == 4
    code, out, _ = run("sources", "fetch", "--store", str(folder), "--allow-private")
    assert code == 1 and "HTTP 404" in out and "4 URLs fetched: 3 ok, 1 error" in out
    code, out, _ = run("sources", "verify", "--store", str(folder))
    assert code == 1
    lines = out.splitlines()  # the store lists facts by id
    assert lines[0].startswith("FAILED   fund-gone") and "HTTP 404" in lines[1]
    assert lines[2].startswith("ok       fund-intact") and "verbatim" in lines[3]
    assert lines[4].startswith("ok       fund-moved") and "redirected to" in lines[5]
    assert lines[6].startswith("FAILED   fund-removed") and "excerpt missing" in lines[7]
    assert lines[-1] == "4 sources: 2 ok, 0 warnings, 2 failed"
    assert (folder / "acme.yaml").read_text() == before  # fact files are never written


def test_cli_verify_passes_on_good_sources_and_writes_json_atomically(
        tmp_path: Path, web: WebServer) -> None:
    folder = facts_dir(tmp_path, web, {"fund-intact": "/source/intact",
                                       "fund-edited": "/source/edited"})
    target = tmp_path / "out" / "sources.json"
    target.parent.mkdir()
    code, out, _ = run("sources", "verify", "--fetch", "--allow-private", "--timeout", "0.5",
                       "--store", str(folder), "--format", "json", "-o", str(target))
    assert (code, out) == (0, "")
    data = json.loads(target.read_text())
    assert {s["fact"]: s["match"]["kind"] for s in data["sources"]} == {
        "fund-intact": "verbatim", "fund-edited": "fuzzy"}
    assert [p.name for p in target.parent.iterdir()] == ["sources.json"]
    code, out, _ = run("sources", "verify", "--store", str(folder), "--format", "markdown")
    assert code == 0 and out.startswith("# Source verification")


def test_cli_fetch_json(tmp_path: Path, web: WebServer) -> None:
    folder = facts_dir(tmp_path, web, {"fund-a": "/source/moved", "fund-b": "/missing"})
    code, out, _ = run("sources", "fetch", "--store", str(folder), "--allow-private",
                       "--format", "json")
    urls = {u["url"]: u for u in json.loads(out)["urls"]}
    assert code == 1
    moved = urls[web.url("/source/moved")]
    assert moved["final_url"] == web.url("/source/new-home") and moved["new"]
    assert moved["redirects"] == [web.url("/source/new-home")] and moved["facts"] == ["fund-a"]
    assert len(moved["content_hash"]) == 64 and moved["error"] is None
    assert urls[web.url("/missing")]["error"] == "HTTP 404"
    assert urls[web.url("/missing")]["status"] == 404


def test_cli_refuses_private_sources_without_the_flag(tmp_path: Path, web: WebServer) -> None:
    folder = facts_dir(tmp_path, web, {"fund-a": "/source/intact", "fund-b": "/source/edited"})
    code, out, _ = run("sources", "fetch", "--store", str(folder))
    assert code == 1 and out.count("refused: 127.0.0.1 is a loopback address") == 2
    assert sum(web.hits.values()) == 0


@pytest.mark.parametrize("args, message", [
    (["sources", "verify", "--store", "/nonexistent/store.db"], "no such store"),
    (["sources", "fetch", "--format", "yaml"], "Invalid value for '--format'"),
    (["sources", "verify", "--timeout", "0"], "Invalid value for '--timeout'"),
])
def test_cli_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2 and message in err


def test_cli_errors_are_json_with_format_json() -> None:
    code, out, err = run("sources", "verify", "--store", "/nonexistent.db", "--format", "json")
    assert code == 2 and "no such store" in json.loads(out)["error"]
    assert len(err.strip().splitlines()) == 1 and err.startswith("factcheck: error:")


def test_check_by_url_reports_the_final_url(web: WebServer) -> None:
    code, out, _ = run("check", web.url("/redirect/1"), "--allow-private", "--store",
                       str(FACTS), "--format", "json", "--fail-on", "contradicted")
    report = json.loads(out)
    assert report["article"]["source"] == web.url("/article-meta")
    assert report["article"]["title"] == "Acme grows again"
    assert report["article"]["date"] == "2025-01-15"
    assert code in (0, 1)
    raw = web.url("/article-meta")
    assert raw and all(c["line"] >= 1 for c in report["claims"])


def test_progress_is_reported_per_url(web: WebServer) -> None:
    db = sqlite_utils.Database(memory=True)
    seen: list[str] = []
    items = [("a", source(web.url("/source/intact"))), ("b", source(web.url("/missing")))]
    fetch_sources(items, Fetcher(allow_private=True), db,
                  progress=lambda outcome: seen.append(outcome.url))
    assert seen == [web.url("/source/intact"), web.url("/missing")]


def test_the_real_resolver_is_never_used_in_tests() -> None:
    with pytest.raises(FetchError, match="DNS lookups are off in tests"):
        Fetcher().fetch("http://example.com/")
