"""The figures of the store's statements, kept from one run of the command line to the next.

Owns: the statements' figures of the cache folder (``kept.py``). A check reads the figures
of each fact statement it meets (``rules/statements.py``), a fifth of checking an article in
a fresh process, and a store's statements are the same from run to run. ``main()`` asks for
them (``keep_figures``, which reads nothing yet) and a command hands them to the rules when
it is about to check (``checking``): the command's own process only, as the patterns. What
a statement's figures are depends on the code that reads them, so the file is named after
that code: the reader of fact files (``store/revision.py``, which lists
``language/quantities.py`` and what it imports), this module and ``rules/statements.py``;
other code never reads it. Must not: change a
figure (``tests/test_cli_figures.py`` compares each with a fresh reading).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from ..model import Kind, Qualifier, Quantity, Span
from ..store.revision import PACKAGE, reader_fingerprint
from .kept import Kept, kept_file

_FORMAT = 1
# One figure as the file holds it: kind, value, qualifier, unit, text, span (start, end, or
# -1, -1 for none), high.
Entry = tuple[str, float, str, str, str, int, int, float | None]


def _entry(q: Quantity) -> Entry:
    start, end = (q.span.start, q.span.end) if q.span is not None else (-1, -1)
    return (q.kind.value, q.value, q.qualifier.value, q.unit, q.text, start, end, q.high)


def _quantity(entry: Entry) -> Quantity:
    kind, value, qualifier, unit, text, start, end, high = entry
    return Quantity(kind=Kind(kind), value=value, qualifier=Qualifier(qualifier), unit=unit,
                    text=text, span=Span(start, end) if start >= 0 else None, high=high)


def revision() -> str:
    """The fingerprint of the code that reads a statement's figures."""
    digest = hashlib.sha256(reader_fingerprint().encode())
    for name in ("rules/statements.py", "cli/figures.py"):
        try:
            digest.update((PACKAGE / name).read_bytes())
        except OSError:
            digest.update(b"\0missing\0")
    return digest.hexdigest()[:16]


class KeptFigures(Kept[str, tuple[Entry, ...]]):
    """The figures of statements read by an earlier run, by the statement. The file is
    named when first read (hashing the code's files): a run that reads no statement never
    opens it."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or Path())
        self._named = path is not None

    def entries(self) -> dict[str, tuple[Entry, ...]]:
        if not self._named:
            self.path = kept_file("figures", revision(), _FORMAT)
            self._named = True
        return super().entries()

    def figures(self, statement: str,
                read: Callable[[str], tuple[Quantity, ...]]) -> tuple[Quantity, ...]:
        """The figures of ``statement``: kept, or read and kept."""
        entry = self.get(statement)
        if isinstance(entry, tuple):
            try:
                return tuple(_quantity(e) for e in entry)
            except (TypeError, ValueError):
                pass  # not what this code writes: read afresh
        figures = read(statement)
        self.put(statement, tuple(_entry(q) for q in figures))
        return figures


_kept: KeptFigures | None = None


def keep_figures(path: Path | None = None) -> KeptFigures:
    """Keep the statements' figures of this process's checks in the file at ``path`` (the
    cache folder's by default), saved at exit; read only once a command checks."""
    global _kept
    _kept = KeptFigures(path)
    _kept.save_at_exit()
    return _kept


def checking() -> None:
    """A command is about to check: the rules read statements' figures through the kept
    ones, when ``main()`` asked for them (tests calling the commands leave the rules be)."""
    if _kept is not None:
        from ..rules import statements

        statements.keep_figures_with(_kept.figures)
