"""When the cyclic garbage collector runs in the command line's process.

Owns: holding the collector back while the command starts (``starting``) and letting it run
as usual once the command is about to check (``started``). Starting imports some 250
modules: tens of thousands of functions, classes, tables and compiled patterns that live
until the process exits, and no garbage; with the default thresholds the collector ran some
80 times in a warm ``factcheck check``, walking them again and again: 3% of its
instructions. ``started`` moves what exists by then out of the collector's sight for good
(``gc.freeze``: it is never garbage) and puts the usual thresholds back, so a long ``ci`` or
``batch`` run collects as any process does. A command that never calls it keeps collecting,
at the raised threshold. Must not: be called by the library (the command line owns its
process, as with ``kept.py``).
"""

from __future__ import annotations

import gc

# While starting: a young generation this large is seldom full before the command checks.
STARTING_THRESHOLDS = (100_000, 50, 50)

_usual: tuple[int, int, int] | None = None


def starting() -> None:
    """Hold the collector back while the command imports what it needs."""
    global _usual
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(*STARTING_THRESHOLDS)


def started() -> None:
    """What exists now lives until exit: out of the collector's sight, usual thresholds back."""
    global _usual
    if _usual is not None:
        gc.freeze()
        gc.set_threshold(*_usual)
        _usual = None
