"""Prose blocks of a plain or Markdown article: datelines, headings, noise and the title.

Owns: telling a dateline, a heading, a title or a noise line from prose among line blocks,
and parsing the dates such lines and metadata hold. Shared by ``documents`` and ``markdown``,
which both classify blocks. Must not: read files or blank markup.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import MAX_YEAR, Block, Span

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
    date = _dateline(line)
    return date if isinstance(date, dt.date) else None


def impossible_date(line: str) -> bool:
    """Is the line written as a date that does not exist ("Feb 30 2025", "2025-13-01")?"""
    return _dateline(line) is False


def _dateline(line: str) -> dt.date | bool | None:
    """The date, False for a date-shaped line that names no real day, None otherwise."""
    for pattern, order in _DATE_LINE:
        m = pattern.match(line)
        if not m:
            continue
        a, b, c = m.groups()
        month_word = a if order == "Mdy" else b if order == "dMy" else ""
        if month_word and month_word[:3].lower() not in _MONTHS:
            return None  # "Chapter 3, 2025": not a date at all
        try:
            if order == "mdy":
                month, day = int(a), int(b)
                if month > 12:
                    month, day = day, month
                date = dt.date(int(c), month, day)
            elif order == "ymd":
                date = dt.date(int(a), int(b), int(c))
            elif order == "Mdy":
                date = dt.date(int(c), _MONTHS[a[:3].lower()], int(b))
            else:
                date = dt.date(int(c), _MONTHS[b[:3].lower()], int(a))
        except ValueError:
            return False
        return date if date.year <= MAX_YEAR else False
    return None


# A wire story's first paragraph opens with its dateline: "TOKYO, Jan. 23, 2025 (Reuters) —".
_OPENING = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?,"
                      r"\s*([A-Za-z]{3,9}\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-z]{3,9} \d{4})"
                      r"\s*(?:\([^()]{1,30}\))?\s*(?:—|–|--| - )")


def opening_date(line: str) -> dt.date | None:
    """The date of a dateline that opens a paragraph, or None."""
    m = _OPENING.match(line)
    return parse_dateline(m.group(1)) if m else None


def opening_date_text(line: str) -> str | None:
    """The date as written in a dateline that opens a paragraph ("Feb. 30, 2025"), or None."""
    m = _OPENING.match(line)
    return m.group(1) if m else None


def date_warning(written: str, where: str) -> str:
    """The article's warning for a date that does not exist."""
    return (f"{where}: '{written}' is not a real date; the article's date is unknown, so "
            "nothing is checked as outdated (pass --date)")


def parse_iso_date(value: object) -> dt.date | None:
    """A date from metadata: a date, a datetime, or an ISO-like string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if m:
            try:
                date = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
            return date if date.year <= MAX_YEAR else None
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
_HEADING_NUMBER_PREFIX = re.compile(r"^\s*(?:[IVXLC]+|\d+|[A-Z])[.)]\s+")
# A figure or a year: a line that holds one is checkable, whatever it looks like.
_FIGURE = re.compile(r"\d")


def holds_figure(line: str) -> bool:
    """Does a line that looks like a heading (or is marked as one) give a figure or a year?
    Then it is read as prose all the same: "# OpenAI raised $99 billion" is a claim. A
    section number ("2. Results") is no figure."""
    return _FIGURE.search(_HEADING_NUMBER_PREFIX.sub("", line)) is not None


# A byline: "By Jane Doe, Tech Correspondent | January 22, 2025", "By a staff reporter". Only
# names, titles and a date after "By": "By 2025, Acme will ..." is prose.
_NAMES = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al))*"
_WHEN = (r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|"
         r"\d{4}-\d{2}-\d{2})")
_BYLINE = re.compile(rf"^By\s+(?:{_NAMES}|(?:a|our)\s+staff\s+(?:reporter|writer|"
                     rf"correspondent)s?|staff(?:\s+reporters?|\s+writers?)?)"
                     rf"(?:\s*(?:,|\||·|•|—|–|-|\band\b)\s*(?:{_WHEN}|{_NAMES}))*\s*$")
# Lines a page repeats around every story: "Share this story", "Read more: ..."; and who
# made a picture or chart: "Image credit: ...", "Photo: ...", "Source: company filings".
_CHROME = re.compile(r"^(?:Share (?:this|on)\b|Read (?:more|next)\b|Related:|Related (?:stories|"
                     r"articles|coverage)\b|See also:|Subscribe\b|Sign up\b|Follow us\b|"
                     r"Click here\b|Advertisement$|(?:(?:Image|Photo|Picture|Chart|Graphic|"
                     r"Video) (?:credit|source)|Credits?|Sources?):)", re.IGNORECASE)
# A photographer's credit: "Jane Doe/Agency", "Jane Doe/Agency for The Daily; Ann Roe/BI",
# "Photo: Agency" (but "Photo: Rows of racks inside ..." is a caption), "Courtesy of Acme",
# "(Agency)".
_WORDS = r"(?:[A-Z]|[a-z](?=[A-Z]))[\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
_BY = rf"{_WORDS}(?: ?/ ?{_WORDS}(?: (?:for|via) (?:the )?{_WORDS})?)?"
_CREDIT = re.compile(rf"^(?:{_WORDS} ?/ ?{_WORDS}(?: (?:for|via) (?:the )?{_WORDS})?"
                     rf"(?:\s*[;|,]\s*{_BY})*|(?:Image|Photo|Picture|Chart|Graphic|Video): "
                     rf"{_BY}(?:\s*[;|,]\s*{_BY})*|"
                     rf"\((?:Courtesy(?: of)? |(?:File )?[Pp]hoto: )?{_BY}\)|"
                     rf"Courtesy(?: of)? {_BY}|\(File photo\))\.?$")


# Who holds the stocks a column names: "(The Fund owns shares of and recommends Acme.)",
# "Jane Doe has positions in Acme.", "Disclosure: ...": the publisher's notice, no statement.
_DISCLOSURE = re.compile(r"^(?:[Dd]isclosure:|\((?:[A-Z][\w.'’-]*\s+){1,5}(?:owns? shares of|"
                         r"ha(?:s|ve) (?:no )?positions? in|recommends)[^()]*\)\.?$|"
                         r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:ha(?:s|ve) no position|ha(?:s|ve) a "
                         r"disclosure policy|ha(?:s|ve) positions? in [^.]*\b(?:and|but) "
                         r"(?:recommends|has recommended|does not)))")


def credit_tail(line: str) -> int | None:
    """Where a picture's credit after its caption starts ("Acme's chief. Ann Roe/Agency"),
    or None."""
    cut = line.rfind(". ")
    return cut + 2 if cut > 0 and _CREDIT.match(line[cut + 2:].strip()) else None


def furniture_line(line: str) -> bool:
    """Is ``line`` page furniture: a byline, a line every page repeats, a picture's credit?"""
    return _BYLINE.match(line) is not None or _CREDIT.match(line) is not None or \
        _DISCLOSURE.match(line) is not None and len(line.split()) <= 30 or \
        _CHROME.match(line) is not None and len(line.split()) <= 15


