"""Tables are read row by row: each figure in a cell is a claim about its row and column."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text

TABLE = """---
title: Acme by the numbers
date: 2025-03-01
---

Acme Corp had a record year.

| Year | Company | Revenue | Assets under management |
|---|---|---|---|
| 2024 | Acme | $50 billion | $2.4 trillion |
| 2024 | Globex | $9 billion | n/d |
"""


def test_each_figure_cell_is_a_claim_pinned_to_its_cell(acme_store: Any) -> None:
    document = read_text(TABLE, "a.md", "markdown")
    found = [c for c in extract_claims(document, acme_store.entities) if "$" in c.text]
    assert [c.text for c in found] == ["$50 billion", "$2.4 trillion", "$9 billion"]
    assert found[0].standalone == "On 2024, Acme revenue was $50 billion"
    assert found[0].subject == "acme"
    assert found[0].position.line == 10


def test_table_figures_are_checked_against_the_store(acme_store: Any) -> None:
    report = check(read_text(TABLE, "a.md", "markdown"), acme_store)
    statuses = {c.claim.text: c.verdict.status for c in report.claims}
    assert statuses["$50 billion"] is Status.SUPPORTED
    assert statuses["$2.4 trillion"] is Status.SUPPORTED
    assert statuses["$9 billion"] is not Status.CONTRADICTED  # Globex: nothing stored


def test_a_row_that_names_no_one_is_about_the_article_s_subject(acme_store: Any) -> None:
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            "| Metric | 2024 |\n|---|---|\n| Total revenue | $50 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].standalone == "Acme Corp total revenue 2024 was $50 billion"
    assert found[-1].subject == "acme"


def test_a_row_that_names_no_one_is_about_the_headline_s_one_subject(acme_store: Any) -> None:
    """Real news: a results table in a story whose headline names the company, and whose
    body names its customer more often, was read as the customer's and contradicted."""
    text = ("---\ntitle: Acme's build-out surges\ndate: 2025-03-01\n---\n"
            "Deals with Globex lifted sales. Globex signed again. Globex renewed.\n\n"
            "| Metric | 2024 |\n|---|---|\n| Revenue | $50 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].subject == "acme", found[-1].standalone


def test_a_pipe_table_in_plain_text_is_read_as_in_markdown(acme_store: Any) -> None:
    # (the year's revenue: a "Q4 FY24" column would name a quarter, which the year's figure is not)
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            "Metric | FY24 |\n---|---|\nTotal Revenue | $50 billion |\n")
    report = check(read_text(text, "a.txt"), acme_store)
    row = report.claims[-1]
    assert row.claim.text == "$50 billion" and row.claim.position.line == 5
    assert row.claim.subject == "acme"  # a measure with a period tag is the story's subject's
    assert row.verdict.status is Status.SUPPORTED


