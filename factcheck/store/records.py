"""The JSON form facts and reviewed claims take inside the SQLite store, both ways.

Owns: the store's schema version, writing a ``Fact`` or ``ReviewedClaim`` as one JSON text,
field by field (no generic serialiser: it was most of the cost of building a large store),
and reading it back. Must not: open databases (``build.py`` writes, ``store.py`` reads).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model import Fact, Kind, Qualifier, Quantity, ReviewedClaim, Source

SCHEMA_VERSION = 8  # of the store's tables and of this JSON form; a store of another is rebuilt


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


def fact_to_json(fact: Fact) -> str:
    value = fact.value
    return json.dumps({
        "id": fact.id, "kind": fact.kind, "subject": fact.subject, "measure": fact.measure,
        "statement": fact.statement, "cues": list(fact.cues),
        "sources": [_source_dict(s) for s in fact.sources], "object": fact.object,
        "value": None if value is None else {
            "kind": value.kind.value, "value": value.value, "qualifier": value.qualifier.value,
            "unit": value.unit, "text": value.text, "high": value.high},
        "tolerance": fact.tolerance, "as_of": _iso(fact.as_of), "period": fact.period,
        "date": _iso(fact.date), "published": _iso(fact.published), "state": fact.state,
        "quote": fact.quote, "mentions": list(fact.mentions), "note": fact.note,
        "path": fact.path, "line": fact.line, "sole": list(fact.sole),
        "single_value": fact.single_value, "measure_words": list(fact.measure_words),
    }, sort_keys=True)


def fact_from_json(text: str) -> Fact:
    data = json.loads(text)
    value = data["value"]
    quantity = None
    if value:
        quantity = Quantity(kind=Kind(value["kind"]), value=value["value"],
                            qualifier=Qualifier(value["qualifier"]), unit=value["unit"],
                            text=value["text"], high=value["high"])
    return Fact(
        id=data["id"], kind=data["kind"], subject=data["subject"], measure=data["measure"],
        statement=data["statement"], cues=tuple(data["cues"]),
        sources=tuple(_source(s) for s in data["sources"]), object=data["object"],
        value=quantity, tolerance=data["tolerance"], as_of=_date(data["as_of"]),
        period=data["period"], date=_date(data["date"]), published=_date(data["published"]),
        state=data["state"], quote=data["quote"], mentions=tuple(data["mentions"]),
        note=data["note"], path=data["path"], line=data["line"],
        sole=tuple(data.get("sole") or ()), single_value=data["single_value"],
        measure_words=tuple(data["measure_words"]))


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
