"""News furniture: datelines, labels, tickers and attribution are not a claim's content."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.furniture import blank_asides, prefix_end
from factcheck.read.documents import read_text


@pytest.mark.parametrize(("sentence", "content"), [
    ("SAN FRANCISCO, March 20, 2025 — Acme said revenue rose.", "Acme said revenue rose."),
    ("AUSTIN, Texas (Reuters) - Acme said revenue rose again.", "Acme said revenue rose again."),
    # a wire dateline with no place (issue 8)
    ("Feb 21 (Reuters) - Acme said revenue rose.", "Acme said revenue rose."),
    ("Sept. 17 (Wire) - Acme said revenue rose.", "Acme said revenue rose."),
    # a colon set apart by spaces, as some wires write it
    ("San Francisco : Taking on its rival, Acme said revenue rose.",
     "Taking on its rival, Acme said revenue rose."),
    ("What happened: Acme said revenue rose sharply.", "Acme said revenue rose sharply."),
    ("Photo: xAI's Colossus supercomputer in Memphis.", "xAI's Colossus supercomputer in Memphis."),
    ("Acme said revenue rose: a record year.", "Acme said revenue rose: a record year."),
    # a press release's dateline: two cities, a state, the wire between slashes
    ("AKRON and TOLEDO, Ohio, May 2, 2025 /Zenith Newswire/ -- Acme today said revenue rose.",
     "Acme today said revenue rose."),
    ("AKRON, Ohio, May 2, 2025 /PRNewswire/ -- Acme said revenue rose.",
     "Acme said revenue rose."),
])
def test_a_dateline_or_a_label_is_cut_from_the_front(sentence: str, content: str) -> None:
    assert sentence[prefix_end(sentence):] == content


@pytest.mark.parametrize("sentence", [
    "Acme: 300 million weekly users (December 2024)",
    "RocketChip: 100,000 units, built in 122 days",
    "Revenue: $39.3 billion, up 78% from a year earlier",
])
def test_a_label_before_a_figure_is_what_the_figure_is_of(sentence: str) -> None:
    """Issue 8: "Key figures: - Acme: 300 million weekly users" lost its subject; a fact
    list's label names the holder or the measure of the figure after it."""
    assert prefix_end(sentence) == 0


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Acme (Nasdaq: ACME) said revenue rose.", "Acme said revenue rose."),
    ("Acme earned $5 billion, according to Reuters.", "Acme earned $5 billion."),
    ("Bloomberg reported that Acme earned $5 billion.", "Acme earned $5 billion."),
    ("Acme said late on Tuesday, Feb. 4, that it earned $5 billion.",
     "Acme said that it earned $5 billion."),
    ("UAE-based Acme earned $5 billion.", "Acme earned $5 billion."),
    ("The Santa Clara, California-based firm earned $5 billion.", "The firm earned $5 billion."),
    ("The New York-based firm earned $5 billion.", "The firm earned $5 billion."),  # issue 8
    # issue 8: the city and its state between commas, before the noun they locate
    ("In 2024 the Santa Clara, California, company earned $5 billion.",
     "In 2024 the company earned $5 billion."),
    # a comma before a name that is no place is a list, not a city and its state
    ("Acme, Globex and Initech earned $5 billion.", "Acme, Globex and Initech earned $5 billion."),
    ("Acme told analysts it earned $5 billion.", "Acme it earned $5 billion."),
    # the verb that reports a clause stays: it tells whose report the clause is
    ("Acme told analysts that RocketChip earned $5 billion.",
     "Acme told analysts that RocketChip earned $5 billion."),
    # issue 8: unnamed sources telling an outlet, and an outlet's scoop, frame the report;
    # the reported clause is the content, whatever the outlet is called
    ("Sources tell Harbor Daily that Acme will build a plant.", "Acme will build a plant."),
    ("People familiar with the plans told the Ledger that Acme earned $5 billion.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, Harbor Daily first reported.", "Acme earned $5 billion."),
    ("Acme earned $5 billion, news agency Harbor Wire reported citing two insiders.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, Harbor Daily reported, citing people familiar with the matter.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, citing two people with knowledge of the talks, Harbor Daily said.",
     "Acme earned $5 billion, Harbor Daily said."),
    # a former name only tells which one it is (issue 8)
    ("Acme posted on Chirp (formerly Tweeter) that it earned $5 billion.",
     "Acme posted on Chirp that it earned $5 billion."),
    ("Acme posted on Chirp, formerly known as Tweeter, that it earned $5 billion.",
     "Acme posted on Chirp that it earned $5 billion."),
    # another name for a noun between ", or" and a comma only glosses it (probe: "its
    # obligations, or future backlog, increased to $455 billion" lost its subject)
    ("Acme said its order book, or future sales, grew to $5 billion.",
     "Acme said its order book grew to $5 billion."),
    ("Acme's bookings, or signed contracts, increased 40% in 2024.",
     "Acme's bookings increased 40% in 2024."),
    # a choice in a list is no gloss
    ("Acme, Globex, or Initech, analysts said, will win.",
     "Acme, Globex, or Initech, analysts said, will win."),
    ("Acme may cut prices, or raise them, in 2026.",
     "Acme may cut prices, or raise them, in 2026."),
    # a company that reports its own figure is a party, not a frame
    ("Acme earned $5 billion, Acme reported.", "Acme earned $5 billion, Acme reported."),
    ("Sources of revenue told a different story.", "Sources of revenue told a different story."),
])
def test_attribution_and_locating_places_are_blanked(sentence: str, kept: str) -> None:
    blanked = blank_asides(sentence)
    assert len(blanked) == len(sentence)  # offsets stay put
    assert " ".join(blanked.split()).replace(" .", ".").replace(" ,", ",") == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    # issue 8: who told it, named after the report, is its source, not its content
    ("Acme earned $5 billion, said analyst Jane Roe.", "Acme earned $5 billion."),
    ("Acme earned $5 billion, Harbor Research analyst Jane Roe said.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, said Jane Roe, an analyst at Harbor Research.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, Jane Roe, a partner at Harbor Research, said.",
     "Acme earned $5 billion."),
    ("Acme earned $5 billion, according to its lawyer, Jane Roe.", "Acme earned $5 billion."),
    ("Acme earned $5 billion, said President Jane Roe.", "Acme earned $5 billion."),
    # issue 8: whom a speaker named after the report told it goes; the verb that makes
    # the name a speaker stays
    ("Acme earned $5 billion, Jane Doe told analysts on a call.",
     "Acme earned $5 billion, Jane Doe told."),
    ("Acme earned $5 billion, Doe told Reuters in an interview.",
     "Acme earned $5 billion, Doe told."),
    # after a quotation the speaker frames the words, whomever they were told to
    ('"We earned $5 billion," Jane Doe told reporters.', '"We earned $5 billion," Jane Doe.'),
    # a party named after the report may be the one whose figure it is: it stays
    ("Revenue rose to $5 billion, said Acme.", "Revenue rose to $5 billion, said Acme."),
    ("Revenue rose to $5 billion, Acme said.", "Revenue rose to $5 billion, Acme said."),
    # a quotation's speaker is what a quotation is checked against: it stays
    ('"We earned $5 billion," said analyst Jane Roe.',
     '"We earned $5 billion," said analyst Jane Roe.'),
])
def test_a_speaker_named_after_the_report_is_blanked(sentence: str, kept: str) -> None:
    blanked = blank_asides(sentence)
    assert len(blanked) == len(sentence)
    assert " ".join(blanked.split()).replace(" .", ".").replace(" ,", ",") == kept


