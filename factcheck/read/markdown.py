"""Markdown articles: front matter, prose, and what is not prose.

Owns: reading YAML (``---``) and TOML (``+++``) front matter (title, date), and blanking code
blocks, inline code, link targets, images, HTML comments and tags, footnote and reference
markers, shortcodes and templating, and markup characters to spaces so the prose keeps every
character's offset in the file. Must not: split sentences.

Why regular expressions and not a CommonMark parser (markdown-it-py): its tokens carry only
the line range of each block, not character offsets of inline text, so every token would
have to be found again in the source to keep exact offsets; blanking in place keeps them by
construction, and a footnote body stays prose where it stands.
"""

from __future__ import annotations

import re
import tomllib

import yaml

from ..errors import DocumentError
from ..model import Block, Document, Span
from .blocks import classify_blocks, parse_iso_date

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                    re.DOTALL)
_TOML_FRONT = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)\+\+\+[ \t]*(?:\r?\n|\Z)",
                         re.DOTALL)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)",
                    re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)[^`\n]*?\1")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(\[)([^\]\n]*)(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[^\n]*$", re.MULTILINE)
# A footnote's label goes; its text is the article's own prose and stays.
_FOOTNOTE_DEF = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]+\]:", re.MULTILINE)
# "[^1]" and "[1]" after a word or a full stop: a marker, never part of the sentence (left in,
# "management.[2]" no longer ends with a full stop and the paragraph reads as a heading).
_MARKER = re.compile(r"\[\^[^\]\s]+\](?!:)|\[\d{1,3}\](?![(\[:])")
# Hugo shortcodes and Liquid/Jinja templating ("{{< figure >}}", "{% include %}", "{{ x }}").
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+", re.MULTILINE)
_SETEXT = re.compile(r"^[^\n]+\n[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE)
_LIST = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$",
                         re.MULTILINE)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def read_markdown(original: str, source: str) -> Document:
    chars = list(original.replace("\r", " "))
    title: str | None = None
    date = None
    front = _FRONT.match(original) or _TOML_FRONT.match(original)
    if front:
        meta = _front_matter(front.group(1), source, toml=front.re is _TOML_FRONT)
        title = str(meta["title"]) if meta.get("title") else None
        for key in ("date", "published", "pubDate", "published_at", "publishDate"):
            if meta.get(key):
                date = parse_iso_date(meta[key])
                break
        _blank(chars, 0, front.end())
    text = "".join(chars)
    for pattern in (_FENCE, _COMMENT, _TEMPLATE, _REF_DEF, _IMAGE, _AUTOLINK, _TABLE_RULE,
                    _RULE):
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
        text = "".join(chars)
    text = _blank_indented_code(text, chars)
    for m in _INLINE_CODE.finditer(text):
        _blank(chars, m.start(), m.end())
    text = "".join(chars)
    for m in _LINK.finditer(text):
        _blank(chars, m.start(1), m.end(1))
        _blank(chars, m.start(3), m.end(3))
    # after indented code: a blanked footnote label would make its text look indented
    for pattern in (_FOOTNOTE_DEF, _MARKER):
        for m in pattern.finditer("".join(chars)):
            _blank(chars, m.start(), m.end())
    for m in _TAG.finditer("".join(chars)):
        _blank(chars, m.start(), m.end())
    text = "".join(chars)
    for m in _EMPHASIS.finditer(text):
        _blank(chars, m.start(), m.start(2))
        _blank(chars, m.end(2), m.end())
    text = "".join(chars)

    heading_lines: set[int] = set()
    for m in _HEADING.finditer(text):
        _blank(chars, m.start(), m.end())
        heading_lines.add(text.count("\n", 0, m.start()))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        # closing hashes: "## Title ##"
        tail = re.search(r"[ \t]+#+[ \t]*$", text[m.end():line_end])
        if tail:
            _blank(chars, m.end() + tail.start(), line_end)
    for m in _SETEXT.finditer(text):
        underline = m.start(1)
        _blank(chars, underline, m.end())
        heading_lines.add(text.count("\n", 0, m.start()))
    text = "".join(chars)
    item_lines: set[int] = set()
    for pattern in (_QUOTE, _LIST):
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
            if pattern is _LIST:
                item_lines.add(text.count("\n", 0, m.start()))
        text = "".join(chars)
    text = text.replace("|", " ")

    blocks = _with_tables(_paragraphs(text, heading_lines, item_lines), original, text)
    if title is None:
        for block in blocks:
            if block.kind == "heading":
                title = text[block.span.start:block.span.end].strip()
                break
    blocks, plain_title, plain_date = classify_blocks(text, blocks)
    # Markdown marks its headings; only a dateline is worth taking from the prose.
    blocks = [b if b.kind != "title" or title is None else Block(b.span, "prose")
              for b in blocks]
    return Document(source=source, original=original, text=text, blocks=tuple(blocks),
                    title=title or plain_title, date=date or plain_date)


def _cells(line: str, start: int) -> list[Span]:
    """The spans of a pipe-table line's cells, trimmed; outer pipes are optional."""
    bars = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bars + (
        [len(line)] if not line.rstrip().endswith("|") else [])
    spans = []
    for left, right in zip(edges, edges[1:], strict=False):
        cell = line[left + 1:right]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            spans.append(Span(start + left + 1 + lead, start + left + 1 + len(cell.rstrip())))
        else:
            spans.append(Span(start + left + 1, start + left + 1))
    return spans


def _with_tables(blocks: list[Block], original: str, text: str) -> list[Block]:
    """Pipe tables read row by row: the header line is a heading, and each row a block of
    its own that carries its cells and the header, so each figure is read with its column."""
    lines = original.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    rows: list[Block] = []
    covered: list[Span] = []
    i = 0
    while i + 1 < len(lines):
        if "|" in lines[i] and _TABLE_RULE.fullmatch(lines[i + 1]):
            header_cells = _cells(lines[i], starts[i])
            header = tuple(text[s.start:s.end].strip() for s in header_cells)
            end = i + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            covered.append(Span(starts[i], starts[end] - 1))
            rows.append(Block(Span(starts[i], starts[i] + len(lines[i].rstrip())), "heading"))
            for n in range(i + 2, end):
                cells = tuple(_cells(lines[n], starts[n]))
                rows.append(Block(Span(starts[n], starts[n] + len(lines[n].rstrip())), "row",
                                  cells=cells, header=header))
            i = end
        else:
            i += 1
    if not rows:
        return blocks
    kept = [b for b in blocks if not any(b.span.start < c.end and c.start < b.span.end
                                         for c in covered)]
    return sorted(kept + rows, key=lambda b: b.span.start)


def _front_matter(body: str, source: str, toml: bool = False) -> dict[str, object]:
    if toml:
        try:
            return tomllib.loads(body)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"\(at line (\d+)", str(exc))
            line = int(found.group(1)) + 1 if found else None
            problem = re.sub(r"\s*\(at line.*$", "", str(exc)) or "invalid TOML"
            raise DocumentError(f"front matter: {problem}", source, line) from None
    try:
        meta = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DocumentError(f"front matter: {problem}", source, line) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise DocumentError("front matter must be a mapping of keys to values", source, 2)
    return meta


def _blank_indented_code(text: str, chars: list[str]) -> str:
    """Indented code blocks: 4+ spaces after a blank line, outside lists."""
    lines = text.split("\n")
    offset = 0
    in_code = False
    previous_blank = True
    for line in lines:
        indented = line.startswith(("    ", "\t")) and line.strip()
        if indented and (previous_blank or in_code) and not re.match(r"\s*(?:[-*+]|\d+[.)])\s",
                                                                     line):
            _blank(chars, offset, offset + len(line))
            in_code = True
        elif line.strip():
            in_code = False
        previous_blank = not line.strip()
        offset += len(line) + 1
    return "".join(chars)


def _paragraphs(text: str, heading_lines: set[int], item_lines: set[int]) -> list[Block]:
    """Blocks: runs of non-blank lines; each heading and list item is a block of its own."""
    blocks: list[Block] = []
    offset = 0
    start: int | None = None
    end = 0
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        line_start = offset + len(line) - len(line.lstrip())
        line_end = offset + len(line.rstrip())
        if number in heading_lines and stripped:
            if start is not None:
                blocks.append(Block(Span(start, end), "prose"))
                start = None
            blocks.append(Block(Span(line_start, line_end), "heading"))
        elif not stripped:
            if start is not None:
                blocks.append(Block(Span(start, end), "prose"))
                start = None
        else:
            if number in item_lines and start is not None:
                blocks.append(Block(Span(start, end), "prose"))
                start = None
            if start is None:
                start = line_start
            end = line_end
        offset += len(line) + 1
    if start is not None:
        blocks.append(Block(Span(start, end), "prose"))
    return blocks
