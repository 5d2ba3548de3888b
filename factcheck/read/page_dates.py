"""Dates in a web page's metadata: a ``datePublished`` in JSON-LD, and the forms metadata
writes a date in ("2024-05-01T09:00:00Z", "20240501", "May 1, 2024", "1 May 2024").

Owns: reading those values into dates, as written (in their own time zone). Why apart from
``htmlpage``: that module reads the page; this one only the date strings it finds. Must
not: parse HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), 1)}


def json_ld_dates(text: str) -> Iterator[str]:
    """Every ``datePublished`` in a JSON-LD block, inside ``@graph`` and lists too."""
    text = text.strip().removeprefix("<!--").removesuffix("-->")
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                yield value
            stack += [v for v in item.values() if isinstance(v, (dict, list))]
        elif isinstance(item, list):
            stack += item


_Y = r"(1[89]\d\d|2[01]\d\d|2200)"  # years up to model.MAX_YEAR: 9999-01-01 is no date
_DATES = ((re.compile(rf"{_Y}[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?!\d)"), (0, 1, 2)),
          (re.compile(rf"{_Y}(\d{{2}})(\d{{2}})(?:$|T)"), (0, 1, 2)),
          (re.compile(rf"([A-Za-z]{{3,9}})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}"), (2, 0, 1)),
          (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+([A-Za-z]{{3,9}})\.?,?\s+{_Y}"), (2, 1, 0)))


def parse_date(value: str) -> dt.date | None:
    """A date from metadata: ISO ("2024-05-01T09:00:00Z"), "2024/05/01", "20240501",
    "May 1, 2024" or "1 May 2024"; the date as written (in its own time zone)."""
    for pattern, (y, m, d) in _DATES:
        found = pattern.match(value.strip())
        if found:
            parts = found.groups()
            month = parts[m] if parts[m].isdigit() else _MONTHS.get(parts[m][:3].lower(), 0)
            try:
                return dt.date(int(parts[y]), int(month), int(parts[d]))
            except ValueError:
                continue
    return None
