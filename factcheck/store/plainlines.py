"""The fastest tier of the fact-file YAML reader: a file whose every line holds one thing.

Owns: reading block YAML in which each line is blank, a comment, ``key: value``, ``key:``
(whose value is below), ``- key: value`` (an item that is a mapping) or ``- value`` (an item
that is a scalar), with a value on one line (a plain, quoted or flow-list scalar), and the
reading of such a one-line value (``one_line``, which ``plainyaml`` uses too). That is almost
every line of a large store, and most of its lines repeat (``kind: quantity``, a measure's
cues, a publisher, a reliability): each distinct line is read once and remembered, so a line
costs a dictionary look-up. The values, mappings, lines and key order are the ones
``plainyaml._Reader`` gives (``tests/test_plainyaml.py`` compares both with PyYAML).

Anything else (block text, a flow list over several lines, a misaligned line, a duplicate
key) raises ``Outside``, and the caller reads the file with the next tier. Must not:
validate fields or report errors.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any, Protocol

from .fields import _Mapping


class Outside(Exception):
    """The text uses YAML beyond what this tier reads."""


class Scalars(Protocol):
    """Plain scalars resolved by PyYAML's own resolver (``plainyaml._Scalars``)."""

    typed_starts: Container[str]
    keys: dict[str, tuple[Any, str]]

    def value(self, text: str) -> Any: ...


KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\["\\])*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE_ESCAPE = re.compile(r'\\(["\\])')
# One item of a one-line flow list, and the comma or end after it.
_FLOW_ITEM = re.compile(r""" *(?:"((?:[^"\\]|\\["\\])*)"|'((?:[^']|'')*)'"""
                        r"""|((?:[^\s,\[\]{}#:?"'&*!|>%@`-]|-[^\s,\[\]{}#:?])[^,\[\]{}#:?]*))"""
                        r""" *(,|$)""")
INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_LINE_CACHE_SIZE = 100_000

# What a line is: the first item of each remembered entry.
_SKIP, _KEY, _ITEM_KEY, _ITEM_VALUE = range(4)
_BELOW: Any = object()  # the value of a key with nothing after its colon: the lines below


def one_line(rest: str, scalars: Scalars) -> Any:
    """A value written on one line after a key's colon or a list's dash: a plain or quoted
    scalar, or a flow list (as a list); ``Outside`` for anything else (block text, a flow
    list that goes on, anchors, tags)."""
    first = rest[0]
    if first == '"':
        match = _DOUBLE.match(rest)
        if match is None:
            raise Outside
        end(rest, match.end())
        return _DOUBLE_ESCAPE.sub(r"\1", match[1]) if "\\" in match[1] else match[1]
    if first == "'":
        match = _SINGLE.match(rest)
        if match is None:
            raise Outside
        end(rest, match.end())
        return match[1].replace("''", "'")
    if first == "[":
        return flow(rest, scalars)
    if first in INDICATORS and not (first == "-" and len(rest) > 1 and rest[1] != " "):
        raise Outside
    cut = rest.find(" #")
    text = (rest if cut < 0 else rest[:cut]).rstrip(" ")
    if ": " in text or text.endswith(":"):
        raise Outside
    return scalars.value(text) if first in scalars.typed_starts else text


def end(rest: str, at: int) -> None:
    """Only spaces or a comment may follow a quoted scalar."""
    after = rest[at:]
    if after and not (after.isspace() or after[0] == " " and after.lstrip(" ")[0] == "#"):
        raise Outside


def flow(rest: str, scalars: Scalars) -> list[Any]:
    """A flow list of scalars written on one line."""
    close = rest.rfind("]")
    if close < 0 or "#" in rest or rest[close + 1:].strip():
        raise Outside
    inner = rest[1:close]
    if not inner.strip():
        return []
    items: list[Any] = []
    pos = 0
    while True:
        match = _FLOW_ITEM.match(inner, pos)
        if match is None:
            raise Outside
        if match[1] is not None:
            items.append(_DOUBLE_ESCAPE.sub(r"\1", match[1]) if "\\" in match[1] else match[1])
        elif match[2] is not None:
            items.append(match[2].replace("''", "'"))
        else:
            items.append(scalars.value(match[3].rstrip(" ")))
        pos = match.end()
        if not match[4]:
            return items
        if pos >= len(inner) or inner[pos:].isspace():
            raise Outside  # a trailing comma


