"""Quantities: how numbers are read from text and compared with recorded values."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language import quantities
from factcheck.language.comparison import describe
from factcheck.language.notes import (
    given_by,
    refused_figures,
    unread_amounts,
    unread_restated,
)
from factcheck.language.numbers import parse_number
from factcheck.language.quantities import find_quantities
from factcheck.model import Kind, Qualifier, Quantity


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, currency", [
    ("€15.7 billion", 15.7e9, "EUR"), ("1.4 billion euros", 1.4e9, "EUR"),
    ("£4.65bn", 4.65e9, "GBP"), ("¥3 trillion", 3e12, "JPY"), ("EUR 200 million", 2e8, "EUR"),
    ("$5 billion", 5e9, "USD"), ("11.6T in assets", 11.6e12, "USD"),
    # other dollars are no US dollars: TSMC reports in New Taiwan dollars
    ("NT$868.5 billion", 868.5e9, "TWD"), ("HK$5 billion", 5e9, "HKD"),
    ("T$989.9 billion", 989.9e9, "TWD"),  # as Reuters writes Taiwan dollars
    ("A$3 billion", 3e9, "AUD"), ("C$2 billion", 2e9, "CAD"), ("US$5 billion", 5e9, "USD"),
    # the sign before the country, as Australian wire copy writes US dollars
    ("$US97.4 billion", 97.4e9, "USD"), ("$US 12 billion", 12e9, "USD"),
    # a currency's code written out, as wire copy and Asian outlets do
    ("TWD 505.7 billion", 505.7e9, "TWD"), ("NTD 1 trillion", 1e12, "TWD"),
    ("2 billion RMB", 2e9, "CNY"), ("KRW 3 trillion", 3e12, "KRW"),
    ("505.7 billion TWD", 505.7e9, "TWD"), ("1.05 trillion New Taiwan dollars", 1.05e12, "TWD"),
    ("374.7 billion Taiwan dollars", 374.7e9, "TWD"),
    # wire copy writes the currency's "new" in lower case
    ("452.3 billion new Taiwan dollars", 452.3e9, "TWD"),
])
def test_money_keeps_its_currency(text: str, value: float, currency: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == (Kind.MONEY, pytest.approx(value), currency)


def test_money_is_described_in_its_own_currency() -> None:
    assert describe(only("€15.7 billion")) == "€15.7B"
    assert describe(only("TWD 505.7 billion")) == "NT$505.7B"


def test_a_code_inside_a_word_is_no_currency() -> None:
    assert find_quantities("FTWD 5 billion") == []


@pytest.mark.parametrize("text, value, currency", [
    ("AMD booked a charge of USD 800 million after the new export rules", 8e8, "USD"),
    ("Intel Hit With USD 3 Billion Charge as Rivals Gain Ground", 3e9, "USD"),
    ("sales reached TWD 839 billion during the quarter", 839e9, "TWD"),
])
def test_a_sum_after_its_currency_code_is_money_when_words_follow(text: str, value: float,
                                                                  currency: str) -> None:
    # a count's noun must not swallow the sum: "800 million after" is no count of "afters"
    q = only(text)
    assert (q.kind, q.value, q.unit) == (Kind.MONEY, pytest.approx(value), currency)


@pytest.mark.parametrize("text, value, unit", [
    ("eighteen hexagonal segments", 18, "hexagonal segment"), ("twelve engineers", 12,
                                                               "engineer"),
    # up to four words, an abbreviation among them, may stand before the plural noun
    ("five new U.S. data center sites", 5, "new u.s. data center site"),
    ("eighteen gold-coated hexagonal mirror segments", 18,
     "gold-coated hexagonal mirror segment"),
    ("300,000 graphics processors", 300_000, "graphic processor"),
])
def test_a_number_word_counts_a_plural_even_after_an_adjective(text: str, value: float,
                                                               unit: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == (Kind.COUNT, value, unit)


@pytest.mark.parametrize("text, low, high", [
    ("Acme hired 3,000 to 4,000 workers", 3_000, 4_000),
    ("a round of 2 TO 3 billion dollars", 2e9, 3e9),
    ("between 10 and 20 million users", 10e6, 20e6),
    ("a cut of 5\u20137 percent", 5, 7),
])
def test_a_bare_number_before_its_partner_is_a_range_s_low_end(text: str, low: float,
                                                                high: float) -> None:
    assert [(q.value, q.high) for q in find_quantities(text)] == [(low, high)]


@pytest.mark.parametrize("text, found", [
    ("Hooli is a search company with an AI lab", []),
    ("one of the largest cloud providers", []),
    # a scale makes "a" a figure
    ("Globex now serves a million users", [(1_000_000, "user")]),
    # the words a lone "a" runs over are read with it: none of them starts a count
    ("Initech formed a team of two hundred engineers", []),
])
def test_a_lone_a_or_one_counts_nothing(text: str, found: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


@pytest.mark.parametrize("text, value, unit", [
    ("up to one million of Google's TPUs", 1_000_000, "tpu"),
    ("100,000 of its H100 chips", 100_000, "h100 chip"),
    ("two million of Nvidia's Blackwell GPUs", 2_000_000, "blackwell gpu"),
])
def test_a_large_count_of_a_possessor_s_things_counts_the_noun_after_the_possessive(
        text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == (Kind.COUNT, value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("built in 122 days", 122, "day"), ("it took 19 days", 19, "day"),
    ("within about four months", 4, "month"), ("122 days", 122, "day"),
    ("opened after a construction of 14 months", 14, "month"),
])
def test_a_duration_something_takes_is_a_figure(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == (Kind.COUNT, value, unit)


def test_a_plural_ends_a_count_s_words_so_a_figure_after_them_is_read() -> None:
    """Reading past the plural swallowed the figure after it: "spent three years parked
    nearly a million miles from home" lost its distance."""
    [q] = find_quantities("it has spent three years parked nearly a million miles from home")
    assert (q.kind, q.value, q.unit) == (Kind.COUNT, 1_000_000, "mile")


