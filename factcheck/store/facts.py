"""Reading and validating the human-edited fact files (``claims/*.yaml``).

Owns: the fact file format (see ``claims/README.md``): which fields an entity, a fact and a
reviewed claim have and how they hang together, validated with errors that name file, line and
field (single fields are checked by ``fields.py``), and writing facts in that format
(``store import``, ``store add``). Reading stops at the
first error, unless given a list to collect problems in (``store validate``): then every
problem is recorded and the rest of the item, the file and the folder is still checked. Must
not: touch SQLite (that is ``store.py``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import yaml

from ..errors import FactFileError
from ..language.numbers import DIGITS_PATTERN, SCALE_PATTERN, SCALES, parse_digits
from ..language.quantities import parse_value as _read_value
from ..model import Entity, Fact, Kind, Measure, Quantity, ReviewedClaim, Span
from .fields import DAY, YEAR, _File, _Mapping, read_checked, read_yaml
from .records import FactRow, fact_row
from .vocabulary import Vocabulary, dimension_problem

T = TypeVar("T")

FACT_KINDS = ("quantity", "event", "relation", "quote")
ENTITY_KINDS = ("person", "organization", "product", "project", "place", "other")
RATINGS = ("false", "misleading")
STATES = ("announced", "available", "completed", "ended")
# A bare figure, as a count's value may be written ("602 million"): a number of no kind.
PLAIN_NUMBER = re.compile(rf"(-?{DIGITS_PATTERN})(?:\s+({SCALE_PATTERN}))?")
# The usual forms of a value, dollars ("$1.2 billion") and percents ("25%"): seven values in
# ten. Each is the quantity the language stage reads from it (``tests/test_facts.py`` compares
# the two on thousands of values), read without its search for every kind of figure
# (30 us a value, a tenth of building the bundled store).
USUAL_VALUE = re.compile(rf"\$({DIGITS_PATTERN})(?: ({SCALE_PATTERN}))?|({DIGITS_PATTERN})%")


def _read_usual(text: str) -> Quantity | None:
    usual = USUAL_VALUE.fullmatch(text)
    if usual is None:
        return _read_value(text)
    if usual[3] is not None:
        return Quantity(Kind.PERCENT, parse_digits(usual[3]), text=text, span=Span(0, len(text)))
    return Quantity(Kind.MONEY, parse_digits(usual[1]) * SCALES.get(usual[2] or "", 1),
                    unit="USD", text=text, span=Span(0, len(text)))


# A large store repeats its values ("$1.2 billion", "25%"); quantities are frozen, so shared.
parse_value = lru_cache(maxsize=65536)(_read_usual)

ENTITY_FIELDS = {"id", "name", "kind", "aliases", "descriptors", "affiliation", "note"}
FACT_FIELDS = {"id", "kind", "subject", "object", "mentions", "measure", "cues", "value",
               "range", "tolerance", "as_of", "period", "date", "published", "state", "quote",
               "statement", "note", "sources", "sole"}
REVIEWED_FIELDS = {"id", "claim", "entities", "cues", "rating", "explanation", "facts",
                   "sources", "note"}
TOP_FIELDS = {"topic", "entities", "facts", "reviewed", "note"}


def _value(file: _File, item: _Mapping) -> Quantity | None:
    if item.get("value") is not None and item.get("range") is not None:
        raise file.fail("give either 'value' or 'range', not both", item, "range")
    if item.get("value") is not None:
        text = str(item["value"]).strip()
        plain = PLAIN_NUMBER.fullmatch(text)
        quantity = parse_value(text) if not plain else Quantity(
            Kind.NUMBER, parse_digits(plain[1].lstrip("-")) * (-1 if text[0] == "-" else 1) *
            SCALES.get(plain[2] or "", 1), text=text)
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


def _tolerance(file: _File, item: _Mapping) -> float:
    tolerance = item.get("tolerance", 0.0)
    if not isinstance(tolerance, (int, float)) or isinstance(tolerance, bool) or not \
            0 <= tolerance < 1:
        raise file.fail("tolerance is a relative number from 0 to 1 (0.05 = 5%)", item,
                        "tolerance")
    return float(tolerance)


def _period(file: _File, item: _Mapping) -> int | None:
    period = item.get("period")
    if period is not None and (not isinstance(period, int) or not 1800 <= period <= 2200):
        raise file.fail("period is a year, such as 2024", item, "period")
    return period


def _fact(file: _File, raw: Any, vocabulary: Vocabulary | None = None) -> Fact:
    """A fact read field by field, each problem said (or recorded) in its own words."""
    item = file.check_keys(raw, FACT_FIELDS, "fact")
    attempt = file.attempt
    measure_name = attempt(lambda: file.text(item, "measure"), "") or ""
    measure, narrowing = vocabulary.lookup(measure_name) if vocabulary and measure_name \
        else (None, "")
    kind = attempt(lambda: file.choice(item, "kind", FACT_KINDS), "") or ""
    value = attempt(lambda: _value(file, item), None)
    tolerance = attempt(lambda: _tolerance(file, item), 0.0)
    period = attempt(lambda: _period(file, item), None)
    cues = attempt(lambda: file.texts(item, "cues"), None)  # None: said already
    date, precision = attempt(lambda: file.dated(item, "date", years=True), (None, DAY))
    # The fields, then the fact made once (a million facts: ``replace`` was a tenth of it).
    fields: dict[str, Any] = dict(
        id=attempt(lambda: file.ident(item), ""),
        kind=kind, subject=attempt(lambda: file.ident(item, "subject"), ""),
        measure=measure_name,
        statement=attempt(lambda: file.text(item, "statement"), "") or "",
        cues=cues or (),
        sources=attempt(lambda: file.sources(item), ()),
        object=attempt(lambda: file.ident(item, "object"), None) if item.get("object")
        else None, value=value,
        tolerance=tolerance, as_of=attempt(lambda: file.date(item, "as_of"), None),
        period=period, date=date, date_precision=precision,
        published=attempt(lambda: file.date(item, "published"), None),
        state=attempt(lambda: file.choice(item, "state", STATES, required=False), None),
        quote=attempt(lambda: file.text(item, "quote", required=False), None),
        mentions=attempt(lambda: file.texts(item, "mentions"), ()),
        sole=attempt(lambda: file.texts(item, "sole"), ()),
        note=attempt(lambda: file.text(item, "note", required=False), None),
        path=file.path, line=item.line)
    if kind == "quantity" and item.get("value") is None and item.get("range") is None:
        file.report(file.fail("a quantity fact needs 'value' or 'range'", item))
    if kind == "event" and item.get("date") is None:
        file.report(file.fail("an event fact needs 'date'", item))
    if kind == "quote" and not fields["quote"] and not item.get("quote"):
        file.report(file.fail("a quote fact needs 'quote'", item))
    if cues == () and measure is None and measure_name:
        file.report(file.fail(
            f"needs 'cues' (the words an article uses for this measure): '{measure_name}' is "
            f"not a measure of the vocabulary{_measure_hint(measure_name, vocabulary)}",
            item, "measure"))
    if measure is not None:
        fields.update(_with_measure(file, item, fields, measure, narrowing))
    fact = Fact(**fields)
    if fact.sole and fact.object is None and not item.get("object"):
        file.report(file.fail("'sole' names a role held toward an object: add 'object'", item,
                              "sole"))
    stray = [c for c in fact.sole if c not in fact.cues]
    if stray and fact.cues:
        file.report(file.fail(f"'sole' cues must also be in 'cues' (not: {', '.join(stray)})",
                              item, "sole"))
    return fact


def _measure_hint(name: str, vocabulary: Vocabulary | None) -> str:
    close = difflib.get_close_matches(name.lower(), sorted(
        m.name.lower() for m in vocabulary or ()), n=1)
    return f" (did you mean '{close[0]}'?)" if close else " (`factcheck store measures` lists them)"


def _with_measure(file: _File, item: _Mapping, fact: dict[str, Any], measure: Measure,
                  narrowing: str) -> dict[str, Any]:
    """The fields a fact's measure gives it: the measure's words as cues after its own,
    a single holder's roles as ``sole`` cues, and whether another value contradicts; a value
    of another dimension than the measure's is an error.

    A measure narrowed by words of its own ("primary mirror diameter", "data center
    revenue") takes the vocabulary's words only with those words before them ("primary
    mirror across", "data center sales"): a claim of plain revenue is not about it.
    """
    exact = fact["measure"].lower() in (n.lower() for n in (measure.name, *measure.aliases))
    value = fact["value"]
    if value is not None and fact["kind"] != "event" and (
            problem := dimension_problem(measure, value)):
        if not exact:
            return {}  # a longer name whose words include a measure of another kind
        file.report(file.fail(problem, item, "value" if "value" in item else "range"))
    words = tuple(dict.fromkeys(f"{narrowing} {w}" for w in (measure.name, *measure.words))) \
        if narrowing else measure.words
    own: tuple[str, ...] = fact["cues"]
    sole: tuple[str, ...] = fact["sole"]
    if measure.single_holder and fact["object"] is None and not item.get("object"):
        file.report(file.fail(f"the measure '{measure.name}' is a role with one holder: "
                              "add 'object' (what the role is held toward)", item))
    elif measure.single_holder:
        sole = sole + tuple(w for w in words if w not in sole)
    # A longer name ("investment in OpenAI's October 2024 round") names one occasion of a
    # measure that has several: that occasion has one value.
    return {"cues": own + tuple(w for w in words if w not in own), "sole": sole,
            "single_value": measure.single_value or not exact, "measure_words": words}


def _reviewed(file: _File, raw: Any) -> ReviewedClaim:
    item = file.check_keys(raw, REVIEWED_FIELDS, "reviewed claim")
    attempt = file.attempt

    def cues() -> tuple[tuple[str, ...], ...]:
        groups = item.get("cues")
        if not isinstance(groups, list) or not groups or not all(
                isinstance(g, list) and g and all(isinstance(p, str) for p in g)
                for g in groups):
            raise file.fail("cues is a list of groups, each a list of phrases", item, "cues")
        return tuple(tuple(p.strip() for p in g) for g in groups)

    found = attempt(cues, ())
    return ReviewedClaim(
        id=attempt(lambda: file.ident(item), ""),
        claim=attempt(lambda: file.text(item, "claim"), "") or "",
        entities=attempt(lambda: file.texts(item, "entities"), ()), cues=found,
        rating=attempt(lambda: file.choice(item, "rating", RATINGS), "") or "",
        explanation=attempt(lambda: file.text(item, "explanation"), "") or "",
        facts=attempt(lambda: file.texts(item, "facts"), ()),
        sources=attempt(lambda: file.sources(item), ()), path=file.path, line=item.line)


def _entity(file: _File, raw: Any) -> Entity:
    item = file.check_keys(raw, ENTITY_FIELDS, "entity")
    attempt = file.attempt
    return Entity(id=attempt(lambda: file.ident(item), ""),
                  name=attempt(lambda: file.text(item, "name"), "") or "",
                  kind=attempt(lambda: file.choice(item, "kind", ENTITY_KINDS), "") or "",
                  aliases=attempt(lambda: file.texts(item, "aliases"), ()),
                  descriptors=tuple(d.lower() for d in attempt(
                      lambda: file.texts(item, "descriptors"), ())),
                  affiliations=attempt(lambda: file.texts(item, "affiliation"), ()))


# The line of every field of each entity, fact or reviewed claim, by its id (the line of a
# field a check across files may need, ``folder.FactReader``: an id, or a reference to
# another record).
FieldLines = dict[str, dict[str, int]]


@overload
def parse_fact_file(path: Path, raw: bytes, problems: list[FactFileError] | None = None,
                    vocabulary: Vocabulary | None = None, rows: Literal[False] = False
                    ) -> tuple[list[Entity], list[Fact], list[ReviewedClaim], FieldLines]: ...


@overload
def parse_fact_file(path: Path, raw: bytes, problems: list[FactFileError] | None,
                    vocabulary: Vocabulary | None, rows: Literal[True]
                    ) -> tuple[list[Entity], list[FactRow], list[ReviewedClaim], FieldLines]: ...


def parse_fact_file(path: Path, raw: bytes, problems: list[FactFileError] | None = None,
                    vocabulary: Vocabulary | None = None, rows: bool = False
                    ) -> tuple[list[Entity], list[Fact] | list[FactRow], list[ReviewedClaim],
                               FieldLines]:
    """One file's entities, facts and reviewed claims, read from ``raw`` (the file's bytes,
    read once by the caller), and the line of each of their fields (so a reference checked
    later, across files, can still be reported at its line). With ``problems``, every
    problem is added to it instead of raising the first; an item that cannot be read at all
    is left out. A fact's measure is looked up in ``vocabulary`` (the base vocabulary and the
    store's own measures). With ``rows``, each fact is the row a build writes
    (``records.FactRow``): a plain fact goes straight to its row (``plainfacts.plain_row``),
    any other is read and checked as it is without ``rows``; the same checks, the same
    messages.

    The file is read by the fast reader first; a file with any problem is read again by
    PyYAML's positioned loader, so every message is the one it has always been."""
    from .plainfacts import plain_fact, plain_row  # they import this module's checks

    def read_fact(file: _File, item: Any) -> Fact:
        if type(item) is _Mapping:  # most facts of a large store: read without a guard each
            found = plain_fact(file.path, item, vocabulary)
            if found is not None:
                return found
        return _fact(file, item, vocabulary)

    def read_row(file: _File, item: Any) -> FactRow:
        if type(item) is _Mapping:
            found = plain_row(file.path, item, vocabulary)
            if found is not None:
                return found
        return fact_row(_fact(file, item, vocabulary))

    if rows:
        return read_checked(partial(_parse_file, path, raw, read_fact=read_row), problems)
    return read_checked(partial(_parse_file, path, raw, read_fact=read_fact), problems)


