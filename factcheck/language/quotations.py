"""A quotation of several sentences, told as one: its sentences and the frame they share.

Owns: finding, in what the sentence splitter returns as one sentence, a quotation that
holds several sentences of figures and is attributed outside its marks ('"Revenue was $9
billion, up 20%. Net income was $2 billion," the company said.', 'Acme said: "Revenue ...
Net income ..."'), where each of its sentences begins and ends, the span of the attribution,
and the period the quotation's first sentence opens with ("For the quarter, ...", "For
fiscal 2025, ..."): the frame every piece is read in. Each piece would otherwise lose the
speaker (whose figures they are) and the period (which figures they are) that only one of
them states. Must not: find names, read the store or cut clauses (``extract`` reads each
piece as a sentence in that frame).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .discourse import Discourse
from .lexicon import lazy
from .mentions import EntityFinder, with_descriptions
from .sentences import sentences
from .unknown_names import unknown_names

# The verbs that attribute a quotation: "the company said", "Acme added", "stated the firm".
_ATTRIBUTING = (r"said|says|stated|states|added|adds|noted|notes|told\s+[\w ]{1,30}?|wrote|"
                r"writes|explained|continued|announced|reported|remarked|commented")
# After the closing mark: ', the chipmaker stated on Wednesday.' (a few words, one verb).
_AFTER = re.compile(rf"\s*,?\s*(?P<who>(?:[^\s\"“”,.;:!?]+\s+){{0,6}}?"
                    rf"(?:{_ATTRIBUTING})\b(?:\s+[^\"“”;:!?]{{0,60}}?)?)\s*[.!]?\s*$")
# Before the opening mark: 'Acme said: ', 'In a statement, Acme said, '.
_BEFORE = re.compile(rf"(?:^|,\s*)(?P<who>(?:[^\s\"“”,.;:!?]+\s+){{0,6}}?"
                     rf"(?:{_ATTRIBUTING}))\s*[:,]?\s*$")
_OPEN, _CLOSE = "\"“", "\"”"
_MARK = re.compile("[\"“”]")  # either mark: found by the engine, not a loop over characters
# A figure: what makes a quotation's sentences worth reading apart.
_FIGURE = lazy(r"\d")
# The period a sentence of results opens with: "For the quarter, ", "For fiscal 2025, ",
# "In the fourth quarter, ", "For the full year, ".
PERIOD_LEAD = lazy(
    r"(?:For|In|During|Over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|full|latest|"
    r"fiscal|financial|calendar)[\s-]+)*(?:quarter|year|half|(?:19|20)\d\d|Q[1-4]|FY\s?\d{2,4})"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)?\s*,\s*")


@dataclass(frozen=True, slots=True)
class Quotation:
    """The pieces of one sentence that holds a quotation of several sentences: ``pieces``
    are (start, end) spans covering it, the quotation's sentences in order (the first takes
    what stands before the opening mark, the last the closing mark and what follows);
    ``speaker`` is the span of the attribution; ``leads`` the period each piece is read in
    when it tells none of its own: the one told last before it in the quotation, if any."""

    pieces: tuple[tuple[int, int], ...]
    speaker: tuple[int, int]
    leads: tuple[str, ...]


def quotation_pieces(sentence: str) -> Quotation | None:
    """The quotation of several sentences in ``sentence`` and its frame, or None when it
    holds no such quotation: one pair of marks around two or more sentences, at least two
    of them with a figure, attributed just before the opening mark or just after the
    closing one."""
    marks = [m.start() for m in _MARK.finditer(sentence)]
    if len(marks) != 2 or sentence[marks[0]] not in _OPEN or sentence[marks[1]] not in _CLOSE:
        return None
    opening, closing = marks
    before, after = sentence[:opening], sentence[closing + 1:]
    tail = _AFTER.fullmatch(after) if after.strip() else None
    head = _BEFORE.search(before) if before.strip() else None
    if (tail is None) == (head is None):
        return None  # no attribution, or both sides hold words (no plain frame)
    if head is not None and after.strip(" .") or tail is not None and before.strip():
        return None
    inner = sentences(sentence[opening + 1:closing])
    if len(inner) < 2 or sum(1 for s in inner if _FIGURE.search(
            sentence, opening + 1 + s.start, opening + 1 + s.end)) < 2:
        return None
    spans = [(opening + 1 + s.start, opening + 1 + s.end) for s in inner]
    # the opening mark is no word of the first piece when nothing stands before it
    spans[0] = (0 if head else spans[0][0], spans[0][1])
    spans[-1] = (spans[-1][0], len(sentence.rstrip()))
    speaker = (closing + 1 + tail.start("who"), closing + 1 + tail.end("who")) if tail \
        else (head.start("who"), head.end("who")) if head else (0, 0)
    leads: list[str] = []
    told = ""  # the period the quotation told last
    for s in inner:
        own = PERIOD_LEAD.match(sentence, opening + 1 + s.start)
        leads.append("" if own else told)
        told = own.group(0) if own else told
    return Quotation(tuple(spans), speaker, tuple(leads))


# An officer of the story's company, named with the title alone: "chief financial officer
# Jane Roe said", "the company's chief executive, Jane Roe, said".
_OFFICER = lazy(r"\b(?:chief|CEO|CFO|COO|CTO|president|chair(?:man|woman)?|founder|"
                r"co-founder|executive|officer|spokes(?:person|man|woman)|head\s+of|"
                r"vice\s+president|director)\b", re.IGNORECASE)


# A speaker named by a role outside the story's company: "an analyst said", "a rival
# executive said", "a person familiar with the matter said".
_OUTSIDER = lazy(r"\b(?:analysts?|rivals?|competitors?|critics?|investors?|observers?|experts?|"
                 r"economists?|sources?|familiar|insiders?|lawyers?|regulators?|officials?)\b",
                 re.IGNORECASE)
_PRONOUN = lazy(r"\b(?:he|she|it|they)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Frame:
    """What a piece of a quotation is read in: ``speaker`` (entity id and name; an id of ""
    for one the store does not know) whose figures a piece that names no one gives, the
    ``period`` an earlier piece told, and the ``voice``, a person the store does not know
    who said it for the story's subject and is not what it is about."""

    speaker: tuple[str, str] | None = None
    period: str = ""
    voice: str | None = None


