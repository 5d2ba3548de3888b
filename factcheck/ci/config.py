"""The ``ci`` policy: ``[tool.factcheck]`` in ``pyproject.toml``, or a ``factcheck.toml``.

Owns: finding the configuration file (walking up from the working directory; an explicit
path overrides), reading it with tomllib, validating every key and value, and the frozen
``Policy`` the rest of ``ci`` runs on. Errors name the file, the line and the key.
Must not: read articles, open the store or decide an exit status.

A ``factcheck.toml`` holds the keys at its top level; a ``pyproject.toml`` holds them in its
``[tool.factcheck]`` table (a pyproject without that table is passed over while walking up).
Relative paths in a configuration file (``stores``, ``store``, ``baseline``) are read from the
folder the file is in, and that folder is the root that include and exclude globs are matched
against. Which store a command then uses is ``ci/stores.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError, UsageError
from ..model import Status
from ..rules.codes import CODES, code_selected, is_code

CONFIG_FILES = ("factcheck.toml", "pyproject.toml")  # in one folder, factcheck.toml wins
DEFAULT_FAIL_ON = ("contradicted",)
DEFAULT_WARN_ON = ("imprecise", "outdated")
DEFAULT_NOTE_ON = ("unverified",)
LEVELS = ("error", "warning", "note")  # most to least severe
DEFAULT_MIN_LEVEL = "warning"  # notes are left out unless asked for (Vale's MinAlertLevel)
DEFAULT_INCLUDE = ("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt")
DEFAULT_EXCLUDE: tuple[str, ...] = ()
DEFAULT_BASELINE = ".factcheck-baseline.json"
DEFAULT_WORKERS = 1
DEFAULT_MIN_WORTHINESS = 0.0  # every claim is checked and shown
STATUS_WORDS = tuple(s.value for s in Status)

# key -> what its value must be, said the way an error message says it
KEYS = {
    "stores": "a list of paths to folders of fact files (or one built store, .db)",
    "store": "a path to a folder of fact files or a built store (.db)",
    "bundled": "true or false (use the bundled store too)",
    "fail-on": "a list of statuses",
    "warn-on": "a list of statuses",
    "note-on": "a list of statuses",
    "min-level": "one of error, warning, note",
    "select": "a list of statuses and rule codes",
    "ignore": "a list of statuses and rule codes",
    "include": "a list of glob patterns",
    "exclude": "a list of glob patterns",
    "date": "a date (YYYY-MM-DD)",
    "workers": "a whole number, 0 or more (0: one per CPU)",
    "baseline": "a path to the baseline file",
    "respect-gitignore": "true or false",
    "min-worthiness": "a number from 0 to 1 (claims less worth checking are left out)",
}


@dataclass(frozen=True)
class Policy:
    """What ``ci`` checks and which statuses fail the run or only warn."""

    stores: tuple[str, ...] = ()  # folders of fact files (absolute); empty: not configured
    bundled: bool | None = None  # include the bundled store (None: only when no store is set)
    fail_on: tuple[str, ...] = DEFAULT_FAIL_ON
    warn_on: tuple[str, ...] = DEFAULT_WARN_ON
    note_on: tuple[str, ...] = DEFAULT_NOTE_ON
    min_level: str = DEFAULT_MIN_LEVEL  # findings below this level are left out
    select: tuple[str, ...] = ()  # statuses and rule codes reported (empty: all)
    ignore: tuple[str, ...] = ()  # statuses and rule codes never reported
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    date: dt.date | None = None  # the article date when an article gives none
    workers: int = DEFAULT_WORKERS
    baseline: str = DEFAULT_BASELINE
    respect_gitignore: bool = True  # .gitignore and .ignore files prune the folder walk
    root: Path = field(default_factory=Path.cwd)  # globs and relative paths start here
    source: str | None = None  # the configuration file read, if any
    min_worthiness: float = DEFAULT_MIN_WORTHINESS

    def level(self, status: str, rule: str = "") -> str | None:
        """"error" for a failing status, "warning" or "note" for the others the policy shows,
        None for a status not shown, below ``min_level``, or left out by select and ignore."""
        if status in self.fail_on:
            level = "error"
        elif status in self.warn_on:
            level = "warning"
        elif status in self.note_on:
            level = "note"
        else:
            return None
        if LEVELS.index(level) > LEVELS.index(self.min_level):
            return None
        if self.select and not any(_names(status, rule, w) for w in self.select):
            return None
        if any(_names(status, rule, w) for w in self.ignore):
            return None
        return level

    def with_options(self, *, fail_on: tuple[str, ...] | None = None,
                     warn_on: tuple[str, ...] | None = None,
                     include: tuple[str, ...] | None = None,
                     exclude: tuple[str, ...] = (), stores: tuple[str, ...] = (),
                     date: dt.date | None = None, workers: int | None = None,
                     note_on: tuple[str, ...] | None = None, min_level: str | None = None,
                     select: tuple[str, ...] | None = None,
                     ignore: tuple[str, ...] = (),
                     min_worthiness: float | None = None) -> Policy:
        """The policy with command-line options on top: a status has one level (fail-on
        before warn-on before note-on), ``include`` and ``select`` replace the configured
        lists, ``exclude`` and ``ignore`` add to them, ``stores`` (``--store``) replace the
        configured ones."""
        failing = fail_on if fail_on is not None else self.fail_on
        warning = warn_on if warn_on is not None else self.warn_on
        noting = note_on if note_on is not None else self.note_on
        return replace(
            self, fail_on=failing, warn_on=tuple(s for s in warning if s not in failing),
            note_on=tuple(s for s in noting if s not in failing and s not in warning),
            min_level=min_level or self.min_level,
            select=select if select is not None else self.select,
            ignore=self.ignore + ignore,
            include=include or self.include, exclude=self.exclude + exclude,
            stores=stores or self.stores, date=date or self.date,
            workers=workers if workers is not None else self.workers,
            min_worthiness=min_worthiness if min_worthiness is not None else
            self.min_worthiness)


def _names(status: str, rule: str, word: str) -> bool:
    """Does a select/ignore word name this status or this rule code?"""
    return word.lower() == status or bool(rule) and code_selected(rule, word)


def parse_selectors(value: str, option: str) -> tuple[str, ...]:
    """A comma list of statuses and rule codes ("contradicted,NUM,TMP")."""
    words = tuple(w.strip() for w in value.split(",") if w.strip())
    for word in words:
        if word.lower() not in STATUS_WORDS and not is_code(word):
            raise UsageError(f"unknown status or rule code '{word}' in {option} (statuses: "
                             f"{', '.join(STATUS_WORDS)}; codes: {', '.join(CODES)})")
    return tuple(w.lower() if w.lower() in STATUS_WORDS else w.upper() for w in words)


def parse_statuses(value: str, option: str) -> tuple[str, ...]:
    """A comma list of status words from the command line ("contradicted,imprecise")."""
    words = tuple(w.strip().lower() for w in value.split(",") if w.strip())
    for word in words:
        if word not in STATUS_WORDS:
            raise UsageError(f"unknown status '{word}' in {option} "
                             f"(choose from {', '.join(STATUS_WORDS)})")
    return words


# --- finding and reading the file ----------------------------------------------------------

def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with [tool.factcheck], from ``start`` up."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_table(candidate):
                continue
            return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"(?m)^\s*\[\s*tool\s*\.\s*factcheck\s*[\].]", text) is not None or \
        re.search(r"(?m)^\s*tool\s*\.\s*factcheck\s*[.=]", text) is not None


def load_policy(path: str | Path | None = None, *, start: Path | None = None) -> Policy:
    """The policy from ``path`` (``--config``), else from the nearest configuration file,
    else the defaults (rooted at ``start`` or the working directory)."""
    if path is None:
        found = find_config(start)
        if found is None:
            root = (start or Path.cwd()).resolve()
            return Policy(root=root, baseline=str(root / DEFAULT_BASELINE))
        config = found
    else:
        config = Path(path)
        if not config.is_file():
            raise ConfigError("no such configuration file", path=str(path), key=None)
    import tomllib  # only with a configuration file: check imports this module without one

    text = _read(config)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"not valid TOML: {exc}", path=str(config),
                          line=int(line.group(1)) if line else None) from None
    if config.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("factcheck") if isinstance(tool, dict) else None
        if table is None:
            if path is not None:
                raise ConfigError("no [tool.factcheck] table", path=str(config))
            table = {}
        section = "[tool.factcheck]"
    else:
        table, section = data, None
    if not isinstance(table, dict):
        raise ConfigError("[tool.factcheck] must be a table", path=str(config), key="factcheck")
    return _policy(table, config, text, section)


def _read(config: Path) -> str:
    try:
        return config.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError("not valid UTF-8", path=str(config)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=str(config)) from None


# --- validating ----------------------------------------------------------------------------

def _policy(table: dict[str, Any], config: Path, text: str, section: str | None) -> Policy:
    root = config.resolve().parent

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(message, path=str(config), key=key,
                           line=key_line(text, key, section))

    for key in table:
        if key not in KEYS:
            import difflib  # only for a mistake: every check reads this module

            close = difflib.get_close_matches(key.replace("_", "-"), list(KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else \
                f" (known keys: {', '.join(KEYS)})"
            where = f" in {section}" if section else ""
            raise fail(key, f"unknown key '{key}'{where}{hint}")

    def expect(key: str) -> ConfigError:
        return fail(key, f"'{key}' must be {KEYS[key]}, not {_describe(table[key])}")

    def path_value(key: str) -> str | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise expect(key)
        return str(root / value) if not Path(value).is_absolute() else value

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise expect(key)
        return tuple(value)

    def statuses(key: str) -> tuple[str, ...] | None:
        words = strings(key)
        if words is None:
            return None
        for word in words:
            if word.lower() not in STATUS_WORDS:
                raise fail(key, f"'{key}': unknown status '{word}' "
                                f"(choose from {', '.join(STATUS_WORDS)})")
        return tuple(w.lower() for w in words)

    def selectors(key: str) -> tuple[str, ...] | None:
        words = strings(key)
        if words is None:
            return None
        try:
            return parse_selectors(",".join(words), f"'{key}'")
        except UsageError as exc:
            raise fail(key, str(exc)) from None

    fail_on = statuses("fail-on")
    warn_on = statuses("warn-on")
    note_on = statuses("note-on")
    min_level = table.get("min-level")
    if min_level is not None and min_level not in LEVELS:
        raise expect("min-level")
    if fail_on is not None and warn_on is not None:
        both = [s for s in warn_on if s in fail_on]
        if both:
            raise fail("warn-on", f"'warn-on': '{both[0]}' is also in 'fail-on'")
    date = table.get("date")
    if date is not None:
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                raise expect("date") from None
        if isinstance(date, dt.datetime):
            date = date.date()
        if not isinstance(date, dt.date):
            raise expect("date")
    workers = table.get("workers", DEFAULT_WORKERS)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise expect("workers")
    worth = table.get("min-worthiness", DEFAULT_MIN_WORTHINESS)
    if isinstance(worth, bool) or not isinstance(worth, (int, float)) or not 0 <= worth <= 1:
        raise expect("min-worthiness")
    baseline = path_value("baseline") or str(root / DEFAULT_BASELINE)
    respect_gitignore = table.get("respect-gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise expect("respect-gitignore")
    if "store" in table and "stores" in table:
        raise fail("store", "give 'stores' or 'store', not both")
    stores = strings("stores") or ()
    if "store" in table:
        stores = (path_value("store") or "",)
    stores = tuple(os.path.normpath(root / s) for s in stores)  # "../shared" made plain
    bundled = table.get("bundled")
    if bundled is not None and not isinstance(bundled, bool):
        raise expect("bundled")
    policy = Policy(root=root, source=str(config), date=date, workers=workers,
                    baseline=baseline, respect_gitignore=respect_gitignore,
                    min_worthiness=float(worth), bundled=bundled)
    return policy.with_options(fail_on=fail_on, warn_on=warn_on, include=strings("include"),
                               exclude=strings("exclude") or (), stores=stores,
                               note_on=note_on, min_level=min_level,
                               select=selectors("select"), ignore=selectors("ignore") or ())


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (int, float)):
        return f"{value} (a number)"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def key_line(text: str, key: str, section: str | None = None) -> int | None:
    """The line (from 1) where ``key`` is set, inside ``section`` when one is given."""
    lines = text.splitlines()
    start = 0
    if section:
        name = re.escape(section.strip("[]")).replace(r"\.", r"\s*\.\s*")
        header = re.compile(rf"^\s*\[\s*{name}\s*\]")
        for number, line in enumerate(lines):
            if header.match(line):
                start = number + 1
                break
        else:
            dotted = re.compile(rf"^\s*{name}\s*\.\s*[\"']?{re.escape(key)}[\"']?\s*=")
            for number, line in enumerate(lines):
                if dotted.match(line):
                    return number + 1
            return None
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number in range(start, len(lines)):
        if section and re.match(r"^\s*\[", lines[number]):
            break  # the next table: the key is not in this one
        if pattern.match(lines[number]):
            return number + 1
    return None
