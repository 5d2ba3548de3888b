"""Cutting a clause between its figures: one statement per figure, changes kept whole."""

from __future__ import annotations

import pytest

from factcheck.language.figures import (
    figure_segments,
    forecast_object,
    leaning_restated,
    with_frames,
)
from factcheck.language.quantities import find_quantities


def pieces(text: str) -> list[str]:
    figures = [(q.span.start, q.span.end) for q in find_quantities(text) if q.span]
    return [text[a:b] for a, b in figure_segments(text, figures)]


def test_a_possessive_noun_phrase_after_a_preposition_is_a_statement_of_its_own() -> None:
    assert pieces("SoftBank put about $500 million into OpenAI's $6.6 billion funding round") \
        == ["SoftBank put about $500 million into", "OpenAI's $6.6 billion funding round"]


def test_a_share_of_a_counted_whole_is_one_statement() -> None:
    """Real news: "about 0.15% of ChatGPT's 800 million weekly active users show ..." was cut
    at "of", and the whole 800 million were said to show what the 0.15% do."""
    assert pieces("Acme says about 0.15% of Zeta's 800 million users show the flaw") == [
        "Acme says about 0.15% of Zeta's 800 million users show the flaw"]


def test_a_comma_or_and_before_a_new_verb_divides() -> None:
    assert pieces("Colossus came online with 100,000 GPUs and xAI has said it will double "
                  "to 200,000") == ["Colossus came online with 100,000 GPUs",
                                    "xAI has said it will double to 200,000"]
    assert pieces("The group seeks $30 billion of equity, and up to $100 billion including "
                  "debt") == ["The group seeks $30 billion of equity",
                              "up to $100 billion including debt"]


def test_a_rate_of_change_and_the_level_it_reached_are_two_statements() -> None:
    # "78%" can be true while "$39.3 billion" is not stored, or false beside a true one
    assert pieces("Revenue rose 78% to $39.3 billion from $22.1 billion") == [
        "Revenue rose 78%", "to $39.3 billion from $22.1 billion"]
    assert pieces("Segment revenue climbed 69% to $4.9 billion, AMD said") == [
        "Segment revenue climbed 69%", "to $4.9 billion, AMD said"]
    assert pieces("Sales grew 2.5 times to 400 units") == ["Sales grew 2.5 times",
                                                          "to 400 units"]


def test_a_change_a_range_and_a_comparison_stay_one_statement() -> None:
    whole = "Revenue rose to $39.3 billion from $22.1 billion"
    assert pieces(whole) == [whole]
    assert pieces("Its share rose from 22% to 30%") == ["Its share rose from 22% to 30%"]
    assert pieces("It has 208 billion transistors versus 80 billion") == [
        "It has 208 billion transistors versus 80 billion"]
    assert pieces("It raised $6.6 billion at a $157 billion valuation") == [
        "It raised $6.6 billion at a $157 billion valuation"]


def test_plus_or_minus_is_not_a_separator() -> None:
    assert pieces("about $43 billion plus or minus 2%") == ["about $43 billion plus or minus 2%"]


def test_one_figure_is_one_piece() -> None:
    assert pieces("Nvidia agreed to buy Mellanox for $6.9 billion in 2019") == [
        "Nvidia agreed to buy Mellanox for $6.9 billion in 2019"]


def test_a_part_is_said_with_the_words_of_the_part_it_leans_on() -> None:
    assert leaning_restated("AMD launched the MI300X on Dec. 6, 2023", "with 192GB of memory",
                            dated=True) == \
        "AMD launched the MI300X on Dec. 6, 2023, with 192GB of memory"
    assert leaning_restated("Revenue rose 78%", "to $39.3 billion") == \
        "Revenue rose to $39.3 billion"
    assert leaning_restated("Revenue was $39.3 billion", "and 78% of it") is None


