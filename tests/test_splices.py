"""Splices: a headline is short and ends with no stop."""

from __future__ import annotations

import pytest

from factcheck.language.splices import headline


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Raises $5 Billion in New Round", True),
    ("Acme Raises $5 Billion.", False),
    ('Acme said "we grew."  ', False),  # a stop inside closing quotes, blanks after
    ("Did Acme grow (again)?\n", False),
    ("Acme grew (a lot) ", True),  # a bracket closes, no stop before it
    ('Acme grew. "', True),  # a blank between the stop and the quote: no stop at its end
    ("", True),
    ("Acme " * 30, False),  # too long for a headline
])
def test_a_headline_is_short_and_ends_without_a_stop(text: str, expected: bool) -> None:
    assert headline(text) is expected
