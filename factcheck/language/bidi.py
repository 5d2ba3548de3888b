"""What text between bidi controls displays: the order a reader sees, where it can be told.

Owns: ``displayed(text)``, the text as a reader sees it with its bidi controls taken out, or
None when that cannot be told with certainty. A claim is read as it displays ("$\u202e21\u202c
billion" shows "$12 billion", and 12 is what its reader believes), or, when the display cannot
be told, is never given a verdict that rests on one reading of it. Must not: judge, or read
anything but the characters it is given (the paragraph is assumed left to right, as the
articles are).

Told exactly, each run between a control and its closing one (not nested, closed within the
text): a right-to-left override (U+202E ... U+202C) displays its characters reversed; a
left-to-right override, embedding or isolate displays them as written unless they hold
right-to-left letters; a right-to-left embedding or isolate (or a first-strong isolate)
displays as written only a bare number (digits and the separators inside it), which keeps its
order in any direction. Anything else (words or spaces in a right-to-left run, brackets that
would mirror, nesting, a control left open) is not told.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right

from ..model import BIDI_CONTROLS, Document, Span

_PDF = "\u202c"  # pop directional formatting: closes an embedding or override
_PDI = "\u2069"  # pop directional isolate
_CLOSING = {"\u202a": _PDF, "\u202b": _PDF, "\u202d": _PDF, "\u202e": _PDF,
            "\u2066": _PDI, "\u2067": _PDI, "\u2068": _PDI}
_REVERSED = "\u202e"  # right-to-left override
_LEFT_TO_RIGHT = frozenset("\u202a\u202d\u2066")  # embedding, override, isolate
_NUMBER_INSIDE = frozenset(",.")  # separators a number keeps in its order
# Right-to-left letters and numbers, controls nested inside a run, and paragraph or segment
# separators (which end every run): a run holding one is not told.
_UNTOLD = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI",
                              "FSI", "PDF", "PDI", "B", "S"))


def as_displayed(document: Document, start: int, end: int) -> str | None:
    """``document.text[start:end]`` in the order it displays: the text itself when no bidi
    control stood in it (or right at its edges), None when its order cannot be told. Told
    only for text and Markdown, whose reader records where each character it took out stood;
    an HTML page's are not put back, so there it is never told. Only a document that had
    characters taken out is looked at again: most return at once."""
    text = document.text[start:end]
    if not document.hidden:
        return text  # most documents: nothing was taken out
    if document.offsets is not None or len(document.dropped) != len(document.hidden):
        hidden = document.hidden_in(document.original_span(Span(start, end))) if end > start \
            else ""
        return None if any(ch in BIDI_CONTROLS for ch in hidden) else text
    low, high = bisect_left(document.dropped, start), bisect_right(document.dropped, end)
    put_back = [(at, ch) for at, ch in zip(document.dropped[low:high],
                                           document.hidden[low:high], strict=True)
                if ch in BIDI_CONTROLS]  # the invisible ones stay out: they display nothing
    if not put_back:
        return text
    pieces, last = [], start
    for at, ch in put_back:
        pieces += [document.text[last:at], ch]
        last = at
    pieces.append(document.text[last:end])
    return displayed("".join(pieces))


def displayed(text: str) -> str | None:
    """``text`` in the order it displays, its bidi controls taken out; None when that order
    cannot be told (see the module's rules). Text without bidi controls is returned as is."""
    out: list[str] = []
    at = 0
    while at < len(text):
        ch = text[at]
        if ch in (_PDF, _PDI):
            return None  # a closing control without its opening one
        closing = _CLOSING.get(ch)
        if closing is None:
            out.append(ch)
            at += 1
            continue
        end = text.find(closing, at + 1)
        if end < 0:
            return None  # open to the end of the paragraph: beyond what is given
        run = _run(ch, text[at + 1:end])
        if run is None:
            return None
        out.append(run)
        at = end + 1
    return "".join(out)


def _run(control: str, inner: str) -> str | None:
    """How the characters between ``control`` and its closing one display, or None."""
    if any(unicodedata.bidirectional(ch) in _UNTOLD for ch in inner):
        return None  # nested controls, right-to-left letters, a paragraph's end
    if control in _LEFT_TO_RIGHT:
        return inner
    if any(unicodedata.mirrored(ch) for ch in inner):
        return None  # "(" displays as ")" in a right-to-left run
    if control == _REVERSED:
        return inner[::-1]
    # right to left (embedding or isolate) or first-strong (left to right only if a Latin
    # letter comes first): a bare number keeps its order; words and spaces would move.
    if inner and inner[0].isdigit() and inner[-1].isdigit() and all(
            ch.isdigit() or ch in _NUMBER_INSIDE for ch in inner):
        return inner
    return None
