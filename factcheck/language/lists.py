"""A list and the lead-in line over it.

Owns: telling a list item from prose by its mark ("• ", "- ", "* ", "1. "), and the short
line ending in a colon that leads in the list under it ("Data Center segment:", "Fourth
quarter highlights:"), or a short heading right over the list ("Data Center Segment"): an
item that names no one gives a measure of what the lead-in names
("- Revenue $3.9 billion" under "Data Center segment:" is the segment's revenue). Must not:
know the store or judge; a lead-in holds only over the list items right under it, and a
label that names nothing ("Key Metrics") leads in nothing.
"""

from __future__ import annotations

import re

# A list item's mark: a bullet, a dash or a star, or a number with a stop or a bracket.
MARK = r"(?:[\u2022\u00b7\u25aa\u2023\u25e6*\u2013-]|\d{1,2}[.)])"
_MARKED = re.compile(rf"\s*{MARK}\s+")
# A lead-in: a few words, no figure, and a colon that ends the line.
_LEAD_IN = re.compile(r"\s*(?P<lead>[A-Za-z][^\n:\d$%]{2,60}?)\s*:\s*")
MAX_LEAD_WORDS = 6
# A heading that may lead in the list under it: words alone, no figure, no sentence's end.
_HEADING = re.compile(r"\s*[A-Za-z][^\n:\d$%.!?]{2,60}\s*")
# The words of a label that names nothing an item's figure is of ("Key Metrics", "Main
# takeaways", "Results at a glance"): set before an item it would read as its subject.
_LABEL_WORDS = frozenset("""
    key main top quick the a at by of in and & glance highlights highlight metrics metric
    figures numbers results result takeaways takeaway points point facts summary overview
    snapshot details stats statistics financial financials what to know
    """.split())


def _names_nothing(lead: str) -> bool:
    return all(w in _LABEL_WORDS for w in re.findall(r"[\w&]+", lead.lower()))


def list_lead(block: str, current: str, heading: bool = False) -> str:
    """The lead-in that holds over the block after ``block``: ``current`` while ``block``
    is an item of its list, the block's own words when it is a lead-in line (or a short
    ``heading`` of a few words and no figure: "Data Center Segment" over its list), else
    none."""
    if _MARKED.match(block):
        return current
    if heading and _HEADING.fullmatch(block) and len(block.split()) <= MAX_LEAD_WORDS:
        return "" if _names_nothing(block) else " ".join(block.split())
    m = _LEAD_IN.fullmatch(block)
    if m is None or len(m.group("lead").split()) > MAX_LEAD_WORDS or \
            _names_nothing(m.group("lead")):
        return ""
    return m.group("lead")


def strip_mark(text: str) -> str:
    """``text`` without the list mark it opens with, if any."""
    m = _MARKED.match(text)
    return text[m.end():] if m else text
