"""Guards on what a figure measures: an equal value of another measure is no support."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Fact, Kind, Quantity, Span, Status
from factcheck.rules.guards import another_period
from factcheck.rules.measure_nouns import another_measure_named

STAKE = Fact(id="acme-zeta-stake-value", kind="quantity", subject="acme", object="zeta",
             measure="value of its stake in Zeta", statement="Acme's 27% stake in Zeta was "
             "valued at about $135 billion.", cues=("stake valued", "stake worth"), sources=())


def _figure_in(text: str) -> Quantity:
    at = text.index("$135 billion")
    return Quantity(Kind.MONEY, 135e9, unit="USD", text="$135 billion",
                    span=Span(at, at + len("$135 billion")))


@pytest.mark.parametrize(("text", "other"), [
    # the company's own worth is another measure than a stake's
    ("The agreement values Zeta at $135 billion.", True),
    ("a deal that valued Zeta at about $135 billion", True),
    # a stake or holding said so is the fact's measure
    ("Acme's stake in Zeta is valued at $135 billion.", False),
    ("Acme's holding is worth $135 billion.", False),
])
def test_a_company_s_worth_is_another_measure_than_a_stake_s(text: str, other: bool) -> None:
    assert another_measure_named(_figure_in(text), text, STAKE) is other


EPS = Fact(id="acme-q1-adjusted-eps", kind="quantity", subject="acme",
           measure="quarterly earnings per share (non-GAAP)",
           statement="Acme's adjusted earnings per share for the first quarter were $0.96.",
           cues=("adjusted earnings per share", "adjusted EPS"), sources=())


def _cents_in(text: str) -> Quantity:
    at = text.index("96 cents")
    return Quantity(Kind.MONEY, 0.96, unit="USD", text="96 cents", span=Span(at, at + 8))


@pytest.mark.parametrize(("text", "other"), [
    # profit per share is earnings per share, whatever noun names it
    ("Acme's profit came in at 96 cents per share, excluding certain items.", False),
    ("Acme's income was 96 cents a share.", False),
    # a profit not per share is another measure than a per-share figure
    ("Acme's profit came in at 96 cents.", True),
])
def test_a_profit_per_share_is_earnings_per_share(text: str, other: bool) -> None:
    assert another_measure_named(_cents_in(text), text, EPS) is other


@pytest.mark.parametrize(("text", "other"), [
    # the noun before "and" is the first figure's; the second names its own after it
    ("Acme posted $4 billion in revenue and 96 cents adjusted EPS.", False),
    ("Acme posted revenue and 96 cents of profit.", True),
])
def test_a_figure_s_own_cue_after_it_outweighs_the_last_conjunct_s_noun(
        text: str, other: bool) -> None:
    assert another_measure_named(_cents_in(text), text, EPS) is other


_FORECAST_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-expected-revenue-2024
    kind: quantity
    subject: acme
    measure: expected revenue for 2024
    cues: [revenue, sales, annual sales, revenue this year, on pace]
    value: "$3.6 billion to $4 billion"
    as_of: 2024-09-27
    statement: In September 2024 Acme expected revenue of about $3.7 billion for 2024.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "date", "status"), [
    # a year and more on, a figure of today is not the old forecast's period: a forecast of
    # a period over by the article's date refutes no result (issue 8, tenth real set)
    ("Acme's annual revenue has climbed to $13 billion.", dt.date(2025, 8, 5),
     Status.UNVERIFIED),
    ("Acme's 2024 revenue came to $5 billion.", dt.date(2025, 8, 5), Status.UNVERIFIED),
    # a forecast told while the period runs is compared with the forecast
    ("Acme expects revenue of $9 billion this year.", dt.date(2024, 10, 5),
     Status.CONTRADICTED),
])
def test_a_forecast_of_a_period_over_refutes_no_result(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, date: dt.date, status: Status) -> None:
    assert statuses_in(literal_store(_FORECAST_STORE), sentence, date) == [status]



_OUTLOOK_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-q4-revenue-outlook
    kind: quantity
    subject: acme
    measure: revenue outlook for the fourth quarter of fiscal 2025
    cues: [outlook, guidance, expects revenue, guided]
    value: "$37.5 billion"
    tolerance: 0.02
    as_of: 2024-11-20
    statement: On 20 November 2024 Acme said it expected revenue of $37.5 billion for the
      fourth quarter of fiscal 2025.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "date", "status"), [
    # while the quarter runs, a forecast naming no period is that quarter's
    ("Acme expects revenue of about $45 billion in the current quarter.",
     dt.date(2024, 11, 25), Status.CONTRADICTED),
    # a quarter on, the next outlook has replaced it: "the current quarter" is a later one
    ("Acme expects revenue of about $43 billion in the current quarter.",
     dt.date(2025, 3, 3), Status.UNVERIFIED),
    # an undated article's "current quarter" is no quarter the store can place
    ("Acme expects revenue of about $45 billion in the current quarter.", None,
     Status.UNVERIFIED),
    # the old outlook, told again later, still agrees with the record
    ("Acme had guided fourth-quarter revenue of about $37.5 billion.", dt.date(2025, 3, 3),
     Status.SUPPORTED),
])
def test_a_quarter_s_outlook_is_replaced_a_quarter_later(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, date: dt.date | None, status: Status) -> None:
    """A quarter's revenue outlook is renewed with every report: once the next one is due, a
    forecast naming no period may be the newer one (issue 8, curating outlooks)."""
    assert statuses_in(literal_store(_OUTLOOK_STORE), sentence, date) == [status]


@pytest.mark.parametrize(("sentence", "status"), [
    # a target set once still stands six months on (ninth real set: the partnership's "up
    # to $100 billion" with debt, set in September 2024, was left unsure in March 2025)
    ("The AI Infrastructure Partnership is actively working to raise up to $100 billion "
     "through a combination of investor funding, asset ownership, and corporate "
     "partnerships, including debt financing.", Status.SUPPORTED),
    # a differing target may be a revised one: never refuted by the old record
    ("The AI Infrastructure Partnership is working to raise up to $150 billion, including "
     "debt financing.", Status.UNVERIFIED),
])
def test_a_target_set_once_stands_for_a_claim_that_repeats_it(
        bundled_statuses: Callable[..., list[Status]], sentence: str, status: Status) -> None:
    assert bundled_statuses(sentence, dt.date(2025, 3, 21)) == [status]


def test_users_of_another_period_are_another_measure_in_a_statement_too(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Real news (September 2025): "ChatGPT is used by roughly 700 million people a month"
    was supported by the 700 million weekly users a statement gives."""
    assert bundled_statuses("OpenAI's ChatGPT is used by roughly 700 million people a month.",
                            dt.date(2025, 9, 22)) == [Status.UNVERIFIED]


