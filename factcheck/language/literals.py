"""The strings one of which every match of a regular expression holds.

Owns: ``needed``, read off a pattern's parsed form: its runs of literal characters, through
groups, alternations (the union of what each alternative needs) and repeats of at least
one; None when a match may hold none (it may be empty, or made of classes alone). A text
that holds none of them has no match: ``gates.gated`` and ``lexicon.FoldedPattern`` look
for them with ``str.__contains__`` (a fast string search in C) before running the engine,
which tries every alternative at every position. ``keep_with`` lets the command line keep
what was read from one run to the next (no pattern is parsed on a warm start). Must not:
hold a pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

_ANY_TIMES = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

Needed = frozenset[str]


Keeper = Callable[[str, int, Callable[[str, int], Needed | None]], Needed | None]
_keeper: list[Keeper] = []  # the command line's, when it keeps them between runs


def keep_with(keeper: Keeper | None) -> None:
    """Ask ``keeper(source, flags, read_needed)`` from now on (None: read every time). The
    command line keeps what an earlier run read (``cli/patterns.py``): parsing a pattern
    is the cost it spares a warm start."""
    _keeper[:] = [keeper] if keeper is not None else []


def needed(source: str, flags: int = 0) -> Needed | None:
    """Strings one of which every match of ``source`` holds (lower-cased for a
    case-insensitive pattern), or None when no such set is known (a match may be empty, or
    hold only characters from classes)."""
    return _keeper[0](source, flags, read_needed) if _keeper else read_needed(source, flags)


def read_needed(source: str, flags: int = 0) -> Needed | None:
    """``needed``, read off the parsed pattern now."""
    parsed = _parser.parse(source, flags)
    folded = bool((flags | parsed.state.flags) & re.IGNORECASE)
    found = _of_sequence(parsed.data, folded)
    if found is None or folded and not all(s.isascii() for s in found):
        return None  # outside ASCII, lowering may not give what the engine compares
    return frozenset(s.lower() for s in found) if folded else found


def _of_sequence(items: list[tuple[Any, Any]], folded: bool) -> Needed | None:
    """The best of the sets each item of a sequence needs: every match of the sequence
    holds a match of each item, so any one item's set will do. Runs of literal characters
    are one string."""
    choices: list[Needed] = []
    run: list[str] = []
    for op, argument in [*items, (None, None)]:  # the end closes the last run
        if op is _constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            choices.append(frozenset(["".join(run)]))
            run = []
        inner = _of_item(op, argument, folded)
        if inner is not None:
            choices.append(inner)
    if not choices:
        return None
    # the most selective: longest shortest string, then fewest strings
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)))


def _of_item(op: Any, argument: Any, folded: bool) -> Needed | None:
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, inner = argument
        if (add_flags | del_flags) & re.IGNORECASE and not folded:
            return None  # "(?i:and)" in a case-sensitive pattern: no literal is sure
        return _of_sequence(inner.data, folded)
    if op is _constants.ATOMIC_GROUP:
        return _of_sequence(argument.data, folded)
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:
            inner = _of_sequence(branch.data, folded)
            if inner is None:
                return None  # one alternative needs nothing: nor does the whole
            union |= inner
        return frozenset(union)
    if op in _ANY_TIMES:
        least, _, inner = argument
        return _of_sequence(inner.data, folded) if least >= 1 else None
    return None  # a class, any character, an anchor, a lookaround, a reference: no literal
