"""What a folder walk leaves out, the way ruff does: ignore files and folders that hold no articles.

Owns: reading ``.gitignore`` and ``.ignore`` files (with pathspec, the one module that imports
it) from the repository's top down to each folder walked, the folders skipped by default
(virtual environments, build output, installed packages), and the well-known text files that
are never articles (``requirements.txt``, ``LICENSE``). Must not: expand paths or match the
include and exclude globs (``discover`` does).

Git's rules hold: a pattern is read relative to the folder of its file, a deeper file
overrides a shallower one, ``.ignore`` overrides ``.gitignore`` in the same folder, ``!``
re-includes, and nothing below an ignored folder is seen (the walk never enters it). The
files read reach up to the repository's top (the nearest folder with ``.git``), or only the
walked folder itself outside a repository.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

import pathspec

from ..errors import DocumentError
from ..read.files import read_bytes

IGNORE_FILES = (".gitignore", ".ignore")  # in this order: .ignore wins in one folder
MAX_IGNORE_FILE_BYTES = 1_000_000
# Folders no article lives in (ruff's defaults, less the hidden ones the walk skips anyway).
SKIPPED_FOLDERS = frozenset({
    "node_modules", "__pycache__", "__pypackages__", "site-packages", "dist-packages",
    "venv", "build", "dist", "_build", "buck-out",
})
# Text files that match ``**/*.txt`` but are never articles.
NOT_ARTICLES = ("requirements*.txt", "constraints*.txt", "dev-requirements*.txt",
                "LICEN[CS]E*", "COPYING*", "NOTICE*", "robots.txt", "CMakeLists.txt",
                "top_level.txt", "SOURCES.txt", "dependency_links.txt")


def skipped_folder(folder: Path) -> bool:
    """A folder the walk leaves out by default: a known name, a virtual environment (it has
    ``pyvenv.cfg`` or ``conda-meta``, whatever its name), or a package's ``.egg-info``."""
    name = folder.name
    return (name in SKIPPED_FOLDERS or name.endswith(".egg-info")
            or (folder / "pyvenv.cfg").is_file() or (folder / "conda-meta").is_dir())


def not_an_article(path: Path) -> bool:
    """A text file that is a package list, a licence or a build file, not an article."""
    return any(fnmatch.fnmatchcase(path.name, pattern) for pattern in NOT_ARTICLES)


@dataclass(frozen=True)
class _Rules:
    base: Path
    spec: pathspec.GitIgnoreSpec


@dataclass(frozen=True)
class IgnoreFiles:
    """The ignore files in force in one folder, shallowest first."""

    rules: tuple[_Rules, ...] = ()

    @classmethod
    def above(cls, folder: Path) -> IgnoreFiles:
        """The ignore files from the repository's top down to ``folder`` itself."""
        lineage = (folder, *folder.parents)
        top = next((d for d in lineage if (d / ".git").exists()), None)
        # outside a repository only the walked folder's own files count
        chain = lineage[:lineage.index(top) + 1] if top is not None else (folder,)
        found = cls()
        for directory in reversed(chain):
            found = found.below(directory)
        exclude = _read(top / ".git" / "info" / "exclude", top) if top is not None else None
        return IgnoreFiles((exclude, *found.rules)) if exclude else found

    def below(self, folder: Path) -> IgnoreFiles:
        """These rules and those of ``folder``'s own ignore files."""
        own = tuple(r for r in (_read(folder / n, folder) for n in IGNORE_FILES) if r)
        return IgnoreFiles(self.rules + own) if own else self

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """True when the deepest rule that speaks of ``path`` ignores it."""
        verdict = False
        for rules in self.rules:
            try:
                relative = path.relative_to(rules.base).as_posix()
            except ValueError:
                continue
            result = rules.spec.check_file(relative + "/" if is_dir else relative)
            if result.include is not None:
                verdict = result.include
        return verdict


def _read(file: Path, base: Path) -> _Rules | None:
    # Git does not follow a symbolic link to an ignore file, and an ignore file is small: a
    # link to /dev/zero or a FIFO added by a pull request must not stall or exhaust the run.
    if file.is_symlink():
        return None
    try:
        data = read_bytes(str(file), MAX_IGNORE_FILE_BYTES)
    except DocumentError:
        return None  # missing, unreadable, not a regular file or too large: no rules
    lines = data.decode("utf-8", errors="replace").splitlines()
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return _Rules(base, spec) if spec.patterns else None
