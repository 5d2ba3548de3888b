"""Cutting a clause between its figures: one statement per figure, changes kept whole."""

from __future__ import annotations

from factcheck.language.figures import figure_segments, level_restated
from factcheck.language.quantities import find_quantities


def pieces(text: str) -> list[str]:
    figures = [(q.span.start, q.span.end) for q in find_quantities(text) if q.span]
    return [text[a:b] for a, b in figure_segments(text, figures)]


def test_a_possessive_noun_phrase_after_a_preposition_is_a_statement_of_its_own() -> None:
    assert pieces("SoftBank put about $500 million into OpenAI's $6.6 billion funding round") \
        == ["SoftBank put about $500 million into", "OpenAI's $6.6 billion funding round"]


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


def test_a_level_after_its_rate_is_said_with_what_it_is_a_level_of() -> None:
    assert level_restated("Revenue rose 78%", "to $39.3 billion") == \
        "Revenue rose to $39.3 billion"
    assert level_restated("Revenue was $39.3 billion", "and 78% of it") is None
