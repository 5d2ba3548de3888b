"""Where a name takes part in a deal as its counterparty: the slot after a word of investing,
buying, raising or suing ("invested $1 billion in Hooli", "a stake in G42", "acquired X").

Why: a name after "in" or "from" mostly locates ("in San Jose"), and a capital with digits
mostly numbers a model ("the H100"); after a deal's word it is the party the money or the
deal went to or came from. The store must know that party before the claim is confirmed:
"Microsoft invested $1 billion in G42" is not Microsoft's investment in OpenAI. Must not:
read a place as a party (a place is one wherever it stands), or judge anything.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import lazy

# A word of a deal, then up to five words (its figure, "another", "a 49%") and the
# preposition that opens its counterparty: "invested $1 billion in", "a stake in",
# "raised $6 billion from", "its acquisition of", "a merger with".
_DEAL_WORDS = (r"invest(?:s|ed|ing|ments?|or|ors)?|stakes?|bets?|raised|raises|raising|"
               r"funding|backing|acquisitions?|purchases?|takeovers?|buyouts?|mergers?|"
               r"merged|merges|bids?|offers?")
_SLOT_AFTER_WORD = gated(lazy(rf"\b(?:{_DEAL_WORDS})\b(?:\s+[^\s,;:]+){{0,5}}?\s+"
                              r"(?:in|into|from|of|for|with)\s+(?:the\s+)?$", re.IGNORECASE))
# A verb whose object is the counterparty itself: "acquired X", "backed G42", "sued X".
_SLOT_AFTER_VERB = gated(lazy(
    r"\b(?:acquir(?:e|es|ed|ing)|buy|buys|buying|bought|purchas(?:e|es|ed|"
    r"ing)|back|backs|backed|backing|fund|funds|funded|funding|sue|sues|"
    r"sued|suing|took\s+over|take\s+over|takes\s+over|invested\s+in|"
    r"invests\s+in|invest\s+in|investing\s+in)\s+$", re.IGNORECASE))
# What may follow a code that stands alone as a name ("in G42 in 2019", "acquired X for
# $33 billion", "backed G42."); any other word after it is a noun it numbers ("H100 chips").
_ALONE_AFTER = lazy(r"\s*(?:$|[,;:.)!?]|(?:in|for|at|on|and|or|from|with|as|last|this|"
                    r"earlier|which|that|after|before|during|worth|valued|when|while|"
                    r"through|to|by|since|was|is|has|had|said|says)\b)", re.IGNORECASE)


def party_slot(before: str) -> bool:
    """Does the text ``before`` a name end where a deal names its counterparty?"""
    return bool(_SLOT_AFTER_WORD.search(before) or _SLOT_AFTER_VERB.search(before))


def code_as_party(before: str, after: str) -> bool:
    """Is a code-like word ("X", "G42") between ``before`` and ``after`` a party's name:
    in a counterparty's slot, standing alone rather than numbering the noun after it?"""
    return party_slot(before) and _ALONE_AFTER.match(after) is not None
