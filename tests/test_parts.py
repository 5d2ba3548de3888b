"""A clause is reported one figure at a time when it cannot be settled whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from factcheck.model import Claim, Evidence, Position, Span, Status, Verdict
from factcheck.rules.parts import settle_parts


def claim(text: str, sentence: str | None = None) -> Claim:
    """A part of a sentence; by default a noun phrase cut off after a preposition."""
    return Claim(id=text, text=text, standalone=text, span=Span(0, len(text)),
                 position=Position(1, 1), sentence=sentence or f"It put $5 into {text}",
                 entities=(), named=(), subject=None, subject_name=None, unknown_names=(),
                 quantities=(), years=(), quotes=())


def verdict(status: Status, rule: str = "NUM") -> Verdict:
    return Verdict(status, 0.9, f"{status.value} because", rule=rule)


def statuses(found: list[tuple[Claim, Verdict]] | None) -> list[Status] | None:
    return None if found is None else [v.status for _, v in found]


def test_parts_replace_a_partly_checked_whole_when_one_is_supported() -> None:
    parts = [(claim("a"), verdict(Status.SUPPORTED)), (claim("b"), verdict(Status.UNVERIFIED))]
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), parts)) == [
        Status.SUPPORTED, Status.UNVERIFIED]


def test_a_whole_that_is_settled_or_has_no_supported_part_stays_whole() -> None:
    parts = [(claim("a"), verdict(Status.SUPPORTED)), (claim("b"), verdict(Status.UNVERIFIED))]
    assert settle_parts(verdict(Status.SUPPORTED), parts) is None
    assert settle_parts(verdict(Status.OPINION), parts) is None
    unsettled = [(claim("a"), verdict(Status.UNVERIFIED))] * 2
    assert settle_parts(verdict(Status.UNVERIFIED), unsettled) is None


def test_a_part_never_raises_a_flag_the_whole_did_not_raise() -> None:
    parts = [(claim("a"), verdict(Status.SUPPORTED)),
             (claim("b"), verdict(Status.CONTRADICTED))]
    found = settle_parts(verdict(Status.UNVERIFIED), parts)
    assert statuses(found) == [Status.SUPPORTED, Status.UNVERIFIED]
    assert found is not None and "read alone this figure would be contradicted" in \
        found[1][1].explanation


def test_a_flag_of_the_whole_stays_with_the_part_that_raises_it() -> None:
    parts = [(claim("a"), verdict(Status.SUPPORTED)),
             (claim("b"), verdict(Status.CONTRADICTED))]
    assert statuses(settle_parts(verdict(Status.CONTRADICTED), parts)) == [
        Status.SUPPORTED, Status.CONTRADICTED]
    quiet = [(claim("a"), verdict(Status.SUPPORTED)), (claim("b"), verdict(Status.UNVERIFIED))]
    assert settle_parts(verdict(Status.CONTRADICTED), quiet) is None


def test_a_part_restated_in_full_about_another_party_keeps_its_own_flag() -> None:
    parts = [(claim("a"), verdict(Status.SUPPORTED)),
             (replace(claim("b"), role="contrast"), verdict(Status.CONTRADICTED))]
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), parts)) == [
        Status.SUPPORTED, Status.CONTRADICTED]


@pytest.mark.parametrize("sentence, first, second", [
    ("The group seeks $32 billion of equity and plans to raise up to $100 billion",
     "The group seeks $32 billion of equity", "plans to raise up to $100 billion"),
    ("GIP has $100 billion of assets that BlackRock agreed to buy for $13.5 billion",
     "GIP has $100 billion of assets", "BlackRock agreed to buy for $13.5 billion"),
])
def test_a_part_that_is_a_clause_of_its_own_keeps_its_own_flag(
        sentence: str, first: str, second: str) -> None:
    for flagged in (first, second):  # the sentence's start, or after a clause break
        parts = [(claim(text, sentence), verdict(
            Status.IMPRECISE if text == flagged else Status.SUPPORTED)) for text in (first, second)]
        assert [v.status is Status.IMPRECISE for _, v in settle_parts(
            verdict(Status.UNVERIFIED), parts) or []] == [flagged == first, flagged == second]


def test_a_clause_of_its_own_keeps_only_a_flag_on_its_figure() -> None:
    """A date's flag in a part cut for its figures ("The MI300X, launched in December 2022,
    carries 192 GB") stays bounded by the whole: the part was not cut at the date."""
    sentence = "The chip, launched in 2022, carries 192 GB, more than the 80 GB of the H100"
    parts = [(claim("The chip, launched in 2022, carries 192 GB", sentence),
              verdict(Status.CONTRADICTED, "TMP")),
             (claim("more than the 80 GB of the H100", sentence), verdict(Status.SUPPORTED))]
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), parts)) == [
        Status.UNVERIFIED, Status.SUPPORTED]


