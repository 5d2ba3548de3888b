"""What a claim whose figures only name what it speaks of asserts of it.

Owns: finding, for a claim supported by its figures, when every figure stands in a short
subject before the verb the clause asserts ("OpenAI's $6.6 billion round was
oversubscribed tenfold", "The $500 billion venture has stalled") and no fact behind the
support holds what the predicate says; and when every figure is restated from what was told
before ("will also pay the same amount for more claims") and a word the claim adds after it
is held by no fact. Why: the figure is right and every name is checked, but it only says
which thing the sentence is about; what the sentence asserts of it is another thing the
store does not record. Such a claim is left unverified with the words the store does not
hold. (Causes and purposes closing a clause, "due to strong demand for
Blackwell", are true as often as not in real reports: not read here.) Must not: judge
figures or dates, or decide the verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..language.scope import main_verb_at
from ..model import Claim, Fact, Kind
from .predicate import LIGHT, UNSAID_SHARE, content_words, held_in

Names = Callable[[str], tuple[str, ...]]

MIN_WORDS = 2  # unheld content words of the part that leave the claim unchecked
SUBJECT_WORDS = 6  # a subject that holds the figure is a short noun phrase ("its $6.6B round")


def point_beside(claim: Claim, facts: Sequence[Fact], names: Names) -> list[str]:
    """The words of the predicate the facts do not hold, when every figure of the claim
    stands in its short subject and they are enough to say the claim asserts another thing
    than the facts; an empty list otherwise."""
    text = claim.standalone
    spans = [q.span for q in claim.quantities if q.span is not None and
             q.kind not in (Kind.YEAR, Kind.DATE)]
    if not spans or not facts:
        return []
    holds = held_in(facts, names)
    figures = [q.text for q in claim.quantities if q.text and q.kind not in (Kind.YEAR, Kind.DATE)]
    if figures and not any(f in claim.text for f in figures):
        # every figure restated from what was told before ("will pay the same amount for
        # more claims"): it names what was told; what the claim adds after it is asserted
        rest = text[max(s.end for s in spans):]
        words = {s: w for s, w in content_words(claim, names, rest).items() if s not in LIGHT}
        return [w for s, w in words.items() if not holds(s)]
    verb = main_verb_at(text)
    if verb <= 0 or any(s.end > verb for s in spans) or \
            len(text[:verb].split()) > SUBJECT_WORDS:
        return []
    words = {s: w for s, w in content_words(claim, names, text[verb:]).items() if s not in LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    return missing if len(missing) >= MIN_WORDS and \
        len(missing) >= UNSAID_SHARE * len(words) else []