def test_a_timeline_row_is_one_dated_statement(acme_store: Any) -> None:
    text = ("Acme Corp history.\n\n| Date | Event |\n|---|---|\n"
            "| May 4, 2010 | Jane Doe co-founded Acme |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].standalone.startswith("On May 4, 2010, Jane Doe co-founded Acme")


def test_a_bare_number_takes_its_column_as_unit_and_a_named_date_column_is_an_event(
        acme_store: Any) -> None:
    text = ("Acme Corp chips.\n\n| Chip | Launched | Transistors |\n|---|---|---|\n"
            "| RocketChip | March 2024 | 3 |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    standalones = [c.standalone for c in found[1:]]
    assert "RocketChip was launched in March 2024" in standalones
    assert "On March 2024, RocketChip transistors was 3 transistors" in standalones


def test_a_cell_that_is_a_sentence_is_read_as_written(acme_store: Any) -> None:
    text = ("Jane Doe and Acme Corp.\n\n| Date | What happened |\n|---|---|\n"
            "| June 1, 2019 | Acme Corp completed its acquisition of Globex for $5 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].standalone == ("On June 1, 2019, Acme Corp completed its acquisition of "
                                    "Globex for $5 billion")


def test_a_table_about_no_one_is_about_the_main_organisation_not_a_person(
        acme_store: Any) -> None:
    text = ("Jane Doe spoke. Jane Doe said Acme Corp grew. Jane Doe smiled.\n\n"
            "| Metric | 2024 |\n|---|---|\n| Total revenue | $50 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].subject == "acme"


def test_a_dated_milestone_row_dates_its_milestone_in_its_date_cell(acme_store: Any) -> None:
    text = ("Acme Corp milestones.\n\n| Date | Milestone | Assets |\n|---|---|---|\n"
            "| Dec. 31, 2024 | Passes its rival | $2.4 trillion |\n"
            "| 2024 | Acme | $2.4 trillion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert [c.text for c in found[1:] if "$" not in c.text] == ["Dec. 31, 2024"]


def _standalones(acme_store: Any, text: str) -> list[str]:
    return [c.standalone for c in extract_claims(read_text(text, "a.md", "markdown"),
                                                 acme_store.entities)]


def test_a_milestone_row_tells_what_the_table_s_subject_did(acme_store: Any) -> None:
    found = _standalones(acme_store, "Acme Corp grew. Acme Corp hired.\n\n"
                         "| Date | Milestone | Revenue |\n|---|---|---|\n"
                         "| Dec. 31, 2024 | Passes Globex | $2.4 trillion |\n")
    assert "On Dec. 31, 2024, Acme Corp passes Globex" in found
    assert "On Dec. 31, 2024, Acme Corp revenue was $2.4 trillion as it passes Globex" in found


def test_a_milestone_the_article_also_writes_in_lower_case_is_still_what_the_subject_did(
        acme_store: Any) -> None:
    """The label is read in lower case ("joins the Orbit Fund", as the prose writes it);
    its verb still tells a milestone of the table's subject."""
    found = _standalones(acme_store, "Acme Corp grew. It joins the Orbit Fund soon.\n\n"
                         "| Date | Event | Detail |\n|---|---|---|\n"
                         "| May 2, 2025 | Joins the Orbit Fund | n/a |\n")
    assert "On May 2, 2025, Acme Corp joins the Orbit Fund" in found


def test_a_product_a_figure_counts_leaves_the_row_the_table_s_subject_s(
        acme_store: Any) -> None:
    """"Chips shipped | 40,000 RocketChip": the name counts what the figure counts; the row
    is still about what the table is about."""
    found = _standalones(acme_store, "Acme Corp grew. Acme Corp hired.\n\n"
                         "| Item | Figure |\n|---|---|\n"
                         "| Chips shipped (2024) | 40,000 RocketChip |\n")
    assert "Acme Corp chips shipped (2024) figure was 40,000 RocketChip" in found


@pytest.mark.parametrize(("text", "statement"), [
    # who gave a figure is not whom it is about
    ("Acme Corp grew. Acme Corp hired.\n\n| Date | Revenue | Who said it |\n|---|---|---|\n"
     "| Dec. 31, 2024 | $2.4 trillion | Jane Doe, at a conference |\n",
     "On Dec. 31, 2024, Acme Corp revenue was $2.4 trillion"),
    # a header opened by a participle names no party
    ("Acme Corp grew. Acme Corp hired.\n\n| Date | Plant | Planned Texas investment |\n"
     "|---|---|---|\n| May 2020 | First plant | $12 billion |\n",
     "On May 2020, Acme Corp first plant planned Texas investment was $12 billion"),
    # a bare number under a generic header counts its row's noun
    ("Acme Corp grew.\n\n## Acme at a glance\n\n| Item | Figure |\n|---|---|\n"
     "| Widget factories | 18 |\n", "Acme Corp widget factories figure was 18 factories"),
    # a table is about what its section's heading names
    ("Acme Corp grew. Acme Corp hired. Globex fell.\n\n## Globex in figures\n\n"
     "| Item | Figure |\n|---|---|\n| Total revenue | $9 billion |\n",
     "Globex total revenue figure was $9 billion"),
])
def test_a_row_is_read_as_a_statement_about_its_party(acme_store: Any, text: str,
                                                      statement: str) -> None:
    assert _standalones(acme_store, text)[-1] == statement


def test_a_column_headed_by_a_name_gives_that_name_s_figure(acme_store: Any) -> None:
    found = _standalones(acme_store, "Acme Corp grew. Acme Corp hired.\n\n"
                         "| | Initrode | Acme |\n|---|---|---|\n| Revenue | $9 billion | "
                         "$50 billion |\n")
    assert found[-2] == "Initrode revenue was $9 billion"
    assert found[-1] == "Acme revenue was $50 billion"
    found = _standalones(acme_store, "| | Initrode | Acme |\n|---|---|---|\n"
                         "| Founded | 1999 | May 4, 2010 |\n")
    assert found == ["On 1999, Initrode founded", "On May 4, 2010, Acme founded"]


def test_a_row_of_words_says_what_its_first_cell_is(acme_store: Any) -> None:
    found = _standalones(acme_store, "| Person | Company | Role |\n|---|---|---|\n"
                         "| Jane Doe | Acme | Founder of Acme Corp |\n")
    assert found == ["Jane Doe of Acme is founder of Acme Corp"]


@pytest.mark.parametrize("label", ["Cumulative", "Price Acme paid for Globex",
                                   "Revenue Acme booked in 2024"])
def test_a_label_s_first_capital_is_convention_not_a_name(acme_store: Any, label: str) -> None:
    text = (f"Acme Corp grew. Acme Corp hired.\n\n| Item | Amount |\n|---|---|\n"
            f"| {label} | $9 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].unknown_names == (), found[-1].standalone


def test_a_single_word_label_that_is_a_name_stays_a_name(acme_store: Any) -> None:
    text = "Acme Corp grew.\n\n| Investor | Amount |\n|---|---|\n| Fidelity | $9 billion |\n"
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert "Fidelity" in found[-1].unknown_names


@pytest.mark.parametrize(("header", "cell", "reads"), [
    ("Year-over-Year Change", "Up 25%",
     "Acme Corp total revenue 2024 was up 25% year over year"),
    ("YoY", "+25%", "Acme Corp total revenue 2024 was up 25% year over year"),
    ("Change vs. prior quarter", "Down 3%",
     "Acme Corp total revenue 2024 was down 3% quarter over quarter"),
    ("Growth", "25%", "Acme Corp total revenue 2024 was up 25%"),
    ("2023 | Change", "+25%", "Acme Corp total revenue 2024 was up 25%"),
    # a change in points reads as one: "-3 points" of a margin is down 3 points
    ("Change from a year ago", "-3 points",
     "Acme Corp total revenue 2024 was down 3 points year over year"),
    ("YoY", "+150 bps", "Acme Corp total revenue 2024 was up 150 bps year over year"),
])
def test_a_column_of_change_says_how_the_row_s_figure_moved(acme_store: Any, header: str,
                                                             cell: str, reads: str) -> None:
    """issue 8: "Year-over-Year Change | Up 25%" is a growth rate of the row's measure, not
    a second value of it, and of the period of the figure beside it."""
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            f"| Metric | 2024 | {header} |\n|---|---|---|\n| Total revenue | $50 billion | "
            + ("$40 billion | " if "|" in header else "") + f"{cell} |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    standalones = [c.standalone for c in found]
    assert "Acme Corp total revenue 2024 was $50 billion" in standalones
    assert standalones[-1] == reads


@pytest.mark.parametrize("label, header, cell", [
    ("Revenue ($M)", "2024", "$50,000"),
    ("Revenue (in millions)", "2024", "$50,000"),
    ("Revenue ($ in billions)", "2024", "$50"),
    ("Revenue", "2024 (US$bn)", "50"),
    ("Revenue", "2024 ($B)", "$50.0"),
])
def test_a_scale_a_label_or_header_gives_applies_to_the_row_s_figures(
        acme_store: Any, label: str, header: str, cell: str) -> None:
    """Results tables give their scale once, beside the measure: "Revenue ($M) | $9,246"
    is $9,246 million; read as $9,246 it contradicted the store's billions."""
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            f"| Metric | {header} |\n|---|---|\n| {label} | {cell} |\n"
            "| Gross margin | 52% |\n")
    report = check(read_text(text, "a.md", "markdown"), acme_store)
    revenue, margin = report.claims[-2:]
    assert "(" not in revenue.claim.standalone, revenue.claim.standalone
    assert revenue.verdict.status is Status.SUPPORTED, revenue.verdict.explanation
    assert margin.claim.standalone.endswith("was 52%")  # a share keeps no scale


def test_a_scale_holds_in_a_table_whose_columns_are_periods(acme_store: Any) -> None:
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            "| | 2024 | 2023 |\n|---|---|---|\n| Revenue ($M) | $50,000 | $41,000 |\n")
    report = check(read_text(text, "a.md", "markdown"), acme_store)
    assert report.claims[-2].claim.standalone == "Acme Corp 2024 revenue was $50,000 million"
    assert report.claims[-2].verdict.status is Status.SUPPORTED


@pytest.mark.parametrize("label", ["Data Center", "Asset Management", "Wealth Advisory"])
def test_a_label_the_article_writes_in_lower_case_is_a_segment_not_a_name(
        acme_store: Any, label: str) -> None:
    # the words are the story's own common nouns, written with capitals in the table
    text = (f"Acme Corp grew. Acme Corp said its {label.lower()} arm did best.\n\n"
            f"| Segment | Revenue |\n|---|---|\n| {label} | $9 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].unknown_names == (), found[-1].standalone
    assert found[-1].standalone.startswith("Acme Corp "), found[-1].standalone


def test_a_label_written_only_with_capitals_stays_a_name(acme_store: Any) -> None:
    text = ("Acme Corp grew. Acme Corp hired.\n\n| Segment | Revenue |\n|---|---|\n"
            "| Wealth Advisory | $9 billion |\n")
    found = extract_claims(read_text(text, "a.md", "markdown"), acme_store.entities)
    assert found[-1].unknown_names == ("Wealth Advisory",), found[-1].standalone


def test_a_segment_column_names_its_labels_as_segments(bundled_store: Any) -> None:
    """Issue 8: "| Segment | Full year 2024 |" over "| Data Center | $13.6 billion |" is the
    data center segment's figure; read as "AMD data center full year 2024", no measure of
    the store answered to it, and the wrong figure passed unchecked."""
    text = ("AMD reported its results. AMD said its data center business grew.\n\n"
            "| Segment | Full year 2024 | Change y/y |\n|---|---|---|\n"
            "| Data Center | $13.6 billion | +94% |\n")
    report = check(read_text(text, "a.md", "markdown"), bundled_store)
    figure, change = report.claims[-2:]
    assert figure.claim.standalone == "AMD data center segment full year 2024 was $13.6 billion"
    assert figure.verdict.status is Status.IMPRECISE
    # the period a change is told after is a header's words, not a name ("Full year")
    assert change.claim.standalone == \
        "AMD data center segment full year 2024 was up 94% year over year"
    assert change.verdict.status is Status.SUPPORTED


def test_a_total_row_under_a_segment_column_is_the_whole_not_a_segment(
        bundled_store: Any) -> None:
    """Chipmakers' real news: a results table's "| Total | $90.15 billion |" row under
    "| Segment | Q4 FY2025 Revenue |" read "Apple total segment ...", a part, and its wrong
    figure for the whole quarter was left unchecked."""
    text = ("Apple reported its results.\n\n| Segment | Q4 FY2025 Revenue |\n|---|---|\n"
            "| iPhone | $49.03 billion |\n| Total | $90.15 billion |\n")
    report = check(read_text(text, "a.md", "markdown"), bundled_store,
                   article_date=dt.date(2025, 11, 1))
    total = report.claims[-1]
    assert "segment" not in total.claim.standalone
    assert total.verdict.status is Status.CONTRADICTED


def test_the_labels_of_many_rows_are_looked_up_in_linear_time() -> None:
    """Each row's label was searched for, case by case, in the whole article: 5 MB with a
    table every few paragraphs spent most of its reading there (quadratic). The article's
    words are now gathered once, and a label none of whose words it writes is no common noun
    without a search."""
    from factcheck.language.tables import lower_if_common

    prose = "Its data center arm grew, and so did the research & development budget. " * 30_000
    start = time.process_time()
    kept = [lower_if_common(f"Zorblax Unit {n}", prose) for n in range(300)]
    assert time.process_time() - start < 1.5
    assert kept[7] == "Zorblax Unit 7"
    assert lower_if_common("Data Center", prose) == "data center"
    assert lower_if_common("Research & Development", prose) == "research & development"
    assert lower_if_common("Data", "the database grew") == "Data"  # a whole word only
    assert lower_if_common("Center Data", prose) == "Center Data"  # the words, in order


def test_analysts_estimates_and_the_verdict_on_them_are_no_claims_of_the_row(
        acme_store: Any) -> None:
    # a results table beside the Street's numbers: the consensus is no figure of Acme's,
    # and "Beat" is what the row's figure did, not part of its label
    text = ("Acme Corp reported its results. Acme Corp grew.\n\n"
            "| Metric | Actual | Consensus | Beat/Miss |\n|---|---|---|---|\n"
            "| Total revenue | $50 billion | $48 billion | Beat |\n")
    document = read_text(text, "a.md", "markdown")
    found = [c for c in extract_claims(document, acme_store.entities) if "$" in c.text]
    assert [c.text for c in found] == ["$50 billion"]
    assert "Beat" not in found[0].standalone
    report = check(document, acme_store)
    statuses = {c.claim.text: c.verdict.status for c in report.claims}
    assert statuses["$50 billion"] is Status.SUPPORTED


@pytest.mark.parametrize("header, cell", [
    ("Revenue (Billions)", "$50"), ("Revenue ($ billions)", "50"),
    ("Revenue (in billions)", "$50.0"), ("Revenue (US$ bn)", "50"),
])
def test_a_unit_in_the_header_scales_its_column_s_bare_figures(acme_store: Any, header: str,
                                                                cell: str) -> None:
    """Probe (real news): under "AWS Revenue (Billions)" a cell "$33.0" was read as $33 and
    contradicted by $33 billion: the header's bracket gives the unit of every cell below."""
    text = (f"---\ndate: 2025-03-01\n---\nAcme Corp had a record year.\n\n| Year | {header} "
            f"| Growth (%) |\n|---|---|---|\n| 2024 | {cell} | 12 |\n")
    report = check(read_text(text, "a.md", "markdown"), acme_store)
    statuses = {c.claim.text: c.verdict.status for c in report.claims}
    assert statuses[cell] is Status.SUPPORTED, statuses
    standalones = [c.claim.standalone for c in report.claims]
    assert any("was up 12%" in s for s in standalones), standalones


def test_a_bracketed_m_with_no_currency_is_no_million(acme_store: Any) -> None:
    text = ("Acme Corp built a tower.\n\n| Year | Height (m) |\n|---|---|\n| 2024 | 30 |\n")
    assert not any("million" in s for s in _standalones(acme_store, text))


def test_a_growth_column_tells_the_growth_of_the_measure_beside_it(acme_store: Any) -> None:
    """Probe (real news): "| Q2 | $6.1 | 49 |" under "Unit Revenue (Billions) | Growth (%)"
    read "Acme Q2 was up 49%": the growth was the unit revenue's, named by the column before
    it; a growth column that names its own measure keeps it."""
    text = ("Acme Corp had a record year.\n\n| Quarter | Widget Revenue (Billions) | "
            "Year-over-Year Revenue Growth (%) | Margin (%) | Growth |\n|---|---|---|---|---|\n"
            "| Q2 2024 | $6.1 | 49 | 30 | +5% |\n")
    found = _standalones(acme_store, text)
    assert any("Widget Revenue was up 49% year over year" in s for s in found), found
    assert any("margin was up 5%" in s for s in found), found
