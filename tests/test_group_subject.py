"""A relation of a party named after the verb does not confirm what a group of people that
is the clause's subject does or thinks (rules/group_subject.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status


@pytest.mark.parametrize(("text", "status"), [
    ("Traders have focused on the unveiling of Nvidia's Blackwell.", Status.UNVERIFIED),
    ("Analysts were impressed by the unveiling of Nvidia's Blackwell.", Status.UNVERIFIED),
    ("Nvidia unveiled Blackwell at GTC.", Status.SUPPORTED),
])
def test_a_group_as_the_subject_is_not_the_party_the_relation_is_of(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2024, 4, 1))[-1] is status


@pytest.mark.parametrize(("sentence", "fragment"), [
    # a verb phrase cut from a passive whose subject (the gadgets) the claim lost
    ("Now, the new family of gadgets will be designed and launched under the OpenAI "
     "umbrella.", "launched under the OpenAI umbrella"),
    # a participle whose object is the name: the doer is the sentence's subject, told later
    ("Joining Suleyman – a DeepMind co-founder in 2010, who sold it in 2014 and started "
     "another lab in 2022 – is a veteran researcher.", "Joining Suleyman"),
])
def test_a_fragment_that_names_no_doer_is_not_confirmed_by_the_named_party_s_act(
        bundled_store: Any, sentence: str, fragment: str) -> None:
    """Twelfth real set: 'launched under the OpenAI umbrella' was supported by OpenAI's
    founding, and 'Joining Suleyman' by his hiring."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date(2025, 6, 1))
    [found] = [c for c in report.claims if fragment in c.claim.standalone]
    assert found.verdict.status is Status.UNVERIFIED, found.verdict
