"""Reading and validating the human-edited fact files (``claims/*.yaml``).

Owns: the fact file format (see ``claims/README.md``), its validation with errors that name
file, line and field, and writing facts in that format (``store import``). Must not: touch
SQLite (that is ``store.py``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import FactFileError
from ..language.quantities import parse_value as _read_value
from ..model import Entity, Fact, Kind, Quantity, ReviewedClaim, Source

FACT_KINDS = ("quantity", "event", "relation", "quote")
ENTITY_KINDS = ("person", "organization", "product", "project", "place", "other")
RELIABILITY = ("primary", "news", "secondary")
RATINGS = ("false", "misleading")
STATES = ("announced", "available", "completed", "ended")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
URL = re.compile(r"https?://[^\s/]+\.[^\s]+")
PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# A large store repeats its values ("$1.2 billion", "25%"); quantities are frozen, so shared.
parse_value = lru_cache(maxsize=65536)(_read_value)

ENTITY_FIELDS = {"id", "name", "kind", "aliases", "descriptors", "affiliation", "note"}
FACT_FIELDS = {"id", "kind", "subject", "object", "mentions", "measure", "cues", "value",
               "range", "tolerance", "as_of", "period", "date", "published", "state", "quote",
               "statement", "note", "sources", "sole"}
SOURCE_FIELDS = {"url", "title", "publisher", "date", "reliability", "excerpt", "note"}
REVIEWED_FIELDS = {"id", "claim", "entities", "cues", "rating", "explanation", "facts",
                   "sources", "note"}
TOP_FIELDS = {"topic", "entities", "facts", "reviewed", "note"}


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


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Mapping:
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise FactFileError(f"duplicate key '{key}'", "", key_node.start_mark.line + 1,
                                str(key))
        try:
            mapping[key] = loader.construct_object(value_node, deep=True)
        except ValueError as exc:  # e.g. a date like 2025-13-01
            raise FactFileError(f"invalid value ({exc}); expected a date YYYY-MM-DD" if
                                "month" in str(exc) or "day" in str(exc) else
                                f"invalid value ({exc})", "",
                                key_node.start_mark.line + 1, str(key)) from None
        mapping.key_lines[str(key)] = key_node.start_mark.line + 1
    return mapping


for _loader in (_Loader, _PureLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _File:
    """Validation helpers bound to one file, so every error names it."""

    def __init__(self, path: str) -> None:
        self.path = path

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
                raise self.fail(f"unknown field in {what}{more}", item, str(key))
        return item

    def text(self, item: _Mapping, key: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None or value == "":
            if required:
                raise self.fail(f"missing required field '{key}'", item, None)
            return None
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
        return tuple(str(v).strip() for v in value if str(v).strip())

    def date(self, item: _Mapping, key: str) -> dt.date | None:
        value = item.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            m = DATE.fullmatch(value.strip())
            if m:
                try:
                    return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
                except ValueError:
                    pass
        raise self.fail(f"expected a date YYYY-MM-DD, got {value!r}", item, key)

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
        out = []
        for entry in raw:
            source = self.check_keys(entry, SOURCE_FIELDS, "source")
            url = self.text(source, "url") or ""
            if not URL.match(url):
                raise self.fail(f"'{url}' is not an http(s) URL", source, "url")
            out.append(Source(
                url=url, title=self.text(source, "title") or "",
                publisher=self.text(source, "publisher") or "", date=self.date(source, "date"),
                reliability=self.choice(source, "reliability", RELIABILITY) or "",
                excerpt=self.text(source, "excerpt", required=False)))
        return tuple(out)


def _value(file: _File, item: _Mapping) -> Quantity | None:
    if item.get("value") is not None and item.get("range") is not None:
        raise file.fail("give either 'value' or 'range', not both", item, "range")
    if item.get("value") is not None:
        text = str(item["value"])
        quantity = parse_value(text) if not PLAIN_NUMBER.fullmatch(text) else \
            Quantity(Kind.NUMBER, float(text), text=text)
        if quantity is None:
            raise file.fail(f"cannot read a single quantity from {text!r} (write it as "
                            "an article would: \"$11.6 trillion\", \"98%\", \"2.5x\")",
                            item, "value")
        return quantity
    if item.get("range") is not None:
        bounds = item["range"]
        if not isinstance(bounds, list) or len(bounds) != 2:
            raise file.fail("a range is a list of two values, low and high", item, "range")
        low, high = (parse_value(str(b)) for b in bounds)
        if low is None or high is None or low.kind is not high.kind or high.value < low.value:
            raise file.fail(f"cannot read a range from {bounds!r}", item, "range")
        return Quantity(low.kind, low.value, high=high.value, unit=low.unit,
                        text=f"{low.text} to {high.text}")
    return None


def _fact(file: _File, raw: Any) -> Fact:
    item = file.check_keys(raw, FACT_FIELDS, "fact")
    kind = file.choice(item, "kind", FACT_KINDS) or ""
    value = _value(file, item)
    tolerance = item.get("tolerance", 0.0)
    if not isinstance(tolerance, (int, float)) or isinstance(tolerance, bool) or not \
            0 <= tolerance < 1:
        raise file.fail("tolerance is a relative number from 0 to 1 (0.05 = 5%)", item,
                        "tolerance")
    period = item.get("period")
    if period is not None and (not isinstance(period, int) or not 1800 <= period <= 2200):
        raise file.fail("period is a year, such as 2024", item, "period")
    fact = Fact(
        id=file.ident(item), kind=kind, subject=file.ident(item, "subject"),
        measure=file.text(item, "measure") or "", statement=file.text(item, "statement") or "",
        cues=file.texts(item, "cues"), sources=file.sources(item),
        object=file.ident(item, "object") if item.get("object") else None, value=value,
        tolerance=float(tolerance), as_of=file.date(item, "as_of"), period=period,
        date=file.date(item, "date"), published=file.date(item, "published"),
        state=file.choice(item, "state", STATES, required=False),
        quote=file.text(item, "quote", required=False), mentions=file.texts(item, "mentions"),
        sole=file.texts(item, "sole"),
        note=file.text(item, "note", required=False), path=file.path, line=item.line)
    if kind == "quantity" and value is None:
        raise file.fail("a quantity fact needs 'value' or 'range'", item)
    if kind == "event" and fact.date is None:
        raise file.fail("an event fact needs 'date'", item)
    if kind == "quote" and not fact.quote:
        raise file.fail("a quote fact needs 'quote'", item)
    if not fact.cues:
        raise file.fail("needs 'cues': the words an article uses for this measure", item)
    if fact.sole and fact.object is None:
        raise file.fail("'sole' names a role held toward an object: add 'object'", item, "sole")
    stray = [c for c in fact.sole if c not in fact.cues]
    if stray:
        raise file.fail(f"'sole' cues must also be in 'cues' (not: {', '.join(stray)})", item,
                        "sole")
    return fact


def _reviewed(file: _File, raw: Any) -> ReviewedClaim:
    item = file.check_keys(raw, REVIEWED_FIELDS, "reviewed claim")
    groups = item.get("cues")
    if not isinstance(groups, list) or not groups or not all(
            isinstance(g, list) and g and all(isinstance(p, str) for p in g) for g in groups):
        raise file.fail("cues is a list of groups, each a list of phrases", item, "cues")
    return ReviewedClaim(
        id=file.ident(item), claim=file.text(item, "claim") or "",
        entities=file.texts(item, "entities"),
        cues=tuple(tuple(p.strip() for p in g) for g in groups),
        rating=file.choice(item, "rating", RATINGS) or "",
        explanation=file.text(item, "explanation") or "", facts=file.texts(item, "facts"),
        sources=file.sources(item), path=file.path, line=item.line)


def _entity(file: _File, raw: Any) -> Entity:
    item = file.check_keys(raw, ENTITY_FIELDS, "entity")
    return Entity(id=file.ident(item), name=file.text(item, "name") or "",
                  kind=file.choice(item, "kind", ENTITY_KINDS) or "",
                  aliases=file.texts(item, "aliases"),
                  descriptors=tuple(d.lower() for d in file.texts(item, "descriptors")),
                  affiliation=file.text(item, "affiliation", required=False))


FieldLines = dict[tuple[str, str], int]  # (fact or reviewed id, field) -> line


def parse_fact_file(path: Path, raw: bytes) -> tuple[list[Entity], list[Fact],
                                                     list[ReviewedClaim], FieldLines]:
    """One file's entities, facts and reviewed claims, read from ``raw`` (the file's bytes,
    read once by the caller), and the line of each of their fields (so a reference checked
    later, across files, can still be reported at its line)."""
    file = _File(str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FactFileError("not valid UTF-8", str(path)) from None
    try:
        try:
            data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            # Said again by the pure-Python parser: the same words whichever parser ran.
            data = yaml.load(text, Loader=_PureLoader)  # noqa: S506 - a SafeLoader subclass
    except FactFileError as exc:
        raise FactFileError(exc.message.split(": ", 1)[-1].split(" (field")[0], str(path),
                            exc.line, exc.field) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FactFileError(f"invalid YAML: {problem}", str(path),
                            mark.line + 1 if mark else None) from None
    if data is None:
        return [], [], [], {}
    top = file.check_keys(data, TOP_FIELDS, "fact file")
    for key in ("entities", "facts", "reviewed"):
        if top.get(key) is not None and not isinstance(top[key], list):
            raise file.fail(f"'{key}' must be a list", top, key)
    entities = [_entity(file, e) for e in top.get("entities") or []]
    facts = [_fact(file, f) for f in top.get("facts") or []]
    reviewed = [_reviewed(file, r) for r in top.get("reviewed") or []]
    lines: FieldLines = {}
    for item in (top.get("entities") or []) + (top.get("facts") or []) + (
            top.get("reviewed") or []):
        for field, line in item.key_lines.items():
            lines[(str(item.get("id")), field)] = line
    return entities, facts, reviewed, lines


def fact_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.is_file())


def fact_file_entry(fact: Fact) -> dict[str, Any]:
    """A fact as a fact file writes it (the fields it has, in the usual order)."""
    entry: dict[str, Any] = {"id": fact.id, "kind": fact.kind, "subject": fact.subject}
    if fact.object:
        entry["object"] = fact.object
    entry.update(measure=fact.measure, cues=list(fact.cues))
    if fact.value is not None:
        entry["value"] = fact.value.text
    optional = {"tolerance": fact.tolerance or None, "as_of": fact.as_of,
                "period": fact.period, "date": fact.date, "published": fact.published,
                "note": fact.note}
    entry.update((k, v) for k, v in optional.items() if v is not None)
    entry["statement"] = fact.statement
    entry["sources"] = [{k: v for k, v in (("url", s.url), ("title", s.title),
                                           ("publisher", s.publisher), ("date", s.date),
                                           ("reliability", s.reliability),
                                           ("excerpt", s.excerpt)) if v}
                        for s in fact.sources]
    return entry


def dump_facts(facts: list[Fact]) -> str:
    """The YAML of ``facts`` as the items of a fact file's ``facts:`` list."""
    text = yaml.safe_dump([fact_file_entry(f) for f in facts], sort_keys=False,
                          allow_unicode=True, width=100)
    return "".join(f"  {line}\n" for line in text.splitlines())