def test_a_figure_read_without_its_date_confirms_but_never_flags() -> None:
    """"It put $1 billion into the startup in 2018": the figure alone may be another year's."""
    undated = replace(claim("It put $1 billion into the startup"), role="undated")
    dated = claim("It put $1 billion into the startup in 2018",
                  "It put $1 billion into the startup in 2018")
    assert statuses(settle_parts(verdict(Status.CONTRADICTED, "TMP"), [
        (undated, verdict(Status.SUPPORTED)), (dated, verdict(Status.CONTRADICTED, "TMP"))])) \
        == [Status.SUPPORTED, Status.CONTRADICTED]
    found = settle_parts(verdict(Status.UNVERIFIED), [
        (undated, verdict(Status.CONTRADICTED)), (dated, verdict(Status.SUPPORTED, "TMP"))])
    assert statuses(found) == [Status.UNVERIFIED, Status.SUPPORTED]
    assert found is not None and "read without its date" in found[0][1].explanation


def test_a_clause_of_its_own_is_found_in_its_sentence_whatever_its_emphasis() -> None:
    """The sentence is read with its markup blanked, the part as written."""
    sentence = "Initrode   pledged up to $7 billion in 2021, with $900 million paid at once"
    parts = [(claim("Initrode** pledged up to $7 billion in 2021", sentence),
              verdict(Status.CONTRADICTED)),
             (claim("with $900 million paid at once", sentence), verdict(Status.SUPPORTED))]
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), parts)) == [
        Status.CONTRADICTED, Status.SUPPORTED]


def _on(found: Verdict, *facts: str) -> Verdict:
    return replace(found, evidence=tuple(Evidence(f, f"{f} says so", ()) for f in facts))


def test_a_part_flagged_by_the_fact_that_confirms_its_neighbour_keeps_its_flag() -> None:
    """"Cloud revenue rose 40% to $9 billion": when the store's cloud revenue confirms the 40%,
    the sentence is about that very series, so its $9 billion is compared with it too."""
    growth = (claim("Cloud revenue rose 40%"), _on(verdict(Status.SUPPORTED), "cloud-2024"))
    level = (claim("Cloud revenue rose to $9 billion"),
             _on(verdict(Status.IMPRECISE), "cloud-2024"))
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [growth, level])) == [
        Status.SUPPORTED, Status.IMPRECISE]
    # confirmed by another fact, the neighbour says nothing of the flagged figure's series
    other = (growth[0], _on(verdict(Status.SUPPORTED), "ads-2024"))
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [other, level])) == [
        Status.SUPPORTED, Status.UNVERIFIED]
    # only a figure's flag: a relation the neighbour's fact also records is no comparison
    named = (level[0], _on(verdict(Status.CONTRADICTED, "REL"), "cloud-2024"))
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [growth, named])) == [
        Status.SUPPORTED, Status.UNVERIFIED]


def test_a_dated_event_read_without_its_price_settles_apart_from_a_wrong_price(
        bundled_statuses: Any) -> None:
    """The agreement and its month are the store's; the price is not: the event part is
    supported and the whole, which gives the price, contradicted."""
    assert bundled_statuses("BlackRock agreed in January 2024 to buy Global Infrastructure "
                            "Partners for about $14.5 billion in cash and shares.",
                            dt.date(2024, 6, 1)) == [Status.SUPPORTED, Status.CONTRADICTED]


