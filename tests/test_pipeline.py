"""The whole check against the small Acme store: each test is one rule of judgement."""

from __future__ import annotations

import datetime as dt
import gc
from typing import Any

import pytest

from factcheck import pipeline
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text

DATE = dt.date(2025, 3, 1)


def verdicts(store: Any, text: str, date: dt.date = DATE) -> list[tuple[str, Status]]:
    report = check(read_text(text, "article.txt"), store, article_date=date)
    return [(c.claim.text, c.verdict.status) for c in report.claims]


def status_of(store: Any, sentence: str, date: dt.date = DATE) -> Status:
    found = verdicts(store, sentence, date)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize("sentence, status", [
    # figures within tolerance and qualifier
    ("Acme has over $2 trillion in assets under management.", Status.SUPPORTED),
    ("Acme manages more than two trillion dollars in assets.", Status.SUPPORTED),
    ("Acme has $2,400 billion in assets under management.", Status.SUPPORTED),
    ("Acme has over $3 trillion in assets under management.", Status.CONTRADICTED),
    ("Acme has over $2.5 trillion in assets under management.", Status.IMPRECISE),
    # an older value of the same series: out of date, not wrong
    ("Acme has $2.0 trillion in assets under management.", Status.OUTDATED),
    # ranges of estimates
    ("Acme controls approximately 80% of the widget market.", Status.SUPPORTED),
    ("Acme controls roughly four in five widgets sold, a market share of 80%.",
     Status.SUPPORTED),
    ("Acme controls approximately 40% of the widget market.", Status.CONTRADICTED),
    # multipliers in other words
    ("RocketChip outperforms Widget X1 by three times.", Status.SUPPORTED),
    ("RocketChip is 200% faster than Widget X1.", Status.SUPPORTED),
    ("RocketChip outperforms Widget X1 by ten times.", Status.CONTRADICTED),
    # years of events
    ("Jane Doe co-founded Acme in 2010.", Status.SUPPORTED),
    ("Jane Doe co-founded Acme in 2012.", Status.CONTRADICTED),
    # quotations
    ('Doe said "Widgets are the future of computing."', Status.SUPPORTED),
    ('Doe once called widgets "the future of all computing."', Status.IMPRECISE),
    # reported speech: the recorded words without quotation marks confirm, never misquote
    ("Doe said widgets are the future of computing.", Status.SUPPORTED),
    ("Doe said widgets are the future of farming.", Status.UNVERIFIED),
    # relations, and a negated relation
    ("Acme acquired Globex.", Status.SUPPORTED),
    ("Acme has not acquired Globex.", Status.CONTRADICTED),
    # "not just", "isn't merely": more is said, nothing is denied
    ("Acme's deal isn't just a financial bet: Acme acquired Globex.", Status.SUPPORTED),
    ("Acme has not merely acquired Globex.", Status.SUPPORTED),
    # a reviewed false claim
    ("Early in Globex's life, Acme invested in it.", Status.CONTRADICTED),
    # judgements
    ("Markets should reward patience.", Status.OPINION),
    ("Acme will undoubtedly dominate the widget market.", Status.OPINION),
])
def test_single_claims(acme_store: Any, sentence: str, status: Status) -> None:
    assert status_of(acme_store, sentence) is status


@pytest.mark.parametrize("sentence", [
    "Initech controls approximately 40% of the widget market.",  # another subject
    "Globex reported $50 billion in revenue in 2024.",  # a number shared with Acme
    "Bezos co-founded Acme in 2010.",  # a name the store does not know
    "Jane Doe co-founded Initech in 2012.",  # another object
])
def test_other_subjects_are_never_judged_by_acme_facts(acme_store: Any, sentence: str) -> None:
    assert status_of(acme_store, sentence) not in (Status.CONTRADICTED, Status.SUPPORTED)


def test_a_one_word_cue_narrowed_by_the_claim_does_not_contradict(acme_store: Any) -> None:
    # "widget revenue" is not Acme's total revenue: a different figure proves nothing
    assert status_of(acme_store, "In 2024, Acme made $9 billion in widget revenue.") \
        is Status.UNVERIFIED
    assert status_of(acme_store, "In 2024, Acme reported revenue of $90 billion.") \
        is Status.CONTRADICTED


def test_a_figure_under_the_wrong_measure_is_imprecise(acme_store: Any) -> None:
    assert status_of(acme_store, "In 2024, Acme made only $8 billion in revenue.") \
        is Status.IMPRECISE


def test_a_forecast_after_the_results_is_outdated(acme_store: Any) -> None:
    sentence = "In 2024, Acme anticipates over $45 billion in sales."
    # before the results: a forecast is not confirmed by the result it came to (the store
    # records no forecast), nor refuted by it
    assert status_of(acme_store, sentence, dt.date(2025, 1, 20)) is Status.UNVERIFIED
    assert status_of(acme_store, sentence, dt.date(2025, 3, 1)) is Status.OUTDATED


def test_upcoming_after_shipping_is_outdated(acme_store: Any) -> None:
    sentence = "The upcoming RocketChip will change everything."
    assert status_of(acme_store, sentence, dt.date(2025, 1, 1)) is Status.OUTDATED
    assert status_of(acme_store, sentence, dt.date(2024, 6, 1)) is not Status.OUTDATED


def test_a_figure_the_store_does_not_cover_blocks_support(acme_store: Any) -> None:
    # the acquisition and its year may be confirmed apart, never the price with them
    found = verdicts(acme_store, "Acme acquired Globex in 2019 for $5 billion.")
    assert [status for text, status in found if "$5 billion" in text] == [Status.UNVERIFIED]


def test_pronouns_are_resolved_from_the_previous_sentence(acme_store: Any) -> None:
    report = check(read_text("Jane Doe is an engineer. In 2010, she co-founded Acme.",
                             "a.txt"), acme_store, article_date=DATE)
    claim = report.claims[-1]
    assert claim.claim.standalone == "In 2010, Jane Doe co-founded Acme"
    assert claim.verdict.status is Status.SUPPORTED