@pytest.mark.parametrize("text", ["two years ago they raised money", "in the past 12 months",
                                  "three weeks later", "in one day"])
def test_a_time_that_frames_the_sentence_is_no_duration(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["The four founders launched it", "with the two newcomers"])
def test_the_and_a_number_word_name_parties_already_named_not_a_count(text: str) -> None:
    assert find_quantities(text) == []
    assert only("It has four founders").value == 4  # said of someone, it is a count


@pytest.mark.parametrize("text", ["one of the biggest", "ten in a row", "two big"])
def test_a_number_word_without_a_plural_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, value", [
    ("$10 trillion", 10e12), ("$100bn", 100e9), ("11.6T in assets", 11.6e12),
    ("ten trillion dollars", 10e12), ("$5B", 5e9), ("US$6.6 billion", 6.6e9),
    ("a trillion dollars", 1e12), ("more than five billion dollars", 5e9),
    ("$11,600 billion", 11.6e12), ("USD 2.5 million", 2.5e6), ("$5 bn", 5e9),
    ("$11.6 trn", 11.6e12),
    ("eleven point six trillion dollars", 11.6e12), ("over ten trillion in assets", 10e12),
])
def test_money_with_scale_words_and_suffixes(text: str, value: float) -> None:
    q = only(text)
    assert q.kind is Kind.MONEY
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("a 3.4 trillion valuation", 3.4e12), ("a 6.6 billion funding round", 6.6e9),
    ("the 500 million investment", 5e8), ("a 4 trillion market value", 4e12),
    ("its 19 billion stake", 19e9), ("a 30 billion-dollar fund", 30e9),
])
def test_a_scaled_sum_before_a_noun_of_money_is_money(text: str, value: float) -> None:
    """Issue 8: "a 3.4 trillion valuation" (no currency sign) was a count of valuations."""
    q = only(text)
    assert (q.kind, q.unit) == (Kind.MONEY, "USD")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["500 million users", "a 2 billion transistor chip",
                                  "100 million weekly users"])
def test_a_scaled_count_of_other_things_stays_a_count(text: str) -> None:
    assert only(text).kind is Kind.COUNT


