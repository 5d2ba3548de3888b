"""Reading a YAML fact file with the line of every key, and the checks of single fields.

Owns: the YAML loader (libyaml when PyYAML has it, the pure-Python parser's words for every
error), the line of each mapping and key, and ``FieldReader``'s checks of one field at a
time (text, lists, dates, choices, ids, sources), whose errors name file, line and field. A
reader either raises the first error or, given a list, records every problem and lets the
caller go on (``store validate``). Must not: know which fields a fact or an entity has
(``facts.py``) or touch SQLite.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar

import yaml

from ..errors import FactFileError
from ..model import Source

RELIABILITY = ("primary", "news", "secondary")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
# An event's date may be a year alone ("date: 1987"): what its sources give.
YEAR_DATE = re.compile(r"(\d{4})()()")
# How much of a date a fact file states (``Fact.date_precision``).
DAY, MONTH, YEAR = "day", "month", "year"
URL = re.compile(r"https?://[^\s/]+\.[^\s]+")
TODO = "TODO"  # a field a draft (``store add``) leaves for the curator; never valid
TODO_MESSAGE = "to do: a draft's field left to fill in"
T = TypeVar("T")
U = TypeVar("U")
SOURCE_FIELDS = {"url", "title", "publisher", "date", "reliability", "excerpt", "note"}


class _Mapping(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


# libyaml's parser when PyYAML was built with it (several times faster on a large store);
# errors are always reported in the words of the pure-Python parser, so messages do not
# depend on how PyYAML was installed.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


class _PureLoader(yaml.SafeLoader):
    pass


class _Invalid:
    """The value of a key whose problem the YAML loader has already recorded."""


INVALID = _Invalid()


class _Said(FactFileError):
    """A problem already recorded: the field's checks stop without saying it again."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Mapping:
    # ``problems`` is set on the loader when collecting: a duplicate key or a bad date is
    # recorded there and the rest of the file is still read.
    problems: list[FactFileError] | None = getattr(loader, "problems", None)
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key_node, yaml.ScalarNode):  # "[cue]: x": a list cannot be a field
            error = FactFileError("a key must be a name, not a list or mapping", "",
                                  key_node.start_mark.line + 1, "")
            if problems is None:
                raise error
            problems.append(error)
            continue
        if key in mapping:
            error = FactFileError(f"duplicate key '{key}'", "", key_node.start_mark.line + 1,
                                  str(key))
            if problems is None:
                raise error
            problems.append(error)
            continue
        try:
            mapping[key] = loader.construct_object(value_node, deep=True)
        except ValueError as exc:  # e.g. a date like 2025-13-01
            error = FactFileError(f"invalid value ({exc}); expected a date YYYY-MM-DD" if
                                  "month" in str(exc) or "day" in str(exc) else
                                  f"invalid value ({exc})", "",
                                  key_node.start_mark.line + 1, str(key))
            if problems is None:
                raise error from None
            problems.append(error)
            mapping[key] = INVALID
        mapping.key_lines[str(key)] = key_node.start_mark.line + 1
    return mapping


def load_yaml(text: str, loader_class: type[yaml.SafeLoader],
               problems: list[FactFileError] | None) -> Any:
    loader = loader_class(text)
    loader.problems = problems  # type: ignore[attr-defined]
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(path: str, raw: bytes, collect: bool, fast: bool = True
              ) -> tuple[Any, list[FactFileError]]:
    """The YAML document of a file's bytes, and the problems the loader recorded on the way
    (duplicate keys, impossible dates) when ``collect``, else the first one raises. A file
    that cannot be read at all raises, naming the file and line. With ``fast``, a file in
    the plain block YAML fact files are written in is read by ``plainyaml`` (the same values
    and lines, ten times faster); any other goes to PyYAML."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FactFileError("not valid UTF-8", path) from None
    if fast:
        from .plainyaml import UNREAD, read

        data = read(text)
        if data is not UNREAD:
            return data, []
    found: list[FactFileError] | None = [] if collect else None
    try:
        try:
            data = load_yaml(text, _Loader, found)
        except yaml.YAMLError:
            # Said again by the pure-Python parser: the same words whichever parser ran.
            data = load_yaml(text, _PureLoader, found)
    except FactFileError as exc:
        raise FactFileError(exc.reason, path, exc.line, exc.field) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FactFileError(f"invalid YAML: {problem}", path,
                            mark.line + 1 if mark else None) from None
    return data, [FactFileError(e.reason, path, e.line, e.field) for e in found or ()]


def read_checked(read: Callable[[list[FactFileError] | None, bool], T],
                 problems: list[FactFileError] | None) -> T:
    """``read(problems, fast)`` with the fast reader (``plainyaml``), collecting problems; if
    it found any, the file is read again with PyYAML's positioned loader and ``problems`` (or
    raising the first), so an error is always reported as PyYAML's positions give it."""
    found: list[FactFileError] = []
    result = read(found, True)
    if not found:
        return result
    return read(problems, False)