def test_compound_sentences_give_one_claim_per_fact(acme_store: Any) -> None:
    found = verdicts(acme_store, "In 2024, Acme earned $50 billion in revenue, while its "
                                 "rival Globex is projected to reach only $8 billion.")
    assert [s for _, s in found] == [Status.SUPPORTED, Status.UNVERIFIED]


def test_every_verdict_explains_itself_with_sources(acme_store: Any) -> None:
    report = check(read_text("Acme has over $2 trillion in assets under management.", "a"),
                   acme_store, article_date=DATE)
    verdict = report.claims[0].verdict
    assert verdict.explanation.startswith("article: over $2T; store: $2.4T as of 2024-12-31")
    assert verdict.evidence[0].fact == "acme-aum-2024"
    assert verdict.evidence[0].sources[0].url == "https://example.com/acme/results"
    assert 0 < verdict.confidence <= 1


def test_the_same_input_gives_the_same_report(acme_store: Any) -> None:
    text = "Acme controls approximately 80% of the widget market. Acme acquired Globex."
    first = check(read_text(text, "a"), acme_store, article_date=DATE)
    second = check(read_text(text, "a"), acme_store, article_date=DATE)
    assert first == second


def test_a_check_leaves_the_garbage_collector_as_it_found_it(acme_store: Any) -> None:
    """The collector runs seldom while a check runs (``COLLECT_EVERY``), and as before after
    it, whether the check ends or fails."""
    seen: list[tuple[int, int, int]] = []
    before = gc.get_threshold()
    check(read_text("Acme acquired Globex in 2020.", "a"), acme_store, article_date=DATE)
    assert gc.get_threshold() == before
    with pytest.raises(ZeroDivisionError):
        with pipeline._seldom_collected():
            seen.append(gc.get_threshold())
            raise ZeroDivisionError
    assert seen[0][0] == max(before[0], pipeline.COLLECT_EVERY)
    assert gc.get_threshold() == before


@pytest.mark.parametrize("sentence, status", [
    ("Jane Doe co-founded Acme in May 2010.", Status.SUPPORTED),
    ("Jane Doe co-founded Acme on 4 May 2010.", Status.SUPPORTED),
    ("Jane Doe co-founded Acme in March 2010.", Status.CONTRADICTED),
    ("Acme's assets under management exceeded $2 trillion at the end of 2024.",
     Status.SUPPORTED),
])
def test_dates_to_their_own_precision(acme_store: Any, sentence: str, status: Status) -> None:
    assert status_of(acme_store, sentence) is status


def test_a_true_relative_clause_does_not_vouch_for_its_sentence(acme_store: Any) -> None:
    found = verdicts(acme_store, "Acme, which has over $2 trillion in assets under management, "
                                "bought Initech.")
    assert [s for _, s in found] == [Status.SUPPORTED, Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    "RocketChip chips are due to launch later this year.",
    "RocketChip is set to ship soon.",
    "The forthcoming RocketChip will be faster.",
    "RocketChip will be released next year.",
    "Acme expects to start shipping RocketChip later this year.",
    "Acme has yet to begin volume shipments of RocketChip.",  # issue 8: read as shipped
    "RocketChip has yet to ship.",
])
def test_other_words_for_still_to_come_are_outdated_too(acme_store: Any, sentence: str) -> None:
    assert status_of(acme_store, sentence, dt.date(2025, 1, 1)) is Status.OUTDATED


@pytest.mark.parametrize("sentence", [
    "Acme expects to start shipping RocketChip in the second half of 2026.",
    "Acme expects to start shipping Zenith, its next chip, later this year.",
])
def test_a_time_still_to_come_or_an_unknown_product_is_never_outdated(
        acme_store: Any, sentence: str) -> None:
    assert status_of(acme_store, sentence, dt.date(2025, 1, 1)) is not Status.OUTDATED


def test_a_stale_series_cannot_contradict_a_newer_figure(acme_store: Any) -> None:
    """The share was last recorded at the end of 2024; by September 2025 it may have moved."""
    report = check(read_text("Acme controls approximately 40% of the widget market.", "a.txt"),
                   acme_store, article_date=dt.date(2025, 9, 1))
    verdict = report.claims[0].verdict
    assert verdict.status is Status.UNVERIFIED
    assert "the store's latest value is from 2024-12-31" in verdict.explanation


def test_naming_the_stored_period_lets_an_old_series_contradict(acme_store: Any) -> None:
    found = verdicts(acme_store, "In 2024 Acme had a market share of approximately 40%.",
                     dt.date(2025, 9, 1))
    assert found[0][1] is Status.CONTRADICTED


def test_a_quarterly_figure_cannot_contradict_an_annual_one(acme_store: Any) -> None:
    assert status_of(acme_store, "Acme's revenue in the fourth quarter was $12 billion.") is \
        Status.UNVERIFIED


def test_about_follows_the_rounding_of_the_figure(acme_store: Any) -> None:
    assert status_of(acme_store, "Acme's revenue in 2024 was about $50 billion.") is \
        Status.SUPPORTED
    assert status_of(acme_store, "Acme's revenue in 2024 was about $52.5 billion.") is \
        Status.IMPRECISE


def test_a_person_acting_for_their_company_is_judged_by_its_events(acme_store: Any) -> None:
    """John Roe is recorded as Acme's; what he does for Acme is Acme's act."""
    assert status_of(acme_store, "John Roe acquired Globex in 2019.") is Status.SUPPORTED
    assert status_of(acme_store, "John Roe acquired Globex in 2016.") is \
        Status.CONTRADICTED


def test_a_person_s_figures_are_not_their_company_s(acme_store: Any) -> None:
    assert status_of(acme_store, "John Roe earned $3 billion in revenue in 2024.") is \
        Status.UNVERIFIED


@pytest.mark.parametrize("sentence, status", [
    # a place after "in" locates the deal and needs no checking
    ("Acme acquired Globex in 2019 at a ceremony in Springfield.", Status.SUPPORTED),
    # an owner in the possessive is checked by a fact that links the two
    ("Jane Doe's Acme acquired Globex in 2019.", Status.SUPPORTED),
    # an owner the store does not know, or cannot link, is never waved through
    ("Vanguard's Acme acquired Globex in 2019.", Status.UNVERIFIED),
    ("Globex's Acme acquired Initech in 2019.", Status.UNVERIFIED),
])
def test_names_that_locate_or_own(acme_store: Any, sentence: str, status: Status) -> None:
    assert status_of(acme_store, sentence) is status


