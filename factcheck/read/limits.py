"""What one article may cost: its size in bytes and the length of its longest line.

Owns: ``DEFAULT_MAX_BYTES``, the one size limit for an article whether it is a local file or
a fetched URL (``fetch.py`` and ``files.py`` both use it), ``DEFAULT_MAX_LINE`` and the check
that a text or Markdown article has no longer line. The parsers are linear or bounded on
their own; these limits keep the worst case small and say so in one clear line.
Must not: read files or fetch URLs.
"""

from __future__ import annotations

import re

from ..errors import DocumentError

DEFAULT_MAX_BYTES = 5_000_000  # about 800,000 words: far more than any article
# A paragraph written on one line runs to a few thousand characters; 100,000 is no prose.
# HTML is exempt: a minified page is one long line and its parser reads tags, not lines.
DEFAULT_MAX_LINE = 100_000

_LINE_BREAK = re.compile(r"\r\n?|\n")


def too_large(max_bytes: int) -> str:
    """The message for an article over the size limit."""
    return f"larger than {max_bytes:,} bytes, the limit for an article"


def check_line_length(text: str, source: str, max_line: int = DEFAULT_MAX_LINE) -> None:
    """Refuse ``text`` when a line (ended by LF, CRLF or a lone CR) is over ``max_line``."""
    if len(text) <= max_line:
        return
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if len(line) > max_line:
            raise DocumentError(f"a line longer than {max_line:,} characters, the limit for "
                                "a line of an article", source, number)
