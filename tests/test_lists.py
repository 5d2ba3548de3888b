"""A list item's mark, and the lead-in line that holds over the list under it."""

from __future__ import annotations

import pytest

from factcheck.language.lists import list_lead, strip_mark


@pytest.mark.parametrize(("block", "current", "lead"), [
    # a short line ending in a colon leads in the list under it
    ("Data Center segment:", "", "Data Center segment"),
    ("Fourth quarter highlights: ", "Gaming segment", "Fourth quarter highlights"),
    # its items keep it, whatever their mark
    ("  - Revenue $3.9 billion", "Data Center segment", "Data Center segment"),
    ("\u2022 Revenue $3.9 billion", "Data Center segment", "Data Center segment"),
    ("2. Operating income $1.1 billion", "Client segment", "Client segment"),
    # prose, a line with a figure, or a long line ends it
    ("Revenue rose in every segment.", "Data Center segment", ""),
    ("Revenue was $3.9 billion:", "", ""),
    ("In a statement released after the markets closed on Tuesday, it said:", "", ""),
])
def test_a_lead_in_holds_over_the_items_under_it(block: str, current: str, lead: str) -> None:
    assert list_lead(block, current) == lead


@pytest.mark.parametrize(("text", "bare"), [
    ("- Revenue $3.9 billion", "Revenue $3.9 billion"),
    ("\u2022 Revenue $3.9 billion", "Revenue $3.9 billion"),
    ("1. Revenue $3.9 billion", "Revenue $3.9 billion"),
    # a minus sign or a year is no mark
    ("-11% in gaming", "-11% in gaming"),
    ("2024. A year of records", "2024. A year of records"),
])
def test_a_list_mark_is_taken_off(text: str, bare: str) -> None:
    assert strip_mark(text) == bare


@pytest.mark.parametrize(("block", "lead"), [
    # a short heading right over a list leads it in as a colon line does (tenth real set)
    ("Data Center Segment", "Data Center Segment"),
    ("Gaming  segment", "Gaming segment"),
    # a heading with a figure, a sentence, or a long title leads nothing in
    ("Q4 2024 Financial Highlights", ""),
    ("Revenue rose in every segment.", ""),
    ("What the results tell us about the state of the chip market in America", ""),
])
def test_a_short_heading_leads_in_the_list_under_it(block: str, lead: str) -> None:
    assert list_lead(block, "", heading=True) == lead
    # the same words as prose lead nothing in
    assert list_lead(block, "") == ""


@pytest.mark.parametrize(("block", "heading"), [
    ("Key Metrics", True), ("Key Financial Highlights", True), ("Main takeaways:", False),
    ("Results at a glance", True), ("The numbers:", False), ("Quick Facts", True),
])
def test_a_label_that_names_nothing_leads_in_nothing(block: str, heading: bool) -> None:
    """"Key Metrics" over "- Net income: $2.5 billion" names no part and no period; set
    before the item it became the item's subject ("Key Metrics Net income") or a part
    ("Key Financial Highlights Revenue") no fact is of."""
    assert list_lead(block, "", heading) == ""


@pytest.mark.parametrize(("block", "lead"), [
    ("Fourth Quarter Highlights", "Fourth Quarter Highlights"),  # a period: it says which
    ("Cloud segment highlights:", "Cloud segment highlights"),
])
def test_a_label_that_names_a_part_or_period_still_leads_in(block: str, lead: str) -> None:
    assert list_lead(block, "", True) == lead
