"""Words that read like an event's cue but tell no event.

Owns: the phrases whose verb or noun a fact's cue would meet though nothing happens to the
claim's subject: a place bought ("acquired a property" acquires no company), a point of
the calendar ("at the start of 2023" starts nothing, "by the end of the quarter" ends
nothing), a time told from an event ("post-split holdings", "pre-IPO
shares"; "pre-money" and "pre-tax" are measures' words and stay), a sum a series starts with
("starting with $1.25 billion" founds nothing), an activity begun ("started selling
Claude", "began to ship"), a document called a release ("the earnings release"), being a
part of something ("forms part of a push" forms nothing) and a group named by the agent
noun of a deal's act ("some investors", "buyers of the shares").
``matching`` keeps these words out of reach of the cues. Must not: read the store or
decide a verdict.
"""

from __future__ import annotations

import re

from ..language.lexicon import lazy

_NOT_EVENTS = re.compile(r"\bthe\s+(start|beginning|end|middle|close|turn)\s+of\b|"
                         r"\b(starting|beginning)\s+(?:with|at|from)\b|"
                         r"\b(start(?:ed|s|ing)?|beg[au]n|begins?)\s+(?:to\s+[a-z]+|[a-z]+ing)\b|"
                         r"\b(?:post|pre)-(split|merger|deal|acquisition|takeover|ipo|listing|"
                         r"launch|closing|announcement|transaction)\b|"
                         # a document, not a product's release: "said in the earnings release"
                         r"\b(?:earnings|press|news|results|media)\s+(releases?)\b|"
                         # being a part, not founding one: "the deal forms part of a push"
                         r"\b(form(?:s|ed|ing)?)\s+(?:a\s+)?(?:key\s+|central\s+|an\s+"
                         r"important\s+)?part\s+of\b|"
                         # a place bought, not a company: "acquired a 1-million-square-foot
                         # property", "the purchase of the land"
                         r"\b(acquir(?:e|es|ed|ing)|bought|buys?|buying|purchas(?:e|es|ed|ing)|"
                         r"acquisition|purchase)\s+(?:of\s+)?(?:an?|the|its|another)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:property|properties|land|site|building|"
                         r"campus|facility|factory|plant|warehouse|offices?|headquarters|"
                         r"parcel|acres)\b|"
                         # an attempt, not an offer for a company: "his bid to block"
                         r"\b(bids?)\s+to\s+(?!(?:buy|acquire|purchase|take|gain|win|own|"
                         r"control|merge|seize)\b)[a-z]+",
                         re.IGNORECASE)


# A group named by the agent noun of a deal's act ("some investors", "buyers of the
# shares", "OpenAI's backers"): people who invest, not the party a record has invest. Told
# of a party it is the party's act ("Nvidia, an investor in xAI", "investors include Nvidia",
# "came in as strategic investors", "are the other initial equity investors").
_AGENTS = re.compile(r"\b(investors|backers|buyers|sellers|lenders|funders|acquirers|bidders|"
                     r"purchasers)\b", re.IGNORECASE)
_TOLD_OF_A_PARTY_AFTER = lazy(r"^\W*(?:\w+\W+){0,3}?(?:include[sd]?|including|such\s+as|"
                                    r"like)\b|^\s*[,:(\u2014-]\s*[A-Z]")
_TOLD_OF_A_PARTY_BEFORE = lazy(r"\b(?:as|is|are|was|were|be|been|become|becomes|became|"
                                     r"remain|remains|remained|among|other|its|their|his|her|"
                                     r"with|and|of)\b(?:\W+\w+){0,4}\W*$", re.IGNORECASE)


# The group opening a clause of its own after "and", its verb next: "... on Thursday and
# investors were pleased", "and some investors fled the stock" (but "Nvidia and other
# investors put in $6 billion" lists a party with them).
_OWN_CLAUSE_BEFORE = lazy(r"\band\s+(?:some\s+|many\s+|most\s+)?$", re.IGNORECASE)
_OWN_CLAUSE_AFTER = lazy(r"^\s+(?:were|are|was|is|have|had|seemed|appeared|cheered|welcomed|"
                         r"fled|sent|pushed|reacted|responded|worried|balked|shrugged|"
                         r"remain(?:ed)?|seem|appear)\b", re.IGNORECASE)


def _group(text: str, found: re.Match[str]) -> bool:
    """Is the agent noun at ``found`` a group of people, told of no party?"""
    before = text[max(0, found.start() - 60):found.start()]
    if _OWN_CLAUSE_BEFORE.search(before) and _OWN_CLAUSE_AFTER.match(text[found.end():]):
        return True
    return not _TOLD_OF_A_PARTY_AFTER.search(text[found.end():found.end() + 60]) and \
        not _TOLD_OF_A_PARTY_BEFORE.search(before)


def not_event_words(text: str) -> list[int]:
    """Where in ``text`` each word stands that tells no event (its offset)."""
    return [m.start(m.lastindex or 1) for m in _NOT_EVENTS.finditer(text)] + [
        m.start() for m in _AGENTS.finditer(text) if _group(text, m)]