def test_a_figure_analysts_expected_is_never_flagged_as_the_subjects_own() -> None:
    """Issue 8: "... versus the $38.05 billion expected by analysts" is no revenue figure."""
    expected = replace(claim("topped estimates of $4.8 billion",
                             "Acme earned $5 billion that topped estimates of $4.8 billion"),
                       role="forecast")
    found = settle_parts(verdict(Status.UNVERIFIED), [
        (claim("Acme earned $5 billion"), verdict(Status.SUPPORTED)),
        (expected, verdict(Status.CONTRADICTED))])
    assert statuses(found) == [Status.SUPPORTED, Status.UNVERIFIED]
    assert found is not None and "analysts expected" in found[1][1].explanation


def test_a_figure_analysts_expected_is_not_confirmed_by_the_subjects_own_outlook() -> None:
    """Issue 8: "... versus the $38.05 billion expected by analysts" fell inside the company's
    own guidance of $37.5 billion plus or minus 2%: the company's forecast is not what
    analysts expected. A fact that records the analysts' estimate still confirms it."""
    expected = replace(claim("the $4.8 billion expected by analysts",
                             "Acme earned $5 billion versus the $4.8 billion expected by "
                             "analysts"), role="forecast")
    outlook = Verdict(Status.SUPPORTED, 0.9, "consistent", (Evidence(
        "acme-outlook", "Acme said it expected revenue of $4.8 billion.", ()),), "NUM")
    found = settle_parts(verdict(Status.UNVERIFIED), [
        (claim("Acme earned $5 billion"), verdict(Status.SUPPORTED)), (expected, outlook)])
    assert statuses(found) == [Status.SUPPORTED, Status.UNVERIFIED]
    estimate = Verdict(Status.SUPPORTED, 0.9, "consistent", (Evidence(
        "acme-result", "Acme earned $5 billion, above analysts' estimate of $4.8 billion.",
        ()),), "NUM-stated")
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [
        (claim("Acme earned $5 billion"), verdict(Status.SUPPORTED)), (expected, estimate)])) \
        == [Status.SUPPORTED, Status.SUPPORTED]


def test_a_dates_flag_goes_to_the_one_part_holding_the_wrong_year() -> None:
    """"bought it in January 2024 for $5 and completed it in October 2023", the completion
    recorded in 2024: the flag is the 2023 part's, the priced part stays supported."""
    bought = replace(claim("bought it in January 2024 for $5"), years=(2024,))
    done = replace(claim("completed it in October 2023"), years=(2023,))
    whole = Verdict(Status.CONTRADICTED, 0.9, "the date differs",
                    (Evidence("completed", "done on 2024-10-01", ()),), "TMP")
    years = {"completed": 2024, "bought": 2024}.get
    parts = [(bought, verdict(Status.SUPPORTED)), (done, verdict(Status.UNVERIFIED))]
    assert statuses(settle_parts(whole, parts, years)) == [Status.SUPPORTED,
                                                          Status.CONTRADICTED]
    # a wrong year the supported part may hold too, or a figure's flag: the whole stays
    both = [(replace(bought, years=(2023,)), verdict(Status.SUPPORTED)),
            (done, verdict(Status.UNVERIFIED))]
    assert settle_parts(whole, both, years) is None
    assert settle_parts(replace(whole, rule="NUM"), parts, years) is None
    assert settle_parts(whole, parts) is None


def test_a_first_crossing_in_a_clause_of_its_own_keeps_its_flag() -> None:
    """"Acme first passed $1 trillion in 2022, and it passed $3 trillion in 2024": the
    crossing's figure, "first" and year all stand in the first clause."""
    sentence = "Acme first passed $1 trillion in 2022, and it passed $3 trillion in 2024"
    parts = [(claim("Acme first passed $1 trillion in 2022", sentence),
              verdict(Status.CONTRADICTED, "TMP-first")),
             (claim("Acme passed $3 trillion in 2024", sentence), verdict(Status.SUPPORTED))]
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), parts)) == [
        Status.CONTRADICTED, Status.SUPPORTED]