def test_a_phrasal_verb_pins_an_event_s_year(acme_store: Any) -> None:
    assert status_of(acme_store, "Acme Corp was set up in 2010.") is Status.SUPPORTED
    assert status_of(acme_store, "Acme Corp was set up in 2011.") is Status.CONTRADICTED


def test_a_second_figure_of_another_kind_is_checked_by_its_own_fact(acme_store: Any) -> None:
    """The share is the main measure; the revenue beside it has a fact of its own."""
    found = verdicts(acme_store, "In 2024 Acme controls 75% of the widget market, with "
                                 "revenue of $50 billion.")
    assert found[0][1] is Status.SUPPORTED
    found = verdicts(acme_store, "In 2024 Acme controls 75% of the widget market, with "
                                 "revenue of $90 billion.")
    # reported one figure at a time: the share holds, the revenue is refuted
    assert [status for _, status in found] == [Status.SUPPORTED, Status.CONTRADICTED]


def test_a_figure_for_a_day_is_compared_only_with_a_value_of_that_day(acme_store: Any) -> None:
    assert status_of(acme_store, "On Dec. 31, 2024, Acme had $2.4 trillion in assets under "
                                 "management.") is Status.SUPPORTED
    assert status_of(acme_store, "On June 30, 2024, Acme had $2.4 trillion in assets under "
                                 "management.") is Status.UNVERIFIED


def test_a_stale_moving_figure_cannot_support_a_claim_about_today(acme_store: Any) -> None:
    found = verdicts(acme_store, "Acme controls about 80% of the widget market.",
                     dt.date(2025, 9, 1))
    assert found[0][1] is Status.UNVERIFIED


def test_a_prediction_is_not_confirmed_by_what_happened(acme_store: Any) -> None:
    assert status_of(acme_store, "Acme could acquire Globex.") is not Status.SUPPORTED


@pytest.mark.parametrize("sentence, status", [
    ("Acme chief executive Jane Doe spoke on Monday.", Status.SUPPORTED),
    ("Acme chief executive John Roe spoke on Monday.", Status.CONTRADICTED),
    ("Globex chief executive John Roe spoke on Monday.", Status.UNVERIFIED),  # another firm
])
def test_a_role_only_one_holds_given_to_another(acme_store: Any, sentence: str,
                                                status: Status) -> None:
    assert status_of(acme_store, sentence) is status


def test_a_speaker_s_own_title_says_nothing_of_the_body_just_named(acme_store: Any) -> None:
    # "Chairman and Chief Executive Larry Fink" after a sentence on GIP, whose chair is
    # another: Fink's title is of a body the quote leaves unsaid
    found = verdicts(acme_store, "Acme Corp grew fast. \"Widgets matter,\" Chief Executive "
                                 "John Roe said.")
    assert found[-1][1] is not Status.CONTRADICTED


def test_a_role_titled_by_another_body_is_that_body_s(acme_store: Any) -> None:
    # "Oracle chairman Larry Ellison" in a story about a venture Son chairs
    found = verdicts(acme_store, "Acme Corp grew fast. Globex chief executive John Roe spoke "
                                 "on Monday.")
    assert found[-1][1] is Status.UNVERIFIED


def test_a_chain_of_titles_after_another_body_is_that_body_s(acme_store: Any) -> None:
    # "Oracle Chairman and CTO Larry Ellison" in a story about a venture Son chairs
    found = verdicts(acme_store, "Globex Chief Executive and President John Roe said Acme "
                                 "Corp grew fast.")
    assert found[-1][1] is not Status.CONTRADICTED


def test_a_role_said_to_be_of_another_body_is_that_body_s(acme_store: Any) -> None:
    # "Larry Fink, chairman and chief executive of BlackRock" just after GIP was named
    found = verdicts(acme_store, "Acme Corp grew fast. The guest is John Roe, president and "
                                 "chief executive of Globex.")
    assert found[-1][1] is not Status.CONTRADICTED


def test_another_event_is_not_the_recorded_one(acme_store: Any) -> None:
    assert status_of(acme_store, "Acme acquired Globex in 2016.") is Status.CONTRADICTED
    assert status_of(acme_store, "Acme acquired a new stake in Globex in 2016.") is not \
        Status.CONTRADICTED


def test_a_thing_the_subject_owns_may_carry_the_figure(acme_store: Any) -> None:
    """RocketChip is recorded as Acme's: Acme's sentence about it is judged by its facts."""
    assert status_of(acme_store, "Acme built RocketChip to outperform Widget X1 by 3x.") is \
        Status.SUPPORTED
    assert status_of(acme_store, "Acme built RocketChip to outperform Widget X1 by 7x.") is \
        Status.CONTRADICTED


def test_a_claim_dated_in_its_own_words_is_checkable_not_opinion(acme_store: Any) -> None:
    assert status_of(acme_store, "The deal was completed on Oct. 1.") is Status.UNVERIFIED


def test_a_figure_between_two_named_parties_may_be_told_from_either_side(
        acme_store: Any) -> None:
    assert status_of(acme_store, "Widget X1 trails RocketChip by 3x.") is Status.SUPPORTED
    assert status_of(acme_store, "Widget X1 trails RocketChip by 5x.") is Status.UNVERIFIED


def test_the_predicate_of_a_named_head_is_checked_against_its_facts(acme_store: Any) -> None:
    found = verdicts(acme_store, "Initech is growing. Acme Corp, which makes widgets, "
                                 "provides its technical support.")
    assert found[-1] == ("provides its technical support", Status.SUPPORTED)


def test_a_subject_only_implied_is_the_story_s_and_can_only_be_confirmed(
        acme_store: Any) -> None:
    story = "Acme Corp had a big year. It bought a rival, Globex. The acquisition closed in 2019."
    assert verdicts(acme_store, story)[-1][1] is Status.SUPPORTED
    story = "Acme Corp had a big year. The revenue in 2024 was $90 billion."
    found = check(read_text(story, "a.txt"), acme_store, article_date=DATE).claims[-1]
    assert found.verdict.status is Status.UNVERIFIED
    assert found.verdict.explanation.startswith("the claim names no one; read as about Acme")