@pytest.mark.parametrize("text, value", [
    ("90%", 90), ("90 percent", 90), ("90 per cent", 90), ("ninety percent", 90),
    ("nine in ten", 90), ("nine out of ten", 90), ("one in four", 25),
    ("nine tenths", 90), ("three quarters", 75), ("five point five percent", 5.5),
])
def test_percentages_in_digits_words_and_fractions(text: str, value: float) -> None:
    q = only(text)
    assert q.kind is Kind.PERCENT
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("a rise of a third since December", 100 / 3), ("grew by a fifth", 20),
    ("about a third of its revenue", 100 / 3), ("fell by half", 50),
    ("rose by a quarter.", 25), ("one tenth of the market", 10),
])
def test_a_single_fraction_is_a_percent(text: str, value: float) -> None:
    [q] = [q for q in find_quantities(text) if q.kind is Kind.PERCENT]
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Panamanians approved a third set of locks", "TSMC added a third fab in Phoenix",
    "in the third quarter", "a quarter of a century ago", "half the size", "one third-party app",
])
def test_an_ordinal_or_a_period_is_no_fraction(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind is Kind.PERCENT] == []


@pytest.mark.parametrize("text, value", [
    ("2.5 times", 2.5), ("2.5x", 2.5), ("two and a half times", 2.5), ("threefold", 3),
    ("twice as fast", 2), ("150% faster than Hopper", 2.5), ("3-fold", 3),
])
def test_multipliers(text: str, value: float) -> None:
    q = only(text)
    assert q.kind is Kind.RATIO
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text, qualifier", [
    ("over $10 trillion", Qualifier.OVER), ("more than 90%", Qualifier.OVER),
    ("at least 5x", Qualifier.AT_LEAST), ("under $1 billion", Qualifier.UNDER),
    ("approximately 90%", Qualifier.APPROX), ("about $5B", Qualifier.APPROX),
    ("roughly 2.5 times", Qualifier.APPROX), ("nearly $12 trillion", Qualifier.NEARLY),
    ("only $5 billion", Qualifier.EXACT), ("up to 4x", Qualifier.AT_MOST),
    ("$10 trillion-plus", Qualifier.OVER),
    # "near" before a figure: about it; "a near 40% surge" (an adjective): almost it
    ("shares closed near $300", Qualifier.APPROX), ("a near 40% surge", Qualifier.NEARLY),
    # a figure fallen short of is approached from below: almost it
    ("closed just shy of the $4 trillion mark", Qualifier.NEARLY),
    ("a value shy of $300", Qualifier.NEARLY), ("fell short of $4 trillion", Qualifier.NEARLY),
    ("just short of 50%", Qualifier.NEARLY),
    # the top or the bottom of a range told alone
    ("lifted its outlook to as high as $72 billion", Qualifier.AT_MOST),
    ("prices as low as $2 an hour", Qualifier.AT_LEAST),
])
def test_qualifiers_in_front_of_a_number(text: str, qualifier: Qualifier) -> None:
    assert only(text).qualifier is qualifier


def test_years_dates_and_counts() -> None:
    kinds = [(q.kind, q.value) for q in find_quantities(
        "In 2015 it bought 100,000 GPUs, and on 11 December 2015 it launched")]
    assert kinds[0] == (Kind.YEAR, 2015)
    assert kinds[1] == (Kind.COUNT, 100_000)
    assert kinds[2][0] is Kind.DATE
    assert describe(find_quantities("in March 2023")[0]) == "March 2023"


def test_words_that_look_like_numbers_are_not_counts() -> None:
    assert find_quantities("one of the biggest risks to civilization") == []
    assert find_quantities("a threat to human survival") == []
    # "a one-off", "a one-time": an article and an adjective, never the number one
    assert find_quantities("booked a one-off tax charge") == []
    assert find_quantities("a one-time payment to staff") == []


def test_a_digit_inside_a_name_starts_no_range() -> None:
    """Real news (August 2025): "up 41% from Q1 and 59% in a year-to-year comparison" read
    "1 and 59%" (the 1 of "Q1") as a range and cut the clause before it."""
    assert [q.text for q in find_quantities("up 41% from Q1 and 59% from a year ago")] == [
        "41%", "59%"]
    assert [q.text for q in find_quantities("margins of between 52 and 54%")] == ["52 and 54%"]


