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
from ..model import Fact, Source
from .facts import FACT_FIELDS, FACT_KINDS, STATES, _value, _with_measure
from .fields import DATE, ID, RELIABILITY, SOURCE_FIELDS, TODO, URL, _File, _Mapping
from .vocabulary import Vocabulary

# The fields a fact in its plain form may have (a range, a quote or sole cues: the full check).
_PLAIN_FIELDS = frozenset(FACT_FIELDS - {"range", "quote", "sole"})
_RAISING = _File("", None)
_NOT_PLAIN: Any = object()  # a field not in its plain form


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
    as_of, date, published = (_plain_date(get(k)) for k in ("as_of", "date", "published"))
    if as_of is _NOT_PLAIN or date is _NOT_PLAIN or published is _NOT_PLAIN:
        return None
    if kind == "quantity" and get("value") is None or kind == "event" and date is None \
            or kind == "quote":
        return None
    measure, narrowing = vocabulary.lookup(measure_name) if vocabulary else (None, "")
    if measure is None and not cues:
        return None
    try:
        value = _value(_RAISING, item)
        fields: dict[str, Any] = dict(
            id=ident, kind=kind, subject=subject, measure=measure_name, statement=statement,
            cues=cues, sources=sources, object=obj or None, value=value,
            tolerance=float(tolerance), as_of=as_of, period=period, date=date,
            published=published, state=state, quote=None, mentions=mentions, sole=(),
            note=note or None, path=path, line=item.line)
        if measure is not None:
            fields.update(_with_measure(_RAISING, item, fields, measure, narrowing))
    except FactFileError:
        return None
    return Fact(**fields)


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


def _plain_sources(entries: Any) -> tuple[Source, ...] | None:
    if type(entries) is not list or not entries:
        return None
    sources = []
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
        sources.append(Source(url, title, publisher, date, reliability,
                              _plain_text(excerpt) if excerpt else None))
    return tuple(sources)
