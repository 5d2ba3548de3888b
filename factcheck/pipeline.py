"""The one orchestrator: document -> claims -> candidate facts -> verdicts -> report.

Owns: ``check(document, store)``, the only function that runs the stages in order. Must not:
read files, render output or pick an exit code.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from .errors import FactcheckError
from .language.checkability import assess
from .language.extract import extract_claims, iter_claims
from .model import (
    ArticleInfo,
    Block,
    Checkability,
    CheckedClaim,
    Claim,
    Document,
    Report,
    Span,
    Status,
    Verdict,
    Worthiness,
)
from .rules import UNEXPLAINED, judge
from .rules.parts import settle_parts, worth_parts
from .rules.trace import Considered, Reading, considered, reading
from .store.store import Store

if TYPE_CHECKING:  # multiprocessing is imported only by a check that uses a second core
    from ctypes import c_long
    from multiprocessing.connection import Connection


def _names(store: Store) -> Callable[[str], tuple[str, ...]]:
    index = store.entities
    # Each entity's names, made once per check: the rules ask for the same few thousands
    # of times an article.
    known: dict[str, tuple[str, ...]] = {}

    def names(entity_id: str) -> tuple[str, ...]:
        found = known.get(entity_id)
        if found is None:
            entity = index.entities.get(entity_id)
            found = known[entity_id] = (entity.name, *entity.aliases) if entity \
                else (entity_id,)
        return found

    return names


# Characters of text from which ``check(..., parallel=True)`` judges on a second core: below,
# starting a process costs more than it saves (a second of checking is some 70,000).
PARALLEL_FROM = 200_000
_BATCH = 256  # claims (or checked claims) per message between the two processes
# Batches sent and not yet judged by the worker from which the reading side judges the next
# batch itself: one being judged and one waiting keep the worker busy.
_AHEAD = 2


def check(document: Document, store: Store, *, article_date: dt.date | None = None,
          parallel: bool = False) -> Report:
    """Check every claim of ``document`` against ``store``; the same input, the same report.

    With ``parallel``, a long document (``PARALLEL_FROM``) on a machine with a second core
    is judged in a second process while its claims are still being read: the same report,
    sooner."""
    date = article_date or document.date
    if date != document.date:
        document = replace(document, date=date)  # relative dates are read against it
    index = store.entities
    with _seldom_collected():
        if parallel and len(document.text) >= PARALLEL_FROM and _second_core() and \
                type(store) is Store:
            checked = _checked_elsewhere(iter_claims(document, index), store, date)
        else:
            names = _names(store)
            checked = [c for claim in extract_claims(document, index)
                       for c in _checked(claim, store, date, names)]
    # A date that names no real day matters only when no other date stands in for it.
    problem = (document.date_problem,) if document.date_problem and date is None else ()
    return Report(article=ArticleInfo(document.source, document.title, date,
                                      (*problem, *document.warnings)),
                  claims=tuple(checked), store=store.label, stores=store.labels, text=document.text,
                  text_offsets=document.text_offsets())


# Objects made between two runs of the cyclic garbage collector while a check runs (Python's
# default is 700). Checking makes few reference cycles, but what it keeps (claims, verdicts,
# the caches of the rules) sets the collector off, and each third-generation run walks every
# object alive: a twentieth of checking 1 MB of prose, and more of receiving the verdicts
# from a second process. Cycles are still collected, a few dozen times a megabyte.
COLLECT_EVERY = 10_000


@contextmanager
def _seldom_collected() -> Iterator[None]:
    """The collector's thresholds raised for the check, and restored after it."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], COLLECT_EVERY), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _checked(claim: Claim, store: Store, date: dt.date | None,
             names: Callable[[str], tuple[str, ...]]) -> list[CheckedClaim]:
    """The verdict on one claim, or on each of its parts when the whole is not settled."""
    checkable = assess(claim)  # checkable at all, and how much checking it is worth
    verdict = judge(claim, store, date, names, checkable)
    readings = {part.id: assess(part) for part in claim.parts} \
        if claim.parts and worth_parts(verdict) else {}
    parts = settle_parts(verdict, _parts_judged(claim, readings, store, date, names),
                         _year_of(store), day_of=_day_of(store)) if readings else None
    return [CheckedClaim(c, v, readings[c.id].worthiness) for c, v in parts] if parts \
        else [CheckedClaim(claim, verdict, checkable.worthiness)]


def _parts_judged(claim: Claim, readings: dict[str, Checkability], store: Store,
                  date: dt.date | None, names: Callable[[str], tuple[str, ...]]
                  ) -> list[tuple[Claim, Verdict]]:
    """The verdict on each part. The parts stand only when one is supported
    (``settle_parts``), so each is judged unexplained first (``UNEXPLAINED``), and one
    nothing settles is told its nearest fact only when they stand."""
    judged = [(part, judge(part, store, date, names, readings[part.id], explained=False))
              for part in claim.parts]
    if not any(verdict.status is Status.SUPPORTED for _, verdict in judged):
        return judged
    return [(part, judge(part, store, date, names, readings[part.id])
             if verdict is UNEXPLAINED else verdict) for part, verdict in judged]


def _year_of(store: Store) -> Callable[[str], int | None]:
    def year_of(fact_id: str) -> int | None:
        fact = store.fact(fact_id)
        moment = fact and (fact.date or fact.as_of)  # an event's day, or a value's
        return moment.year if moment else None
    return year_of


def _day_of(store: Store) -> Callable[[str], dt.date | None]:
    def day_of(fact_id: str) -> dt.date | None:
        fact = store.fact(fact_id)
        return fact.date or fact.as_of if fact else None  # an event's day, or a value's
    return day_of


