"""The measure vocabulary: each measure defined once, for every fact that names it.

Owns: reading measure files (the base vocabulary shipped with factcheck, ``measures.yaml``
next to this module, and a store's own ``measures.yaml``, which adds measures and extends the
base ones), validating them with errors that name file, line and field, finding a fact's
measure by its name or an alias, and what a measure gives a fact: its words as cues, its
single-holder roles, whether another value contradicts, and the dimension its value must
have. Must not: touch SQLite or know the rest of the fact file format (``facts.py`` applies
a measure to a fact).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import FactFileError
from ..language.units import unit_of
from ..model import Kind, Measure, Quantity
from .fields import _File, _Mapping, read_checked, read_yaml
from .folder import BASE_MEASURES, measure_files

MEASURE_FIELDS = {"name", "aliases", "words", "dimension", "single_value", "single_holder",
                  "note"}
FLAGS = ("single_value", "single_holder")

# What a value of each dimension looks like once read (``Quantity.kind``); the dimensions
# of units ("length", "mass", ...) are counts with a unit of that dimension ("6.5 metres").
_KINDS: dict[str, tuple[Kind, ...]] = {
    "money": (Kind.MONEY,),
    "percent": (Kind.PERCENT,),
    "ratio": (Kind.RATIO,),
    "count": (Kind.COUNT, Kind.NUMBER),
    "number": (Kind.COUNT, Kind.NUMBER, Kind.RATIO, Kind.PERCENT),
    "speed": (Kind.COUNT, Kind.NUMBER),
    "date": (Kind.DATE, Kind.YEAR),
    "text": (),
}
UNIT_DIMENSIONS = ("length", "mass", "area", "data", "time")
DIMENSIONS = (*_KINDS, *UNIT_DIMENSIONS)


def dimension_problem(measure: Measure, value: Quantity) -> str | None:
    """Why ``value`` cannot be a figure of ``measure``, or None when it can (a measure
    that gives no dimension takes any figure)."""
    if not measure.dimension:
        return None
    if measure.dimension in UNIT_DIMENSIONS:
        unit = unit_of(value)
        if value.kind is Kind.COUNT and unit is not None and unit[0] == measure.dimension:
            return None
        return (f"the measure '{measure.name}' is a {measure.dimension}: give the value with "
                f"a unit of {measure.dimension}, not {value.text!r}")
    if measure.dimension == "count" and value.kind is Kind.COUNT and unit_of(value):
        return (f"the measure '{measure.name}' is a count, and {value.text!r} is a "
                f"{unit_of(value)[0]}")  # type: ignore[index]
    if value.kind in _KINDS[measure.dimension]:
        return None
    if measure.dimension == "text":
        return f"the measure '{measure.name}' takes no figure (it is a relation or a role)"
    return (f"the measure '{measure.name}' is {_article(measure.dimension)}, and "
            f"{value.text!r} reads as {_article(value.kind.value)}")


def _article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


# Words that join a measure to what it is about: the words after them name no measure of
# the whole ("loss of market value" is a loss).
_LINKS = frozenset("of at in on for by to from with after before per vs and or".split())


@dataclass
class Vocabulary:
    """Every measure a store's facts may name, found by name or alias (any case)."""

    measures: dict[str, Measure] = field(default_factory=dict)  # by lower-case name
    _names: dict[str, str] = field(default_factory=dict)  # name or alias -> measure's key
    # What ``lookup`` found for a name (a large store names a few measures a million
    # times); emptied whenever the measures change.
    _found: dict[str, tuple[Measure | None, str]] = field(default_factory=dict, compare=False,
                                                          repr=False)

    def find(self, name: str) -> Measure | None:
        """The measure ``name`` names, or the one its last words name (see ``lookup``)."""
        return self.lookup(name)[0]

    def lookup(self, name: str) -> tuple[Measure | None, str]:
        """The measure ``name`` names, with the words before it that narrow it: "primary
        mirror diameter" is a diameter, narrowed by "primary mirror" ("" when ``name`` is
        the measure's own name or alias)."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> tuple[Measure | None, str]:
        words = name.strip().split()
        for start in range(len(words)):
            if start and words[start - 1].lower() in _LINKS:
                break  # "funding pledged at founding" is funding, not a founding
            key = self._names.get(" ".join(words[start:]).lower())
            if key is not None:
                return self.measures[key], " ".join(words[:start])
        # "acquisition of Mellanox (announcement)", "launch of Grok": the measure is the head
        # before the link word; what follows names the party, which the fact records.
        link = next((i for i, w in enumerate(words) if w.lower() in _LINKS), 0)
        key = self._names.get(" ".join(words[:link]).lower()) if link else None
        return (self.measures[key], "") if key is not None else (None, "")

    def __iter__(self) -> Iterator[Measure]:
        return iter(sorted(self.measures.values(), key=lambda m: m.name.lower()))

    def __len__(self) -> int:
        return len(self.measures)

    def extend(self, layer: Iterable[tuple[Measure, dict[str, int]]], file: _File) -> None:
        """Add one file's measures. A measure of an earlier file (the base vocabulary) named
        again is extended: its words and aliases grow, and the fields the new entry gives
        replace the old ones. ``layer`` gives each measure with the fields its entry set and
        their lines."""
        seen: dict[str, Measure] = {}
        self._found.clear()
        for measure, given in layer:
            clash = next((seen[n.lower()] for n in (measure.name, *measure.aliases)
                          if n.lower() in seen), None)
            if clash is not None:
                file.report(FactFileError(
                    f"measure '{measure.name}' is defined twice in this file (first at line "
                    f"{clash.line})", measure.path, measure.line, "name"))
                continue
            key = self._names.get(measure.name.lower())
            merged = measure if key is None else _merge(self.measures[key], measure, given)
            key = key or measure.name.lower()
            for name in (merged.name, *merged.aliases):
                owner = self._names.get(name.lower(), key)
                if owner != key:
                    file.report(FactFileError(
                        f"'{name}' already names the measure '{self.measures[owner].name}'",
                        measure.path, given.get("aliases", measure.line), "aliases"))
                    continue
                self._names[name.lower()] = key
            self.measures[key] = merged
            for name in (measure.name, *measure.aliases):
                seen[name.lower()] = measure


def _merge(base: Measure, more: Measure, given: dict[str, int]) -> Measure:
    words = base.words + tuple(w for w in more.words if w not in base.words)
    aliases = base.aliases + tuple(a for a in more.aliases if a not in base.aliases)
    changed: dict[str, Any] = {k: getattr(more, k) for k in
                               ("dimension", *FLAGS, "note") if k in given}
    return replace(base, words=words, aliases=aliases, **changed)


def _flag(file: _File, item: _Mapping, key: str, default: bool) -> bool:
    value = item.get(key, default)
    if not isinstance(value, bool):
        raise file.fail("expected true or false", item, key)
    return value


def _measure(file: _File, raw: Any) -> tuple[Measure, dict[str, int]]:
    item = file.check_keys(raw, MEASURE_FIELDS, "measure")
    attempt = file.attempt
    words = attempt(lambda: file.texts(item, "words"), ())
    if not words and "words" not in item:
        file.report(file.fail("needs 'words': the words and verbs articles use for the "
                              "measure", item))
    measure = Measure(
        name=attempt(lambda: file.text(item, "name"), "") or "",
        words=words, aliases=attempt(lambda: file.texts(item, "aliases"), ()),
        dimension=attempt(lambda: file.choice(item, "dimension", DIMENSIONS, required=False),
                          None) or "",
        single_value=attempt(lambda: _flag(file, item, "single_value", True), True),
        single_holder=attempt(lambda: _flag(file, item, "single_holder", False), False),
        note=attempt(lambda: file.text(item, "note", required=False), None),
        path=file.path, line=item.line)
    return measure, dict(item.key_lines)


def read_measures(path: Path, raw: bytes, vocabulary: Vocabulary,
                  problems: list[FactFileError] | None = None) -> None:
    """Add the measures of one file (``raw``, its bytes, read once by the caller) to
    ``vocabulary``; every problem is added to ``problems`` when given, else the first
    raises. Read fast first; a file with a problem is read again by PyYAML (see
    ``read_checked``), from the vocabulary as it was."""
    before = (dict(vocabulary.measures), dict(vocabulary._names))

    def read(found: list[FactFileError] | None, fast: bool) -> None:
        if not fast:
            vocabulary.measures, vocabulary._names = dict(before[0]), dict(before[1])
            vocabulary._found.clear()
        _read_measures(path, raw, vocabulary, found, fast)

    read_checked(read, problems)


def _read_measures(path: Path, raw: bytes, vocabulary: Vocabulary,
                   problems: list[FactFileError] | None, fast: bool) -> None:
    file = _File(str(path), problems)
    try:
        data, found = read_yaml(file.path, raw, problems is not None, fast)
        for error in found:
            file.report(error)
        top = file.check_keys(data if data is not None else _Mapping(), {"measures", "note"},
                              "measure file")
        entries = top.get("measures") or []
        if not isinstance(entries, list):
            raise file.fail("'measures' must be a list", top, "measures")
        layer = [m for m in (file.attempt(partial(_measure, file, e), None)
                             for e in entries) if m is not None]
        vocabulary.extend(layer, file)
    except FactFileError as exc:
        file.report(exc)


def vocabulary_of(folders: Iterable[Path]) -> Vocabulary:
    """The vocabulary the facts of ``folders`` (one store, merged) are read with: the base
    one, extended by each folder's own measure file in turn."""
    vocabulary = Vocabulary()
    for path in measure_files(tuple(folders)):
        read_measures(path, path.read_bytes(), vocabulary)
    return vocabulary


def base_vocabulary() -> Vocabulary:
    """The measures factcheck ships, which every store starts from."""
    vocabulary = Vocabulary()
    read_measures(BASE_MEASURES, BASE_MEASURES.read_bytes(), vocabulary)
    return vocabulary