@pytest.mark.parametrize(("text", "status"), [
    ("The Gemini app has about 650 million weekly users.", Status.UNVERIFIED),
    ("The Gemini app has about 650 million monthly users.", Status.SUPPORTED),
    # the period told after the count ("people a month") is its period too
    ("The Gemini app is used by about 650 million people a week.", Status.UNVERIFIED),
    ("The Gemini app has about 650 million users a month.", Status.SUPPORTED),
])
def test_users_of_another_period_are_another_measure(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """issue 8: a count of weekly users was supported by a fact of monthly users whose value
    has no unit (the period is in its measure's name)."""
    assert bundled_statuses(text, dt.date(2025, 11, 15)) == [status]


_SEGMENT_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-cloud-revenue-q1
    kind: quantity
    subject: acme
    measure: quarterly cloud revenue
    cues: [cloud revenue, cloud sales, cloud unit]
    value: "$3.7 billion"
    tolerance: 0.01
    as_of: 2025-03-29
    statement: Acme's cloud revenue was $3.7 billion in the quarter to 29 March 2025.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # a share of a change told: not the level of the revenue (thirteenth real set, a false
    # contradicted)
    ("Acme said cloud revenue would shrink this quarter, with $600 million of that drop put "
     "down to lost orders.", Status.UNVERIFIED),
    ("Acme's cloud revenue rose, and $400 million of the increase came from one customer.",
     Status.UNVERIFIED),
    # the level itself
    ("Acme's cloud revenue was $600 million in the quarter.", Status.CONTRADICTED),
])
def test_a_share_of_a_change_refutes_no_level(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_SEGMENT_STORE), sentence, dt.date(2025, 5, 7)) == \
        [status]


@pytest.mark.parametrize("sentence", [
    # a dividend a share is no earnings a share, though both are dollars a share (a false
    # contradicted on the fourteenth real set: a $0.21 dividend held to a quarter's EPS)
    "Microsoft declared a quarterly dividend of $0.91 per share.",
    "Alphabet raised its quarterly dividend to $0.21 per share.",
    "Meta announced a dividend of 53 cents a share.",
])
def test_a_dividend_a_share_is_no_earnings_a_share(
        bundled_statuses: Callable[..., list[Status]], sentence: str) -> None:
    assert Status.CONTRADICTED not in bundled_statuses(sentence, dt.date(2025, 11, 20))


