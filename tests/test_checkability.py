"""Which claims are checkable: a subject and a verifiable predicate, not a judgement."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.language.checkability import assess
from factcheck.language.extract import extract_claims
from factcheck.model import Checkability
from factcheck.read.documents import read_text


def reading(store: Any, sentence: str) -> Checkability:
    claims = extract_claims(read_text(sentence, "a.txt"), store.entities)
    assert claims, sentence
    return assess(claims[0])


@pytest.mark.parametrize("sentence", [
    "We cut the deficit in half in four years.",  # first-person record, a fraction
    "I voted against that bill twice.",
    "The president signed it in May.",  # role noun; "May" is the month
    "He never told you that he supported the trade deal.",  # pronoun, negated, reported
    "Our state ranks 49th in teacher pay.",  # ordinal
    "The previous administration left us a trillion-dollar deficit.",
    "We have twice as many border agents as we had in 2008.",
    "The river crested at nineteen feet on Sunday morning.",  # spelled-out figure
    "You can keep your doctor under this plan.",  # what a rule permits
    "The bridge, which should have reopened in June, remains closed to traffic.",
    "The mayor shouldn't have signed that contract, and he signed it without a bid.",
    "Well, the fact is that he voted for the bailout.",
    "Reporters waited in the hallway for nearly an hour.",  # an episode, bare plural
    "The upcoming RocketChip will launch soon.",  # an announced launch
    "Acme plans to invest $500 billion over four years.",  # a plan with a figure
    "Acme said it would use the cash to expand RocketChip.",  # what someone said they'd do
    "Acme said late last month that it plans to turn its widget arm into a trust.",
    "Together, the two rounds brought Acme's total funding to about $14 billion.",
    "Several lawmakers left the room before the vote.",  # existential, not a generalisation
    "Doe said widgets are the future of farming.",  # what a known person said is on record
    # A commentator's figure is checkable like anyone's.
    "Acme's revenue rose 78% to $39 billion in 2024, said Jane Roe, an analyst at Brightline.",
    "RocketChip launched in 2021, said Ann Lee, an economist who follows the industry.",
    "Acme has looked at sites in Texas and Pennsylvania.",  # looking as an act
    "That early bet now underpins millions of developers.",  # a round figure in words
    # failing as an event, not a verdict on someone ("after talks fail")
    "Jane Doe replaces John Roe as interim chief executive after talks fail.",
    "Acme's takeover of Globex failed after regulators objected.",
])
def test_statements_a_record_could_settle_are_checkable(acme_store: Any, sentence: str) -> None:
    found = reading(acme_store, sentence)
    assert found.checkable, (sentence, found.reason)
    assert found.reason.startswith("checkable: ")


@pytest.mark.parametrize("sentence", [
    "America deserves better.",  # a real name inside an opinion
    "Congress has failed the people of this state.",
    "The launch failed to impress investors.",
    "Senator Smith is wrong about the tariffs.",
    "Now is not the time for half measures.",  # a capitalised first word is no name
    "Well, I don't think that's right.",
    "Let's get to work.",
    "I think we can do better.",
    "We're going to cut your taxes.",  # a promise
    "I will fight for you every single day.",
    "Taxpayers shouldn't have to foot the bill.",  # contractions
    "We won't back down.",
    "The new stadium will probably cost more than anyone expects.",
    "Join us in making a difference.",
    "Texas has never looked stronger.",
    "AI can optimize delivery routes.",  # a capability, not an event
    "However, his stance gradually evolved.",  # a vague change
    "Few executives have bet so early, and so right.",  # a quantified generalisation
    '"It is a huge commitment for a company," said Jane Roe, an analyst.',  # reported view
    "Acme remains the safer bet on AI spending, analysts say.",
    "Whether the deal was worth the price remains an open question.",
    # A commentator's view with no figure: the analyst, strategist or economist an article
    # quotes is an outside voice, and what they say is their reading, not a record.
    "Electricity, more than chips, is now the scarce input, said Jane Roe, an analyst at "
    "Harbourline Research.",
    "The deal lets Acme keep the upside without paying for every plant, said Mark Poe, a "
    "portfolio manager at Halden Capital.",
    '"Customers want a second source," said Ann Lee, an economist who follows the industry.',
    "Acme's software still trails its rival's in breadth, analysts say.",
    "Jane Roe, a strategist at Marunouchi Securities, said the sell-off was driven by fear.",
    # Words of degree and of value judge what they describe.
    "Demand for RocketChip was extraordinary.",
    "On paper RocketChip is the most capable accelerator on sale.",
    # a case a known person made for a view: the view stays one
    "Doe has argued that the widget market could be worth $90 billion by 2030.",
])
def test_judgements_hedges_promises_and_exhortations_are_not(acme_store: Any,
                                                             sentence: str) -> None:
    found = reading(acme_store, sentence)
    assert not found.checkable, (sentence, found.reason)


def test_recommendations_and_hedges_are_firm_evaluations_are_not(acme_store: Any) -> None:
    assert reading(acme_store, "The minister should resign.").firm
    assert reading(acme_store, "Maybe the lesson here is humility.").firm
    assert not reading(acme_store, "The budget is a mess.").firm  # a fact is still looked for
    # A commentator's view is theirs whatever a fact says of its words.
    assert reading(acme_store, "RocketChip is shipping to the biggest customers, said Jane "
                               "Roe, an analyst at Brightline.").firm


def test_a_judging_adjective_beside_a_figure_leaves_the_figure_to_check(
        acme_store: Any) -> None:
    """Held half of the tenth real set: "crucial" before a noun made a claim with a
    checkable figure a firm judgement, so no fact was ever looked for."""
    assert not reading(acme_store, "The crucial $5 billion widget plant was announced by "
                                   "Acme Corp in 2021.").firm
    # without a figure the judgement is what is said; said of the matter, it judges anyway
    assert reading(acme_store, "Acme Corp gave crucial support to the widget plant.").firm
    assert reading(acme_store, "Raising $5 billion is crucial for Acme Corp.").firm


def test_should_that_expects_a_figure_is_a_prediction_a_plan_can_settle(
        acme_store: Any) -> None:
    """Eleventh real set: "the project should see $500 billion in private investment" and
    "each data centre should measure 500,000 square feet" were firm judgements, so the
    stored plan was never looked for; "should" there expects an outcome, as "is expected
    to" does."""
    found = reading(acme_store, "The widget plant should see $5 billion of investment.")
    assert not found.firm and "prediction" in found.reason
    assert not reading(acme_store, "Each Acme Corp plant should measure 500,000 square "
                                   "feet.").firm
    # "should" that urges an act, or expects no figure, stays a firm judgement
    assert reading(acme_store, "Acme Corp should invest $5 billion in widgets.").firm
    assert reading(acme_store, "The widget plant should see more investment.").firm


