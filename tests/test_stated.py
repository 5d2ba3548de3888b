"""NUM-stated: a figure a fact's statement gives besides its value confirms, never refutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.language.quantities import parse_value
from factcheck.model import Kind, Qualifier, Quantity, Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.rules.stated import _near_figure, bound_met, same_figure
from factcheck.store.store import Store


@pytest.fixture
def store(bundled_store: Store) -> Store:
    return bundled_store


def verdict(store: Store, sentence: str) -> tuple[Status, str]:
    report = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 3, 25))
    assert len(report.claims) == 1, report.claims
    return report.claims[0].verdict.status, report.claims[0].verdict.rule


def test_a_side_figure_of_a_statement_in_the_same_words_is_supported(store: Store) -> None:
    # (the two stored quarters, $30.8B -> $35.6B, give 15.6%: "16%" as the article rounds
    # it, so the change computed confirms it too)
    assert verdict(store, "Data center revenue at Nvidia rose 16% from the previous "
                          "quarter.")[0] is Status.SUPPORTED
    assert verdict(store, "Nvidia offered $125 a share in cash for Mellanox.") == (
        Status.SUPPORTED, "NUM-stated")


def test_a_near_figure_is_never_refuted_by_a_statement(store: Store) -> None:
    assert verdict(store, "Data center revenue at Nvidia rose 17% from the previous "
                          "quarter.")[0] is Status.UNVERIFIED


@pytest.mark.parametrize(("sentence", "status"), [
    # NVIDIA's statement of 3 September 2024: its shares fell 9.5%
    ("On 3 September 2024 NVIDIA shares fell nearly 10%.", Status.SUPPORTED),
    ("On 3 September 2024 NVIDIA shares fell more than 9%.", Status.SUPPORTED),
    # a bound far from the figure says little; a point is not a bound; nearly is short of it
    ("On 3 September 2024 NVIDIA shares fell more than 5%.", Status.UNVERIFIED),
    ("On 3 September 2024 NVIDIA shares fell about 9%.", Status.UNVERIFIED),
    ("On 3 September 2024 NVIDIA shares fell nearly 9%.", Status.UNVERIFIED),
    # "a near 10% fall": almost 10%, as "nearly" says
    ("On 3 September 2024 NVIDIA shares suffered a near 10% fall.", Status.SUPPORTED),
])
def test_a_bound_a_statement_s_figure_meets_is_said_by_it(
        store: Store, sentence: str, status: Status) -> None:
    """Real news: "plunged nearly 10%" of a fall the record gives as 9.5% stayed unchecked."""
    assert verdict(store, sentence)[0] is status


def test_bound_met_reads_the_qualifier_as_news_rounds() -> None:
    def money(value: float, qualifier: Qualifier = Qualifier.EXACT) -> Quantity:
        return Quantity(Kind.MONEY, value, qualifier)
    assert bound_met(money(10, Qualifier.NEARLY), money(9.5))
    assert not bound_met(money(10, Qualifier.NEARLY), money(10.2))
    assert not bound_met(money(32, Qualifier.NEARLY), money(32))  # a round 32 may be 32.3
    assert bound_met(money(5, Qualifier.UNDER), money(4.2))
    assert not bound_met(money(5, Qualifier.UNDER), money(1.2))  # loose
    assert not bound_met(money(9, Qualifier.OVER), money(9.5, Qualifier.OVER))  # two bounds


def test_a_fact_s_own_value_needs_a_word_of_its_measure(store: Store) -> None:
    """$18 billion is xAI's pre-money valuation, not what its Series B raised."""
    assert verdict(store, "xAI raised $18 billion in a Series B round.")[0] is not \
        Status.SUPPORTED


def test_a_company_s_shares_are_no_share_of_its_revenue(store: Store) -> None:
    """3-nanometre chips were 26% of TSMC's wafer revenue in the fourth quarter of 2024, and
    5-nanometre ones 34% (a "share of wafer revenue"): a rise of its shares (its stock) is
    another thing, whatever the figure."""
    assert verdict(store, "TSMC's shares rose 26% last year.")[0] is not Status.SUPPORTED
    assert verdict(store, "Over the past year, TSMC's shares have risen by nearly 35 "
                          "percent.")[0] is not Status.SUPPORTED


