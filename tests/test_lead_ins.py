"""What opens a clause before its subject: here, a timeline's date before a dash."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.extract import extract_claims
from factcheck.language.lead_ins import LEAD_IN
from factcheck.read.documents import read_text


@pytest.mark.parametrize(("text", "lead"), [
    ("August 2024 — Acme Corp opens a plant.", "August 2024 — "),
    # a participle after it is a lead-in too
    ("August 2024 — Having sold its stake, Acme Corp opens a plant.",
     "August 2024 — Having sold its stake, "),
    ("Jan. 21, 2025 – Acme Corp opens a plant.", "Jan. 21, 2025 – "),
    ("2019 -- Acme Corp opens a plant.", "2019 -- "),
    ("In 2024, Acme Corp opened a plant.", "In 2024, "),
    # a time told from another
    ("Later this year, Acme Corp will open a plant.", "Later this year, "),
    ("Earlier this month, Acme Corp opened a plant.", "Earlier this month, "),
    ("Late last year, Acme Corp opened a plant.", "Late last year, "),
    ("Earlier on Tuesday, Acme Corp opened a plant.", "Earlier on Tuesday, "),
])
def test_a_timeline_date_before_a_dash_is_a_lead_in(text: str, lead: str) -> None:
    found = LEAD_IN.match(text)
    assert found is not None and found.group(0) == lead


@pytest.mark.parametrize("text", ["Later this year, Acme Corp will open a plant in Ohio.",
                                  "Earlier this month, Acme Corp opened a plant in Ohio."])
def test_a_time_told_from_another_is_no_subject(acme_store: Any, text: str) -> None:
    """"Later this year, BlackRock is expected to ..." had "Later" for its subject."""
    claims = extract_claims(read_text(text, "a.txt"), acme_store.entities)
    assert claims[-1].subject == "acme"


def test_a_later_time_before_its_clause_s_subject_is_no_lead_in() -> None:
    found = LEAD_IN.match("Later that year Acme Corp sued Globex, claiming fraud.")
    assert found is None or "Acme" not in found.group(0)


def test_the_subject_of_a_timeline_item_is_the_first_name_after_its_date(
        acme_store: Any) -> None:
    """"August 2024 — Having sold its stake, Acme Corp opens ...": Acme's, and its date
    stays in the claim to be checked."""
    claims = extract_claims(read_text("August 2024 — Having sold its stake in Globex, Acme "
                                      "Corp opens a plant in Ohio.", "a.txt"),
                            acme_store.entities)
    assert claims[-1].subject == "acme"
    assert 2024 in claims[-1].years



@pytest.mark.parametrize(("text", "standalone", "subject"), [
    # an "It" that is no one stays as written; the subject is the name after it
    ("Acme Corp sells chips. It took Acme Corp only five days to sell a million chips.",
     "It took Acme Corp only five days to sell a million chips", "acme"),
    ("Acme Corp sells chips. It was in 2019 that Globex first invested $1 billion in Acme Corp.",
     "It was in 2019 that Globex first invested $1 billion in Acme Corp", "globex"),
    ("Acme Corp sells chips. It is likely that Globex will buy Initech.",
     "It is likely that Globex will buy Initech", "globex"),
    # an "It" that is someone: the company told of before
    ("Acme Corp sells chips. It took a $2 billion charge to cover old stock.",
     "Acme Corp took a $2 billion charge to cover old stock", "acme"),
    ("Acme Corp sells chips. It is expected to post revenue of $5 billion.",
     "Acme Corp is expected to post revenue of $5 billion", "acme"),
])
def test_an_it_that_is_no_one_is_never_resolved(acme_store: Any, text: str, standalone: str,
                                                 subject: str) -> None:
    """Real news: "It's been only two months since AMD launched ..." was rewritten "AMD's
    been"; so were "It took OpenAI five days to ..." ("OpenAI took OpenAI") and a cleft "It
    was in 2019 that Microsoft ..." ("Microsoft was in 2019 that ...")."""
    found = extract_claims(read_text(text, "a.txt"), acme_store.entities)[-1]
    assert (found.standalone, found.subject) == (standalone, subject)
