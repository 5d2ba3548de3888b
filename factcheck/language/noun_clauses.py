"""A noun phrase that carries a relative clause of its own: "the non-profit it was founded as",
"the company he co-founded", "the networking business it bought".

Owns: where such a phrase stands in a claim (character ranges). Why: the phrase names a
thing by what was done to it, taken as known; it is not what the claim asserts. "Altman is
restructuring OpenAI away from the non-profit it was founded as" asserts the restructuring;
the founding is the background that names what it moves away from, and a record of the
founding confirms nothing of the restructuring. After a copula the phrase is what the claim
says ("OpenAI is the company he co-founded"): it is then no background. Must not: read the
store or judge (``rules.attribution`` asks it which cues stand only in the background).
"""

from __future__ import annotations

import re

from .clause_words import is_verb_like
from .lexicon import lazy

# The determiner, up to three words of the noun, an optional "that"/"which", a pronoun as
# the clause's subject, its auxiliaries, and its verb (a participle or a common irregular
# past), with the particle the verb takes ("founded as", "set up by").
_NOUN_WITH_CLAUSE = lazy(
    r"\b(?:the|a|an|its|their|his|her)\s+(?P<noun>(?:[\w-]+\s+){0,3}?)(?:(?:that|which)\s+)?"
    r"(?:it|he|she|they)\s+(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?"
    r"(?:(?:also|first|originally|once|later|since)\s+)?"
    r"(?:[a-z-]+ed|built|made|set\s+up|began|begun|grew|won|led|ran|run|bought|sold|took)\b"
    r"(?:\s+(?:as|on|under|in|with|by|for|to|from|into|over))?", re.IGNORECASE)
# A copula right before the phrase: the phrase is then the claim's predicate.
_COPULA_BEFORE = lazy(r"\b(?:is|are|was|were|be|been|remains?|became|becomes)\s+$",
                      re.IGNORECASE)


def noun_clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of ``text`` holding a noun phrase with a relative clause of its
    own, except one a copula makes the claim's predicate."""
    if not any(p in text for p in (" it ", " he ", " she ", " they ")):
        return ()  # most claims: no clause with a pronoun for its subject
    return tuple((m.start(), m.end()) for m in _NOUN_WITH_CLAUSE.finditer(text)
                 if _COPULA_BEFORE.search(text[:m.start()]) is None and
                 not any(w.lower() in _NOT_NOUNS or is_verb_like([w])
                         for w in m.group("noun").split()))


# Words that join two clauses, not a noun to its own ("the deal and it closed in 2020"), and
# verbs of saying that report one ("the company said it acquired Globex").
_NOT_NOUNS = frozenset("""and but or nor while because when after before since as if so then
    than though although whereas where said says say told tells thinks believes hopes
    expects argues claims insists""".split())
