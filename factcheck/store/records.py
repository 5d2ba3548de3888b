"""The form facts and reviewed claims take inside the SQLite store, both ways.

Owns: the store's schema version, writing a ``Fact`` or ``ReviewedClaim`` as one JSON text,
field by field (no generic serialiser: it was most of the cost of building a large store),
and reading it back; ``FactRow``, a fact as the store's tables hold it (the columns of its
row in ``facts``, its rows in ``sources``, the entities it names), which the build writes
(``plainfacts.plain_row`` makes the same row from a plain fact without making a ``Fact``).
Must not: open databases (``build.py`` writes, ``store.py`` reads).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from ..model import Fact, Kind, Qualifier, Quantity, ReviewedClaim, Source

_quoted = json.encoder.encode_basestring_ascii  # a JSON string, as json.dumps writes it
_INFINITE = (float("inf"), float("-inf"))

SCHEMA_VERSION = 10  # of the store's tables and of this JSON form; a store of another is rebuilt
# The key of ``meta`` that holds the fingerprint of the code a store was built by
# (``revision.py``): a store built by other code is rebuilt in full.
READER_KEY = "reader"


class FactRow(NamedTuple):
    """A fact as the store's tables hold it: what a build writes, made once per fact."""

    id: str
    kind: str
    subject: str
    object: str | None
    measure: str
    value: str | None  # the value's text
    as_of: str | None  # dates in ISO form
    date: str | None
    statement: str
    cues: str  # joined by " | "
    path: str
    line: int
    data: str  # ``fact_to_json``
    mentions: tuple[str, ...]
    # its rows of the ``sources`` table: (fact id, url, title, publisher, date, reliability,
    # excerpt)
    sources: tuple[tuple[str, str, str, str, str | None, str, str | None], ...]


def fact_row(fact: Fact) -> FactRow:
    """The row of any fact (``plainfacts.plain_row`` makes a plain fact's, quicker)."""
    fid = fact.id
    return FactRow(fid, fact.kind, fact.subject, fact.object, fact.measure,
                   fact.value.text if fact.value else None, _iso(fact.as_of),
                   _iso(fact.date), fact.statement, " | ".join(fact.cues), fact.path,
                   fact.line, fact_to_json(fact), fact.mentions,
                   tuple((fid, s.url, s.title, s.publisher, _iso(s.date), s.reliability,
                          s.excerpt) for s in fact.sources))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _source_dict(source: Source) -> dict[str, Any]:
    return {"url": source.url, "title": source.title, "publisher": source.publisher,
            "date": _iso(source.date), "reliability": source.reliability,
            "excerpt": source.excerpt}


def _source(data: dict[str, Any]) -> Source:
    return Source(url=data["url"], title=data["title"], publisher=data["publisher"],
                  date=_date(data["date"]), reliability=data["reliability"],
                  excerpt=data.get("excerpt"))


def _text(value: str | None) -> str:
    return "null" if value is None else _quoted(value)


# A large store repeats its lists (a measure's cues and words) and dates: each is written
# once and remembered (a bounded memory: emptied when full).
_WRITTEN: dict[Any, str] = {}
_WRITTEN_MAX = 8192


def _texts(values: tuple[str, ...]) -> str:
    text = _WRITTEN.get(values)
    if text is None:
        if len(_WRITTEN) >= _WRITTEN_MAX:
            _WRITTEN.clear()
        text = _WRITTEN[values] = "[" + ", ".join(map(_quoted, values)) + "]"
    return text


def _number(value: float | None) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float and value == value and value not in _INFINITE:
        return float.__repr__(value)
    return json.dumps(value)  # an int, or what JSON writes for NaN and infinities


def _date_text(value: dt.date | None) -> str:
    if value is None:
        return "null"
    text = _WRITTEN.get(value)
    if text is None:
        if len(_WRITTEN) >= _WRITTEN_MAX:
            _WRITTEN.clear()
        text = _WRITTEN[value] = f'"{value.isoformat()}"'
    return text