def test_a_forecast_dated_to_a_month_is_compared_with_what_was_said_then(
        acme_store: Any) -> None:
    assert status_of(acme_store, "In January 2024 Acme forecast revenue of $30 billion.") is \
        not Status.CONTRADICTED


def test_a_result_ahead_of_forecasts_is_a_result(bundled_store: Any) -> None:
    # the quarter named a sentence before; "ahead of analysts' forecasts" is the yardstick
    # of the figure, not a forecast the claim makes
    text = ("Meta said its net income for the July-September period fell 83% to $2.71 "
            "billion.\n\nRevenue climbed 26% to $51.24 billion, ahead of analysts' forecasts.")
    assert verdicts(bundled_store, text, dt.date(2025, 10, 30))[-1][1] is Status.SUPPORTED


def test_a_total_over_several_deals_is_not_refuted_by_one_of_them(bundled_store: Any) -> None:
    story = dt.date(2025, 3, 1)
    assert verdicts(bundled_store, "In total, Microsoft has invested about $14 billion in "
                                   "OpenAI.", story)[0][1] is not Status.CONTRADICTED
    assert status_of(bundled_store, "Microsoft first invested $3 billion in OpenAI in 2019.",
                     story) is Status.CONTRADICTED


def test_a_figure_of_one_dated_deal_is_never_stale(bundled_store: Any) -> None:
    """A round's investment is said once: it can be wrong however old the store's value."""
    assert status_of(bundled_store, "Thrive Capital led OpenAI's round with roughly $1.35 "
                                    "billion.", dt.date(2025, 12, 1)) is Status.IMPRECISE


@pytest.mark.parametrize("sentence, why", [
    # (told of "the current quarter", it meets the quarter's own outlook instead, a quarter
    # old by then: tests/test_guards.py)
    # (its Q4 result, $39.3 billion; the $43 billion it guided to is now stored as an outlook)
    ("Nvidia expects revenue of about $39.3 billion.",
     "the claim gives a forecast; the store records a result"),
    ("BlackRock added more than a trillion dollars of client assets in twelve months.",
     "the claim gives a change; the store records a level"),
])
def test_a_forecast_or_a_change_is_not_held_to_a_reported_level(
        bundled_store: Any, sentence: str, why: str) -> None:
    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date(2025, 3, 3))
    verdict = report.claims[0].verdict
    assert verdict.status is Status.UNVERIFIED and why in verdict.explanation


def test_a_forecast_naming_a_reported_period_is_held_to_its_result(bundled_store: Any) -> None:
    assert status_of(bundled_store, "Nvidia expects revenue of about $90 billion for fiscal "
                                    "2025.", dt.date(2025, 3, 3)) is Status.CONTRADICTED


@pytest.mark.parametrize("closed, status", [("Feb. 14, 2022", Status.SUPPORTED),
                                            ("Feb. 14, 2021", Status.CONTRADICTED)])
def test_a_definite_event_noun_names_the_event_of_the_parties_just_named(
        bundled_store: Any, closed: str, status: Status) -> None:
    """"The takeover" is the acquisition of the sentence before, not a claim about no one."""
    found = verdicts(bundled_store, f"AMD agreed to buy Xilinx. Regulators took their time, "
                                    f"and the takeover closed on {closed}.", dt.date(2025, 3, 1))
    assert found[-1] == (f"the takeover closed on {closed}", status)


# --- nothing checkable is skipped silently (issue 10) ---------------------------------------

@pytest.mark.parametrize("text", [
    "Acme Daily\n\nJane Doe co-founded Acme in 2012\n\nMore prose follows here, and it ends.",
    "Acme Daily\n\nJane Doe co-founded Acme in 2012.\u200b\n\nMore prose follows, and it ends.",
    "Acme Daily\n\nJane Doe co-founded Acme in 2012\u2069\n\nMore prose follows, and it ends.",
])
def test_a_short_line_with_a_year_is_read_as_prose(acme_store: Any, text: str) -> None:
    found = verdicts(acme_store, text)
    assert [s for t, s in found if "2012" in t] == [Status.CONTRADICTED]


def test_short_markdown_bullets_and_paragraphs_are_read(acme_store: Any) -> None:
    text = ("# Acme notes\n\n- Jane Doe co-founded Acme in 2012\n- Acme has not acquired Globex"
            "\n\nAcme has over $3 trillion in assets under management\n")
    report = check(read_text(text, "a.md", "markdown"), acme_store, article_date=DATE)
    assert sorted(c.verdict.status.value for c in report.claims) == [
        "contradicted", "contradicted", "contradicted"]


@pytest.mark.parametrize("text, fmt", [
    ("# Acme notes\n\n## Jane Doe co-founded Acme in 2012\n\nMore prose follows, and it ends.\n",
     "markdown"),
    ("# Jane Doe co-founded Acme in 2012\n\nMore prose follows, and it ends.\n", "markdown"),
    ("Acme notes\n==========\n\nJane Doe co-founded Acme in 2012\n================================"
     "\n\nMore prose follows, and it ends.\n", "markdown"),
    ("<html><body><h1>Acme notes</h1><h2>Jane Doe co-founded Acme in 2012</h2>"
     "<p>More prose follows, and it ends.</p></body></html>", "html"),
    ("<html><head><title>Acme notes</title></head><body><h1>Jane Doe co-founded Acme in 2012"
     "</h1><p>More prose follows, and it ends.</p></body></html>", "html"),
])
def test_an_explicit_heading_that_gives_a_figure_is_checked(acme_store: Any, text: str,
                                                            fmt: str) -> None:
    """A Markdown or HTML heading is marked as one, but a figure or a year in it is a claim
    all the same: "# OpenAI raised $99 billion" must not hide a false figure."""
    report = check(read_text(text, f"a.{fmt}", fmt), acme_store, article_date=DATE)
    assert [c.verdict.status for c in report.claims if "2012" in c.claim.text] == [
        Status.CONTRADICTED]


