"""Where factcheck keeps what it can make again: built stores, compiled patterns.

Owns: the cache folder (``FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else
``~/.cache/factcheck``). Kept apart from ``store.py`` so that the command line finds it
without loading the store. Must not: decide what goes in it.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CACHE_ENV = "FACTCHECK_CACHE_DIR"


def cache_dir() -> Path:
    base = os.environ.get(DEFAULT_CACHE_ENV)
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "factcheck"
