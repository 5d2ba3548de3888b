"""Untrusted text made safe to print: the one step every format takes at its edge.

Article text, titles, file names, URLs and store text are data, never terminal commands.
Owns: how a report shows a character no one can see or that a terminal would act on --
control characters (C0 but tab and newline, DEL, C1: ESC ``[2K``, OSC window titles, CSI
as U+009B) and the invisible and bidi format characters of ``read/hidden``:

- text formats (terminal, ``ci`` lint and github, explain, sources, error lines) and
  Markdown show each as a visible escape in Python's spelling: ``\\x1b`` for a control
  character, ``\\u202e`` for a format character (``visible``); a CR, alone or before LF,
  is a line end. So that an escape is never mistaken for text that spells one, a run of
  backslashes before what would read as an escape (``x1b``, ``u202e``, an unsafe character,
  and ``n`` or a line end on one line) is doubled, as Python writes a string: the article's
  literal ``\\x1b`` shows as ``\\\\x1b``, a real ESC as ``\\x1b``. Any other backslash is
  left as it is. The JSON formats hold the exact text.
- JSON and SARIF keep the text exact and write each such character as a JSON ``\\uXXXX``
  escape, so no raw control byte reaches a terminal that shows the file (``json_text``).
- a terminal hyperlink (OSC 8) carries only an http(s) URL with a host and no control,
  invisible, bidi or space character, its other non-ASCII characters percent-encoded
  (``link_target``): a URL can never end the escape early and inject one of its own.

Must not: judge or reorder anything; it changes only how characters are written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Any, TextIO, TypeVar, cast
from urllib.parse import quote, urlsplit

from ..read.hidden import UNSAFE

T = TypeVar("T")
_LINE_END = re.compile(r"\r\n?")
_PRINTABLE_ASCII = "".join(chr(c) for c in range(0x21, 0x7F))
_LINKABLE = re.compile(r"https?://[\x21-\x7e]+", re.IGNORECASE)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# A run of backslashes before what an escape of ``shown`` begins with: doubled, so a run of
# odd length ends in an escape and one of even length is the text's own.
_SPELLS_ESCAPE = re.compile(rf"\\+(?=x[0-9a-fA-F]{{2}}|u[0-9a-fA-F]{{4}}|{UNSAFE.pattern})")
_SPELLS_LINE_BREAK = re.compile(r"\\+(?=n|\n)")


def _doubled(m: re.Match[str]) -> str:
    return m.group(0) * 2


def shown(text: str, *, one_line: bool = False) -> str:
    """``text`` with every unsafe character as a visible escape; with ``one_line``, a line
    break too (``\\n``), for formats where a line is a record (lint, an error line). A
    backslash that would make text read as one of these escapes is doubled."""
    if "\r" in text:
        text = _LINE_END.sub("\n", text)
    if "\\" in text:
        text = _SPELLS_ESCAPE.sub(_doubled, text)
    if UNSAFE.search(text):
        text = UNSAFE.sub(lambda m: _escape(m.group(0)), text)
    return on_one_line(text) if one_line else text


def on_one_line(text: str) -> str:
    """Text already ``shown`` (a field of a ``visible`` report) on one line: a line break as
    ``\\n``, a backslash that would read as one doubled. ``shown`` itself is not applied
    twice: a second pass would double the backslash of every escape the first one wrote."""
    if "\\" in text:
        text = _SPELLS_LINE_BREAK.sub(_doubled, text)
    return text.replace("\n", "\\n") if "\n" in text else text


def visible(value: T, *, one_line: bool = False) -> T:
    """``value`` (a report, a ``ci`` result, any frozen dataclass, tuple or list of them)
    with ``shown`` applied to every string inside; what needs no change is returned as is."""
    return cast(T, _walk(value, one_line))


# Values with no text inside: most of a report's leaves (figures, flags, offsets, dates),
# and the types found to be neither text, a container nor a record (the tool's enums),
# added as they are met: a walk passes them by without a call.
_NO_TEXT: set[type] = {int, float, bool, type(None), dt.date}
# The fields a dataclass is made with, by its type (None: not a dataclass); asked once per
# type rather than once per record (``dataclasses.fields`` was a third of the walk).
_INIT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _init_fields(kind: type) -> tuple[str, ...] | None:
    try:
        return _INIT_FIELDS[kind]
    except KeyError:
        names = tuple(f.name for f in dataclasses.fields(kind) if f.init) \
            if dataclasses.is_dataclass(kind) else None
        _INIT_FIELDS[kind] = names
        return names


def _walk(value: Any, one_line: bool) -> Any:
    kind = type(value)
    if kind is str:  # enums of str are the tool's own words
        return shown(value, one_line=one_line)
    if kind in _NO_TEXT:
        return value
    leaves = _NO_TEXT
    if isinstance(value, (tuple, list)):
        changed = False
        items = []
        for item in value:
            new = item if type(item) in leaves else _walk(item, one_line)
            changed = changed or new is not item
            items.append(new)
        if not changed:
            return value
        return type(value)(items) if isinstance(value, list) or type(value) is tuple else value
    if isinstance(value, dict):
        return {_walk(k, one_line): _walk(v, one_line) for k, v in value.items()}
    names = _init_fields(kind)  # an instance's type: a dataclass itself is no record
    if names is None:
        leaves.add(kind)  # neither text, a container nor a record: returned as it is
        return value
    changes = {}
    for name in names:
        old = getattr(value, name)
        if type(old) in leaves:
            continue
        new = _walk(old, one_line)
        if new is not old:
            changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value


def json_text(data: Any) -> str:
    """``data`` as indented JSON (UTF-8 text) with every unsafe character ``\\u``-escaped.

    JSON escapes C0 itself; DEL, C1 and the format characters it would write raw. They can
    stand only inside strings, so replacing them keeps the JSON valid and the text exact.
    """
    parts: list[str] = []
    try:
        _indented(data, "\n", parts)
        text = "".join(parts)
    except _Unusual:
        text = json.dumps(data, indent=2, ensure_ascii=False)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class _Unusual(Exception):
    """A value ``_indented`` leaves to the json module (a key that is no string, NaN)."""


def _indented(value: Any, newline: str, parts: list[str]) -> None:
    """The text ``json.dumps(value, indent=2, ensure_ascii=False)`` gives, for the plain
    data reports are made of, as ``parts``: the same text at two thirds of the cost (with
    an indent the json module writes through Python generators, and a report of 5 MB of
    prose is some 100 MB of JSON). ``newline`` is a line break and the current indentation."""
    kind = type(value)
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        parts.append("{")
        for at, (key, item) in enumerate(value.items()):
            if type(key) is not str:
                raise _Unusual
            _item((inner if at == 0 else "," + inner) + encode_basestring(key) + ": ", item,
                  inner, parts)
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        parts.append("[")
        for at, item in enumerate(value):
            _item(inner if at == 0 else "," + inner, item, inner, parts)
        parts.append(newline + "]")
    else:
        leaf = _leaf(value)
        if leaf is None:
            raise _Unusual  # the json module says what it makes of it (or cannot)
        parts.append(leaf)


def _item(head: str, item: Any, inner: str, parts: list[str]) -> None:
    """One member after what leads to it: a plain value is written here, not by a call
    more (most values are plain)."""
    leaf = _leaf(item)
    if leaf is None:
        parts.append(head)
        _indented(item, inner, parts)
    else:
        parts.append(head + leaf)


def _leaf(value: Any) -> str | None:
    """A string, number, boolean or null as JSON; None for anything else."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return float.__repr__(value) if math.isfinite(value) else None
    if kind is bool:
        return "true" if value else "false"
    return None


