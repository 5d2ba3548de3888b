"""What the rules read from the store's facts, kept from one run of the command line to the
next.

Owns: the derived file of the cache folder (``kept.py``): the figures of fact statements,
the tables of fact cues, by their words and by the words a claim must hold
(``rules/derived.py``, ``rules/cues.py``), and the stems facts hold
(``rules/predicate.py``), a check has read. Reading them for the facts a check meets was a
fifth of checking an article in a fresh process, and a store's facts are the same from run
to run. ``main()`` asks for them (``keep_derived``, which reads nothing yet) and a command
hands them to the rules when it is about to check (``checking``): the command's own process
only, as the patterns. What is read from a fact depends on the code that reads it, so the
file is named after that code: the reader of fact files (``store/revision.py``, which lists
``language/quantities.py`` and what it imports), ``rules/stems.py`` and ``rules/cues.py``
(the stems of cues), ``rules/predicate.py`` (what facts hold), ``rules/derived.py`` and this
module; other code never reads it. Must not: change what is read
(``tests/test_cli_derived.py`` compares each entry with a fresh reading).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Kind, Qualifier, Quantity, Span
from ..store.revision import PACKAGE, reader_fingerprint
from .kept import Kept, kept_file

if TYPE_CHECKING:  # the rules are imported when a command checks, not to start
    from ..rules.predicate import HeldStems

_FORMAT = 1
CODE = ("rules/derived.py", "rules/stems.py", "rules/cues.py", "rules/predicate.py",
        "cli/derived.py")  # besides the reader
FIGURES, CUES, NEEDED, HELD = "figures", "cues", "needed", "held"  # what a key is of

# One figure as the file holds it: kind, value, qualifier, unit, text, span (start, end, or
# -1, -1 for none), high.
Figure = tuple[str, float, str, str, str, int, int, float | None]
_KINDS = {kind.value: kind for kind in Kind}  # quicker than Kind(value)
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}


def _figure(q: Quantity) -> Figure:
    start, end = (q.span.start, q.span.end) if q.span is not None else (-1, -1)
    return (q.kind.value, q.value, q.qualifier.value, q.unit, q.text, start, end, q.high)


def _quantity(figure: Figure) -> Quantity:
    kind, value, qualifier, unit, text, start, end, high = figure
    return Quantity(kind=_KINDS[kind], value=value, qualifier=_QUALIFIERS[qualifier],
                    unit=unit, text=text, span=Span(start, end) if start >= 0 else None,
                    high=high)


def revision() -> str:
    """The fingerprint of the code that reads what the file keeps."""
    digest = hashlib.sha256(reader_fingerprint().encode())
    for name in CODE:
        try:
            digest.update((PACKAGE / name).read_bytes())
        except OSError:
            digest.update(b"\0missing\0")
    return digest.hexdigest()[:16]


class KeptDerived(Kept[tuple[str, Any], Any]):
    """What earlier runs read from facts, by what it is of and the field it was read from.
    The file is named when first read (hashing the code's files): a run that reads no fact
    never opens it."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or Path())
        self._named = path is not None

    def entries(self) -> dict[tuple[str, Any], Any]:
        if not self._named:
            self.path = kept_file("derived", revision(), _FORMAT)
            self._named = True
        return super().entries()

    def figures(self, statement: str,
                read: Callable[[str], tuple[Quantity, ...]]) -> tuple[Quantity, ...]:
        """The figures of ``statement``: kept, or read and kept."""
        kept = self.get((FIGURES, statement))
        if isinstance(kept, tuple):
            try:
                return tuple(_quantity(figure) for figure in kept)
            except (TypeError, ValueError, KeyError):
                pass  # not what this code writes: read afresh
        figures = read(statement)
        self.put((FIGURES, statement), tuple(_figure(q) for q in figures))
        return figures

    def cues(self, cues: tuple[str, ...], read: Callable[[tuple[str, ...]], Any]) -> Any:
        """The table of ``cues`` (``cues.read_cue_table``): kept, or read and kept."""
        return self._table(CUES, cues, read)

    def needed(self, cues: tuple[str, ...], read: Callable[[tuple[str, ...]], Any]) -> Any:
        """The table of ``cues`` by the words a claim must hold (``cues.
        read_needed_table``): kept, or read and kept. Made from the cue table at every
        start, it was a tenth of what a warm check spends first meeting a store's facts."""
        return self._table(NEEDED, cues, read)

    def held(self, told: str, read: Callable[[str], HeldStems]) -> HeldStems:
        """The stems a text of facts holds and their starts (``predicate.read_held_stems``):
        kept, or read and kept. Stemming the facts a check meets was a tenth of what a warm
        check spends first meeting a store's facts."""
        kept = self.get((HELD, told))
        if isinstance(kept, tuple) and len(kept) == 2 and \
                all(isinstance(part, frozenset) for part in kept):
            return kept
        held = read(told)
        self.put((HELD, told), held)
        return held

    def _table(self, kind: str, cues: tuple[str, ...],
               read: Callable[[tuple[str, ...]], Any]) -> Any:
        kept = self.get((kind, cues))
        if isinstance(kept, dict):
            return kept
        table = read(cues)
        self.put((kind, cues), table)
        return table


_kept: KeptDerived | None = None


def keep_derived(path: Path | None = None) -> KeptDerived:
    """Keep what this process's checks read from facts in the file at ``path`` (the cache
    folder's by default), saved at exit; read only once a command checks."""
    global _kept
    _kept = KeptDerived(path)
    _kept.save_at_exit()
    return _kept


def checking() -> None:
    """A command is about to check: the rules read facts' figures and cues through the kept
    ones, when ``main()`` asked for them (tests calling the commands leave the rules be),
    the language stage the strings its gated patterns need (``patterns.keep_literals``: not
    asked before, since that imports the stage), and the collector runs as usual again
    (``collector.started``: what the command imported lives until exit)."""
    from .collector import started

    started()
    if _kept is not None:
        from .patterns import keep_literals

        keep_literals()
        from ..rules.cues import cue_table, needed_table
        from ..rules.derived import stated_figures
        from ..rules.predicate import held_stems

        stated_figures.keep_with(_kept.figures)
        cue_table.keep_with(_kept.cues)
        needed_table.keep_with(_kept.needed)
        held_stems.keep_with(_kept.held)