def test_fiscal_years() -> None:
    q = only("FY2025 results")
    assert (q.kind, q.value, q.unit) == (Kind.YEAR, 2025, "fiscal")


@pytest.mark.parametrize("text", [
    "results for the fourth fiscal quarter of 2025",
    "in the fiscal second quarter of 2025",
    "the fiscal quarter of 2025",
])
def test_a_fiscal_quarter_of_a_year_is_of_that_fiscal_year(text: str) -> None:
    """Real news: "the fourth fiscal quarter of 2025 (Q4 FY2025)" was read as a quarter of
    calendar 2025 and held to another quarter's revenue."""
    assert [(q.kind, q.value, q.unit) for q in find_quantities(text)] == [
        (Kind.YEAR, 2025, "fiscal")]


@pytest.mark.parametrize("text, year, unit", [
    # a period's report is dated by the year before it, never counted by it
    ("Acme fourth quarter fiscal 2025 results", 2025, "fiscal"),
    ("Acme Fourth Quarter Fiscal 2025 Results", 2025, "fiscal"),
    ("Acme reported its 2024 earnings on Tuesday", 2024, ""),
    ("Acme Q4 2025 Sales Beat Forecasts", 2025, ""),
    # a singular noun ending in "ss" is no plural: "2024 gross margin" is the year's margin
    ("Acme's Q3 2024 gross margin", 2024, ""),
    ("Acme's 2025 gross profit", 2025, ""),
])
def test_a_year_before_a_report_dates_it(text: str, year: int, unit: str) -> None:
    assert [(q.kind, q.value, q.unit) for q in find_quantities(text)] == [
        (Kind.YEAR, year, unit)]


def test_a_year_like_number_of_things_is_still_counted() -> None:
    assert describe(only("Acme sold 2025 units in Ohio")) == "2025 unit"


def test_ranges_of_percentages() -> None:
    q = only("between 80 and 95 percent")
    assert (q.value, q.high) == (80, 95)


def test_a_day_followed_by_last_year_is_not_a_count() -> None:
    assert find_quantities("launched the vehicle on Sept. 17 last year") == []


def test_a_number_inside_a_name_is_not_a_figure() -> None:
    assert find_quantities("its result on GPT-3 175B pre-training") == []
    assert find_quantities("fine-tuning Llama 2 70B") == []
    assert find_quantities("Webb lifted off on an Ariane 5 rocket") == []
    assert [q.value for q in find_quantities("BlackRock reported 11.6T in assets")] == [11.6e12]


@pytest.mark.parametrize(("headline", "value", "unit"), [
    ("Zeta Packs 80 Billion Transistors", 80e9, "transistor"),
    ("Quill Hits 40 Million Weekly Users", 40e6, "weekly user"),
])
def test_a_number_with_its_scale_after_a_title_case_verb_is_a_figure(
        headline: str, value: float, unit: str) -> None:
    """A headline capitalises its verb ("Packs"), but a name's number takes no scale word:
    "Ariane 5 rocket" is a name, "Packs 80 Billion Transistors" a figure."""
    assert [(q.value, q.unit) for q in find_quantities(headline)] == [(value, unit)]


def test_a_day_after_an_abbreviated_month_is_not_a_count() -> None:
    assert find_quantities("the startup said in a Dec. 23 blog post") == []
    assert [q.unit for q in find_quantities("it has 23 blog posts")] == ["blog post"]


# --- long runs stay linear ----------------------------------------------------------------

def test_a_10000_digit_figure_is_no_figure_and_costs_no_more_than_its_length() -> None:
    """A 10,000-digit figure took 40 s: each pattern started at every digit and scanned the
    run to its end. A run longer than any figure is hidden from the patterns."""
    found = find_quantities("Acme earned $" + "9" * 10_000 + " in 2024.")
    assert [q.kind for q in found] == [Kind.YEAR]
    # the longest figure read (30 digits, see MAX_DIGITS) is not hidden, commas and all
    assert find_quantities("$" + "1" * 30)[0].kind is Kind.MONEY
    assert find_quantities("$" + ",".join(["111"] * 10))[0].kind is Kind.MONEY  # 39 chars


