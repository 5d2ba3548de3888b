"""Compiled regular expressions kept from one run of the command line to the next.

Owns: the file of compiled patterns in the cache folder. Python parses and compiles a
regular expression in Python code; the 500 patterns of a check (ours and pysbd's) cost a
quarter of a warm ``factcheck check``, the same work on every run. ``keep_compiled`` puts
itself where the ``re`` module compiles (``re._compiler.compile``, the one function every
``re.compile``, ``re.search`` or pysbd pattern goes through once per process) and hands the
engine the code it compiled on an earlier run: the same pattern, flags, groups and code,
so the same matches (``tests/test_cli_patterns.py`` compares each with a fresh compile).
The file is read once, on the first pattern, and written again, whole (temp file then
rename), at exit when the run compiled a pattern it did not hold. It is named after the
Python that made it (version and the engine's code format): another Python never reads it.
A file that cannot be read, or code the engine refuses, is compiled afresh.
Must not: change any pattern; be installed by anything but the command line, which owns its
process (the library leaves the ``re`` module as it found it).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from ..store.cachedir import cache_dir

_sre = _compiler._sre  # the regex engine, as ``re`` itself reaches it

# What the engine is given for one pattern: flags, code (its words as bytes), groups,
# name -> group, group -> name.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]

_FORMAT = 1  # of the file's contents, apart from the engine's own code format
_WORD = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # one word of the engine's code
# Patterns in the file at most: some are made from a store's names, and a file that outgrows
# this keeps only the patterns of the run that writes it.
KEEP_AT_MOST = 4096


def file_name() -> str:
    version = "-".join(map(str, sys.version_info[:3]))
    return (f"patterns-{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}-"
            f"{_FORMAT}.marshal")


def compile_entry(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` gives the engine for ``pattern``: its own steps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def from_entry(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    flags, words, groups, groupindex, indexgroup = entry
    code = array(_WORD)
    code.frombytes(words)
    return _sre.compile(pattern, flags, code.tolist(), groups,  # type: ignore[no-any-return]
                        groupindex, indexgroup)


class KeptPatterns:
    """The compiled patterns of ``path``, and those compiled since it was read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Key, Entry] | None = None
        self._used: set[Key] = set()
        self.added = 0

    def entries(self) -> dict[Key, Entry]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[Key, Entry]:
        try:
            entries = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """``re._compiler.compile``: kept code for a pattern compiled before."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _ORIGINAL(pattern, flags)  # type: ignore[no-any-return]
        entries = self.entries()
        key = (pattern, int(flags))  # a plain int, as the file holds it
        self._used.add(key)
        entry = entries.get(key)
        if entry is not None:
            try:
                return from_entry(pattern, entry)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                del entries[key]  # not code this engine takes: compiled afresh below
        entry = entries[key] = compile_entry(pattern, flags)
        self.added += 1
        return from_entry(pattern, entry)

    def save(self) -> None:
        """Write the patterns back when this run compiled new ones; never half a file."""
        if not self.added or self._entries is None:
            return
        if len(self._entries) > KEEP_AT_MOST:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(marshal.dumps(self._entries))
            os.replace(temp, self.path)
            self.added = 0
        except OSError:  # a read-only cache: the next run compiles again
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


_ORIGINAL = _compiler.compile


def keep_compiled(path: Path | None = None) -> KeptPatterns:
    """Compile every pattern of this process through the patterns kept at ``path`` (the
    cache folder's file by default), saved at exit."""
    kept = KeptPatterns(path or cache_dir() / file_name())
    _compiler.compile = kept.compile
    atexit.register(kept.save)
    return kept
