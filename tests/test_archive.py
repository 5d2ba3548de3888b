"""Re-checking an archive: articles in, one verdict row per claim out, the same on every engine."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.ci.archive import (
    COLUMNS,
    ArchiveArticle,
    RowWriter,
    chunks,
    read_articles,
    rows_of,
    run_local,
)
from factcheck.cli.cli import cli
from factcheck.errors import UsageError
from factcheck.store.store import Located, Store

TRUE = "BlackRock manages $11.6 trillion in assets.\n"
FALSE = "OpenAI was founded in 2016.\n"


@pytest.fixture
def located(bundled_store_path: Path) -> Located:
    return Located(bundled_store_path, (), ("bundled",))


def records(tmp_path: Path, lines: list[object]) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_a_folder_gives_its_articles_in_path_order_with_their_formats(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Title\n\n" + TRUE)
    (tmp_path / "a.txt").write_text(TRUE)
    (tmp_path / "notes.csv").write_text("not an article")
    found = list(read_articles(tmp_path))
    assert [(a.id, a.fmt) for a in found] == [("a.txt", "text"), ("b/two.md", "markdown")]


def test_json_lines_records_carry_id_text_format_and_date(tmp_path: Path) -> None:
    path = records(tmp_path, [{"id": 7, "text": TRUE, "date": "2025-03-01"},
                              {"id": "p", "text": "<p>x</p>", "format": "html"}])
    assert list(read_articles(path)) == [
        ArchiveArticle("7", TRUE, "text", dt.date(2025, 3, 1)),
        ArchiveArticle("p", "<p>x</p>", "html")]


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "articles.jsonl:2: invalid JSON"),
    ('{"text": "x"}', "articles.jsonl:2: 'id' must be a string or a number"),
    ('{"id": "a", "text": 5}', "articles.jsonl:2: 'text' must be a string"),
    ('{"id": "a", "text": "x", "format": "pdf"}', "'format' must be one of text, markdown"),
    ('{"id": "a", "text": "x", "date": "March"}', "'date' must be YYYY-MM-DD, got 'March'"),
])
def test_a_bad_record_is_named_by_file_and_line(tmp_path: Path, line: str,
                                                message: str) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": TRUE}) + "\n" + line + "\n")
    with pytest.raises(UsageError, match=message.replace("(", r"\(")):
        list(read_articles(path))


def test_each_claim_is_one_row_and_an_unreadable_article_one_error_row(
        bundled_store: Store) -> None:
    rows = rows_of(ArchiveArticle("a", TRUE + FALSE, "text"), bundled_store,
                   dt.date(2025, 3, 1))
    assert [(r["line"], r["status"], r["rule"]) for r in rows] == [
        (1, "supported", "NUM"), (2, "contradicted", "TMP")]
    assert all(tuple(r) == COLUMNS for r in rows)
    assert rows[0]["facts"] and rows[0]["error"] is None
    (error,) = rows_of(ArchiveArticle("empty", "  \n", "text"), bundled_store, None)
    assert error["status"] is None and "the file is empty" in error["error"]


def test_parquet_and_json_lines_hold_the_same_rows(tmp_path: Path, located: Located) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    articles = [ArchiveArticle(f"n{i}", TRUE + FALSE, "text") for i in range(5)]
    rows = [r for rows in run_local(chunks(articles, 2), located, None, 1) for r in rows]
    for name in ("rows.jsonl", "rows.parquet"):
        writer = RowWriter(tmp_path / name)
        writer.write(rows)
        writer.commit()
    as_json = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text().splitlines()]
    assert pyarrow_parquet.read_table(tmp_path / "rows.parquet").to_pylist() == as_json == rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.jsonl", "rows.parquet"]


def test_worker_processes_give_the_rows_of_one_process_in_order(located: Located) -> None:
    articles = [ArchiveArticle(f"n{i}", (TRUE, FALSE)[i % 2] * (1 + i % 3), "text")
                for i in range(9)]
    here = [r for rows in run_local(chunks(articles, 2), located, None, 1) for r in rows]
    there = [r for rows in run_local(chunks(articles, 2), located, None, 2) for r in rows]
    assert there == here and [r["article"] for r in here][:3] == ["n0", "n1", "n1"]


def test_a_failed_run_leaves_no_output(tmp_path: Path) -> None:
    writer = RowWriter(tmp_path / "rows.jsonl")
    writer.write([{"article": "a"}])
    writer.discard()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UsageError, match="write rows to a .jsonl or a .parquet file"):
        RowWriter(tmp_path / "rows.csv")


def test_the_command_checks_a_folder_and_says_what_it_wrote(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TRUE + FALSE)
    (tmp_path / "in" / "b.txt").write_text(TRUE)
    out = tmp_path / "rows.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "in"), "-o", str(out),
                                      "--date", "2025-03-01"])
    assert result.exit_code == 0, result.output
    assert "2 articles, 3 rows (1 contradicted, 2 supported)" in result.stderr
    assert [json.loads(line)["article"] for line in out.read_text().splitlines()] == [
        "a.txt", "a.txt", "b.txt"]


@pytest.mark.parametrize(("args", "message"), [
    (["--engine", "dask"], "--engine dask needs --scheduler ADDRESS"),
    (["--scheduler", "tcp://x:1"], "--scheduler goes with --engine dask"),
])
def test_engine_options_that_do_not_fit_are_refused(tmp_path: Path, args: list[str],
                                                    message: str) -> None:
    (tmp_path / "a.txt").write_text(TRUE)
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "-o",
                                      str(tmp_path / "r.jsonl"), *args])
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "r.jsonl").exists()


def test_a_bad_record_midway_stops_the_run_without_output(tmp_path: Path) -> None:
    path = records(tmp_path, [{"id": "a", "text": TRUE}, {"id": "b"}])
    result = CliRunner().invoke(cli, ["batch", str(path), "-o", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 2 and "articles.jsonl:2: 'text' must be a string" in \
        result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl"]