def test_a_long_figure_in_words_is_still_read() -> None:
    text = "one hundred and twenty three thousand four hundred and fifty six people"
    assert find_quantities(text)[0].value == 123_456


def test_runs_of_number_words_are_bounded() -> None:
    """"a a a ..." is a run of number words with no end; each pattern took it to its end
    from every "a" (4,000 characters took 15 s). No figure reads more than a dozen words."""
    found = find_quantities("a " * 2_000 + "and 5 people")
    assert [q.value for q in found] == [5]


PIECES = ["$", "5", "12", "2024", "1,200", "0.5", "%", " percent", " twice", " doubled", " one",
          " a", " an", " and", " half", " hundred", " billion", " in", " out of", " thirds",
          " March", " people", " bn", "x", "-", " ", ".", ",", " fiscal", " Acme", "twentieth"]


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_texts_without_a_digit_or_number_word_are_skipped_safely(pieces: list[str]) -> None:
    """The figure patterns skip a text with no digit and no number word (most clauses): the
    figures found are the same as when every pattern runs."""
    text = "".join(pieces)
    gated = quantities._candidates.__wrapped__(text)  # type: ignore[attr-defined]
    everything = re.compile("")
    real = quantities._MAY_HOLD_FIGURE
    quantities._MAY_HOLD_FIGURE = everything
    try:
        assert quantities._candidates.__wrapped__(text) == gated  # type: ignore[attr-defined]
    finally:
        quantities._MAY_HOLD_FIGURE = real


# --- implausible figures are refused, not read (issue 10) -----------------------------------

@pytest.mark.parametrize("text, notes", [
    ("OpenAI was founded in 99999", ["99999 (not a plausible year)"]),
    ("It will last until 2500, they say", ["2500 (not a plausible year)"]),
    ("It opened on March 5, 30000", ["30000 (not a plausible year)"]),
    ("It was founded in 2150", ["2150 (a year after 2099, which is not read)"]),
    (f"revenue of ${'1' * 31} billion", ["a run of 31 digits (no figure has so many)"]),
    ("It was founded in 2015", []),
    ("It opened in 2500 homes", []),  # a count, read as one
    ("sold 10000 units in 2024", []),
    (f"revenue of ${'1' * 30}", []),
])
def test_refused_figures(text: str, notes: list[str]) -> None:
    assert refused_figures(text) == notes


@pytest.mark.parametrize("text, unread", [
    ("paid a little more than a billion for it", ("billion",)),
    ("has poured billions into chips", ("billions",)),
    ("a multibillion-dollar, multiyear deal", ("multibillion",)),
    # one word however it is written: "multi-billion", "multi billion", "multibillion"
    ("a multi-billion-dollar deal", ("multibillion",)),
    ("a multi billion dollar deal", ("multibillion",)),
    ("paid $2 billion, then $3.5 billion more", ()),  # read as figures
    ("raised two trillion yen", ()),
    ("sold 10000 units", ()),
    # a part whose noun only the whole names is no figure read: its number goes with it
    ("30 million of its 90 million users pay", ("30 million",)),
    ("up from 1,200 million", ("1200 million",)),
])
def test_unread_amounts(text: str, unread: tuple[str, ...]) -> None:
    assert unread_amounts(text) == unread


@pytest.mark.parametrize("text, standalone, unread", [
    # the standalone form writes the clause's amount too: it stays unread
    ("has poured billions into chips", "Acme has poured billions into chips", ("billions",)),
    # the standalone form reads it as a figure, or drops it: nothing left unread
    ("paid a little more than a billion", "Acme paid $1 billion", ()),
    ("sold 10000 units", "Acme sold billions of units", ()),  # none in the clause itself
])
def test_unread_restated(text: str, standalone: str, unread: tuple[str, ...]) -> None:
    assert unread_restated(text, standalone) == unread == tuple(
        a for a in unread_amounts(text) if a in unread_amounts(standalone))


