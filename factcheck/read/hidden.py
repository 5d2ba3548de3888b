"""Characters a reader cannot see: control characters, invisible and bidi format characters.

Owns: which characters count as *control* (C0 but tab and newline, DEL, C1) and as
*hidden* (zero-width characters U+200B..U+200F, U+2060..U+2064, U+FEFF, and the bidi
embeddings, overrides and isolates U+202A..U+202E, U+2066..U+2069), and the two ways the
readers deal with them: controls become spaces in the prose (same length, offsets kept), and
hidden characters are taken out before any block is read, with a record of where each one
stood, so "1990.\\u200b" still ends with a full stop and "$\\u202e21\\u202c" reads as $21.
The reporters show the same characters as visible escapes (``reporters/safe``).
Must not: decide what a claim is or render anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ESC, CSI (U+009B), OSC (U+009D) and their kind: anything a terminal may act on. CR is not
# here: the readers take it for a line ending.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
HIDDEN_CHARS = "\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069"
HIDDEN = re.compile(f"[{HIDDEN_CHARS}]")
# Every character a report must never print as it is (CR included: it rewrites a line).
UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{HIDDEN_CHARS}]")


@dataclass(frozen=True)
class Removed:
    """Hidden characters taken out of a text: where each stood, and which it was.

    ``at`` holds, for each removed character, the index in the cleaned text it stood before
    (non-decreasing), so an index ``i`` of the cleaned text came from
    ``i + bisect_right(at, i)`` of the text before cleaning.
    """

    at: tuple[int, ...] = ()
    chars: str = ""


def blank_controls(text: str) -> str:
    """``text`` with every control character (but tab, newline and CR) turned into a space."""
    return CONTROL.sub(" ", text) if CONTROL.search(text) else text


def remove_hidden(text: str) -> tuple[str, Removed]:
    """``text`` without its hidden characters, and where they were."""
    if not HIDDEN.search(text):
        return text, Removed()
    at: list[int] = []
    chars: list[str] = []
    kept = 0
    last = 0
    pieces: list[str] = []
    for m in HIDDEN.finditer(text):
        pieces.append(text[last:m.start()])
        kept += m.start() - last
        at.append(kept)
        chars.append(m.group(0))
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces), Removed(tuple(at), "".join(chars))