def test_a_name_with_an_aside_between_dashes_is_no_dateline() -> None:
    """Issue 8: "Globex — a $100 billion fund — plans ..." lost "Globex" as a dateline."""
    sentence = "Globex — a $100 billion fund owned by Ruritania — plans to invest $5 billion."
    assert prefix_end(sentence) == 0
    assert prefix_end(sentence.replace(" — ", " - ")) == 0
    dateline = "SAN JOSE — Globex plans to invest $5 billion in chips."
    assert dateline[prefix_end(dateline):].startswith("Globex")


def test_a_dateline_year_is_not_a_year_of_the_claim(acme_store: Any) -> None:
    document = read_text("Acme results\n\nNEW YORK, March 5, 2025 — Acme Corp was founded in "
                         "1999, the company said.\n", "a.txt")
    found = extract_claims(document, acme_store.entities)
    assert found[0].text.startswith("Acme Corp was founded")
    assert found[0].years == (1999,)
    assert document.date is not None and document.date.year == 2025


def test_a_publisher_is_not_an_unknown_name_of_the_claim(acme_store: Any) -> None:
    found = extract_claims(read_text("Acme Corp earned $50 billion in revenue in 2024, "
                                     "Bloomberg reported.\n", "a.txt"), acme_store.entities)
    assert found[0].unknown_names == ()


