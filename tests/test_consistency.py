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
