"""Markdown articles: front matter, prose, and what is not prose.

Owns: reading YAML (``---``, with the safe loader and its aliases bounded: an alias bomb is
refused before anything is expanded) and TOML (``+++``) front matter (title, date), and
blanking code blocks, inline code, link targets, images, HTML comments and tags, footnote
and reference markers, shortcodes and templating, and markup characters to spaces so the
prose keeps every character's offset in the file. Must not: split sentences.

Why regular expressions and not a CommonMark parser (markdown-it-py): its tokens carry only
the line range of each block, not character offsets of inline text, so every token would
have to be found again in the source to keep exact offsets; blanking in place keeps them by
construction, and a footnote body stays prose where it stands.
"""

from __future__ import annotations

import re

import yaml

from ..errors import DocumentError
from ..model import Block, Document, Span
from .blocks import classify_blocks, date_warning, holds_figure, parse_iso_date
from .tables import TABLE_RULE, with_tables

# Values in the front matter once its aliases are expanded: a real one holds a few dozen.
MAX_FRONT_MATTER_VALUES = 10_000
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                    re.DOTALL)
_TOML_FRONT = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)\+\+\+[ \t]*(?:\r?\n|\Z)",
                         re.DOTALL)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)",
                    re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# Every pattern stays linear in the text's length. An opener ("[", "<", "*", "{{") whose
# pattern scans on for a closer would cost the rest of the line (or text) at each opener:
# quadratic on "[[[[...". So what a construct may hold is bounded (a link's text, a tag, an
# emphasised phrase, a template), runs of blanks are possessive (``*+``: never given back to
# try again), and code spans are found by a scan over the backtick runs (``_code_spans``).
_BACKTICKS = re.compile(r"`+")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"(\[)([^\]\n]{0,300})(\]\([^)\n]{0,2000}\)|\]\[[^\]\n]{0,300}\])")
# A list item that is one link and nothing else ("- [Acme ups its spending](url)"): a related
# story or a source pointed to, never the article's own statement.
_LINK_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?\[[^\]\n]{1,300}\]"
                        r"\([^)\n]{0,2000}\)(?:\*\*|__)?[ \t]*$", re.MULTILINE)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[^\n]*$", re.MULTILINE)
