"""Reading a fact written in its plain form, without a guarded check per field.

Owns: the fast path of fact validation. A large store is almost all plain facts (text that is
a ``str``, dates the YAML reader already made, a list of ``str`` cues, a source of the usual
fields); each field is checked for that one form, and anything else (another form, a problem,
a range, a quote, ``sole`` cues) is left to the full check (``facts._fact``), which reads it
and says what is wrong in its own words. Must not: report problems, or accept what the full
check would read differently (``tests/test_facts.py`` compares the two on every fact of the
bundled store and on each way a field can leave the plain form).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import FactFileError
from ..model import Fact, Measure, Quantity, Source
from .facts import FACT_FIELDS, FACT_KINDS, STATES, _value, _with_measure
from .fields import DATE, ID, RELIABILITY, SOURCE_FIELDS, TODO, URL, _File, _Mapping
from .records import FactRow, _date_text, _number, _quoted, _text, _texts
from .vocabulary import Vocabulary, dimension_problem

# The fields a fact in its plain form may have (a range, a quote or sole cues: the full check).
_PLAIN_FIELDS = frozenset(FACT_FIELDS - {"range", "quote", "sole"})
_RAISING = _File("", None)
_NOT_PLAIN: Any = object()  # a field not in its plain form
_DATE = dt.date
_BOUND = 65536  # the size of each memory below (emptied when full)
_row = tuple.__new__  # a FactRow made from its fields (what ``FactRow(...)`` does, quicker)

# A source in its plain form: url, title, publisher, date, reliability, excerpt.
_Source = tuple[str, str, str, "dt.date | None", str, "str | None"]


def plain_fact(path: str, item: _Mapping, vocabulary: Vocabulary | None) -> Fact | None:
    """The fact of an item written in its plain form, or None: the full check
    (``facts._fact``) then reads it and says what is wrong.

    A large store is almost all plain facts; checking each field for its one common form
    (text that is a ``str``, a date the YAML reader made or a table wrote YYYY-MM-DD, a
    list of ``str`` cues)
    takes half the time the full check takes to call a guarded check per field. The
    fact is the one ``facts._fact`` makes (``tests/test_facts.py`` compares them):
    whatever is not plain, or not valid, is left to it.
    """
    plain = _plain(item, vocabulary)
    if plain is None:
        return None
    (ident, kind, subject, measure_name, statement, obj, state, note, tolerance, period,
     as_of, date, published, mentions, sources, value, part) = plain
    return Fact(ident, kind, subject, measure_name, statement, part[0],
                tuple(Source(*s) for s in sources), obj, value[0], tolerance, as_of, period,
                date, published, state, None, mentions, note, path, item.line, part[1],
                part[2], part[3])


def plain_row(path: str, item: _Mapping, vocabulary: Vocabulary | None) -> FactRow | None:
    """The row (``records.FactRow``) of the fact ``plain_fact`` reads, made without making
    the fact: what a build writes of a plain fact, its JSON written from the checked fields
    (``tests/test_facts.py`` compares it with ``records.fact_row`` of the full check's
    fact). None where ``plain_fact`` gives None."""
    plain = _plain(item, vocabulary)
    if plain is None:
        return None
    (ident, kind, subject, measure_name, statement, obj, state, note, tolerance, period,
     as_of, date, published, mentions, sources, value, part) = plain
    source_rows = []
    source_texts = []
    for url, title, publisher, day, reliability, excerpt in sources:
        source_rows.append((ident, url, title, publisher, _iso(day), reliability, excerpt))
        source_texts.append(
            f'{{"date": {_date_text(day)}, "excerpt": {_text(excerpt)}, '
            f'"publisher": {_quoted(publisher)}, "reliability": "{reliability}", '
            f'"title": {_quoted(title)}, "url": {_quoted(url)}}}')
    line = item.line
    # ``records.fact_to_json`` of the fact, with what a plain fact cannot hold written as
    # it is (an id and a subject need no escapes, a kind is one of four words; a plain
    # date is a whole day: a month or a year alone is left to the full check)
    data = (f'{{"as_of": {_date_text(as_of)}, "cues": {part[5]}, "date": {_date_text(date)}, '
            f'"date_precision": "day", "id": "{ident}", "kind": "{kind}", "line": {line}, '
            f'"measure": {_quoted(measure_name)}, "measure_words": {part[6]}, '
            f'"mentions": {_texts(mentions)}, "note": {_text(note)}, "object": {_text(obj)}, '
            f'"path": {_quoted(path)}, "period": {_number(period)}, '
            f'"published": {_date_text(published)}, "quote": null, {part[7]}, '
            f'"sources": [{", ".join(source_texts)}], "state": {_text(state)}, '
            f'"statement": {_quoted(statement)}, "subject": "{subject}", '
            f'"tolerance": {tolerance!r}, "value": {value[1]}}}')
    return _row(FactRow, (ident, kind, subject, obj, measure_name, value[2], _iso(as_of),
                          _iso(date), statement, part[4], path, line, data, mentions,
                          tuple(source_rows)))


def _plain(item: _Mapping, vocabulary: Vocabulary | None) -> tuple[Any, ...] | None:
    """The fields of a fact in its plain form, checked, or None (see ``plain_fact``)."""
    if not item.keys() <= _PLAIN_FIELDS:
        return None
    get = item.get
    ident, kind, subject, measure_name = get("id"), get("kind"), get("subject"), get("measure")
    if type(ident) is not str or type(subject) is not str or type(kind) is not str \
            or type(measure_name) is not str or not ID.fullmatch(ident) \
            or not ID.fullmatch(subject) or kind not in FACT_KINDS:
        return None
    measure_name = measure_name.strip()
    statement = _plain_text(get("statement"))
    cues, mentions = _plain_texts(get("cues")), _plain_texts(get("mentions"))
    sources = _plain_sources(get("sources"))
    if not measure_name or measure_name == TODO or statement is None or cues is None \
            or mentions is None or sources is None:
        return None
    obj, state, note = get("object"), get("state"), get("note")
    if obj and (type(obj) is not str or not ID.fullmatch(obj)):
        return None
    if state is not None and (type(state) is not str or state not in STATES):
        return None
    if note is not None and note != "" and _plain_text(note) is None:
        return None
    tolerance, period = get("tolerance", 0.0), get("period")
    if type(tolerance) not in (float, int) or not 0 <= tolerance < 1 or period is not None \
            and (type(period) is not int or not 1800 <= period <= 2200):
        return None
    as_of, date, published = get("as_of"), get("date"), get("published")
    # dates as the YAML reader made them are the plain form; a table's text is read
    if type(as_of) is not _DATE and as_of is not None:
        as_of = _plain_date(as_of)
    if type(date) is not _DATE and date is not None:
        date = _plain_date(date)
    if type(published) is not _DATE and published is not None:
        published = _plain_date(published)
    if as_of is _NOT_PLAIN or date is _NOT_PLAIN or published is _NOT_PLAIN:
        return None
    if kind == "quantity" and get("value") is None or kind == "event" and date is None \
            or kind == "quote":
        return None
    measure, narrowing = vocabulary.lookup(measure_name) if vocabulary else (None, "")
    if measure is None and not cues:
        return None
    value = _plain_value(item)
    if value is None:
        return None
    part = _measure_part(measure, narrowing, measure_name, cues, kind, obj, value[0], item)
    if part is None:
        return None
    return (ident, kind, subject, measure_name, statement, obj or None, state, note or None,
            float(tolerance), period, as_of, date, published, mentions, sources, value, part)


# A store repeats its values ("$1.2 billion"): each text's quantity, its JSON and its text.
_VALUES: dict[str, tuple[Quantity | None, str, str | None]] = {}
_NO_VALUE = (None, "null", None)


def _plain_value(item: _Mapping) -> tuple[Quantity | None, str, str | None] | None:
    """The value's quantity, its JSON (``records.fact_to_json``'s) and its text; None for
    a value the full check says is wrong."""
    raw = item.get("value")
    if raw is None:
        return _NO_VALUE
    key = raw if type(raw) is str else str(raw)  # what ``facts._value`` reads
    found = _VALUES.get(key)
    if found is None:
        try:
            value = _value(_RAISING, item)
        except FactFileError:
            return None
        if value is None:  # pragma: no cover - a value that is not None reads or fails
            return None
        if len(_VALUES) >= _BOUND:
            _VALUES.clear()
        found = _VALUES[key] = (value, _quantity_json(value), value.text)
    return found


def _quantity_json(value: Quantity) -> str:
    return (f'{{"high": {_number(value.high)}, "kind": {_quoted(value.kind.value)}, '
            f'"qualifier": {_quoted(value.qualifier.value)}, "text": {_quoted(value.text)}, '
            f'"unit": {_quoted(value.unit)}, "value": {_number(value.value)}}}')


# What a measure gives the facts that name it, by (name, own cues, object given, value of
# the measure's dimension), with the measure it was made for (another vocabulary's measure
# of the same name is not it).
_Part = tuple[Any, ...]
_PARTS: dict[tuple[Any, ...], tuple[Measure | None, str, _Part]] = {}


def _measure_part(measure: Measure | None, narrowing: str, name: str, cues: tuple[str, ...],
                  kind: str, obj: Any, value: Quantity | None, item: _Mapping
                  ) -> _Part | None:
    """The cues, sole cues, single value and measure words a fact gets from its measure
    (``facts._with_measure``), with their JSON: (cues, sole, single_value, measure_words,
    cues joined by " | ", cues' JSON, measure words' JSON, single value's and sole cues'
    JSON); None when the full check finds a problem."""
    fits = measure is None or value is None or kind == "event" or \
        dimension_problem(measure, value) is None
    key = (name, cues, bool(obj), fits)
    found = _PARTS.get(key)
    if found is not None and found[0] is measure and found[1] == narrowing:
        return found[2]
    own: dict[str, Any] = {"cues": cues, "sole": (), "single_value": True,
                           "measure_words": ()}
    if measure is not None:
        fields = {"measure": name, "value": value, "kind": kind, "cues": cues, "sole": (),
                  "object": obj or None}
        try:
            own.update(_with_measure(_RAISING, item, fields, measure, narrowing))
        except FactFileError:
            return None
    part = (own["cues"], own["sole"], own["single_value"], own["measure_words"],
            " | ".join(own["cues"]), _texts(own["cues"]), _texts(own["measure_words"]),
            f'"single_value": {"true" if own["single_value"] else "false"}, '
            f'"sole": {_texts(own["sole"])}')
    if len(_PARTS) >= _BOUND:
        _PARTS.clear()
    _PARTS[key] = (measure, narrowing, part)
    return part


_DAYS: dict[dt.date, str] = {}


def _iso(day: dt.date | None) -> str | None:
    """A date in ISO form (a store repeats its dates)."""
    if day is None:
        return None
    text = _DAYS.get(day)
    if text is None:
        if len(_DAYS) >= _BOUND:
            _DAYS.clear()
        text = _DAYS[day] = day.isoformat()
    return text


def _plain_date(value: Any) -> Any:
    """A date the YAML reader made, or one written YYYY-MM-DD (a table's cell), or None;
    ``_NOT_PLAIN`` for anything else."""
    if value is None or type(value) is dt.date:
        return value
    if type(value) is str and (match := DATE.fullmatch(value)) and match[3]:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return _NOT_PLAIN
    return _NOT_PLAIN


def _plain_text(value: Any) -> str | None:
    """Required text in its plain form, stripped; None for anything else."""
    if type(value) is not str:
        return None
    text = value.strip()
    return text if text and text != TODO else None


# A store repeats its lists of cues: each is read once (a bounded memory: emptied when full).
_TEXTS: dict[tuple[Any, ...], tuple[str, ...] | None] = {}
_TEXTS_MAX = 8192


def _plain_texts(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if type(value) is not list:
        return None
    key = tuple(value)
    try:
        found: tuple[str, ...] | None = _TEXTS.get(key, _NOT_PLAIN)
    except TypeError:  # a list or a mapping among the items: the full check says so
        return None
    if found is _NOT_PLAIN:
        if len(_TEXTS) >= _TEXTS_MAX:
            _TEXTS.clear()
        found = _TEXTS[key] = None if TODO in value or not all(
            type(v) is str for v in value) else tuple(t for t in (v.strip() for v in value) if t)
    return found


def _plain_sources(entries: Any) -> list[_Source] | None:
    """The sources in their plain form: (url, title, publisher, date, reliability,
    excerpt) each, or None."""
    if type(entries) is not list or not entries:
        return None
    sources: list[_Source] = []
    for entry in entries:
        if type(entry) is not _Mapping or not entry.keys() <= SOURCE_FIELDS:
            return None
        get = entry.get
        url, title = _plain_text(get("url")), _plain_text(get("title"))
        publisher = _plain_text(get("publisher"))
        reliability, date, excerpt = get("reliability"), get("date"), get("excerpt")
        if url is None or not URL.match(url) or title is None or publisher is None \
                or type(reliability) is not str or reliability not in RELIABILITY \
                or (date := _plain_date(date)) is _NOT_PLAIN \
                or excerpt is not None and excerpt != "" and _plain_text(excerpt) is None:
            return None
        sources.append((url, title, publisher, date, reliability,
                        _plain_text(excerpt) if excerpt else None))
    return sources