_CLOUD_FORECAST_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-cloud-forecast-2026
    kind: quantity
    subject: acme
    measure: cloud revenue forecast for fiscal 2026
    cues: [cloud revenue, cloud sales]
    value: "$18 billion"
    as_of: 2025-09-09
    statement: On 9 September 2025 Acme said it expected cloud revenue of $18 billion in
      fiscal 2026.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # a result told (a quarter's, most likely) is no wrong forecast (a false contradicted on
    # the fourteenth real set: a quarter's cloud revenue held to the year's forecast)
    ("Acme said cloud revenue grew 68% to $4.1 billion.", Status.UNVERIFIED),
    ("Acme's cloud revenue reached $4.1 billion.", Status.UNVERIFIED),
    # a forecast told is held to the forecast
    ("Acme expects cloud revenue of $25 billion.", Status.CONTRADICTED),
])
def test_a_result_told_is_no_wrong_forecast(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_CLOUD_FORECAST_STORE), sentence,
                       dt.date(2025, 12, 11))[-1] is status


OCCASION = """
entities:
  - {id: acme, name: Acme Capital, aliases: [Acme], kind: organization}
  - {id: zeta, name: Zeta Labs, aliases: [Zeta], kind: organization}
facts:
  - id: acme-zeta-2024
    kind: quantity
    subject: acme
    object: zeta
    measure: investment in Zeta's October 2024 round
    cues: [invested, investment, invest, put in]
    value: "$500 million"
    tolerance: 0.05
    as_of: 2024-10-02
    published: 2024-10-03
    statement: Acme put $500 million into Zeta's October 2024 funding round.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("text", "status"), [
    # what an investor would do, as a report told it, is no deal done
    ("An earlier report said that Acme would invest as much as $25 billion in Zeta.",
     Status.UNVERIFIED),
    ("Acme would invest $2 billion in Zeta, people familiar with the matter said.",
     Status.UNVERIFIED),
    # the deal told as done: held to the record
    ("Acme invested $2 billion in Zeta's 2024 round.", Status.CONTRADICTED),
    ("Acme invested $500 million in Zeta.", Status.SUPPORTED),
])
def test_what_an_investor_would_do_is_no_deal_done(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        text: str, status: Status) -> None:
    """Real news (March 2025): 'SoftBank would invest as much as $25 billion in OpenAI' was
    imprecise against SoftBank's $500 million in OpenAI's October 2024 round."""
    assert statuses_in(literal_store(OCCASION), text, dt.date(2025, 3, 27))[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # an amount paid out is no authorization: the company may return any part of it
    ("The company returned $24.3 billion to shareholders through share repurchases.",
     Status.UNVERIFIED),
    ("The company spent $24.3 billion on share buybacks.", Status.UNVERIFIED),
    # the authorization itself
    ("The company's board approved a $24.3 billion share repurchase authorization.",
     Status.CONTRADICTED),
])
def test_an_amount_returned_is_no_authorization(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """Real news (August 2025): "returned $24.3 billion to shareholders through share
    repurchases" was contradicted by the $50 billion authorization of August 2024."""
    assert bundled_statuses(f"Nvidia posted revenue of $46.7 billion. {text}",
                            dt.date(2025, 8, 27))[-1] is status


