"""What an article was read into.

Owns: the document (prose text with a map back to the original file), its blocks, spans and
positions, and the limits and hidden characters reading refuses. Must not: read files.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

# The last year an article can give as a year or a date: "founded in 99999" and a dateline
# of 9999 are refused, not read.
MAX_YEAR = 2200

# Bidi embeddings, overrides and isolates: text between them may display in another order
# than the one it is read in.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def hidden_note(chars: str, same_order: bool | None = None) -> str:
    """The one line a claim or an article carries when hidden characters were taken out.
    For bidi controls, ``same_order`` says whether the text displays in the order it is
    stored (True), displays in another order and was read as displayed (False), or may
    display in another order that cannot be told (None)."""
    names = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}"
                      for ch in dict.fromkeys(chars))
    if any(ch in BIDI_CONTROLS for ch in chars):
        head = f"bidi control characters removed before reading ({names}): "
        if same_order is None:
            return head + "the text may display in another order than the one checked"
        return head + ("the text displays in the order it is stored" if same_order else
                       "the text displays in another order than it is stored, and was read "
                       "as displayed")
    return f"invisible characters removed before reading ({names})"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets into a document's original text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Position:
    """Line and column (both from 1) of an offset in the original file."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text in a document: a paragraph of prose, a table row, or a heading/dateline
    to skip. A row carries the spans of its cells and the texts of its table's header."""

    span: Span
    kind: str  # "prose", "row", "heading", "short" (looks like a heading), "dateline", "title"
    cells: tuple[Span, ...] = ()
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """An article read into prose text plus a map back to the original file.

    ``text`` is what the extractor reads. ``offsets`` maps each index of ``text`` to the
    offset in ``original`` it came from (None when text is a same-length copy of the
    original, as for plain text and Markdown). Invisible and bidi characters are taken out
    before reading: ``dropped`` holds, for each one a text or Markdown reader never saw, the
    index of ``text`` it stood before; ``hidden_at`` the offset in ``original`` of every one
    taken out (any format) and ``hidden`` which it was. ``warnings`` are the article's own
    (hidden characters), each one line for a person; ``date_problem`` says why a date the
    article gives was not taken ("Feb 30 2025"), a warning unless a date comes from elsewhere.
    """

    source: str
    original: str
    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    date: dt.date | None = None
    offsets: array[int] | tuple[int, ...] | None = None  # 8-byte ints: 4.5M for 5 MB of HTML
    ignore_lines: frozenset[int] = frozenset()  # lines after a "factcheck: ignore" comment
    dropped: tuple[int, ...] = ()
    hidden_at: tuple[int, ...] = ()
    hidden: str = ""
    warnings: tuple[str, ...] = ()
    date_problem: str | None = None

    def original_offset(self, index: int) -> int:
        """The offset in ``original`` of ``text[index]`` (index may equal len(text))."""
        if self.offsets is None:
            return index + bisect_right(self.dropped, index) if self.dropped else index
        if index >= len(self.offsets):
            return len(self.original) if not self.offsets else self.offsets[-1] + 1
        return self.offsets[index]

    def text_offsets(self) -> array[int] | tuple[int, ...] | None:
        """Where each character of ``text`` lies in ``original``; None when at its own
        index (``offsets``, or built from ``dropped`` when hidden characters were taken out)."""
        if self.offsets is not None or not self.dropped:
            return self.offsets
        ends = [*self.dropped, len(self.text)]  # i plus the hidden characters at or before i
        out = array("q", range(min(ends[0], len(self.text))))
        for k in range(len(self.dropped)):  # a run at a time, not a search per character
            out.extend(range(ends[k] + k + 1, ends[k + 1] + k + 1))
        return out

    def original_span(self, span: Span) -> Span:
        if self.offsets is None and not self.dropped:
            return span
        start = self.original_offset(span.start)
        end = self.original_offset(span.end - 1) + 1 if span.end > span.start else start
        return Span(start, end)

    @cached_property
    def _line_starts(self) -> list[int]:
        """The offset in ``original`` where each line starts: counted once, so placing every
        claim of a long article stays linear (counting from 0 for each was quadratic)."""
        starts = [0]
        at = self.original.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = self.original.find("\n", at + 1)
        return starts

    def position(self, original_offset: int) -> Position:
        """Line and column (from 1) of an offset into ``original``."""
        line = bisect_right(self._line_starts, original_offset)
        return Position(line, original_offset - self._line_starts[line - 1] + 1)

    def hidden_in(self, span: Span) -> str:
        """The hidden characters taken out between two offsets of ``original``."""
        return self.hidden[bisect_left(self.hidden_at, span.start):
                           bisect_left(self.hidden_at, span.end)]