class LineCache:
    """The lines read so far, kept across the files of a build: a line is kept for good
    (``seen``) the second time it is read, so the lines a store repeats are not pushed out
    by the ones it writes once (ids, statements, URLs), which are forgotten in bulk."""

    def __init__(self) -> None:
        self.seen: dict[str, _Line] = {}
        self.once: dict[str, _Line] = {}

    def keep(self, line: str, entry: _Line) -> None:
        if len(self.seen) >= _LINE_CACHE_SIZE:
            self.seen.clear()
        self.seen[line] = entry


class LineReader:
    """The document of a text each of whose lines holds one thing (see the module)."""

    def __init__(self, text: str, scalars: Scalars, lines: LineCache) -> None:
        self.raw = text.split("\n")
        self.scalars = scalars
        self.lines = lines
        self.pos = 0
        # The last line looked up: a line looked at before it is read (the first line below
        # a key) is not a line read twice.
        self.last: tuple[str | None, _Line] = (None, _BLANK)

    def document(self) -> Any:
        first = self.content(0)
        if first is None:
            return None
        entry = self.entry(self.raw[first])
        if entry[1]:
            raise Outside  # an indented document
        self.pos = first
        data = self.mapping(0, entry) if entry[0] == _KEY else self.sequence(0, entry)
        if self.content(self.pos) is not None:
            raise Outside
        return data

    def entry(self, line: str) -> _Line:
        """What a line holds (``_read_line`` reads it the first time)."""
        return self.lines.seen.get(line) or self.unseen(line)

    def unseen(self, line: str) -> _Line:
        """``entry`` of a line not among the lines seen twice (the loops below looked)."""
        lines = self.lines
        if self.last[0] is line:
            return self.last[1]
        found = lines.once.pop(line, None)
        if found is not None:
            lines.keep(line, found)  # the second time: a line that repeats
        else:
            found = _read_line(line, self.scalars)
            if len(lines.once) >= _LINE_CACHE_SIZE:
                lines.once.clear()
            lines.once[line] = found
        self.last = (line, found)
        return found

    def content(self, pos: int) -> int | None:
        """The first line from ``pos`` on that is neither blank nor a comment."""
        raw = self.raw
        while pos < len(raw):
            if self.entry(raw[pos])[0] != _SKIP:
                return pos
            pos += 1
        return None

    def mapping(self, indent: int, first: _Line | None) -> Any:
        """The mapping whose keys start at ``indent``; ``first`` is what the current line
        holds when the caller has looked (its key may stand after a list's dash)."""
        # The loop every line of a large store goes through: a look-up of the line, kept to
        # locals.
        raw, count, get, unseen = self.raw, len(self.raw), self.lines.seen.get, self.unseen
        mapping = _Mapping()
        key_lines: dict[str, int] = {}
        mapping.key_lines = key_lines
        pos = self.pos
        mapping.line = pos + 1
        while pos < count:
            if first is not None:  # the mapping's first key, where the caller found it
                found, first = first, None
            else:
                found = get(raw[pos]) or unseen(raw[pos])
                kind, at = found[0], found[1]
                if kind != _KEY or at != indent:
                    if kind == _SKIP:
                        pos += 1
                        continue
                    if at < indent:
                        break
                    raise Outside  # an item where a key belongs, or a deeper key
            key, name, value = found[2], found[3], found[4]
            if key in mapping:
                raise Outside  # PyYAML's loader names the duplicate
            key_lines[name] = pos + 1
            pos += 1
            if value is _BELOW:
                self.pos = pos
                mapping[key] = self.below(indent)
                pos = self.pos
            else:
                mapping[key] = list(value) if type(value) is tuple else value
        self.pos = pos
        return mapping

    def below(self, indent: int) -> Any:
        """The value of a key with nothing after its colon: what the next lines hold."""
        pos = self.content(self.pos)
        if pos is None:
            return None
        entry = self.entry(self.raw[pos])
        kind, at = entry[0], entry[1]
        if at > indent or at == indent and kind != _KEY:  # a list written level with its key
            self.pos = pos
            return self.mapping(at, entry) if kind == _KEY else self.sequence(at, entry)
        return None

    def sequence(self, indent: int, first: _Line) -> list[Any]:
        """The list whose dashes stand at ``indent``; ``first`` is what its first line holds."""
        raw, count, get, unseen = self.raw, len(self.raw), self.lines.seen.get, self.unseen
        items: list[Any] = []
        pos = self.pos
        given: _Line | None = first
        while pos < count:
            found = given or get(raw[pos]) or unseen(raw[pos])
            given = None
            kind, at, _, _, value = found
            if kind == _SKIP:
                pos += 1
                continue
            if at < indent or kind == _KEY and at == indent:
                break  # the end, or a key after a list written level with it
            if at > indent:
                raise Outside
            if kind == _ITEM_KEY:
                self.pos = pos
                items.append(self.mapping(indent + 2, found))
                pos = self.pos
            else:
                items.append(list(value) if type(value) is tuple else value)
                pos += 1
        self.pos = pos
        return items


