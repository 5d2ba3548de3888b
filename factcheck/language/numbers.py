"""Numbers written in words or digits.

Owns: turning "2.5", "11,600", "ten", "two and a half", "ninety-eight", "a hundred" into
floats, and the scale words that multiply them. Must not: know about money, percents or
claims (that is ``quantities.py``).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lazy

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Suffixes written straight after a figure ("$100bn", "11.6T", "$5B").
SUFFIX_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "B": 1e9,
    "bn": 1e9, "bln": 1e9, "t": 1e12, "T": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "a", "an", "and", "half", "quarter", "point"],
                        key=len, reverse=True))
# A run of number words: "two and a half", "ninety-eight", "one hundred and twenty". The run
# and the gaps in it are bounded: unbounded, every start inside "a a a ..." scans to its end
# and back (quadratic per pattern); no figure in words needs more than a dozen words.
MAX_NUMBER_WORDS = 12
WORDS_PATTERN = (
    r"(?:(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r"|an?|"
    r"half(?=[\s-]+an?[\s-]+(?:hundred|thousand|million|billion|trillion)\b))"
    r"(?:[\s-]{1,4}(?:" + _WORD + rf")){{0,{MAX_NUMBER_WORDS}}})"
)
# Every figure holds a digit or one of these words (a lone "a" or "an" is no number): a
# text with neither holds no figure, and the figure patterns need not look at it.
NUMBER_WORD_START = r"\b(?:" + "|".join(sorted(
    [*UNITS, *TENS, *SCALES, *FRACTIONS, "tenths", "quarters", "thirds", "fifths", "halves"],
    key=len, reverse=True)) + ")"
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SCALE_PATTERN = r"(?:hundred|thousand|million|billion|trillion)"
YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year written in digits


_WORD_BREAK = lazy(r"[\s-]+")


def parse_digits(text: str) -> float:
    return float(text.replace(",", ""))


def parse_words(text: str) -> float | None:
    """Value of a run of English number words, or None if it is not one.

    "two and a half" -> 2.5, "ninety-eight" -> 98, "a hundred" -> 100, "ten" -> 10.
    A lone "a"/"an" is not a number.
    """
    words = [w for w in _WORD_BREAK.split(text.lower().strip()) if w]
    if not words or all(w in ("a", "an", "and") for w in words):
        return None
    if "point" in words:  # "eleven point six" -> 11.6; digits after "point" are read one by one
        at = words.index("point")
        whole = parse_words(" ".join(words[:at]))
        rest = words[at + 1:]
        digits = []
        while rest and rest[0] in UNITS and UNITS[rest[0]] <= 9:
            digits.append(str(UNITS[rest.pop(0)]))
        if whole is None or not digits or any(w not in SCALES for w in rest):
            return None
        value = whole + float("0." + "".join(digits))
        for word in rest:  # "eleven point six trillion"
            value *= SCALES[word]
        return value
    total = 0.0
    current = 0.0
    seen_number = False
    i = 0
    while i < len(words):
        word = words[i]
        if word in UNITS:
            current += UNITS[word]
            seen_number = True
        elif word in TENS:
            current += TENS[word]
            seen_number = True
        elif word in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if i and words[i - 1] in FRACTIONS and nxt in SCALES:
                i += 1  # "half a trillion": the half of one, not one more
                continue
            if nxt in FRACTIONS:
                current += FRACTIONS[nxt]
                i += 2
                seen_number = True
                continue
            if nxt in SCALES:
                current += 1
            # otherwise an article inside "... and a half": handled at "half"
        elif word == "and":
            pass
        elif word in FRACTIONS:
            current += FRACTIONS[word]
            seen_number = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen_number = True
        else:
            return None
        i += 1
    if not seen_number:
        return None
    return total + current


MAX_DIGITS = 30  # more digits than any real figure has: refused, not read as infinity
_DIGITS = lazy(DIGITS_PATTERN)


@lru_cache(maxsize=4096)  # the same few figures and number words are read again and again
def parse_number(text: str) -> float | None:
    """Digits ("11,600", "2.5") or number words ("ten"); None when neither, or when the
    digits run past ``MAX_DIGITS`` (a float would read them as a huge or infinite value)."""
    stripped = text.strip()
    if _DIGITS.fullmatch(stripped):
        if sum(ch.isdigit() for ch in stripped) > MAX_DIGITS:
            return None
        return parse_digits(stripped)
    return parse_words(stripped)


def format_number(value: float) -> str:
    """A short human form: 11600000000000 -> "11.6T", 2.5 -> "2.5", 90 -> "90"."""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= scale:
            return f"{value / scale:.4g}{suffix}"
    if abs(value) >= 10_000:
        return f"{value:,.0f}"
    return f"{value:.4g}"


def scale_of(text: str | None) -> float:
    """The factor scale words or a suffix multiply a figure by: " billion", "bn", "T"."""
    if not text:
        return 1.0
    words = text.strip(" -").split()
    if len(words) == 1 and words[0] in SUFFIX_SCALES:  # "bn" in "$5 bn" as in "$5bn"
        return SUFFIX_SCALES[words[0]]
    factor = 1.0
    for i, word in enumerate(words):
        if i and word.lower() == words[i - 1].lower():
            continue  # "billion billion": a slip of copy, applied once
        factor *= SCALES.get(word.lower(), SUFFIX_SCALES.get(word, 1.0))
    return factor