@pytest.mark.parametrize("text, fmt", [
    ("# Acme notes\n\n## What comes next\n\n## 2. Results\n\nJane Doe co-founded Acme in "
     "2010, and then some.\n", "markdown"),
    ("<html><body><h1>Acme notes</h1><h2>What comes next</h2><h2>2. Results</h2><p>Jane Doe "
     "co-founded Acme in 2010, and then some.</p></body></html>", "html"),
])
def test_an_explicit_heading_without_a_figure_stays_a_heading(acme_store: Any, text: str,
                                                              fmt: str) -> None:
    report = check(read_text(text, f"a.{fmt}", fmt), acme_store, article_date=DATE)
    assert [(c.claim.text, c.verdict.status) for c in report.claims] == [
        ("Jane Doe co-founded Acme in 2010, and then some", Status.SUPPORTED)]
    assert report.article.title == "Acme notes"


def test_a_heading_without_a_known_name_or_figure_stays_a_heading(acme_store: Any) -> None:
    assert verdicts(acme_store, "Acme Daily\n\nWhat comes next\n\nJane Doe co-founded Acme in "
                                "2010, and then some.") == [
        ("Jane Doe co-founded Acme in 2010, and then some", Status.SUPPORTED)]


BIDI_TOLD = "the text displays in another order than it is stored, and was read as displayed"
BIDI_SAME = "the text displays in the order it is stored"
BIDI_UNTOLD = "the text may display in another order than the one checked"


@pytest.mark.parametrize("sentence, status, note", [
    # a right-to-left override shows "4.2" as "2.4": judged as the reader sees it, both ways
    ("Acme has $\u202e4.2\u202c trillion in assets under management.", Status.SUPPORTED,
     BIDI_TOLD),
    ("Acme has $\u202e2.4\u202c trillion in assets under management.", Status.CONTRADICTED,
     BIDI_TOLD),
    # a bare number keeps its order in a right-to-left isolate; one digit reversed is itself
    ("Acme has $\u20674.2\u2069 trillion in assets under management.", Status.CONTRADICTED,
     BIDI_SAME),
    ("Acme has over $\u202e2\u202c trillion in assets under management.", Status.SUPPORTED,
     BIDI_SAME),
])
def test_a_figure_between_bidi_controls_is_judged_as_it_displays(
        acme_store: Any, sentence: str, status: Status, note: str) -> None:
    report = check(read_text(sentence, "a.txt"), acme_store, article_date=DATE)
    [checked] = report.claims
    assert checked.verdict.status is status
    assert checked.claim.warnings[0].startswith("bidi control characters removed")
    assert checked.claim.warnings[0].endswith(note)


@pytest.mark.parametrize("text, fmt, stored_status", [
    # words in a right-to-left isolate move ("trillion 4.2"): the display is not told
    ("Acme has $\u20674.2 trillion\u2069 in assets under management.", "text", "contradicted"),
    ("Acme has $\u20672.4 trillion\u2069 in assets under management.", "text", None),
    ("Acme has $\u202e4.2 trillion in assets under management.", "text", "contradicted"),  # open
    ("# Assets\n\nAcme has $4.2 trillion in assets under \u202emanagement (AUM)\u202c.\n",
     "markdown", "contradicted"),  # brackets would mirror
    # a table row is read as a statement made of its cells, not in the order it displays
    ("| Company | Assets under management |\n|---|---|\n| Acme | $\u202e4.2\u202c trillion |\n",
     "markdown", "contradicted"),
    # an HTML page's controls are not put back where they stood: never told there
    ("<p>Acme has $&#x202e;4.2&#x202c; trillion in assets under management.</p>", "html",
     "contradicted"),
])
def test_a_figure_whose_display_cannot_be_told_is_neither_flagged_nor_supported(
        acme_store: Any, text: str, fmt: str, stored_status: str | None) -> None:
    report = check(read_text(text, f"a.{fmt}", fmt), acme_store, article_date=DATE)
    [checked] = [c for c in report.claims if "trillion" in c.claim.standalone]
    assert checked.verdict.status is Status.UNVERIFIED
    assert "bidi controls" in checked.verdict.explanation
    if stored_status:  # what the stored order would have given is said, not hidden
        assert f"read in the order stored it would be {stored_status}" in \
            checked.verdict.explanation
    assert checked.claim.warnings[0].endswith(BIDI_UNTOLD)


def test_an_invisible_character_in_a_figure_is_read_through_with_a_warning(
        acme_store: Any) -> None:
    report = check(read_text("Acme has over $2\u200b trillion in assets under management.",
                             "a.txt"), acme_store, article_date=DATE)
    [checked] = report.claims
    assert checked.verdict.status is Status.SUPPORTED
    assert checked.claim.warnings == (
        "invisible characters removed before reading (U+200B ZERO WIDTH SPACE)",)


@pytest.mark.parametrize("sentence, note", [
    ("Jane Doe co-founded Acme in 99999.", "99999 (not a plausible year)"),
    ("Jane Doe co-founded Acme in 2150.", "2150 (a year after 2099, which is not read)"),
    (f"Acme has over ${'9' * 40} in assets under management.",
     "a run of 40 digits (no figure has so many)"),
])
def test_an_implausible_figure_is_refused_with_a_note(acme_store: Any, sentence: str,
                                                      note: str) -> None:
    report = check(read_text(sentence, "a.txt"), acme_store, article_date=DATE)
    [checked] = report.claims
    assert checked.verdict.status is not Status.SUPPORTED
    assert checked.claim.refused == (note,)
    assert checked.claim.warnings == (f"refused as a figure: {note}",)


def test_an_impossible_date_is_a_warning_of_the_report_unless_a_date_stands_in(
        acme_store: Any) -> None:
    document = read_text("Feb 30 2025\n\nJane Doe co-founded Acme in 2010.\n", "a.txt")
    assert check(document, acme_store).article.warnings == (
        "line 1: 'Feb 30 2025' is not a real date; the article's date is unknown, so nothing "
        "is checked as outdated (pass --date)",)
    assert check(document, acme_store, article_date=DATE).article.warnings == ()
    both = read_text("---\ndate: 2025-02-30\n---\n\nMarch 1, 2025\n\nAcme grew.\n", "a.md",
                     "markdown")
    assert both.date == DATE and check(both, acme_store).article.warnings == ()