def _parse_file(path: Path, raw: bytes, problems: list[FactFileError] | None, fast: bool,
                read_fact: Callable[[_File, Any], T]
                ) -> tuple[list[Entity], list[T], list[ReviewedClaim], FieldLines]:
    file = _File(str(path), problems)
    try:
        return _parse(file, raw, fast, read_fact)
    except FactFileError as exc:  # a problem that leaves nothing more of the file to check
        file.report(exc)
        return [], [], [], {}


def _parse(file: _File, raw: bytes, fast: bool, read_fact: Callable[[_File, Any], T]
           ) -> tuple[list[Entity], list[T], list[ReviewedClaim], FieldLines]:
    data, found = read_yaml(file.path, raw, file.problems is not None, fast)
    for error in found:
        file.report(error)
    if data is None:
        return [], [], [], {}
    top = file.check_keys(data, TOP_FIELDS, "fact file")
    for key in ("entities", "facts", "reviewed"):
        if top.get(key) is not None and not isinstance(top[key], list):
            file.report(file.fail(f"'{key}' must be a list", top, key))
            top[key] = None

    entities = file.each(_entity, top.get("entities") or [])
    facts = file.each(read_fact, top.get("facts") or [])
    reviewed = file.each(_reviewed, top.get("reviewed") or [])
    lines: FieldLines = {}
    for item in (top.get("entities") or []) + (top.get("facts") or []) + (
            top.get("reviewed") or []):
        if not isinstance(item, _Mapping):
            continue
        key = str(item.get("id"))
        known = lines.get(key)  # an id used twice: the later item's fields win
        lines[key] = item.key_lines if known is None else {**known, **item.key_lines}
    return entities, facts, reviewed, lines


