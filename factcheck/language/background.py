"""The names a sentence gives only in the background of what it tells, and its topic.

Owns: which names of a sentence stand only as the standard its subject is set against ("has
emerged as a rival to Globex", "one of Globex's fiercest rivals", "a counterweight to
Initech") or inside a relative clause set off by a comma on another name ("Initech, which
had bought Hooli the year before"). News goes on with the foreground: "the startup" or "the
lab" after such a sentence is its subject or object, not the name mentioned last in passing;
and after a sentence that opens on its topic ("For Acme, it is a familiar playbook"), that
topic. Must not: choose a referent (``referents.py`` and ``discourse.py`` ask here) or read
the store.
"""

from __future__ import annotations

from .lexicon import lazy

# The nouns of rivalry and contrast: the name they take is a measure, not a party.
_RIVALRY = r"(?:rivals?|competitors?|challengers?|counterweight|counterweights|foes?|" \
    r"opponents?|alternatives?|answer)"
# "a rival to Globex", "a counterweight to Initech", "an alternative to Globex's chatbot"
_STANDARD_BEFORE = lazy(rf"\b{_RIVALRY}\s+(?:to|of|for|against)\s+(?:the\s+)?$")
# "Globex's fiercest rivals", "one of Globex's main competitors"
_STANDARD_AFTER = lazy(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_RIVALRY}\b")
_POSSESSIVE_END = lazy(r"['’]s$")
# A relative clause set off by a comma after a name: ", which had bought", ", who runs".
_RELATIVE = lazy(r",\s*(?:which|who)\s")
# What ends it: a comma, a dash, a semicolon, a bracket or the sentence's end.
_RELATIVE_END = lazy(r"[,;:()]|\s[—–-]{1,2}\s|[.!?](?:\s|$)")
# What each rivalry noun holds: a sentence without one has no standard (most sentences; its
# names were each looked at with three patterns, twice).
_RIVALRY_STEMS = ("rival", "competitor", "challenger", "counterweight", "foe", "opponent",
                  "alternative", "answer")


def _rivalry_in(sentence: str) -> bool:
    return any(map(sentence.__contains__, _RIVALRY_STEMS))


def _standard(sentence: str, start: int, end: int) -> bool:
    """Is the name at ``start``-``end`` the standard of a rivalry noun?"""
    if _STANDARD_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    at = end - 2 if _POSSESSIVE_END.search(sentence, max(0, end - 2), end) else end
    return _STANDARD_AFTER.match(sentence, at) is not None and sentence[at:at + 2] in (
        "'s", "’s")


def _relative_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of the relative clauses a comma sets off after a word."""
    spans = []
    for found in _RELATIVE.finditer(sentence):
        stop = _RELATIVE_END.search(sentence, found.end())
        spans.append((found.end(), stop.start() if stop else len(sentence)))
    return spans


def standards(sentence: str, named: list[tuple[int, int, str]]) -> frozenset[str]:
    """The entities of ``named`` ((start, end, entity) in ``sentence``) that the sentence
    names only as a rivalry's standard: a description later in it is not one of them."""
    if not _rivalry_in(sentence):
        return frozenset()
    return _only(named, [_standard(sentence, s, e) for s, e, _ in named])


def background(sentence: str, named: list[tuple[int, int, str]]) -> frozenset[str]:
    """The entities of ``named`` that the sentence gives only in its background: each of
    their names a rivalry's standard or inside a relative clause on another name (which
    a description inside the sentence may still mean: "Roe, who co-founded Acme, is suing
    the Widget maker")."""
    relatives = _relative_spans(sentence) if "," in sentence else []
    rivalry = _rivalry_in(sentence)
    return _only(named, [rivalry and _standard(sentence, s, e) or
                         any(a <= s < b for a, b in relatives) for s, e, _ in named])


def _only(named: list[tuple[int, int, str]], passing: list[bool]) -> frozenset[str]:
    """The entities every name of which is ``passing``."""
    behind = {e for (_, _, e), p in zip(named, passing, strict=True) if p}
    return frozenset(behind - {e for (_, _, e), p in zip(named, passing, strict=True)
                               if not p})


# A sentence that opens on its topic: "For Acme, it is a familiar playbook", "As for
# Globex, ...".
_FRONTED = lazy(r"\s*(?:For|As\s+for)\s+")


def fronted(sentence: str, named: list[tuple[int, int, str]]) -> str | None:
    """The entity a sentence opens on as its topic ("For Acme, ..."): what the next one goes
    on with, whatever else it names."""
    lead = _FRONTED.match(sentence)
    return next((e for s, end, e in named if lead and s == lead.end() and
                 sentence[end:end + 1] == ","), None)
