"""Reading an article (plain text, Markdown, HTML, or a URL) into a Document.

Owns: decoding bytes, telling prose from markup, the article's title and date, and the map
from prose back to offsets in the original file. For text and Markdown the prose is a
same-length copy of the file with markup blanked out, so offsets need no map at all.
Must not: split sentences or find claims (that is ``language/extract.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import DocumentError
from ..model import Block, Document, Span, hidden_note
from .blocks import classify_blocks, credit_tail, furniture_line, holds_figure, line_blocks
from .files import read_bytes
from .hidden import CONTROL, blank_controls, remove_hidden
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE, check_line_length
from .spacing import closed_decimals
from .tables import with_tables

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

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
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"not valid UTF-16 after its byte-order mark ({exc.reason} "
                                f"at byte {exc.start})", source) from None
    elif b"\x00" in data:
        raise DocumentError("binary file, not an article (found NUL bytes)", source)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise DocumentError(
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); pass --encoding, e.g. cp1252",
                source, line) from None
    # The whole file, not its head: a control character anywhere may reach a report.
    if "\x00" in text:
        raise DocumentError("binary file, not an article (found NUL characters)", source)
    controls = len(CONTROL.findall(text)) - text.count("\f")  # a form feed breaks a page
    if controls > max(8, len(text) // 100):
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


def read_text(text: str, source: str, fmt: str = "text",
              max_line: int = DEFAULT_MAX_LINE) -> Document:
    """A Document from text already decoded; ``fmt`` is "text", "markdown" or "html".

    Before any block is read, a lone CR becomes a line end (the same length, so offsets
    hold), and for text and Markdown control characters become spaces and invisible and
    bidi characters are taken out (``read/hidden``); HTML has them taken out of its prose
    after its entities are decoded, so ``&#x1b;`` is caught too. A text or Markdown line over
    ``max_line`` characters is refused (see ``limits``).
    """
    if not text.strip():
        raise DocumentError("the file is empty", source)
    text = _LONE_CR.sub("\n", text) if "\r" in text else text
    if fmt == "html":
        return _without_hidden(read_html(text, source))
    check_line_length(text, source, max_line)
    cleaned, removed = remove_hidden(blank_controls(text))
    cleaned = closed_decimals(cleaned)  # "$57 .0 billion" (same length: offsets hold)
    if fmt == "markdown":
        from .markdown import read_markdown

        document = read_markdown(cleaned, source)
    else:
        document = read_plain(cleaned, source)
    hidden_at = tuple(at + k for k, at in enumerate(removed.at))
    return replace(document, original=text, dropped=removed.at, hidden_at=hidden_at,
                   hidden=removed.chars, warnings=document.warnings + _hidden_warning(
                       text, hidden_at, removed.chars))


_LONE_CR = re.compile(r"\r(?!\n)")


def _hidden_warning(original: str, at: tuple[int, ...], chars: str) -> tuple[str, ...]:
    if not chars:
        return ()
    line = original.count("\n", 0, at[0]) + 1 if at else 0
    count = f"{len(chars)} character{'s' if len(chars) != 1 else ''}"
    return (f"line {line}: {hidden_note(chars)}; {count} in all",)


def _without_hidden(document: Document) -> Document:
    """An HTML document's prose without control, invisible and bidi characters: controls
    become spaces, the rest are taken out of the text and its offsets, blocks remapped."""
    title = document.title and " ".join(remove_hidden(blank_controls(document.title))[0]
                                        .split())
    text = closed_decimals(blank_controls(document.text))
    cleaned, removed = remove_hidden(text)
    if not removed.chars:
        return replace(document, text=text, title=title or None,
                       warnings=document.warnings + _hidden_warning(
                           document.original, document.hidden_at, document.hidden))
    gone = [at + k for k, at in enumerate(removed.at)]  # indices into ``text``
    offsets = document.offsets or range(len(text))
    kept = set(gone)
    new_offsets = array("q", (o for i, o in enumerate(offsets) if i not in kept))

    def moved(index: int) -> int:
        return index - bisect_left(gone, index)

    def span(s: Span) -> Span:
        return Span(moved(s.start), moved(s.end))

    blocks = tuple(replace(b, span=span(b.span), cells=tuple(span(c) for c in b.cells))
                   for b in document.blocks)
    # With the zero-width characters the parser left out, in the order of the file.
    hidden = sorted([*zip(document.hidden_at, document.hidden, strict=True),
                     *((offsets[i], ch) for i, ch in zip(gone, removed.chars, strict=True))])
    hidden_at, chars = tuple(at for at, _ in hidden), "".join(ch for _, ch in hidden)
    return replace(document, text=cleaned, offsets=new_offsets, blocks=blocks,
                   title=title or None, hidden_at=hidden_at, hidden=chars,
                   warnings=document.warnings + _hidden_warning(document.original, hidden_at,
                                                                chars))


def read_plain(original: str, source: str) -> Document:
    prose = original.replace("\r", " ")
    # a pipe table pasted into plain text is read as Markdown's is: row by row with its header
    blocks = with_tables(line_blocks(prose, 0, len(prose)), prose, prose)
    blocks, title, date, problem = classify_blocks(prose, blocks)
    return Document(source=source, original=original, text=prose, blocks=tuple(blocks),
                    title=title, date=date, date_problem=problem)


def _furniture_out(text: str, block: Block) -> tuple[Block, ...]:
    """A page's prose block as furniture when it is one, or cut before the picture's credit
    that ends a caption."""
    line = text[block.span.start:block.span.end]
    if block.kind != "prose":
        return (block,)
    if furniture_line(line.strip()):
        return (Block(block.span, "noise"),)
    cut = credit_tail(line)
    if cut is None:
        return (block,)
    at = block.span.start + cut
    return Block(Span(block.span.start, at), "prose"), Block(Span(at, block.span.end), "noise")


def read_html(original: str, source: str) -> Document:
    from .htmlpage import parse_html

    page = parse_html(original, source=source)
    # "<h2>OpenAI raised $99 billion</h2>" is a claim all the same (``holds_figure``); a
    # byline, "Related: ..." or a picture's credit is furniture on a page as in text.
    blocks = tuple(block for b in page.blocks for block in _furniture_out(page.text, Block(
        b.span, "prose") if b.kind == "heading" and holds_figure(
        page.text[b.span.start:b.span.end]) else b))
    return Document(source=source, original=original, text=page.text, blocks=blocks,
                    title=page.title, date=page.published,
                    # 8 bytes an offset: as ints, the 4.5 million of a 5 MB page took 160 MB
                    offsets=array("q", page.offsets),
                    hidden_at=tuple(at for at, _ in page.hidden),
                    hidden="".join(ch for _, ch in page.hidden))


Fetch = Callable[[str], tuple[str, str, str]]  # url -> (final url, content type, text)


def load_document(source: str, *, date: dt.date | None = None, encoding: str | None = None,
                  fetch: Fetch | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_line: int = DEFAULT_MAX_LINE) -> Document:
    """Read an article from a path or an http(s) URL; ``date`` overrides its own date.

    A local file must be a regular file of at most ``max_bytes`` (the fetcher holds a URL to
    the same limit); a text or Markdown line may be at most ``max_line`` characters long."""
    if re.match(r"(?i)[a-z][a-z0-9+.-]*://", source) and not re.match(r"(?i)https?://", source):
        raise DocumentError("only http:// and https:// URLs can be fetched", source)
    if re.match(r"(?i)https?://", source):
        if fetch is None:
            raise DocumentError("fetching URLs is not available", source)
        final_url, content_type, text = fetch(source)
        fmt = "html" if "html" in content_type else detect_format(final_url, text)
        document = read_text(text, final_url, fmt, max_line)
    else:
        text = decode(read_bytes(source, max_bytes), source, encoding)
        document = read_text(text, source, detect_format(source, text), max_line)
    if date is not None:
        document = replace(document, date=date)
    return document