@pytest.mark.parametrize("text, amount, given", [
    ("a multibillion-dollar investment of $10 billion", "multibillion", True),
    ("a multimillion deal worth $40 million", "multimillion", True),
    # one billion is no "multi"; a thousand billion is a trillion
    ("a multibillion-dollar investment of $1 billion", "multibillion", False),
    ("a multibillion-dollar plan of $1.2 trillion", "multibillion", False),
    # a count gives no sum, and "billions" may count users as well as dollars
    ("a multibillion-dollar app with 3 billion users", "multibillion", False),
    ("billions poured in, $10 billion of it last year", "billions", False),
])
def test_a_vague_sum_is_given_by_a_figure_of_its_scale(text: str, amount: str,
                                                       given: bool) -> None:
    assert any(given_by(amount, q) for q in find_quantities(text)) is given


def test_a_figure_of_too_many_digits_is_not_read_as_infinity() -> None:
    assert find_quantities(f"revenue of ${'9' * 400} billion") == []
    assert parse_number("9" * 31) is None and parse_number("9" * 30) == float("9" * 30)


FIGURES = ["It rose 5 percent to US$3 billion", "USD 4.5bn", "45 dollars", "€4bn and £2.1m",
           "1.4 billion euros", "5% to 7%", "12 per cent", "3 pct more than", "two in five",
           "over ten trillion in assets", "two thirds", "3x faster", "ten-fold", "5 times",
           "March 5, 2024", "5 March 2024", "March 2024", "fiscal 2025", "2024-03-05",
           "5 PERCENT", "Dollars 5", "3 X", "JUNE 2023"]


@pytest.mark.parametrize("text", FIGURES)
def test_a_pattern_is_skipped_only_when_it_cannot_match(text: str) -> None:
    """Each pattern's cheap pre-scan finds its words wherever the pattern finds a figure."""
    for kind, needed, pattern in quantities._PATTERNS:
        if needed is not None and pattern.search(text):
            assert needed.search(text), (kind, pattern.pattern[:40], text)


def test_a_two_digit_fiscal_year_is_that_fiscal_year() -> None:
    found = find_quantities("revenue of $115.2 billion for FY25, up from FY'24")
    years = [(q.value, q.unit) for q in found if q.kind is Kind.YEAR]
    assert years == [(2025.0, "fiscal"), (2024.0, "fiscal")]


@pytest.mark.parametrize("text, figures", [
    ("192GB of HBM3e memory, fed at 8TB/s", ["192 gb", "8 tb"]),
    ("the 80GB on the H100", ["80 gb"]), ("a 2.5km runway", ["2.5 km"]),
])
def test_a_unit_written_onto_its_number_is_read(text: str, figures: list[str]) -> None:
    assert [describe(q) for q in find_quantities(text)] == figures


def test_a_name_with_digits_and_letters_is_no_figure() -> None:
    assert find_quantities("the H100, HBM3e and GB200 NVL72 chips") == []


def test_a_figure_crossed_is_a_lower_bound() -> None:
    for text in ("its market value went past $3 trillion", "its market value crossed $3 trillion"):
        assert [q.qualifier for q in find_quantities(text)] == [Qualifier.OVER], text


@pytest.mark.parametrize(("text", "value"), [
    ("it earned 89 cents a share", 0.89),
    ("78 cents per diluted share", 0.78),
    ("a dividend of 1 cent", 0.01),
])
def test_cents_are_a_sum_in_dollars(text: str, value: float) -> None:
    """issue 8: results stories give earnings per share in cents."""
    [found] = find_quantities(text)
    assert (found.kind, found.unit) == (Kind.MONEY, "USD")
    assert found.value == pytest.approx(value)


def test_per_cent_is_no_sum_of_cents() -> None:
    assert [q.kind for q in find_quantities("up 12 per cent")] == [Kind.PERCENT]


@pytest.mark.parametrize(("text", "kept"), [
    ("It valued Acme at $24 billion (£19bn) in May", ["$24 billion"]),
    ("Globex paid €5 billion (about $5.4 billion) for it", ["€5 billion"]),
    ("Acme earned $2 billion (up 10%) in 2021", ["$2 billion", "10%", "2021"]),
    # real news: the time of the deal between the amount and its conversion ("acquired for
    # £400 million in 2014 (~$656 million)"): the converted dollars refuted a dollar record
    ("Globex bought it for £400 million in 2014 (~$656 million)", ["£400 million", "2014"]),
    ("Globex bought it for £400 million last year (about $500 million)",
     ["£400 million"]),
])
def test_an_amount_converted_into_another_currency_is_no_figure_of_its_own(
        text: str, kept: list[str]) -> None:
    """"$24 billion (£19bn)" says one amount twice: the conversion rests on an exchange rate
    no fact records, so it neither blocks nor contradicts the amount (issue 8)."""
    assert [q.text for q in find_quantities(text)] == kept