def test_an_interview_speaker_label_is_no_one_a_pronoun_points_back_to(acme_store: Any) -> None:
    """Q&A: 'Lindqvist: Not really.' names the speaker, not what 'it' means next (issue 8)."""
    document = read_text("Was RocketChip planned as a product?\n\nLindqvist: Not really. It "
                         "launched in 2024 as a test chip.\n", "a.txt")
    found = extract_claims(document, acme_store.entities)
    assert [c.standalone for c in found] == ["RocketChip launched in 2024 as a test chip"]


@pytest.mark.parametrize("sentence", ["Revenue: $39.3 billion.", "Acme: up 5%."])
def test_a_label_before_a_bare_figure_stays_its_subject(sentence: str) -> None:
    assert prefix_end(sentence) == 0


def test_a_dated_entry_past_the_opening_keeps_its_date(acme_store: Any) -> None:
    """Issue 8: a timeline's "**March 5, 2019** — Acme Corp is founded" lost its date as a
    dateline, and "June 2020 — Acme Corp opens" kept it as words its subject hid behind.
    Only the article's opening sentence carries a dateline; past it, a date alone before a
    dash dates what follows, told as a lead of time."""
    document = read_text("# Acme over the years\n\nAcme has grown fast since its start.\n\n"
                         "- **March 5, 2019** — Acme Corp is founded in Springfield.\n"
                         "- **June 2020** — Acme Corp opens its first plant.\n", "a.md",
                         "markdown")
    found = extract_claims(document, acme_store.entities)
    assert [c.standalone for c in found[1:]] == [
        "On March 5, 2019, Acme Corp is founded in Springfield",
        "In June 2020, Acme Corp opens its first plant"]
    assert [c.years for c in found[1:]] == [(2019,), (2020,)]
    opening = read_text("March 5, 2025 — Acme Corp was founded in 1999, the company said.\n",
                        "b.txt")
    assert extract_claims(opening, acme_store.entities)[0].years == (1999,)


def test_a_timeline_of_days_without_their_year_dates_each_entry(acme_store: Any) -> None:
    """A real explainer's "- November 17: OpenAI CEO Sam Altman fired ..." lost its day: a
    timeline of one week names its days without the year, which the article's date gives."""
    document = read_text("# A week at Acme\n\nAcme had a turbulent week.\n\n"
                         "- November 17: Acme Corp fires its chief executive, Jane Doe.\n"
                         "- Nov. 20: Acme Corp names a new interim chief executive.\n",
                         "a.md", "markdown")
    document = replace(document, date=dt.date(2023, 11, 22))
    found = extract_claims(document, acme_store.entities)
    assert [c.standalone for c in found[1:]] == [
        "On November 17, Acme Corp fires its chief executive, Jane Doe",
        "On Nov. 20, Acme Corp names a new interim chief executive"]
    assert [c.years for c in found[1:]] == [(2023,), (2023,)]


def test_a_lone_dated_paragraph_is_a_dateline_not_an_entry(acme_store: Any) -> None:
    """A standfirst before it, a dateline with no place opens the second block: it dates
    the report, not what the report tells (the event may be days older). Only entries of a
    timeline, dated blocks one after another, are dated by their dates."""
    document = read_text("Acme results\n\nThe chipmaker keeps growing in Europe and beyond."
                         "\n\nMarch 20, 2025 — Acme Corp opened its new plant on Tuesday, the "
                         "company said.\n\nThe plant employs many people in the region.\n",
                         "a.txt")
    found = [c for c in extract_claims(document, acme_store.entities) if "plant on" in c.text]
    assert found[0].standalone.startswith("Acme Corp opened")
    assert found[0].years == ()


@pytest.mark.parametrize("sentence", [
    'Acme said in a statement: "Today we are announcing $40 billion of new funding."',
    'Says Acme in a blog post: "We raised $40 billion at a $300 billion valuation."',
    'Acme added: "Our revenue doubled."',
])
def test_who_speaks_before_a_colon_is_no_label(sentence: str) -> None:
    """"Acme said in a statement:" was cut as a section's label, and the quotation's "we"
    lost its speaker: the figures went unchecked."""
    assert prefix_end(sentence) == 0
