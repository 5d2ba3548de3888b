"""The one orchestrator: document -> claims -> candidate facts -> verdicts -> report.

Owns: ``check(document, store)``, the only function that runs the stages in order. Must not:
read files, render output or pick an exit code.
"""

from __future__ import annotations

import datetime as dt

from .language.extract import extract_claims
from .model import ArticleInfo, CheckedClaim, Document, Report
from .rules import judge
from .store.store import Store


def check(document: Document, store: Store, *, article_date: dt.date | None = None) -> Report:
    """Check every claim of ``document`` against ``store``; the same input, the same report."""
    date = article_date or document.date
    index = store.entities

    def names(entity_id: str) -> tuple[str, ...]:
        entity = index.entities.get(entity_id)
        return (entity.name, *entity.aliases) if entity else (entity_id,)

    checked = tuple(CheckedClaim(claim, judge(claim, store, date, names))
                    for claim in extract_claims(document, index))
    return Report(article=ArticleInfo(document.source, document.title, date), claims=checked,
                  store=store.label)
