"""One claim per figure of a clause: parts said in full where they lean on a neighbour."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.read.documents import read_text


def claims(store: Any, text: str) -> list[Any]:
    return extract_claims(read_text(text, "a.txt"), store.entities)


def test_a_level_after_its_rate_of_change_is_a_part_that_says_what_it_is_a_level_of(
        acme_store: Any) -> None:
    found = claims(acme_store, "Acme's revenue climbed 69% to $4.9 billion, the company said.")
    assert [(p.text, p.standalone) for p in found[0].parts] == [
        ("Acme's revenue climbed 69%", "Acme's revenue climbed 69%"),
        ("to $4.9 billion, the company said",
         "Acme's revenue climbed to $4.9 billion, Acme Corp said")]
    assert [p.subject for p in found[0].parts] == ["acme", "acme"]


def test_a_figure_set_against_another_s_is_restated_as_a_claim_about_that_other(
        acme_store: Any) -> None:
    found = claims(acme_store, "Acme sold about 5 million widgets in 2024 against roughly "
                               "2 million for Globex.")
    assert [(p.text, p.standalone, p.subject) for p in found[0].parts] == [
        ("Acme sold about 5 million widgets in 2024", "Acme sold about 5 million widgets in "
         "2024", "acme"),
        ("against roughly 2 million for Globex", "Globex sold roughly 2 million widgets in "
         "2024", "globex")]
    # no name after the second figure: the two stay one statement
    assert claims(acme_store, "Acme sold 5 million widgets versus 2 million a year "
                              "earlier.")[0].parts == ()


def test_a_figure_and_the_date_closing_its_clause_are_read_apart_and_together(
        acme_store: Any) -> None:
    found = claims(acme_store, "Acme bought Globex for $4 billion on March 3, 2015.")
    assert [(p.text, p.role) for p in found[0].parts] == [
        ("Acme bought Globex for $4 billion", "undated"),
        ("Acme bought Globex for $4 billion on March 3, 2015", found[0].role)]
    # a date inside the clause, or two figures of their own, is no date that closes it
    assert "undated" not in [p.role for p in claims(
        acme_store, "In 2015 Acme bought Globex for $4 billion.")[0].parts]
    assert claims(acme_store, "Acme bought Globex in 2015.")[0].parts == ()


def test_a_dated_event_and_the_price_closing_its_clause_are_read_apart_and_together(
        acme_store: Any) -> None:
    # the event with its date is checked without the price, the whole with it
    found = claims(acme_store, "Acme agreed in May 2015 to buy Globex for about $4 billion "
                               "in cash.")
    assert [(p.text, p.role) for p in found[0].parts] == [
        ("Acme agreed in May 2015 to buy Globex", "unpriced"),
        ("Acme agreed in May 2015 to buy Globex for about $4 billion in cash", found[0].role)]
    # no date: the price is all the clause says of the event
    assert claims(acme_store, "Acme agreed to buy Globex for $4 billion.")[0].parts == ()


def test_a_rate_told_as_a_noun_after_a_level_is_said_with_that_level(acme_store: Any) -> None:
    """issue 8: "$50 billion, a 20% increase and a 5% rise from ..." gives two rates of the
    level before them, each a part said with it."""
    found = claims(acme_store, "Acme's cloud unit generated revenue of $50 billion, a 20% "
                               "yearly increase and a 5% rise from the previous quarter.")
    assert [p.standalone for p in found[0].parts] == [
        "Acme's cloud unit generated revenue of $50 billion",
        "Acme's cloud unit generated revenue of $50 billion, a 20% yearly increase",
        "Acme's cloud unit generated revenue of $50 billion, a 5% rise from the previous "
        "quarter"]


def test_a_true_figure_beside_what_analysts_expected_is_supported(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Issue 8: the estimate kept the true revenue partly checked; read as Nvidia's own
    revenue it would contradict it. What analysts expected is a standard outside what the
    claim asserts (``language/expectations``): a whole that sets the result against it is
    supported, and no part is told apart."""
    assert bundled_statuses("Nvidia reported fourth-quarter revenue of $39.3 billion that "
                            "topped estimates of $38.05 billion.") == [Status.SUPPORTED]
    assert bundled_statuses("Nvidia's fourth-quarter revenue came in at $39.3 billion versus "
                            "the $38.05 billion expected by analysts.") == [
        Status.SUPPORTED, Status.UNVERIFIED]