def quotation_frames(sentence: str, quotation: Quotation, finder: EntityFinder,
                     context: Discourse) -> list[Frame]:
    """Each piece's frame: the organisation the attribution names first (the one a person
    named there acts for, when the store gives one), and the piece's period. A speaker the
    store does not know, or a person acting for several organisations or none, is a subject
    no fact is about (("", name)): the pieces are theirs, not the story's subject's; but an
    officer named with a title alone speaks for the story's subject."""
    start, end = quotation.speaker
    attribution = sentence[start:end]
    found = with_descriptions(attribution, finder, context)
    names = unknown_names(attribution, [], sentence_start=False) if not found else []
    pronoun = _PRONOUN.search(attribution) if not found and not names else None
    # "..., she said": whom the pronoun points at, a name the store may not know
    told = context.resolve(pronoun.group(0).lower(), leading=True) if pronoun else None
    entity = finder.entities.get(found[0].entity if found else told[0] if told else "")
    speaker: tuple[str, str] | None = None
    voice = None
    if entity is not None and entity.kind == "person":
        kept = [finder.entities[a] for a in entity.affiliations if a in finder.entities]
        speaker = (kept[0].id, kept[0].name) if len(kept) == 1 else ("", entity.name)
    elif entity is not None:
        speaker = (entity.id, entity.name)
    elif told:
        speaker = ("", told[1])
    elif len(names) == 1 and _OFFICER.search(attribution):
        speaker, voice = context.topic(), names[0]
    elif names:
        speaker = ("", names[0])
    elif _OUTSIDER.search(attribution):
        speaker = ("", attribution)  # "an analyst said": no one whose figures the store has
    return [Frame(speaker, lead, voice) for lead in quotation.leads]