@pytest.mark.parametrize(("before", "text", "said"), [
    # thirteenth real set: "First-quarter sales were $7.4 billion, up 36 per cent" gave
    # "AMD up 36 per cent", which names no measure
    ("First-quarter sales were $7.4 billion", "up 36 per cent",
     "First-quarter sales were up 36 per cent"),
    ("Revenue rose to $39.3 billion", "up 78% from a year earlier",
     "Revenue rose 78% from a year earlier"),
    ("Net income fell to $2.7 billion", "down 83%", "Net income fell 83%"),
    # a margin's level and its change in points
    ("Gross margin improved to 62.3% in the quarter", "up 2.8 percentage points from a year "
     "earlier", "Gross margin improved 2.8 percentage points from a year earlier in the "
     "quarter"),
    ("The operating margin was 54.0%", "up 3.4 points", "The operating margin was up 3.4 points"),
    ("Its market share was 54.0%", "up 3%", None),  # a percent after a share is no change
    # a level told otherwise, or a rate against the verb's direction, is left alone
    ("Revenue fell to $7.4 billion", "up 36%", None),
    ("Acme paid $7.4 billion", "up 36%", None),
])
def test_a_rate_after_its_level_is_said_with_the_level_s_words(
        before: str, text: str, said: str | None) -> None:
    assert leaning_restated(before, text) == said


def test_a_date_that_frames_a_figure_is_part_of_its_statement() -> None:
    def joined(text: str, cuts: list[int]) -> list[str]:
        figures = [(q.span.start, q.span.end) for q in find_quantities(text)
                   if q.span and q.kind.value not in ("date", "year")]
        times = [(q.span.start, q.span.end) for q in find_quantities(text)
                 if q.span and q.kind.value in ("date", "year")]
        bounds = [0, *cuts, len(text)]
        segments = list(zip(bounds, bounds[1:], strict=False))
        return [text[a:b] for a, b in with_frames(text, segments, figures, times)]

    assert joined("On Sept. 30, 2024, BlackRock managed $11.55 trillion", [19]) == [
        "On Sept. 30, 2024, BlackRock managed $11.55 trillion"]
    assert joined("Revenue was $7.66 billion, reported on Feb. 4, 2025", [27]) == [
        "Revenue was $7.66 billion, reported on Feb. 4, 2025"]
    # a figure with a time of its own, or a with-phrase said with the date, stands apart
    assert joined("AMD launched it in December 2023, and it made $5 billion in 2024", [34]) == [
        "AMD launched it in December 2023, ", "and it made $5 billion in 2024"]
    assert joined("AMD launched it on Dec. 6, 2023, with 192GB of memory", [33]) == [
        "AMD launched it on Dec. 6, 2023, ", "with 192GB of memory"]


def test_a_figure_of_another_kind_about_another_thing_is_a_statement_of_its_own() -> None:
    assert pieces("TSMC is promising a single $12 billion factory on a desert site of about "
                  "1.8 square miles") == ["TSMC is promising a single $12 billion factory",
                                          "on a desert site of about 1.8 square miles"]
    # a relative clause with a subject of its own: "... assets that BlackRock agreed to buy"
    assert pieces("GIP has roughly $100 billion of assets that BlackRock agreed to buy for "
                  "about $12.5 billion") == ["GIP has roughly $100 billion of assets",
                                             "BlackRock agreed to buy for about $12.5 billion"]
    # one thing's figures stay together: a price for a stake, a share of a sum
    assert pieces("It paid $500 million for a 10% stake") == [
        "It paid $500 million for a 10% stake"]
    assert pieces("It raised $6.6 billion in a round of 40 investors") == [
        "It raised $6.6 billion in a round of 40 investors"]


