"""What a figure counts: the noun after a count's number, and when it is no count.

Owns: ``count``, the quantity a match of the count pattern (``quantities``) stands for: the
plural noun that ends what is counted ("208 billion transistors spread over two dies"), a
sum whose currency sign is unwritten ("a 30 billion-dollar fund"), and the numbers that
count nothing ("a threat", "one of the biggest", "the four founders", "2025 results").
Must not: find figures in a text (``quantities``) or parse numbers (``numbers``).
"""

from __future__ import annotations

import re

from ..model import Kind, Quantity, Span
from .numbers import YEAR, scale_of

# What a period reports, dated by the year before it and never counted by it.
_REPORTS = frozenset("""results earnings financials figures numbers sales revenues profits
reports filings forecasts outlooks budgets targets""".split())
_NOT_COUNT_NOUNS = {
    "of", "in", "and", "or", "to", "the", "a", "an", "percent", "per", "times", "fold",
    "x", "years", "year", "months", "month", "days", "day", "weeks", "week", "on", "at",
    "for", "with", "by", "from", "as", "than", "that", "which", "who", "is", "was", "are",
    "were", "has", "have", "had", "will", "would", "it", "its", "this", "these",
    "last", "next", "earlier", "later", "ago",  # "Sept. 17 last year": a date, not a count
    "versus", "vs", "vs.", "against", "compared", "every", "each",  # a partner, a rate
    "just", "only", "already", "now",  # "400 million just last month": a time, no count
    # the next figure's qualifier: "a five-layer sunshield roughly 75 feet long"
    "roughly", "approximately", "nearly", "almost", "around", "about",
}
SINGLE_WORDS = {"one", "a", "an"}  # a lone one is no count: "a company", "one of them"

_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# What only a sum of money is: "valuation", "funding round", "market value", "-dollar fund".
_MONEY_NOUN = re.compile(r"(?:dollars?|valuation|market\s+(?:value|cap\w*)|revenue|sales|"
                         r"funding|investment|deal|acquisition|takeover|bid|round|loan|"
                         r"budget|profit|fund|stake|buyout)\b", re.IGNORECASE)


# "one million of Google's TPUs" counts the noun after the possessive (not "of its 90m users")
_OF_WHOSE = re.compile(r"of\s+(?:its|their|his|her|the\s+[a-z]+['’]s|(?:[A-Z][\w&.-]*\s+){0,2}"
                       r"[A-Z][\w&.-]*['’]s?)\s+(?P<noun>(?:[A-Za-z][\w-]*\s+){0,2}?"
                       r"[A-Za-z][\w-]*[^s\W']s)\b")


def count(groups: dict[str, str | None], number: float | None, text: str,
           m: re.Match[str]) -> Quantity | None:
    """The count (or unsigned sum) a match of the count pattern gives, None for none."""
    noun_text = groups["noun"] or ""
    first = noun_text.split()[0].lower()
    scale = scale_of((groups.get("scale") or "").strip())
    if first == "of" and number is not None and number * scale >= 1000 and (
            whose := _OF_WHOSE.match(m.string, m.start("noun"))):
        unit = " ".join(singular(w) for w in whose["noun"].lower().split())
        return Quantity(Kind.COUNT, number * scale, unit=unit, text=text,
                        span=Span(m.start(), whose.end()))
    if number is not None and scale >= 1e6 and _MONEY_NOUN.match(noun_text):
        # "a 3.4 trillion valuation", "a 30 billion-dollar fund": a sum, its sign unwritten
        end = m.start("noun") - (1 if m.string[m.start("noun") - 1] in " -" else 0)
        return Quantity(Kind.MONEY, number * scale, unit="USD",
                        text=m.string[m.start():end], span=Span(m.start(), end))
    if number is None or first in _NOT_COUNT_NOUNS or first.startswith(
            ("percent", "trillion", "billion", "million", "dollar")):
        return None
    raw = (groups["num"] or "").strip().lower()
    if set(raw.split()) <= SINGLE_WORDS or raw.isalpha() and not plural_ahead(noun_text):
        return None  # "one of the biggest", "a threat", "a one-off charge": not counts
    if raw.isalpha() and _THE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return None  # "the four founders", "the two newcomers": parties named, not a count
    if re.fullmatch(YEAR, raw) and (singular(first) == first or first in _REPORTS):
        return None  # "2025 results", "Fiscal 2025 Earnings", "2024 gross margin": a year
    words: list[str] = []
    for word in noun_text.split():
        if word.lower() in _NOT_COUNT_NOUNS:
            break
        words.append(word)
        if singular(word.lower()) != word.lower() and not word.lower().endswith("ics"):
            break  # the plural noun ends it: "208 billion transistors spread over two dies"
    noun_text = " ".join(words)
    unit = " ".join(singular(w) for w in noun_text.lower().split())
    return Quantity(Kind.COUNT, number * scale, unit=unit, text=text,
                    span=Span(m.start(), m.start("noun") + len(noun_text)))


def counts_nothing(m: re.Match[str]) -> bool:
    """Does a match of the count pattern (over the text or the text lowered) give a lone
    "a", "an" or "one" with no scale word: "a company", "one of the biggest"? ``count``
    reads none of them as a count (a scale makes one a figure: "a million users")."""
    return not (m["scale"] or "").strip() and set(m["num"].lower().split()) <= SINGLE_WORDS


def plural_ahead(noun_text: str) -> bool:
    """Does a plural noun follow, perhaps after an adjective or two? A number word counts
    one ("eighteen hexagonal segments"); "one of the biggest" or "ten in a row" do not."""
    for word in noun_text.lower().split()[:5]:
        if word in _NOT_COUNT_NOUNS:
            return False
        if word.endswith("s"):
            return True
    return False


def singular(word: str) -> str:
    """The singular of a plural noun ("users", "companies"), else the word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