def fact_file_entry(fact: Fact) -> dict[str, Any]:
    """A fact as a fact file writes it (the fields it has, in the usual order; only its own
    cues, not those its measure gets from the vocabulary)."""
    entry: dict[str, Any] = {"id": fact.id, "kind": fact.kind, "subject": fact.subject}
    if fact.object:
        entry["object"] = fact.object
    entry["measure"] = fact.measure
    own = [c for c in fact.cues if c not in fact.measure_words]  # the vocabulary gives the rest
    if own or not fact.measure_words:
        entry["cues"] = own
    if fact.value is not None:
        entry["value"] = fact.value.text
    optional = {"tolerance": fact.tolerance or None, "as_of": fact.as_of,
                "period": fact.period, "date": _stated_date(fact), "published": fact.published,
                "note": fact.note}
    entry.update((k, v) for k, v in optional.items() if v is not None)
    entry["statement"] = fact.statement
    entry["sources"] = [{k: v for k, v in (("url", s.url), ("title", s.title),
                                           ("publisher", s.publisher), ("date", s.date),
                                           ("reliability", s.reliability),
                                           ("excerpt", s.excerpt)) if v}
                        for s in fact.sources]
    return entry


def _stated_date(fact: Fact) -> object:
    """The fact's date as its file states it: a day, or a month or year alone."""
    if fact.date is None or fact.date_precision == DAY:
        return fact.date
    return fact.date.year if fact.date_precision == YEAR else \
        f"{fact.date.year:04d}-{fact.date.month:02d}"


def dump_entries(entries: list[dict[str, Any]]) -> list[str]:
    """The YAML lines (unindented, each ending in a newline) of ``entries`` as list items."""
    text = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    return [f"{line}\n" for line in text.splitlines()]


def dump_facts(facts: list[Fact]) -> str:
    """The YAML of ``facts`` as the items of a fact file's ``facts:`` list."""
    return "".join(f"  {line}" for line in dump_entries([fact_file_entry(f) for f in facts]))