# What the worker sends back for each checked claim: the claim only when it is a part the
# worker made (the reading side has the claims it sent; unpickling them again cost a fifth of
# the transfer), then the verdict and the worthiness.
Judged = tuple[Claim | None, Verdict, Worthiness]


def _second_core() -> bool:
    """Is there a core to spare, and a way to start a process sharing what is loaded?"""
    import multiprocessing

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        os.cpu_count() or 1
    return cores > 1 and "fork" in multiprocessing.get_all_start_methods()


def _checked_elsewhere(claims: Iterator[Claim], store: Store, date: dt.date | None
                       ) -> list[CheckedClaim]:
    """Every claim judged by a forked process while this one reads the next: each batch is
    sent as it is read, and the verdicts come back in order at the end. When the worker is
    ``_AHEAD`` batches behind, this process judges the next batch itself (reading is a third
    of checking prose: a worker judging every claim would leave this side idle for the rest).
    The worker sends nothing before it has read everything (two processes each waiting to
    write to the other would wait for ever). The verdicts are the ones judged here: judging
    one claim never depends on another, and the worker opens the same store."""
    import ctypes
    import multiprocessing

    context = multiprocessing.get_context("fork")  # safe: check runs no other threads
    ours, theirs = context.Pipe()
    done = context.RawValue(ctypes.c_long, 0)  # batches the worker has judged, its count
    worker = context.Process(target=_judge_worker, args=(theirs, ours, store, date, done),
                             daemon=True)
    worker.start()
    theirs.close()
    try:
        read: list[list[Claim]] = []  # every batch, in order: sent, or judged here
        here: dict[int, list[list[CheckedClaim]]] = {}  # a batch's verdicts judged here
        names = _names(store)
        sent = 0
        # lists of _BATCH claims, the last one shorter (never empty)
        for batch in iter(lambda: list(islice(claims, _BATCH)), []):
            if sent - done.value >= _AHEAD:
                here[len(read)] = [_checked(claim, store, date, names) for claim in batch]
            else:
                ours.send(batch)
                sent += 1
            read.append(batch)
        ours.send(None)
        judged: list[list[Judged]] = []
        while (part := ours.recv()) is not None:
            if isinstance(part, BaseException):
                raise part
            judged += part
        answers = iter(judged)
        out: list[CheckedClaim] = []
        for at, batch in enumerate(read):
            if at in here:
                out += (c for entries in here.pop(at) for c in entries)
                continue
            out += (CheckedClaim(own or claim, verdict, worthiness)
                    for claim in batch for own, verdict, worthiness in next(answers))
        return out
    except (EOFError, OSError):
        reason = _last_word(ours)  # it stopped reading because judging failed
        if reason is not None:
            raise reason from None
        raise FactcheckError("the process judging the claims stopped unexpectedly (out of "
                             "memory?)") from None
    finally:
        ours.close()
        worker.join(timeout=5)
        if worker.is_alive():  # the reading failed: the worker is waiting for claims
            worker.kill()
            worker.join()


def _last_word(conn: Connection) -> BaseException | None:
    """The exception a worker sent before it stopped, if it sent one."""
    try:
        while conn.poll():
            part = conn.recv()
            if isinstance(part, BaseException):
                return part
    except (EOFError, OSError):
        pass
    return None


def _judge_worker(conn: Connection, parents: Connection, store: Store, date: dt.date | None,
                  done: c_long | None = None) -> None:
    """The forked side of ``_checked_elsewhere``: judge every claim sent, counting the
    batches judged in ``done``, then send back the verdicts (``Judged``), a list per claim
    sent, or the exception that stopped it."""
    import pickle

    # The fork copied the parent's end of the pipe too: closed here, the parent's own end
    # is the last, so its exit (an error, a kill) ends this process's wait for claims.
    parents.close()
    try:
        # A connection of its own: one SQLite connection is never used by two processes.
        own = Store(store.path, facts_dir=store.facts_dir, label=store.label,
                    labels=store.labels)
        names = _names(own)
        out: list[list[Judged]] = []
        while (batch := conn.recv()) is not None:
            out += [[(None if c.claim is claim else c.claim, c.verdict, c.worthiness)
                     for c in _checked(claim, own, date, names)] for claim in batch]
            if done is not None:
                done.value += 1
        for at in range(0, len(out), _BATCH):
            conn.send(out[at:at + _BATCH])
        conn.send(None)
    except (EOFError, OSError):
        pass  # the reading side stopped (its own error, or an interrupt): nothing to say
    except Exception as exc:  # noqa: BLE001 -- raised again in the parent, as it would be here
        try:
            conn.send(exc)
        except (OSError, TypeError, AttributeError, pickle.PicklingError):
            pass  # the parent then says the worker stopped
    finally:
        conn.close()


@dataclass(frozen=True)
class Explained:
    """One claim of an explained sentence: what was read, the facts looked at, the verdict."""

    claim: CheckedClaim
    reading: Reading
    considered: tuple[Considered, ...]


def explain(sentence: str, store: Store, *, article_date: dt.date | None = None
            ) -> tuple[Explained, ...]:
    """The trace of every claim in one sentence, as ``factcheck explain`` prints it."""
    text = " ".join(sentence.split())
    document = Document(source="<sentence>", original=text, text=text,
                        blocks=(Block(Span(0, len(text)), "prose"),), date=article_date)
    report = check(document, store, article_date=article_date)
    out = []
    for checked in report.claims:
        claim = checked.claim
        facts = store.facts_about(claim.entities) if claim.entities else []
        out.append(Explained(checked, reading(claim), tuple(considered(claim, facts))))
    return tuple(out)