for _loader in (_Loader, _PureLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _File:
    """Validation helpers bound to one file, so every error names it."""

    def __init__(self, path: str, problems: list[FactFileError] | None = None) -> None:
        self.path = path
        self.problems = problems  # None: stop at the first error

    def report(self, error: FactFileError) -> None:
        """Raise ``error``, or record it when collecting every problem."""
        if self.problems is None:
            raise error
        self.problems.append(error)

    def attempt(self, compute: Callable[[], T], default: U) -> T | U:
        """``compute()``; when collecting, a problem is recorded and ``default`` stands in, so
        the item's other fields are still checked."""
        try:
            return compute()
        except _Said:
            return default
        except FactFileError as exc:
            self.report(exc)
            return default

    def each(self, read: Callable[[_File, Any], T], items: Iterable[Any]) -> list[T]:
        """``read(self, item)`` of every item that can be read: as with ``attempt``, a
        problem is recorded (or raised) and that item is left out."""
        out: list[T] = []
        for item in items:  # every record of a large store: no closure made per item
            try:
                out.append(read(self, item))
            except _Said:
                pass
            except FactFileError as exc:
                self.report(exc)
        return out

    def fail(self, message: str, where: _Mapping | None, key: str | None = None) -> FactFileError:
        line = None
        if where is not None:
            line = where.key_lines.get(key, where.line) if key else where.line
        return FactFileError(message, self.path, line, key)

    def check_keys(self, item: Any, allowed: set[str], what: str) -> _Mapping:
        if not isinstance(item, _Mapping):
            raise FactFileError(f"each {what} must be a mapping of fields", self.path)
        for key in item:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                more = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.report(self.fail(f"unknown field in {what}{more}", item, str(key)))
        return item

    def text(self, item: _Mapping, key: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None or value == "":
            if required:
                raise self.fail(f"missing required field '{key}'", item, None)
            return None
        if type(value) is str:  # the common case, checked as ``todo`` would
            text = value.strip()
            if text == TODO:
                raise self.fail(TODO_MESSAGE, item, key)
            return text
        self.todo(item, key)
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.fail("expected text", item, key)
        return str(value).strip()

    def texts(self, item: _Mapping, key: str) -> tuple[str, ...]:
        value = item.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise self.fail("expected a list of text", item, key)
        if TODO in value:
            raise self.fail(TODO_MESSAGE, item, key)
        stripped = [v.strip() if type(v) is str else str(v).strip() for v in value]
        return tuple(v for v in stripped if v)

    def date(self, item: _Mapping, key: str) -> dt.date | None:
        return self.dated(item, key)[0]

    def dated(self, item: _Mapping, key: str, years: bool = False
              ) -> tuple[dt.date | None, str]:
        """The date a field gives, as its first day, and how much of it the field states:
        "day" (YYYY-MM-DD), "month" (YYYY-MM) or, where ``years`` allows, "year" (YYYY)."""
        value = item.get(key)
        if value is None:
            return None, DAY
        self.todo(item, key)
        if isinstance(value, dt.datetime):
            return value.date(), DAY
        if isinstance(value, dt.date):
            return value, DAY
        text = str(value).strip() if isinstance(value, (str, int)) and \
            not isinstance(value, bool) else ""
        m = DATE.fullmatch(text) or (YEAR_DATE.fullmatch(text) if years else None)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)), \
                    DAY if m[3] else MONTH if m[2] else YEAR
            except ValueError:
                pass
        raise self.fail(f"expected a date YYYY-MM-DD, got {value!r}", item, key)

    def todo(self, item: _Mapping, key: str) -> None:
        """A field left to fill in by a draft, or one whose value the loader reported."""
        if item.get(key) is INVALID:
            raise _Said("", self.path)
        if isinstance(item.get(key), str) and item[key].strip() == TODO:
            raise self.fail(TODO_MESSAGE, item, key)

    def choice(self, item: _Mapping, key: str, options: tuple[str, ...],
               required: bool = True) -> str | None:
        if isinstance(item.get(key), bool):  # YAML reads a bare false as a boolean
            item[key] = "true" if item[key] else "false"
        value = self.text(item, key, required)
        if value is not None and value not in options:
            raise self.fail(f"expected one of {', '.join(options)}, got '{value}'", item, key)
        return value

    def ident(self, item: _Mapping, key: str = "id") -> str:
        value = self.text(item, key) or ""
        if not ID.match(value):
            raise self.fail(f"'{value}' is not a valid id (lowercase letters, digits, '-')",
                            item, key)
        return value

    def sources(self, item: _Mapping) -> tuple[Source, ...]:
        raw = item.get("sources")
        if not isinstance(raw, list) or not raw:
            raise self.fail("needs at least one source", item, "sources" if raw is not None
                            else None)
        return tuple(s for s in (self.attempt(partial(self._source, e), None) for e in raw)
                     if s is not None)

    def _source(self, entry: Any) -> Source:
        source = self.check_keys(entry, SOURCE_FIELDS, "source")
        attempt = self.attempt

        def url() -> str:
            text = self.text(source, "url") or ""
            if not URL.match(text):
                raise self.fail(f"'{text}' is not an http(s) URL", source, "url")
            return text

        return Source(
            url=attempt(url, ""), title=attempt(lambda: self.text(source, "title"), "") or "",
            publisher=attempt(lambda: self.text(source, "publisher"), "") or "",
            date=attempt(lambda: self.date(source, "date"), None),
            reliability=attempt(lambda: self.choice(source, "reliability", RELIABILITY),
                                "") or "",
            excerpt=attempt(lambda: self.text(source, "excerpt", required=False), None))
