"""Reading a local article's bytes: regular files only, within the size limit.

Owns: refusing, by name and without reading them, everything that is not a regular file (a
folder, a named pipe, a device, a socket: a FIFO would block and ``/dev/zero`` never ends),
telling a symbolic-link loop and a broken link from a missing file, and reading at most
``max_bytes`` (one byte more tells that the file is too large, even one that grows).
Must not: decode the bytes (``documents.decode``) or fetch URLs (``fetch.py``).
"""

from __future__ import annotations

import errno
import os
import stat

from ..errors import DocumentError
from .limits import DEFAULT_MAX_BYTES, too_large

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Opening never waits: a FIFO swapped in after the stat would block an ordinary open.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def special_kind(mode: int) -> str | None:
    """What a file that is neither regular nor a folder is ("a character device"), or None."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None


def _refusal(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not an article"
    return f"is {special_kind(mode) or 'not a regular file'}, not an article"


def _os_error(exc: OSError, source: str) -> DocumentError:
    if exc.errno == errno.ELOOP:
        return DocumentError("symbolic link loop (too many levels of symbolic links)", source)
    if exc.errno == errno.ENOENT:
        broken = os.path.islink(source)
        return DocumentError("broken symbolic link" if broken else "no such file", source)
    return DocumentError(f"cannot read: {exc.strerror}", source)


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the regular file ``source``, or a DocumentError that says why not."""
    try:
        refusal = _refusal(os.stat(source).st_mode)
    except OSError as exc:
        raise _os_error(exc, source) from None
    if refusal:
        raise DocumentError(refusal, source)
    try:
        handle = os.open(source, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_error(exc, source) from None
    with os.fdopen(handle, "rb") as file:
        refusal = _refusal(os.fstat(file.fileno()).st_mode)  # swapped since the stat?
        if refusal:
            raise DocumentError(refusal, source)
        try:
            data = file.read(max_bytes + 1)
        except OSError as exc:
            raise _os_error(exc, source) from None
    if len(data) > max_bytes:
        raise DocumentError(too_large(max_bytes), source)
    return data