def link_target(url: str) -> str | None:
    """The URL a terminal hyperlink may carry, or ``None`` when ``url`` must stay text.

    Only http(s) URLs with a host; one holding a control character (ESC, BEL, C1 such as ST),
    an invisible or bidi character or white space is refused whole, never cleaned: it is not
    the URL its source gave. Other non-ASCII characters are percent-encoded (an OSC 8 URI is
    printable ASCII)."""
    if UNSAFE.search(url) or any(ch.isspace() for ch in url):
        return None
    encoded = quote(url, safe=_PRINTABLE_ASCII)
    if not _LINKABLE.fullmatch(encoded):
        return None
    try:
        host = urlsplit(encoded).hostname
    except ValueError:  # a malformed IPv6 host
        return None
    return encoded if host else None


def write_json(head: dict[str, Any], key: str, items: Iterable[Any], out: TextIO) -> None:
    """Write ``json_text({**head, key: list(items)})`` to ``out`` an item at a time.

    The same text, but neither the whole list nor the whole text is ever held: a report of
    a large article runs to tens of thousands of claims and some 20 bytes of JSON for each
    byte of the article, which as one string (and its escaped copy) cost gigabytes."""
    opening = json_text({**head, key: []})
    out.write(opening.removesuffix("[]\n}"))
    first = True
    for item in items:
        body = json_text(item).replace("\n", "\n    ")  # one level deeper: 4 spaces
        out.write(("[\n    " if first else ",\n    ") + body)
        first = False
    out.write("[]\n}" if first else "\n  ]\n}")
