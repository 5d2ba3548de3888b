"""Dataclass methods kept compiled from one run of the command line to the next.

Owns: the compiled methods of the cache folder (``kept.py``). ``dataclasses`` writes the
source of each class's ``__init__``, ``__eq__``, ``__hash__``, ``__setattr__`` ... and hands
it to ``exec``, which compiles it: the forty frozen dataclasses a check imports cost a tenth
of a warm ``factcheck check``. ``keep_methods`` gives the ``dataclasses`` module an ``exec``
of its own that runs the code compiled from the same source on an earlier run, compiled as
``exec`` compiles it (file ``<string>``, no future flags: ``dataclasses`` has none), so the
same methods. Must not: run anything but the source it is given.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import CodeType
from typing import Any

from .kept import Kept, kept_file

_FORMAT = 1


class KeptMethods(Kept[str, CodeType]):
    """Code compiled from generated sources, by the source."""

    def exec(self, source: Any, globals: dict[str, Any] | None = None,
             locals: dict[str, Any] | None = None) -> None:
        """``exec``, from the code kept for ``source`` when it is a string."""
        if isinstance(source, str):
            code = self.get(source)
            if not isinstance(code, CodeType):
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.put(source, code)
            source = code
        exec(source, globals, locals)


def keep_methods(path: Path | None = None) -> KeptMethods:
    """Compile the methods of every dataclass made from now on through the code kept at
    ``path`` (the cache folder's file by default), saved at exit."""
    kept = KeptMethods(path or kept_file("methods", _FORMAT))
    dataclasses.exec = kept.exec  # type: ignore[attr-defined]  # found before the builtin
    kept.save_at_exit()
    return kept