def fact_to_json(fact: Fact) -> str:
    """The fact as ``json.dumps(..., sort_keys=True)`` writes it (``fact_json_dict``), but
    written field by field: a million facts took 20 s through the generic encoder."""
    value = fact.value
    quantity = "null" if value is None else (
        f'{{"high": {_number(value.high)}, "kind": {_quoted(value.kind.value)}, '
        f'"qualifier": {_quoted(value.qualifier.value)}, "text": {_quoted(value.text)}, '
        f'"unit": {_quoted(value.unit)}, "value": {_number(value.value)}}}')
    sources = ", ".join(
        f'{{"date": {_date_text(s.date)}, "excerpt": {_text(s.excerpt)}, '
        f'"publisher": {_quoted(s.publisher)}, "reliability": {_quoted(s.reliability)}, '
        f'"title": {_quoted(s.title)}, "url": {_quoted(s.url)}}}' for s in fact.sources)
    return (
        f'{{"as_of": {_date_text(fact.as_of)}, "cues": {_texts(fact.cues)}, '
        f'"date": {_date_text(fact.date)}, "date_precision": {_quoted(fact.date_precision)}, '
        f'"id": {_quoted(fact.id)}, '
        f'"kind": {_quoted(fact.kind)}, "line": {_number(fact.line)}, '
        f'"measure": {_quoted(fact.measure)}, "measure_words": {_texts(fact.measure_words)}, '
        f'"mentions": {_texts(fact.mentions)}, "note": {_text(fact.note)}, '
        f'"object": {_text(fact.object)}, "path": {_quoted(fact.path)}, '
        f'"period": {_number(fact.period)}, "published": {_date_text(fact.published)}, '
        f'"quote": {_text(fact.quote)}, '
        f'"single_value": {"true" if fact.single_value else "false"}, '
        f'"sole": {_texts(fact.sole)}, "sources": [{sources}], "state": {_text(fact.state)}, '
        f'"statement": {_quoted(fact.statement)}, "subject": {_quoted(fact.subject)}, '
        f'"tolerance": {_number(fact.tolerance)}, "value": {quantity}}}')


def fact_json_dict(fact: Fact) -> dict[str, Any]:
    """The JSON value ``fact_to_json`` writes, as a dict (what ``fact_from_json`` reads)."""
    value = fact.value
    return {
        "id": fact.id, "kind": fact.kind, "subject": fact.subject, "measure": fact.measure,
        "statement": fact.statement, "cues": list(fact.cues),
        "sources": [_source_dict(s) for s in fact.sources], "object": fact.object,
        "value": None if value is None else {
            "kind": value.kind.value, "value": value.value, "qualifier": value.qualifier.value,
            "unit": value.unit, "text": value.text, "high": value.high},
        "tolerance": fact.tolerance, "as_of": _iso(fact.as_of), "period": fact.period,
        "date": _iso(fact.date), "date_precision": fact.date_precision,
        "published": _iso(fact.published), "state": fact.state,
        "quote": fact.quote, "mentions": list(fact.mentions), "note": fact.note,
        "path": fact.path, "line": fact.line, "sole": list(fact.sole),
        "single_value": fact.single_value, "measure_words": list(fact.measure_words),
    }


_KINDS = {kind.value: kind for kind in Kind}  # quicker than Kind(value)
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}


def fact_from_json(text: str) -> Fact:
    """The fact ``fact_to_json`` wrote. Its fields are set as they are read, not through the
    frozen class's ``__init__`` (one guarded ``object.__setattr__`` per field, a third of
    reading the facts a check meets): the text was written from a ``Fact`` by this code
    (the store is rebuilt for another), and ``tests/test_records.py`` holds every field set."""
    data = json.loads(text)
    value = data["value"]
    quantity = None
    if value:
        quantity = Quantity(kind=_KINDS[value["kind"]], value=value["value"],
                            qualifier=_QUALIFIERS[value["qualifier"]], unit=value["unit"],
                            text=value["text"], high=value["high"])
    fact: Fact = object.__new__(Fact)
    fact.__dict__.update(
        id=data["id"], kind=data["kind"], subject=data["subject"], measure=data["measure"],
        statement=data["statement"], cues=tuple(data["cues"]),
        sources=tuple(_source(s) for s in data["sources"]), object=data["object"],
        value=quantity, tolerance=data["tolerance"], as_of=_date(data["as_of"]),
        period=data["period"], date=_date(data["date"]), published=_date(data["published"]),
        state=data["state"], quote=data["quote"], mentions=tuple(data["mentions"]),
        note=data["note"], path=data["path"], line=data["line"],
        sole=tuple(data.get("sole") or ()), single_value=data["single_value"],
        measure_words=tuple(data["measure_words"]), date_precision=data["date_precision"])
    return fact


def reviewed_to_json(item: ReviewedClaim) -> str:
    return json.dumps({
        "id": item.id, "claim": item.claim, "entities": list(item.entities),
        "cues": [list(group) for group in item.cues], "rating": item.rating,
        "explanation": item.explanation, "facts": list(item.facts),
        "sources": [_source_dict(s) for s in item.sources], "path": item.path,
        "line": item.line,
    }, sort_keys=True)


def reviewed_from_json(text: str) -> ReviewedClaim:
    data = json.loads(text)
    return ReviewedClaim(
        id=data["id"], claim=data["claim"], entities=tuple(data["entities"]),
        cues=tuple(tuple(g) for g in data["cues"]), rating=data["rating"],
        explanation=data["explanation"], facts=tuple(data["facts"]),
        sources=tuple(_source(s) for s in data["sources"]), path=data["path"],
        line=data["line"])
