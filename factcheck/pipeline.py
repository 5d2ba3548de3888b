"""The one orchestrator: document -> claims -> candidate facts -> verdicts -> report.

Owns: ``check(document, store)``, the only function that runs the stages in order. Must not:
read files, render output or pick an exit code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from .language.checkability import assess
from .language.extract import extract_claims
from .model import ArticleInfo, Block, CheckedClaim, Document, Report, Span
from .rules import judge
from .rules.parts import settle_parts, worth_parts
from .rules.trace import Considered, Reading, considered, reading
from .store.store import Store


def _names(store: Store) -> Callable[[str], tuple[str, ...]]:
    index = store.entities

    def names(entity_id: str) -> tuple[str, ...]:
        entity = index.entities.get(entity_id)
        return (entity.name, *entity.aliases) if entity else (entity_id,)

    return names


def check(document: Document, store: Store, *, article_date: dt.date | None = None) -> Report:
    """Check every claim of ``document`` against ``store``; the same input, the same report."""
    date = article_date or document.date
    if date != document.date:
        document = replace(document, date=date)  # relative dates are read against it
    index = store.entities
    names = _names(store)
    checked: list[CheckedClaim] = []
    for claim in extract_claims(document, index):
        checkable = assess(claim)  # checkable at all, and how much checking it is worth
        verdict = judge(claim, store, date, names, checkable)
        readings = {part.id: assess(part) for part in claim.parts} \
            if claim.parts and worth_parts(verdict) else {}
        parts = settle_parts(verdict, [(part, judge(part, store, date, names, readings[part.id]))
                                       for part in claim.parts]) if readings else None
        checked += [CheckedClaim(c, v, readings[c.id].worthiness) for c, v in parts] if parts \
            else [CheckedClaim(claim, verdict, checkable.worthiness)]
    # A date that names no real day matters only when no other date stands in for it.
    problem = (document.date_problem,) if document.date_problem and date is None else ()
    return Report(article=ArticleInfo(document.source, document.title, date,
                                      (*problem, *document.warnings)),
                  claims=tuple(checked), store=store.label, stores=store.labels, text=document.text,
                  text_offsets=document.text_offsets())


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