def test_a_figure_dated_to_another_day_is_not_confirmed(store: Store) -> None:
    assert verdict(store, "On Sept. 30, 2024, BlackRock managed $11.55 trillion in client "
                          "assets.")[0] is not Status.SUPPORTED


def test_a_party_a_fact_names_may_tell_its_figure_of_a_subject_just_named(
        store: Store) -> None:
    report = check(read_text("The AI Infrastructure Partnership was launched in September. "
                             "BlackRock said it would raise $30 billion of private equity "
                             "capital.", "a.txt"), store, article_date=dt.date(2025, 3, 25))
    assert report.claims[-1].verdict.status is Status.SUPPORTED
    alone = check(read_text("BlackRock said it would raise $30 billion of private equity "
                            "capital.", "a.txt"), store, article_date=dt.date(2025, 3, 25))
    assert alone.claims[-1].verdict.status is not Status.SUPPORTED


@pytest.mark.parametrize("sentence", [
    # "up 14% from 2023" in the statement of AMD's 2024 revenue: the claim names the measure
    # ("total revenue") and gives a change; the words around the figures need not agree
    "AMD's total revenue rose 14% in 2024.",
    "In 2024 AMD's revenue grew 14%.",
    # "the same period of 2024" is the base of the change, not the period of the figure
    "Nvidia's fourth-quarter data center revenue was $35.6 billion, an increase of 93% on "
    "the same period of 2024.",
    # "from FY24", a fiscal year written short, is the base too (a real report's false alarm)
    "Nvidia booked full-year revenue of $130.5 billion, up 114% from FY24.",
])
def test_a_change_the_statement_of_the_named_measure_gives_is_supported(
        store: Store, sentence: str) -> None:
    report = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 3, 25))
    assert [c.verdict.status for c in report.claims] == [Status.SUPPORTED], \
        report.claims[0].verdict.explanation


@pytest.mark.parametrize("sentence", [
    "AMD's total revenue rose 19% in 2024.",  # the statement gives 14%: never refuted by it
    "AMD's total revenue was 14% of the market in 2024.",  # a share, not a change
])
def test_a_change_the_statement_does_not_give_stays_unverified(store: Store,
                                                              sentence: str) -> None:
    assert verdict(store, sentence)[0] is Status.UNVERIFIED


def test_a_statement_the_store_learned_long_after_the_article_confirms_nothing(
        store: Store) -> None:
    """OpenAI's $40 billion round at $300 billion was announced on 31 March 2025: a report
    of the talks months before cannot be settled by it; one a month before, of talks that
    closed as told (rules/pool: a deal told as pending, within 45 days), and one of the
    round a week after can."""
    sentence = ("OpenAI is in talks to raise as much as $40 billion in a round that would "
                "value it at up to $300 billion.")
    months = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2024, 12, 20))
    before = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 2, 27))
    after = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 4, 8))
    assert [c.verdict.status for c in months.claims] == [Status.UNVERIFIED]
    assert [c.verdict.status for c in before.claims] == [Status.SUPPORTED]
    assert [c.verdict.status for c in after.claims] == [Status.SUPPORTED]


@pytest.mark.parametrize(("claim", "given", "same"), [
    ("nearly $5 billion", "$4.986 billion", True),
    ("nearly $1 billion", "$1 billion", False),  # falls short of it: not the round figure
    ("nearly $1 billion", "nearly $1 billion", True),
    ("about $589 billion", "roughly $589 billion", True),
])
def test_nearly_is_a_figure_that_falls_short(claim: str, given: str, same: bool) -> None:
    a, b = parse_value(claim), parse_value(given)
    assert a is not None and b is not None
    assert same_figure(a, b) is same


@pytest.mark.parametrize(("claim", "given", "same"), [
    ("$48.4 billion", "$48.39 billion", True),  # the statement's figure rounded
    ("$48.3 billion", "$48.39 billion", False),  # another figure to that precision
    ("$118.58", "$118.42", True),  # written as finely: within the half-percent allowed
    # a whole number rounds to its last digit, as news writes a rate
    ("39%", "38.8%", True), ("60%", "60.4%", True), ("$14 billion", "$13.98 billion", True),
    ("61%", "60.4%", False),  # not what 60.4% rounds to
    ("2%", "1.6%", False),  # rounds to it, but a quarter off: a figure of its own
    ("$5 billion", "$4.6 billion", False),
])
def test_a_figure_rounded_from_the_statement_s_is_the_same(claim: str, given: str,
                                                          same: bool) -> None:
    a, b = parse_value(claim), parse_value(given)
    assert a is not None and b is not None
    assert same_figure(a, b) is same


