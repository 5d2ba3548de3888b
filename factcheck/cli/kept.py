"""What the command compiles on every start, kept from one run to the next.

Owns: ``Kept``, a dictionary of compiled things (regular expressions: ``patterns.py``;
dataclass methods: ``methods.py``) in one file of the cache folder. Python keeps the bytecode
of modules; what they make as they are imported, it compiles again on every start, and that
was a third of a warm ``factcheck check``. The file is read once, when first asked, and
written again, whole (temp file then rename), at exit when the run added to it. It is named
after the Python that made it: another Python never reads it. A file that cannot be read
is an empty one, and so is one another user owns or may change (a kept method is run as
code); past ``KEEP_AT_MOST`` entries, only those the run that writes it asked for
are kept (some are made from a store's names). Must not: be installed by anything but the
command line, which owns its process (the library leaves ``re`` and ``dataclasses`` as it
found them).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..store.cachedir import cache_dir

K = TypeVar("K")
V = TypeVar("V")

KEEP_AT_MOST = 4096


def kept_file(kind: str, *engine: object) -> Path:
    """The cache folder's file of ``kind``, named after this Python (and ``engine``)."""
    version = "-".join(map(str, sys.version_info[:3]))
    parts = "-".join(map(str, (kind, sys.implementation.name, version, *engine)))
    return cache_dir() / f"{parts}.marshal"


def _ours(status: os.stat_result) -> bool:
    """A file this user wrote and no one else may change: what it holds is run as code."""
    if not hasattr(os, "getuid"):
        return True  # no owners to compare (Windows): the user's own cache folder
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


class Kept(Generic[K, V]):
    """The entries of ``path``, and those added since it was read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[K, V] | None = None
        self._used: set[K] = set()
        self.added = 0

    def entries(self) -> dict[K, V]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[K, V]:
        try:
            with self.path.open("rb") as handle:
                if not _ours(os.fstat(handle.fileno())):
                    return {}
                entries: Any = marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def get(self, key: K) -> V | None:
        self._used.add(key)
        return self.entries().get(key)

    def put(self, key: K, value: V) -> None:
        self.entries()[key] = value
        self._used.add(key)
        self.added += 1

    def save(self) -> None:
        """Write the entries back when this run added some; never half a file."""
        if not self.added or self._entries is None:
            return
        if len(self._entries) > KEEP_AT_MOST:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Readable and writable by this user alone, whatever the umask: see ``_ours``.
            with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                           "wb") as handle:
                handle.write(marshal.dumps(self._entries))
            os.replace(temp, self.path)
            self.added = 0
        except OSError:  # a read-only cache: the next run compiles again
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)

    def save_at_exit(self) -> None:
        atexit.register(self.save)
