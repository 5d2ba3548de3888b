"""A fast reader for the plain block YAML that fact files are written in.

Owns: reading the common subset of YAML that fact files use (block mappings and sequences,
plain and quoted one-line scalars, one-line flow lists of scalars, and ``>``/``|`` block
text) into the very values PyYAML's positioned loader gives: the same ``_Mapping`` objects
with the line of each mapping and key, and plain scalars resolved and constructed by PyYAML's
own resolver and constructors (so ``2024`` is an int, ``2025-02-04`` a date, ``yes`` a bool).
It is ten times faster than PyYAML's C loader, whose cost is in making a Python object for
every event, node and mark of a million-fact store. A file whose every line holds one thing
(no block text, no flow list over several lines: most fact files) is read by the quicker
line-by-line tier, ``plainlines``, which remembers the lines a store repeats; this module's
reader takes what that tier declines.

Anything outside that subset (anchors, tags, flow mappings, multi-line plain or quoted
scalars, a duplicate key, tabs, carriage returns, a construct PyYAML would reject) is not
guessed at: ``read`` returns ``UNREAD`` and the caller reads the file with PyYAML, which
gives the value or the error in its own words. Must not: validate fields (``facts.py``) or
report errors.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from .fields import _Mapping
from .plainlines import INDICATORS as _INDICATORS
from .plainlines import KEY as _KEY
from .plainlines import LineCache, LineReader, flow, one_line
from .plainlines import Outside as _Outside

UNREAD: Any = object()  # the text is not in the subset: read it with PyYAML

# Characters PyYAML rejects or treats as line breaks, and tabs and carriage returns (whose
# whitespace rules this reader leaves to PyYAML): every character but a newline, printable
# ASCII, and the rest of the Unicode planes save U+2028, U+2029, surrogates, U+FEFF, U+FFFE
# and U+FFFF. Written as the characters it holds, not as those it does not: a negated class
# over the planes took 4.5 ms to compile, on every build of a fresh cache.
_OUTSIDE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_SCALAR_CACHE_SIZE = 50_000


class _Anything:
    def __contains__(self, item: object) -> bool:
        return True


class _Scalars:
    """Plain scalars resolved and constructed by PyYAML itself, remembered (a store repeats
    its kinds, years and dates)."""

    def __init__(self) -> None:
        self.loader = yaml.SafeLoader("")
        # A plain scalar whose first character starts no implicit type is text.
        self.typed_starts: Container[str] = frozenset(
            k for k in self.loader.yaml_implicit_resolvers if k)
        self.cache: dict[str, Any] = {}
        self.keys: dict[str, tuple[Any, str]] = {}  # a key's text -> the key, its name
        if None in self.loader.yaml_implicit_resolvers:  # resolvers for any first character
            self.typed_starts = _Anything()

    def value(self, text: str) -> Any:
        if text[0] not in self.typed_starts:
            return text
        found = self.cache.get(text, UNREAD)
        if found is not UNREAD:
            return found
        tag = self.loader.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
        if tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"):
            raise _Outside
        try:
            found = self.loader.yaml_constructors[tag](self.loader, ScalarNode(tag, text))
        except Exception:  # noqa: BLE001 - PyYAML says what is wrong with it, in its words
            raise _Outside from None
        if len(self.cache) >= _SCALAR_CACHE_SIZE:
            self.cache.clear()
        self.cache[text] = found
        return found


_scalars: _Scalars | None = None
_lines = LineCache()  # the lines ``plainlines`` has read, kept across files


def read(text: str) -> Any:
    """The YAML document of ``text`` as PyYAML's positioned loader reads it, or ``UNREAD``
    when the text is outside the subset this reader knows. A text whose every line holds one
    thing is read line by line (``plainlines``); one with block text or a flow list over
    several lines by this module's reader."""
    global _scalars
    # An ASCII text (most fact files) is checked by ``isprintable``, which is quicker than
    # the pattern and, on ASCII, accepts the same characters.
    if not (text.isascii() and text.replace("\n", "").isprintable()) \
            and _OUTSIDE.search(text):
        return UNREAD
    if _scalars is None:
        _scalars = _Scalars()
    # Block text ("statement: >", the way hand-written fact files give a long statement) is
    # what the line-by-line tier declines most, at its first such line after reading the
    # ones before it: a text that has any goes straight to this module's reader.
    if ": >" not in text and ": |" not in text:
        try:
            return LineReader(text, _scalars, _lines).document()
        except _Outside:
            pass
    try:
        return _Reader(text, _scalars).document()
    except _Outside:
        return UNREAD


