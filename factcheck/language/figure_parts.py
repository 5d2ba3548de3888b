"""One claim per figure of a clause that gives several in statements of their own.

Owns: dividing a clause's claim into parts, one per figure or date (where ``figures`` cuts
it), each read as a clause of its own by the extractor's reader and said in full where it
leans on its neighbour: a level after its rate ("revenue rose to $39.3 billion"), a
with-phrase after a dated statement, a figure set against another party's ("AMD shipped
roughly 500,000 GPUs in 2023", ``contrasts``). The verdict stage reports the parts when the
whole is not settled. Must not: know the store or judge; it is handed the names and a reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..model import Claim, Entity, Kind, Quantity
from .adjuncts import adjunct_parts, list_adjunct
from .clause_spans import Clause
from .conjuncts import conjunct_parts, distributed_parts
from .contrasts import contrast_cut, restate
from .entities import Mention
from .figures import (
    dated_tail,
    figure_segments,
    forecast,
    forecast_object,
    leaning_restated,
    priced_tail,
    with_frames,
)
from .quantities import find_quantities
from .respective import respective_parts
from .sizes import measured_part, sized_part
from .subjects import predicate_start


@dataclass(frozen=True, slots=True)
class ClauseText:
    """A clause in its sentence (asides blanked), the names found in the sentence and the
    entities they are."""

    sentence: str
    clause: Clause
    mentions: Sequence[Mention]
    entities: Mapping[str, Entity]


class ReadClause(Protocol):
    """The extractor's reading of a clause: its claim, given the subject it may inherit and
    the standalone form it is said in when a part says it in other words than its own."""

    def __call__(self, clause: Clause, previous: tuple[str, str] | None,
                 restated: str | None) -> Claim: ...


UNDATED = "undated"  # the role of a part read without the date that closes its clause
UNPRICED = "unpriced"  # the role of a part read without the price that closes its clause
FORECAST = "forecast"  # the role of a part that gives what analysts expected


def _subject_of(claim: Claim) -> tuple[str, str] | None:
    return None if claim.subject_name is None else (claim.subject or "", claim.subject_name)


def figure_parts(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                 read: ReadClause) -> tuple[Claim, ...]:
    """One claim per figure of a clause that gives several in statements of their own:
    the verdict stage uses them when the clause as a whole is not settled. The size of a
    thing its one sum modifies leads them ("the $500 billion Stargate venture")."""
    paired = respective_parts(at.sentence, at.clause.start, at.clause.end, at.mentions, whole,
                              lambda said: read(at.clause, previous, said))
    if paired:  # "A and B reported $X and $Y, respectively"
        return paired
    listed = _adjunct_parts(at, whole, previous, read)
    if listed:  # a list of more parties beside the point: the point, then the list
        return _point_by_figures(at, whole, listed, previous, read)
    return _with_size(at, whole, previous, read, _figure_parts(at, whole, previous, read))


def _adjunct_parts(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                   read: ReadClause) -> tuple[Claim, ...]:
    clause = at.clause
    text = at.sentence[clause.start:clause.end]
    local = [m.shifted(-clause.start) for m in at.mentions if clause.start <= m.start < clause.end]
    verb = 0 if clause.inherits_subject else predicate_start(text)
    return adjunct_parts(text, clause, whole, local, verb,
                         lambda part, said: read(part, previous, said))


def _point_by_figures(at: ClauseText, whole: Claim, listed: tuple[Claim, ...],
                      previous: tuple[str, str] | None, read: ReadClause) -> tuple[Claim, ...]:
    """The point before a list that ends the clause, itself one part per figure ("TSMC's new
    $100 billion expansion, to $165 billion, aims to ... customers, including A and B"):
    a list beside the point does not join the point's figures into one statement."""
    clause = at.clause
    text = at.sentence[clause.start:clause.end]
    span = list_adjunct(text, 0 if clause.inherits_subject else predicate_start(text))
    if span is None or text[span[1]:].strip(" ,;.") or len(listed) != 2:
        return listed
    point = Clause(clause.start, clause.start + span[0], clause.role, clause.inherits_subject)
    inner = _figure_parts(replace(at, clause=point), listed[0], previous, read)
    if not inner:
        return listed
    return tuple(replace(p, id=f"{whole.id}.{i + 1}") for i, p in enumerate((*inner, listed[1])))


def _figure_parts(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                  read: ReadClause) -> tuple[Claim, ...]:
    clause = at.clause
    if len(whole.quantities) + len(whole.dates) < 2:  # one figure or date (or none)
        # perhaps with a year; else perhaps a list its verb takes ("in 2019 and 2021")
        return _dated_parts(at, whole, previous, read) or _listed(at, whole, previous, read)
    text = at.sentence[clause.start:clause.end]
    found = [q for q in find_quantities(text) if q.span is not None and q.kind is not Kind.YEAR]
    figures = [q.span for q in found if q.span is not None]  # a date is a statement's too
    if len(figures) < 2:
        return _dated_parts(at, whole, previous, read)
    spans = [(s.start, s.end) for s in figures]
    segments = with_frames(text, figure_segments(text, spans), [
        (q.span.start, q.span.end) for q in found if q.span and q.kind is not Kind.DATE], [
        (q.span.start, q.span.end) for q in find_quantities(text)
        if q.span and q.kind in (Kind.DATE, Kind.YEAR)])
    other = contrast_cut(text, found, [(m.start - clause.start, m.end - clause.start, m.entity)
                                       for m in at.mentions
                                       if clause.start <= m.start < clause.end]) \
        if len(segments) < 3 else None
    against = (len(text) - len(text[other[0]:].lstrip(" ,"))) if other else 0
    if other and (len(segments) < 2 or segments[1][0] == against):
        # "... in 2023 against roughly 500,000 for AMD", "..., compared with AMD's $7.7
        # billion": a statement about AMD
        segments = [(0, other[0]), (against, len(text))]
    else:
        other = None
    if len(segments) < 2:
        return _dated_parts(at, whole, previous, read)
    parts: list[Claim] = []
    for index, (start, stop) in enumerate(segments):
        first = min((f.start for f in figures if start <= f.start < stop), default=stop)
        own = any(clause.start + start <= m.start < clause.start + first
                  for m in at.mentions)
        inherits = clause.inherits_subject if index == 0 else not own
        role = clause.role if index == 0 else ("verb-phrase" if inherits else "main")
        restated = (leaning_restated(parts[-1].standalone, text[start:stop], bool(
            parts and parts[-1].dates and not parts[-1].quantities)) or
            # (with the word that joins it to the part before: "... and adjusted EPS of")
            forecast_object(parts[-1].standalone, text[segments[index - 1][1]:stop])) \
            if parts else None
        if other and parts and whole.subject:
            mine, theirs = (at.entities[e] for e in (whole.subject, other[1]))
            restated = restate(parts[0].standalone, (mine.name, *mine.aliases), theirs.name,
                               text[start:stop])
        if other and parts and restated is None:
            return ()
        part = read(Clause(clause.start + start, clause.start + stop, role, inherits),
                    _subject_of(whole) if index else previous, restated)
        if other and parts:
            name = at.entities[other[1]].name
            part = replace(part, subject=other[1], subject_name=name, role="contrast",
                           entities=tuple(dict.fromkeys(
                               (other[1], *(e for e in part.entities if e != whole.subject)))))
        elif part.subject is None and whole.subject is not None:
            # "Segment revenue climbed 69% to $4.9 billion, AMD said": the clause's subject,
            # named after this part, is the part's too
            part = replace(part, subject=whole.subject, subject_name=whole.subject_name,
                           implied_subject=whole.implied_subject,
                           entities=tuple(dict.fromkeys((whole.subject, *part.entities))))
        if restated and not other:  # it names what the part it leans on names
            before = parts[-1]
            part = replace(part, entities=tuple(dict.fromkeys((*part.entities,
                                                               *before.entities))),
                           belongings=tuple(dict.fromkeys((*part.belongings,
                                                           *before.belongings))))
        if index and forecast(text[start:stop]):
            part = replace(part, role=FORECAST)  # never flagged as the subject's own figure
        parts.append(replace(part, id=f"{whole.id}.{index + 1}"))
    return tuple(parts)


def _with_size(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
               read: ReadClause, parts: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The parts, led by the size of the thing the clause's one sum modifies ("the $500
    billion Stargate venture") when it gives one."""
    if len(whole.quantities) != 1 or whole.quantities[0].kind is not Kind.MONEY:
        return _with_measure(at, whole, previous, read, parts)  # no sum of money alone
    clause = at.clause
    text = at.sentence[clause.start:clause.end]
    local = [m.shifted(-clause.start) for m in at.mentions if clause.start <= m.start < clause.end]
    size = sized_part(text, whole, local, lambda said: read(clause, previous, said))
    if size is None:
        return parts
    # the sum is the size's to check; the rest of the clause is checked without it ("xAI and
    # Nvidia joined a $30 billion fund" gives no $30 billion of xAI's)
    return _led_by(size, whole, parts, whole.quantities[0])


def _led_by(size: Claim, whole: Claim, parts: tuple[Claim, ...],
            figure: Quantity) -> tuple[Claim, ...]:
    """The size, then the clause's parts (or the clause) without the figure it checks."""
    key = (figure.kind, figure.value, figure.unit)
    rest = [replace(p, quantities=tuple(q for q in p.quantities
                                        if (q.kind, q.value, q.unit) != key))
            for p in (parts or (whole,))]
    return tuple(replace(p, id=f"{whole.id}.{i + 1}") for i, p in enumerate((size, *rest)))


def _with_measure(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                  read: ReadClause, parts: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The parts, led by the size a measure gives the noun it stands before ("the 48-mile
    canal"). The rest keeps the figure: a part the clause gives it may be about the thing
    itself ("Webb's 6.5-metre mirror"), which the ordinary rules check."""
    if not any(q.kind is Kind.COUNT for q in whole.quantities):
        return parts  # most clauses: no measure
    clause = at.clause
    text = at.sentence[clause.start:clause.end]
    # the names before the clause too: "built Webb and tested its 21-foot mirror"
    local = [m.shifted(-clause.start) for m in at.mentions if m.start < clause.end]
    size = measured_part(text, whole, local, lambda said: read(clause, previous, said))
    if size is None or any(p.subject == size.subject and any(
            q.value == size.quantities[0].value for q in p.quantities) for p in parts):
        return parts  # a part of the clause says it of the thing already
    return tuple(replace(p, id=f"{whole.id}.{i + 1}")
                 for i, p in enumerate((size, *(parts or (whole,)))))


def _listed(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
            read: ReadClause) -> tuple[Claim, ...]:
    """One part per member of a list of names or years the clause's verb takes."""
    clause = at.clause
    text = at.sentence[clause.start:clause.end]
    if " and " not in text and "&" not in text:
        return ()  # no list: most clauses
    local = [m.shifted(-clause.start) for m in at.mentions if clause.start <= m.start < clause.end]
    # a clause that inherits its subject opens with its verb ("surpassing A and B")
    verb = 0 if clause.inherits_subject else predicate_start(text)
    return conjunct_parts(text, clause, whole, local, whole.unknown_names, verb,
                          lambda part, said: read(part, previous, said)) or \
        distributed_parts(text, clause, whole, local, lambda part, said: read(part, previous,
                                                                              said))


def _dated_parts(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                 read: ReadClause) -> tuple[Claim, ...]:
    """A figure and the date that closes its clause ("It put $1 billion into the startup in
    2018"): the figure without the date ("undated": it may confirm the figure, never flag
    it), and the whole, which checks the event with its date. A right figure is then
    confirmed even when the date is wrong or not stored."""
    figures = [q for q in whole.quantities if q.kind not in (Kind.YEAR, Kind.DATE)]
    if len(figures) != 1 or len(set(whole.years)) > 1 or len(whole.dates) > 1 or not (
            whole.years or whole.dates):
        return ()
    clause = at.clause
    cut = dated_tail(at.sentence[clause.start:clause.end])
    if cut is None:
        return _priced_parts(at, whole, previous, read)
    undated = read(Clause(clause.start, clause.start + cut, clause.role,
                          clause.inherits_subject), previous, None)
    if len([q for q in undated.quantities if q.kind not in (Kind.YEAR, Kind.DATE)]) != 1 \
            or undated.years or undated.dates:
        return ()
    return (replace(undated, id=f"{whole.id}.1", role=UNDATED), replace(whole, id=f"{whole.id}.2"))


def _priced_parts(at: ClauseText, whole: Claim, previous: tuple[str, str] | None,
                  read: ReadClause) -> tuple[Claim, ...]:
    """A dated event and the price that closes its clause ("BlackRock agreed in January 2024
    to buy GIP for about $12.5 billion"): the event with its date, without the price
    ("unpriced": a wrong date flags only what the whole flags), and the whole, which checks
    the price. A right date is then confirmed even when the price is wrong or not stored."""
    clause = at.clause
    cut = priced_tail(at.sentence[clause.start:clause.end])
    if cut is None:
        return ()
    event = read(Clause(clause.start, clause.start + cut, clause.role, clause.inherits_subject),
                 previous, None)
    if event.quantities or not (event.years or event.dates):
        return ()
    return (replace(event, id=f"{whole.id}.1", role=UNPRICED), replace(whole, id=f"{whole.id}.2"))
