"""What every command of the command line shares.

Owns: the one-line error exit (``ExitError``, exit status 2), the decorator that turns a
``FactcheckError`` into it (and into JSON with ``--format json``), the ``--store`` and
``--color`` options and whether to colour (``NO_COLOR``, ``FORCE_COLOR``), parsing ``--date``
and status lists, writing output files atomically, and ``LazyGroup`` (commands imported only
when they run, so ``--help`` and ``check`` never load the code of ``ci`` and ``sources``).
Must not: hold commands (those live in ``cli.py``, ``ci.py`` and ``sources.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from ..errors import FactcheckError, UsageError
from ..reporters.json_format import error_to_dict
from ..reporters.safe import json_text, shown

if TYPE_CHECKING:
    from ..store.store import Store

F = TypeVar("F", bound=Callable[..., Any])
# Every command takes -h as well as --help, however it is invoked (click caches the option).
CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}
__all__ = ["CONTEXT_SETTINGS", "ExitError", "LazyGroup", "atomic_file", "color_options",
           "echoed", "emit", "errors_handled", "open_chosen_store", "parse_date",
           "parse_statuses", "store_option", "wants_color", "write_atomically"]
COLOR_WHEN = ("auto", "always", "never")


class ExitError(click.ClickException):
    """A user error: one line on stderr, exit status 2 (click's own exits 1)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        # A file name or a page can hold escape codes: they are shown, never obeyed.
        click.echo(f"factcheck: error: {shown(self.format_message(), one_line=True)}", err=True)


def parse_statuses(value: str, option: str) -> tuple[str, ...]:
    """The statuses of a comma list (read by ``ci/config.py``, imported only here: it loads
    the rule codes, and with them the rules, which ``--help`` never needs)."""
    from ..ci.config import parse_statuses as parse

    return parse(value, option)


def parse_date(value: str | None, option: str = "--date") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} expects YYYY-MM-DD, got '{value}'") from None


@contextlib.contextmanager
def atomic_file(path: str) -> Iterator[TextIO]:
    """A file to write ``path`` through: a temp file beside it, renamed over it when the
    block ends, removed when the block raises; never half-written, with the mode a plain
    write would give it. A report is rendered into it piece by piece, never held whole."""
    # Imported here: tempfile brings shutil, random and the compression modules, 1% of a
    # check that writes to standard output and never needs them.
    import tempfile

    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=directory)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            yield out
        os.chmod(temp, _mode_for(target))  # mkstemp makes 0600: a report is not a secret
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through ``atomic_file``."""
    with atomic_file(path) as out:
        out.write(text)


def _mode_for(target: Path) -> int:
    """The mode a new file gets from the umask (as ``open`` would give it); a file being
    replaced keeps its own mode."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)  # reading the umask means setting it; put it straight back
        os.umask(umask)
        return 0o666 & ~umask


def emit(text: str, output: str | None) -> None:
    """Print ``text``, or write it to ``output`` atomically."""
    if output:
        write_atomically(output, text)
    else:
        click.echo(text, nl=False)


def errors_handled(json_errors: bool = False, json_version: int | None = None
                   ) -> Callable[[F], F]:
    """Turn FactcheckError into one line on stderr and exit 2 (JSON too with --format json,
    at the ``json_version`` of the command's own JSON; default: check's and ci's)."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return command(*args, **kwargs)
            except FactcheckError as exc:
                if json_errors and kwargs.get("fmt") == "json" and not kwargs.get("output"):
                    error = error_to_dict(str(exc))
                    if json_version is not None:
                        error["version"] = json_version
                    click.echo(json_text(error))
                raise ExitError(str(exc)) from None
            except KeyboardInterrupt:
                raise ExitError("interrupted") from None

        return wrapper  # type: ignore[return-value]

    return decorate


def color_options(command: F) -> F:
    """``--color[=auto|always|never]`` (``--color`` alone: always) and ``--no-color``, the
    older spelling of ``--color=never``, kept working but not shown."""
    command = click.option("--no-color", "no_color", is_flag=True, hidden=True,
                           help="Same as --color=never.")(command)
    return click.option(
        "--color", "color", type=click.Choice(COLOR_WHEN), is_flag=False, flag_value="always",
        default="auto", show_default=True,
        help="Colour: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), "
             "always, never. --color alone is always.")(command)


def wants_color(when: str, no_color: bool, stream: TextIO) -> bool:
    """Whether to colour ``stream``: the option first, then NO_COLOR and FORCE_COLOR (any
    non-empty value, see no-color.org and force-color.org), then whether it is a terminal."""
    if no_color or when == "never":
        return False
    if when == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def emit_colored(text: str, color: bool, err: bool = False) -> None:
    """Print ``text`` as it is: click would strip colour from a pipe even when asked for it."""
    click.echo(text, nl=False, color=color, err=err)


class _Echo(io.TextIOBase):
    """Standard output for a report written in pieces (``echoed``)."""

    PIECE = 1 << 16  # characters gathered before they go out

    def __init__(self, color: bool) -> None:
        super().__init__()
        self._color = color
        self._pending: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._pending.append(text)
        self._size += len(text)
        if self._size >= self.PIECE:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._pending:
            emit_colored("".join(self._pending), self._color)
            self._pending, self._size = [], 0


@contextlib.contextmanager
def echoed(color: bool) -> Iterator[TextIO]:
    """Standard output to render a report into as it is written: a large article's report
    (100 MB of JSON for 5 MB of prose) is never held whole. What the renderer writes goes
    out through ``emit_colored`` in pieces of whole writes, so no colour code is cut in two."""
    out = _Echo(color)
    yield cast(TextIO, out)
    out.flush()


def store_option(command: F) -> F:
    return click.option(
        "--store", "store_path", metavar="PATH", multiple=True,
        help="A folder of fact files or a built store (.db); repeat it to merge several "
             "folders. Default: `stores` in pyproject.toml [tool.factcheck] or "
             "factcheck.toml, else claims/ at the project root, else the bundled store.",
    )(command)


def open_chosen_store(given: tuple[str, ...]) -> Store:
    """The store ``--store`` names, else the configured or project one (``ci/stores.py``)."""
    from ..ci.stores import find_stores

    return find_stores(given).locate().open()


class LazyGroup(click.Group):
    """A group some of whose commands are imported only when they are run or asked for.

    ``lazy`` maps a command's name to ``"module:attribute"`` and its one-line help, which the
    group's ``--help`` lists without importing the module (a test holds each line equal to
    the command's own).
    """

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            module, attribute = self.lazy[name][0].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = [n for n in self.list_commands(ctx) if not self._listed(n).hidden]
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = [(n, self._listed(n).get_short_help_str(limit)) for n in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def _listed(self, name: str) -> click.Command:
        """The command, or a stand-in with its declared help if it is not imported yet."""
        if name in self.lazy and name not in self.commands:
            return click.Command(name, help=self.lazy[name][1])
        return self.commands[name]