def test_a_change_without_a_period_is_the_latest_quarter_s(store: Store) -> None:
    """issue 8: with the quarters of 2024 stored, the third quarter's "up 17% from the
    previous quarter" confirmed the same words in March 2025, when the latest quarter (the
    fourth) rose 16%. In November 2024 the third quarter was the latest."""
    sentence = "Data center revenue at Nvidia rose 17% from the previous quarter."
    november = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2024, 11, 21))
    assert [c.verdict.status for c in november.claims] == [Status.SUPPORTED]
    assert verdict(store, sentence)[0] is Status.UNVERIFIED  # 25 March 2025


def test_of_two_rounds_of_the_same_size_the_later_one_known_tells_it(store: Store) -> None:
    """xAI raised $6 billion in May 2024 and $6 billion again in December 2024: "its latest
    round" at Christmas is the December one, in May it can only be the May one."""
    sentence = "Elon Musk's AI company, xAI, has raised $6 billion in its latest funding round."
    for day, fact in ((dt.date(2024, 12, 25), "xai-series-c-2024"),
                      (dt.date(2024, 6, 1), "xai-series-b-2024")):
        claims = check(read_text(sentence, "a.txt"), store, article_date=day).claims
        assert [c.verdict.status for c in claims] == [Status.SUPPORTED]
        assert claims[0].verdict.evidence[0].fact == fact


@pytest.mark.parametrize(("claim", "given", "same"), [
    ("$64 billion to $72 billion", "$64 billion to $72 billion", True),
    # a range is its two ends: another top, or a point at its bottom, is another figure
    ("$64 billion to $70 billion", "$64 billion to $72 billion", False),
    ("$64 billion to $72 billion", "$64 billion", False),
    # a point may be the bottom of a reported range ("a reported $400 million")
    ("$400 million", "$400 million to $500 million", True),
])
def test_a_range_is_the_same_figure_only_with_the_same_two_ends(claim: str, given: str,
                                                               same: bool) -> None:
    a, b = parse_value(claim), parse_value(given)
    assert a is not None and b is not None
    assert same_figure(a, b) is same


def test_a_range_within_a_stated_range_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """h12fs's probe: "$64 billion to $70 billion" was supported by a statement giving the
    April range of $64 billion to $72 billion, its bottom read as the figure."""
    assert bundled_statuses("Meta expects capital expenditures of $64 billion to $70 billion "
                            "in 2025.", dt.date(2025, 8, 1)) == [Status.UNVERIFIED]


_VALUES = st.one_of(st.floats(-1e13, 1e13, allow_nan=False),
                    st.integers(-10**6, 10**6).map(float),
                    st.sampled_from([0.0, 1e-10, -1e-10, 5.0, 4.975, 5.025, 1e9, 1.005e9]))


@settings(max_examples=400, deadline=None)
@given(claim=_VALUES, stated=st.lists(_VALUES, max_size=6),
       qualifier=st.sampled_from(list(Qualifier)))
def test_the_figures_near_a_claim_s_hold_every_one_the_same_figure(
        claim: float, stated: list[float], qualifier: Qualifier) -> None:
    """NUM-stated reads only the statements that give a figure near the claim's: every
    figure same_figure or bound_met takes for the claim's is among them, whatever its
    qualifier."""
    q = Quantity(Kind.MONEY, claim, qualifier)
    values = sorted((v, i) for i, v in enumerate(stated))
    near = _near_figure(q, ([v for v, _ in values], [i for _, i in values]))
    assert near is not None
    for i, v in enumerate(stated):
        for given_qualifier in Qualifier:
            given = Quantity(Kind.MONEY, v, given_qualifier)
            if same_figure(q, given) or bound_met(q, given):
                assert i in near