class _Reader:
    def __init__(self, text: str, scalars: _Scalars) -> None:
        self.text = text
        self.raw = text.split("\n")
        self.scalars = scalars
        lines = []  # (indent, text from the indent on, line index) of each line with content
        for index, line in enumerate(self.raw):
            body = line.lstrip(" ")
            if body and body[0] != "#":
                lines.append((len(line) - len(body), body, index))
        self.lines = lines
        self.pos = 0

    def document(self) -> Any:
        if not self.lines:
            return None
        indent = self.lines[0][0]
        if indent:
            raise _Outside
        data = self.node(0)
        if self.pos != len(self.lines):
            raise _Outside
        return data

    def node(self, indent: int) -> Any:
        body = self.lines[self.pos][1]
        if body[0] == "-" and (len(body) == 1 or body[1] == " "):
            return self.sequence(indent)
        return self.mapping(indent)

    def mapping(self, indent: int) -> _Mapping:
        # The loop every line of a large store goes through: kept to locals and the common
        # case (a plain or double-quoted value after the key) first.
        lines = self.lines
        count = len(lines)
        value = self.scalars.value
        typed = self.scalars.typed_starts
        keys = self.scalars.keys
        mapping = _Mapping()
        key_lines: dict[str, int] = {}
        mapping.key_lines = key_lines
        pos = self.pos
        mapping.line = lines[pos][2] + 1
        while pos < count:
            at, body, index = lines[pos]
            if at < indent:
                break
            colon = body.find(":")
            known = keys.get(body[:colon]) if colon > 0 else None
            if known is None:
                match = _KEY.match(body)
                if match is None or match.end(1) != colon:
                    raise _Outside
                key = value(match[1])
                known = keys[match[1]] = (key, str(key))
            key, name = known
            rest = body[colon + 1:]
            if rest:
                if rest[0] != " ":
                    raise _Outside
                rest = rest.lstrip(" ")
            if at > indent:
                raise _Outside
            if key in mapping:
                raise _Outside  # PyYAML's loader names the duplicate
            key_lines[name] = index + 1
            pos += 1
            first = rest[:1]
            if first and first not in _INDICATORS:
                cut = rest.find(" #")
                text = (rest if cut < 0 else rest[:cut]).rstrip(" ")
                if ": " in text or text[-1] == ":":
                    raise _Outside
                mapping[key] = value(text) if first in typed else text
                continue
            if first == '"' and rest[-1] == '"' and "\\" not in rest and rest.count('"') == 2:
                mapping[key] = rest[1:-1]
                continue
            self.pos = pos
            if not rest or rest.isspace():
                mapping[key] = self.below(indent)
            else:
                mapping[key] = self.inline(rest, indent, index, block=True)
            pos = self.pos
        self.pos = pos
        return mapping

    def below(self, indent: int) -> Any:
        """The value of a key with nothing after its colon: what the next lines hold."""
        if self.pos >= len(self.lines):
            return None
        at, body, _ = self.lines[self.pos]
        if at > indent:
            return self.node(at)
        if at == indent and body[0] == "-" and (len(body) == 1 or body[1] == " "):
            return self.sequence(indent)  # a list written level with its key
        return None

    def sequence(self, indent: int) -> list[Any]:
        lines = self.lines
        items: list[Any] = []
        while self.pos < len(lines):
            at, body, index = lines[self.pos]
            if at < indent:
                break
            if at > indent:
                raise _Outside
            if body[0] != "-" or len(body) < 2 or body[1] != " ":
                if body == "-":
                    raise _Outside
                break  # a key after a list written level with it
            rest = body[2:]
            if not rest.strip() or rest[0] == " ":
                raise _Outside
            if _KEY.match(rest):
                lines[self.pos] = (indent + 2, rest, index)  # the item's mapping starts here
                items.append(self.mapping(indent + 2))
            else:
                self.pos += 1
                items.append(self.inline(rest, indent, index, block=False))
        return items

    def inline(self, rest: str, indent: int, index: int, block: bool) -> Any:
        """A value written after a key's colon or a list's dash."""
        first = rest[0]
        if first == "[":
            return flow(self.flow_lines(rest, indent, index), self.scalars)
        if first in "|>" and block:
            return self.block_text(rest, indent, index)
        return one_line(rest, self.scalars)

    def flow_lines(self, rest: str, indent: int, index: int) -> str:
        """A flow list written over several lines, as one line: a line break between its
        items or inside a scalar folds to one space, as in PyYAML (a blank or comment line
        inside it is left to PyYAML)."""
        rest = rest.rstrip(" ")
        if rest.endswith("]"):
            return rest
        parts = [rest]
        raw = self.raw
        end = index + 1
        while True:
            if end >= len(raw):
                raise _Outside
            line = raw[end]
            body = line.strip(" ")
            if not body or "#" in body or len(line) - len(line.lstrip(" ")) <= indent:
                raise _Outside
            parts.append(body)
            end += 1
            if body.endswith("]"):
                break
        lines = self.lines
        while self.pos < len(lines) and lines[self.pos][2] < end:
            self.pos += 1
        return " ".join(parts)

    def block_text(self, header: str, indent: int, index: int) -> str:
        """``>`` (folded) or ``|`` (literal) text, clipped or with ``-`` stripped, whose lines
        share one indentation; anything subtler (more-indented lines, ``+``, an indentation
        digit, leading blank lines) is left to PyYAML."""
        folded = header[0] == ">"
        strip = header[1:2] == "-"
        after = header[2:] if strip else header[1:]
        if after and not (after.isspace() or after.lstrip(" ").startswith("#") and
                          after[0] == " "):
            raise _Outside
        raw = self.raw
        start = index + 1
        if start >= len(raw):
            raise _Outside
        first = raw[start]
        body = first.lstrip(" ")
        step = len(first) - len(body)
        if not body or step <= indent:
            raise _Outside
        parts: list[str] = []
        breaks = 0
        end = start
        while end < len(raw):
            line = raw[end]
            body = line.lstrip(" ")
            lead = len(line) - len(body)
            if not body:
                if lead > step:
                    raise _Outside
                breaks += 1
                end += 1
                continue
            if lead < step:
                break
            if lead > step:
                raise _Outside
            if parts:
                if folded:
                    parts.append("\n" * breaks if breaks else " ")
                else:
                    parts.append("\n" * (breaks + 1))
            parts.append(line[step:])
            breaks = 0
            end += 1
        last = end - 1 - breaks
        if last == len(raw) - 1:
            raise _Outside  # the text ends without a line break
        lines = self.lines
        while self.pos < len(lines) and lines[self.pos][2] < end:
            self.pos += 1
        return "".join(parts) + ("" if strip else "\n")