@pytest.mark.parametrize(("text", "status"), [
    # the noun right after a figure names what it measures: a raise is no valuation
    ("The round nearly doubled Anthropic's valuation from its $4.1 billion raise ten months "
     "earlier.", Status.UNVERIFIED),
    # "$10.3 billion worth of shares": an amount of shares, no valuation
    ("Anthropic had authorized up to $10.3 billion worth of shares for sale.",
     Status.UNVERIFIED),
    # OpenAI's own October 2025 sale: the shares it authorised are recorded, never its valuation
    ("OpenAI had authorized up to $10.3 billion worth of shares.", Status.SUPPORTED),
    # a valuation told as one is held to the record: $7 billion was never Anthropic's
    ("Anthropic's valuation stood at $7 billion.", Status.CONTRADICTED),
    # $4.1 billion was its valuation in March 2023, which the store now records
    ("Anthropic's valuation stood at $4.1 billion.", Status.OUTDATED),
])
def test_a_figure_s_own_noun_after_it_names_its_measure(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    """Real news (February 2026): "nearly doubling the company's valuation from its $4.1
    billion raise" was contradicted by Anthropic's $380 billion valuation."""
    assert bundled_statuses(text, dt.date(2026, 2, 10))[-1] is status


REVENUE = Fact(id="acme-q3-revenue", kind="quantity", subject="acme",
               measure="quarterly revenue", statement="Acme's third-quarter revenue was $5.7 "
               "billion, up 62% from a year earlier.", cues=("revenue", "quarter"), sources=())


def _rise_in(text: str) -> Quantity:
    at = text.index("62%")
    return Quantity(Kind.PERCENT, 62.0, text="62%", span=Span(at, at + 3))


@pytest.mark.parametrize(("text", "other"), [
    # a margin's change is no change of revenue, whatever else the two sentences share
    ("Acme's gross margin rose 62% in the third quarter.", True),
    ("Acme's operating margins jumped 62% from a year earlier.", True),
    ("Acme's revenue rose 62% in the third quarter.", False),
])
def test_a_margin_is_another_measure_than_revenue(text: str, other: bool) -> None:
    assert another_measure_named(_rise_in(text), text, REVENUE) is other


def test_a_change_on_an_annual_basis_names_no_year_s_figure() -> None:
    """"Rose 66% on an annual basis to $51.2 billion" tells the change's base, not that the
    $51.2 billion is a year's: the quarter's value of the series is the figure's."""
    year = Fact(id="acme-dc", kind="quantity", subject="acme", measure="data center revenue",
                statement="", cues=(), sources=())
    quarter = Fact(id="acme-dc-q", kind="quantity", subject="acme",
                   measure="quarterly data center revenue", statement="", cues=(), sources=())
    assert another_period(year, quarter, "Data center sales rose 66% on an annual basis to "
                          "$51.2 billion.")
    assert not another_period(year, quarter, "Annual data center sales were $51.2 billion.")


def _revenue(measure: str) -> Fact:
    return Fact(id=measure, kind="quantity", subject="acme", measure=measure,
                statement="", cues=(), sources=())


@pytest.mark.parametrize(("annual", "other"), [
    # a year's series named with its year ("for fiscal 2025") is still the revenue series
    ("annual revenue for fiscal 2025", True),
    ("revenue for 2024", True),
    ("annual revenue", True),
    # another series of the subject is another measure
    ("annual services revenue for fiscal 2025", False),
])
def test_a_year_s_revenue_named_with_its_year_is_the_series_of_the_quarter(
        annual: str, other: bool) -> None:
    from factcheck.rules.guards import another_period

    text = "Acme posted revenue of $143.8 billion."
    assert another_period(_revenue(annual), _revenue("quarterly revenue"), text) is other


def test_a_figure_told_with_no_period_is_no_mislabelled_year(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    """Real news (January 2026): "reporting record revenue of $143.8 billion in its latest
    earnings call" was imprecise, its quarter's revenue read as a mislabelled fiscal year."""
    assert bundled_statuses("Apple posted revenue of $143.8 billion.",
                            dt.date(2026, 1, 30)) == [Status.SUPPORTED]


FOUNDRY = Fact(id="acme-q3-foundry-revenue", kind="quantity", subject="acme",
               measure="quarterly foundry revenue", statement="Acme's foundry unit had "
               "revenue of $4.2 billion in the third quarter.",
               cues=("foundry revenue", "foundry unit", "foundry business"), sources=())
NET_LOSS = Fact(id="acme-q3-net-loss", kind="quantity", subject="acme",
                measure="quarterly net loss", statement="Acme lost $2.3 billion in the third "
                "quarter.", cues=("net loss", "loss", "lost"), sources=())


def _written_in(text: str, written: str, kind: Kind, value: float, unit: str = "") -> Quantity:
    """The figure ``written`` where ``text`` gives it."""
    at = text.index(written)
    return Quantity(kind, value, unit=unit, text=written, span=Span(at, at + len(written)))


@pytest.mark.parametrize(("text", "fact", "other"), [
    # a loss, told by its verb or its noun, is no revenue (chipmakers' real news: a foundry
    # unit's operating loss was held to its revenue)
    ("Acme's foundry unit lost $2.3 billion in the quarter.", FOUNDRY, True),
    ("The foundry business posted an operating loss of $2.3 billion.", FOUNDRY, True),
    ("Its foundry unit was losing about $2.3 billion a quarter.", FOUNDRY, True),
    # a loss is a loss's measure
    ("Acme lost $2.3 billion in the quarter.", NET_LOSS, False),
    ("Acme posted a net loss of $2.3 billion.", NET_LOSS, False),
])
def test_a_loss_is_another_measure_than_revenue(text: str, fact: Fact, other: bool) -> None:
    assert another_measure_named(_written_in(text, "$2.3 billion", Kind.MONEY, 2.3e9, "USD"),
                                 text, fact) is other


NET_INCOME = Fact(id="acme-q3-net-income", kind="quantity", subject="acme",
                  measure="quarterly net income", statement="Acme's net income for the third "
                  "quarter was $1.2 billion.", cues=("net income", "quarterly profit"), sources=())
GROSS_MARGIN = Fact(id="acme-q3-gross-margin", kind="quantity", subject="acme",
                    measure="quarterly gross margin", statement="Acme's gross margin was 52%.",
                    cues=("gross margin", "gross profit"), sources=())


@pytest.mark.parametrize(("text", "fact", "other"), [
    # chipmakers' real news: a results table's gross profit was held to the net income
    ("Acme's gross profit for the quarter was $4.8 billion.", NET_INCOME, True),
    ("Acme Q3 gross profit was $4.8 billion.", NET_INCOME, True),
    # a profit with no qualifier is the net income; a fact of gross profit is its measure
    ("Acme's quarterly profit was $4.8 billion.", NET_INCOME, False),
    ("Acme's gross profit for the quarter was $4.8 billion.", GROSS_MARGIN, False),
])
def test_a_gross_profit_is_another_measure_than_net_income(
        text: str, fact: Fact, other: bool) -> None:
    assert another_measure_named(_written_in(text, "$4.8 billion", Kind.MONEY, 4.8e9, "USD"),
                                 text, fact) is other


def test_a_gross_profit_does_not_contradict_net_income(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    assert bundled_statuses("AMD's gross profit for the third quarter of 2025 was "
                            "$4.78 billion.", dt.date(2025, 11, 5)) == [Status.UNVERIFIED]


SHARE_RISE = Fact(id="acme-share-rise", kind="quantity", subject="acme",
                  measure="one-day share price rise", statement="Acme's shares rose 39% on "
                  "the day.", cues=("shares rose", "stock jumped"), sources=())


@pytest.mark.parametrize(("text", "fact", "other"), [
    # chipmakers' real news: a share price's climb was confirmed by the growth of revenue
    ("Acme's stock has climbed close to 40% so far this year.", REVENUE, True),
    ("Acme shares are up 40% this year.", REVENUE, True),
    # a share price's rise is the record of one
    ("Acme's stock jumped 40% on the day.", SHARE_RISE, False),
])
def test_a_share_price_s_rise_is_another_measure_than_revenue_s(
        text: str, fact: Fact, other: bool) -> None:
    assert another_measure_named(_written_in(text, "40%", Kind.PERCENT, 40.0), text,
                                 fact) is other


@pytest.mark.parametrize(("text", "date", "status"), [
    # a round's pre-money valuation told half a year after the store's only one (May 2024),
    # once a later round is recorded: the later round's, not a wrong value of May's
    ("xAI's pre-money valuation was $45 billion.", dt.date(2024, 11, 21), Status.UNVERIFIED),
    ("xAI was raising funds at a $40 billion valuation before the new money.",
     dt.date(2024, 11, 21), Status.UNVERIFIED),
    # the round's own year named: held to it
    ("xAI's pre-money valuation was $45 billion in May 2024.", dt.date(2024, 11, 21),
     Status.CONTRADICTED),
    ("xAI's pre-money valuation was $18 billion.", dt.date(2024, 6, 1), Status.SUPPORTED),
])
def test_a_pre_money_valuation_is_one_per_round(
        bundled_statuses: Callable[..., list[Status]], text: str, date: dt.date,
        status: Status) -> None:
    assert bundled_statuses(text, date) == [status]


def test_a_pre_money_valuation_told_at_the_time_of_the_round_is_that_round_s(
        bundled_statuses: Callable[..., list[Status]]) -> None:
    assert bundled_statuses("xAI raised $6 billion in May 2024. Musk said at the time that "
                            "xAI's pre-money valuation was $17 billion.",
                            dt.date(2025, 2, 1))[-1] is Status.IMPRECISE


@pytest.mark.parametrize(("text", "status"), [
    # wire copy converts a Taiwan-dollar result at the day's rate ("($32.3 billion)"): a few
    # percent from the company's own dollar figure, no wrong value of it
    ("TSMC's third-quarter revenue rose to $32.3 billion.", Status.UNVERIFIED),
    # far off is still wrong, and the company's own dollar figure still holds
    ("TSMC's third-quarter revenue rose to $28 billion.", Status.CONTRADICTED),
    ("TSMC's third-quarter revenue rose to $33.1 billion.", Status.SUPPORTED),
])
def test_a_dollar_figure_near_a_result_reported_in_another_currency_may_be_a_conversion(
        bundled_statuses: Callable[..., list[Status]], text: str, status: Status) -> None:
    assert bundled_statuses(text, dt.date(2025, 10, 17)) == [status]


_SPENDERS_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: globex, name: Globex, kind: organization}
  - {id: initech, name: Initech, kind: organization}
facts:
  - id: acme-capex-outlook
    kind: quantity
    subject: acme
    measure: planned capital expenditure for 2025
    cues: [capital expenditure, capital expenditures, capex, capital spending, spending plans]
    value: "$40 billion to $42 billion"
    as_of: 2025-10-20
    statement: On 20 October 2025 Acme said it planned capital expenditure of $40 billion to
      $42 billion in 2025.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


@pytest.mark.parametrize(("sentence", "status"), [
    # a sum told of several companies together is no one company's figure
    ("Acme, Globex and Initech each raised their capex plans and now collectively expect "
     "it to top $150 billion this year.", Status.UNVERIFIED),
    ("Acme and Globex together expect capital spending of about $95 billion this year.",
     Status.UNVERIFIED),
    ("Combined, Acme, Globex and Initech plan capital expenditures of $150 billion in 2025.",
     Status.UNVERIFIED),
    # one company's own figure is still refuted
    ("Acme expects capital spending of about $95 billion this year.", Status.CONTRADICTED),
])
def test_a_sum_told_of_several_companies_refutes_no_one_s_figure(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]],
        sentence: str, status: Status) -> None:
    assert statuses_in(literal_store(_SPENDERS_STORE), sentence,
                       dt.date(2025, 10, 31)) == [status]


