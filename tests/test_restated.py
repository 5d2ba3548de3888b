"""A duration the claim's own dates give, or a count its list of names gives, restates them;
it is no figure of its own."""

from __future__ import annotations

import pytest

from factcheck.language.quantities import find_quantities
from factcheck.language.restated import implied_durations, listed_counts
from factcheck.model import Kind


def implied(text: str) -> list[str]:
    found = tuple(find_quantities(text))
    figures = tuple(q for q in found if q.kind not in (Kind.DATE, Kind.YEAR))
    dates = tuple(q for q in found if q.kind is Kind.DATE)
    years = tuple(int(q.value) for q in found if q.kind is Kind.YEAR)
    return [figures[i].text for i in sorted(implied_durations(figures, dates, years))]


@pytest.mark.parametrize("text, durations", [
    ("The app took nine months to double its readers, between March 2021 and December 2021",
     ["nine months"]),
    ("The firm grew its staff to 900 in three years, from 2018 to 2021", ["three years"]),
    ("It shipped in 40 days, from May 1, 2022 to June 10, 2022", ["40 days"]),
    ("The store was built in less than six months, from May 2020 to October 2020",
     ["less than six months"]),
    ("It took about two years, from January 2019 to March 2021", ["about two years"]),
])
def test_a_duration_between_two_of_the_claims_dates_is_implied(
        text: str, durations: list[str]) -> None:
    assert implied(text) == durations


@pytest.mark.parametrize("text", [
    # the gap is another length
    "The app took six months to double its readers, between March 2021 and December 2021",
    # one date only: the duration is a figure of its own
    "The app took nine months to double its readers, reaching them in December 2021",
    # years alone do not give a gap in months
    "The app took nine months to double its readers, between 2020 and 2021",
    # a count of something else is no duration
    "It hired 9 engineers between March 2021 and December 2021",
])
def test_a_duration_the_dates_do_not_give_is_a_figure_of_its_own(text: str) -> None:
    assert implied(text) == []


def listed(text: str) -> list[str]:
    found = tuple(find_quantities(text))
    return [found[i].text for i in sorted(listed_counts(text, found))]


@pytest.mark.parametrize("text, counts", [
    ("Zorblax was set up by two founding partners — the fund Quill and the firm Ada — in May",
     ["two founding partners"]),
    ("The fund has four partners: Acme, Globex, Hooli and Initech.", ["four partners"]),
    ("The deal brought two new members, Globex and xHooli, to the group", ["two new members"]),
])
def test_a_count_of_the_names_listed_after_it_is_implied(text: str, counts: list[str]) -> None:
    assert listed(text) == counts


@pytest.mark.parametrize("text", [
    "The fund has four partners: Acme, Globex and Hooli.",  # three names, not four
    "It has two partners, and they invest in ports.",  # no names listed
    "It has about two partners: Acme and Globex.",  # a count not given exactly
    "It hired 40 engineers in May 2021.",  # no list at all
])
def test_a_count_the_list_does_not_give_is_a_figure_of_its_own(text: str) -> None:
    assert listed(text) == []