def test_what_a_thing_is_best_known_for_is_no_praise(acme_store: Any) -> None:
    """Eleventh real set: "Anthropic, best known for its Claude family of AI models, has
    emerged as ..." was a firm evaluation for "best", so the facts were never asked."""
    assert not reading(acme_store, "Acme Corp, best known for its widgets, is backed by "
                                   "Globex.").firm
    assert reading(acme_store, "Acme Corp makes the best widgets.").firm


def test_an_adverb_of_certainty_on_a_deed_with_a_figure_leaves_the_figure_to_check(
        acme_store: Any) -> None:
    """"undoubtedly" vouches for what it qualifies: on a deed with a figure the record still
    settles it; on what is to come, or with no figure, it is the writer's conviction."""
    assert not reading(acme_store, "Acme Corp undoubtedly sold 5 million widgets in "
                                   "2021.").firm
    assert reading(acme_store, "Acme Corp will undoubtedly sell 5 million widgets.").firm
    assert reading(acme_store, "Acme Corp undoubtedly leads the widget market.").firm


def test_worthiness_rises_with_figures_and_public_record_and_says_why(acme_store: Any) -> None:
    worthy = reading(acme_store, "The state cut school funding by $300 million in 2023.")
    minor = reading(acme_store, "I had breakfast this morning at a diner on Route 9.")
    judgement = reading(acme_store, "The budget is a mess.")
    assert worthy.worthiness.score > minor.worthiness.score > judgement.worthiness.score
    names = [c.name for c in worthy.worthiness.cues]
    assert "gives a figure" in names and any(n.startswith("public-record topic") for n in names)
    assert all(c.weight > 0 for c in worthy.worthiness.cues)
    assert any(c.weight < 0 for c in minor.worthiness.cues)
    assert 0.0 <= judgement.worthiness.score <= 1.0