# What a line holds: (what it is, its indent, key, key's name, value). The indent of an item
# is its dash's; a flow list is kept as a tuple (each use makes its own list).
_Line = tuple[int, int, Any, str, Any]
_BLANK: _Line = (_SKIP, -1, None, "", None)
_heads: dict[str, tuple[int, int, Any, str]] = {}  # "    key" or "  - key" -> what it is
_SLOW: Any = object()


def _read_line(line: str, scalars: Scalars) -> _Line:
    """What one line holds: most are a key already seen and a value in its plainest form."""
    colon = line.find(": ")
    if colon > 0 and (head := _heads.get(line[:colon])) is not None:
        value = _quick(line[colon + 2:], scalars)
        if value is not _SLOW:
            return (*head, value)
    body = line.lstrip(" ")
    if not body or body[0] == "#":
        return _BLANK
    at = len(line) - len(body)
    kind = _KEY
    if body[0] == "-" and (len(body) == 1 or body[1] == " "):
        body = body[2:]
        if not body or body[0] == " " or body.isspace():
            raise Outside
        if not KEY.match(body):
            return (_ITEM_VALUE, at, None, "", _frozen(one_line(body, scalars)))
        kind = _ITEM_KEY
    colon = body.find(":")
    match = KEY.match(body)
    if match is None or match.end(1) != colon:
        raise Outside
    known = scalars.keys.get(match[1])
    if known is None:
        key = scalars.value(match[1])
        known = scalars.keys[match[1]] = (key, str(key))
    rest = body[colon + 1:].lstrip(" ")
    if not rest:
        return (kind, at, known[0], known[1], _BELOW)
    if rest[0] != " " and body[colon + 1:colon + 2] == " " and len(_heads) < _LINE_CACHE_SIZE:
        _heads[line[:len(line) - len(body) + colon]] = (kind, at, known[0], known[1])
    return (kind, at, known[0], known[1], _frozen(one_line(rest, scalars)))


def _quick(rest: str, scalars: Scalars) -> Any:
    """A double-quoted text without escapes, or a plain scalar without a comment, written
    right after ``: ``; ``_SLOW`` for anything else (``one_line`` reads it)."""
    first = rest[:1]
    if first == '"':
        if rest[-1] == '"' and rest.count('"') == 2 and "\\" not in rest:
            return rest[1:-1]
    elif first and first not in INDICATORS and first != " " and " #" not in rest \
            and ": " not in rest and rest[-1] != ":" and rest[-1] != " ":
        return scalars.value(rest) if first in scalars.typed_starts else rest
    return _SLOW


def _frozen(value: Any) -> Any:
    return tuple(value) if type(value) is list else value