def test_a_figure_that_a_measure_of_its_own_introduces_is_a_statement_of_its_own() -> None:
    # the sum raised and the value put on the company are two statements: either may be wrong
    assert pieces("The startup raised $2 billion at a valuation of $30 billion") == [
        "The startup raised $2 billion", "at a valuation of $30 billion"]
    assert pieces("The startup raised $2 billion in a round that valued it at about "
                  "$30 billion") == ["The startup raised $2 billion in a round",
                                     "valued it at about $30 billion"]
    assert pieces("The firm sold 40 aircraft at a total price of $9 billion") == [
        "The firm sold 40 aircraft", "at a total price of $9 billion"]
    # a share of a figure is one statement
    whole = "Its stake is 10% of $30 billion"
    assert pieces(whole) == [whole]
    # the phrase ends where a comma gives the main clause back its say
    assert pieces("The startup raised $2 billion at a valuation of $30 billion, in a round "
                  "led by a fund") == ["The startup raised $2 billion",
                                       "at a valuation of $30 billion",
                                       "in a round led by a fund"]


def test_a_level_after_a_rate_of_change_is_no_upper_bound() -> None:
    """issue 8: "up 3.2% to $135.58" restated as "up to $135.58" read the level as an
    approximate upper bound; the direction goes with the rate it modified."""
    assert leaning_restated("Acme shares closed up 3.2%", "to $135.58") == \
        "Acme shares closed at $135.58"
    assert leaning_restated("Acme's stock ended the day down 4%", "to $52.10") == \
        "Acme's stock ended the day at $52.10"
    assert leaning_restated("Revenue rose 78%", "to $39.3 billion") == \
        "Revenue rose to $39.3 billion"
    restated = leaning_restated("Acme shares closed up 3.2%", "to $135.58")
    assert restated is not None and find_quantities(restated)[-1].qualifier.value == "exact"


def test_a_level_set_off_by_commas_ends_where_the_verb_phrase_resumes() -> None:
    assert pieces("The new $100 billion expansion, to $165 billion, aims to avoid tariffs") == [
        "The new $100 billion expansion", "to $165 billion", "aims to avoid tariffs"]
    # a figure that the verb phrase itself gives stays with it
    assert pieces("Revenue of $5 billion, to $7 billion, beat forecasts of $6 billion")[-1] \
        == "beat forecasts of $6 billion"
    assert pieces("Acme raised $2 billion, to $9 billion in total") == [
        "Acme raised $2 billion", "to $9 billion in total"]


def test_a_relative_that_with_a_verb_of_its_own_divides() -> None:
    """Issue 8: "revenue of $39.3 billion that topped estimates of $38.05 billion" kept the
    estimate in the revenue's statement, which then stayed partly checked."""
    assert pieces("Acme reported revenue of $5 billion that topped estimates of $4.8 "
                  "billion") == ["Acme reported revenue of $5 billion",
                                 "topped estimates of $4.8 billion"]


def test_a_figure_analysts_expected_is_a_statement_of_its_own() -> None:
    assert pieces("Acme's revenue came in at $5 billion versus the $4.8 billion expected by "
                  "analysts") == ["Acme's revenue came in at $5 billion",
                                  "versus the $4.8 billion expected by analysts"]
    # a figure set against another measured figure stays with it
    assert pieces("Acme's chip packs 208 billion transistors versus 80 billion in the old "
                  "one") == ["Acme's chip packs 208 billion transistors versus 80 billion in "
                             "the old one"]


def test_a_participle_that_restates_the_level_s_change_is_said_with_the_level() -> None:
    """Tenth real set: "..., marking a 112% increase, largely driven by ..." was read as
    "NVIDIA marking a 112% increase": the rate lost the revenue it is a change of."""
    level = "Acme's cloud revenue reached $8.4 billion in the second quarter"
    assert leaning_restated(level, "marking a 41% increase, largely on server demand") == \
        f"{level}, a 41% increase, largely on server demand"
    assert leaning_restated(level, "representing a 9% rise") == f"{level}, a 9% rise"
    # a participle of another verb, or a change with no level before it, leans on nothing
    assert leaning_restated(level, "beating a 12% forecast") is None
    assert leaning_restated("Acme hired 400 engineers", "marking a 4% rise") is None