@pytest.mark.parametrize("sentence, status", [
    # a superlative of value is the claim's predicate: a stored state in its object is no
    # support for the praise
    ("On paper RocketChip is the most capable accelerator available.", Status.OPINION),
    ("RocketChip is available.", Status.SUPPORTED),
    # the document a statement was made in is no event: "said in the release"
    ("Jane Doe said in the release that demand for RocketChip was extraordinary.",
     Status.OPINION),
    ("Acme said in a statement that RocketChip is shipping.", Status.SUPPORTED),
    ("RocketChip won an industry award, according to a press release.", Status.UNVERIFIED),
    # a supposition is not an event: "would" with no one saying it
    ("The change would make RocketChip available to everyone.", Status.OPINION),
])
def test_praise_and_the_document_cited_are_not_what_a_relation_confirms(
        acme_store: Any, sentence: str, status: Status) -> None:
    assert status_of(acme_store, sentence) is status


@pytest.mark.parametrize("text, status", [
    # a measure with no owner is the story's subject's, as a results story tells them
    ("Acme Corp reported results on Monday. Full-year revenue reached $50 billion in 2024.",
     Status.SUPPORTED),
    ("Acme Corp reported results on Monday. For the year, Total Revenue reached $50 billion "
     "in 2024.", Status.SUPPORTED),
    # read as the story's subject's, it can confirm, never refute
    ("Acme Corp reported results on Monday. Full-year revenue reached $90 billion in 2024.",
     Status.UNVERIFIED),
    # the measure 'saw' or 'posted' its figure (issue 8)
    ("Acme Corp reported results on Monday. In 2024, revenue saw a total of $50 billion.",
     Status.SUPPORTED),
    ("Acme Corp reported results on Monday. Full-year revenue posted $50 billion in 2024.",
     Status.SUPPORTED),
    ("Acme Corp reported results on Monday. Full-year revenue touched $50 billion in 2024.",
     Status.SUPPORTED),
])
def test_a_measure_with_no_owner_is_the_story_s_subject_s(acme_store: Any, text: str,
                                                          status: Status) -> None:
    assert verdicts(acme_store, text)[-1][1] is status


@pytest.mark.parametrize("text, status", [
    # "announced Monday it has raised": what was announced is the claim, not an announcement
    # (the store records the $40 billion round of 31 March 2025, never an announcement date)
    ("OpenAI announced Monday it has raised $40 billion in a funding round.",
     Status.SUPPORTED),
    # who told it, at the end
    ("OpenAI has closed a multi-billion dollar funding round, the company announced.",
     Status.UNVERIFIED),
])
def test_a_verb_of_saying_is_no_event_of_its_own(bundled_store: Any, text: str,
                                                 status: Status) -> None:
    verdict = verdicts(bundled_store, text, dt.date(2025, 4, 1))[0]
    assert verdict[1] is status


def test_a_planned_change_is_not_what_happened(acme_store: Any) -> None:
    assert status_of(acme_store, "Investors may pull out if Acme fails to complete its "
                                 "planned acquisition of Globex.") is not Status.SUPPORTED


@pytest.mark.parametrize("sentence, statuses", [
    # a date and a figure are two statements: the true date is supported beside a wrong
    # figure, and the with-phrase after the date is the MI300X's (192 GB stored)
    ("AMD launched its Instinct MI300X at its Advancing AI event on Dec. 6, 2023, with 128GB "
     "of HBM3 memory.", [Status.SUPPORTED, Status.CONTRADICTED]),
    ("Lisa Su said the Instinct line, led by the MI300X that AMD launched in December 2023, "
     "delivered more than $5 billion of revenue in 2024.", [Status.SUPPORTED, Status.SUPPORTED]),
])
def test_a_date_and_a_figure_are_statements_of_their_own(
        bundled_statuses: Any, sentence: str, statuses: list[Status]) -> None:
    assert bundled_statuses(sentence) == statuses


PARALLEL_TEXT = "\n\n".join([
    "Acme has over $3 trillion in assets under management.",
    "Acme controls approximately 80% of the widget market.",
    "Acme has $2.0 trillion in assets under management. It is the best company ever.",
    "Globex sells widgets in Ohio.",
] * 30)


