"""Descriptions of things the article gives no name the store knows.

Owns: telling a description that names a thing of its own from one that points back to a
name: "a company" brought in without a name ("Roe ran a company that needed widgets"), after
which "the company" is that company, no one named before, as after a name the store
lacks described as a firm ("Zorblax AI, a start-up backed by Acme,"); and a product's noun
after a name the store does not know ("the Zephyr chip", "the Ampere architecture"), which is that
product. Also the modifiers a description may hold before its noun. Must not: resolve a
description (``discourse.py``, ``referents.py``) or read the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .markers import PREDICATIVE
from .places import is_people, is_place

# Up to three modifiers before the noun, never a function word: in "at the time that the
# startup's", "the time that" is no description of the startup.
MODIFIER = (r"(?:(?!(?:the|a|an|that|this|these|those|of|which|who|and|or|but|to|in|on|at|"
            r"for|by|with|from|as|is|was|are|were|has|had|have|its|their)\b)[\w.&'’-]+\s+){0,3}?")
# An indefinite description ("a company", "an AI startup"), and what tells that it is a
# name's: one follows ("a company called Acme", "a company, Acme,"), or it follows one (",
# a company of", ", now a").
_INDEFINITE = re.compile(rf"\b[Aa]n?\s+(?P<mod>{MODIFIER})$")
_NAMED_AS = re.compile(r"\s*(?:,\s*|\s+(?:called|named|dubbed|known\s+as)\s+)(?:the\s+)?[A-Z]")
_APPOSED = re.compile(r"(?:^|,)\s*(?:now\s+|once\s+|also\s+|still\s+)?$")
# The capitalised word right before a description's noun: "the Zephyr chip".
_TITLE_WORD = re.compile(r"\b([A-Z][a-z][\w-]*)\s+$")

Named = Sequence[tuple[int, int, str]]  # (start, end, entity id) of each name in a sentence


def brings_in(sentence: str, found: re.Match[str], named: Named) -> bool:
    """Does the descriptor noun ``found`` (group ``noun``, ``poss``) bring in a thing without
    a name: "a company" that no name follows ("a company called Acme", "a company, Acme,",
    "a fund backed by Acme and Globex" in its clause), that says what no name is ("Acme is
    a company", "Acme, a company of ..."), and that opens no sentence (a headline's "A new
    fund that ...")?"""
    intro = _INDEFINITE.search(sentence, max(0, found.start() - 60), found.start())
    return not (intro is None or found.group("poss") or _NAMED_AS.match(sentence, found.end())
                or PREDICATIVE.search(sentence, 0, intro.start())
                or _APPOSED.search(sentence, 0, intro.start()) or any(
                    s >= found.end() and not re.search(r"[,;:()]", sentence[found.end():s])
                    for s, _, _ in named))


# A name the store may lack, opening the sentence before a comma: "Zorblax AI, a ...".
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*,\s*$")


def unknown_firm_apposed(sentence: str, found: re.Match[str], named: Named) -> bool:
    """Is the firm's noun ``found`` (group ``noun``) in a description of a name the store
    lacks that opens the sentence ("Zorblax AI, a French start-up backed by Acme, raised
    ...")? That firm is what "the company" next means, never a name of its description."""
    intro = _INDEFINITE.search(sentence, max(0, found.start() - 60), found.start())
    opening = _OPENING_NAME.fullmatch(sentence, 0, intro.start()) if intro else None
    return opening is not None and found.group("noun").lower().split()[-1] in FIRM_NOUNS and \
        not found.group("poss") and not any(s < opening.end("name") for s, _, _ in named) \
        and not is_place(opening.group("name")) and not is_people(opening.group("name"))


def unnamed_nouns(sentence: str, found: re.Match[str], named: Named) -> tuple[str, ...]:
    """The nouns a thing ``found`` brings in goes by next: its noun and head noun when it
    has no name ("a new infrastructure fund ... the fund"), any firm's noun when its name
    is one the store lacks ("Zorblax AI, a start-up ... the company"); none otherwise."""
    noun = found.group("noun").lower()
    if brings_in(sentence, found, named):
        return noun, noun.split()[-1]
    return (noun, *FIRM_NOUNS) if unknown_firm_apposed(sentence, found, named) else ()


def own_name_before(sentence: str, named: Named, start: int, noun_at: int) -> bool:
    """Is the word right before a description's noun (``start``-``noun_at``, after its
    article) a name the store does not know ("the Ampere architecture")? A place or a
    people only says where a thing is from ("the American chip")."""
    word = _TITLE_WORD.search(sentence, start, noun_at)
    return not (word is None or word.start() == start or is_place(word.group(1)) or
                is_people(word.group(1)) or any(s <= word.start() < e for s, e, _ in named))


# A name the store lacks after a noun that says it is a firm: "AI chip startup Groq", "the
# chipmaker Cerebras", "rival Mistral".
_FIRM_NAMED = re.compile(r"\b(?:startup|start-up|company|firm|chipmaker|rival|competitor|"
                         r"lab|developer|provider)\s+(?P<name>[A-Z][\w&.-]*[A-Za-z0-9])")
# What a firm is referred back to with.
FIRM_NOUNS = frozenset({"company", "firm", "startup", "start-up", "business", "corporation",
                        "chipmaker", "lab", "group"})


def firm_unnamed_before(sentence: str, named: Named, start: int) -> bool:
    """Does a firm the store lacks, named after every name of the store before ``start``,
    stand before a description there ("Acme struck a deal with AI chip startup Groq, also
    hiring the company's founder")? The description may be that firm's, no name known."""
    last = max((e for s, e, _ in named if e <= start), default=0)
    return any(not any(s <= m.start("name") < e for s, e, _ in named) and
               not is_place(m.group("name")) and not is_people(m.group("name"))
               for m in _FIRM_NAMED.finditer(sentence, last, start))


# A firm described as the doer, before its verb: "The chip company announced ...", "A rival
# signed ..." (what a firm is called in news, with up to three modifiers before it).
_DESCRIBED_DOER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|startup|"
                             r"start-up|chipmaker|chip\s+maker|maker|group|giant|designer|"
                             r"manufacturer|business|corporation|rival|competitor|supplier)"
                             r"\s*,?\s*$")
# A verb that reports (its content names the subject) or a passive (the name after "by" acts).
_NOT_ITS_ACT = re.compile(r"(?:said|says|told|tells|reported|expects|believes|thinks|noted|"
                          r"(?:is|are|was|were|has been|have been|had been)\s+(?:\w+\s+)?"
                          r"\w+(?:ed|en|wn)\b)", re.IGNORECASE)


def described_doer(text: str, start: int, verb: int) -> str | None:
    """The description of a firm that ``text`` opens on (from ``start``) before its verb at
    ``verb`` ("the chip company" in "the chip company announced a deal with Acme"), when the
    verb tells its own act: the clause's doer is that firm, whom no name of the store names;
    the names after the verb are its partners. None otherwise."""
    if verb <= start or _NOT_ITS_ACT.match(text, verb):
        return None
    found = _DESCRIBED_DOER.fullmatch(text, start, verb)
    return text[start:verb].strip(" ,") if found else None