def test_a_cause_after_the_last_figure_is_a_statement_of_its_own() -> None:
    """Tenth real set: "..., marking a 112% increase, largely driven by the growing demand
    for its Hopper computing platform" left the rate unsettled for a cause no fact records:
    why a figure moved is said apart from the figure."""
    assert pieces("Cloud revenue reached $8.4 billion, up 41%, largely driven by demand for "
                  "its Zeta servers") == ["Cloud revenue reached $8.4 billion", "up 41%",
                                          "largely driven by demand for its Zeta servers"]
    assert pieces("Sales rose 12% to $3 billion, thanks to strong demand in Asia")[-1] == \
        "thanks to strong demand in Asia"
    # a phrase that is no cause stays with the figure
    assert pieces("Cloud revenue reached $8.4 billion, up 41%, the highest ever") == [
        "Cloud revenue reached $8.4 billion", "up 41%, the highest ever"]


@pytest.mark.parametrize("text", [
    "Acme will keep a 27% stake in Globex, valued at about $135 billion",
    "Acme holds a 10% interest, worth roughly $2 billion",
    "Acme sold its 5% holding in Globex, valued at $3 billion",
])
def test_the_value_of_a_stake_told_after_a_comma_stays_with_the_stake(text: str) -> None:
    """The worth set off after a holding is the holding's: cut off, "valued at about $135
    billion" was read with the clause's subject, as what Acme itself is worth."""
    assert pieces(text) == [text]


def test_a_value_after_a_sum_raised_is_still_a_statement_of_its_own() -> None:
    assert pieces("Acme raised $40 billion, valued at $300 billion") == [
        "Acme raised $40 billion", "valued at $300 billion"]


@pytest.mark.parametrize(("before", "text", "said"), [
    # chipmakers' real news: "forecasts revenue of $X and adjusted EPS of Y for the current
    # quarter" gave "Acme adjusted EPS of Y", a forecast read as a result
    ("Acme forecasts revenue of $13.3 billion", "and adjusted EPS of 8 cents for the quarter",
     "Acme forecasts adjusted EPS of 8 cents for the quarter"),
    ("Globex expects sales of about $9.6 billion", "and a gross margin of 54.5%",
     "Globex expects a gross margin of 54.5%"),
    # a second object of a verb that tells a result keeps its own reading
    ("Acme reported revenue of $13.7 billion", "and net income of $4.1 billion", None),
    # a part with a verb of its own is a statement of its own
    ("Acme expects revenue of $13.3 billion", "and raised its dividend to 65 cents", None),
])
def test_a_second_object_of_a_forecast_verb_is_forecast_too(
        before: str, text: str, said: str | None) -> None:
    assert forecast_object(before, text) == said


@pytest.mark.parametrize("text", [
    # chipmakers' real news: "7-nanometer and smaller processes made up three-quarters of
    # wafer revenue" was cut after "7-nanometer", a part with no statement of its own
    "Chips made on 7-nanometer and smaller processes gave roughly three-quarters of revenue",
    "Nodes of 5 nm or below brought in 60% of sales",
])
def test_and_a_comparative_after_a_figure_is_its_range_not_a_new_statement(text: str) -> None:
    assert pieces(text) == [text]


def test_and_before_a_figure_of_its_own_still_divides() -> None:
    assert pieces("Acme sold 7 million phones and Globex sold 5 million tablets") == [
        "Acme sold 7 million phones", "Globex sold 5 million tablets"]


def test_a_change_in_points_and_the_percentage_it_reached_are_two_statements() -> None:
    text = "Its gross margin rose 3 percentage points to 75% in the quarter"
    spans = [(text.index("3 percentage points"), text.index(" to 75%")),
             (text.index("75%"), text.index("75%") + 3)]
    assert [text[a:b] for a, b in figure_segments(text, spans)] == [
        "Its gross margin rose 3 percentage points", "to 75% in the quarter"]
