"""Prose blocks of a plain or Markdown article: datelines, headings, noise and the title.

Owns: telling a dateline, a heading, a title or a noise line from prose among line blocks,
and parsing the dates such lines and metadata hold. Shared by ``documents`` and ``markdown``,
which both classify blocks. Must not: read files or blank markup.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Block, Span

_DATE_LINE = [
    # "03/25 2025", "03/25/2025", "25/03/2025"
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.\s]\s*(\d{4})\s*$"), "mdy"),
    (re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$"), "ymd"),
    (re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\s*$"), "Mdy"),
    (re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$"), "dMy"),
]
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_dateline(line: str) -> dt.date | None:
    """The date a line consists of ("03/25 2025", "March 25, 2025"), or None."""
    for pattern, order in _DATE_LINE:
        m = pattern.match(line)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "mdy":
                month, day = int(a), int(b)
                if month > 12:
                    month, day = day, month
                return dt.date(int(c), month, day)
            if order == "ymd":
                return dt.date(int(a), int(b), int(c))
            if order == "Mdy":
                return dt.date(int(c), _MONTHS[a[:3].lower()], int(b))
            return dt.date(int(c), _MONTHS[b[:3].lower()], int(a))
        except (ValueError, KeyError):
            return None
    return None


# A wire story's first paragraph opens with its dateline: "TOKYO, Jan. 23, 2025 (Reuters) —".
_OPENING = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?,"
                      r"\s*([A-Za-z]{3,9}\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-z]{3,9} \d{4})"
                      r"\s*(?:\([^()]{1,30}\))?\s*(?:—|–|--| - )")


def opening_date(line: str) -> dt.date | None:
    """The date of a dateline that opens a paragraph, or None."""
    m = _OPENING.match(line)
    return parse_dateline(m.group(1)) if m else None


def parse_iso_date(value: object) -> dt.date | None:
    """A date from metadata: a date, a datetime, or an ISO-like string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
        return parse_dateline(value)
    return None


def line_blocks(text: str, start: int, end: int) -> list[Block]:
    """One prose block per non-blank line of ``text[start:end]``."""
    blocks = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group(0)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            s = start + m.start() + lead
            blocks.append(Block(Span(s, start + m.start() + len(line.rstrip())), "prose"))
    return blocks


_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+|[A-Z])[.)]\s+\S")
_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def classify_blocks(text: str, blocks: list[Block]) -> tuple[list[Block], str | None,
                                                           dt.date | None]:
    """Mark datelines, headings, noise and the title among plain prose blocks."""
    out: list[Block] = []
    title: str | None = None
    date: dt.date | None = None
    seen_prose = False
    for i, block in enumerate(blocks):
        line = text[block.span.start:block.span.end].strip()
        words = line.split()
        kind = block.kind
        if kind != "prose":
            out.append(block)
            continue
        line_date = parse_dateline(line)
        if line_date and not seen_prose:
            date = date or line_date
            kind = "dateline"
        elif line_date or re.fullmatch(r"[\d\W_]+", line):
            kind = "noise"  # page numbers, counters, rules: nothing to read
        elif _HEADING_NUMBER.match(line) and len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "heading"
        elif not seen_prose and title is None and len(words) <= 18 and i + 1 < len(blocks) and (
                ":" in line or not _END_PUNCT.search(line)):
            kind = "title"
            title = line.rstrip(".")
        elif len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "heading"
        elif line.endswith("?") and len(words) <= 15:
            kind = "heading"  # a rhetorical question used as a section lead-in
        else:
            if not seen_prose and date is None:
                date = opening_date(line)  # "TOKYO, Jan. 23, 2025 — SoftBank said ..."
            seen_prose = True
        out.append(Block(block.span, kind))
    return out, title, date