def test_a_figure_that_is_not_a_finite_number_reads_every_statement() -> None:
    assert _near_figure(Quantity(Kind.MONEY, float("inf")), ([1.0], [7])) is None
    assert _near_figure(Quantity(Kind.MONEY, 1.0), None) is None


@pytest.mark.parametrize(("sentence", "day", "told_by"), [
    # the December filing's round; May's round while the December one was unknown
    ("Elon Musk's xAI has raised $6 billion in fresh funding.", dt.date(2024, 12, 6),
     "xai-series-c-investor-count-2024"),
    ("Elon Musk's xAI has raised $6 billion in fresh funding.", dt.date(2024, 6, 1),
     "xai-series-b-2024"),
    # March 2025's plan gives three more fabs, April 2024's three: the newer one tells it ...
    ("TSMC chief executive C.C. Wei said the company would build three new fabs.",
     dt.date(2025, 3, 5), "tsmc-us-investment-2025"),
    # ... unless the claim tells of the earlier one
    ("TSMC's original plan in Arizona covered three new fabs.", dt.date(2025, 3, 5),
     "tsmc-arizona-investment-2024"),
])
def test_a_figure_told_without_a_time_is_the_newest_event_of_that_size(
        store: Store, sentence: str, day: dt.date, told_by: str) -> None:
    found = check(read_text(sentence, "a.txt"), store, article_date=day).claims[0].verdict
    assert found.status is Status.SUPPORTED
    assert [e.fact for e in found.evidence] == [told_by]


@pytest.mark.parametrize(("text", "statuses"), [
    # a month of the fact's year that is neither its own nor the one it was made public:
    # another moment than the statement's; the figure read without it is still confirmed
    ("xAI was valued at $24 billion in March 2024.", [Status.SUPPORTED, Status.UNVERIFIED]),
    ("xAI was valued at $24 billion in May 2024.", [Status.SUPPORTED]),
])
def test_a_month_of_the_year_other_than_the_facts_is_not_confirmed(
        bundled_statuses: Callable[..., list[Status]], text: str,
        statuses: list[Status]) -> None:
    assert bundled_statuses(text, dt.date(2025, 3, 20)) == statuses


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
SEGMENTS = f"""
entities:
  - {{id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}}
facts:
  - id: zeta-q4-revenue
    kind: quantity
    subject: zeta
    measure: quarterly revenue
    value: "$30 billion"
    as_of: 2024-12-31
    statement: Zeta Labs' revenue for the fourth quarter of 2024 was $30 billion, up 18% from a
      year earlier.
    {_SOURCE}
  - id: zeta-q4-cloud
    kind: quantity
    subject: zeta
    measure: quarterly cloud revenue
    cues: [cloud revenue, cloud segment]
    value: "$9 billion"
    as_of: 2024-12-31
    statement: Zeta Labs' Cloud segment revenue was $9 billion in the fourth quarter of 2024, up
      41% from a year earlier.
    {_SOURCE}
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # another segment's change, or the whole's, of the same size: a coincidence
    ("Zeta's devices revenue rose 41% in the fourth quarter of 2024.", Status.UNVERIFIED),
    ("Zeta's cloud revenue rose 18% in the fourth quarter of 2024.", Status.UNVERIFIED),
    # and the whole told with a segment's change
    ("Zeta's revenue rose 41% in the fourth quarter of 2024.", Status.UNVERIFIED),
    # the same part's change, or the whole's, is still confirmed
    ("Zeta's cloud revenue rose 41% in the fourth quarter of 2024.", Status.SUPPORTED),
    ("Zeta's cloud segment revenue grew 41% in the fourth quarter of 2024.", Status.SUPPORTED),
    ("Zeta's fourth-quarter revenue rose 18% from a year earlier.", Status.SUPPORTED),
])
def test_a_change_a_statement_gives_of_another_part_confirms_nothing(
        literal_store: Callable[[str], Store], sentence: str, status: Status) -> None:
    report = check(read_text(sentence, "a.txt"), literal_store(SEGMENTS),
                   article_date=dt.date(2025, 3, 1))
    assert [c.verdict.status for c in report.claims] == [status]


def test_a_change_the_other_way_than_the_statement_s_is_not_supported(store: Store) -> None:
    # the store's statement: AMD's fourth-quarter data center revenue was up 69% a year on
    assert verdict(store, "AMD's data center revenue in the fourth quarter rose 69% from a "
                          "year earlier.")[0] is Status.SUPPORTED
    assert verdict(store, "AMD's data center revenue in the fourth quarter fell 69% from a "
                          "year earlier.")[0] is not Status.SUPPORTED


@pytest.mark.parametrize(("sentence", "status"), [
    # the statement gives "ten buildings" of data centres: "data center buildings" are they
    ("Oracle chairman Larry Ellison said ten data center buildings were already being built "
     "in Abilene.", Status.SUPPORTED),
    ("Larry Ellison told reporters that ten data center buildings were under construction "
     "in Abilene, Texas.", Status.SUPPORTED),
    # a modifier the statement never gives is more than it says
    ("Oracle chairman Larry Ellison said ten office buildings were already being built in "
     "Abilene.", Status.UNVERIFIED),
])
def test_a_count_the_statement_gives_covers_the_claim_s_count_of_the_same_things(
        store: Store, sentence: str, status: Status) -> None:
    """issue 8: "ten data center buildings" was left unchecked beside a statement's "ten
    buildings" of the first data-centre site."""
    report = check(read_text(sentence, "a.txt"), store, article_date=dt.date(2025, 1, 25))
    assert report.claims[0].verdict.status is status


