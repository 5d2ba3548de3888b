"""Which stores a command uses, found the way a linter finds its configuration.

Owns: the order of precedence, first found wins:

1. ``--store`` options (repeatable: every store given is used, merged);
2. ``stores`` (or ``store``) in the configuration file (``[tool.factcheck]`` in pyproject.toml
   or factcheck.toml, found and read by ``config.py``; paths relative to that file);
3. a ``claims/`` folder of fact files at the project root: the folder holding the
   configuration file, else the git root of the working directory (a ``claims/`` folder with
   no ``*.yaml`` in it is someone else's and is passed over);
4. the bundled store.

and whether the bundled store is added to the stores found: ``bundled = true`` or ``false`` in
the configuration decides; without it, the bundled store is used only when no store was found
in steps 1-3 (a project's own store replaces it rather than mixing with it). Must not: read
fact files or build the store (``store/store.py`` does, from the ``StoreChoice`` made here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..store.folder import fact_files
from ..store.store import BUNDLED, Located, bundled_facts_dir, locate_stores
from .config import Policy, load_policy

PROJECT_STORE = "claims"  # the folder at the project root used when nothing is configured


@dataclass(frozen=True)
class StoreChoice:
    """The stores a command uses, how reports name them and where the choice came from."""

    locations: tuple[str, ...]  # folders of fact files (or one .db), in merging order
    labels: tuple[str, ...]  # one per location, as reports name it
    bundled: bool  # the bundled store is added after them
    origin: str  # "--store", the configuration file's path, the project folder or "bundled"

    def folders(self) -> tuple[Path, ...]:
        """The folders of fact files merged, bundled last (none for a built .db)."""
        paths = [Path(p) for p in self.locations]
        if self.bundled:
            paths.append(bundled_facts_dir())
        unique = {p.resolve(): p for p in reversed(paths) if p.is_dir()}  # the first kept
        return tuple(p for p in paths if p.is_dir() and unique[p.resolve()] is p)

    def locate(self) -> Located:
        """Build (or reuse the cached build of) the chosen stores, merged into one."""
        return locate_stores(self.locations, bundled=self.bundled, labels=self.labels)


def choose_stores(given: Sequence[str], policy: Policy, *,
                  start: Path | None = None) -> StoreChoice:
    """The stores for ``given`` ``--store`` options under ``policy`` (the configuration, read
    from ``start`` or the working directory up; ``ci`` puts its ``--store`` options in the
    policy's ``stores`` instead)."""
    here = (start or Path.cwd()).resolve()
    if given:
        locations, labels, origin = tuple(given), tuple(given), "--store"
    elif policy.stores:
        locations = policy.stores
        labels = tuple(_label(s) for s in policy.stores)
        origin = policy.source or "--store"
    else:
        root = Path(policy.source).resolve().parent if policy.source else git_root(here)
        project = root / PROJECT_STORE if root is not None else None
        if project is not None and project.is_dir() and fact_files(project):
            same = project.resolve() == bundled_facts_dir().resolve()
            locations = (str(project),)
            labels = (BUNDLED if same else _label(str(project)),)
            origin = str(project)
        else:
            locations, labels, origin = (), (), BUNDLED
    bundled = policy.bundled if policy.bundled is not None else not locations
    return StoreChoice(locations, labels, bundled, origin)


def find_stores(given: Sequence[str], *, start: Path | None = None) -> StoreChoice:
    """``choose_stores`` with the nearest configuration file (``check``, ``explain`` and the
    ``store`` commands, which take no ``--config``)."""
    return choose_stores(given, load_policy(start=start), start=start)


def git_root(start: Path) -> Path | None:
    """The nearest folder from ``start`` up holding ``.git`` (a folder, or a file in a
    worktree), or None outside a repository."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def _label(path: str) -> str:
    """A store as a report names it: relative to the working directory when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return path