def byline_date(line: str) -> dt.date | None:
    """The date a byline gives ("By Tech Desk | Dec 7, 2023"), or None."""
    found = re.search(_WHEN, line) if _BYLINE.match(line) else None
    return parse_dateline(found.group(0)) if found else None


def _where(text: str, offset: int) -> str:
    return f"line {text.count(chr(10), 0, offset) + 1}"


def classify_blocks(text: str, blocks: list[Block]) -> tuple[
        list[Block], str | None, dt.date | None, str | None]:
    """Mark datelines, headings, noise and the title among plain prose blocks; with them
    what is wrong with the article's date, when a dateline names no real day.

    A short line without a final full stop looks like a heading, but one that holds a
    figure or a year is read as prose all the same (a title too, while it stays the
    title); one that looks like a heading is marked "short", so the extractor, which knows
    the store's names, can read it as prose when it names someone it knows.
    """
    out: list[Block] = []
    title: str | None = None
    date: dt.date | None = None
    problem: str | None = None
    seen_prose = False
    for i, block in enumerate(blocks):
        line = text[block.span.start:block.span.end].strip()
        words = line.split()
        kind = block.kind
        if kind != "prose":
            out.append(block)
            continue
        line_date = parse_dateline(line)
        figure = holds_figure(line)
        if line_date and not seen_prose:
            date = date or line_date
            kind = "dateline"
        elif impossible_date(line) and not seen_prose and date is None:
            kind = "dateline"
            problem = problem or date_warning(line, _where(text, block.span.start))
        elif line_date or re.fullmatch(r"[\d\W_]+", line):
            kind = "noise"  # page numbers, counters, rules: nothing to read
        elif furniture_line(line):
            kind = "noise"  # who wrote it, when; "Share this story": page furniture
            if not seen_prose and date is None:
                date = byline_date(line)
        elif _HEADING_NUMBER.match(line) and len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "short" if not figure else "prose"
        elif not seen_prose and title is None and len(words) <= 18 and i + 1 < len(blocks) and (
                ":" in line or not _END_PUNCT.search(line)):
            kind = "title" if not figure else "prose"
            title = line.rstrip(".")
        elif len(words) <= 15 and not _END_PUNCT.search(line):
            kind = "short" if not figure else "prose"
        elif line.endswith("?") and len(words) <= 15:
            kind = "heading"  # a rhetorical question used as a section lead-in
        else:
            if not seen_prose and date is None:
                date = opening_date(line)  # "TOKYO, Jan. 23, 2025 — SoftBank said ..."
                written = opening_date_text(line)
                if date is None and written is not None and impossible_date(written):
                    problem = problem or date_warning(written, _where(text, block.span.start))
            seen_prose = True
        out.append(Block(block.span, kind))
    return out, title, date, problem
