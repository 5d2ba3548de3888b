"""A list of further parties or examples beside a clause's point is a part of its own."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.adjuncts import list_adjunct
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


@pytest.mark.parametrize(("text", "listed"), [
    ("Acme raised $2 billion from funds such as Hooli Ventures and Vandelay",
     " such as Hooli Ventures and Vandelay"),
    ("The round, led by Globex with participation from Hooli, Vandelay and Initech, values "
     "Acme at $9 billion", " with participation from Hooli, Vandelay and Initech"),
    ("Acme beat rivals like Hooli and Globex in 2021", " like Hooli and Globex"),
    ("Acme launched the X1 in 2019, alongside Globex", ", alongside Globex"),
])
def test_the_list_beside_the_point_is_found(text: str, listed: str) -> None:
    span = list_adjunct(text, text.index(" ") + 1)
    assert span is not None and text[span[0]:span[1]] == listed


@pytest.mark.parametrize("text", [
    "Companies such as Hooli and Globex make widgets",  # the list is the subject
    "Acme would like Globex to pay",  # "like" after no plural noun
    "Acme sells widgets to buyers such as small shops",  # no names listed
])
def test_what_is_no_list_beside_the_point(text: str) -> None:
    assert list_adjunct(text, 4 if text.startswith("Acme") else 30) is None


def _checked(store: Any, text: str) -> list[tuple[str, Status]]:
    report = check(read_text(text, "a.txt"), store)
    return [(c.claim.text, c.verdict.status) for c in report.claims]


@pytest.mark.parametrize(("text", "point", "listed"), [
    ("Acme reported revenue of $50 billion for 2024 from customers such as Hooli, "
     "Vandelay and Initech.", "Acme reported revenue of $50 billion for 2024 from customers",
     "such as Hooli, Vandelay and Initech"),
    ("Acme's 2024 revenue, helped by buyers including Hooli and Vandelay, came to $50 "
     "billion.", "Acme's 2024 revenue, helped by buyers including Hooli and Vandelay, came "
     "to $50 billion", "including Hooli and Vandelay"),
])
def test_a_true_point_is_confirmed_beside_names_the_store_does_not_know(
        acme_store: Any, text: str, point: str, listed: str) -> None:
    """The point is supported; the list stays as the whole was: partly checked (issue 8)."""
    assert _checked(acme_store, text) == [(point, Status.SUPPORTED),
                                          (listed, Status.UNVERIFIED)]


def test_a_wrong_point_beside_a_list_is_not_confirmed(acme_store: Any) -> None:
    statuses = [s for _, s in _checked(acme_store, "Acme reported revenue of $20 billion for "
                                                   "2024 from customers such as Hooli.")]
    assert Status.SUPPORTED not in statuses


@pytest.mark.parametrize(("text", "listed"), [
    ("Acme overtook Globex on Friday after a 4% jump in its shares",
     " after a 4% jump in its shares"),
    ("Acme's revenue reached $50 billion, following a 12% rise in cloud sales",
     ", following a 12% rise in cloud sales"),
])
def test_a_change_the_point_follows_from_is_found(text: str, listed: str) -> None:
    span = list_adjunct(text, 5)
    assert span is not None and text[span[0]:span[1]] == listed


def test_a_true_point_is_confirmed_beside_the_change_it_followed(acme_store: Any) -> None:
    assert _checked(acme_store, "Acme reported revenue of $50 billion for 2024 after a 9% "
                                "rise in widget prices.") == [
        ("Acme reported revenue of $50 billion for 2024", Status.SUPPORTED),
        ("after a 9% rise in widget prices", Status.UNVERIFIED)]


def test_a_point_without_a_figure_is_not_cut_around_a_list_inside_it(
        bundled_store: Any) -> None:
    """"... investors including A and B, as well as OpenAI's biggest backer Microsoft":
    without the list the clause's point is only a description of Microsoft, which is no
    support for who invested in the round; the whole clause is settled by the round whose
    record lists all three (issue 8), or not at all."""
    report = check(read_text("The round has drawn repeat investors including Thrive Capital "
                             "and Khosla Ventures, as well as OpenAI's biggest corporate "
                             "backer Microsoft.", "a.txt"), bundled_store)
    [claim] = report.claims
    assert claim.verdict.status is Status.SUPPORTED
    assert claim.verdict.evidence[0].fact == "openai-funding-round-2024"


def test_a_point_before_a_list_is_still_divided_by_its_figures(acme_store: Any) -> None:
    """issue 8: a list ending the clause kept the point's two figures together, so a stored
    figure beside an unstored level came out only partly checked; the point is one part per
    figure, and a level set off by commas ends where the subject's verb phrase resumes."""
    found = _checked(acme_store, "Acme's revenue of $50 billion, to $80 billion in total, "
                                 "helped it serve buyers, including Hooli and Vandelay.")
    assert found[0] == ("Acme's revenue of $50 billion", Status.SUPPORTED)
    assert ("to $80 billion in total", Status.UNVERIFIED) in found
    assert found[-1] == ("including Hooli and Vandelay", Status.UNVERIFIED)


@pytest.mark.parametrize(("text", "priced"), [
    ("Orbit became part of Zeta on May 2, 2023, following a transaction valued at $16 "
     "billion", ", following a transaction valued at $16 billion"),
    ("Zeta closed its purchase of Orbit in May, in an all-stock deal worth about $2 billion",
     ", in an all-stock deal worth about $2 billion"),
])
def test_the_price_of_the_deal_the_point_tells_of_is_a_part(text: str, priced: str) -> None:
    span = list_adjunct(text, text.index(" ") + 1)
    assert span is not None and text[span[0]:span[1]] == priced