# A footnote's label goes; its text is the article's own prose and stays.
_FOOTNOTE_DEF = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]+\]:", re.MULTILINE)
# "[^1]" and "[1]" after a word or a full stop: a marker, never part of the sentence (left in,
# "management.[2]" no longer ends with a full stop and the paragraph reads as a heading).
_MARKER = re.compile(r"\[\^[^\]\s]+\](?!:)|\[\d{1,3}\](?![(\[:])")
# Hugo shortcodes and Liquid/Jinja templating ("{{< figure >}}", "{% include %}", "{{ x }}").
_TEMPLATE = re.compile(r"\{\{.{0,2000}?\}\}|\{%.{0,2000}?%\}", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]{0,2000}>")
_TAG = re.compile(r"</?[A-Za-z][^>\n]{0,2000}>")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+", re.MULTILINE)
_SETEXT = re.compile(r"^[^\n]+\n[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE)
# Markdown's list marks, and the bullets pages pasted as text mark items with ("•", "–", "·",
# "▪", "◦", "‣"): each such line is an item of its own, never run into the line before.
_LIST = re.compile(r"^([ \t]*)(?:[-*+\u2022\u00b7\u25aa\u2023\u25e6\u2013]|\d{1,9}[.)])[ \t]+",
                   re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
# Dashes right under a line of a paragraph underline a heading (setext), not a rule: not
# after a blank line, a list item, a quotation or a table row, nor dashes with spaces between.
_DASH_UNDERLINE = re.compile(r"^(?![ \t]*(?:[-*+>#]|\d{1,9}[.)])[ \t])(?=[^\n|]*\S)[^\n|]+\n"
                             r"([ \t]{0,3}-+[ \t]*)$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.{1,1000}?)(?<=\S)\1")
_CLOSING_HASHES = re.compile(r"[ \t]++#++[ \t]*+$")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def read_markdown(original: str, source: str) -> Document:
    chars = list(original.replace("\r", " "))
    title: str | None = None
    date = None
    problem: str | None = None
    front = _FRONT.match(original) or _TOML_FRONT.match(original)
    if front:
        meta = _front_matter(front.group(1), source, toml=front.re is _TOML_FRONT)
        title = str(meta["title"]) if meta.get("title") else None
        for key in ("date", "published", "pubDate", "published_at", "publishDate"):
            if meta.get(key):
                date = parse_iso_date(meta[key])
                if date is None:  # "2025-02-30": said once, not dropped without a word
                    problem = date_warning(str(meta[key]), _key_line(front, key))
                break
        _blank(chars, 0, front.end())
    text = "".join(chars)
    underlines = {m.start(1) for m in _DASH_UNDERLINE.finditer(text)}
    for pattern in (_FENCE, _COMMENT, _TEMPLATE, _REF_DEF, _LINK_ITEM, _IMAGE, _AUTOLINK,
                    TABLE_RULE, _RULE):
        for m in pattern.finditer(text):
            if m.start() not in underlines or pattern not in (TABLE_RULE, _RULE):
                _blank(chars, m.start(), m.end())
        text = "".join(chars)
    text = _blank_indented_code(text, chars)
    for start, end in _code_spans(text):
        _blank(chars, start, end)
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
    line_of = _LineCounter(text)
    for m in _HEADING.finditer(text):
        _blank(chars, m.start(), m.end())
        heading_lines.add(line_of(m.start()))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        # closing hashes: "## Title ##"
        tail = _CLOSING_HASHES.search(text, m.end(), line_end)
        if tail:
            _blank(chars, tail.start(), line_end)
    line_of = _LineCounter(text)
    for m in _SETEXT.finditer(text):
        underline = m.start(1)
        _blank(chars, underline, m.end())
        heading_lines.add(line_of(m.start()))
    text = "".join(chars)
    item_lines: set[int] = set()
    for pattern in (_QUOTE, _LIST):
        line_of = _LineCounter(text)
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
            if pattern is _LIST:
                item_lines.add(line_of(m.start()))
        text = "".join(chars)
    text = text.replace("|", " ")

    paragraphs = _paragraphs(text, heading_lines, item_lines)
    blocks = with_tables(paragraphs, original, text)
    if title is None:
        for at, block in enumerate(blocks):
            if block.kind == "heading" and not (at + 1 < len(blocks) and
                                                blocks[at + 1].kind == "row"):
                # (a heading right over a row is its table's header row, no title)
                title = text[block.span.start:block.span.end].strip()
                break
    # A heading that gives a figure is a claim all the same ("# OpenAI raised $99 billion"),
    # and the title still if it is the first; a table's header row is no such heading.
    figures = {b.span for b in paragraphs
               if b.kind == "heading" and holds_figure(text[b.span.start:b.span.end])}
    blocks = [Block(b.span, "prose") if b.kind == "heading" and b.span in figures else b
              for b in blocks]
    blocks, plain_title, plain_date, plain_problem = classify_blocks(text, blocks)
    # Markdown marks its headings; only a dateline is worth taking from the prose.
    blocks = [b if b.kind != "title" or title is None else Block(b.span, "prose")
              for b in blocks]
    return Document(source=source, original=original, text=text, blocks=tuple(blocks),
                    title=title or plain_title, date=date or plain_date,
                    date_problem=problem or plain_problem)


def _key_line(front: re.Match[str], key: str) -> str:
    """``line N`` of a front-matter key in the file (its first line is the opening --- or
    +++; YAML writes ``key:``, TOML ``key =``)."""
    m = re.search(rf"(?m)^{re.escape(key)}\s*[:=]", front.group(1))
    return f"line {front.group(1).count(chr(10), 0, m.start()) + 2}" if m else "front matter"


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML as it is written: a date stays the text it was ("2025-02-30" is no traceback),
    and the reader parses it, saying so when it names no real day."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class _LineCounter:
    """The 0-based line of an offset, for offsets asked in increasing order: counting from
    the last one asked keeps a pass over the text linear (counting from 0 each time is not)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 0

    def __call__(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code: a run of backticks, text without backticks on the same line, and a run
    at least as long, which closes it with as many backticks; a run without such a closer
    pairs its own backticks ("``" is an empty span). This is what the pattern
    ``(`+)[^`\n]*?\1`` matches, found in one pass over the runs: the pattern itself tries
    every shorter opener at each backtick, quadratic in a run's length."""
    runs = [[m.start(), m.end()] for m in _BACKTICKS.finditer(text)]
    spans = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        length = end - start
        closer = runs[i + 1] if i + 1 < len(runs) else None
        if closer and closer[1] - closer[0] >= length and "\n" not in text[end:closer[0]]:
            close = closer[0] + length
            spans.append((start, close))
            closer[0] = close  # what is left of a longer closing run may open a span
            i += 1 if close < closer[1] else 2
        elif length >= 2:
            paired = start + length // 2 * 2
            spans.append((start, paired))
            runs[i][0] = paired  # an odd run leaves one backtick to try on its own
            i += 1 if paired == end else 0
        else:
            i += 1
    return spans


def _front_matter(body: str, source: str, toml: bool = False) -> dict[str, object]:
    """The front matter's mapping: TOML, or YAML read with the safe loader and its aliases
    bounded."""
    if toml:
        import tomllib  # few articles have TOML front matter: not loaded for the rest

        try:
            return tomllib.loads(body)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"\(at line (\d+)", str(exc))
            line = int(found.group(1)) + 1 if found else None
            problem = re.sub(r"\s*\(at line.*$", "", str(exc)) or "invalid TOML"
            raise DocumentError(f"front matter: {problem}", source, line) from None
    loader = _FrontMatterLoader(body)  # a SafeLoader: dates stay text
    try:
        node = loader.get_single_node()
        if node is not None and _expanded_size(node) > MAX_FRONT_MATTER_VALUES:
            raise DocumentError(f"front matter: aliases expand to more than "
                                f"{MAX_FRONT_MATTER_VALUES:,} values", source, 2)
        meta = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DocumentError(f"front matter: {problem}", source, line) from None
    except RecursionError:
        raise DocumentError("front matter: nested too deeply", source, 2) from None
    except ValueError as exc:  # an explicit !!timestamp that names no real day, and such
        raise DocumentError(f"front matter: {exc}", source, 2) from None
    finally:
        loader.dispose()
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise DocumentError("front matter must be a mapping of keys to values", source, 2)
    return meta


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _expanded_size(root: yaml.Node) -> int:
    """How many values ``root`` stands for once every alias is copied out, counted on the
    graph of shared nodes (linear in its size; anything past the limit counts as over it).

    An alias bomb is small as a graph and huge expanded: nine aliases of nine aliases ...
    A node that holds itself never ends once expanded."""
    over = MAX_FRONT_MATTER_VALUES + 1
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = min(over, 1 + sum(sizes[id(child)] for child in _children(node)))
        elif key not in sizes:
            if key in open_nodes:  # met again inside itself: a recursive structure
                return over
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
    return sizes[id(root)]


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
