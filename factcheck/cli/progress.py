"""The progress line ``ci`` keeps on a terminal's stderr while it checks many articles.

Owns: one line, rewritten in place (``\\r`` and erase-line), saying how many articles are
done, cleared before anything else is printed and at the end. Must not: print anything when
stderr is not a terminal (a log or a pipe gets no control characters).
"""

from __future__ import annotations

import time
from typing import TextIO

ERASE = "\r\x1b[K"
MIN_INTERVAL = 0.1  # seconds between redraws: 500 fast articles need not draw 500 times


class Progress:
    """``factcheck: 12/500 articles checked`` on a terminal; nothing elsewhere."""

    def __init__(self, total: int, stream: TextIO, enabled: bool = True) -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled = enabled and total > 0 and bool(isatty and isatty())
        self.total = total
        self.stream = stream
        self.shown = False
        self.last = 0.0

    def show(self, done: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < MIN_INTERVAL and done < self.total:
            return
        self.last = now
        self.stream.write(f"{ERASE}factcheck: {done}/{self.total} articles checked")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line, so what is printed next starts at the left margin."""
        if self.shown:
            self.stream.write(ERASE)
            self.stream.flush()
            self.shown = False