@pytest.mark.parametrize(("year", "status"), [
    # the statement names 2023 only as its change's base ("up 14% from 2023"): it confirms no
    # 2023 figure, and the store's own 2023 value ($22.7 billion) refutes this one
    (2023, Status.CONTRADICTED),
    (2024, Status.SUPPORTED),
])
def test_a_year_a_statement_gives_as_a_base_dates_none_of_its_figures(
        bundled_statuses: Callable[..., list[Status]], year: int, status: Status) -> None:
    assert bundled_statuses(f"For the full year {year}, AMD's revenue came to $25.8 billion.",
                            dt.date(2025, 2, 5))[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the speaker of a report is no party of what it reports: Musk's own $44 billion
    # purchase of Twitter says nothing of xAI's deal (h12fs's probe)
    ("Elon Musk says xAI has acquired X in a deal that values X at $44 billion.",
     Status.UNVERIFIED),
    ("Elon Musk said he had closed his $44 billion purchase of Twitter.", Status.SUPPORTED),
])
def test_a_figure_of_the_speaker_s_own_deal_does_not_confirm_what_he_reports(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 3, 29))[0] is status


_SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
FOUNDRY = f"""
entities:
  - {{id: kappa, name: Kappa Foundry, aliases: [Kappa], kind: organization}}
facts:
  - id: kappa-q1-revenue
    kind: quantity
    subject: kappa
    measure: quarterly revenue
    cues: [first-quarter revenue, revenue in the quarter]
    value: "$9.4 billion"
    tolerance: 0.01
    as_of: 2025-03-31
    published: 2025-04-17
    statement: Kappa's revenue for the first quarter of 2025 was $9.4 billion, up 27.4% from
      a year earlier, while its net income rose 51% to $2.2 billion.
    {_SOURCE}
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # the change the statement gives of the very level the claim's other figure matched
    ("Kappa is reporting a 27% year-over-year revenue increase to $9.4 billion.",
     Status.SUPPORTED),
    ("Kappa's revenue rose 27.4% to $9.4 billion.", Status.SUPPORTED),
    # another figure's change in the same statement is not the level's
    ("Kappa is reporting a 51% revenue increase to $9.4 billion.", Status.UNVERIFIED),
    # nor a change it does not round to
    ("Kappa is reporting a 29% year-over-year revenue increase to $9.4 billion.",
     Status.UNVERIFIED),
])
def test_a_change_to_a_matched_level_is_the_change_its_statement_gives(
        literal_store: Callable[[str], object], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """"rose 39% to NT$868.46 billion": the level is the quarter's value the statement
    gives, and the statement's "up 38.8% from a year earlier" is that level's change, though
    no word of the claim's around its 39% is one of the statement's around its figure."""
    assert statuses_in(literal_store(FOUNDRY), sentence, dt.date(2025, 4, 18))[-1] is status


YEAR_AND_QUARTER = FOUNDRY + f"""
  - id: kappa-2024-revenue
    kind: quantity
    subject: kappa
    measure: revenue
    cues: [annual revenue, full-year revenue]
    value: "$90 billion"
    tolerance: 0.01
    as_of: 2024-12-31
    period: 2024
    published: 2025-01-16
    statement: Kappa's revenue for 2024 was $90 billion, up 22% from 2023.
    {_SOURCE}
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # the level is the quarter's: its change is the quarter's too, not the year's 22%
    ("Kappa reported revenue of $9.4 billion, up 22% from a year ago.", Status.UNVERIFIED),
    ("Kappa reported revenue of $9.4 billion, up 27% from a year ago.", Status.SUPPORTED),
    # the year's change, told of the year
    ("Kappa's revenue rose 22% in 2024.", Status.SUPPORTED),
])
def test_a_sentence_s_figures_speak_of_one_period(
        literal_store: Callable[[str], object], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    """Real news (July 2025): "revenue of $47.52 billion, up 22% from a year ago" had its
    level from the quarter's record and its 22% from the previous year's revenue growth."""
    assert statuses_in(literal_store(YEAR_AND_QUARTER), sentence,
                       dt.date(2025, 4, 18))[-1] is status


_TRANCHES = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
facts:
  - id: acme-zeta-2019
    kind: event
    subject: acme
    object: zeta
    measure: first investment in Zeta
    cues: [invested, investment]
    value: "$1 billion"
    date: 2019-07-22
    statement: On 22 July 2019 Acme invested $1 billion in Zeta.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
  - id: acme-zeta-2023
    kind: event
    subject: acme
    object: zeta
    measure: multiyear investment in Zeta
    cues: [invested, investment]
    value: "$10 billion"
    tolerance: 0.05
    date: 2023-01-23
    statement: >-
      On 23 January 2023 Acme announced a multiyear investment in Zeta, reported at about $10
      billion, building on its investments of 2019 and 2021.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def test_a_fact_s_own_value_given_another_year_its_statement_names_is_not_confirmed(
        literal_store: Callable[[str], Store]) -> None:
    """A real report's "Microsoft had invested $13.8 billion in OpenAI, starting with a $10
    billion investment in 2019" was supported by the 2023 investment ($10 billion), whose
    statement names the investments "of 2019 and 2021" it built on."""
    store = literal_store(_TRANCHES)
    for text, status in (("Acme made a $10 billion investment in Zeta in 2019.", False),
                         ("Acme made a $10 billion investment in Zeta in 2023.", True)):
        report = check(read_text(text, "a.txt"), store, article_date=dt.date(2025, 11, 3))
        assert (report.claims[0].verdict.status is Status.SUPPORTED) is status, text


_WIDGETS = """
entities:
  - {id: acme, name: Acme, kind: organization}
facts:
  - id: acme-q2-widget-revenue
    kind: quantity
    subject: acme
    measure: quarterly widget revenue
    cues: [widget revenue, widget sales]
    value: "$2.6 billion"
    as_of: 2025-06-30
    published: 2025-07-30
    statement: Acme's widget revenue in the second quarter of 2025 was $2.6 billion, up 16%
      from the previous quarter and 54% from a year earlier.
    sources: [{url: "https://example.com/a", title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # another measure's change, tied to the statement's by the period words alone
    ("Acme's operating expenses rose 16% from the previous quarter.", Status.UNVERIFIED),
    ("Acme's headcount grew 54% from a year earlier.", Status.UNVERIFIED),
    # the statement's own measure
    ("Acme's widget sales rose 16% from the previous quarter.", Status.SUPPORTED),
])
def test_a_change_of_another_measure_is_not_the_statement_s(
        literal_store: Callable[[str], Store], sentence: str, status: Status) -> None:
    """"operating expenses rose 16% from the previous quarter" was supported by a segment
    revenue's "up 16% from the previous quarter": the words around the two changes are
    those of the period, and no word of the measure was asked for."""
    report = check(read_text(sentence, "a.txt"), literal_store(_WIDGETS),
                   article_date=dt.date(2025, 8, 1))
    assert [c.verdict.status for c in report.claims] == [status], \
        report.claims[0].verdict.explanation