_WORTH_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-market-cap
    kind: quantity
    subject: acme
    measure: market capitalisation
    cues: [market value, market cap, valued at, worth]
    value: "$4 trillion"
    as_of: 2025-07-09
    statement: On 9 July 2025 Acme's market value closed above $4 trillion.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def test_a_deal_s_value_is_no_company_s_worth(
        literal_store: Callable[[str], Any], statuses_in: Callable[..., list[Status]]) -> None:
    # "in a deal valued at": the price of the purchase, not what the buyer is worth
    assert statuses_in(literal_store(_WORTH_STORE),
                       "On July 9, Acme agreed to buy Zeta Data in a deal valued at $40 billion.",
                       dt.date(2025, 7, 10)) == [Status.UNVERIFIED]


INVESTED = Fact(id="acme-zeta-investment", kind="quantity", subject="acme", object="zeta",
                measure="investment in Zeta", statement="Acme invested $135 billion in Zeta.",
                cues=("invested", "investment"), sources=())
GUIDED = Fact(id="acme-widget-outlook", kind="quantity", subject="acme",
              measure="widget revenue outlook for 2024",
              statement="Acme guided to $135 billion of widget revenue.", cues=("guided",),
              sources=())


@pytest.mark.parametrize(("text", "fact", "other"), [
    # a measure told right after the figure is the figure's too
    ("Acme owes Zeta $135 billion in royalties.", INVESTED, True),
    ("Acme booked $135 billion of licensing fees from Zeta.", INVESTED, True),
    ("Acme put $135 billion into Zeta.", INVESTED, False),
    ("Acme invested $135 billion in the Zeta venture.", INVESTED, False),
    # sales and revenue are one measure in news
    ("Acme guided to $135 billion of widget sales.", GUIDED, False),
    ("Acme guided to $135 billion of widget profit.", GUIDED, True),
])
def test_a_measure_told_after_the_figure_is_another_measure(text: str, fact: Fact,
                                                            other: bool) -> None:
    """"Nvidia owes Intel $5 billion in royalties" was supported by Nvidia's $5 billion
    investment in Intel: the two parties and the figure, no word of the measure before it."""
    assert another_measure_named(_figure_in(text), text, fact) is other