def test_a_conversion_is_read_when_asked_for() -> None:
    """A fact's statement gives the curator's conversion, which news often writes alone."""
    assert [q.text for q in find_quantities("Globex paid €5 billion (about $5.4 billion)",
                                            conversions=True)] == [
        "€5 billion", "about $5.4 billion"]


@pytest.mark.parametrize("text", [
    "net profit climbed to T$398.3 billion ($13.5 billion) in the quarter",
    "revenue rose to NT$933.8 billion (US$31.7 billion)",
    "It valued Acme at $24 billion (about £19 billion) in May",
])
def test_an_amount_converted_into_another_currency_is_no_amount_left_unread(
        text: str) -> None:
    """Twelfth real set: the dropped conversion was reported as "an amount not read", so a
    true quarterly profit stayed "partly checked"."""
    assert unread_amounts(text) == ()


@pytest.mark.parametrize("text", [
    "its fifth straight quarter of double-digit growth",
    "sales grew at a triple-digit pace",
])
def test_double_digit_is_no_multiplier(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind is Kind.RATIO] == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Each hall measures 500,000 square feet (46,450 square meters)",
     ["500,000 square feet"]),
    ("The canal is 50 miles (80 km) long", ["50 miles"]),
    # not the same measure again: another figure of the same dimension
    ("The site covers 20 acres (of 80 acres planned)", ["20 acres", "80 acres"]),
    ("The plant covers 100 acres (200 hectares)", ["100 acres", "200 hectares"]),
])
def test_a_measure_said_again_in_another_unit_is_no_figure_of_its_own(
        text: str, kept: list[str]) -> None:
    """issue 8: "should measure 500,000 square feet (46,450 square meters)": the metric
    figure says the same measure again; read as a figure of its own, no fact covered it and
    the checked square feet were left unsupported."""
    assert [q.text for q in find_quantities(text)] == kept


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The slump took its value below the $2 trillion mark", Qualifier.UNDER),
    ("Its value crossed the $2 trillion threshold", Qualifier.OVER),
    ("Under the $500 billion plan, Acme builds new sites", Qualifier.EXACT),
])
def test_a_figure_named_as_a_line_takes_the_bound_before_it(text: str,
                                                            qualifier: Qualifier) -> None:
    """"dropping its market cap below the $3 trillion mark" was supported by the record of
    passing $3 trillion: the line's bound was not read past "the" (issue 8)."""
    (q,) = find_quantities(text)
    assert q.qualifier is qualifier


def test_the_figures_of_a_text_read_again_are_a_list_of_their_own() -> None:
    """The figures of a text are kept once read; a caller that changes its list changes
    nothing the next caller gets."""
    first = find_quantities("Acme earned $5 billion in 2024, up 12%.")
    assert [q.kind for q in first] == [Kind.MONEY, Kind.YEAR, Kind.PERCENT]
    first.clear()
    assert len(find_quantities("Acme earned $5 billion in 2024, up 12%.")) == 3


@pytest.mark.parametrize(("text", "value"), [
    ("Orders reached half a trillion dollars.", 5e11),
    ("It has half a billion users.", 5e8),
    ("Staff grew to two and a half million people.", 2.5e6),
])
def test_half_a_scale_is_half_of_it(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text)] == [value]


def test_half_a_dozen_is_no_figure_read_as_a_half() -> None:
    assert [q.text for q in find_quantities("It runs half a dozen plants.")] == []


