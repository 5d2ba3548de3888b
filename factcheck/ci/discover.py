"""Which articles ``ci`` checks: paths and folders expanded with globs, or what git says changed.

Owns: expanding PATHS (files and folders) with include and exclude globs into a sorted,
de-duplicated list of files; asking git which files changed since a ref (``changed_since``).
Must not: read the articles themselves, or judge anything.

Glob patterns are matched against a file's path relative to the root (the folder of the
configuration file, else the working directory), with ``/`` as separator:

- ``*`` and ``?`` stay inside one path segment, ``**`` spans any number of folders
  (``**/*.md`` matches ``a.md`` and ``x/y/a.md``), ``[abc]`` is a character class;
- a pattern without ``/`` (but for a trailing one) matches at any depth: ``*.md`` is
  ``**/*.md``, ``drafts/`` is ``**/drafts/**``;
- an exclude pattern also excludes everything below a folder it matches (``drafts``,
  ``articles/archive/``).

While walking a folder, hidden folders (``.git``, ``.venv``), what ``.gitignore`` and
``.ignore`` files ignore, virtual environments, build output and installed packages are
skipped, and so are text files that are never articles (``ignores`` says which).

Never read, but reported as skipped (``Selection.skipped``): a symbolic link to a folder met
while walking one (never followed, inside the repository or out), a symbolic link that leads out
of the repository (a pull request adding ``articles/x.md -> /etc/passwd`` would put that
file in the log), and a FIFO, device or socket met in a folder (a FIFO would block the run).
Such a file named on the command line is refused instead (``Selection.refused``).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..read.files import special_kind
from .ignores import IgnoreFiles, not_an_article, skipped_folder


@dataclass(frozen=True)
class Selection:
    """Files to check (display paths, sorted), the named paths that do not exist, the ones
    refused (a named FIFO or device) and the ones skipped, each with the reason."""

    files: tuple[str, ...]
    missing: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()


# --- globs ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=256)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A compiled regex for one glob pattern (see the module docstring for the rules)."""
    text = pattern.strip().replace("\\", "/")
    text = text.removeprefix("./").lstrip("/")
    if "/" not in text.rstrip("/"):
        text = "**/" + text
    if text.endswith("/"):
        text += "**"
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif text.startswith("**", i):
            out.append(".*")
            i += 2
        elif text[i] == "*":
            out.append("[^/]*")
            i += 1
        elif text[i] == "?":
            out.append("[^/]")
            i += 1
        elif text[i] == "[" and "]" in text[i + 2:]:
            end = text.index("]", i + 2)
            body = text[i + 1:end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append(f"[{body}]")
            i = end + 1
        else:
            out.append(re.escape(text[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def matches(relative: str, patterns: Iterable[str]) -> bool:
    return any(glob_regex(p).match(relative) for p in patterns)


def excluded(relative: str, patterns: Sequence[str]) -> bool:
    """True when the path, or a folder it is in, matches an exclude pattern."""
    if not patterns:
        return False
    parts = relative.split("/")
    return any(matches("/".join(parts[:n]), patterns) for n in range(1, len(parts) + 1))


def absolute(path: Path, base: Path | None = None) -> Path:
    """``path`` made absolute with its folder's symlinks resolved but not the file's own, so
    a dangling link is still found (and reported) where it lies."""
    full = path if path.is_absolute() else (base or Path.cwd()) / path
    if full.name in ("", ".", ".."):
        return full.resolve()
    return full.parent.resolve() / full.name


def relative_to_root(path: Path, root: Path) -> str:
    """The path the globs see: relative to ``root``, or absolute (without the leading /)."""
    full = absolute(path)
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        return full.as_posix().lstrip("/")


def display_path(path: Path, cwd: Path | None = None) -> str:
    """How a path is shown and keyed: relative to the working directory when under it."""
    base = (cwd or Path.cwd()).resolve()
    full = absolute(path, base)
    try:
        return full.relative_to(base).as_posix()
    except ValueError:
        return full.as_posix()


# --- expanding paths -----------------------------------------------------------------------

def discover(paths: Sequence[str], *, include: Sequence[str], exclude: Sequence[str],
             root: Path, cwd: Path | None = None, ignore_files: bool = True) -> Selection:
    """Files under ``paths`` that match ``include`` and not ``exclude``, sorted.

    A file named directly is checked when it passes the same globs, so a hook that passes
    every changed file checks only the articles; a named path that does not exist is
    returned in ``missing`` for the caller to report. Like ruff, the default skips and the
    ignore files (``ignore_files``) apply to what a walk finds, not to files named.
    """
    base = (cwd or Path.cwd()).resolve()
    root = root.resolve()
    fence = repository_root(root)
    found: dict[str, None] = {}
    missing: list[str] = []
    refused: list[tuple[str, str]] = []
    skipped: dict[str, str] = {}
    for given in paths:
        path = absolute(Path(given), base)
        written = base / given  # as written, links unresolved: is it in the repository?
        if path.is_dir():
            links: list[Path] = []
            for file in _walk(path, root, exclude, ignore_files, links):
                if matches(relative_to_root(file, root), include):
                    inside = file.relative_to(path)
                    why = not_read(written / inside, fence)
                    if why:  # shown as written: a resolved name would say where it leads
                        skipped[Path(os.path.normpath(Path(given) / inside)).as_posix()] = \
                            f"{why}, not read"
                    else:
                        found[display_path(file, base)] = None
            for link in links:
                shown = Path(os.path.normpath(Path(given) / link.relative_to(path))).as_posix()
                skipped[shown] = f"{FOLDER_LINK}, not followed"
        elif path.exists() or path.is_symlink():
            relative = relative_to_root(path, root)
            why = not_read(written, fence)
            if why and why != OUTSIDE:
                refused.append((given, f"is {why}, not an article"))
            elif why:
                skipped[Path(os.path.normpath(given)).as_posix()] = f"{why}, not read"
            elif matches(relative, include) and not excluded(relative, exclude):
                found[display_path(path, base)] = None
        else:
            missing.append(given)
    return Selection(tuple(sorted(found)), tuple(missing), tuple(refused),
                     tuple(sorted(skipped.items())))


def _walk(folder: Path, root: Path, exclude: Sequence[str], ignore_files: bool,
          links: list[Path]) -> Iterable[Path]:
    """The files of ``folder`` a walk reads; a link to a folder, never followed (inside the
    repository it may loop, outside it may lead anywhere), is added to ``links``."""
    rules = {folder: IgnoreFiles.above(folder) if ignore_files else IgnoreFiles()}
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        ignores = rules.pop(here, IgnoreFiles())
        dirs[:] = sorted(d for d in dirs if _walked_folder(here / d, ignores)
                         and not excluded(relative_to_root(here / d, root), exclude))
        links += [here / d for d in dirs if (here / d).is_symlink()]
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
        for name in dirs:
            rules[here / name] = ignores.below(here / name) if ignore_files else ignores
        for name in sorted(files):
            file = here / name
            if _walked_file(file, ignores) and not excluded(relative_to_root(file, root),
                                                            exclude):
                yield file


def _walked_folder(folder: Path, ignores: IgnoreFiles) -> bool:
    """A folder the walk enters: not hidden, not skipped by default, not ignored."""
    return (not folder.name.startswith(".") and not skipped_folder(folder)
            and not ignores.ignored(folder, is_dir=True))


def _walked_file(file: Path, ignores: IgnoreFiles) -> bool:
    return not not_an_article(file) and not ignores.ignored(file, is_dir=False)


def select(files: Iterable[Path], *, include: Sequence[str], exclude: Sequence[str],
           root: Path, within: Sequence[str] = (), cwd: Path | None = None) -> Selection:
    """The given files that pass the globs and lie under one of ``within`` (if any), less
    the text files that are never articles (a changed ``requirements.txt``)."""
    base = (cwd or Path.cwd()).resolve()
    root = root.resolve()
    fence = repository_root(root)
    limits = [absolute(Path(w), base) for w in within]
    chosen = set()
    skipped: dict[str, str] = {}
    for file in files:
        full = absolute(file, base)
        if limits and not any(full == lim or lim in full.parents for lim in limits):
            continue
        relative = relative_to_root(full, root)
        if matches(relative, include) and not excluded(relative, exclude) \
                and not not_an_article(full):
            why = not_read(full, fence)
            if why:
                skipped[display_path(full, base)] = f"{why}, not read"
            else:
                chosen.add(display_path(full, base))
    return Selection(tuple(sorted(chosen)), skipped=tuple(sorted(skipped.items())))


# --- what is never read -------------------------------------------------------------------

OUTSIDE = "symbolic link to a file outside the repository"
FOLDER_LINK = "symbolic link to a folder"  # met while walking: never followed


def repository_root(start: Path) -> Path:
    """The nearest folder from ``start`` up that holds ``.git`` (a folder, or a file in a
    worktree), else ``start``: links may lead anywhere inside it, never out of it."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def not_read(path: Path, fence: Path) -> str | None:
    """Why ``path`` is not to be read, or None: it stands inside ``fence`` but really lies
    outside it, through a symbolic link to a file or to a folder above it (``OUTSIDE``); or
    it is a FIFO, a device or a socket (its kind, "a named pipe (FIFO)"). ``path`` is taken
    as written, its links unresolved. A path that cannot be looked at (missing, a link loop)
    is left for the reader to report; one named outside the repository is the user's."""
    literal = Path(os.path.abspath(path))
    try:
        real = Path(os.path.realpath(literal, strict=True))
        mode = os.stat(real).st_mode
    except (OSError, RuntimeError):  # RuntimeError: a loop, before Python 3.13
        return None
    if _within(literal, fence) and not _within(real, fence):
        return OUTSIDE
    return special_kind(mode)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# --- git -----------------------------------------------------------------------------------

def _git(args: Sequence[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, and git is not installed") from None
    if done.returncode != 0:
        lines = os.fsdecode(done.stderr).strip().splitlines()
        reason = lines[0] if lines else f"exit status {done.returncode}"
        raise UsageError(f"--changed-since: git {args[0]} failed: {reason}")
    return done.stdout


def _names(output: bytes) -> list[str]:
    return [os.fsdecode(name) for name in output.split(b"\0") if name]


def changed_since(ref: str, cwd: Path | None = None) -> list[Path]:
    """Files added, copied, modified or renamed since ``ref``: committed on this branch
    (``git diff REF...HEAD``), changed in the index or working tree, or new and untracked
    (ignored files excepted). Deleted files are left out. Sorted absolute paths."""
    base = (cwd or Path.cwd()).resolve()
    if not ref or ref.startswith("-"):
        raise UsageError(f"--changed-since: '{ref}' is not a git ref")
    try:
        top = _git(["rev-parse", "--show-toplevel"], base)
    except UsageError:
        raise UsageError("--changed-since: not inside a git repository") from None
    toplevel = Path(os.fsdecode(top).strip())
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], base)
    except UsageError:
        raise UsageError(f"--changed-since: unknown git ref '{ref}' (in a shallow CI "
                         "checkout, fetch the history: fetch-depth: 0)") from None
    names = _names(_git(["diff", "--name-only", "-z", "--diff-filter=ACMR",
                         f"{ref}...HEAD", "--"], base))
    names += _names(_git(["diff", "--name-only", "-z", "--diff-filter=ACMR", "HEAD", "--"],
                         base))
    names += _names(_git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name",
                          "--", str(toplevel)], base))
    files = {absolute(toplevel / name) for name in names}
    return sorted(f for f in files if f.is_file())