def test_a_figure_read_without_its_date_is_not_confirmed_by_a_record_of_another_year() -> None:
    """"It put $1 billion into the startup in 2018", unsettled whole, the figure the store's of
    2019: the part would confirm a figure the sentence gives to another year."""
    undated = replace(claim("It put $1 billion into the startup"), role="undated")
    dated = replace(claim("It put $1 billion into the startup in 2018",
                          "It put $1 billion into the startup in 2018"), years=(2018,))
    evidence = Verdict(Status.SUPPORTED, 0.9, "consistent", (Evidence("deal", "s", ()),), "NUM")
    years = {"deal": 2019}.get
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [
        (undated, evidence), (dated, verdict(Status.UNVERIFIED))], years)) is None
    assert statuses(settle_parts(verdict(Status.UNVERIFIED), [
        (undated, evidence), (dated, verdict(Status.UNVERIFIED))], {"deal": 2018}.get)) == \
        [Status.SUPPORTED, Status.UNVERIFIED]


def test_a_round_told_in_another_year_confirms_not_even_its_figure(
        bundled_statuses: Any) -> None:
    assert bundled_statuses("OpenAI raised $6.6 billion in 2023.", dt.date(2024, 10, 10)) == \
        [Status.UNVERIFIED]


_DAYS = {"stake-2024-10": dt.date(2024, 10, 2), "round-2024-10": dt.date(2024, 10, 2),
         "round-2025-03": dt.date(2025, 3, 31)}


def test_parts_tied_in_one_clause_but_confirmed_by_two_occasions_are_not_supported() -> None:
    """"Initrode put $100 million into Zeta's $40 billion round": the stake is of the October
    round, the $40 billion of March's; the sentence ties the two, which no record does."""
    sentence = "Initrode put $100 million into Zeta's $40 billion round"
    stake = (claim("Initrode put $100 million into", sentence),
             _on(verdict(Status.SUPPORTED), "stake-2024-10"))
    size = (claim("Zeta's $40 billion round", sentence),
            _on(verdict(Status.SUPPORTED), "round-2025-03"))
    found = settle_parts(verdict(Status.UNVERIFIED), [stake, size], day_of=_DAYS.get)
    assert statuses(found) == [Status.UNVERIFIED, Status.UNVERIFIED]
    # the records of one occasion confirm both
    same = (size[0], _on(verdict(Status.SUPPORTED), "round-2024-10"))
    found = settle_parts(verdict(Status.UNVERIFIED), [stake, same], day_of=_DAYS.get)
    assert statuses(found) == [Status.SUPPORTED, Status.SUPPORTED]


def test_a_base_a_change_is_told_from_is_of_another_occasion_by_nature() -> None:
    """Chipmakers' real news: "Revenue: $9.2 billion in Q3 2025, up 20% from $7.7 billion in
    Q2 2025": the base is the quarter before's level, and the store's records of two quarters
    confirm the two figures; no sentence ties what the records keep apart."""
    sentence = "Revenue: $9.2 billion in Q3 2025, up 20% from $7.7 billion in Q2 2025"
    level = (claim("Revenue: $9.2 billion in Q3 2025", sentence),
             _on(verdict(Status.SUPPORTED), "revenue-2025-09"))
    base = (claim("from $7.7 billion in Q2 2025", sentence),
            _on(verdict(Status.SUPPORTED), "revenue-2025-06"))
    days = {"revenue-2025-09": dt.date(2025, 9, 27), "revenue-2025-06": dt.date(2025, 6, 28)}
    found = settle_parts(verdict(Status.UNVERIFIED), [level, base], day_of=days.get)
    assert statuses(found) == [Status.SUPPORTED, Status.SUPPORTED]