@pytest.mark.parametrize("text, qualifier", [
    ("total client assets climbed past $10 trillion", Qualifier.OVER),
    ("shares rose past $100", Qualifier.OVER),
    ("topping $3 trillion", Qualifier.OVER),
])
def test_a_rise_past_a_figure_is_a_bound(text: str, qualifier: Qualifier) -> None:
    """"climbed past $10 trillion" was read as exactly $10 trillion: a later $11.6 trillion
    then made it out of date."""
    assert only(text).qualifier is qualifier


def test_the_past_of_a_time_frame_is_no_bound() -> None:
    assert find_quantities("in the past 12 months") == []


@pytest.mark.parametrize("text", [
    "assets climbed past $10 trillion for the first time in two years",
    "shares hit their lowest level in three months",
])
def test_a_time_since_something_last_happened_is_no_figure(text: str) -> None:
    assert [q.kind for q in find_quantities(text)] in ([Kind.MONEY], [])


def test_a_counted_noun_stops_before_the_next_figure_s_qualifier() -> None:
    """Issue 8: "a five-layer sunshield roughly 75 feet long" counted "layer sunshield
    roughly", the word that qualifies the length after it."""
    layers, length = find_quantities("a five-layer sunshield roughly 75 feet long")
    assert (layers.unit, length.unit) == ("layer sunshield", "feet long")
    assert layers.span is not None and length.span is not None
    assert layers.span.end <= length.span.start


@pytest.mark.parametrize("text", ["$3.43 billion billion in revenue",
                                  "3.43 billion billion users"])
def test_a_scale_word_repeated_is_applied_once(text: str) -> None:
    """A scale word doubled in copy ("billion billion") is a slip, not a billion billions."""
    assert [q.value for q in find_quantities(text)] == [pytest.approx(3.43e9)]


def test_two_percentages_joined_by_and_are_two_figures_unless_between() -> None:
    assert [(q.value, q.high) for q in find_quantities("margins of 73.4% and 73.6%")] == [
        (73.4, None), (73.6, None)]
    assert [(q.value, q.high) for q in find_quantities("a margin between 5% and 10%")] == [
        (5.0, 10.0)]


@pytest.mark.parametrize(("text", "kinds"), [
    # a bare scaled figure is a sum before what it is a sum of ...
    ("assets of over ten trillion in assets", [Kind.MONEY]),
    ("some 3.43 billion in revenue", [Kind.MONEY]),
    # ... not before the time of a count whose noun is left out (no sum, whatever it is)
    ("compared with 3.35 billion in the fourth quarter", []),
    ("reached 3.43 billion in March", []),
])
def test_a_bare_scaled_figure_is_a_sum_only_before_what_it_sums(
        text: str, kinds: list[Kind]) -> None:
    assert [q.kind for q in find_quantities(text) if q.kind is not Kind.YEAR] == kinds


@pytest.mark.parametrize("text, value", [
    ("its gross margin rose 3 percentage points to 75%", 3.0),
    ("market share fell 2.5 points to 12%", 2.5),
    ("the margin was up 150 basis points", 1.5),
    ("margin expanded 150 bps to 45.2%", 1.5),
    ("a gain of 1.2 pts on the quarter", 1.2),
    ("up 0.9 percentage point from the previous quarter", 0.9),
])
def test_a_change_in_points_is_read_in_percentage_points(text: str, value: float) -> None:
    """A point change is no percent change and no count: a kind of its own, in points."""
    points = [q for q in find_quantities(text) if q.kind is Kind.POINTS]
    assert [q.value for q in points] == [pytest.approx(value)]
    assert describe(points[0]) == f"{value:g} pts"


@pytest.mark.parametrize(("text", "kept"), [
    # real news: "The 48-year-old Hassabis co-founded DeepMind in 2010" and "Scale AI's
    # 28-year-old CEO" gave a figure no fact could hold, and the true rest stayed unchecked
    ("The 48-year-old Jane Doe founded Acme in 2010", ["2010"]),
    ("Acme's 28-year-old chief executive left", []),
    ("a 30-year-old company raised $5 billion", ["$5 billion"]),
])
def test_an_age_before_a_noun_is_a_description_no_figure(text: str, kept: list[str]) -> None:
    """As "Jane Doe, 48, founded Acme" gives no figure, nor does "the 48-year-old"."""
    assert [q.text for q in find_quantities(text)] == kept