@pytest.fixture
def second_core(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every article counts as long and a second core as free; the list counts the times
    a worker was started."""
    import factcheck.pipeline as pipeline

    started: list[int] = []
    real = pipeline._checked_elsewhere

    def spied(*args: Any) -> Any:
        started.append(1)
        return real(*args)

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(pipeline, "_second_core", lambda: True)
    monkeypatch.setattr(pipeline, "_checked_elsewhere", spied)
    return started


def test_a_long_article_judged_on_a_second_core_gives_the_same_report(
        acme_store: Any, second_core: list[int]) -> None:
    document = read_text(PARALLEL_TEXT, "long.txt")
    alone = check(document, acme_store, article_date=DATE)
    assert second_core == []
    assert check(document, acme_store, article_date=DATE, parallel=True) == alone
    assert second_core == [1]
    assert len({c.verdict.status for c in alone.claims}) >= 3  # not one verdict repeated


def test_the_reading_side_judges_claims_itself_while_the_worker_is_behind(
        acme_store: Any, second_core: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading takes a third of checking and judging two thirds: a worker judging every claim
    # would keep the reading side idle for the last third. Here the worker is slow.
    import os
    import time

    import factcheck.pipeline as pipeline

    reader = os.getpid()
    real_checked = pipeline._checked
    judged_here: list[int] = []

    def timed(*args: Any) -> Any:
        if os.getpid() == reader:
            judged_here.append(1)
        else:
            time.sleep(0.02)  # the worker, far behind the reading side
        return real_checked(*args)

    monkeypatch.setattr(pipeline, "_BATCH", 4)
    document = read_text(PARALLEL_TEXT, "long.txt")
    alone = check(document, acme_store, article_date=DATE)
    monkeypatch.setattr(pipeline, "_checked", timed)
    assert check(document, acme_store, article_date=DATE, parallel=True) == alone
    assert second_core == [1]
    assert 0 < len(judged_here) < len(alone.claims)  # each side judged some of the claims


def test_an_error_while_judging_elsewhere_is_raised_here(
        acme_store: Any, second_core: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.pipeline as pipeline

    def broken(*args: Any) -> Any:
        raise ValueError("a bug in a rule")

    monkeypatch.setattr(pipeline, "judge", broken)  # the forked worker has it too
    with pytest.raises(ValueError, match="a bug in a rule"):
        check(read_text(PARALLEL_TEXT, "long.txt"), acme_store, parallel=True)
    assert second_core == [1]


def test_an_error_while_reading_ends_the_worker(
        acme_store: Any, second_core: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing
    from multiprocessing.context import ForkProcess

    import factcheck.pipeline as pipeline
    from factcheck.errors import DocumentError

    real = pipeline.iter_claims

    def failing(*args: Any) -> Any:
        yield from list(real(*args))[:300]
        raise DocumentError("unreadable", "long.txt")

    monkeypatch.setattr(pipeline, "iter_claims", failing)
    killed: list[int] = []
    real_kill = ForkProcess.kill

    def kill(process: ForkProcess) -> None:
        killed.append(1)
        real_kill(process)

    monkeypatch.setattr(ForkProcess, "kill", kill)
    with pytest.raises(DocumentError):
        check(read_text(PARALLEL_TEXT, "long.txt"), acme_store, parallel=True)
    assert second_core == [1]
    assert multiprocessing.active_children() == []
    assert killed == []  # it saw the end of the claims and stopped by itself


def test_the_worker_sends_back_verdicts_not_the_claims_it_was_sent(acme_store: Any) -> None:
    # The reading side keeps the claims it sent: sending them back doubled what crossed the
    # pipe and what the reading side unpickled at the end. Run here on a pipe of our own.
    import multiprocessing

    from factcheck.language.extract import extract_claims
    from factcheck.pipeline import _judge_worker

    claims = extract_claims(read_text(PARALLEL_TEXT[:400], "long.txt"), acme_store.entities)
    ours, theirs = multiprocessing.Pipe()
    parents, _ = multiprocessing.Pipe()
    ours.send(claims)
    ours.send(None)
    _judge_worker(theirs, parents, acme_store, DATE)
    answers = []
    while (part := ours.recv()) is not None:
        answers += part
    assert len(answers) == len(claims) >= 4  # one entry list per claim sent
    assert all(own is None for entries in answers for own, _, _ in entries)
    verdicts = [v for entries in answers for _, v, _ in entries]
    assert verdicts == [c.verdict for c in check(read_text(PARALLEL_TEXT[:400], "long.txt"),
                                                 acme_store, article_date=DATE).claims]


@pytest.mark.parametrize("sentence", [
    "Acme spent a little over a billion to acquire Globex.",
    "Acme spent billions to acquire Globex.",
    "Acme paid a multibillion sum when it acquired Globex.",
])
def test_an_amount_written_but_not_read_keeps_a_relation_from_supporting(
        acme_store: Any, sentence: str) -> None:
    # the relation is stored, the amount is not checked: the claim is only partly checked
    assert status_of(acme_store, sentence) is Status.UNVERIFIED


@pytest.mark.parametrize("sentence", [
    "Acme chief executive Jane Doe opened the widget fair on Monday.",  # a title
    "One of the founders of Acme, Jane Doe, has sued Initech.",  # an apposition
])
def test_a_title_or_apposition_does_not_support_the_predicate(acme_store: Any,
                                                              sentence: str) -> None:
    # the fact confirms how the subject is described, not what the sentence says of it
    assert status_of(acme_store, sentence) is Status.UNVERIFIED


@pytest.mark.parametrize("sentence", [
    "Globex was acquired by Acme.",
    "Jane Doe remains Acme's chief executive.",
    "Acme's acquisition of Globex closed in 2019.",
    # the subject's own noun carries what the claim tells; the rest judges it
    "The acquisition of Globex made Acme a formidable widget maker.",
    # what was said comes before its speaker, not a description of the speaker
    # a lead-in asserts what it tells; the clause after it judges
    "As Initech's technology partner, Acme has become a force in widgets.",
    "The new plant keeps Acme's partnership with Initech alive, Jane Doe said.",
])
def test_a_cue_in_the_predicate_or_the_subject_s_own_noun_still_supports(
        acme_store: Any, sentence: str) -> None:
    assert Status.SUPPORTED in [s for _, s in verdicts(acme_store, sentence)]


def test_what_a_copula_adds_to_a_stored_relation_is_only_partly_checked(
        acme_store: Any) -> None:
    # the partnership is stored; "a vital part of its success" is what the clause asserts of
    # it, an assertion of its own that no fact holds (issue 8: never supported)
    sentence = "Acme's partnership with Initech remains a vital part of its success."
    assert status_of(acme_store, sentence) is Status.UNVERIFIED


def test_a_rank_the_event_does_not_state_is_not_supported_by_it(acme_store: Any) -> None:
    # "the largest" compares Acme with every other maker: the acquisition does not say so
    sentence = "The acquisition of Globex made Acme the largest widget maker."
    assert Status.SUPPORTED not in [s for _, s in verdicts(acme_store, sentence)]


@pytest.mark.parametrize("sentence, status", [
    ("Elon Musk has publicly warned about the dangers of artificial intelligence.",
     Status.UNVERIFIED),
    ("Elon Musk officially joined the race for generative AI.", Status.UNVERIFIED),
    ("Elon Musk publicly launched xAI.", Status.SUPPORTED),
])
def test_a_manner_adverb_alone_is_no_cue(bundled_store: Any, sentence: str,
                                         status: Status) -> None:
    # "publicly" tells how something was done, not what: the launch needs its own verb
    assert status_of(bundled_store, sentence, dt.date(2024, 2, 1)) is status


@pytest.mark.parametrize("sentence", [
    "Amazon is putting an additional $4 billion into Anthropic.",
    "Amazon has agreed to invest another $4 billion in Anthropic.",
])
def test_a_further_tranche_is_the_later_deal(bundled_store: Any, sentence: str) -> None:
    # the same figure was the first deal's too: "additional" says which one is meant
    report = check(read_text(sentence, "a.txt"), bundled_store,
                   article_date=dt.date(2024, 11, 25))
    [checked] = report.claims
    assert checked.verdict.status is Status.SUPPORTED
    assert "2024-11-22" in checked.verdict.explanation
    assert "2023-09-25" not in checked.verdict.explanation


def test_a_purpose_to_do_something_is_not_the_deed(acme_store: Any) -> None:
    # the claim is about dropping an aim; the acquisition it names is only the aim's content
    assert status_of(acme_store, "Acme has abandoned its original goal to acquire "
                                 "Globex.") is Status.UNVERIFIED


def test_a_figure_beside_one_its_fact_confirms_is_compared_with_that_fact(
        bundled_store: Any) -> None:
    """The 142% the store's data center revenue gives says which series the sentence is of,
    though it names no company: its other figure is held to that series too."""
    story = ("Nvidia's revenue for the fiscal year more than doubled to $130.5 billion. "
             "Data center sales for the year grew 142% to $121 billion.")
    found = verdicts(bundled_store, story, dt.date(2025, 3, 1))
    assert [status for _, status in found[1:]] == [Status.SUPPORTED, Status.IMPRECISE]
    alone = ("Nvidia's revenue for the fiscal year more than doubled to $130.5 billion. "
             "Data center sales for the year grew to $121 billion.")
    assert verdicts(bundled_store, alone, dt.date(2025, 3, 1))[-1][1] is Status.UNVERIFIED


def test_a_sole_role_given_to_the_subject_a_clause_inherits_is_contradicted(
        bundled_store: Any) -> None:
    """"X, whose company ..., was named chairman of Stargate": the clause's holder is the
    sentence's subject, not a name of its own words; the store names another chairman."""
    found = verdicts(bundled_store, "Oracle co-founder Larry Ellison, whose company builds "
                                    "the data centres, was named chairman of Stargate.")
    assert Status.CONTRADICTED in [status for _, status in found]
    # the store's holder named in the sentence: however the subject is read, no flag
    found = verdicts(bundled_store, "SoftBank chief Masayoshi Son, whose company funds the "
                                    "venture, was named chairman of Stargate.")
    assert Status.CONTRADICTED not in [status for _, status in found]


@pytest.mark.parametrize("verb", ["said", "revealed", "disclosed", "explained"])
def test_a_speaker_who_reveals_what_follows_is_no_party_to_it(acme_store: Any,
                                                               verb: str) -> None:
    """"Doe revealed that Acme managed ..." reports Acme's figure as "said" does (issue 8)."""
    assert status_of(acme_store, f"Jane Doe {verb} that Acme managed $2.4 trillion in assets "
                                 "at the end of 2024.") is Status.SUPPORTED


def test_a_revelation_with_no_content_clause_is_still_an_act(acme_store: Any) -> None:
    # "revealed" before its object, no "that": what was revealed is the speaker's act
    assert status_of(acme_store, "Jane Doe revealed RocketChip in 2019.") is not \
        Status.SUPPORTED


_LAUNCH_STORE = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
facts:
  - id: acme-launch
    kind: event
    subject: acme
    measure: public launch
    cues: [launched, arrived, founders]
    date: 2023-07-12
    statement: Acme's founders launched the company on 12 July 2023.
    sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]
