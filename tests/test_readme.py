"""README and --help stay true: the command reference in README.md is the --help text of
every command, regenerated with ``UPDATE_README=1 python -m pytest tests/test_readme.py``."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click
from click.testing import CliRunner

from factcheck.cli.cli import cli

README = Path(__file__).parent.parent / "README.md"
BEGIN = "<!-- command reference: generated from --help by tests/test_readme.py -->"
END = "<!-- end of command reference -->"


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    context = click.Context(group)
    for name in group.list_commands(context):  # the lazily imported commands too
        command = group.get_command(context, name)
        assert command is not None
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += commands(command, (*prefix, name))
    return found


def reference() -> str:
    runner = CliRunner()
    parts = [BEGIN, ""]
    for path in commands(cli):
        result = runner.invoke(cli, [*path, "--help"], terminal_width=100,
                               prog_name="factcheck")
        assert result.exit_code == 0, result.output
        parts += [f"### `factcheck {' '.join(path)}`", "", "```", result.output.rstrip(), "```",
                  ""]
    parts.append(END)
    return "\n".join(parts)


def test_the_command_reference_is_the_help_text() -> None:
    text = README.read_text(encoding="utf-8")
    expected = reference()
    found = re.search(re.escape(BEGIN) + r".*?" + re.escape(END), text, re.DOTALL)
    if os.environ.get("UPDATE_README"):
        if found:
            text = text[:found.start()] + expected + text[found.end():]
        else:
            text = text.rstrip("\n") + "\n\n## Command reference\n\n" + expected + "\n"
        README.write_text(text, encoding="utf-8")
        return
    assert found, "README.md has no command reference; run with UPDATE_README=1"
    assert found.group(0) == expected, "README.md's command reference is stale; " \
        "run UPDATE_README=1 python -m pytest tests/test_readme.py"
