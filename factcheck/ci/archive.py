"""Re-checking an archive: articles from a folder, a JSON Lines file or a Parquet file, one
verdict row per claim, written to JSON Lines or Parquet.

Owns: reading the articles (``ArchiveArticle``: an id, its text, its format and date; errors
name the file and line or row), turning a report into rows (``COLUMNS``, the same for every
engine), checking a chunk of articles against an opened store (the unit of work an engine
runs: here, in worker processes, or on a Dask cluster, ``cluster.py``), and writing the rows
atomically (a temp file renamed into place, so a run that fails leaves no half-written
output). Must not: pick an exit code or know about Dask.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FactcheckError, UsageError
from ..pipeline import check
from ..read.documents import decode, detect_format, read_text
from ..store.store import Located, Store

# One row per claim; an article that cannot be read gives one row with its error.
COLUMNS = ("article", "claim", "line", "column", "status", "rule", "confidence", "text",
           "explanation", "facts", "error")
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
FORMATS = ("text", "markdown", "html")
Row = dict[str, Any]


@dataclass(frozen=True)
class ArchiveArticle:
    """One article of an archive, as read: what the rows name it, its text and format."""

    id: str
    text: str
    fmt: str  # text, markdown or html
    date: dt.date | None = None  # given with the article; else its own dateline, if any


def read_articles(source: Path) -> Iterator[ArchiveArticle]:
    """The articles of a folder (every .md, .txt and .html under it, in path order), a JSON
    Lines file or a Parquet file (each record: ``id``, ``text``, optional ``format`` and
    ``date``), streamed."""
    if source.is_dir():
        yield from _folder(source)
    elif source.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl(source)
    elif source.suffix.lower() == ".parquet":
        yield from _parquet(source)
    elif not source.exists():
        raise UsageError(f"{source}: no such folder or file")
    else:
        raise UsageError(f"{source}: give a folder of articles, a .jsonl or a .parquet file")


def _folder(folder: Path) -> Iterator[ArchiveArticle]:
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and
                   p.is_file() and not p.is_symlink())
    for path in paths:
        name = path.relative_to(folder).as_posix()
        text = decode(path.read_bytes(), str(path))
        yield ArchiveArticle(name, text, detect_format(name, text))


def _record(record: Any, where: str) -> ArchiveArticle:
    """An article from one JSON or Parquet record; ``where`` names it in an error."""
    if not isinstance(record, dict):
        raise UsageError(f"{where}: expected an object with 'id' and 'text'")
    ident, text = record.get("id"), record.get("text")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident) == "":
        raise UsageError(f"{where}: 'id' must be a string or a number")
    if not isinstance(text, str):
        raise UsageError(f"{where}: 'text' must be a string")
    fmt = record.get("format") or detect_format(str(ident), text)
    if fmt not in FORMATS:
        raise UsageError(f"{where}: 'format' must be one of {', '.join(FORMATS)}, got {fmt!r}")
    date = record.get("date")
    if date is not None and not isinstance(date, dt.date):
        try:
            date = dt.date.fromisoformat(str(date))
        except ValueError:
            raise UsageError(f"{where}: 'date' must be YYYY-MM-DD, got {date!r}") from None
    return ArchiveArticle(str(ident), text, fmt, date)


def _jsonl(path: Path) -> Iterator[ArchiveArticle]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            yield _record(record, f"{path}:{number}")


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'factcheck[parquet]'") from None
    return pyarrow


def _parquet(path: Path) -> Iterator[ArchiveArticle]:
    pyarrow = _pyarrow()
    try:
        table = pyarrow.parquet.ParquetFile(path)
    except (OSError, pyarrow.ArrowException) as exc:
        raise UsageError(f"{path}: not a readable Parquet file ({exc})") from None
    row = 0
    for batch in table.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row += 1
            yield _record(record, f"{path}: row {row}")


def rows_of(article: ArchiveArticle, store: Store, date: dt.date | None) -> list[Row]:
    """The rows of one article: one per claim, or one that gives the error that stopped it."""
    try:
        document = read_text(article.text, article.id, article.fmt)
        report = check(document, store, article_date=article.date or document.date or date)
    except FactcheckError as exc:
        return [_row(article.id, error=str(exc))]
    # A bug met in one article must not stop a run over millions: its row says what it was.
    except Exception as exc:  # noqa: BLE001
        return [_row(article.id, error=f"internal error: {type(exc).__name__}: {exc}")]
    return [_row(article.id, claim=c.claim.id, line=c.claim.position.line,
                 column=c.claim.position.column, status=c.verdict.status.value,
                 rule=c.verdict.rule, confidence=round(c.verdict.confidence, 4),
                 text=c.claim.text, explanation=c.verdict.explanation,
                 facts=[e.fact for e in c.verdict.evidence])
            for c in report.claims]


def _row(article: str, **values: Any) -> Row:
    row: Row = dict.fromkeys(COLUMNS)
    row.update({"article": article, "facts": [], **values})
    return row


def check_chunk(chunk: Sequence[ArchiveArticle], store: Store,
                date: dt.date | None) -> list[Row]:
    """The rows of a chunk of articles, in order: the unit of work of every engine."""
    return [row for article in chunk for row in rows_of(article, store, date)]


def chunks(articles: Iterable[ArchiveArticle], size: int) -> Iterator[list[ArchiveArticle]]:
    chunk: list[ArchiveArticle] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_worker_store: Store | None = None  # opened once per worker process


def _open(located: Located) -> None:
    global _worker_store
    _worker_store = located.open()


def _in_worker(job: tuple[list[ArchiveArticle], dt.date | None]) -> list[Row]:
    assert _worker_store is not None, "the initializer opens the store first"
    return check_chunk(job[0], _worker_store, job[1])


def run_local(work: Iterable[list[ArchiveArticle]], located: Located, date: dt.date | None,
              jobs: int, opened: Store | None = None) -> Iterator[list[Row]]:
    """Each chunk's rows, in input order: in this process (with ``opened``, the store the
    caller has open, if any: opening builds the entity index), or in ``jobs`` worker
    processes that each open the store once."""
    if jobs <= 1:
        store = opened or located.open()
        for chunk in work:
            yield check_chunk(chunk, store, date)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_open,
                             initargs=(located,)) as pool:
        # map() reads its whole input first; a window keeps memory flat on a large archive
        window: list[Any] = []
        for chunk in work:
            window.append(pool.submit(_in_worker, (chunk, date)))
            if len(window) >= jobs * 4:
                yield window.pop(0).result()
        for future in window:
            yield future.result()


class RowWriter:
    """Rows to ``target`` (.jsonl or .parquet), through a temp file beside it that is renamed
    into place by ``commit``; ``discard`` removes it."""

    def __init__(self, target: Path) -> None:
        suffix = target.suffix.lower()
        if suffix not in (".jsonl", ".ndjson", ".parquet"):
            raise UsageError(f"{target}: write rows to a .jsonl or a .parquet file")
        self.target = target
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent if str(target.parent) else ".")
        os.close(handle)
        self.temp = Path(name)
        self.rows = 0
        self._parquet: Any = None
        self._text = None if suffix == ".parquet" else self.temp.open("w", encoding="utf-8")

    def write(self, rows: list[Row]) -> None:
        self.rows += len(rows)
        if self._text is not None:
            self._text.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            return
        if not rows:
            return
        pyarrow = _pyarrow()
        table = pyarrow.Table.from_pylist(rows, schema=_schema(pyarrow))
        if self._parquet is None:
            self._parquet = pyarrow.parquet.ParquetWriter(self.temp, table.schema)
        self._parquet.write_table(table)

    def commit(self) -> None:
        if self._text is not None:
            self._text.close()
        elif self._parquet is not None:
            self._parquet.close()
        else:  # no rows at all: still a valid, empty Parquet file
            pyarrow = _pyarrow()
            pyarrow.parquet.write_table(pyarrow.Table.from_pylist([], schema=_schema(pyarrow)),
                                        self.temp)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        if self._text is not None:
            self._text.close()
        elif self._parquet is not None:
            self._parquet.close()
        self.temp.unlink(missing_ok=True)


def _schema(pyarrow: Any) -> Any:
    text, number = pyarrow.string(), pyarrow.int32()
    return pyarrow.schema([
        ("article", text), ("claim", text), ("line", number), ("column", number),
        ("status", text), ("rule", text), ("confidence", pyarrow.float64()), ("text", text),
        ("explanation", text), ("facts", pyarrow.list_(text)), ("error", text)])
