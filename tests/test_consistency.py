"""The bundled store against itself: each fact's own statement, read as an article, is
never contradicted. Statements are dense, many-figure sentences, which makes this a strong
test that figures are only ever compared with the measure they belong to."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.documents import read_text
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.store import Store, open_store


@pytest.fixture(scope="module")
def store() -> Store:
    return open_store()


def test_no_statement_of_the_store_is_contradicted(store: Store) -> None:
    wrong = []
    supported = 0
    for fact in store.facts():
        report = check(read_text(fact.statement, f"{fact.id}.txt"), store,
                       article_date=dt.date(2025, 3, 25))
        for checked in report.claims:
            if checked.verdict.status is Status.CONTRADICTED:
                wrong.append((fact.id, checked.claim.text, checked.verdict.explanation))
            supported += checked.verdict.status is Status.SUPPORTED
    assert wrong == []
    assert supported >= 50  # and a good share of them are recognised as supported


def test_a_statement_with_its_figure_tripled_is_never_supported(store: Store) -> None:
    import re

    from factcheck.quantities import find_quantities

    supported = []
    tried = 0
    for fact in store.facts():
        if fact.kind != "quantity":
            continue
        figures = [q for q in find_quantities(fact.statement)
                   if q.kind.value in ("money", "percent", "ratio", "count")]
        digits = re.search(r"\d[\d,]*(?:\.\d+)?", figures[0].text) if figures else None
        if not figures or not digits:
            continue
        changed = f"{float(digits.group(0).replace(',', '')) * 3:g}"
        text = fact.statement.replace(
            figures[0].text, figures[0].text.replace(digits.group(0), changed, 1), 1)
        report = check(read_text(text, "changed.txt"), store, article_date=dt.date(2025, 3, 25))
        tried += 1
        supported += [(fact.id, c.claim.text) for c in report.claims
                      if changed in c.claim.text and c.verdict.status is Status.SUPPORTED]
    assert tried >= 40
    assert supported == []


def test_a_statement_with_its_year_moved_is_never_supported(store: Store) -> None:
    supported = []
    tried = 0
    for fact in store.facts():
        if fact.kind != "event" or not fact.date or str(fact.date.year) not in fact.statement:
            continue
        moved = str(fact.date.year - 3)
        text = fact.statement.replace(str(fact.date.year), moved)
        report = check(read_text(text, "moved.txt"), store, article_date=dt.date(2025, 3, 25))
        tried += 1
        supported += [(fact.id, c.claim.text) for c in report.claims
                      if moved in c.claim.text and c.verdict.status is Status.SUPPORTED]
    assert tried >= 30
    assert supported == []


@pytest.mark.parametrize("stranger", ["Intel", "Jeff Bezos"])
def test_a_statement_about_someone_else_is_neither_supported_nor_contradicted(
        store: Store, stranger: str) -> None:
    kind = "person" if " " in stranger else "organization"
    judged = []
    for fact in store.facts():
        subject = store.entities.entities[fact.subject]
        name = next((n for n in (subject.name, *subject.aliases) if n in fact.statement), None)
        if subject.kind != kind or name is None:
            continue
        text = fact.statement.replace(name, stranger)
        report = check(read_text(text, "other.txt"), store, article_date=dt.date(2025, 3, 25))
        judged += [(fact.id, c.claim.text, c.verdict.status) for c in report.claims
                   if stranger in c.claim.text and c.verdict.status in (Status.SUPPORTED,
                                                                        Status.CONTRADICTED)]
    assert judged == []
