"""Reading an article (plain text, Markdown, HTML, or a URL) into a Document.

Owns: decoding bytes, telling prose from markup, the article's title and date, and the map
from prose back to offsets in the original file. For text and Markdown the prose is a
same-length copy of the file with markup blanked out, so offsets need no map at all.
Must not: split sentences or find claims (that is ``extract.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .errors import DocumentError
from .model import Block, Document, Span

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_DATE_LINE = [
    # "03/25 2025", "03/25/2025", "25/03/2025"
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.\s]\s*(\d{4})\s*$"), "mdy"),
    (re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$"), "ymd"),
    (re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\s*$"), "Mdy"),
    (re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$"), "dMy"),
]
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_dateline(line: str) -> dt.date | None:
    """The date a line consists of ("03/25 2025", "March 25, 2025"), or None."""
    for pattern, order in _DATE_LINE:
        m = pattern.match(line)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "mdy":
                month, day = int(a), int(b)
                if month > 12:
                    month, day = day, month
                return dt.date(int(c), month, day)
            if order == "ymd":
                return dt.date(int(a), int(b), int(c))
            if order == "Mdy":
                return dt.date(int(c), _MONTHS[a[:3].lower()], int(b))
            return dt.date(int(c), _MONTHS[b[:3].lower()], int(a))
        except (ValueError, KeyError):
            return None
    return None


def parse_iso_date(value: object) -> dt.date | None:
    """A date from metadata: a date, a datetime, or an ISO-like string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
        return parse_dateline(value)
    return None


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or ``encoding``."""
    if not data.strip():
        raise DocumentError("the file is empty", source)
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise DocumentError(f"unknown encoding '{encoding}'", source) from None
        except UnicodeDecodeError as exc:
            raise DocumentError(f"cannot decode as {encoding}: {exc.reason}", source) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file, not an article (found NUL bytes)", source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DocumentError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); pass --encoding, e.g. cp1252",
            source, line) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise DocumentError("binary file, not an article (control characters)", source)
    return text


def detect_format(source: str, text: str) -> str:
    suffix = Path(source).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


def read_text(text: str, source: str, fmt: str = "text") -> Document:
    """A Document from text already decoded; ``fmt`` is "text", "markdown" or "html"."""
    if not text.strip():
        raise DocumentError("the file is empty", source)
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, source)
    if fmt == "html":
        return read_html(text, source)
    return read_plain(text, source)


def read_plain(original: str, source: str) -> Document:
    prose = original.replace("\r", " ")
    blocks = line_blocks(prose, 0, len(prose))
    blocks, title, date = classify_blocks(prose, blocks)
    return Document(source=source, original=original, text=prose, blocks=tuple(blocks),
                    title=title, date=date)


def line_blocks(text: str, start: int, end: int) -> list[Block]:
    """One prose block per non-blank line of ``text[start:end]``."""
    blocks = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group(0)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            s = start + m.start() + lead
            blocks.append(Block(Span(s, start + m.start() + len(line.rstrip())), "prose"))
    return blocks


_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+|[A-Z])[.)]\s+\S")
_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def classify_blocks(text: str, blocks: list[Block]) -> tuple[list[Block], str | None,
                                                           dt.date | None]:
    """Mark datelines, headings, noise and the title among plain prose blocks."""
    out: list[Block] = []
    title: str | None = None
    date: dt.date | None = None
    seen_prose = False
    for i, block in enumerate(blocks):
        line = text[block.span.start:block.span.end].strip()
        words = line.split()
        kind = block.kind
        if kind != "prose":
            out.append(block)
            continue
        line_date = parse_dateline(line)
        if line_date and not seen_prose:
            date = date or line_date
            kind = "dateline"
        elif line_date or re.fullmatch(r"[\d\W_]+", line):
            kind = "noise"  # page numbers, counters, rules: nothing to read
        elif _HEADING_NUMBER.match(line) and len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "heading"
        elif not seen_prose and title is None and len(words) <= 18 and i + 1 < len(blocks) and (
                ":" in line or not _END_PUNCT.search(line)):
            kind = "title"
            title = line.rstrip(".")
        elif len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "heading"
        elif line.endswith("?") and len(words) <= 15:
            kind = "heading"  # a rhetorical question used as a section lead-in
        else:
            seen_prose = True
        out.append(Block(block.span, kind))
    return out, title, date


def read_html(original: str, source: str) -> Document:
    from .htmlpage import parse_html

    page = parse_html(original, source=source)
    return Document(source=source, original=original, text=page.text, blocks=page.blocks,
                    title=page.title, date=page.published, offsets=page.offsets)


Fetch = Callable[[str], tuple[str, str, str]]  # url -> (final url, content type, text)


def load_document(source: str, *, date: dt.date | None = None, encoding: str | None = None,
                  fetch: Fetch | None = None) -> Document:
    """Read an article from a path or an http(s) URL; ``date`` overrides its own date."""
    if re.match(r"(?i)[a-z][a-z0-9+.-]*://", source) and not re.match(r"(?i)https?://", source):
        raise DocumentError("only http:// and https:// URLs can be fetched", source)
    if re.match(r"(?i)https?://", source):
        if fetch is None:
            raise DocumentError("fetching URLs is not available", source)
        final_url, content_type, text = fetch(source)
        fmt = "html" if "html" in content_type else detect_format(final_url, text)
        document = read_text(text, final_url, fmt)
    else:
        path = Path(source)
        if not path.exists():
            raise DocumentError("no such file", source)
        if path.is_dir():
            raise DocumentError("is a directory, not an article", source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"cannot read: {exc.strerror}", source) from None
        text = decode(data, source, encoding)
        document = read_text(text, source, detect_format(source, text))
    if date is not None:
        document = replace(document, date=date)
    return document
