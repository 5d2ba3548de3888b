"""A bare figure takes the unit of its partner; a range is one figure."""

from __future__ import annotations

import pytest

from factcheck.language.comparison import describe
from factcheck.language.notes import unread_amounts
from factcheck.language.quantities import find_quantities


def read(text: str) -> list[str]:
    return [describe(q) for q in find_quantities(text) if q.kind.value not in ("year", "date")]


@pytest.mark.parametrize("text, figures", [
    ("Blackwell packs 208 billion transistors versus 80 billion in Hopper",
     ["208B transistor", "80B transistor"]),
    ("Nvidia shipped about 3.76 million data-center GPUs against roughly 500,000 for AMD",
     ["about 3.76M data-center gpu", "about 500,000 data-center gpu"]),
    ("The chip has 192 gigabytes of memory, compared with 80 on the H100",
     ["192 gigabyte", "80 gigabyte"]),
    ("It grew to 400 million users from 300 million", ["400M user", "300M user"]),
    # issue 8: a change's "up" or "down" before "from"; a time word after it is no noun
    ("It now has 500 million users, up from 400 million just last month",
     ["500M user", "400M user"]),
    ("It now has 3,000 stores, down from 3,500 a year ago", ["3000 store", "3500 store"]),
])
def test_a_bare_number_takes_the_unit_of_the_figure_it_is_set_against(
        text: str, figures: list[str]) -> None:
    assert read(text) == figures


@pytest.mark.parametrize("text, figures", [
    ("The deal is worth $3 billion to $5 billion", ["$3B to $5B"]),
    ("The deal is worth $3 to $5 billion", ["$3B to $5B"]),
    ("The deal is worth $3-5 billion", ["$3B to $5B"]),
    ("It expects between $3 billion and $5 billion in sales", ["$3B to $5B"]),
    ("The site will employ 3,000 to 4,000 workers", ["3000 worker to 4000 worker"]),
    # the level a change left, told as a range: a dash after "up from", or a named range
    ("It now plans $70 billion, up from $60 billion–$65 billion", ["$70B", "$60B to $65B"]),
    ("It now plans $70 billion, up from a prior estimate of $60–65 billion",
     ["$70B", "$60B to $65B"]),
    ("It is a step up from the $60 billion to $65 billion range it gave", ["$60B to $65B"]),
    # the scale said once, before a stop or a comma (real news: "narrowed its capex range to
    # $70–72 billion, up from earlier guidance" had read "$70 to $72")
    ("It narrowed the range to $70\u201372 billion, up from earlier guidance", ["$70B to $72B"]),
    ("It now expects $91-93 billion.", ["$91B to $93B"]),
    ("Sales of 3-4 million units; margins fell", ["3M unit to 4M unit"]),
])
def test_a_range_is_one_figure(text: str, figures: list[str]) -> None:
    assert read(text) == figures


@pytest.mark.parametrize("text, figures", [
    # a change from one value to another is two figures, not a range
    ("Revenue grew from $3 billion to $5 billion", ["$3B", "$5B"]),
    ("The shares were up from $60 to $65", ["$60", "$65"]),
    ("Revenue rose 78% to $39.3 billion", ["78%", "$39.3B"]),
    # a loss, then the level it left: "losing about $10 billion to $94.9 billion"
    ("His fortune fell, losing about $10 billion to $94.9 billion", ["about $10B", "$94.9B"]),
    ("Shares tumbled $2 billion to $40 billion", ["$2B", "$40B"]),
    # figures of two kinds or two counted things are no partners
    ("It sold 3 million phones and 5 billion dollars of chips", ["3M phone", "$5B"]),
    # numbers inside names are not figures
    ("The H100 versus the B200", []),
    ("It raised $6.6 billion at a $157 billion valuation", ["$6.6B", "$157B"]),
])
def test_what_is_not_a_partner_or_a_range(text: str, figures: list[str]) -> None:
    assert read(text) == figures


@pytest.mark.parametrize("text, figure", [
    ("It uses 208 billion transistors spread over two dies", "208B transistor"),
    ("It needs 15 megawatts could instead", "15 megawatt"),
    ("ChatGPT reaches 400 million people every week", "400M people"),
    ("It has 100,000 graphics processors online", "100,000 graphic processor"),
])
def test_a_counted_noun_ends_at_its_plural(text: str, figure: str) -> None:
    assert read(text)[0] == figure


@pytest.mark.parametrize("text, figures", [
    # issue 8: the noun before the verb is what the bare figure counts, and its partner too
    ("ChatGPT's weekly users rose to 400 million in February from 300 million in December",
     ["400M weekly user", "300M weekly user"]),
    ("The number of weekly users reached 400 million", ["400M weekly user"]),
    ("Its subscribers have topped 10 million", ["over 10M subscriber"]),
    ("Its deliveries climbed to 12,500 last year", ["12,500 delivery"]),
])
def test_a_bare_figure_counts_the_noun_before_its_verb(text: str, figures: list[str]) -> None:
    assert read(text) == figures


@pytest.mark.parametrize("text", [
    "Its shares rose to 140 on Monday",  # a price, not a count of shares
    "Its users rose to 5 in March",  # a small bare number may be a rank
    "Revenue rose to 39.3 billion",  # no plural noun: what it counts is not said
    "It cut the price of its shares from 150 to 140",  # a price, not a count of shares
    "It moved its offices from 2020 to 2022",  # years, not a count of offices
])
def test_a_bare_figure_with_no_counted_noun_is_no_figure(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize("text, figures", [
    # issue 8: a change from one bare figure to another, after the verb of the noun counted
    ("Its weekly users grew from 100 million to 200 million",
     ["100M weekly user", "200M weekly user"]),
    ("Its subscribers rose from 12,000 to 30,000 last year",
     ["12,000 subscriber", "30,000 subscriber"]),
    ("The app doubled its weekly users from 100 million to 200 million",
     ["2x", "100M weekly user", "200M weekly user"]),
])
def test_a_change_after_the_verb_of_the_noun_counted_is_two_figures(
        text: str, figures: list[str]) -> None:
    assert read(text) == figures


@pytest.mark.parametrize("text, words", [
    # issue 8: the scale word of a bare first figure is part of it ("100 million"), so
    # nothing is left over as an amount the reader did not read
    ("The app grew from 100 million to 200 million monthly readers", "100 million"),
    ("It sold 3 to 4 million phones", "3 to 4 million phones"),
])
def test_a_bare_first_figure_keeps_its_scale_word(text: str, words: str) -> None:
    assert find_quantities(text)[0].text == words
    assert unread_amounts(text) == ()


@pytest.mark.parametrize("text, figures", [
    # a results release's copula: "daily active people (DAP) was 3.43 billion"
    ("Daily active people across its apps was 3.43 billion on average in March",
     ["3.43B daily active people"]),
    ("Its paid subscribers were 20 million at the end of June", ["20M paid subscriber"]),
    ("Weekly active users are 800 million now", ["800M weekly active user"]),
])
def test_a_bare_figure_after_the_copula_of_the_noun_counted_is_that_count(
        text: str, figures: list[str]) -> None:
    """A report gave Meta's daily active people as "was 3.43 billion": no noun after the
    number, so it was no figure at all, and the stored count went unmatched."""
    assert read(text) == figures