"""


def test_a_relation_told_of_a_thing_of_its_own_is_no_act_of_the_story_s_subject(
        literal_store: Any) -> None:
    """Corpus: "... just 19 days after the hardware arrived", in a story about xAI, was
    supported by xAI's launch (a cue, "arrived", and the story's subject, implied). A
    claim that names no one is confirmed by a relation only when the fact tells of the
    noun it opens with."""
    store = literal_store(_LAUNCH_STORE)
    text = "Acme Corp is growing fast. Its cluster began training 19 days after the "
    report = check(read_text(text + "hardware arrived.\n\nThe founders launched it in "
                             "2023.", "a.txt"), store, article_date=dt.date(2025, 3, 1))
    found = {c.claim.text: c.verdict.status for c in report.claims}
    assert found["the hardware arrived"] is Status.UNVERIFIED, found
    # the noun the fact tells of still lets it confirm the claim
    assert found["The founders launched it in 2023"] is Status.SUPPORTED, found




def test_the_parts_that_stand_tell_each_unsettled_part_its_nearest_fact(
        bundled_store: Any) -> None:
    """Issue 12: the parts of a clause are judged without the nearest fact of an unsettled
    part (only a supported part lets them stand); when they stand, each unsettled part is
    told its nearest fact as a claim of its own is."""
    text = "Microsoft put $750 million into OpenAI's $6.6 billion round, which drew 900 " \
        "toaster makers."
    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 3, 25))
    found = [(c.verdict.status, c.verdict.rule, c.verdict.explanation) for c in report.claims]
    assert [status for status, _, _ in found] == [
        Status.UNVERIFIED, Status.SUPPORTED, Status.UNVERIFIED], found
    assert all("nearest fact: " in why for status, rule, why in found
               if status is Status.UNVERIFIED and rule == "NONE"), found


def test_an_unexplained_judgement_keeps_the_status_and_rule_of_an_unsettled_claim(
        bundled_store: Any) -> None:
    """Issue 12: judged unexplained, a claim nothing settles is ``UNEXPLAINED`` (its status
    and rule, without the nearest fact); a settled claim's verdict is the same."""
    from factcheck.language.extract import extract_claims
    from factcheck.rules import UNEXPLAINED, judge

    names = pipeline._names(bundled_store)
    text = "Nvidia reported revenue of $39.3 billion. Its gaming unit sold 4 million toasters."
    settled, unsettled = extract_claims(read_text(text, "a.txt"), bundled_store.entities)
    date = dt.date(2025, 3, 25)
    told = judge(unsettled, bundled_store, date, names)
    assert (told.status, told.rule) == (UNEXPLAINED.status, UNEXPLAINED.rule)
    assert "nearest fact: " in told.explanation
    assert judge(unsettled, bundled_store, date, names, explained=False) is UNEXPLAINED
    assert judge(settled, bundled_store, date, names, explained=False) == \
        judge(settled, bundled_store, date, names)
